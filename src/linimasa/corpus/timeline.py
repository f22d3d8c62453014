"""Timeline assembly: a story's merged events in date order, its figure series and its quote feed.

Each function returns JSON-ready dicts (the CLI's --json output). Copies of a
document count once: a figure or quote repeated by a syndicated copy is one
entry listing both sources.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

import duckdb

from ..store import corpus as tables


def merged_timeline(con: duckdb.DuckDBPyConnection, *, story: int | None = None, actor: str | None = None,
                    type: str | None = None, date_from: date | None = None, date_to: date | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
    """One entry per real event, in date order, with every document that reports it."""
    found = tables.merged_events(con, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to,
                                 limit=limit)
    return [_entry(row) for row in found]


def _entry(row: dict[str, Any]) -> dict[str, Any]:
    members = row.pop("members")
    sources: OrderedDict[str, dict[str, Any]] = OrderedDict()
    evidence: list[str] = []
    for m in members:
        text = " ".join((m["evidence"] or "").split())
        if text and text not in evidence:
            evidence.append(text)
        source = sources.setdefault(m["doc_id"], {
            "doc_id": m["doc_id"], "outlet": m["outlet"], "date": m["doc_date"], "title": m["title"], "url": m["url"],
            "copy_of": m["canonical_id"] if m["duplicate_kind"] != "canonical" else None, "story": m["story_id"],
            "sentences": []})
        source["sentences"].append({"text": m["evidence"], "start": m["start_char"], "end": m["end_char"],
                                    "trigger": m["trigger"], "modality": m["modality"]})
    first = members[0] if members else {}
    return {
        "event_id": row["event_id"], "date": row["date"], "date_end": row["date_end"], "sort_date": row["sort_date"],
        "precision": row["precision"], "type": row["type"], "mode": row["mode"],
        "modality": "asserted" if row["realis"] else "irrealis",
        "source": row["source"], "source_name": row["source_name"], "source_country": row["source_country"],
        "target": row["target"], "target_name": row["target_name"], "target_country": row["target_country"],
        "support": row["support"], "reports": row["reports"], "outlets": row["outlets"],
        "first_reported": row["first_reported"], "documents": list(sources), "evidence": evidence,
        "sources": list(sources.values()),
        # the per-report timeline's keys, so readers of either shape find them
        "doc_id": row["first_doc_id"], "doc_title": first.get("title"),
        "stories": sorted({m["story_id"] for m in members if m["story_id"] is not None}),
    }


def figure_series(con: duckdb.DuckDBPyConnection, story: int | None, category: str | None = None,
                  ) -> list[dict[str, Any]]:
    """A story's reported figures over time (e.g. the death toll), each value with its sources and as-of date.

    The as-of date is the figure's own date when the text gives one, else its
    document's date. The same value on the same day from copies is one entry.
    With `story` None: every story's series at once (one query), each entry
    keyed by its story as well and carrying it as "story".
    """
    series: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
    for row in tables.story_figures(con, story, category):
        as_of = row["as_of"] or row["doc_date"]
        key = (row["category"], row["subject"], row["value"], row["value_max"], as_of)
        if story is None:
            key = (row["story_id"], *key)
        entry = series.setdefault(key, {
            "as_of": as_of, "as_of_given": row["as_of"] is not None, "category": row["category"],
            "value": row["value"], "value_max": row["value_max"], "qualifier": row["qualifier"],
            "subject": row["subject"], "attributed_to": row["attributed_to"], "source_name": row["source_name"],
            "text": row["text"], "sources": []})
        if story is None:
            entry["story"] = row["story_id"]
        if not entry["attributed_to"] and row["attributed_to"]:
            entry.update(attributed_to=row["attributed_to"], source_name=row["source_name"])
        entry["sources"].append({"doc_id": row["doc_id"], "outlet": row["outlet"], "title": row["doc_title"],
                                 "date": row["doc_date"], "start": row["start_char"], "end": row["end_char"]})
    return sorted(series.values(), key=lambda e: (e["as_of"] or date.max, e["value"]))


def quote_feed(con: duckdb.DuckDBPyConnection, story: int) -> list[dict[str, Any]]:
    """A story's quotes grouped by speaker (most quoted first), each speaker's quotes in date order."""
    speakers: dict[str, dict[str, Any]] = {}
    for row in tables.story_quotes(con, story):
        who = row["speaker"] or row["speaker_text"] or "?"
        speaker = speakers.setdefault(who, {"speaker": row["speaker"], "speaker_name": row["speaker_name"]
                                            or row["speaker_text"], "quotes": []})
        text = " ".join((row["text"] or "").split())
        same = next((q for q in speaker["quotes"] if q["text"] == text), None)
        source = {"doc_id": row["doc_id"], "outlet": row["outlet"], "title": row["doc_title"],
                  "start": row["start_char"], "end": row["end_char"]}
        if same is not None:
            same["sources"].append(source)
            continue
        speaker["quotes"].append({"date": row["date"], "kind": row["kind"], "text": text, "sources": [source]})
    return sorted(speakers.values(), key=lambda s: (-len(s["quotes"]), s["speaker_name"] or ""))
