// DOM helpers. Everything that shows data from the API goes through h(), which builds elements
// and text nodes and never parses HTML: article text is untrusted.

// h(tag, attrs, ...children) builds an element. attrs: class, data-*, aria-*, href, … are set as
// attributes; keys starting with "on" add event listeners. Children are nodes or strings (as text).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

// clear removes every child of an element.
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// safeURL returns u if it is an http(s) URL, else null (no javascript: links from articles).
export function safeURL(u) {
  try {
    const p = new URL(u, location.href);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
  } catch {
    return null;
  }
}

// marked renders text (an array of code points) between start and end, wrapping the spans
// (code-point offsets into the same text) in <mark>.
export function marked(cps, start, end, spans) {
  const out = [];
  let at = start;
  const sorted = [...(spans || [])].filter(s => s.end > start && s.start < end).sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    const a = Math.max(s.start, at), b = Math.min(s.end, end);
    if (a > at) out.push(cps.slice(at, a).join(''));
    if (b > a) out.push(h('mark', {}, cps.slice(a, b).join('')));
    at = Math.max(at, b);
  }
  if (at < end) out.push(cps.slice(at, end).join(''));
  return out;
}

// The tooltip: one shared element, filled with nodes built by the caller.
const tip = () => document.getElementById('tip');

export function showTip(x, y, nodes) {
  const t = tip();
  clear(t);
  append(t, nodes);
  t.hidden = false;
  const r = t.getBoundingClientRect();
  let left = x - r.width - 12;
  if (left < 4) left = Math.min(x + 12, window.innerWidth - r.width - 4);
  let top = y + 14;
  if (top + r.height > window.innerHeight - 4) top = Math.max(4, y - r.height - 10);
  t.style.left = left + 'px';
  t.style.top = top + 'px';
}

export function hideTip() {
  const t = tip();
  if (t) t.hidden = true;
}

// loadScript loads a vendored library once.
const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(s);
    }));
  }
  return loaded.get(src);
}

export function loadStyle(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.appendChild(h('link', { rel: 'stylesheet', href }));
  }
}

// Arabic labels of the codes the API uses.
export const QUAD = { 1: 'تعاون لفظي', 2: 'تعاون مادي', 3: 'نزاع لفظي', 4: 'نزاع مادي' };
export const MODALITY = { asserted: 'مؤكَّد', negated: 'منفي', planned: 'مخطَّط', hypothetical: 'افتراضي', unlikely: 'مستبعَد' };
export const ENTITY = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };

// total formats a page's total: the store stops counting past a bound (total_capped), and then
// the total is only a lower bound ("أكثر من ١٬٠٢٠").
export function total(res) {
  const n = Number(res.total || 0).toLocaleString('ar');
  return res.total_capped ? `أكثر من ${n}` : n;
}

export function fmt(x, digits = 1) {
  return typeof x === 'number' ? x.toFixed(digits) : '';
}

// actorLabel names a participant: its code and the words of the text.
export function actorLabel(p) {
  if (!p) return '—';
  const code = p.code || '?';
  return p.text ? `${code} (${p.text})` : code;
}

// goldsteinColor maps −10…10 to red…grey…green.
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  if (t < 0) return `rgb(${200}, ${Math.round(200 + 150 * t)}, ${Math.round(200 + 150 * t)})`;
  return `rgb(${Math.round(200 - 150 * t)}, ${Math.round(200 - 20 * t)}, ${Math.round(200 - 150 * t)})`;
}
