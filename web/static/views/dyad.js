// The dyad view: how two actors behaved towards each other over time (ECharts).
// #/dyad?a=USA&b=RUS&interval=month
import { h, QUAD, fmt, loadScript } from '../dom.js';
import { get, query } from '../api.js';
import { filterForm, paramsObject } from './events.js';

const FILTER_NAMES = ['since', 'until', 'code', 'modality'];

export async function render(main, _arg, params) {
  const a = (params.get('a') || 'USA').toUpperCase();
  const b = (params.get('b') || 'RUS').toUpperCase();
  const interval = params.get('interval') || 'month';
  const directed = params.get('directed') === 'true';
  const ia = h('input', { name: 'a', value: a, dir: 'ltr', required: true, size: 8 });
  const ib = h('input', { name: 'b', value: b, dir: 'ltr', required: true, size: 8 });
  const iv = h('select', { name: 'interval' },
    ...[['day', 'يوم'], ['week', 'أسبوع'], ['month', 'شهر']].map(([v, t]) => h('option', { value: v, selected: v === interval }, t)));
  iv.value = interval;
  const id = h('select', { name: 'directed' }, h('option', { value: 'false' }, 'الاتجاهان'), h('option', { value: 'true' }, 'من أ إلى ب فقط'));
  id.value = String(directed);
  main.append(h('h2', {}, 'الثنائيات: ', a, ' ↔ ', b),
    filterForm(params, FILTER_NAMES, (v) => { location.hash = '#/dyad' + query(v); },
      [{ name: 'a', label: 'الفاعل أ', input: ia }, { name: 'b', label: 'الفاعل ب', input: ib },
        { name: 'interval', label: 'الفترة', input: iv }, { name: 'directed', label: 'الاتجاه', input: id }]));

  const res = await get('/api/dyad', { a, b, interval, directed: directed ? 'true' : '', ...paramsObject(params, FILTER_NAMES) });
  const t = res.total;
  main.append(h('div', { class: 'summary', id: 'dyad-summary' },
    h('span', {}, h('b', {}, t.count), ' حدث'),
    h('span', {}, `${a} → ${b}: `, h('b', {}, t.a_to_b)),
    h('span', {}, `${b} → ${a}: `, h('b', {}, t.b_to_a)),
    h('span', {}, 'متوسط غولدستين: ', h('b', {}, fmt(t.mean_goldstein, 2))),
    ...t.quad.map((n, i) => h('span', { class: `quad-${i + 1}` }, QUAD[i + 1], ': ', h('b', {}, n)))));
  if (res.periods.length === 0) {
    main.append(h('p', { class: 'empty' }, 'لا أحداث بين هذين الفاعلين.'));
    return;
  }
  const box = h('div', { class: 'chart', id: 'dyad-chart', dir: 'ltr' });
  main.append(box);
  await loadScript('/vendor/echarts/echarts.common.min.js');
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  const periods = res.periods.map(p => p.period);
  const colors = ['#4c9a6a', '#1f6f8b', '#d08c2f', '#b8413a'];
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'system-ui, "Noto Sans Arabic", sans-serif' },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [...[1, 2, 3, 4].map(q => QUAD[q]), 'متوسط غولدستين'] },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    dataZoom: periods.length > 40 ? [{ type: 'slider', bottom: 10 }] : [],
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', name: 'عدد الأحداث', minInterval: 1 },
      { type: 'value', name: 'غولدستين', min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      ...[0, 1, 2, 3].map(q => ({ name: QUAD[q + 1], type: 'bar', stack: 'quad', color: colors[q], data: res.periods.map(p => p.quad[q]) })),
      { name: 'متوسط غولدستين', type: 'line', yAxisIndex: 1, color: '#333', symbolSize: 6, data: res.periods.map(p => Number(p.mean_goldstein.toFixed(2))) },
    ],
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => { window.removeEventListener('resize', resize); chart.dispose(); };
}
