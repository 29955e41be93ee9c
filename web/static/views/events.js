// The events table with filters and CSV download: #/events?actor=…&code=…
import { h, QUAD, MODALITY, fmt, actorLabel, total } from '../dom.js';
import { get, query } from '../api.js';

const PAGE = 50;

// FILTERS are the event filters of the API, with their Arabic labels and input types.
export const FILTERS = [
  ['since', 'من تاريخ', 'date'], ['until', 'إلى تاريخ', 'date'],
  ['actor', 'فاعل (مصدر أو هدف)', 'text', 'USA'], ['source', 'المصدر', 'text', 'RUSGOV'], ['target', 'الهدف', 'text', 'UKR'],
  ['code', 'رمز CAMEO', 'text', '04'], ['quad', 'الفئة الرباعية', 'quad'], ['modality', 'الصيغة', 'modality'],
  ['country', 'بلد الحدث', 'text', 'SAU'], ['place', 'المكان', 'text', 'الرياض'], ['outlet', 'المنفذ', 'text', 'aawsat'],
];

// filterForm builds a form over the named filters and the extra fields ({name, label, input});
// submit calls onsubmit(values).
export function filterForm(params, names, onsubmit, extra = []) {
  const inputs = {};
  const fields = FILTERS.filter(f => names.includes(f[0])).map(([name, label, type, placeholder]) => {
    let input;
    if (type === 'quad') {
      input = h('select', { name }, h('option', { value: '' }, 'الكل'),
        ...[1, 2, 3, 4].map(q => h('option', { value: q }, `${q} — ${QUAD[q]}`)));
    } else if (type === 'modality') {
      input = h('select', { name }, h('option', { value: '' }, 'الكل'),
        ...Object.entries(MODALITY).map(([k, v]) => h('option', { value: k }, v)));
    } else {
      input = h('input', { name, type: type === 'date' ? 'date' : 'text', placeholder: placeholder || '', dir: type === 'date' ? 'ltr' : 'auto' });
    }
    input.value = params.get(name) || '';
    inputs[name] = input;
    return h('label', {}, h('span', {}, label), input);
  });
  for (const x of extra) inputs[x.name] = x.input;
  const form = h('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    const v = {};
    for (const [k, el] of Object.entries(inputs)) if (el.value.trim()) v[k] = el.value.trim();
    onsubmit(v);
  } }, ...extra.map(x => h('label', {}, h('span', {}, x.label), x.input)), ...fields, h('button', { type: 'submit' }, 'تطبيق'));
  return form;
}

// defaultWindow limits a whole-store view (network, map) to the last year of data unless the
// address sets dates: over millions of events the unbounded aggregates are slow, and recent
// events are what one looks at first. The form shows the date, so it can be cleared.
export async function defaultWindow(params) {
  if (params.has('since') || params.has('until') || params.has('all')) return;
  const stats = await get('/api/stats');
  if (!stats.last_date) return;
  const d = new Date(stats.last_date + 'T00:00:00Z');
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  params.set('since', d.toISOString().slice(0, 10));
}

export function paramsObject(params, names) {
  const o = {};
  for (const n of names) if (params.get(n)) o[n] = params.get(n);
  return o;
}

export async function render(main, _arg, params) {
  const names = FILTERS.map(f => f[0]);
  const filters = paramsObject(params, names);
  const offset = Number(params.get('offset') || 0);
  main.append(h('h2', {}, 'الأحداث'),
    filterForm(params, names, (v) => { location.hash = '#/events' + query(v); }));

  const res = await get('/api/events', { ...filters, limit: PAGE, offset });
  const csv = '/api/events' + query({ ...filters, format: 'csv' });
  main.append(h('div', { class: 'toolbar' },
    h('span', {}, `${total(res)} حدث`),
    h('a', { class: 'button', href: csv, download: 'marsad-events.csv', id: 'csv-download' }, 'تنزيل CSV')));
  if (res.items.length === 0) {
    main.append(h('p', { class: 'empty' }, 'لا أحداث تطابق المرشحات.'));
    return;
  }
  const table = h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...['التاريخ', 'الرمز', 'الحدث', 'المصدر', 'الهدف', 'الصيغة', 'المكان', 'غولدستين', 'المقالة'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...res.items.map(e => h('tr', { class: `quad-${e.quad}`, 'data-code': e.code },
      h('td', { dir: 'ltr' }, e.date || e.article_date || ''),
      h('td', { class: 'code' }, h('a', { href: '#/events' + query({ ...filters, code: e.code }) }, e.code)),
      h('td', {}, e.name),
      h('td', {}, actorLabel(e.source)),
      h('td', {}, actorLabel(e.target)),
      h('td', {}, MODALITY[e.modality] || e.modality),
      h('td', {}, e.location ? (e.location.name_ar || e.location.name || '') : ''),
      h('td', { class: 'num' }, fmt(e.goldstein)),
      h('td', {}, h('a', { href: '#/article/' + encodeURIComponent(e.article_id) }, e.article_id))))));
  main.append(h('div', { class: 'table-wrap' }, table));
  const nav = h('nav', { class: 'pager' });
  const go = (o) => '#/events' + query({ ...filters, offset: o || '' });
  if (offset > 0) nav.append(h('a', { href: go(Math.max(0, offset - PAGE)) }, '→ السابق'));
  nav.append(h('span', {}, `${offset + 1}–${offset + res.items.length} من ${total(res)}`));
  if (res.next_offset) nav.append(h('a', { href: go(res.next_offset) }, 'التالي ←'));
  main.append(nav);
}
