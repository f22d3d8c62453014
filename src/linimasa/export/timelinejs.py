"""Knight Lab TimelineJS (v3) JSON: a story's merged events as slides, grouped by actor or by type.

Fields follow the TimelineJS JSON format (timeline.knightlab.com/docs/json-format.html):
`title`, `events[]` with `start_date` {year, month, day}, optional `end_date`,
`text` {headline, text}, `group`, `unique_id` and `display_date`. A date known
only to the month leaves out `day`, to the year leaves out `month`, so
TimelineJS shows the precision; an event with no date of its own sits at its
first report's date with a `display_date` saying so. `text.text` is HTML in
TimelineJS, so every piece of article text in it is escaped. The Indonesian
locale is TimelineJS's `id`; pass `options.language` to the embed. Grouped
by actor with `families=True`, a state's bodies share their state's group
(Gedung Putih and Pemerintah AS under Amerika Serikat). A slide whose event
has a place carries `location` {name, lat, lon, country, admin1, precision,
geonames_id}: StoryMapJS's slide location (`name`, `lat`, `lon`) with ours;
TimelineJS ignores fields it does not know.
"""
from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..store import corpus as tables
from ..store.places import export_place, merged_places
from ..web.queries import timeline
from .formatting import family_of

LANGUAGE = "id"
GROUPINGS = ("actor", "type")


def _date(day: date, precision: str) -> dict[str, int]:
    value = {"year": day.year}
    if precision in ("day", "week", "month"):
        value["month"] = day.month
    if precision in ("day", "week"):
        value["day"] = day.day
    return value


def _who(row: dict[str, Any], side: str) -> str:
    return row[f"{side}_name"] or row[side] or "?"


def slide(row: dict[str, Any], group_by: str, family: dict[str, tuple[str, str]] | None = None) -> dict[str, Any]:
    dated = row["date"] is not None
    day = row["date"] if dated else row["sort_date"]
    precision = row["precision"] if dated else "day"
    sources = "".join(f"<li>{html.escape(s['outlet'] or s['doc_id'])}: {html.escape(s['title'] or '')}</li>"
                      for s in row["sources"])
    evidence = html.escape(row["evidence"][0]) if row["evidence"] else ""
    item: dict[str, Any] = {
        "unique_id": f"e{row['event_id']}",
        "start_date": _date(day, precision),
        "text": {"headline": f"{row['type']}: {_who(row, 'source')} → {_who(row, 'target')}",
                 "text": f"<p>“{evidence}”</p><ul>{sources}</ul>"},
        "group": ((family or {}).get(row["source"], (None, _who(row, "source")))[1] if group_by == "actor"
                  else row["type"]),
    }
    if dated and row["date_end"] and row["date_end"] != row["date"]:
        item["end_date"] = _date(row["date_end"], precision)
    if not dated:
        item["display_date"] = f"{day.isoformat()} (tanggal laporan)"
    elif precision not in ("day", "month", "year"):
        item["display_date"] = f"{row['date'].isoformat()} ({precision})"
    return item


def timelinejs_document(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
                        group_by: str = "actor", families: bool = False) -> dict[str, Any]:
    family = family_of(con) if families else None
    rows = [r for r in timeline(con, story=story) if r["date"] or r["sort_date"]]
    label = None
    if story is not None:
        label = next((s["label"] for s in tables.stories(con) if s["story_id"] == story), None)
    headline = label or "linimasa"
    slides = [slide(row, group_by, family) for row in rows]
    places = merged_places(con, [r["event_id"] for r in rows])  # issue 21: a slide's location
    for item, row in zip(slides, rows):
        if (place := export_place(places.get(row["event_id"]))) is not None:
            item["location"] = place
    return {
        "title": {"text": {"headline": html.escape(headline),
                           "text": f"<p>{len(rows)} peristiwa dari linimasa</p>"}},
        "events": slides,
        "scale": "human",
        "options": {"language": LANGUAGE},
    }


def write_timelinejs(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
                     group_by: str = "actor", families: bool = False) -> int:
    document = timelinejs_document(con, story=story, group_by=group_by, families=families)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(document["events"])
