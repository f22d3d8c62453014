"""Knight Lab TimelineJS (v3) JSON: merged events as slides that read without a click.

Fields follow the TimelineJS JSON format (timeline.knightlab.com/docs/json-format.html):
`title`, `events[]` with `start_date` {year, month, day}, optional `end_date`,
`text` {headline, text}, `group`, `unique_id` and `display_date`.

- Headlines are words: "Hamas menyerang Israel" (the actors' names and the type's
  verb from resources/id/event_type_labels.yaml), never ids or codes.
- The text quotes the evidence sentence and lists every outlet that reported the
  event by its name, each linked to its article; a document id is never shown.
- Groups stay few, so the time navigation fits under the slide: by default the
  four PLOVER quad classes; by `story`, `actor` or `type` the largest few
  (MAX_GROUPS) and one group for the rest.
- A date known only to the month leaves out `day`, to the year leaves out `month`,
  so TimelineJS shows the precision; an event with no date of its own sits at its
  first report's date with a `display_date` saying so.
- `text.text` is HTML in TimelineJS: every piece of article text is escaped, and
  only http(s) links are written.

The Indonesian locale is TimelineJS's `id`: pass `language: "id"` to the embed
(`options.language` carries it). With `families=True` and `--group actor`, a
state's bodies share their state's group (Gedung Putih under Amerika Serikat).
- A slide whose event has a place carries `location` {name, lat, lon, country, admin1,
  precision, geonames_id}: StoryMapJS's slide location with ours (issue 21); TimelineJS
  ignores fields it does not know.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from ..store import corpus as tables
from ..store.places import export_place, merged_places
from ..web.queries import timeline
from .formatting import family_of, quad_name, site_name, type_name, who_what_whom

LANGUAGE = "id"
GROUPINGS = ("quad", "story", "actor", "type")
# TimelineJS gives each group a row of the time navigation; past about seven rows the
# markers shrink to unreadable slivers on a laptop screen (1440x900 in the browser test)
MAX_GROUPS = 6
OTHER = {"story": "Cerita lain", "actor": "Aktor lain", "type": "Jenis lain"}
UNNAMED_OUTLET = "sumber tanpa nama"


def _date(day: date, precision: str) -> dict[str, int]:
    value = {"year": day.year}
    if precision in ("day", "week", "month"):
        value["month"] = day.month
    if precision in ("day", "week"):
        value["day"] = day.day
    return value


def _who(row: dict[str, Any], side: str) -> str | None:
    return row.get(f"{side}_name") or row.get(side)


def _link(url: str | None, label: str) -> str:
    text = html.escape(label)
    if url and urlsplit(url).scheme in ("http", "https"):
        return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{text}</a>'
    return text


def _sources(row: dict[str, Any]) -> str:
    items = []
    for source in row["sources"]:
        outlet = source.get("outlet") or site_name(source.get("url")) or UNNAMED_OUTLET
        title = source.get("title")
        day = source.get("date")
        label = outlet + (f": {title}" if title else "")
        items.append(f"<li>{_link(source.get('url'), label)}" + (f" ({day.isoformat()})" if day else "") + "</li>")
    return f"<ul>{''.join(items)}</ul>"


def slide(row: dict[str, Any], group: str) -> dict[str, Any]:
    dated = row["date"] is not None
    day = row["date"] if dated else row["sort_date"]
    precision = row["precision"] if dated else "day"
    evidence = html.escape(row["evidence"][0]) if row["evidence"] else ""
    kind = html.escape(type_name(row["type"]) + (f" ({row['mode']})" if row.get("mode") else ""))
    flags = "" if row.get("modality") in (None, "asserted") else " · belum/tidak pasti terjadi"
    item: dict[str, Any] = {
        "unique_id": f"e{row['event_id']}",
        "start_date": _date(day, precision),
        "text": {"headline": html.escape(who_what_whom(_who(row, "source"), row["type"], _who(row, "target"))),
                 "text": f"<p>“{evidence}”</p><p><small>{kind}{flags}</small></p>{_sources(row)}"},
        "group": group,
    }
    if dated and row["date_end"] and row["date_end"] != row["date"]:
        item["end_date"] = _date(row["date_end"], precision)
    if not dated:
        item["display_date"] = f"dilaporkan {day.isoformat()} (tanggal peristiwa tidak disebut)"
    elif precision not in ("day", "month", "year"):
        item["display_date"] = f"{row['date'].isoformat()} ({precision})"
    return item


def _story_labels(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    return {s["story_id"]: s["label"] or f"Cerita {s['story_id']}" for s in tables.stories(con)}


def group_names(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], group_by: str,
                family: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Each row's group: its quad class, or its story, actor or type when among the largest MAX_GROUPS."""
    if group_by == "quad":
        return [quad_name(row.get("quad_class")).capitalize() for row in rows]
    if group_by == "story":
        labels = _story_labels(con)
        keys = [labels.get(row["stories"][0]) if row.get("stories") else None for row in rows]
    elif group_by == "actor":
        keys = [(family or {}).get(row["source"], (None, _who(row, "source")))[1] for row in rows]
    else:
        keys = [type_name(row["type"]).capitalize() for row in rows]
    largest = {key for key, _ in Counter(k for k in keys if k).most_common(MAX_GROUPS)}
    return [key if key in largest else OTHER[group_by] for key in keys]


def _title(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], story: int | None) -> dict[str, Any]:
    label = _story_labels(con).get(story) if story is not None and tables.has_corpus(con) else None
    days = [r["date"] or r["sort_date"] for r in rows]
    outlets = {o for r in rows for s in r["sources"] if (o := s.get("outlet") or site_name(s.get("url")))}
    articles = {s["doc_id"] for r in rows for s in r["sources"]}
    span = f"{min(days).isoformat()} – {max(days).isoformat()}" if days else "tanpa tanggal"
    headline = label or "Linimasa peristiwa"
    text = (f"<p>{len(rows)} peristiwa dari {len(articles)} artikel dan {len(outlets)} media, {span}.</p>"
            "<p>Setiap slide mengutip kalimat sumbernya dan menautkan artikelnya. Dibuat dengan linimasa.</p>")
    return {"text": {"headline": html.escape(headline), "text": text}}


def timelinejs_document(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
                        group_by: str = "quad", families: bool = False) -> dict[str, Any]:
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}")
    family = family_of(con) if families else None
    rows = [r for r in timeline(con, story=story) if r["date"] or r["sort_date"]]
    groups = group_names(con, rows, group_by, family)
    slides = [slide(row, group) for row, group in zip(rows, groups)]
    places = merged_places(con, [r["event_id"] for r in rows])  # issue 21: a slide's location
    for item, row in zip(slides, rows):
        if (place := export_place(places.get(row["event_id"]))) is not None:
            item["location"] = place
    return {
        "title": _title(con, rows, story),
        "events": slides,
        "scale": "human",
        "options": {"language": LANGUAGE},
    }


def write_timelinejs(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
                     group_by: str = "quad", families: bool = False) -> int:
    document = timelinejs_document(con, story=story, group_by=group_by, families=families)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(document["events"])
