// The map of event locations: Leaflet over the vendored world-atlas countries (a vector layer,
// no tiles, no network). Circles are as large as the events at a place and coloured by their
// mean Goldstein score. #/map?since=…&code=…
import { h, fmt, goldsteinColor, loadScript, loadStyle } from '../dom.js';
import { get, query } from '../api.js';
import { filterForm, paramsObject, defaultWindow } from './events.js';

const FILTER_NAMES = ['since', 'until', 'actor', 'code', 'quad', 'modality', 'country'];
let world = null; // the countries GeoJSON, loaded once

export async function render(main, _arg, params) {
  await defaultWindow(params);
  const filters = paramsObject(params, FILTER_NAMES);
  main.append(h('h2', {}, 'خريطة الأحداث'),
    filterForm(params, FILTER_NAMES, (v) => { if (!v.since && !v.until) v.all = '1'; location.hash = '#/map' + query(v); }));
  const res = await get('/api/places', { ...filters, limit: 2000 });
  const total = res.places.reduce((s, p) => s + p.count, 0);
  main.append(h('p', { class: 'summary', id: 'map-summary' }, `${res.places.length} مكان، ${total} حدث.`));
  const box = h('div', { class: 'map', id: 'event-map', dir: 'ltr' });
  main.append(box);

  loadStyle('/vendor/leaflet/leaflet.css');
  await Promise.all([loadScript('/vendor/leaflet/leaflet.js'), loadScript('/vendor/topojson-client/topojson-client.min.js')]);
  const L = window.L;
  const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  if (res.places.length) {
    map.fitBounds(L.latLngBounds(res.places.map(p => [p.lat, p.lon])).pad(0.3), { maxZoom: 5 });
  } else {
    map.setView([25, 40], 3);
  }
  map.attributionControl.addAttribution('Natural Earth · world-atlas');
  if (!world) {
    const topo = await fetch('/vendor/world-atlas/countries-50m.json').then(r => r.json());
    world = unwrap(window.topojson.feature(topo, topo.objects.countries));
  }
  L.geoJSON(world, {
    style: { color: '#9aa7b1', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);

  const max = Math.max(1, ...res.places.map(p => p.count));
  for (const p of res.places) {
    const m = L.circleMarker([p.lat, p.lon], {
      radius: 4 + 22 * Math.sqrt(p.count / max),
      color: '#333', weight: 1, fillColor: goldsteinColor(p.mean_goldstein), fillOpacity: 0.8,
    });
    // popups and tooltips get DOM nodes, never HTML strings: place names come from articles
    m.bindTooltip(h('div', { dir: 'rtl' }, h('b', {}, p.name_ar || p.name), ` — ${p.count} حدث`));
    m.bindPopup(h('div', { dir: 'rtl', class: 'popup' },
      h('b', {}, p.name_ar || p.name), p.name_ar && p.name ? h('div', {}, p.name) : null,
      h('div', {}, `${p.count} حدث · متوسط غولدستين ${fmt(p.mean_goldstein, 2)}`),
      h('a', { href: '#/events' + query({ ...filters, place: p.name || p.name_ar }) }, 'عرض الأحداث')));
    m.addTo(map);
  }
  window.__marsadMap = map;
  return () => { map.remove(); delete window.__marsadMap; };
}

// unwrap drops Antarctica and moves the rings that cross the antimeridian (Russia's far east,
// Fiji) to one side of it, so that Leaflet does not draw them as bands across the whole map.
function unwrap(fc) {
  const fixPolygon = (rings) => {
    const lons = rings[0].map(p => p[0]);
    if (Math.max(...lons) - Math.min(...lons) <= 180) return rings;
    return rings.map(r => r.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
  };
  const features = fc.features.filter(f => f.id !== '010' && f.geometry).map(f => {
    const g = f.geometry;
    if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: fixPolygon(g.coordinates) } };
    if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fixPolygon) } };
    return f;
  });
  return { ...fc, features };
}
