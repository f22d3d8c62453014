// linimasa web app: plain modern JavaScript, no build step, no CDN.
// Article text and names are put on the page only as text nodes (textContent,
// createTextNode, setAttribute), never through innerHTML, so a "<script>" in an
// article shows as text. The server's Content-Security-Policy backs this up.
// Three vendored libraries draw what is better not drawn by hand (static/vendor/,
// scripts/update_vendor.py): vis-timeline the overview strip, cytoscape.js the
// actor network, uPlot the figures. They get DOM elements or plain strings, never HTML.
"use strict";

const STRINGS = {
  id: {
    skip: "Lewati ke isi", story: "Cerita", allStories: "Semua cerita", search: "Cari",
    searchPlaceholder: "Cari teks, aktor…", stories: "Daftar cerita", timeline: "Linimasa cerita", network: "Jaringan aktor",
    events: "Tabel peristiwa", figures: "Angka", quotes: "Kutipan", zoomIn: "Perbesar", zoomOut: "Perkecil",
    zoomReset: "Semua", stripHelp: "Ikhtisar: gulir atau tekan +/− untuk memperbesar, seret untuk menggeser, klik peristiwa untuk membuka buktinya.",
    strongestLinks: "Hubungan terkuat", actor: "Aktor", type: "Jenis", from: "Dari", to: "Sampai",
    modality: "Modalitas", apply: "Terapkan", reset: "Atur ulang", date: "Tanggal", who: "Pelaku → tindakan → sasaran",
    evidence: "Bukti", support: "Sumber", category: "Kategori", asOf: "Per tanggal", value: "Nilai",
    subject: "Subjek", saidBy: "Menurut", reportedBy: "Dilaporkan oleh", speaker: "Pembicara",
    searchResults: "Hasil pencarian", evidenceTitle: "Bukti", close: "Tutup", sources: "Sumber",
    all: "Semua", allSpeakers: "Semua pembicara", nEvents: n => `${n} peristiwa`, nDocs: n => `${n} dokumen`,
    nOutlets: n => `${n} media`, noEvents: "Tidak ada peristiwa.", loading: "Memuat…",
    day: "tanggal pasti", week: "minggu", month: "bulan", year: "tahun", unknown: "tanggal laporan", report: "tanggal laporan",
    asserted: "dinyatakan", planned: "direncanakan", expected: "diharapkan", hypothetical: "hipotetis",
    reported: "dilaporkan", irrealis: "belum terjadi", copyOf: "salinan", openArticle: "Buka artikel",
    documents: "Dokumen", actors: "Aktor", noResults: "Tidak ada hasil.", eventsCount: n => `${n} peristiwa`,
    nodesEdges: (n, e) => `${n} aktor, ${e} hubungan`, noFigures: "Tidak ada angka untuk kategori ini.",
    noQuotes: "Tidak ada kutipan.", killed: "tewas", injured: "luka", hostages: "sandera", detained: "ditahan",
    displaced: "mengungsi", people: "orang", money: "uang", other: "lainnya", direct: "langsung",
    indirect: "tidak langsung", exact: "", about: "sekitar", more_than: "lebih dari", less_than: "kurang dari",
    nearly: "hampir", at_least: "sedikitnya", nodeHelp: "Klik aktor untuk melihat peristiwanya di tabel.",
    eventsHeading: "Peristiwa", person: "orang (tokoh)", country: "negara", organisation: "organisasi/kelompok",
    families: "Gabungkan keluarga negara",
    familiesHint: "Dicentang: pemerintah, Gedung Putih, militer dan badan negara lain menjadi satu simpul negaranya; tanpa centang: tiap bagian sendiri.",
    familiesFilterHint: "Aktor yang menyebut negara (AS, Gedung Putih) juga menampilkan peristiwa seluruh keluarganya.",
    parts: "bagian", span: "Rentang", outlets: "Media", keyActors: "Aktor utama", latestEvents: "Peristiwa terbaru",
    atPlace: "di", showOnMap: "Lihat di peta",
    openStory: "Buka linimasa", seeEvidence: "Lihat bukti", reportDate: "dilaporkan", noSource: "(pelaku tak disebut)",
    laneDated: "Tanggal peristiwa", laneCoarse: "Hanya bulan/tahun", laneReport: "Hanya tanggal laporan",
    figuresTrend: "Tren angka", keyQuotes: "Kutipan utama", moreEntries: n => `Tampilkan ${n} lagi`,
    noStories: "Belum ada cerita. Masukkan artikel dengan `linimasa ingest`.", storyDocs: "Dokumen cerita",
    actorList: "Daftar aktor", whyMember: "Alasan",
    errNetwork: "Server tidak dapat dihubungi. Periksa apakah `linimasa serve` masih berjalan, lalu muat ulang halaman.",
    errNoStory: id => `Tidak ada cerita dengan nomor “${id}” di basis data ini. Pilih cerita dari daftar cerita.`,
    errBadStory: v => `“${v}” bukan nomor cerita. Alamat cerita memakai nomor, misalnya ?story=1, atau ?story= untuk semua cerita.`,
    errNoEvent: "Peristiwa ini tidak ada (lagi) di basis data. Mungkin tautannya berasal dari basis data lain.",
    errNoDocument: "Artikel ini tidak ada di basis data.",
    errBadValue: (name, v) => `Nilai “${v}” untuk “${name}” di alamat halaman tidak sah. Ubah atau hapus bagian itu dari alamat.`,
    errServer: "Server gagal menjawab karena kesalahan internal. Coba lagi; jika tetap gagal, lihat log server.",
    errOther: "Data tidak dapat dimuat. Coba muat ulang halaman.", goStories: "Ke daftar cerita",
  },
  en: {
    skip: "Skip to content", story: "Story", allStories: "All stories", search: "Search",
    searchPlaceholder: "Search text, actors…", stories: "Stories", timeline: "Story timeline", network: "Actor network",
    events: "Event table", figures: "Figures", quotes: "Quotes", zoomIn: "Zoom in", zoomOut: "Zoom out",
    zoomReset: "All", stripHelp: "Overview: scroll or press +/− to zoom, drag to pan, click an event to open its evidence.",
    strongestLinks: "Strongest links", actor: "Actor", type: "Type", from: "From", to: "To",
    modality: "Modality", apply: "Apply", reset: "Reset", date: "Date", who: "Who → what → whom",
    evidence: "Evidence", support: "Sources", category: "Category", asOf: "As of", value: "Value",
    subject: "Subject", saidBy: "According to", reportedBy: "Reported by", speaker: "Speaker",
    searchResults: "Search results", evidenceTitle: "Evidence", close: "Close", sources: "Sources",
    all: "All", allSpeakers: "All speakers", nEvents: n => `${n} events`, nDocs: n => `${n} documents`,
    nOutlets: n => `${n} outlets`, noEvents: "No events.", loading: "Loading…",
    day: "exact day", week: "week", month: "month", year: "year", unknown: "report date", report: "report date",
    asserted: "asserted", planned: "planned", expected: "expected", hypothetical: "hypothetical",
    reported: "reported", irrealis: "not (yet) happened", copyOf: "copy", openArticle: "Open article",
    documents: "Documents", actors: "Actors", noResults: "No results.", eventsCount: n => `${n} events`,
    nodesEdges: (n, e) => `${n} actors, ${e} links`, noFigures: "No figures in this category.",
    noQuotes: "No quotes.", killed: "killed", injured: "injured", hostages: "hostages", detained: "detained",
    displaced: "displaced", people: "people", money: "money", other: "other", direct: "direct",
    indirect: "indirect", exact: "", about: "about", more_than: "more than", less_than: "less than",
    nearly: "nearly", at_least: "at least", nodeHelp: "Click an actor to see its events in the table.",
    eventsHeading: "Events", person: "person", country: "country", organisation: "organisation/group",
    families: "Merge state families",
    familiesHint: "Ticked: a state's government, White House, armed forces and other state bodies join one node for the state; unticked: each part on its own.",
    familiesFilterHint: "An actor naming a state (AS, Gedung Putih) also shows the events of its whole family.",
    parts: "parts", span: "Span", outlets: "Outlets", keyActors: "Key actors", latestEvents: "Latest events",
    atPlace: "in", showOnMap: "Show on the map",
    openStory: "Open timeline", seeEvidence: "See evidence", reportDate: "reported", noSource: "(actor not named)",
    laneDated: "Event date", laneCoarse: "Month/year only", laneReport: "Report date only",
    figuresTrend: "Figures trend", keyQuotes: "Key quotes", moreEntries: n => `Show ${n} more`,
    noStories: "No stories yet. Add articles with `linimasa ingest`.", storyDocs: "Story documents",
    actorList: "Actor list", whyMember: "Why",
    errNetwork: "The server cannot be reached. Check that `linimasa serve` is still running, then reload the page.",
    errNoStory: id => `There is no story number “${id}” in this database. Pick a story from the list of stories.`,
    errBadStory: v => `“${v}” is not a story number. A story's address uses its number, e.g. ?story=1, or ?story= for all stories.`,
    errNoEvent: "This event is not (or no longer) in the database. The link may come from another database.",
    errNoDocument: "This article is not in the database.",
    errBadValue: (name, v) => `The value “${v}” for “${name}” in the page address is not valid. Change or remove it from the address.`,
    errServer: "The server failed to answer (an internal error). Try again; if it keeps failing, see the server's log.",
    errOther: "The data could not be loaded. Try reloading the page.", goStories: "Go to the stories",
  },
};
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLOR = { "verbal cooperation": "#2e8b57", "material cooperation": "#1f6fb2",
  "verbal conflict": "#d98c00", "material conflict": "#c0392b" };
const MODALITIES = ["asserted", "planned", "expected", "hypothetical", "reported", "irrealis"];
const CATEGORIES = ["killed", "injured", "hostages", "detained", "displaced", "people", "money", "other"];
const SERIES_COLORS = ["#c0392b", "#1f6fb2", "#2e8b57", "#8e44ad", "#d98c00", "#16a085"];
const DAY = 86400000;
const ENTRIES_PAGE = 150;
const CLUSTER_FROM = 300;  // strip items above which crowded ones are clustered (1,231 took 3.7 s to draw, stacked)  // timeline entries drawn at once; "show more" adds as many again

const state = {
  lang: localStorage.getItem("linimasa-lang") || "id",
  view: "stories", story: null, badStory: null, stories: [], timeline: [], event: null, q: "",
  filters: {}, network: null, figureCategory: null, vocabulary: {},
  families: true,  // one node per state family (USA with Gedung Putih ...) unless families=0 in the URL
};
const FILTER_KEYS = ["actor", "type", "date_from", "date_to", "modality"];

// ---- small helpers -------------------------------------------------------------------------------

function t(key, ...args) {
  const value = STRINGS[state.lang][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}
function tIn(lang, key, ...args) {
  const value = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}

// Build an element; string children become text nodes, so nothing is parsed as HTML.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
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

class ApiError extends Error {
  constructor(status, path, detail) {
    super(`${status} ${path}`);
    this.status = status; this.path = path; this.detail = detail;
  }
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = null;
    try { detail = (await response.json()).detail; } catch { /* not JSON: the status says enough */ }
    throw new ApiError(response.status, path, detail);
  }
  return response.json();
}

// Every failure in words a reader can act on, never a bare status code.
function explain(error) {
  if (!(error instanceof ApiError)) return error instanceof TypeError ? t("errNetwork") : t("errOther");
  if (error.status === 404) {
    if (error.path.startsWith("stories/")) return t("errNoStory", error.path.slice(8));
    if (error.path.startsWith("events/")) return t("errNoEvent");
    if (error.path.startsWith("documents/")) return t("errNoDocument");
  }
  if (error.status === 422 && Array.isArray(error.detail) && error.detail[0]) {
    const bad = error.detail[0];
    return t("errBadValue", (bad.loc || []).slice(-1)[0] || "?", bad.input ?? "");
  }
  return error.status >= 500 ? t("errServer") : t("errOther");
}
function showMessage(text) {
  const box = $("#message");
  if (!text) { box.hidden = true; box.replaceChildren(); return; }
  box.replaceChildren(h("p", {}, text),
    h("a", { href: "?view=stories", "data-nav": "", onclick: e => { e.preventDefault(); navigate({ view: "stories", event: null }); } },
      t("goStories")));
  box.hidden = false;
}

function status(text) { $("#status").textContent = text || ""; }

function quadClass(quad) { return "q-" + String(quad || "verbal cooperation").replace(/ /g, "-"); }
function parseDay(text) { return text ? Date.parse(String(text).slice(0, 10) + "T00:00:00Z") : null; }
function fmtDate(text, precision, lang = state.lang) {
  if (!text) return "";
  const day = new Date(parseDay(text));
  const opts = { timeZone: "UTC", year: "numeric" };
  if (precision !== "year") opts.month = "short";
  if (!precision || precision === "day" || precision === "week" || precision === "unknown") opts.day = "numeric";
  return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", opts).format(day);
}
function fmtNumber(value) {
  return new Intl.NumberFormat(state.lang === "id" ? "id-ID" : "en-GB").format(value);
}
function who(row, side) { return row[side + "_name"] || row[side] || ""; }
function dated(row) { return Boolean(row.date) && row.precision !== "unknown"; }
function precisionOf(row) { return dated(row) ? row.precision || "day" : "report"; }
// names and verbs of the PLOVER types come from the server (/api/vocabulary: resources/id/event_type_labels.yaml,
// the one file the CLI and the exports read), so the app keeps no copy of its own
function typeWords(type) { return (state.vocabulary.types || {})[type]; }
function typeName(type, lang = state.lang) { const w = typeWords(type); return w ? w.name[lang] : String(type || "").toLowerCase(); }
function quadName(quad, lang = state.lang) { const w = (state.vocabulary.quad_classes || {})[quad]; return w ? w[lang] : quad; }
// "who → what → whom" in words: actor names and the type's verb, never codes
function sentenceOf(row, lang = state.lang) {
  const w = typeWords(row.type);
  const verb = w ? w.verb[lang] : typeName(row.type, lang);
  return [who(row, "source") || tIn(lang, "noSource"), verb, who(row, "target")].filter(Boolean).join(" → ");
}
// " di Kairo" / " in Cairo": where the event happened (the API's `place`, issue 21), the name a link to the
// story's map view when the page has one (map.js); nothing for an event with no place
function placeOf(row, lang = state.lang, { link = true } = {}) {
  const name = row.place && row.place.name;
  if (!name) return null;
  // the link opens the map with this event's point selected and its evidence open
  const url = urlOf({ ...state, view: "map", event: row.event_id });
  const label = link && VIEWS.map
    ? h("a", { href: url, class: "place-link", title: tIn(lang, "showOnMap"),
      onclick: e => { e.preventDefault(); navigate({ view: "map", event: row.event_id }); } }, name)
    : name;
  return h("span", { class: "place", "data-place": name }, " ", tIn(lang, "atPlace"), " ", label);
}
function outletNames(row) {
  return [...new Set((row.sources || []).map(src => src.outlet).filter(Boolean))];
}
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch { return null; }
}
function storyLabel(story) {
  return (state.lang === "en" && story.label_en) || story.label || `#${story.story_id ?? story.id}`;
}
function storyId(story) { return String(story.story_id ?? story.id); }

// ---- addresses: every view, story, event, actor filter and search is a link -------------------------

function urlOf(s = state) {
  const params = new URLSearchParams();
  params.set("view", s.view);
  if (s.view !== "stories" && s.view !== "search") params.set("story", s.story || "");  // story= : all stories
  if (s.event) params.set("event", s.event);
  if (s.view === "search" && s.q) params.set("q", s.q);
  if (!s.families) params.set("families", "0");
  if (s.view === "events") for (const key of FILTER_KEYS) if (s.filters[key]) params.set(key, s.filters[key]);
  return "?" + params.toString();
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  const story = params.get("story");
  state.badStory = null;
  if (!params.has("story")) state.story = state.story ?? (state.stories[0] ? storyId(state.stories[0]) : null);
  else if (story === "" || story.toLowerCase() === "all") state.story = null;
  else if (/^[1-9][0-9]{0,9}$/.test(story)) state.story = story;
  else { state.story = null; state.badStory = story; }
  state.view = params.get("view") || (params.get("q") ? "search" : params.get("event") ? "timeline" : "stories");
  if (!VIEWS[state.view]) state.view = "stories";
  state.event = params.get("event") && /^[0-9a-f]{1,64}$/.test(params.get("event")) ? params.get("event") : null;
  state.q = params.get("q") || "";
  state.families = params.get("families") !== "0";
  state.filters = {};
  for (const key of FILTER_KEYS) if (params.get(key)) state.filters[key] = params.get(key);
}

// Change what is shown and record it in the history, so back and forward return to it.
function navigate(changes, { replace = false } = {}) {
  const before = urlOf();
  Object.assign(state, changes);
  const after = urlOf();
  if (after !== before || replace) history[replace ? "replaceState" : "pushState"](null, "", after);
  route();
}

// Views by name: a view is a tab (data-view), a section #view-<name> and a function here.
// Another script adds one with linimasa.views.<name> = async () => {...} before the page starts.
const VIEWS = {
  stories: () => renderStories(),
  timeline: () => renderStory(),
  network: () => renderNetwork(),
  events: () => renderEvents(),
  figures: () => renderFigures(),
  quotes: () => renderQuotes(),
  search: () => renderSearch(),
};

let routed = 0;
let drawn = null;  // what the shown view was drawn for (viewKey), so a change of event alone does not redraw it
function viewKey() { return `${urlOf({ ...state, event: null })}|${state.lang}`; }
let focusEvidence = false;  // set by a click or Enter on an event: the panel takes the focus once it is open
async function route() {
  const token = ++routed;
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const on = tab.dataset.view === state.view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const section of document.querySelectorAll("main .view")) section.hidden = section.id !== "view-" + state.view;
  $("#story").value = state.story ?? "";
  $("#q").value = state.q;
  syncFilterForm();
  showMessage(state.badStory !== null ? t("errBadStory", state.badStory) : null);
  document.body.dataset.ready = "false";
  status(t("loading"));
  try {
    // opening or closing an event keeps the view as drawn (its scroll, the strip's zoom): only the panel changes
    const key = viewKey();
    if (key !== drawn && (state.badStory === null || state.view === "stories" || state.view === "search")) {
      drawn = null;
      await VIEWS[state.view]();
      if (token === routed) drawn = key;
    }
    if (token !== routed) return;
    if (state.event) await openEvidence(state.event, { focus: focusEvidence });
    else hideEvidence();
    focusEvidence = false;
  } catch (error) {
    drawn = null;
    if (token === routed) showMessage(explain(error));
  }
  if (token === routed) { document.body.dataset.ready = "true"; status(""); }
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
  route();
}

function fillStories() {
  const select = $("#story");
  select.replaceChildren(h("option", { value: "" }, t("allStories")));
  for (const story of state.stories) {
    select.append(h("option", { value: storyId(story) },
      `#${storyId(story)} ${storyLabel(story)} (${t("nDocs", story.documents)})`));
  }
  select.value = state.story ?? "";
}

function fillStaticSelects() {
  const type = $("#f-type"), modality = $("#f-modality");
  const keep = [type.value, modality.value];
  const types = Object.keys(state.vocabulary.types || {}).sort((a, b) => typeName(a).localeCompare(typeName(b)));
  type.replaceChildren(h("option", { value: "" }, t("all")), ...types.map(x => h("option", { value: x }, typeName(x))));
  modality.replaceChildren(h("option", { value: "" }, t("all")),
    ...MODALITIES.map(m => h("option", { value: m }, t(m))));
  [type.value, modality.value] = keep;
}

// ---- stories page --------------------------------------------------------------------------------

function spanText(first, last) {
  if (!first) return "";
  return first === last || !last ? fmtDate(first, "day") : `${fmtDate(first, "day")} – ${fmtDate(last, "day")}`;
}
function storyLink(id, text, extra = {}) {
  const target = { view: "timeline", story: String(id), event: null, ...extra };
  return h("a", { href: urlOf({ ...state, ...target }), onclick: e => { e.preventDefault(); navigate(target); } }, text);
}
// key actors as [{id, name}] (the story API's shape) or, from an older server, a list of names
function keyActors(story) {
  if (Array.isArray(story.key_actors)) return story.key_actors.map(a => ({ id: a.id ?? a.actor_id, name: a.name || a.id }));
  return (story.actors || []).map(name => ({ id: null, name }));
}

function renderStories() {
  const list = $("#stories-list");
  if (!state.stories.length) { list.replaceChildren(h("p", { class: "hint" }, t("noStories"))); return; }
  list.replaceChildren(...state.stories.map(story => {
    const id = storyId(story);
    const outlets = Array.isArray(story.outlets) ? story.outlets : [];
    const actors = keyActors(story);
    const latest = Array.isArray(story.latest_events) ? story.latest_events : [];
    return h("article", { class: "story-card", "data-story": id },
      h("h2", {}, storyLink(id, storyLabel(story))),
      h("p", { class: "story-meta" },
        h("span", { class: "span" }, spanText(story.first_date, story.last_date)), " · ",
        t("nDocs", story.documents ?? "?"), story.events !== undefined ? " · " + t("nEvents", story.events) : "",
        outlets.length ? " · " + t("nOutlets", outlets.length) : ""),
      outlets.length ? h("p", { class: "story-outlets" }, h("span", { class: "label" }, t("outlets")), " ", outlets.join(", ")) : null,
      actors.length ? h("p", { class: "story-actors" }, h("span", { class: "label" }, t("keyActors")), " ",
        ...actors.flatMap((a, i) => [i ? ", " : "", a.id
          ? h("a", { href: urlOf({ ...state, view: "events", story: id, filters: { actor: a.id }, event: null }),
            onclick: e => { e.preventDefault(); navigate({ view: "events", story: id, filters: { actor: a.id }, event: null }); } }, a.name)
          : a.name])) : null,
      latest.length ? h("div", { class: "story-latest" }, h("span", { class: "label" }, t("latestEvents")),
        h("ul", {}, ...latest.map(ev => h("li", {},
          h("span", { class: "when" }, fmtDate(ev.date, ev.date_precision === "unknown" ? "day" : ev.date_precision) || "—"), " ",
          // who → what → whom in the page's language; the API's own summary where the type is not given
          storyLink(id, ev.type ? sentenceOf({ ...ev, source: null, target: null }) : ev.summary || "?", { event: ev.id ?? ev.event_id }))))) : null,
      h("p", {}, storyLink(id, t("openStory") + " →")));
  }));
}

// ---- story page: header, labelled overview strip, dated entries, figures and quotes beside --------

let strip = null;
let stripItems = null;
let stripHome = null;  // the window the strip opens on; "Semua" and the 0 key return to it

async function renderStory() {
  const id = state.story;
  const [story, rows] = await Promise.all([
    id ? api("stories/" + encodeURIComponent(id)) : Promise.resolve(null),
    api("timeline", { story: id })]);
  state.timeline = rows.filter(r => r.date || r.sort_date);
  renderStoryHead(story);
  drawStrip();
  renderEntries();
  // figures and quotes beside: a failure there leaves the timeline readable
  renderSide().catch(error => $("#side-figures").replaceChildren(h("p", { class: "hint" }, explain(error))));
}

// why a document belongs to its story: a sentence, or an object carrying one in `text`
function reasonText(reason) {
  return typeof reason === "string" ? reason : reason && typeof reason.text === "string" ? reason.text : "";
}

function renderStoryHead(story) {
  const head = $("#story-head");
  if (!story) {
    head.replaceChildren(h("h2", {}, t("allStories")), h("p", { class: "story-meta" }, t("nEvents", state.timeline.length)));
    return;
  }
  const outlets = Array.isArray(story.outlets) ? story.outlets : [];
  const actors = keyActors(story);
  const docs = Array.isArray(story.documents) ? story.documents : null;
  head.replaceChildren(...[
    h("h2", {}, storyLabel(story)),
    h("p", { class: "story-meta" }, spanText(story.first_date, story.last_date), " · ",
      t("nDocs", docs ? docs.length : story.documents), " · ", t("nEvents", state.timeline.length),
      outlets.length ? " · " + outlets.join(", ") : ""),
    actors.length ? h("p", { class: "story-actors" }, h("span", { class: "label" }, t("keyActors")), " ",
      actors.map(a => a.name).join(", ")) : null,
    docs && docs.length ? h("details", { class: "story-docs" }, h("summary", {}, `${t("storyDocs")} (${docs.length})`),
      h("ul", {}, ...docs.map(d => {
        const url = safeUrl(d.url);
        return h("li", {}, h("span", { class: "when" }, fmtDate(d.published, "day")), " ",
          url ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, d.title || d.doc_id) : (d.title || d.doc_id),
          d.outlet ? h("span", { class: "src" }, " · ", d.outlet) : null,
          reasonText(d.reason) ? h("span", { class: "src" }, ` · ${t("whyMember")}: `, reasonText(d.reason)) : null);
      }))) : null].filter(Boolean));
}

// Where an event sits on the strip and in which labelled lane: an exact day (or a week or month
// window) on its date; a year-only date or no date of its own at its first report, in a lane of its
// own, so neither draws a bar across a whole year nor a ring among the dated events.
function stripItem(row) {
  const content = h("span", { class: "strip-label" }, `${typeName(row.type)}: ${who(row, "source") || "?"}${row.target_name ? " → " + row.target_name : ""}`);
  const base = { id: row.event_id, content, className: quadClass(row.quad_class) };
  const reported = row.first_reported || row.sort_date || row.date;
  if (!dated(row)) return { ...base, group: "report", start: reported, type: "point", className: base.className + " undated" };
  if (row.precision === "year") return { ...base, group: "coarse", start: reported, type: "point" };
  if (row.precision === "month" || row.precision === "week") {
    const start = parseDay(row.date), d = new Date(start);
    const end = row.date_end ? parseDay(row.date_end) + DAY
      : row.precision === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : start + 7 * DAY;
    return { ...base, group: "coarse", start: new Date(start), end: new Date(end), type: "range" };
  }
  return { ...base, group: "dated", start: row.date, type: "point" };
}

function drawStrip() {
  const box = $("#strip");
  if (strip) { strip.destroy(); strip = null; }
  box.replaceChildren();
  if (!state.timeline.length || !window.vis) return;
  const items = state.timeline.map(stripItem);
  const used = new Set(items.map(i => i.group));
  const groups = [["dated", "laneDated"], ["coarse", "laneCoarse"], ["report", "laneReport"]]
    .filter(([g]) => used.has(g)).map(([g, key], order) => ({ id: g, content: t(key), order }));
  stripItems = new vis.DataSet(items);
  // the window given, not left to the first drawing's fit, so the strip opens on its events every time
  const starts = items.map(i => new Date(i.start).getTime()), ends = items.map(i => new Date(i.end || i.start).getTime());
  // more room on the right: the labels of the last events run to the right of their dots
  const lo = Math.min(...starts), hi = Math.max(...ends), span = Math.max(hi - lo, 7 * DAY);
  stripHome = [new Date(lo - span * 0.03), new Date(hi + span * 0.3)];
  strip = new vis.Timeline(box, stripItems, new vis.DataSet(groups), {
    start: stripHome[0], end: stripHome[1],
    stack: true, maxHeight: 250, minHeight: 110, zoomMin: 3 * DAY, orientation: "top", selectable: true,
    margin: { item: { horizontal: 4, vertical: 3 }, axis: 4 }, locale: "en", showCurrentTime: false,
    format: { minorLabels: (date, scale) => axisLabel(date, scale, false), majorLabels: (date, scale) => axisLabel(date, scale, true) },
    groupOrder: "order", tooltip: { followMouse: false },
    // hundreds of events (all stories of a large corpus): crowded ones join a cluster showing their number,
    // which zooming opens; stacking every label made the strip take seconds to draw
    cluster: items.length > CLUSTER_FROM ? { maxItems: 3, titleTemplate: t("nEvents", "{count}"), showStipes: false } : false });
  strip.on("select", ({ items: chosen }) => { if (chosen[0]) { focusEvidence = true; navigate({ event: chosen[0] }); } });
  const mark = () => {
    const w = strip.getWindow();
    box.dataset.start = w.start.toISOString(); box.dataset.end = w.end.toISOString();
  };
  // vis-timeline forms its clusters on a range change, not on the first drawing: set the window once more
  if (items.length > CLUSTER_FROM) strip.setWindow(stripHome[0], stripHome[1], { animation: false });
  strip.on("rangechanged", mark);
  strip.on("changed", mark);  // after the first drawing, which fits the window to the items
  mark();
  if (state.event && stripItems.get(state.event)) strip.setSelection([state.event]);
}

// The strip's axis in the page's language (vis-timeline's bundled moment has no Indonesian).
function axisLabel(date, scale, major) {
  const when = new Date(date.valueOf());
  const locale = state.lang === "id" ? "id-ID" : "en-GB";
  const minor = { day: { day: "numeric" }, weekday: { weekday: "short", day: "numeric" }, week: { day: "numeric", month: "short" },
    month: { month: "short" }, year: { year: "numeric" } };
  const head = { day: { month: "long", year: "numeric" }, weekday: { month: "long", year: "numeric" },
    week: { month: "long", year: "numeric" }, month: { year: "numeric" } };
  const opts = major ? head[scale] : minor[scale];
  if (!opts) return major ? "" : new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(when);
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(when);
}

function zoomStrip(how) {
  if (!strip) return;
  if (how === "in") strip.zoomIn(0.5, { animation: false });
  else if (how === "out") strip.zoomOut(0.5, { animation: false });
  else strip.setWindow(stripHome[0], stripHome[1], { animation: false });
}

function entry(row) {
  const other = state.lang === "id" ? "en" : "id";
  const precision = precisionOf(row);
  const when = dated(row)
    ? fmtDate(row.date, row.precision) + (row.date_end ? " – " + fmtDate(row.date_end, row.precision) : "")
    : `${t("reportDate")} ${fmtDate(row.first_reported || row.sort_date, "day")}`;
  const outlets = outletNames(row);
  const first = (row.sources || [])[0];
  const url = first && safeUrl(first.url);
  const link = urlOf({ ...state, view: "timeline", event: row.event_id });
  return h("li", { class: "entry " + quadClass(row.quad_class), "data-event": row.event_id, "data-precision": precision },
    h("div", { class: "entry-date" }, h("time", { datetime: row.date || row.sort_date || "" }, when),
      h("span", { class: "prec" }, t(precision))),
    h("div", { class: "entry-body" },
      h("p", { class: "entry-what", lang: state.lang }, h("span", { class: "type" }, typeName(row.type)), " ", sentenceOf(row), placeOf(row),
        row.modality && row.modality !== "asserted" ? h("span", { class: "mod" }, t(row.modality)) : null),
      h("p", { class: "entry-what-other src", lang: other }, sentenceOf(row, other), placeOf(row, other, { link: false })),
      row.evidence && row.evidence[0] ? h("blockquote", { class: "entry-evidence" }, "“", row.evidence[0], "”") : null,
      h("p", { class: "entry-sources src" }, outlets.join(", ") || t("nDocs", row.support), " · ",
        h("a", { href: link, class: "evidence-link", onclick: e => { e.preventDefault(); focusEvidence = true; navigate({ view: "timeline", event: row.event_id }); } },
          t("seeEvidence")),
        url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, t("openArticle"))] : null)));
}

function renderEntries(limit = ENTRIES_PAGE) {
  const list = $("#entries");
  $("#timeline-count").textContent = t("eventsCount", state.timeline.length);
  if (!state.timeline.length) { list.replaceChildren(h("li", { class: "hint" }, t("noEvents"))); return; }
  // the chosen event is always drawn, however far down the list it is
  const at = state.event ? state.timeline.findIndex(r => r.event_id === state.event) : -1;
  const shown = Math.max(limit, at + 1);
  list.replaceChildren(...state.timeline.slice(0, shown).map(entry));
  const rest = state.timeline.length - shown;
  if (rest > 0) {
    list.append(h("li", { class: "more" }, h("button", { type: "button", onclick: () => renderEntries(shown + ENTRIES_PAGE) },
      t("moreEntries", Math.min(rest, ENTRIES_PAGE)))));
  }
}

async function renderSide() {
  const [figures, quotes] = await Promise.all([api("figures", { story: state.story }), api("quotes", { story: state.story })]);
  const rows = figures.filter(r => r.as_of);
  const category = busiestCategory(rows);
  const box = $("#side-figures");
  if (category) {
    const chosen = rows.filter(r => r.category === category);
    const chart = h("div", { class: "side-chart" });
    box.replaceChildren(h("p", { class: "src" }, t(category), " · ",
      h("a", { href: urlOf({ ...state, view: "figures", event: null }),
        onclick: e => { e.preventDefault(); state.figureCategory = category; navigate({ view: "figures", event: null }); } }, t("figures") + " →")), chart);
    drawFigureChart(chart, chosen, Math.max(box.clientWidth - 4, 240), 180);
  } else box.replaceChildren(h("p", { class: "hint" }, t("noFigures")));
  const top = quotes.slice(0, 5).flatMap(sp => sp.quotes.slice(0, 1).map(q => ({ sp, q })));
  $("#side-quotes").replaceChildren(...(top.length ? top.map(({ sp, q }) => h("figure", { class: "side-quote" },
    h("blockquote", {}, "“", q.text, "”"),
    h("figcaption", { class: "src" }, sp.speaker_name || sp.speaker || "?", " · ", fmtDate(q.date, "day") || "—", " · ",
      [...new Set(q.sources.map(src => src.outlet || src.doc_id))].join(", "))))
    : [h("p", { class: "hint" }, t("noQuotes"))]));
}

// ---- evidence panel ------------------------------------------------------------------------------

async function openEvidence(eventId, { focus = true } = {}) {
  // only event rows and entries: the map's selected place (map.js) is not an event and stays selected
  for (const el of document.querySelectorAll("[data-event].selected")) el.classList.remove("selected");
  for (const el of document.querySelectorAll(`[data-event="${CSS.escape(eventId)}"]`)) el.classList.add("selected");
  const chosen = document.querySelector(`#entries [data-event="${CSS.escape(eventId)}"]`);
  if (chosen && state.view === "timeline") chosen.scrollIntoView({ block: "nearest" });
  const item = strip && stripItems?.get(eventId);
  if (item) {
    strip.setSelection([eventId]);
    // the event into view at the reader's zoom (vis-timeline's focus zooms in to the item itself)
    const at = new Date(item.start).getTime(), w = strip.getWindow();
    if (at < w.start.getTime() || at > w.end.getTime()) strip.moveTo(new Date(at), { animation: false });
  }
  const panel = $("#evidence");
  let row;
  try {
    row = await api("events/" + encodeURIComponent(eventId));
  } catch (error) {
    panel.hidden = false;
    $("#evidence-summary").replaceChildren(h("p", { class: "error" }, explain(error)));
    $("#evidence-sources").replaceChildren(); $("#evidence-article").replaceChildren();
    return;
  }
  panel.hidden = false;
  const other = state.lang === "id" ? "en" : "id";
  $("#evidence-summary").replaceChildren(
    h("p", { class: "summary-line " + quadClass(row.quad_class) },
      h("span", { class: "type" }, typeName(row.type)), " ", h("strong", {}, sentenceOf(row)), placeOf(row)),
    h("p", { class: "summary-line src", lang: other }, sentenceOf(row, other), placeOf(row, other, { link: false })),
    h("p", { class: "summary-line" },
      dated(row) ? fmtDate(row.date, row.precision) : `${t("reportDate")} ${fmtDate(row.first_reported || row.sort_date, "day")}`,
      row.date_end ? " – " + fmtDate(row.date_end, row.precision) : "",
      h("span", { class: "prec" }, t(precisionOf(row))),
      h("span", { class: "mod" }, t(row.modality)), " · ", quadName(row.quad_class)),
    h("p", { class: "summary-line src" }, `${t("nDocs", row.support)}, ${t("nOutlets", row.outlets)}`));
  const list = $("#evidence-sources");
  list.replaceChildren();
  const shows = [];
  row.sources.forEach((source, i) => {
    const item = h("li", { "data-doc": source.doc_id },
      h("button", { type: "button", onclick: () => showArticle(source, item) },
        `${source.outlet || source.doc_id} · ${fmtDate(source.date, "day")}`),
      source.copy_of ? h("span", { class: "prec" }, t("copyOf")) : null,
      h("div", { class: "src" }, source.title || ""),
      ...source.sentences.map(sentence => h("p", { class: "quote-line" }, "“", sentence.text, "”",
        sentence.modality && sentence.modality !== "asserted" ? h("span", { class: "mod" }, t(sentence.modality)) : null)));
    list.append(item);
    if (i === 0) shows.push(showArticle(source, item));
  });
  panel.scrollTop = 0;  // the panel opens at the event: its summary first, the article scrolls in its own box
  await Promise.all(shows);
  if (focus) panel.focus({ preventScroll: true });
}

async function showArticle(source, item) {
  for (const li of document.querySelectorAll("#evidence-sources li")) li.removeAttribute("aria-current");
  item.setAttribute("aria-current", "true");
  let doc;
  try {
    doc = await api("documents/" + encodeURIComponent(source.doc_id));
  } catch (error) {
    $("#evidence-article").replaceChildren(h("p", { class: "error" }, explain(error)));
    return;
  }
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
  // the article scrolls in its own box, so the highlighted sentence shows without scrolling the summary away
  if (mark) body.scrollTop += mark.getBoundingClientRect().top - body.getBoundingClientRect().top - body.clientHeight / 3;
}

function hideEvidence() {
  $("#evidence").hidden = true;
  for (const el of document.querySelectorAll("[data-event].selected, tr[aria-selected]")) {
    el.classList.remove("selected"); el.removeAttribute("aria-selected");
  }
  if (strip) strip.setSelection([]);
}

function closeEvidence() {
  const back = state.event && document.querySelector(`main [data-event="${CSS.escape(state.event)}"] a, tr[data-event="${CSS.escape(state.event)}"]`);
  navigate({ event: null });
  if (back) back.focus();
}

// ---- network (cytoscape.js) ----------------------------------------------------------------------

let cy = null;
const KIND_COLOR = { person: "#4b6584", country: "#12304a", organisation: "#778ca3" };

async function renderNetwork() {
  const data = await api("network", { story: state.story, max_nodes: 50, families: state.families ? 1 : null });
  state.network = data;
  $("#network-legend").replaceChildren(
    ...QUADS.map(q => h("span", { class: quadClass(q) }, h("span", { class: "sw" }), quadName(q))),
    ...Object.keys(KIND_COLOR).map(kind => h("span", { class: "kind-" + kind }, h("span", { class: "sw" }), t(kind))),
    h("span", {}, t("nodesEdges", data.nodes.length, data.edges.length)), h("span", {}, t("nodeHelp")));
  const box = $("#network");
  if (cy) { cy.destroy(); cy = null; }
  const maxEvents = Math.max(1, ...data.nodes.map(n => n.events));
  // a circle to start from: the layout is then the same on every load
  const n = data.nodes.length;
  const elements = [
    ...data.nodes.map((node, i) => ({ group: "nodes", data: { id: node.id, name: node.name, kind: node.kind,
      size: 14 + 30 * Math.sqrt(node.events / maxEvents), family: (node.parts || []).length > 1 ? 1 : 0 },
      position: { x: 60 * Math.sqrt(n) * 2.2 * Math.cos(2 * Math.PI * i / n), y: 60 * Math.sqrt(n) * Math.sin(2 * Math.PI * i / n) } })),
    ...data.edges.map((edge, i) => ({ group: "edges", data: { id: "e" + i, source: edge.source, target: edge.target,
      color: QUAD_COLOR[edge.quad_class] || "#8795a1", width: 1 + Math.min(edge.weight, 8) * 0.8 } }))];
  if (window.cytoscape && n) {
    cy = cytoscape({ container: box, elements, maxZoom: 3, minZoom: 0.2, boxSelectionEnabled: false,
      style: [
        { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#778ca3",
          label: "data(name)", "font-size": 15, color: "#1d232a", "text-valign": "bottom", "text-margin-y": 3,
          "text-wrap": "ellipsis", "text-max-width": "140px", "text-background-color": "#fff", "text-background-opacity": 0.85,
          "text-background-padding": "1px", "border-width": 1.5, "border-color": "#fff" } },
        { selector: "node[kind = 'person']", style: { "background-color": KIND_COLOR.person } },
        { selector: "node[kind = 'country']", style: { "background-color": KIND_COLOR.country } },
        { selector: "node[family = 1]", style: { "border-color": "#12304a", "border-width": 3, "border-style": "dashed" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.6 } },
        { selector: ".faded", style: { opacity: 0.12 } },
        { selector: "node:selected", style: { "border-color": "#ffbf47", "border-width": 4 } }],
      // spread over the whole box (boundingBox), so labels keep their size instead of the graph being zoomed out to fit
      layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 20,
        boundingBox: { x1: 0, y1: 0, w: Math.max(box.clientWidth, 400), h: Math.max(box.clientHeight, 300) },
        nodeRepulsion: () => 400000, nodeOverlap: 20, idealEdgeLength: () => 80, edgeElasticity: () => 100,
        componentSpacing: 60, gravity: 80, numIter: 1000, initialTemp: 200, coolingFactor: 0.95, minTemp: 1 } });
    separateLabels(cy);
    cy.fit(undefined, 20);
    cy.on("mouseover", "node", e => {
      const near = e.target.closedNeighborhood();
      cy.elements().not(near).addClass("faded");
    });
    cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
    cy.on("tap", "node", e => openActor(e.target.id()));
  }
  box.dataset.nodes = String(n);
  // the same actors as buttons, for the keyboard and screen readers (the graph is a canvas)
  $("#network-actors").replaceChildren(...data.nodes.map(node => {
    const parts = (node.part_names || []).filter(name => name !== node.name);
    const label = `${node.name}: ${t("nEvents", node.events)}` + (parts.length ? ` — ${t("parts")}: ${parts.join(", ")}` : "");
    return h("li", {}, h("button", { type: "button", class: "linklike" + (parts.length ? " family" : ""), "data-actor": node.id,
      "data-parts": (node.parts || []).join(" ") || null, "aria-label": label, onclick: () => openActor(node.id),
      onfocus: () => cy?.$id(node.id).select(), onblur: () => cy?.$id(node.id).unselect() }, node.name),
    ` ${t("nEvents", node.events)}`, parts.length ? h("span", { class: "src" }, ` (${t("parts")}: ${parts.join(", ")})`) : null);
  }));
  $("#network-links").replaceChildren(...data.edges.slice(0, 20).map(edge => h("li", {},
    `${nameOf(edge.source)} → ${nameOf(edge.target)}: `,
    h("span", { class: "type " + quadClass(edge.quad_class) }, Object.entries(edge.types).map(([k, v]) => `${typeName(k)} ${v}`).join(", ")))));
}
// The force layout counts labels in node sizes, but fitting it into the box can still make labels touch:
// push each overlapping pair apart along the axis where they overlap least, until none do.
function labelOverlaps(boxes) {
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const p = boxes[i], q = boxes[j];
    const dx = Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1), dy = Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1);
    if (dx > 0 && dy > 0) pairs.push([i, j, dx, dy]);
  }
  return pairs;
}
function separateLabels(graph, rounds = 80) {
  const nodes = graph.nodes().toArray();
  for (let round = 0; round < rounds; round++) {
    const boxes = nodes.map(n => n.boundingBox({ includeLabels: true, includeEdges: false }));
    const pairs = labelOverlaps(boxes);
    if (!pairs.length) return;
    const shift = nodes.map(() => ({ x: 0, y: 0 }));
    for (const [i, j, dx, dy] of pairs) {
      const a = nodes[i].position(), b = nodes[j].position();
      if (dx < dy) {
        const step = (dx / 2 + 2) * (a.x <= b.x ? -1 : 1);
        shift[i].x += step; shift[j].x -= step;
      } else {
        const step = (dy / 2 + 2) * (a.y <= b.y ? -1 : 1);
        shift[i].y += step; shift[j].y -= step;
      }
    }
    nodes.forEach((n, k) => { if (shift[k].x || shift[k].y) n.position({ x: n.position().x + shift[k].x, y: n.position().y + shift[k].y }); });
  }
}

function openActor(id) { navigate({ view: "events", filters: { actor: id }, event: null }); }
function nameOf(actorId) {
  const node = state.network?.nodes.find(n => n.id === actorId);
  return node ? node.name : actorId;
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
    state.families && familyName.has(a.actor_id) ? `${familyName.get(a.actor_id)} · ${a.name}` : a.name)));
  const whoShown = (row, side) => state.families && familyName.has(row[side])
    ? `${who(row, side)} (${familyName.get(row[side])})` : who(row, side) || "—";
  const rows = await api("timeline", { story: state.story, ...state.filters,
    family: state.families && state.filters.actor ? 1 : null });
  $("#events-count").textContent = t("eventsCount", rows.length);
  const body = $("#events-table tbody");
  body.replaceChildren(...rows.map(row => {
    const tr = h("tr", { tabindex: 0, "data-event": row.event_id, class: quadClass(row.quad_class),
      "aria-selected": state.event === row.event_id ? "true" : null },
    h("td", { class: "nowrap" }, fmtDate(row.date || row.first_reported || row.sort_date, dated(row) ? row.precision : "day"),
      h("br"), h("span", { class: "prec" }, t(precisionOf(row)))),
    h("td", {}, h("span", { class: "type" }, typeName(row.type)),
      row.modality !== "asserted" ? h("span", { class: "mod" }, t(row.modality)) : null),
    h("td", {}, whoShown(row, "source"), " → ", whoShown(row, "target")),
    h("td", {}, h("span", { class: "clip" }, row.evidence[0] || "")),
    h("td", { class: "nowrap" }, t("nDocs", row.support), h("br"), h("span", { class: "src" }, outletNames(row).join(", ") || t("nOutlets", row.outlets))));
    const open = () => { focusEvidence = true; navigate({ event: row.event_id }); };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    return tr;
  }));
}

function wireFilters() {
  $("#filters").addEventListener("submit", e => {
    e.preventDefault();
    const filters = {};
    for (const [key, value] of new FormData(e.target).entries()) if (String(value).trim()) filters[key] = String(value).trim();
    navigate({ filters, event: null });
  });
  $("#filters").addEventListener("reset", e => { e.preventDefault(); navigate({ filters: {}, event: null }); });
  for (const box of document.querySelectorAll(".families-toggle")) {
    box.addEventListener("change", () => navigate({ families: box.checked }));
  }
}

// ---- figures (uPlot) -----------------------------------------------------------------------------

// The category with the most dated values: a view opens on what the story has.
function busiestCategory(rows) {
  const counts = new Map();
  for (const r of rows) counts.set(r.category, (counts.get(r.category) || 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))[0]?.[0] || null;
}

// Points only: values of one subject from different sources are not one series, a line would mislead.
function drawFigureChart(box, rows, width, height) {
  const subjects = [...new Set(rows.map(r => r.subject || "—"))].slice(0, SERIES_COLORS.length);
  const xs = [...new Set(rows.map(r => parseDay(r.as_of) / 1000))].sort((a, b) => a - b);
  const data = [xs, ...subjects.map(subject => xs.map(x => {
    const found = rows.filter(r => (r.subject || "—") === subject && parseDay(r.as_of) / 1000 === x);
    return found.length ? Math.max(...found.map(r => r.value)) : null;
  }))];
  box.replaceChildren();
  box.dataset.points = String(rows.length);
  if (!window.uPlot) return null;
  const locale = state.lang === "id" ? "id-ID" : "en-GB";
  return new uPlot({
    width, height, scales: { x: { time: true } },
    series: [{ label: t("date"), value: (u, v) => v == null ? "—" : fmtDate(new Date(v * 1000).toISOString(), "day") },
      ...subjects.map((subject, i) => ({ label: subject === "—" ? t(rows[0].category) : subject.length > 40 ? subject.slice(0, 39) + "…" : subject,
        stroke: SERIES_COLORS[i], paths: () => null, spanGaps: false,
        points: { show: true, size: 9, fill: SERIES_COLORS[i], stroke: "#fff" },
        value: (u, v) => v == null ? "—" : fmtNumber(v) }))],
    axes: [{ values: (u, splits) => splits.map(v => new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "short", year: "2-digit" }).format(new Date(v * 1000))) },
      // as wide as its longest number: 300.000.000 is not cut to 00.000
      { size: (u, values) => 18 + 7.5 * Math.max(3, ...(values || []).map(v => String(v).length)),
        values: (u, splits) => splits.map(v => fmtNumber(v)) }],
    legend: { show: subjects.length > 0 },
  }, data, box);
}

async function renderFigures() {
  const all = (await api("figures", { story: state.story })).filter(r => r.as_of);
  const present = CATEGORIES.filter(c => all.some(r => r.category === c));
  const select = $("#figure-category");
  const category = present.includes(state.figureCategory) ? state.figureCategory : busiestCategory(all);
  select.replaceChildren(...(present.length ? present : CATEGORIES).map(c =>
    h("option", { value: c }, `${t(c)}${present.length ? ` (${all.filter(r => r.category === c).length})` : ""}`)));
  select.value = category || "";
  const rows = all.filter(r => r.category === category);
  const box = $("#figures-chart");
  const body = $("#figures-table tbody");
  if (!rows.length) {
    box.replaceChildren(h("p", { class: "hint" }, t("noFigures")));
    body.replaceChildren();
    return;
  }
  drawFigureChart(box, rows, Math.max(box.clientWidth - 4, 400), 320);
  body.replaceChildren(...rows.map(r => h("tr", {},
    h("td", { class: "nowrap" }, fmtDate(r.as_of, "day"), r.as_of_given ? "" : " *"),
    h("td", { class: "nowrap" }, `${t(r.qualifier)} ${fmtNumber(r.value)}${r.value_max ? "–" + fmtNumber(r.value_max) : ""}`.trim()),
    h("td", {}, r.subject || ""), h("td", {}, r.source_name || r.attributed_to || "—"),
    h("td", {}, [...new Set(r.sources.map(src => src.outlet || src.doc_id))].join(", ")))));
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

async function renderSearch() {
  if (!state.q) { $("#search-results").replaceChildren(); return; }
  const found = await api("search", { q: state.q, limit: 20 });
  const events = found.events.filter(e => e.event_id);
  $("#search-results").replaceChildren(h("div", { class: "results" },
    h("section", {}, h("h3", {}, t("eventsHeading")), events.length ? h("ul", {}, ...events.map(e => h("li", {},
      h("a", { class: "linklike", href: urlOf({ ...state, event: e.event_id }),
        onclick: ev => { ev.preventDefault(); navigate({ event: e.event_id }); } },
      `${typeName(e.type)} · ${fmtDate(e.date, e.date_precision) || "—"}`),
      " ", e.evidence))) : h("p", { class: "hint" }, t("noResults"))),
    h("section", {}, h("h3", {}, t("actors")), found.actors.length ? h("ul", {}, ...found.actors.map(a => h("li", {},
      h("a", { class: "linklike", href: urlOf({ ...state, view: "events", filters: { actor: a.actor_id }, event: null }),
        onclick: ev => { ev.preventDefault(); openActor(a.actor_id); } }, a.name),
      ` (${t("nEvents", a.events)})`))) : h("p", { class: "hint" }, t("noResults"))),
    h("section", {}, h("h3", {}, t("documents")), found.documents.length ? h("ul", {}, ...found.documents.map(d => h("li", {},
      h("strong", {}, d.title || d.doc_id), " ", h("span", { class: "src" }, [d.outlet, fmtDate(d.published, "day")].filter(Boolean).join(" · ")),
      h("div", { class: "src" }, d.snippet)))) : h("p", { class: "hint" }, t("noResults")))));
}

// ---- start ---------------------------------------------------------------------------------------

async function start() {
  applyLanguage();
  fillStaticSelects();
  wireFilters();
  for (const button of document.querySelectorAll(".lang button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  const tabs = [...document.querySelectorAll(".tabs [role=tab]")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => navigate({ view: tab.dataset.view, event: null }));
    tab.addEventListener("keydown", e => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus(); navigate({ view: next.dataset.view, event: null });
    });
  });
  $("#story").addEventListener("change", e => navigate({ story: e.target.value || null, badStory: null, event: null,
    view: state.view === "stories" || state.view === "search" ? "timeline" : state.view }));
  $("#figure-category").addEventListener("change", e => { state.figureCategory = e.target.value; renderFigures(); });
  $("#quote-speaker").addEventListener("change", renderQuotes);
  $("#search").addEventListener("submit", e => {
    e.preventDefault();
    const q = $("#q").value.trim();
    if (q) navigate({ view: "search", q, event: null });
  });
  $("#zoom-in").addEventListener("click", () => zoomStrip("in"));
  $("#zoom-out").addEventListener("click", () => zoomStrip("out"));
  $("#zoom-reset").addEventListener("click", () => zoomStrip("fit"));
  $("#strip").addEventListener("keydown", e => {
    const how = e.key === "+" || e.key === "=" ? "in" : e.key === "-" ? "out" : e.key === "0" ? "fit" : null;
    if (how) { e.preventDefault(); zoomStrip(how); }
  });
  $("#evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", e => { if (e.key === "Escape" && !$("#evidence").hidden) closeEvidence(); });
  window.addEventListener("popstate", () => { readUrl(); route(); });
  try {
    [state.vocabulary, state.stories] = await Promise.all([api("vocabulary"), api("stories")]);
  } catch (error) {
    showMessage(explain(error));
  }
  readUrl();
  fillStories();
  history.replaceState(null, "", urlOf());
  await route();
}

// for view scripts loaded after this one (e.g. a map): add a view, strings, reuse the helpers
window.linimasa = { views: VIEWS, strings: STRINGS, state, api, h, t, explain, navigate, urlOf, fmtDate, typeName, quadName, sentenceOf,
  network: () => cy, stripItem };
document.addEventListener("DOMContentLoaded", start);
