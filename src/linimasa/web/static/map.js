// linimasa map view (issue 21): where a story's events happened, drawn on a shipped outline of the countries.
// No tile server and no CDN: the outline is /static/vendor/world.topo.json (Natural Earth 1:50m, public domain,
// via world-atlas, ISC; see world.LICENSE.txt), built by scripts/build_world_outline.py.
// One point per place from /api/places: its area grows with the support of its events and its colour is the
// quad class with most support. Clicking a point (or Enter on it) lists its events and opens the evidence
// of the first; each listed event opens its own.
// Text goes on the page only as text nodes (textContent, createTextNode), never as HTML.
"use strict";

// All map.js needs from the page (app.js): the chosen story and language, and a way to open an event's
// evidence. app.js calls renderMap() when the "map" view is shown.
const mapPage = {
  story: () => state.story,
  event: () => state.event,
  lang: () => state.lang,
  openEvent: eventId => navigate({ event: eventId }),
};

const MAP_QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const MAP_QUAD_COLOR = { "verbal cooperation": "#2e8b57", "material cooperation": "#1f6fb2",
  "verbal conflict": "#d98c00", "material conflict": "#c0392b" };  // as app.css and the HTML report
const MAP_SVG_NS = "http://www.w3.org/2000/svg";

const MAP_STRINGS = {
  id: {
    map: "Peta", mapHelp: "Peta tempat peristiwa. Tombol + dan − memperbesar, panah menggeser.",
    mapHint: "Klik titik (atau Tab lalu Enter) untuk melihat peristiwanya; gulir atau +/− untuk memperbesar, seret untuk menggeser.",
    places: n => `${n} tempat`, placed: n => `${n} peristiwa bertempat`, unplaced: n => `${n} peristiwa tanpa tempat`,
    pointLabel: (name, n, support) => `${name}: ${n} peristiwa, ${support} dokumen`, noPlaces: "Tidak ada peristiwa dengan tempat.",
    size: "ukuran = jumlah dokumen", placeEvents: "Peristiwa di tempat ini", attribution: "Batas negara: Natural Earth",
    world: "Dunia", zoomIn: "Perbesar", zoomOut: "Perkecil", zoomReset: "Semua", nDocs: n => `${n} dokumen`,
    city: "kota", site: "lokasi", admin2: "kabupaten/kota", admin1: "provinsi", country: "negara",
    day: "", week: "minggu", month: "bulan", year: "tahun", unknown: "tanggal laporan", report: "tanggal laporan",
  },
  en: {
    map: "Map", mapHelp: "Map of where events happened. + and − zoom, arrow keys pan.",
    mapHint: "Click a point (or Tab then Enter) to see its events; scroll or +/− to zoom, drag to pan.",
    places: n => `${n} places`, placed: n => `${n} events with a place`, unplaced: n => `${n} events without a place`,
    pointLabel: (name, n, support) => `${name}: ${n} events, ${support} documents`, noPlaces: "No events with a place.",
    size: "size = number of documents", placeEvents: "Events at this place", attribution: "Country borders: Natural Earth",
    world: "World", zoomIn: "Zoom in", zoomOut: "Zoom out", zoomReset: "All", nDocs: n => `${n} documents`,
    city: "city", site: "site", admin2: "regency/city", admin1: "province", country: "country",
    day: "", week: "week", month: "month", year: "year", unknown: "report date", report: "report date",
  },
};

function mt(key, ...args) {
  const value = MAP_STRINGS[mapPage.lang()]?.[key] ?? MAP_STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}

// Build an element; string children become text nodes, so nothing is parsed as HTML.
function mapBuild(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}
const mapEl = (tag, attrs = {}, ...children) => mapBuild(document.createElement(tag), attrs, children);
const mapSvg = (tag, attrs = {}, ...children) => mapBuild(document.createElementNS(MAP_SVG_NS, tag), attrs, children);
const mapQuadClass = quad => "q-" + String(quad || "verbal cooperation").replace(/ /g, "-");

async function mapApi(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "") query.set(key, value);
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

function mapDate(ev) {
  const day = String(ev.date || ev.sort_date || "").slice(0, 10);
  const precision = ev.date ? ev.precision : "report";
  return precision && precision !== "day" && mt(precision) ? `${day} (${mt(precision)})` : day;
}

const mapState = { world: null, places: [], bounds: null, selected: null, story: undefined };
const MAP_MAX_ZOOM_DEGREES = 1.5;  // never narrower than this many degrees of latitude: the outline is ~3 km coarse

// ---- the outline: TopoJSON, quantised and delta-encoded arcs (the TopoJSON specification, 2.1.5 and 2.2.2) ----

function decodeTopology(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  const countries = [];
  for (const g of topo.objects.countries.geometries) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    const rings = polygons.flatMap(polygon => polygon.map(ring));
    const box = [180, 90, -180, -90];
    for (const r of rings) for (const [x, y] of r) {
      box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
    }
    countries.push({ id: g.id, name: g.properties?.name || "", rings, box });
  }
  return countries;
}

async function loadWorld() {
  if (!mapState.world) {
    const response = await fetch("/static/vendor/world.topo.json");
    if (!response.ok) throw new Error(`${response.status} world.topo.json`);
    mapState.world = decodeTopology(await response.json());
  }
  return mapState.world;
}

// ---- view: an equirectangular projection scaled by the cosine of the middle latitude -------------------------

function fitBounds(places) {
  if (!places.length) return [-170, -60, 180, 80];
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of places) { w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat); }
  const padX = Math.max((e - w) * 0.15, 4), padY = Math.max((n - s) * 0.2, 3);  // room for a point's radius and label
  return [Math.max(w - padX, -180), Math.max(s - padY, -85), Math.min(e + padX, 180), Math.min(n + padY, 85)];
}

function projection(bounds, width, height) {
  const [w, s, e, n] = bounds;
  const cos = Math.cos(((s + n) / 2) * Math.PI / 180);
  const k = Math.min(width / Math.max((e - w) * cos, 1e-6), height / Math.max(n - s, 1e-6));
  const cx = (w + e) / 2, cy = (s + n) / 2;
  const project = (lon, lat) => [width / 2 + (lon - cx) * k * cos, height / 2 - (lat - cy) * k];
  project.invert = (x, y) => [cx + (x - width / 2) / (k * cos), cy - (y - height / 2) / k];
  project.visible = [cx - width / 2 / (k * cos), cy - height / 2 / k, cx + width / 2 / (k * cos), cy + height / 2 / k];
  return project;
}

function countryPath(country, project) {
  let d = "";
  for (const ring of country.rings) {
    let last = "";
    ring.forEach(([lon, lat], i) => {
      const [x, y] = project(lon, lat);
      const step = (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
      if (step.slice(1) !== last) d += step;
      last = step.slice(1);
    });
    d += "Z";
  }
  return d;
}

function radius(place, maxSupport) {
  return 5 + 17 * Math.sqrt(place.support / Math.max(maxSupport, 1));  // area ∝ support
}

// ---- drawing -------------------------------------------------------------------------------------------------

async function renderMap() {
  const [world, data] = await Promise.all([loadWorld(), mapApi("places", { story: mapPage.story() })]);
  if (mapState.story !== mapPage.story()) { mapState.bounds = null; mapState.selected = null; }
  mapState.story = mapPage.story();
  mapState.places = data.places;
  mapState.bounds = mapState.bounds || fitBounds(data.places);
  translateMap();
  document.querySelector("#map-count").textContent = [mt("places", data.places.length), mt("placed", data.events), mt("unplaced", data.unplaced)].join(" · ");
  document.querySelector("#map-legend").replaceChildren(
    ...MAP_QUADS.map(q => mapEl("span", { class: mapQuadClass(q) }, mapEl("span", { class: "sw" }), mapQuadName(q))),
    mapEl("span", {}, mt("size")), mapEl("span", { class: "map-attribution" }, mt("attribution")));
  // an event opened from the timeline ("di Kairo" links here with its id): its point is the one selected
  const wanted = mapPage.event() && mapState.places.find(p => p.events.some(e => e.event_id === mapPage.event()));
  if (wanted) mapState.selected = wanted.key;
  drawMap(world);
  const chosen = mapState.places.find(p => p.key === mapState.selected);
  if (chosen) listPlaceEvents(chosen, false); else document.querySelector("#map-events").replaceChildren();
}

function drawMap(world = mapState.world) {
  const box = document.querySelector("#map");
  const width = Math.max(box.clientWidth || 900, 400), height = Math.round(Math.min(Math.max(width * 0.5, 380), 560));
  const project = projection(mapState.bounds, width, height);
  const [vw, vs, ve, vn] = project.visible;
  const svg = mapSvg("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "group", "aria-label": mt("map") });
  svg.append(mapSvg("rect", { class: "sea", x: 0, y: 0, width, height }));
  const land = mapSvg("g", { class: "countries" });
  for (const country of world) {
    const [w, so, e, n] = country.box;
    if (e < vw || w > ve || n < vs || so > vn) continue;  // off screen
    land.append(mapSvg("path", { d: countryPath(country, project), "data-country": country.id }, mapSvg("title", {}, country.name)));
  }
  svg.append(land);
  const maxSupport = Math.max(1, ...mapState.places.map(p => p.support));
  const points = mapSvg("g", { class: "points" });
  const labels = [];  // boxes of the names written so far: a name that would overlap one is left to the tooltip
  // largest first, so a small point is never hidden under a big one, and the best supported places get names
  for (const place of [...mapState.places].sort((a, b) => b.support - a.support)) {
    const [x, y] = project(place.lon, place.lat);
    const r = radius(place, maxSupport);
    const label = mt("pointLabel", place.name, place.events.length, place.support);
    const box = [x + r + 3, y - 8, x + r + 5 + 6.5 * place.name.length, y + 6];
    const free = !labels.some(b => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
    if (free) labels.push(box);
    const g = mapSvg("g", { class: "pt" + (place.key === mapState.selected ? " selected" : ""), tabindex: 0, role: "button",
      "aria-label": label, "data-place": place.key, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
    mapSvg("title", {}, label),
    mapSvg("circle", { r: r.toFixed(1), fill: MAP_QUAD_COLOR[place.quad_class] }),
    free ? mapSvg("text", { x: r + 3, y: 4 }, place.name) : null);
    const open = () => selectPlace(place);
    g.addEventListener("click", open);
    g.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    points.append(g);
  }
  svg.append(points);
  if (!mapState.places.length) svg.append(mapSvg("text", { class: "empty", x: width / 2, y: height / 2 }, mt("noPlaces")));
  box.replaceChildren(svg);
  mapState.project = project;
  mapState.size = [width, height];
}

// the type's name in the page's language (app.js's typeName), never the PLOVER code
function mapQuadName(quad) { return typeof linimasa !== "undefined" && linimasa.quadName ? linimasa.quadName(quad) : quad; }
function mapTypeName(type) { return typeof linimasa !== "undefined" && linimasa.typeName ? linimasa.typeName(type) : type; }

function selectPlace(place) {
  mapState.selected = place.key;
  for (const el of document.querySelectorAll("#map .pt")) el.classList.toggle("selected", el.dataset.place === place.key);
  listPlaceEvents(place, true);
}

function listPlaceEvents(place, open) {
  const list = mapEl("ol", { class: "map-event-list" }, ...place.events.map(ev => mapEl("li", {},
    mapEl("button", { type: "button", class: "map-event " + mapQuadClass(ev.quad_class), "data-event": ev.event_id,
      onclick: () => mapPage.openEvent(ev.event_id) },
    mapEl("span", { class: "type", "data-type": ev.type }, mapTypeName(ev.type)), " ",
    `${ev.source_name || ev.source || "?"} → ${ev.target_name || ev.target || "?"}`, " · ",
    mapDate(ev), " · ", mt("nDocs", ev.support)),
    ev.evidence ? mapEl("p", { class: "quote-line" }, "“", ev.evidence, "”") : null)));
  const where = [place.admin1 && place.admin1 !== place.name ? place.admin1 : null, place.country,
    mt(place.precision)].filter(Boolean).join(", ");
  document.querySelector("#map-events").replaceChildren(
    mapEl("h3", {}, `${mt("placeEvents")}: ${place.name}`, mapEl("span", { class: "prec" }, where)), list);
  if (open && place.events.length) mapPage.openEvent(place.events[0].event_id);
}

// ---- zoom and pan --------------------------------------------------------------------------------------------

function zoomMap(factor, centre) {
  const [w, s, e, n] = mapState.bounds;
  const [cx, cy] = centre || [(w + e) / 2, (s + n) / 2];
  const height = Math.max((n - s) * factor, MAP_MAX_ZOOM_DEGREES);
  const ratio = height / (n - s);
  mapState.bounds = [cx - (cx - w) * ratio, Math.max(cy - (cy - s) * ratio, -89), cx + (e - cx) * ratio,
    Math.min(cy + (n - cy) * ratio, 89)];
  drawMap();
}

function panMap(dxShare, dyShare) {
  const [w, s, e, n] = mapState.bounds;
  const dx = (e - w) * dxShare, dy = (n - s) * dyShare;
  mapState.bounds = [w + dx, s + dy, e + dx, n + dy];
  drawMap();
}

function translateMap() {
  for (const el of document.querySelectorAll("[data-map-i18n]")) el.textContent = mt(el.dataset.mapI18n);
  for (const el of document.querySelectorAll("[data-map-i18n-label]")) el.setAttribute("aria-label", mt(el.dataset.mapI18nLabel));
}

function wireMap() {
  translateMap();
  const box = document.querySelector("#map");
  if (!box) return;
  const on = (id, fn) => document.querySelector(id).addEventListener("click", fn);
  on("#map-zoom-in", () => zoomMap(0.5));
  on("#map-zoom-out", () => zoomMap(2));
  on("#map-reset", () => { mapState.bounds = fitBounds(mapState.places); drawMap(); });
  on("#map-world", () => { mapState.bounds = fitBounds([]); drawMap(); });
  box.addEventListener("wheel", e => {
    if (!mapState.project) return;
    e.preventDefault();
    const rect = box.getBoundingClientRect();
    const [width] = mapState.size, scale = width / rect.width;
    zoomMap(e.deltaY < 0 ? 0.8 : 1.25, mapState.project.invert((e.clientX - rect.left) * scale, (e.clientY - rect.top) * scale));
  }, { passive: false });
  let drag = null;
  box.addEventListener("pointerdown", e => {
    if (e.target.closest(".pt")) return;
    drag = { x: e.clientX, y: e.clientY }; box.classList.add("dragging");
  });
  window.addEventListener("pointerup", () => { drag = null; box.classList.remove("dragging"); });
  box.addEventListener("pointermove", e => {
    if (!drag) return;
    const rect = box.getBoundingClientRect();
    const dx = (drag.x - e.clientX) / rect.width, dy = (e.clientY - drag.y) / rect.height;
    if (Math.abs(dx) + Math.abs(dy) < 0.01) return;
    drag = { x: e.clientX, y: e.clientY };
    panMap(dx, dy);
  });
  box.addEventListener("keydown", e => {
    const keys = { ArrowLeft: [-0.2, 0], ArrowRight: [0.2, 0], ArrowUp: [0, 0.2], ArrowDown: [0, -0.2] };
    if (e.target !== box) return;
    if (keys[e.key]) { e.preventDefault(); panMap(...keys[e.key]); }
    else if (e.key === "+" || e.key === "=") zoomMap(0.5);
    else if (e.key === "-") zoomMap(2);
  });
  window.addEventListener("resize", () => { if (!document.querySelector("#view-map").hidden && mapState.world) drawMap(); });
  for (const button of document.querySelectorAll(".lang button")) button.addEventListener("click", translateMap);
}

document.addEventListener("DOMContentLoaded", wireMap);

// the view registry of app.js: the "map" tab draws with renderMap()
linimasa.views.map = () => renderMap();
