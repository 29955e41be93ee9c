// The actor network (Cytoscape): actors as nodes sized by their events, source → target edges
// as wide as their event counts and coloured by mean Goldstein or tone. #/network?level=3
import { h, showTip, hideTip, fmt, goldsteinColor, loadScript } from '../dom.js';
import { get, query } from '../api.js';
import { filterForm, paramsObject, defaultWindow } from './events.js';

const FILTER_NAMES = ['since', 'until', 'actor', 'code', 'quad', 'modality', 'country'];

export async function render(main, _arg, params) {
  await defaultWindow(params);
  const level = params.get('level') ?? '3';
  const minCount = params.get('min_count') || '1';
  const limit = params.get('limit') || '150';
  const colorBy = params.get('color') || 'goldstein';
  const il = h('select', { name: 'level' }, h('option', { value: '3' }, 'الدول والمنظمات (3 أحرف)'),
    h('option', { value: '6' }, 'القطاعات (6 أحرف)'), h('option', { value: '0' }, 'الرموز كاملة'));
  il.value = level;
  const im = h('input', { name: 'min_count', type: 'number', min: 1, value: minCount, size: 4 });
  const ic = h('select', { name: 'color' }, h('option', { value: 'goldstein' }, 'غولدستين'), h('option', { value: 'tone' }, 'النبرة'));
  ic.value = colorBy;
  main.append(h('h2', {}, 'شبكة الفاعلين'),
    filterForm(params, FILTER_NAMES, (v) => { if (!v.since && !v.until) v.all = '1'; location.hash = '#/network' + query(v); },
      [{ name: 'level', label: 'المستوى', input: il }, { name: 'min_count', label: 'أدنى عدد', input: im },
        { name: 'color', label: 'اللون حسب', input: ic }]));

  const net = await get('/api/network', { level, min_count: minCount, limit, ...paramsObject(params, FILTER_NAMES) });
  main.append(h('p', { class: 'summary', id: 'network-summary' }, `${net.nodes.length} فاعل، ${net.edges.length} علاقة. `,
    'عرض الخط = عدد الأحداث؛ اللون من الأحمر (نزاع) إلى الأخضر (تعاون).'));
  if (net.edges.length === 0) {
    main.append(h('p', { class: 'empty' }, 'لا علاقات.'));
    return;
  }
  const box = h('div', { class: 'graph', id: 'network-graph', dir: 'ltr' });
  main.append(box);
  await loadScript('/vendor/cytoscape/cytoscape.min.js');
  const maxNode = Math.max(...net.nodes.map(n => n.count));
  const maxEdge = Math.max(...net.edges.map(e => e.count));
  // tone is a percentage difference, typically −10…10 like Goldstein
  const weight = (e) => colorBy === 'tone' ? e.mean_tone : e.mean_goldstein;
  const elements = [
    ...net.nodes.map(n => ({ data: { id: 'n:' + n.id, label: n.id, count: n.count, size: 18 + 42 * Math.sqrt(n.count / maxNode) } })),
    ...net.edges.map((e, i) => ({ data: {
      id: 'e' + i, source: 'n:' + e.source, target: 'n:' + e.target, count: e.count,
      goldstein: e.mean_goldstein, tone: e.mean_tone,
      width: 1 + 9 * Math.sqrt(e.count / maxEdge), color: goldsteinColor(weight(e)),
    } })),
  ];
  const cy = window.cytoscape({
    container: box,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': '#1f6f8b', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        color: '#222', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge[source = target]', style: { 'curve-style': 'bezier', 'loop-direction': '0deg', 'loop-sweep': '60deg' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90, padding: 20 },
  });
  cy.on('mouseover', 'edge', (ev) => {
    const d = ev.target.data();
    const oe = ev.originalEvent;
    showTip(oe.clientX, oe.clientY, [h('b', {}, d.source.slice(2), ' → ', d.target.slice(2)),
      h('div', {}, `${d.count} حدث`), h('div', {}, 'متوسط غولدستين: ', fmt(d.goldstein, 2)),
      h('div', {}, 'متوسط النبرة: ', fmt(d.tone, 2))]);
  });
  cy.on('mouseover', 'node', (ev) => {
    const d = ev.target.data();
    const oe = ev.originalEvent;
    showTip(oe.clientX, oe.clientY, [h('b', {}, d.label), h('div', {}, `${d.count} حدث`)]);
  });
  cy.on('mouseout', hideTip);
  cy.on('tap', 'node', (ev) => { location.hash = '#/events' + query({ actor: ev.target.data('label') }); });
  cy.on('tap', 'edge', (ev) => {
    const d = ev.target.data();
    location.hash = '#/events' + query({ source: d.source.slice(2), target: d.target.slice(2) });
  });
  window.__marsadNetwork = cy; // for tests and the console
  return () => { cy.destroy(); delete window.__marsadNetwork; };
}
