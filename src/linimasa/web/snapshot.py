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
actor holding a LIKE wildcard (%, _ or \\) is left to SQL (`Snapshot.handles`),
which takes it literally (`store/like.py`).
Dates: a row is in [date_from, date_to] when it ends on or after date_from and
starts on or before date_to; NULL never matches. The order is the SQL's, kept
from the one full listing.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from itertools import islice
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..corpus.timeline import merged_timeline
from ..store import corpus as tables
from ..store.db import Store
from ..store.places import with_merged_places, with_report_places
from .cache import DataVersion, data_version
from .queries import _has_modality, _quad_rows, report_row

LIKE_WILDCARDS = ("%", "_", "\\")
# Rebuild the snapshot at most this often (seconds) while writes go on. Each
# rebuild was a fifth of the server's Python time under the load test's ingest
# at 2 s (py-spy); at 4 s the 60 s test's p99 while ingesting fell from
# 312-333 ms to 175-213 ms. It stays below MAX_STALE (web/cache.py), so a
# reader rarely has to wait for a build of its own.
REBUILD_INTERVAL = 4.0

log = logging.getLogger(__name__)


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


def _matches(row: dict[str, Any], start: Any, actor: str | None, wanted_type: str | None,
             date_from: date | None, date_to: date | None) -> bool:
    """The filters the timeline and the per-report events share; `start` is the row's date to range on."""
    if actor and not _actor_matches(actor, (row["source"], row["target"]), (row["source_name"], row["target_name"])):
        return False
    if wanted_type and row["type"] != wanted_type:
        return False
    end = row["date_end"] if row["date_end"] is not None else start
    return _in_range(start, end, date_from, date_to)


def _first(limit: int | None, rows: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first `limit` rows (all of them when `limit` is None or 0, as SQL without LIMIT)."""
    return list(islice(rows, limit)) if limit else list(rows)


def _plain(value: Any) -> Any:
    """What FastAPI's jsonable_encoder makes of the values these rows hold."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, (set, frozenset)):
        return list(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def _encode(value: Any) -> bytes:
    """JSON as FastAPI's JSONResponse writes it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                      default=_plain).encode("utf-8")


@dataclass(frozen=True)
class Snapshot:
    """Every merged event (timeline order) and every report (listing order) at one data version.

    Rows are encoded to JSON once per snapshot (`encode`): re-encoding the same
    rows for every answer was most of a refresh's cost.
    """

    version: tuple[int, ...]
    made: float  # time.monotonic() when its transaction began: it holds every write committed before
    merged: list[dict[str, Any]]
    merged_by_id: dict[str, dict[str, Any]]
    reports: list[dict[str, Any]]
    story_documents: dict[int, frozenset[str]]
    _encoded: dict[int, bytes] = field(default_factory=dict, compare=False, repr=False)

    def encode(self, rows: list[dict[str, Any]] | dict[str, Any]) -> bytes:
        """The JSON of a row or list of rows of this snapshot, each row encoded once."""
        if isinstance(rows, dict):
            return self._row(rows)
        return b"[" + b",".join(self._row(row) for row in rows) + b"]"

    def _row(self, row: dict[str, Any]) -> bytes:
        found = self._encoded.get(id(row))  # rows live as long as the snapshot: ids are not reused
        if found is None:
            found = self._encoded[id(row)] = _encode(row)
        return found

    @staticmethod
    def handles(actor: str | None) -> bool:
        """False for an actor filter SQL would read as a LIKE pattern (the caller asks SQL then)."""
        return not actor or not any(c in actor for c in LIKE_WILDCARDS)

    def timeline(self, *, story: int | None = None, actor: str | None = None, type: str | None = None,
                 date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
        wanted_type = type.upper() if type else None
        return _first(limit, (
            row for row in self.merged
            if (story is None or story in row["stories"])
            and _matches(row, row["sort_date"], actor, wanted_type, date_from, date_to)
            and (not modality or _has_modality(row, modality))))

    def event(self, event_id: str) -> dict[str, Any] | None:
        return self.merged_by_id.get(event_id)

    def events(self, *, story: int | None = None, actor: str | None = None, type: str | None = None,
               date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        members = self.story_documents.get(story, frozenset()) if story is not None else None
        wanted_type = type.upper() if type else None
        return _first(limit, (
            row for row in self.reports
            if (members is None or row["doc_id"] in members)
            and _matches(row, row["date"], actor, wanted_type, date_from, date_to)
            and (not modality or row["modality"] == modality)))


def build(store: Store, version: tuple[int, ...], made: float) -> Snapshot:
    """Read the snapshot from `store` (a reader whose transaction the caller has opened at `version`)."""
    con = store.con
    corpus = tables.has_corpus(con)
    merged = with_merged_places(con, _quad_rows(merged_timeline(con))) if corpus else []
    reports = with_report_places(con, [report_row(r) for r in store.events()])
    stories: dict[int, set[str]] = {}
    if corpus:
        for doc_id, story_id in con.execute(
                "SELECT doc_id, story_id FROM corpus_documents WHERE story_id IS NOT NULL").fetchall():
            stories.setdefault(story_id, set()).add(doc_id)
    return Snapshot(version=version, made=made, merged=merged, merged_by_id={r["event_id"]: r for r in merged},
                    reports=reports, story_documents={k: frozenset(v) for k, v in stories.items()})


class Snapshots:
    """The current Snapshot, rebuilt in one thread at a time, at most every `rebuild_interval` seconds.

    Under an ingest the data version moves on every second or so (a POST commits
    its documents, then its corpus update): rebuilding at each version took 45%
    of the server's Python time in the load test. A snapshot may lag the data by
    up to `rebuild_interval` (plus its build); `get(not_before=...)` still never
    answers from one made before `not_before`, which is how web/cache.py keeps
    its `max_stale` bound.
    """

    def __init__(self, versions: DataVersion, open_reader: Callable[[], ContextManager[Store]],
                 rebuild_interval: float = REBUILD_INTERVAL):
        self.versions = versions
        self.open_reader = open_reader
        self.rebuild_interval = rebuild_interval
        self._current: Snapshot | None = None
        self._lock = threading.Lock()
        self._building = False

    def latest(self) -> Snapshot | None:
        return self._current

    def get(self, reader: Store, not_before: float = float("inf")) -> Snapshot:
        """The current snapshot if it is of the current version or made at or after `not_before`, else a new one."""
        found = self._current
        if found is not None:
            version = self.versions.current(reader.con)
            if found.version == version:
                return found
            self.rebuild_soon(version)
            if self.versions.fresh_as_of(found.version, found.made) >= not_before:
                return found
        with self._lock:  # wait for a running build rather than make a second one
            found = self._current
            if found is not None and (found.version == self.versions.current(reader.con)
                                      or self.versions.fresh_as_of(found.version, found.made) >= not_before):
                return found
            return self._build(reader)

    def rebuild_soon(self, version: tuple[int, ...]) -> None:
        """Start a background build if the snapshot is not of `version` and the last build is old enough."""
        found = self._current
        if found is None or found.version == version or self._building:
            return
        if time.monotonic() - found.made < self.rebuild_interval:
            return
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._background, name="linimasa-snapshot", daemon=True).start()

    def rebuild_now(self) -> Snapshot:
        """Build a snapshot of the committed data in the calling thread: a writer's, after its commit.

        A POST ends with this (issue 20), so the views of its documents are
        shaped before readers ask: a reader builds one only when no writer or
        background build has since the `max_stale` bound began (a watcher's write,
        a POST still running its corpus update after its documents' commit).
        """
        with self._lock, self.open_reader() as reader:
            return self._build(reader)

    def _background(self) -> None:
        try:
            with self._lock, self.open_reader() as reader:
                self._build(reader)
        except Exception:  # noqa: BLE001 - the next request builds in its own thread and reports the error
            log.exception("building the timeline snapshot failed")
        finally:
            self._building = False

    def _build(self, reader: Store) -> Snapshot:
        """Build under self._lock."""
        con = reader.con
        made = time.monotonic()
        con.execute("BEGIN TRANSACTION")  # the version and every row from one committed state
        try:
            version = data_version(con)
            found = build(reader, version, made)
        finally:
            con.execute("ROLLBACK")
        self._current = found
        self.versions.observe(version, made)
        return found
