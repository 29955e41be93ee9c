// Marsad's web observatory: a single page whose views are chosen by the location hash
// (#/view/arg?params). Each view module exports render(main, arg, params) and may return a
// cleanup function, called when the view is left.
import { h, clear, hideTip } from './dom.js';
import { get } from './api.js';
import * as search from './views/search.js';
import * as article from './views/article.js';
import * as events from './views/events.js';
import * as dyad from './views/dyad.js';
import * as network from './views/network.js';
import * as map from './views/map.js';

const views = { '': search, search, article, events, dyad, network, map };
let cleanup = null;

// parseHash splits "#/article/ID?x=1" into ["article", "ID", URLSearchParams].
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const [name, ...rest] = path.split('/');
  let arg = '';
  try {
    arg = decodeURIComponent(rest.join('/'));
  } catch {
    arg = rest.join('/');
  }
  return [name, arg, new URLSearchParams(qs || '')];
}

async function route() {
  hideTip();
  if (cleanup) {
    try { cleanup(); } catch (e) { console.error(e); }
    cleanup = null;
  }
  const [name, arg, params] = parseHash();
  const view = views[name] || null;
  const main = clear(document.getElementById('view'));
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.view === (name || 'search') || (name === 'article' && a.dataset.view === 'search'));
  }
  if (!view) {
    main.appendChild(h('p', { class: 'error' }, 'صفحة غير موجودة.'));
    return;
  }
  main.dataset.view = name || 'search';
  main.removeAttribute('data-ready');
  try {
    cleanup = (await view.render(main, arg, params)) || null;
  } catch (e) {
    console.error('view', name, e);
    main.appendChild(h('p', { class: 'error', role: 'alert' }, 'خطأ: ', e.message));
  }
  main.setAttribute('data-ready', '1');
}

async function showStats() {
  try {
    const s = await get('/api/stats');
    const el = clear(document.getElementById('stats'));
    el.append(
      h('span', {}, h('b', {}, s.articles.toLocaleString('ar')), ' مقالة'),
      h('span', {}, h('b', {}, s.events.toLocaleString('ar')), ' حدث'),
      h('span', {}, h('b', {}, s.actors.toLocaleString('ar')), ' فاعل'),
    );
  } catch (e) {
    console.warn('stats', e);
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('scroll', hideTip, { passive: true });
showStats();
route();
