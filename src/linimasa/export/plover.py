"""PLOVER JSON: one record per merged event, with the field names of the PLOVER data model.

The names are those of the PLOVER manual's "Data Fields" chapter and of the
POLECAT dataset coded with it (github.com/openeventdata/PLOVER,
PLOVER_MANUAL.tex): `id`, `event_type` (and the manual's list form `event`),
`mode`, `context` (a list), `quad_code`, `actor` and `recipient` (entity
objects with `code`, `country`, `type`, `sector`, `identifier_id`,
`identifier_text`), `location` (the manual's location object:
`extracted_place`), `event_text`, `text_info`, `cite_info`, `dead` and
`injured`. src/linimasa/schemas/plover-2.schema.json is the record's schema
and docs/exports.md says what each field means and where we differ.

Dates: `event_date` is a day (YYYY-MM-DD) only when the text dates the event
to the day; otherwise it is null and `date_earliest`/`date_latest` bound what
is known (the month, the year, or for an event dated only by its report
`report`: on or before the report's date). `date_precision` stands beside it.

`context` comes from the facts linimasa codes (rules in
resources/plover_export.yaml): the actors' sectors, the event's type and mode,
two states on either side of a verbal event, the modality of its reports
(PLOVER's auxiliary modes `future` and `hypothetical`) and the figures stated
in its sentences. A planned or expected meeting, aid or cooperation is written
as AGREE, as the manual codes it; `coded_type` keeps linimasa's own type.

`dead` and `injured` are the largest killed/injured figure stated in a
sentence that also states the event (None when no report gives one), not a
count of the event's own victims. With `families=True`, `actor` and
`recipient` carry `family` and `family_name`: the state family the actor is
part of ("USA", "Amerika Serikat" for Gedung Putih), null for none.

`place` is where the event happened (issue 21): name, lat, lon, country
(ISO 3166-1 alpha-3), admin1, precision and geonames_id of the place most of
its reports share, null when none names one.
"""
from __future__ import annotations

import calendar
import functools
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb

from ..document import QUAD_CLASS
from ..resources import load_data
from ..store.places import export_place, merged_places
from ..web.queries import timeline
from .formatting import actor_details, family_of, member_facts

FORMAT = "linimasa.plover/2"
QUAD_CODE = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


@dataclass(frozen=True, slots=True)
class Rules:
    """resources/plover_export.yaml, read once."""

    sectors: dict[str, str | None]
    by_sector: dict[str, str]
    by_domestic_sector: dict[str, str]
    by_actor: dict[str, str]
    by_event: dict[str, str]
    between_states: tuple[str, frozenset[str]]
    by_modality: dict[str, str]
    by_figure: dict[str, str]
    future_as_agree: frozenset[str]

    @classmethod
    @functools.cache
    def load(cls) -> "Rules":
        data = load_data("plover_export.yaml")
        contexts = data["contexts"]
        return cls(dict(data["sectors"]), dict(contexts["sector"]), dict(contexts["domestic_sector"]),
                   dict(contexts["actor"]), dict(contexts["event"]),
                   (contexts["between_states"]["context"], frozenset(contexts["between_states"]["types"])),
                   dict(contexts["modality"]), dict(contexts["figure"]), frozenset(data["future_as_agree"]))

    def sector(self, ours: str | None) -> str | None:
        return self.sectors.get(ours, ours) if ours else None

    def _mandate(self, actor_id: str) -> str | None:
        """The context of a body's mandate: its own id's, else the nearest body above it (IDN.KPK.X -> IDN.KPK)."""
        parts = actor_id.split(".")
        return next((c for n in range(len(parts), 0, -1) if (c := self.by_actor.get(".".join(parts[:n])))), None)

    def contexts(self, event_type: str, mode: str | None, sectors: list[str], countries: tuple[str | None, str | None],
                 modalities: list[str], figures: set[str], actors: tuple[str, ...] = ()) -> list[str]:
        found = [c for a in actors if (c := self._mandate(a))]
        found += [self.by_sector[s] for s in sectors if s in self.by_sector]
        found += [c for key in (event_type, f"{event_type}/{mode}") if (c := self.by_event.get(key))]
        context, types = self.between_states
        two_states = all(countries) and countries[0] != countries[1]
        if event_type in types and two_states:
            found.append(context)
        if not two_states:
            found += [self.by_domestic_sector[s] for s in sectors if s in self.by_domestic_sector]
        # an auxiliary mode holds only when every report says so: one asserted report makes the event real
        auxiliary = {self.by_modality.get(m) for m in modalities}
        if len(auxiliary) == 1 and None not in auxiliary:
            found.append(auxiliary.pop())
        found += [self.by_figure[c] for c in sorted(figures) if c in self.by_figure]
        return list(dict.fromkeys(found))


def _figures(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[str, dict[str, float]]:
    """Event id -> {figure category: largest value} over the sentences the event was coded from."""
    if not event_ids:
        return {}
    found = con.execute("""
        SELECT m.event_id, f.category, max(f.value)
        FROM merged_event_members m
        JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx
        JOIN figures f ON f.doc_id = e.doc_id AND f.sentence = e.sentence
        WHERE m.event_id IN (SELECT unnest(?))
        GROUP BY m.event_id, f.category""", [event_ids]).fetchall()
    out: dict[str, dict[str, float]] = {}
    for event_id, category, value in found:
        out.setdefault(event_id, {})[category] = value
    return out


def _entity(row: dict[str, Any], side: str, details: dict[str, dict[str, Any]], rules: Rules,
            family: dict[str, tuple[str, str]] | None) -> dict[str, Any] | None:
    actor_id = row[side]
    if not actor_id:
        return None
    known = details.get(actor_id, {})
    name = row[f"{side}_name"] or actor_id
    out = {"actor_id": actor_id, "name": name, "country": row[f"{side}_country"],
           "code": row[f"{side}_country"], "type": known.get("kind"), "sector": rules.sector(known.get("sector")),
           "identifier_id": known.get("wikidata"), "identifier_text": name}
    if family is not None:
        out["family"], out["family_name"] = family.get(actor_id, (None, None))
    return out


def date_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The record's dates: a day only at day precision, else the bounds of what is known."""
    day, end, precision = row["date"], row["date_end"], row["precision"] if row["date"] else "report"
    reported = row.get("first_reported") or row.get("sort_date")
    earliest = latest = None
    if precision == "day":
        earliest, latest = day, end or day
    elif precision == "week":
        earliest, latest = day, end or day + timedelta(days=6)
    elif precision == "month":
        earliest = day.replace(day=1)
        last = end or day
        latest = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    elif precision == "year":
        earliest, latest = day.replace(month=1, day=1), (end or day).replace(month=12, day=31)
    elif precision == "report":
        latest = reported
    return {"event_date": day if precision == "day" else None,
            "event_date_end": end if precision == "day" and end and end != day else None,
            "date_precision": precision, "date_earliest": earliest, "date_latest": latest,
            "report_date": reported}


def _count(value: float | None) -> int | None:
    return None if value is None else int(value)


def plover_records(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
                   families: bool = False) -> list[dict[str, Any]]:
    rules = Rules.load()
    rows = timeline(con, story=story)
    family = family_of(con) if families else None
    ids = [r["event_id"] for r in rows]
    figures, facts = _figures(con, ids), member_facts(con, ids)
    details = actor_details(con, [a for r in rows for a in (r["source"], r["target"]) if a])
    places = merged_places(con, ids)  # issue 21
    records = []
    for row in rows:
        first = row["sources"][0] if row["sources"] else {}
        fact = facts.get(row["event_id"], {})
        modalities = fact.get("modalities", [])
        future = bool(modalities) and set(modalities) <= {"planned", "expected"}
        event_type = "AGREE" if future and row["type"] in rules.future_as_agree else row["type"]
        mode = row["mode"] if event_type == row["type"] else None
        actor = _entity(row, "source", details, rules, family)
        recipient = _entity(row, "target", details, rules, family)
        sectors = [side["sector"] for side in (actor, recipient) if side and side["sector"]]
        numbers = figures.get(row["event_id"], {})
        quad = QUAD_CLASS.get(event_type)
        records.append({
            "id": row["event_id"],
            "event_id": row["event_id"],
            **date_fields(row),
            "event_type": event_type,
            "event": [event_type],
            "mode": mode,
            "context": rules.contexts(event_type, mode, sectors, (row["source_country"], row["target_country"]),
                                      modalities, set(numbers), tuple(a for a in (row["source"], row["target"]) if a)),
            "quad_class": quad,
            "quad_code": QUAD_CODE.get(quad),
            "coded_type": row["type"],
            "coded_mode": row["mode"],
            "modality": row["modality"],
            "modalities": modalities,
            "actor": actor,
            "recipient": recipient,
            "location": {"extracted_place": fact["location"]} if fact.get("location") else None,
            "event_text": row["evidence"][0] if row["evidence"] else None,
            "text_info": {"headline": first.get("title"), "publication_date": first.get("date"),
                          "outlet": first.get("outlet"), "url": first.get("url"), "doc_id": first.get("doc_id")},
            "cite_info": [{"doc_id": s["doc_id"], "outlet": s["outlet"], "url": s["url"], "date": s["date"],
                           "title": s["title"], "copy_of": s["copy_of"], "start_char": sentence["start"],
                           "end_char": sentence["end"], "sentence": sentence["text"]}
                          for s in row["sources"] for sentence in s["sentences"]],
            "support": row["support"], "outlets": row["outlets"],
            "dead": _count(numbers.get("killed")),
            "injured": _count(numbers.get("injured")),
            "place": export_place(places.get(row["event_id"])),
        })
    return records


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def plover_document(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
                    families: bool = False) -> dict[str, Any]:
    """The export as JSON-ready data (dates as ISO strings)."""
    from .. import __version__

    document = {"format": FORMAT, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "coder": f"linimasa {__version__}", "codebook": "PLOVER (openeventdata/PLOVER manual)",
                "story": story, "events": plover_records(con, story=story, families=families)}
    return json.loads(json.dumps(document, default=_jsonable))


def write_plover(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
                 families: bool = False) -> int:
    document = plover_document(con, story=story, families=families)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(document["events"])
