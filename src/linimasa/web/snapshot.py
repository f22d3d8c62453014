"""The timeline and event views held in memory, rebuilt once per data version.

`/api/timeline`, `/api/events` and `/api/events/{id}` are most of what the web
page asks for. Answered by SQL, each distinct query cost 25-180 ms on the
10,908-article load database (events?story read every event and filtered in
Python; events/{id} built every merged event of the same actor and type), and
every write made all of them cold again: 241 distinct queries of
scripts/load_test.py took 8.5 s of one core to answer once. The rows behind
them are few (254 merged events, 4,536 reports there), so one snapshot of all
of them, read in one transaction, answers every filter by a scan in Python,
a few milliseconds.

The filters mean what the SQL of `linimasa.store` says: an actor matches by
exact id or as a case-insensitive substring of a name (ILIKE '%actor%'); an
actor holding a LIKE wildcard (%, _ or \\) is left to SQL (`Snapshot.handles`).
Dates: a row is in [date_from, date_to] when it ends on or after date_from and
starts on or before date_to; NULL never matches. The order is the SQL's, kept
from the one full listing.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..corpus.timeline import merged_timeline
from ..document import QUAD_CLASS
from ..store import corpus as tables
from ..store.db import Store
from .cache import DataVersion, data_version

# The per-report fields /api/events returns (see queries.reports).
REPORT_FIELDS = ("doc_id", "idx", "type", "mode", "source", "source_name", "source_country", "target",
                 "target_name", "target_country", "participants", "date", "date_end", "date_precision",
                 "sort_date", "location", "modality", "sentence", "trigger", "start_char", "end_char",
                 "evidence", "confidence", "doc_title", "doc_source", "doc_url")
LIKE_WILDCARDS = ("%", "_", "\\")


def _actor_matches(actor: str, ids: tuple[Any, Any], names: tuple[Any, Any]) -> bool:
    """`id = actor OR name ILIKE '%actor%'` for the source and the target."""
    if actor in ids:
        return True
    wanted = actor.lower()
    return any(name is not None and wanted in name.lower() for name in names)


def _in_range(start: Any, end: Any, date_from: date | None, date_to: date | None) -> bool:
    if date_from is not None and (end is None or end < date_from):
        return False
    if date_to is not None and (start is None or start > date_to):
        return False
    return True


def _has_modality(row: dict[str, Any], modality: str) -> bool:
    if modality == "irrealis":
        return row["modality"] == "irrealis"
    return any(s["modality"] == modality for source in row["sources"] for s in source["sentences"])


@dataclass(frozen=True)
class Snapshot:
    """Every merged event (timeline order) and every report (listing order) at one data version."""

    version: tuple[int, ...]
    merged: list[dict[str, Any]]
    merged_by_id: dict[str, dict[str, Any]]
    reports: list[dict[str, Any]]
    story_documents: dict[int, frozenset[str]]

    @staticmethod
    def handles(actor: str | None) -> bool:
        """False for an actor filter SQL would read as a LIKE pattern (the caller asks SQL then)."""
        return not actor or not any(c in actor for c in LIKE_WILDCARDS)

    def timeline(self, *, story: int | None = None, actor: str | None = None, type: str | None = None,
                 date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
        wanted_type = type.upper() if type else None
        found = []
        for row in self.merged:
            if story is not None and story not in row["stories"]:
                continue
            if actor and not _actor_matches(actor, (row["source"], row["target"]),
                                            (row["source_name"], row["target_name"])):
                continue
            if wanted_type and row["type"] != wanted_type:
                continue
            sort = row["sort_date"]
            end = row["date_end"] if row["date_end"] is not None else sort
            if not _in_range(sort, end, date_from, date_to):
                continue
            if modality and not _has_modality(row, modality):
                continue
            found.append(row)
            if limit and len(found) >= limit:
                break
        return found

    def event(self, event_id: str) -> dict[str, Any] | None:
        return self.merged_by_id.get(event_id)

    def events(self, *, story: int | None = None, actor: str | None = None, type: str | None = None,
               date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        members = self.story_documents.get(story, frozenset()) if story is not None else None
        wanted_type = type.upper() if type else None
        found = []
        for row in self.reports:
            if members is not None and row["doc_id"] not in members:
                continue
            if actor and not _actor_matches(actor, (row["source"], row["target"]),
                                            (row["source_name"], row["target_name"])):
                continue
            if wanted_type and row["type"] != wanted_type:
                continue
            end = row["date_end"] if row["date_end"] is not None else row["date"]
            if not _in_range(row["date"], end, date_from, date_to):
                continue
            if modality and row["modality"] != modality:
                continue
            found.append(row)
            if limit and len(found) >= limit:
                break
        return found


def build(store: Store, version: tuple[int, ...]) -> Snapshot:
    """Read the snapshot from `store` (a reader whose transaction the caller has opened at `version`)."""
    con = store.con
    corpus = tables.has_corpus(con)
    merged = merged_timeline(con) if corpus else []
    for row in merged:
        row["quad_class"] = QUAD_CLASS.get(row["type"])
    reports = []
    for r in store.events():
        row = {k: (list(r[k]) if k == "participants" and r[k] is not None else r[k]) for k in REPORT_FIELDS}
        row["quad_class"] = QUAD_CLASS.get(row["type"])
        reports.append(row)
    stories: dict[int, set[str]] = {}
    if corpus:
        for doc_id, story_id in con.execute(
                "SELECT doc_id, story_id FROM corpus_documents WHERE story_id IS NOT NULL").fetchall():
            stories.setdefault(story_id, set()).add(doc_id)
    return Snapshot(version=version, merged=merged, merged_by_id={r["event_id"]: r for r in merged},
                    reports=reports, story_documents={k: frozenset(v) for k, v in stories.items()})


class Snapshots:
    """The current Snapshot, rebuilt by one thread at a time when the data version has moved on."""

    def __init__(self, versions: DataVersion):
        self.versions = versions
        self._current: Snapshot | None = None
        self._lock = threading.Lock()
        self.builds = 0

    def get(self, reader: Store) -> Snapshot:
        found = self._current
        if found is not None and found.version == self.versions.current(reader.con):
            return found
        with self._lock:  # the others wait for this build rather than making their own
            found = self._current
            if found is not None and found.version == self.versions.current(reader.con):
                return found
            con = reader.con
            con.execute("BEGIN TRANSACTION")  # the version and every row from one committed state
            try:
                version = data_version(con)
                found = build(reader, version)
            finally:
                con.execute("ROLLBACK")
            self._current = found
            self.builds += 1
            self.versions.observe(version)
            return found
