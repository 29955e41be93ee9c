// The article reader: #/article/ID. The original text with entities, events (trigger and
// evidence) and quotes highlighted; hovering a highlight shows what was found there.
import { h, safeURL, showTip, hideTip, QUAD, MODALITY, ENTITY, fmt, actorLabel } from '../dom.js';
import { get } from '../api.js';

export async function render(main, id) {
  const a = await get('/api/articles/' + encodeURIComponent(id));
  const cps = Array.from(a.text);
  const anns = annotations(a);

  const url = safeURL(a.url || '');
  main.append(h('article', { class: 'reader' },
    h('header', {},
      h('h2', {}, a.title || headline(a.text) || a.id),
      h('div', { class: 'meta' },
        a.date ? h('span', {}, a.date) : null,
        a.source ? h('span', {}, a.source) : null,
        url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'المصدر الأصلي') : null,
        a.tone ? h('span', {}, `النبرة ${fmt(a.tone.tone)}`) : null,
        h('span', {}, `${a.events.length} حدث، ${a.entities.length} كيان، ${a.quotes.length} اقتباس`))),
    legend(main),
    h('div', { class: 'reader-body' },
      textView(cps, anns),
      h('aside', { class: 'panels' }, eventsPanel(a, main), quotesPanel(a), entitiesPanel(a)))));
  return hideTip;
}

// headline is the first line of a text without a title (the analyzer puts the title first).
function headline(text) {
  const line = (text || '').trim().split('\n', 1)[0].trim();
  return Array.from(line).length <= 160 ? line : '';
}

// annotations lists every highlight: {start, end, kind, cls, i} with kind ent, evd (event
// evidence), trg (event trigger) or quo.
function annotations(a) {
  const out = [];
  a.entities.forEach((e, i) => out.push({ start: e.start, end: e.end, kind: 'ent', cls: 'ent ent-' + e.type, i }));
  a.events.forEach((e, i) => {
    out.push({ start: e.evidence.start, end: e.evidence.end, kind: 'evd', cls: 'evd', i });
    if (e.trigger && e.trigger.end > e.trigger.start) {
      out.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trg', cls: 'evt', i });
    }
  });
  a.quotes.forEach((q, i) => out.push({ start: q.start, end: q.end, kind: 'quo', cls: 'quo', i }));
  return out.filter(x => x.end > x.start);
}

// textView splits the text at every annotation boundary and wraps each piece in a span that
// carries the annotations covering it.
function textView(cps, anns) {
  const n = cps.length;
  const cuts = new Set([0, n]);
  for (const x of anns) {
    cuts.add(Math.max(0, Math.min(n, x.start)));
    cuts.add(Math.max(0, Math.min(n, x.end)));
  }
  const points = [...cuts].sort((p, q) => p - q);
  const byStart = [...anns].sort((p, q) => p.start - q.start);
  const body = h('div', { class: 'text', id: 'article-text', lang: 'ar', dir: 'rtl' });
  let next = 0;
  let active = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    active = active.filter(x => x.end > s);
    while (next < byStart.length && byStart[next].start <= s) {
      if (byStart[next].end > s) active.push(byStart[next]);
      next++;
    }
    const piece = cps.slice(s, e).join('');
    if (active.length === 0) {
      body.append(piece);
      continue;
    }
    const classes = new Set(active.map(x => x.cls));
    const span = h('span', { class: [...classes].join(' '), 'data-start': s, 'data-end': e }, piece);
    span._anns = [...active];
    const codes = active.filter(x => x.kind === 'trg' || x.kind === 'evd').map(x => x.i);
    if (codes.length) span.dataset.events = [...new Set(codes)].join(' ');
    body.append(span);
  }
  return body;
}

function legend(main) {
  const toggle = (cls, label) => h('label', { class: 'toggle ' + cls },
    h('input', { type: 'checkbox', checked: true, onchange: (ev) => main.classList.toggle('hide-' + cls, !ev.target.checked) }),
    h('span', {}, label));
  return h('div', { class: 'legend' }, toggle('ent', 'الكيانات'), toggle('evt', 'الأحداث'), toggle('quo', 'الاقتباسات'));
}

// info builds the tooltip lines of one annotation.
function info(a, x) {
  if (x.kind === 'ent') {
    const e = a.entities[x.i];
    return h('div', { class: 'tip-ent' },
      h('b', {}, ENTITY[e.type] || e.type, ': ', e.text),
      e.actor ? h('div', {}, 'الفاعل: ', e.actor.code, e.actor.name ? ' — ' + e.actor.name : '', e.actor.role ? ` (${e.actor.role})` : '') : null,
      e.place ? h('div', {}, 'المكان: ', e.place.name_ar || e.place.name || '', ' ', e.place.country || '') : null);
  }
  if (x.kind === 'evd' || x.kind === 'trg') {
    const e = a.events[x.i];
    return h('div', { class: 'tip-evt' },
      h('b', {}, e.code, ' — ', e.name),
      h('div', {}, actorLabel(e.source), ' ← ', actorLabel(e.target)),
      h('div', {}, 'الصيغة: ', MODALITY[e.modality] || e.modality, ' · ', QUAD[e.quad] || '', ' · غولدستين ', fmt(e.goldstein)),
      e.location ? h('div', {}, 'المكان: ', e.location.name_ar || e.location.name || '') : null,
      e.date ? h('div', {}, 'التاريخ: ', e.date) : null,
      h('div', { class: 'rule' }, 'القاعدة: ', e.rule, e.trigger && e.trigger.text ? ' · الزناد: ' + e.trigger.text : ''));
  }
  const q = a.quotes[x.i];
  return h('div', { class: 'tip-quo' },
    h('b', {}, q.direct ? 'اقتباس مباشر' : 'كلام منقول'),
    h('div', {}, 'المتكلم: ', actorLabel(q.speaker)),
    q.verb ? h('div', {}, 'الفعل: ', q.verb) : null);
}

// hover wires the tooltip over the text of the article view.
function hover(a, root) {
  root.addEventListener('mouseover', (ev) => {
    const span = ev.target.closest('span[data-start]');
    if (!span || !span._anns) return;
    const seen = new Set();
    const lines = [];
    // events first (trigger and evidence of one event count once), then quotes, then entities
    const order = { trg: 0, evd: 0, quo: 1, ent: 2 };
    for (const x of [...span._anns].sort((p, q) => order[p.kind] - order[q.kind])) {
      const key = (x.kind === 'trg' ? 'evd' : x.kind) + x.i;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(info(a, x));
    }
    showTip(ev.clientX, ev.clientY, lines);
  });
  root.addEventListener('mousemove', (ev) => {
    const t = document.getElementById('tip');
    if (!t.hidden && ev.target.closest('span[data-start]')) {
      t.style.left = Math.max(4, ev.clientX - t.offsetWidth - 12) + 'px';
      t.style.top = ev.clientY + 14 + 'px';
    }
  });
  root.addEventListener('mouseout', (ev) => {
    if (!ev.relatedTarget || !ev.relatedTarget.closest || !ev.relatedTarget.closest('span[data-start]')) hideTip();
  });
}

// select marks the pieces of the text that belong to event i.
function select(main, i) {
  for (const el of main.querySelectorAll('.selected')) el.classList.remove('selected');
  const pieces = [...main.querySelectorAll('#article-text span[data-events]')]
    .filter(s => s.dataset.events.split(' ').includes(String(i)));
  for (const el of pieces) el.classList.add('selected');
  const row = main.querySelector(`.event-item[data-i="${i}"]`);
  if (row) row.classList.add('selected');
  if (pieces.length) pieces[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function eventsPanel(a, main) {
  const list = h('ol', { class: 'event-list' });
  a.events.forEach((e, i) => {
    const hasTrigger = e.trigger && e.trigger.end > e.trigger.start;
    list.append(h('li', { class: `event-item quad-${e.quad}`, 'data-i': i, 'data-code': e.code, 'data-trigger': hasTrigger, tabindex: 0,
      onclick: () => select(main, i), onkeydown: (ev) => { if (ev.key === 'Enter') select(main, i); } },
    h('span', { class: 'code' }, e.code), ' ', h('span', { class: 'name' }, e.name),
    h('div', { class: 'dyad' }, actorLabel(e.source), ' ← ', actorLabel(e.target)),
    h('div', { class: 'small' }, MODALITY[e.modality] || e.modality, ' · ', e.rule,
      e.location ? ' · ' + (e.location.name_ar || e.location.name || '') : '')));
  });
  // hover on the text needs the analysis: wire it once the text is in the page
  queueMicrotask(() => {
    const text = main.querySelector('#article-text');
    if (text) hover(a, text);
  });
  return h('section', { class: 'panel' }, h('h3', {}, `الأحداث (${a.events.length})`),
    a.events.length ? list : h('p', { class: 'empty' }, 'لا أحداث.'));
}

function quotesPanel(a) {
  const list = h('ul', { class: 'quote-list' });
  for (const q of a.quotes) {
    list.append(h('li', {}, h('b', {}, actorLabel(q.speaker)), q.verb ? ` (${q.verb})` : '', ': ',
      h('q', {}, q.text)));
  }
  return h('section', { class: 'panel' }, h('h3', {}, `الاقتباسات (${a.quotes.length})`),
    a.quotes.length ? list : h('p', { class: 'empty' }, 'لا اقتباسات.'));
}

function entitiesPanel(a) {
  const seen = new Map();
  for (const e of a.entities) {
    const key = e.type + '|' + (e.actor ? e.actor.code : e.text);
    if (!seen.has(key)) seen.set(key, { e, n: 0 });
    seen.get(key).n++;
  }
  const list = h('ul', { class: 'entity-list' });
  for (const { e, n } of seen.values()) {
    list.append(h('li', { class: 'ent-' + e.type }, h('span', { class: 'etype' }, ENTITY[e.type] || e.type), ' ',
      e.text, e.actor ? h('span', { class: 'code' }, ' ', e.actor.code) : null, n > 1 ? ` ×${n}` : ''));
  }
  return h('section', { class: 'panel' }, h('h3', {}, `الكيانات (${a.entities.length})`),
    a.entities.length ? list : h('p', { class: 'empty' }, 'لا كيانات.'));
}

