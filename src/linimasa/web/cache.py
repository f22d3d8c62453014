"""A response cache for the read API, invalidated by any write.

The data behind every GET /api/* answer changes only when documents are stored
(ingest, POST /api/documents, an in-process watcher) and when the corpus update
that follows links them into stories and merged events. Each of those adds rows
to at least one of VERSION_TABLES, so their row counts are a version of the data:
a cached answer is served only while the version it was made under still holds.
Timeline answers are large JSON documents (2 MB for 200 merged events with their
evidence); re-encoding them per request capped the server near 33 requests/s in
scripts/load_test.py, so repeated views are served from here.

MAX_ENTRIES and MAX_BYTES bound memory: the least recently used answer goes first.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

# Every stored document adds a `documents` row; its corpus update adds rows to the
# others. A count that grows is a new version.
VERSION_TABLES = ("documents", "corpus_documents", "merged_event_members", "stories")
MAX_ENTRIES = 512
MAX_BYTES = 256 * 1024 * 1024
# Answers larger than this are not kept (they would push out many small ones).
MAX_ENTRY_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Cached:
    body: bytes
    media_type: str


def data_version(con) -> tuple[int, ...]:
    """Row counts of VERSION_TABLES (tables missing in an old database count as -1)."""
    present = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    parts = [f"(SELECT count(*) FROM {t})" if t in present else "-1" for t in VERSION_TABLES]
    return tuple(con.execute("SELECT " + ", ".join(parts)).fetchone())


class ResponseCache:
    """LRU of encoded answers keyed by (path, query, data version); safe across threads."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, Cached] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Cached | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple, value: Cached) -> None:
        if len(value.body) > MAX_ENTRY_BYTES:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._entries[key] = value
            self._bytes += len(value.body)
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)
