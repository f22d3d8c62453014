// linimasa web app: plain modern JavaScript, no framework, no CDN.
// Article text and names are put on the page only as text nodes (textContent,
// createTextNode, setAttribute), never through innerHTML, so a "<script>" in an
// article shows as text. The server's Content-Security-Policy backs this up.
"use strict";

const STRINGS = {
  id: {
    skip: "Lewati ke isi", story: "Cerita", allStories: "Semua cerita", search: "Cari",
    searchPlaceholder: "Cari teks, aktor…", timeline: "Linimasa", network: "Jaringan aktor",
    events: "Tabel peristiwa", figures: "Angka", quotes: "Kutipan", zoomIn: "Perbesar", zoomOut: "Perkecil",
    zoomReset: "Semua", timelineHelp: "Linimasa peristiwa. Tombol + dan − memperbesar, panah kiri/kanan menggeser.",
    timelineHint: "Gulir atau tekan +/− untuk memperbesar, seret atau tekan ←/→ untuk menggeser; Tab memilih peristiwa, Enter membuka buktinya.",
    strongestLinks: "Hubungan terkuat", actor: "Aktor", type: "Jenis", from: "Dari", to: "Sampai",
    modality: "Modalitas", apply: "Terapkan", reset: "Atur ulang", date: "Tanggal", who: "Pelaku → sasaran",
    evidence: "Bukti", support: "Sumber", category: "Kategori", asOf: "Per tanggal", value: "Nilai",
    subject: "Subjek", saidBy: "Menurut", reportedBy: "Dilaporkan oleh", speaker: "Pembicara",
    searchResults: "Hasil pencarian", evidenceTitle: "Bukti", close: "Tutup", sources: "Sumber",
    all: "Semua", allSpeakers: "Semua pembicara", nEvents: n => `${n} peristiwa`, nDocs: n => `${n} dokumen`,
    nOutlets: n => `${n} media`, noEvents: "Tidak ada peristiwa.", loading: "Memuat…",
    "verbal cooperation": "kerja sama verbal", "material cooperation": "kerja sama material",
    "verbal conflict": "konflik verbal", "material conflict": "konflik material",
    precDay: "tanggal pasti", precCoarse: "minggu/bulan/tahun", precUndated: "tanpa tanggal (tanggal laporan)",
    day: "hari", week: "minggu", month: "bulan", year: "tahun", unknown: "tak diketahui", report: "tanggal laporan",
    asserted: "dinyatakan", planned: "direncanakan", expected: "diharapkan", hypothetical: "hipotetis",
    reported: "dilaporkan", irrealis: "belum terjadi", copyOf: "salinan", openArticle: "Buka artikel",
    documents: "Dokumen", actors: "Aktor", noResults: "Tidak ada hasil.", eventsCount: n => `${n} peristiwa`,
    nodesEdges: (n, e) => `${n} aktor, ${e} hubungan`, noFigures: "Tidak ada angka untuk kategori ini.",
    noQuotes: "Tidak ada kutipan.", killed: "tewas", injured: "luka", hostages: "sandera", detained: "ditahan",
    displaced: "mengungsi", people: "orang", money: "uang", other: "lainnya", direct: "langsung",
    indirect: "tidak langsung", exact: "", about: "sekitar", more_than: "lebih dari", less_than: "kurang dari",
    nearly: "hampir", at_least: "sedikitnya", nodeHelp: "Klik aktor untuk melihat peristiwanya di tabel.",
    failed: "Gagal memuat data", eventsHeading: "Peristiwa", person: "orang (tokoh)", country: "negara", organisation: "organisasi/kelompok",
    families: "Tampilkan keluarga negara / bagian",
    familiesHint: "Dicentang: pemerintah, Gedung Putih, militer dan badan negara lain menjadi satu simpul negaranya; tanpa centang: tiap bagian sendiri.",
    familiesFilterHint: "Aktor yang menyebut negara (AS, Gedung Putih) juga menampilkan peristiwa seluruh keluarganya.",
    parts: "bagian",
  },
  en: {
    skip: "Skip to content", story: "Story", allStories: "All stories", search: "Search",
    searchPlaceholder: "Search text, actors…", timeline: "Timeline", network: "Actor network",
    events: "Event table", figures: "Figures", quotes: "Quotes", zoomIn: "Zoom in", zoomOut: "Zoom out",
    zoomReset: "All", timelineHelp: "Event timeline. + and − zoom, left/right arrows pan.",
    timelineHint: "Scroll or press +/− to zoom, drag or press ←/→ to pan; Tab selects an event, Enter opens its evidence.",
    strongestLinks: "Strongest links", actor: "Actor", type: "Type", from: "From", to: "To",
    modality: "Modality", apply: "Apply", reset: "Reset", date: "Date", who: "Source → target",
    evidence: "Evidence", support: "Sources", category: "Category", asOf: "As of", value: "Value",
    subject: "Subject", saidBy: "According to", reportedBy: "Reported by", speaker: "Speaker",
    searchResults: "Search results", evidenceTitle: "Evidence", close: "Close", sources: "Sources",
    all: "All", allSpeakers: "All speakers", nEvents: n => `${n} events`, nDocs: n => `${n} documents`,
    nOutlets: n => `${n} outlets`, noEvents: "No events.", loading: "Loading…",
    "verbal cooperation": "verbal cooperation", "material cooperation": "material cooperation",
    "verbal conflict": "verbal conflict", "material conflict": "material conflict",
    precDay: "exact day", precCoarse: "week/month/year", precUndated: "undated (report date)",
    day: "day", week: "week", month: "month", year: "year", unknown: "unknown", report: "report date",
    asserted: "asserted", planned: "planned", expected: "expected", hypothetical: "hypothetical",
    reported: "reported", irrealis: "not (yet) happened", copyOf: "copy", openArticle: "Open article",
    documents: "Documents", actors: "Actors", noResults: "No results.", eventsCount: n => `${n} events`,
    nodesEdges: (n, e) => `${n} actors, ${e} links`, noFigures: "No figures in this category.",
    noQuotes: "No quotes.", killed: "killed", injured: "injured", hostages: "hostages", detained: "detained",
    displaced: "displaced", people: "people", money: "money", other: "other", direct: "direct",
    indirect: "indirect", exact: "", about: "about", more_than: "more than", less_than: "less than",
    nearly: "nearly", at_least: "at least", nodeHelp: "Click an actor to see its events in the table.",
    failed: "Could not load data", eventsHeading: "Events", person: "person", country: "country", organisation: "organisation/group",
    families: "Show state families / parts",
    familiesHint: "Ticked: a state's government, White House, armed forces and other state bodies join one node for the state; unticked: each part on its own.",
    familiesFilterHint: "An actor naming a state (AS, Gedung Putih) also shows the events of its whole family.",
    parts: "parts",
  },
};
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLOR = { "verbal cooperation": "#2e8b57", "material cooperation": "#1f6fb2",
  "verbal conflict": "#d98c00", "material conflict": "#c0392b" };
const MODALITIES = ["asserted", "planned", "expected", "hypothetical", "reported", "irrealis"];
const CATEGORIES = ["killed", "injured", "hostages", "detained", "displaced", "people", "money", "other"];
const SERIES_COLORS = ["#c0392b", "#1f6fb2", "#2e8b57", "#8e44ad", "#d98c00", "#16a085"];
const SVG_NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

const state = {
  lang: localStorage.getItem("linimasa-lang") || "id",
  view: "timeline", story: null, stories: [], timeline: [], zoom: null, selected: null,
  filters: {}, eventRows: [], network: null,
  families: false,  // state families (USA with Gedung Putih, Pemerintah AS ...) or their parts; in the URL as families=1
};
const FILTER_KEYS = ["actor", "type", "date_from", "date_to", "modality"];

// ---- small helpers -------------------------------------------------------------------------------

function t(key, ...args) {
  const value = STRINGS[state.lang][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}

// Build an element; string children become text nodes, so nothing is parsed as HTML.
function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}
function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}
function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}
const $ = sel => document.querySelector(sel);

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

function status(text) { $("#status").textContent = text || ""; }

function quadClass(quad) { return "q-" + String(quad || "verbal cooperation").replace(/ /g, "-"); }
function parseDay(text) { return text ? Date.parse(text + "T00:00:00Z") : null; }
function fmtDate(text, precision) {
  if (!text) return "";
  const day = new Date(parseDay(text));
  const locale = state.lang === "id" ? "id-ID" : "en-GB";
  const opts = { timeZone: "UTC", year: "numeric" };
  if (precision !== "year") opts.month = "short";
  if (!precision || precision === "day" || precision === "week") opts.day = "numeric";
  return new Intl.DateTimeFormat(locale, opts).format(day);
}
function fmtNumber(value) {
  return new Intl.NumberFormat(state.lang === "id" ? "id-ID" : "en-GB").format(value);
}
function who(row, side) {
  return row[side + "_name"] || row[side] || "?";
}
function dated(row) { return Boolean(row.date); }
function precisionLabel(row) {
  return dated(row) ? t(row.precision || "unknown") : t("report");
}
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch { return null; }
}

// ---- language ------------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
  for (const button of document.querySelectorAll(".lang button")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
  }
}

function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem("linimasa-lang", lang);
  applyLanguage();
  fillStaticSelects();
  fillStories();
  render();
  if (state.selected) openEvidence(state.selected, false);
}

// ---- stories and tabs ----------------------------------------------------------------------------

function fillStories() {
  const select = $("#story");
  select.replaceChildren(h("option", { value: "" }, t("allStories")));
  for (const story of state.stories) {
    const label = `#${story.story_id} ${story.label || ""} (${t("nDocs", story.documents)}, ${t("nEvents", story.events)})`;
    select.append(h("option", { value: story.story_id }, label));
  }
  select.value = state.story ?? "";
}

function fillStaticSelects() {
  const type = $("#f-type"), modality = $("#f-modality"), category = $("#figure-category");
  const keep = [type.value, modality.value, category.value];
  const types = Object.keys(QUAD_TYPES).sort();
  type.replaceChildren(h("option", { value: "" }, t("all")), ...types.map(x => h("option", { value: x }, x)));
  modality.replaceChildren(h("option", { value: "" }, t("all")),
    ...MODALITIES.map(m => h("option", { value: m }, t(m))));
  category.replaceChildren(...CATEGORIES.map(c => h("option", { value: c }, t(c))));
  [type.value, modality.value, category.value] = [keep[0], keep[1], keep[2] || "killed"];
}
// PLOVER types and their quad classes (linimasa.document.QUAD_CLASS).
const QUAD_TYPES = {
  AGREE: "verbal cooperation", CONSULT: "verbal cooperation", SUPPORT: "verbal cooperation",
  CONCEDE: "verbal cooperation", COOPERATE: "material cooperation", AID: "material cooperation",
  RETREAT: "material cooperation", REQUEST: "verbal conflict", ACCUSE: "verbal conflict",
  REJECT: "verbal conflict", THREATEN: "verbal conflict", PROTEST: "material conflict",
  SANCTION: "material conflict", MOBILIZE: "material conflict", COERCE: "material conflict",
  ASSAULT: "material conflict",
};

function showView(view) {
  state.view = view;
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const on = tab.dataset.view === view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const section of document.querySelectorAll("main .view")) section.hidden = section.id !== "view-" + view;
  syncUrl();
  render();
}

// The view, story, family toggle and event filters live in the URL, so a link reproduces what is shown.
function syncUrl() {
  const params = new URLSearchParams();
  params.set("view", state.view);
  if (state.story) params.set("story", state.story);
  else if (state.stories.length) params.set("story", "");
  if (state.families) params.set("families", "1");
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  history.replaceState(null, "", "?" + params.toString());
}

function setFamilies(on) {
  state.families = on;
  for (const box of document.querySelectorAll(".families-toggle")) box.checked = on;
  syncUrl();
  render();
}

async function render() {
  try {
    if (state.view === "timeline") await renderTimeline();
    else if (state.view === "network") await renderNetwork();
    else if (state.view === "map") await renderMap();  // map.js (issue 21)
    else if (state.view === "events") await renderEvents();
    else if (state.view === "figures") await renderFigures();
    else if (state.view === "quotes") await renderQuotes();
  } catch (error) {
    status(`${t("failed")}: ${error.message}`);
  }
}

// ---- timeline ------------------------------------------------------------------------------------

function eventSpan(row) {
  // [start, end] in ms: the event's own window when its date is coarse, one day otherwise.
  const start = parseDay(row.date || row.sort_date);
  let end = row.date_end ? parseDay(row.date_end) : start;
  if (dated(row) && !row.date_end) {
    const d = new Date(start);
    if (row.precision === "month") end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    else if (row.precision === "year") end = Date.UTC(d.getUTCFullYear(), 11, 31);
    else if (row.precision === "week") end = start + 6 * DAY;
  }
  return [start, Math.max(end, start)];
}

function legendTimeline() {
  const legend = $("#timeline-legend");
  legend.replaceChildren(
    ...QUADS.map(q => h("span", { class: quadClass(q) }, h("span", { class: "sw" }), t(q))),
    h("span", {}, shapeIcon("day"), t("precDay")),
    h("span", {}, shapeIcon("coarse"), t("precCoarse")),
    h("span", {}, shapeIcon("undated"), t("precUndated")));
}
function shapeIcon(kind) {
  const svg = s("svg", { width: kind === "coarse" ? 26 : 12, height: 12, "aria-hidden": "true" });
  if (kind === "coarse") svg.append(s("rect", { x: 1, y: 3, width: 24, height: 6, rx: 3, fill: "#5f6b78", opacity: .4 }),
    s("circle", { cx: 6, cy: 6, r: 5, fill: "#5f6b78" }));
  else if (kind === "undated") svg.append(s("circle", { cx: 6, cy: 6, r: 4.5, fill: "#fff", stroke: "#5f6b78", "stroke-width": 1.5, "stroke-dasharray": "2 2" }));
  else svg.append(s("circle", { cx: 6, cy: 6, r: 5, fill: "#5f6b78" }));
  return svg;
}

async function renderTimeline() {
  legendTimeline();
  const rows = await api("timeline", { story: state.story });
  state.timeline = rows.filter(r => r.date || r.sort_date);
  $("#timeline-count").textContent = t("eventsCount", state.timeline.length);
  if (!state.zoom) state.zoom = fullRange();
  drawTimeline();
}

function fullRange() {
  if (!state.timeline.length) return [Date.now() - 30 * DAY, Date.now()];
  let lo = Infinity, hi = -Infinity;
  for (const row of state.timeline) {
    const [a, b] = eventSpan(row);
    lo = Math.min(lo, a); hi = Math.max(hi, b);
  }
  const pad = Math.max((hi - lo) * 0.03, 2 * DAY);
  return [lo - pad, hi + pad];
}

function ticks(lo, hi, width) {
  // Calendar-aligned ticks: the finest unit leaving at least ~90 px between labels.
  const units = [[DAY, "day", 1], [7 * DAY, "day", 7], [30 * DAY, "month", 1], [91 * DAY, "month", 3],
    [182 * DAY, "month", 6], [365 * DAY, "year", 1], [730 * DAY, "year", 2], [1826 * DAY, "year", 5]];
  const perPx = (hi - lo) / width;
  const [, unit, step] = units.find(([ms]) => ms / perPx >= 90) || units[units.length - 1];
  const out = [];
  const d = new Date(lo);
  let cursor = unit === "day" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    : unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % step), 1)
      : Date.UTC(d.getUTCFullYear() - (d.getUTCFullYear() % step), 0, 1);
  while (cursor <= hi && out.length < 200) {
    if (cursor >= lo) out.push([cursor, unit]);
    const c = new Date(cursor);
    cursor = unit === "day" ? cursor + step * DAY
      : unit === "month" ? Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + step, 1)
        : Date.UTC(c.getUTCFullYear() + step, 0, 1);
  }
  return out;
}

function drawTimeline() {
  const box = $("#timeline");
  const width = Math.max(box.clientWidth || 900, 400);
  const [lo, hi] = state.zoom;
  const left = 12, right = 12, top = 30, laneH = 22;
  const x = ms => left + (ms - lo) / (hi - lo) * (width - left - right);
  // Greedy lanes: an event goes into the first lane whose last item ends left of it.
  const lanes = [];
  const placed = [];
  const visible = state.timeline.filter(row => { const [a, b] = eventSpan(row); return b >= lo && a <= hi; });
  // Type labels beside the dots once zoomed in far enough for them to fit.
  const labelled = visible.length <= width / 70;
  for (const row of visible) {
    const [a, b] = eventSpan(row);
    const x0 = x(a), x1 = Math.max(x(b), x0);
    let lane = lanes.findIndex(end => end + 16 <= x0);
    if (lane < 0) { lane = lanes.length; lanes.push(-Infinity); }
    lanes[lane] = Math.max(x1, labelled ? x0 + 12 + 7 * row.type.length : x1) + 6;
    placed.push({ row, x0, x1, lane });
  }
  const height = top + Math.max(lanes.length, 3) * laneH + 16;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "group",
    "aria-label": t("timeline") });
  const axis = s("g", { class: "axis" });
  for (const [ms, unit] of ticks(lo, hi, width)) {
    const px = x(ms);
    const precision = unit === "year" ? "year" : unit === "month" ? "month" : "day";
    axis.append(s("line", { x1: px, x2: px, y1: 18, y2: height - 4 }),
      s("text", { x: px + 3, y: 13 }, fmtDate(new Date(ms).toISOString().slice(0, 10), precision)));
  }
  svg.append(axis);
  for (const { row, x0, x1, lane } of placed) {
    const cy = top + lane * laneH + laneH / 2;
    const color = QUAD_COLOR[row.quad_class] || "#5f6b78";
    const label = `${fmtDate(row.date || row.sort_date, dated(row) ? row.precision : "day")} (${precisionLabel(row)}) · ` +
      `${row.type}: ${who(row, "source")} → ${who(row, "target")} · ${t(row.quad_class)} · ${t("nDocs", row.support)}`;
    const g = s("g", { class: "ev" + (dated(row) ? "" : " undated") + (state.selected === row.event_id ? " selected" : ""),
      tabindex: 0, role: "button", "aria-label": label, "data-event": row.event_id,
      "data-precision": dated(row) ? row.precision : "report", "data-quad": row.quad_class });
    g.append(s("title", {}, label));
    if (x1 - x0 > 2) g.append(s("rect", { class: "span", x: x0, y: cy - 4, width: x1 - x0, height: 8, rx: 4, fill: color }));
    g.append(s("circle", { cx: x0, cy, r: dated(row) && row.precision === "day" ? 6.5 : 5.5, fill: color }));
    g.style.setProperty("--qc", color);
    if (labelled) g.append(s("text", { x: x0 + 10, y: cy + 4, class: "lane-label" }, row.type));
    g.addEventListener("click", () => openEvidence(row.event_id));
    g.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openEvidence(row.event_id); } });
    svg.append(g);
  }
  if (!visible.length) svg.append(s("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "lane-label" }, t("noEvents")));
  box.replaceChildren(svg);
}

function zoomBy(factor, centre) {
  const [lo, hi] = state.zoom;
  const mid = centre ?? (lo + hi) / 2;
  const span = Math.max((hi - lo) * factor, 3 * DAY);
  const share = (mid - lo) / (hi - lo);
  state.zoom = [mid - span * share, mid + span * (1 - share)];
  drawTimeline();
}
function panBy(share) {
  const [lo, hi] = state.zoom;
  const shift = (hi - lo) * share;
  state.zoom = [lo + shift, hi + shift];
  drawTimeline();
}

function wireTimeline() {
  const box = $("#timeline");
  $("#zoom-in").addEventListener("click", () => zoomBy(0.5));
  $("#zoom-out").addEventListener("click", () => zoomBy(2));
  $("#zoom-reset").addEventListener("click", () => { state.zoom = fullRange(); drawTimeline(); });
  box.addEventListener("wheel", e => {
    e.preventDefault();
    const rect = box.getBoundingClientRect();
    const [lo, hi] = state.zoom;
    const at = lo + (e.clientX - rect.left) / rect.width * (hi - lo);
    zoomBy(e.deltaY < 0 ? 0.8 : 1.25, at);
  }, { passive: false });
  let drag = null;
  box.addEventListener("pointerdown", e => {
    if (e.target.closest(".ev")) return;
    drag = { x: e.clientX, zoom: state.zoom };
    box.classList.add("dragging");
  });
  window.addEventListener("pointerup", () => { drag = null; box.classList.remove("dragging"); });
  box.addEventListener("pointermove", e => {
    if (!drag) return;
    const [lo, hi] = drag.zoom;
    const shift = (drag.x - e.clientX) / box.clientWidth * (hi - lo);
    state.zoom = [lo + shift, hi + shift];
    drawTimeline();
  });
  box.addEventListener("keydown", e => {
    if (e.key === "+" || e.key === "=") zoomBy(0.5);
    else if (e.key === "-") zoomBy(2);
    else if (e.key === "ArrowLeft") panBy(-0.2);
    else if (e.key === "ArrowRight") panBy(0.2);
    else if (e.key === "0") { state.zoom = fullRange(); drawTimeline(); }
    else return;
    e.preventDefault();
  });
  window.addEventListener("resize", () => { if (state.view === "timeline") drawTimeline(); });
}

// ---- evidence view -------------------------------------------------------------------------------

async function openEvidence(eventId, focus = true) {
  state.selected = eventId;
  for (const el of document.querySelectorAll(".ev.selected")) el.classList.remove("selected");
  for (const el of document.querySelectorAll(`[data-event="${CSS.escape(eventId)}"]`)) el.classList.add("selected");
  const row = await api("events/" + encodeURIComponent(eventId));
  const panel = $("#evidence");
  panel.hidden = false;
  const summary = $("#evidence-summary");
  summary.replaceChildren(
    h("p", { class: "summary-line " + quadClass(row.quad_class) },
      h("span", { class: "type" }, row.type + (row.mode ? " / " + row.mode : "")), " ",
      h("strong", {}, who(row, "source")), " → ", h("strong", {}, who(row, "target"))),
    h("p", { class: "summary-line" },
      fmtDate(row.date || row.sort_date, dated(row) ? row.precision : "day"),
      row.date_end ? " – " + fmtDate(row.date_end, row.precision) : "",
      h("span", { class: "prec" }, precisionLabel(row)),
      h("span", { class: "mod" }, t(row.modality)), " · ", t(row.quad_class)),
    h("p", { class: "summary-line src" }, `${t("nDocs", row.support)}, ${t("nOutlets", row.outlets)}`));
  const list = $("#evidence-sources");
  list.replaceChildren();
  row.sources.forEach((source, i) => {
    const item = h("li", { "data-doc": source.doc_id },
      h("button", { type: "button", onclick: () => showArticle(source, item) },
        `${source.outlet || source.doc_id} · ${fmtDate(source.date, "day")}`),
      source.copy_of ? h("span", { class: "prec" }, t("copyOf")) : null,
      h("div", { class: "src" }, source.title || ""),
      ...source.sentences.map(sentence => h("p", { class: "quote-line" }, "“", sentence.text, "”",
        sentence.modality && sentence.modality !== "asserted" ? h("span", { class: "mod" }, t(sentence.modality)) : null)));
    list.append(item);
    if (i === 0) showArticle(source, item);
  });
  if (focus) panel.focus({ preventScroll: true });
}

async function showArticle(source, item) {
  for (const li of document.querySelectorAll("#evidence-sources li")) li.removeAttribute("aria-current");
  item.setAttribute("aria-current", "true");
  const doc = await api("documents/" + encodeURIComponent(source.doc_id));
  const spans = source.sentences.map(sentence => {
    const event = doc.events.find(e => e.start === sentence.start && e.end === sentence.end);
    const start = event?.sentence_start ?? sentence.start, end = event?.sentence_end ?? sentence.end;
    return { start: Math.min(start, sentence.start), end: Math.max(end, sentence.end), inner: [sentence.start, sentence.end] };
  }).sort((a, b) => a.start - b.start);
  const body = h("div", { class: "body" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping sentences: keep the first
    body.append(doc.text.slice(at, span.start));
    const [i0, i1] = span.inner;
    body.append(h("mark", { class: "evidence" }, doc.text.slice(span.start, i0),
      h("strong", {}, doc.text.slice(i0, i1)), doc.text.slice(i1, span.end)));
    at = span.end;
  }
  body.append(doc.text.slice(at));
  const url = safeUrl(doc.url);
  $("#evidence-article").replaceChildren(
    h("h4", {}, doc.title || doc.doc_id),
    h("div", { class: "meta" }, [doc.outlet, fmtDate(doc.published, "day")].filter(Boolean).join(" · "),
      url ? " · " : "", url ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, t("openArticle")) : null),
    body);
  const mark = body.querySelector("mark");
  const panel = $("#evidence");
  // scroll the panel only: scrollIntoView would also scroll the page under it
  if (mark) panel.scrollTop += mark.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientHeight / 3;
}

function closeEvidence() {
  $("#evidence").hidden = true;
  const back = state.selected && document.querySelector(`[data-event="${CSS.escape(state.selected)}"]`);
  state.selected = null;
  for (const el of document.querySelectorAll(".selected, tr[aria-selected]")) {
    el.classList.remove("selected"); el.removeAttribute("aria-selected");
  }
  if (back) back.focus();
}

// ---- network -------------------------------------------------------------------------------------

function layout(nodes, edges, width, height) {
  // Fruchterman-Reingold from a circle (deterministic), then fitted to the frame. Actors with no
  // link go in rows along the bottom: repulsion alone would push them to the edges.
  const linked = new Set(edges.flatMap(e => [e.source, e.target]));
  const alone = nodes.filter(n => !linked.has(n.id));
  const rows = Math.ceil(alone.length / Math.max(1, Math.floor((width - 40) / 170)));
  const strip = rows * 24 + (rows ? 12 : 0);
  const inner = nodes.filter(n => linked.has(n.id));
  const n = inner.length;
  const pos = new Map();
  const index = new Map(inner.map((node, i) => [node.id, i]));
  const p = inner.map((node, i) => ({ x: Math.cos(2 * Math.PI * i / n) * 100, y: Math.sin(2 * Math.PI * i / n) * 100 }));
  const k = 60;
  let temperature = 40;
  for (let step = 0; step < 400 && n > 1; step++) {
    const disp = p.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = p[i].x - p[j].x, dy = p[i].y - p[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01), f = k * k / d;
      disp[i].x += dx / d * f; disp[i].y += dy / d * f; disp[j].x -= dx / d * f; disp[j].y -= dy / d * f;
    }
    for (const edge of edges) {
      const i = index.get(edge.source), j = index.get(edge.target);
      const dx = p[i].x - p[j].x, dy = p[i].y - p[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01), f = d * d / k;
      disp[i].x -= dx / d * f; disp[i].y -= dy / d * f; disp[j].x += dx / d * f; disp[j].y += dy / d * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x -= p[i].x * 0.05 * k / 10; disp[i].y -= p[i].y * 0.05 * k / 10;  // gravity keeps components together
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01), move = Math.min(d, temperature);
      p[i].x += disp[i].x / d * move; p[i].y += disp[i].y / d * move;
    }
    temperature = Math.max(temperature * 0.99, 1);
  }
  const xs = p.map(q => q.x), ys = p.map(q => q.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const left = 40, right = 190, top = 30, bottom = strip + 30;
  inner.forEach((node, i) => pos.set(node.id, {
    x: n > 1 ? left + (p[i].x - x0) / Math.max(x1 - x0, 1) * (width - left - right) : width / 2,
    y: n > 1 ? top + (p[i].y - y0) / Math.max(y1 - y0, 1) * (height - top - bottom) : (height - strip) / 2 }));
  const perRow = Math.max(1, Math.floor((width - 40) / 170));
  alone.forEach((node, i) => pos.set(node.id, { x: 30 + (i % perRow) * 170, y: height - strip + 6 + Math.floor(i / perRow) * 24 }));
  return nodes.map(node => pos.get(node.id));
}

async function renderNetwork() {
  const data = await api("network", { story: state.story, max_nodes: 50, families: state.families ? 1 : null });
  state.network = data;
  $("#network-legend").replaceChildren(
    ...QUADS.map(q => h("span", { class: quadClass(q) }, h("span", { class: "sw" }), t(q))),
    ...[["person", "#4b6584"], ["country", "#12304a"], ["organisation", "#778ca3"]].map(([kind, c]) =>
      h("span", {}, h("span", { class: "sw", "data-c": c }), t(kind))),
    h("span", {}, t("nodesEdges", data.nodes.length, data.edges.length)), h("span", {}, t("nodeHelp")));
  for (const sw of document.querySelectorAll("#network-legend [data-c]")) sw.style.setProperty("--c", sw.dataset.c);
  const box = $("#network");
  const width = Math.max(box.clientWidth || 900, 500), height = Math.round(Math.min(Math.max(width * 0.5, 420), 600));
  const pos = layout(data.nodes, data.edges, width, height);
  const at = new Map(data.nodes.map((node, i) => [node.id, pos[i]]));
  const maxEvents = Math.max(1, ...data.nodes.map(n => n.events));
  const radius = node => 5 + 13 * Math.sqrt(node.events / maxEvents);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "group", "aria-label": t("network") });
  const defs = s("defs");
  for (const q of QUADS) {
    defs.append(s("marker", { id: "arrow-" + quadClass(q), viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerUnits: "userSpaceOnUse",
      markerHeight: 9, orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", fill: QUAD_COLOR[q] })));
  }
  svg.append(defs);
  const nodeRadius = new Map(data.nodes.map(node => [node.id, radius(node)]));
  for (const edge of data.edges) {
    const a = at.get(edge.source), b = at.get(edge.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    const rb = nodeRadius.get(edge.target) + 3;
    // a slight curve keeps A→B and B→A apart
    const mx = (a.x + b.x) / 2 - dy * 0.12, my = (a.y + b.y) / 2 + dx * 0.12;
    const ex = b.x - (b.x - mx) / Math.hypot(b.x - mx, b.y - my) * rb, ey = b.y - (b.y - my) / Math.hypot(b.x - mx, b.y - my) * rb;
    const types = Object.entries(edge.types).map(([k, v]) => `${k} ${v}`).join(", ");
    const path = s("path", { class: "edge", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, stroke: QUAD_COLOR[edge.quad_class],
      "stroke-width": 1 + Math.min(edge.weight, 8) * 0.8, "marker-end": `url(#arrow-${quadClass(edge.quad_class)})`,
      "data-source": edge.source, "data-target": edge.target },
    s("title", {}, `${nameOf(edge.source)} → ${nameOf(edge.target)}: ${types}`));
    svg.append(path);
    void d;
  }
  data.nodes.forEach((node, i) => {
    const p = pos[i], r = radius(node);
    const parts = (node.part_names || []).filter(name => name !== node.name);
    const label = `${node.name}${node.country && !parts.length ? " (" + node.country + ")" : ""}: ${t("nEvents", node.events)}`
      + (parts.length ? ` — ${t("parts")}: ${parts.join(", ")}` : "");
    const g = s("g", { class: parts.length ? "node family" : "node", tabindex: 0, role: "button", "aria-label": label,
      "data-actor": node.id, "data-parts": (node.parts || []).join(" ") || null,
      transform: `translate(${p.x},${p.y})` },
    s("title", {}, label),
    s("circle", { r, fill: node.kind === "person" ? "#4b6584" : node.kind === "country" ? "#12304a" : "#778ca3" }),
    s("text", { x: r + 3, y: 4 }, node.name.length > 28 ? node.name.slice(0, 27) + "…" : node.name));
    const focusOn = () => highlightNode(svg, node.id), focusOff = () => svg.classList.remove("dim");
    g.addEventListener("mouseenter", focusOn); g.addEventListener("focus", focusOn);
    g.addEventListener("mouseleave", focusOff); g.addEventListener("blur", focusOff);
    // with families on, the table takes the node's whole family (family=1), as the node shows it
    const open = () => { state.filters = { actor: node.id }; syncFilterForm(); showView("events"); };
    g.addEventListener("click", open);
    g.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    svg.append(g);
  });
  box.replaceChildren(svg);
  $("#network-links").replaceChildren(...data.edges.slice(0, 20).map(edge => h("li", {},
    `${nameOf(edge.source)} → ${nameOf(edge.target)}: `,
    h("span", { class: "type " + quadClass(edge.quad_class) }, Object.entries(edge.types).map(([k, v]) => `${k} ${v}`).join(", ")))));
}
function nameOf(actorId) {
  const node = state.network?.nodes.find(n => n.id === actorId);
  return node ? node.name : actorId;
}
function highlightNode(svg, id) {
  svg.classList.add("dim");
  const near = new Set([id]);
  for (const path of svg.querySelectorAll(".edge")) {
    const on = path.dataset.source === id || path.dataset.target === id;
    path.classList.toggle("near", on);
    if (on) { near.add(path.dataset.source); near.add(path.dataset.target); }
  }
  for (const g of svg.querySelectorAll(".node")) g.classList.toggle("near", near.has(g.dataset.actor));
}

// ---- event table ---------------------------------------------------------------------------------

function syncFilterForm() {
  const f = state.filters;
  $("#f-actor").value = f.actor || ""; $("#f-type").value = f.type || ""; $("#f-from").value = f.date_from || "";
  $("#f-to").value = f.date_to || ""; $("#f-modality").value = f.modality || "";
  for (const box of document.querySelectorAll(".families-toggle")) box.checked = state.families;
}

async function renderEvents() {
  const actors = await api("actors", { story: state.story, limit: 300 });
  // with families on, each actor is labelled with its state family's name: "Gedung Putih" under "Amerika Serikat"
  const familyName = new Map(actors.filter(a => a.family_name && a.family_name !== a.name).map(a => [a.actor_id, a.family_name]));
  $("#actor-list").replaceChildren(...actors.map(a => h("option", { value: a.name },
    state.families && familyName.has(a.actor_id) ? `${familyName.get(a.actor_id)} · ${a.actor_id}` : a.actor_id)));
  const whoShown = (row, side) => state.families && familyName.has(row[side])
    ? `${who(row, side)} (${familyName.get(row[side])})` : who(row, side);
  const rows = await api("timeline", { story: state.story, ...state.filters,
    family: state.families && state.filters.actor ? 1 : null });
  state.eventRows = rows;
  $("#events-count").textContent = t("eventsCount", rows.length);
  const body = $("#events-table tbody");
  body.replaceChildren(...rows.map(row => {
    const tr = h("tr", { tabindex: 0, "data-event": row.event_id, class: quadClass(row.quad_class),
      "aria-selected": state.selected === row.event_id ? "true" : null },
    h("td", { class: "nowrap" }, fmtDate(row.date || row.sort_date, dated(row) ? row.precision : "day"),
      h("br"), h("span", { class: "prec" }, precisionLabel(row))),
    h("td", {}, h("span", { class: "type" }, row.type),
      row.modality !== "asserted" ? h("span", { class: "mod" }, t(row.modality)) : null),
    h("td", {}, whoShown(row, "source"), " → ", whoShown(row, "target")),
    h("td", {}, h("span", { class: "clip" }, row.evidence[0] || "")),
    h("td", { class: "nowrap" }, t("nDocs", row.support), h("br"), h("span", { class: "src" }, t("nOutlets", row.outlets))));
    const open = () => {
      for (const other of body.querySelectorAll("tr[aria-selected]")) other.removeAttribute("aria-selected");
      tr.setAttribute("aria-selected", "true");
      openEvidence(row.event_id);
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    return tr;
  }));
}

function wireFilters() {
  $("#filters").addEventListener("submit", e => {
    e.preventDefault();
    const form = new FormData(e.target);
    state.filters = {};
    for (const [key, value] of form.entries()) if (String(value).trim()) state.filters[key] = String(value).trim();
    syncUrl();
    renderEvents();
  });
  $("#filters").addEventListener("reset", () => {
    state.filters = {};
    syncUrl();
    setTimeout(() => { syncFilterForm(); renderEvents(); }, 0);
  });
  for (const box of document.querySelectorAll(".families-toggle")) {
    box.addEventListener("change", () => setFamilies(box.checked));
  }
}

// ---- figures -------------------------------------------------------------------------------------

async function renderFigures() {
  const category = $("#figure-category").value || "killed";
  const rows = (await api("figures", { story: state.story, category })).filter(r => r.as_of);
  const box = $("#figures-chart");
  const body = $("#figures-table tbody");
  if (!rows.length) {
    box.replaceChildren(h("p", { class: "hint", style: null }, t("noFigures")));
    body.replaceChildren();
    return;
  }
  const subjects = [...new Set(rows.map(r => r.subject || "—"))];
  const color = subject => SERIES_COLORS[subjects.indexOf(subject)] || "#8795a1";
  const width = Math.max(box.clientWidth || 900, 400), height = 320;
  const m = { l: 64, r: 16, t: 16, b: 34 };
  let lo = Math.min(...rows.map(r => parseDay(r.as_of))), hi = Math.max(...rows.map(r => parseDay(r.as_of)));
  if (hi - lo < 2 * DAY) { lo -= DAY; hi += DAY; }
  const pad = (hi - lo) * 0.04; lo -= pad; hi += pad;
  const top = niceCeil(Math.max(...rows.map(r => r.value_max || r.value)) * 1.05);
  const x = ms => m.l + (ms - lo) / (hi - lo) * (width - m.l - m.r);
  const y = v => height - m.b - v / top * (height - m.t - m.b);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "img", "aria-label": t(category) });
  const grid = s("g", { class: "grid axis" });
  for (let i = 0; i <= 4; i++) {
    const v = top * i / 4;
    grid.append(s("line", { x1: m.l, x2: width - m.r, y1: y(v), y2: y(v) }),
      s("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, fmtNumber(Math.round(v))));
  }
  for (const [ms, unit] of ticks(lo, hi, width - m.l - m.r)) {
    grid.append(s("text", { x: x(ms), y: height - 12, "text-anchor": "middle" },
      fmtDate(new Date(ms).toISOString().slice(0, 10), unit === "day" ? "day" : unit)));
  }
  svg.append(grid);
  for (const subject of subjects) {
    const points = rows.filter(r => (r.subject || "—") === subject);
    const g = s("g", { class: "series" });
    // points only: values of one subject from different sources are not one series, a line would mislead
    for (const r of points) {
      const outlets = [...new Set(r.sources.map(src => src.outlet || src.doc_id))].join(", ");
      if (r.value_max) g.append(s("line", { x1: x(parseDay(r.as_of)), x2: x(parseDay(r.as_of)), y1: y(r.value), y2: y(r.value_max), stroke: color(subject), "stroke-width": 3 }));
      g.append(s("circle", { cx: x(parseDay(r.as_of)), cy: y(r.value), r: 6, fill: color(subject), tabindex: 0 },
        s("title", {}, `${fmtDate(r.as_of, "day")}: ${t(r.qualifier)} ${fmtNumber(r.value)} ${subject} — ${r.source_name || "?"} (${outlets})`)));
    }
    svg.append(g);
  }
  const legend = h("div", { class: "legend" }, ...subjects.slice(0, 6).map(subject =>
    h("span", {}, h("span", { class: "sw", style: null }, ""), subject)));
  legend.querySelectorAll(".sw").forEach((sw, i) => sw.style.setProperty("--c", SERIES_COLORS[i]));
  box.replaceChildren(legend, svg);
  body.replaceChildren(...rows.map(r => h("tr", {},
    h("td", { class: "nowrap" }, fmtDate(r.as_of, "day"), r.as_of_given ? "" : " *"),
    h("td", { class: "nowrap" }, `${t(r.qualifier)} ${fmtNumber(r.value)}${r.value_max ? "–" + fmtNumber(r.value_max) : ""}`.trim()),
    h("td", {}, r.subject || ""), h("td", {}, r.source_name || r.attributed_to || "—"),
    h("td", {}, [...new Set(r.sources.map(src => src.outlet || src.doc_id))].join(", ")))));
}

function niceCeil(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map(m => m * power).find(v => v >= value);
}

// ---- quotes --------------------------------------------------------------------------------------

async function renderQuotes() {
  const select = $("#quote-speaker");
  const all = await api("quotes", { story: state.story });
  const chosen = select.value;
  select.replaceChildren(h("option", { value: "" }, t("allSpeakers")),
    ...all.map(sp => h("option", { value: sp.speaker || sp.speaker_name || "?" }, `${sp.speaker_name || sp.speaker || "?"} (${sp.quotes.length})`)));
  select.value = all.some(sp => (sp.speaker || sp.speaker_name || "?") === chosen) ? chosen : "";
  const shown = select.value ? all.filter(sp => (sp.speaker || sp.speaker_name || "?") === select.value) : all;
  const card = sp => h("div", { class: "speaker" },
    h("h3", {}, `${sp.speaker_name || sp.speaker || "?"} (${sp.quotes.length})`),
    h("ul", {}, ...sp.quotes.map(q => h("li", {},
      h("span", { class: "src" }, fmtDate(q.date, "day") || "—", " · ", t(q.kind)),
      h("blockquote", {}, "“", q.text, "”"),
      h("span", { class: "src" }, [...new Set(q.sources.map(src => src.outlet || src.doc_id))].join(", "))))));
  $("#quotes").replaceChildren(...(shown.length ? shown.map(card) : [h("p", { class: "hint" }, t("noQuotes"))]));
}

// ---- search --------------------------------------------------------------------------------------

async function runSearch(q) {
  const found = await api("search", { q, limit: 20 });
  for (const section of document.querySelectorAll("main .view")) section.hidden = section.id !== "view-search";
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) tab.setAttribute("aria-selected", "false");
  const events = found.events.filter(e => e.event_id);
  $("#search-results").replaceChildren(h("div", { class: "results" },
    h("section", {}, h("h3", {}, t("eventsHeading")), events.length ? h("ul", {}, ...events.map(e => h("li", {},
      h("button", { type: "button", class: "linklike", onclick: () => openEvidence(e.event_id) }, `${e.type} · ${fmtDate(e.date, e.date_precision) || "—"}`),
      " ", e.evidence))) : h("p", { class: "hint" }, t("noResults"))),
    h("section", {}, h("h3", {}, t("actors")), found.actors.length ? h("ul", {}, ...found.actors.map(a => h("li", {},
      h("button", { type: "button", class: "linklike", onclick: () => { state.filters = { actor: a.actor_id }; syncFilterForm(); showView("events"); } },
        a.name), ` (${a.actor_id}, ${t("nEvents", a.events)})`))) : h("p", { class: "hint" }, t("noResults"))),
    h("section", {}, h("h3", {}, t("documents")), found.documents.length ? h("ul", {}, ...found.documents.map(d => h("li", {},
      h("strong", {}, d.title || d.doc_id), " ", h("span", { class: "src" }, [d.outlet, fmtDate(d.published, "day")].filter(Boolean).join(" · ")),
      h("div", { class: "src" }, d.snippet)))) : h("p", { class: "hint" }, t("noResults")))));
}

// ---- start ---------------------------------------------------------------------------------------

async function start() {
  applyLanguage();
  fillStaticSelects();
  wireTimeline();
  wireFilters();
  for (const button of document.querySelectorAll(".lang button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  const tabs = [...document.querySelectorAll(".tabs [role=tab]")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => showView(tab.dataset.view));
    tab.addEventListener("keydown", e => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus(); showView(next.dataset.view);
    });
  });
  $("#story").addEventListener("change", e => {
    state.story = e.target.value || null; state.zoom = null; syncUrl(); render();
  });
  $("#figure-category").addEventListener("change", renderFigures);
  $("#quote-speaker").addEventListener("change", renderQuotes);
  $("#search").addEventListener("submit", e => { e.preventDefault(); const q = $("#q").value.trim(); if (q) runSearch(q); });
  $("#evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", e => { if (e.key === "Escape" && !$("#evidence").hidden) closeEvidence(); });
  try {
    state.stories = await api("stories");
  } catch (error) {
    status(`${t("failed")}: ${error.message}`);
  }
  const params = new URLSearchParams(location.search);
  state.story = params.has("story") ? params.get("story") || null
    : (state.stories[0] ? String(state.stories[0].story_id) : null);
  state.families = params.get("families") === "1";
  for (const key of FILTER_KEYS) if (params.get(key)) state.filters[key] = params.get(key);
  syncFilterForm();
  fillStories();
  showView(params.get("view") || "timeline");
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
