"""PLOVER/POLECAT-style JSON: one record per merged event, with the field names of the POLECAT dataset.

POLECAT (the PLOVER-coded event dataset) names its fields `actor`, `recipient`,
`event`, `mode`, `context`, `event_text`, `text_info` (the story), `cite_info`
(where the text is) and `dead`/`injured` counts; we use those names. linimasa
codes no PLOVER contexts, so `context` is always an empty list. `dead` and
`injured` are the largest killed/injured figure stated in a sentence that also
states the event (None when no report gives one), not a count of the event's
own victims.

`place` is where the event happened (issue 21): name, lat, lon, country
(ISO 3166-1 alpha-3), admin1, precision and geonames_id of the place most of
its reports share, null when none names one.

With `families=True`, `actor` and `recipient` carry two more fields,
`family` and `family_name`: the state family the actor is part of ("USA",
"Amerika Serikat" for Gedung Putih), null for an actor of no state family.
The part's own `actor_id` stays, so the record only grows.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from ..document import QUAD_CLASS
from ..store.places import export_place, merged_places
from ..web.queries import timeline
from .formatting import family_of

FORMAT = "linimasa.plover/1"


def _casualties(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[tuple[str, str], float]:
    if not event_ids:
        return {}
    found = con.execute("""
        SELECT m.event_id, f.category, max(f.value)
        FROM merged_event_members m
        JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx
        JOIN figures f ON f.doc_id = e.doc_id AND f.sentence = e.sentence
        WHERE f.category IN ('killed', 'injured') AND m.event_id IN (SELECT unnest(?))
        GROUP BY m.event_id, f.category""", [event_ids]).fetchall()
    return {(event_id, category): value for event_id, category, value in found}


def _actor(row: dict[str, Any], side: str, family: dict[str, tuple[str, str]] | None) -> dict[str, Any] | None:
    if not row[side]:
        return None
    out = {"actor_id": row[side], "name": row[f"{side}_name"] or row[side], "country": row[f"{side}_country"]}
    if family is not None:
        out["family"], out["family_name"] = family.get(row[side], (None, None))
    return out


def _count(value: float | None) -> int | None:
    return None if value is None else int(value)


def plover_records(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
                   families: bool = False) -> list[dict[str, Any]]:
    rows = timeline(con, story=story)
    family = family_of(con) if families else None
    casualties = _casualties(con, [r["event_id"] for r in rows])
    places = merged_places(con, [r["event_id"] for r in rows])  # issue 21
    records = []
    for row in rows:
        first = row["sources"][0] if row["sources"] else {}
        records.append({
            "event_id": row["event_id"],
            "event_date": row["date"] or row["sort_date"],
            "event_date_end": row["date_end"],
            "date_precision": row["precision"] if row["date"] else "report",
            "event": row["type"],
            "mode": row["mode"],
            "quad_class": QUAD_CLASS.get(row["type"]),
            "context": [],
            "modality": row["modality"],
            "actor": _actor(row, "source", family),
            "recipient": _actor(row, "target", family),
            "event_text": row["evidence"][0] if row["evidence"] else None,
            "text_info": {"headline": first.get("title"), "publication_date": first.get("date"),
                          "outlet": first.get("outlet"), "url": first.get("url"), "doc_id": first.get("doc_id")},
            "cite_info": [{"doc_id": s["doc_id"], "outlet": s["outlet"], "url": s["url"], "date": s["date"],
                           "copy_of": s["copy_of"], "start_char": sentence["start"], "end_char": sentence["end"],
                           "sentence": sentence["text"]}
                          for s in row["sources"] for sentence in s["sentences"]],
            "support": row["support"], "outlets": row["outlets"],
            "dead": _count(casualties.get((row["event_id"], "killed"))),
            "injured": _count(casualties.get((row["event_id"], "injured"))),
            "place": export_place(places.get(row["event_id"])),
        })
    return records


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_plover(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
                 families: bool = False) -> int:
    records = plover_records(con, story=story, families=families)
    document = {"format": FORMAT, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "story": story, "events": records}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1, default=_jsonable) + "\n", encoding="utf-8")
    return len(records)
