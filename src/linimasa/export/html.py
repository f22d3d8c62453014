"""A self-contained HTML report: the timeline, each event's evidence highlighted.

No script and no CDN: styles are inline, so the page opens offline and can be
mailed. Every piece of article text and every name is HTML-escaped.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..document import QUAD_CLASS as QUAD
from .formatting import event_date, site_name, support_text, type_name
from .svgmap import QUAD_COLOR, points_of, render_svg

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#12304a;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.85}main{max-width:1100px;margin:0 auto;padding:18px 28px}
.summary span{display:inline-block;margin:0 14px 8px 0;padding:2px 10px;border-radius:12px;background:#e3e8ee;font-size:13px}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #c9d2dc}
ol.timeline li{position:relative;margin:0 0 16px 18px;background:#fff;border-radius:6px;padding:10px 14px;box-shadow:0 1px 2px #0001}
ol.timeline li:before{content:"";position:absolute;left:-27px;top:14px;width:13px;height:13px;border-radius:50%;background:var(--c)}
.when{font-weight:600;color:#12304a}.prec{font-size:12px;color:#6b7785;margin-left:6px}
.type{font-weight:700;color:var(--c);margin-left:10px}.mod{font-size:12px;background:#fff3cd;border-radius:4px;padding:0 5px;margin-left:6px}
.who{margin-left:10px}.ev{margin:6px 0 4px;color:#39434d}mark{background:#ffe58a;padding:0 1px}
.doc{font-size:12px;color:#6b7785}
.legend span{margin-right:14px;font-size:13px}.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--c);margin-right:4px}
footer{color:#6b7785;font-size:12px;padding:20px 28px}.place{color:#39434d}
.where h2{font-size:17px;margin:14px 0 2px}svg.map{width:100%;height:auto;border-radius:6px}svg.map .sea{fill:#dfe9f3}
svg.map .countries path{fill:#f3f1ea;stroke:#b9b3a3;stroke-width:.6}svg.map .pt circle{fill-opacity:.8;stroke:#fff;stroke-width:1.5}
svg.map .pt text{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;fill:#1d232a}
"""
QUAD_CLASS = {"verbal cooperation": "q-vc", "material cooperation": "q-mc",
              "verbal conflict": "q-vk", "material conflict": "q-mk"}
STYLE += "".join(f".{css}{{--c:{QUAD_COLOR[quad]}}}" for quad, css in QUAD_CLASS.items()) + "\n"  # the map's colours


def _highlight(evidence: str, trigger: str | None) -> str:
    """The evidence sentence, escaped, with the trigger words marked."""
    if trigger:
        at = evidence.lower().find(trigger.lower())
        if at >= 0:
            end = at + len(trigger)
            return (html.escape(evidence[:at]) + "<mark>" + html.escape(evidence[at:end]) + "</mark>"
                    + html.escape(evidence[end:]))
    return html.escape(evidence)



@dataclass(frozen=True, slots=True)
class Quote:
    """One evidence sentence as the report shows it: the text, its trigger, and where it was read."""

    text: str
    trigger: str | None
    where: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One timeline entry of the report: a merged event (or one report, before corpus merging)."""

    type: str
    mode: str | None
    modality: str | None
    when: str
    source: str
    target: str
    support: str | None
    evidence: tuple[Quote, ...]
    documents: frozenset[str]
    place: dict[str, Any] | None = None  # where it happened (store.places.view_place), None when not known


def _where(title: str | None, outlet: str | None, doc_id: str, url: str | None = None) -> str:
    """Where a sentence was read: the article's title and its outlet (or site); the document id only when
    the article has neither title nor outlet nor URL."""
    outlet = outlet or site_name(url)
    if not title and not outlet:
        return f"dokumen {doc_id[:12]}"
    return (title or "") + (" — " if title and outlet else "") + (outlet or "")


def _cite(quote: "Quote") -> str:
    where = html.escape(quote.where)
    if quote.url and urlsplit(quote.url).scheme in ("http", "https"):
        return f'<a href="{html.escape(quote.url, quote=True)}" rel="noopener">{where}</a>'
    return where


def _label(name: str | None, actor_id: str | None, country: str | None) -> str:
    name = name or actor_id
    if not name:
        return "?"
    return f"{name} ({country})" if country and country not in name else name


def merged_entry(row: dict[str, Any]) -> Entry:
    """An entry from a merged timeline row (corpus.timeline.merged_timeline)."""
    quotes = tuple(Quote(sentence["text"], sentence.get("trigger"),
                         _where(source.get("title"), source.get("outlet"), source["doc_id"], source.get("url")),
                         source.get("url"))
                   for source in row["sources"] for sentence in source.get("sentences", []))
    support = support_text(row)
    return Entry(row["type"], row.get("mode"), row.get("modality"),
                 event_date({**row, "date_precision": row.get("precision")}),
                 _label(row.get("source_name"), row.get("source"), row.get("source_country")),
                 _label(row.get("target_name"), row.get("target"), row.get("target_country")),
                 support, quotes, frozenset(row.get("documents") or ()), row.get("place"))


def report_entry(row: dict[str, Any]) -> Entry:
    """An entry from one stored per-document event (Store.events)."""
    where = _where(row.get("doc_title") or row.get("doc_path"), row.get("doc_source"), row["doc_id"], row.get("doc_url"))
    return Entry(row["type"], row.get("mode"), row.get("modality"), event_date(row),
                 _label(row.get("source_name"), row.get("source"), row.get("source_country")),
                 _label(row.get("target_name"), row.get("target"), row.get("target_country")),
                 None, (Quote(row.get("evidence") or "", row.get("trigger"), where, row.get("doc_url")),),
                 frozenset({row["doc_id"]}), row.get("place"))


def report_entries(store, *, story: int | None = None, actor: str | None = None, type: str | None = None,
                   date_from: date | None = None, date_to: date | None = None) -> list[Entry]:
    """Merged events (one entry per real event, every report of it) once the corpus tables are
    filled; the per-document events of a database built without them."""
    from ..corpus.timeline import merged_timeline
    from ..store import corpus as tables
    from ..store.places import with_merged_places, with_report_places

    if tables.has_corpus(store.con):
        rows = merged_timeline(store.con, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to)
        return [merged_entry(row) for row in with_merged_places(store.con, rows)]
    if story is not None:
        return []  # no stories without the corpus tables: nothing belongs to the one asked for
    rows = store.events(actor=actor, type=type, date_from=date_from, date_to=date_to)
    return [report_entry(row) for row in with_report_places(store.con, rows)]


def render_report(entries: list[Entry], *, title: str = "linimasa timeline",
                  generated: datetime | None = None) -> str:
    generated = generated or datetime.now(timezone.utc)
    types = Counter(entry.type for entry in entries)
    docs = set().union(*(entry.documents for entry in entries)) if entries else set()
    items, placed = [], []
    for number, entry in enumerate(entries, 1):
        quad = QUAD.get(entry.type, "verbal cooperation")
        anchor = f"e{number}"
        where = ""
        if entry.place and entry.place.get("name"):
            placed.append((entry.place, quad, anchor))
            where = f'<span class="place"> in {html.escape(entry.place["name"])}</span>'

        kind = f"{entry.type} ({type_name(entry.type)})" + (f" / {entry.mode}" if entry.mode else "")
        evidence = "".join(f'<p class="ev">“{_highlight(q.text, q.trigger)}”</p>'
                           f'<div class="doc">{_cite(q)}</div>' for q in entry.evidence)
        items.append(
            f'<li id="{anchor}" class="{QUAD_CLASS[quad]}" data-type="{html.escape(entry.type)}">'
            f'<span class="when">{html.escape(entry.when)}</span>'
            f'<span class="type">{html.escape(kind)}</span>'
            + (f'<span class="mod">{html.escape(entry.modality)}</span>'
               if entry.modality and entry.modality != "asserted" else "")
            + f'<span class="who">{html.escape(entry.source)} → {html.escape(entry.target)}</span>{where}'
            + (f'<span class="prec">{html.escape(entry.support)}</span>' if entry.support else "")
            + evidence + "</li>")
    summary = " ".join(f"<span>{html.escape(t)}: {n}</span>" for t, n in types.most_common())
    points = points_of(placed)
    where_map = (f'<section class="where"><h2>Where it happened</h2><p class="doc">{len(placed)} of {len(entries)} '
                 f'events name where they happened, at {len(points)} places; a circle\'s area grows with its '
                 f'events, and it links to the first of them.</p>{render_svg(points, title="Where the events happened")}'
                 '</section>') if points else ""
    legend = " ".join(f'<span class="{cls}"><i></i>{html.escape(name)}</span>' for name, cls in QUAD_CLASS.items())
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body><header><h1>{html.escape(title)}</h1>
<p>{len(entries)} events from {len(docs)} documents · generated {generated:%Y-%m-%d %H:%M} UTC by linimasa</p></header>
<main><div class="legend">{legend}</div><div class="summary">{summary}</div>{where_map}
<ol class="timeline">{''.join(items) or '<li>No events.</li>'}</ol></main>
<footer>Each entry quotes the sentences it was coded from, with the document each comes from; the highlighted
words are the trigger. Reports of one event by several documents and outlets are one entry.</footer>
</body></html>
"""


def write_report(store, path: Path, *, story: int | None = None, actor: str | None = None, type: str | None = None,
                 date_from: date | None = None, date_to: date | None = None, title: str = "linimasa timeline") -> int:
    """Write the report to `path`; return the number of entries."""
    entries = report_entries(store, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to)
    path.write_text(render_report(entries, title=title), encoding="utf-8")
    return len(entries)
