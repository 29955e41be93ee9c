// Search and the article list: #/search?q=…&offset=…
import { h, marked, total } from '../dom.js';
import { get } from '../api.js';

const PAGE = 20;

export async function render(main, _arg, params) {
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'ابحث في الأخبار… مثل: لافروف، "وزير الخارجية"', 'aria-label': 'نص البحث', autofocus: true });
  const form = h('form', { class: 'searchbar', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    location.hash = v ? '#/search?q=' + encodeURIComponent(v) : '#/';
  } }, input, h('button', { type: 'submit' }, 'بحث'));
  main.append(form);

  const res = await get('/api/articles', { q, limit: PAGE, offset });
  const heading = q
    ? h('h2', {}, `${total(res)} نتيجة لـ «`, q, '»')
    : h('h2', {}, 'أحدث المقالات');
  main.append(heading);
  if (res.items.length === 0) {
    main.append(h('p', { class: 'empty' }, q ? 'لا نتائج.' : 'لا مقالات بعد. أضف مقالات عبر POST /api/articles.'));
    return;
  }
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const hit of res.items) list.append(renderHit(hit));
  main.append(list, pager(q, offset, res));
}

function renderHit(hit) {
  const title = hit.title || hit.id;
  const tcps = Array.from(title);
  const link = h('a', { class: 'hit-title', href: '#/article/' + encodeURIComponent(hit.id) },
    marked(tcps, 0, tcps.length, hit.title_highlights));
  const meta = h('div', { class: 'meta' },
    hit.date ? h('span', {}, hit.date) : null,
    hit.source ? h('span', {}, hit.source) : null,
    h('span', {}, `${hit.events} حدث`),
    typeof hit.tone === 'number' ? h('span', {}, `النبرة ${hit.tone.toFixed(1)}`) : null);
  const item = h('li', { class: 'hit', 'data-id': hit.id }, link, meta);
  if (hit.snippet_text) {
    // highlights are offsets into the whole text: shift them into the snippet
    const cps = Array.from(hit.snippet_text);
    const base = hit.snippet.start;
    const spans = (hit.highlights || []).map(s => ({ start: s.start - base, end: s.end - base }));
    item.append(h('p', { class: 'snippet' }, hit.snippet.start > 0 ? '… ' : '', marked(cps, 0, cps.length, spans), ' …'));
  }
  return item;
}

function pager(q, offset, res) {
  const nav = h('nav', { class: 'pager' });
  const go = (o) => '#/search?' + new URLSearchParams(q ? { q, offset: o } : { offset: o }).toString();
  if (offset > 0) nav.append(h('a', { href: go(Math.max(0, offset - PAGE)) }, '→ السابق'));
  nav.append(h('span', {}, `${offset + 1}–${offset + res.items.length} من ${total(res)}`));
  if (res.next_offset) nav.append(h('a', { href: go(res.next_offset) }, 'التالي ←'));
  return nav;
}
