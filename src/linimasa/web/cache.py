"""A response cache for the read API: answers are kept per data version and refreshed in the background.

The data behind every GET /api/* answer changes only when documents are stored
(ingest, POST /api/documents, an in-process watcher) and when the corpus update
that follows links them into stories and merged events. Each of those adds rows
to at least one of VERSION_TABLES, so their row counts are a version of the data.
Timeline answers are large JSON documents (2 MB for 200 merged events with their
evidence); re-encoding them per request capped the server near 33 requests/s in
scripts/load_test.py, so repeated views are served from here.

Stale while revalidate. With a version alone, every write made every answer
cold at once: under an ingest (a POST every few seconds) most reads missed and
waited for their query, p99 1.8 s with 50 clients. Now an answer made under an
older version is still served ("stale") while it is younger than `max_stale`
seconds, and one background refresh at a time recomputes it; an answer older
than that is recomputed before it is served. So a write is visible to every read
that starts more than `max_stale` seconds after it, plus at most VERSION_TTL for
a write this process's API did not make itself (a watcher); a POST expires the
version at once. `max_stale=0` gives read-after-write.

MAX_ENTRIES and MAX_BYTES bound memory: the least recently used answer goes first.

`FreshHits` answers a GET whose cached answer is of the current version before
the app's own middleware (issue 20). Each of FastAPI's `@app.middleware` layers
costs ~0.1 ms of the one Python process per request; a hit through them took
0.20 ms of CPU, from here 0.005 ms, so under 50 clients with no think time
the server spends its time on misses and writes, not on the stack.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.datastructures import QueryParams

# Every stored document adds a `documents` row; its corpus update adds rows to the
# others. A count that grows is a new version.
VERSION_TABLES = ("documents", "corpus_documents", "merged_event_members", "stories")
MAX_ENTRIES = 512
MAX_BYTES = 256 * 1024 * 1024
# Answers larger than this are not kept (they would push out many small ones).
MAX_ENTRY_BYTES = 16 * 1024 * 1024
# How long a counted version is trusted: counting costs ~2 ms, per request that was
# a tenth of the server's time at 85 requests/s.
VERSION_TTL = 0.5
# Default for how long a superseded answer may still be served while it is refreshed.
MAX_STALE = 5.0


@dataclass(frozen=True, slots=True)
class Cached:
    body: bytes
    media_type: str
    version: tuple[int, ...] = ()
    made: float = 0.0  # time.monotonic() when the version it was made under was read


def data_version(con) -> tuple[int, ...]:
    """Row counts of VERSION_TABLES (tables missing in an old database count as -1)."""
    present = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    parts = [f"(SELECT count(*) FROM {t})" if t in present else "-1" for t in VERSION_TABLES]
    return tuple(con.execute("SELECT " + ", ".join(parts)).fetchone())


class DataVersion:
    """The data version, counted at most once per `ttl` seconds unless expired by a write."""

    def __init__(self, ttl: float = VERSION_TTL):
        self.ttl = ttl
        self._value: tuple[int, ...] | None = None
        self._at = float("-inf")
        # version -> when a count last found it (the count's start): an answer of that version
        # holds every write committed before then, however long ago it was made.
        self._seen: OrderedDict[tuple[int, ...], float] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self) -> tuple[int, ...] | None:
        """The version if it was counted within `ttl`, else None (then call `current`)."""
        with self._lock:
            return self._value if time.monotonic() - self._at < self.ttl else None

    def current(self, con) -> tuple[int, ...]:
        found = self.peek()
        if found is not None:
            return found
        started = time.monotonic()
        return self.observe(data_version(con), started)

    def observe(self, value: tuple[int, ...], at: float) -> tuple[int, ...]:
        """Record a version counted at `at` (also by a snapshot reading in its own transaction)."""
        with self._lock:
            self._value, self._at = value, at
            self._seen[value] = max(at, self._seen.get(value, at))
            self._seen.move_to_end(value)
            while len(self._seen) > 64:
                self._seen.popitem(last=False)
        return value

    def fresh_as_of(self, version: tuple[int, ...], made: float) -> float:
        """Until when an answer made at `made` under `version` is known to hold every committed write."""
        with self._lock:
            return max(made, self._seen.get(version, made))

    def expire(self) -> None:
        """After a write: count again on the next request."""
        with self._lock:
            self._at = float("-inf")

    def recount(self, con) -> None:
        """After a write, by the writer: count now, so the readers that follow need not.

        With only `expire`, every request arriving before the first count came
        back counted too: up to one per threadpool thread at once after each
        POST. If counting fails the version stays expired for the next request.
        """
        self.expire()
        try:
            started = time.monotonic()
            self.observe(data_version(con), started)
        except Exception:  # noqa: BLE001 - the next request counts
            pass


class ResponseCache:
    """LRU of encoded answers keyed by (path, query), each with the version it was made under; thread-safe."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, Cached] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Cached | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: tuple, value: Cached) -> None:
        if len(value.body) > MAX_ENTRY_BYTES:
            return
        with self._lock:
            old = self._entries.get(key)
            if old is not None and old.made > value.made:
                return  # a slower computation must not replace a newer answer
            if old is not None:
                del self._entries[key]
                self._bytes -= len(old.body)
            self._entries[key] = value
            self._bytes += len(value.body)
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)


def cache_key(scope: dict) -> tuple:
    """The cache key of a request: its path and its query parameters, sorted (the same for every spelling)."""
    return scope["path"], tuple(sorted(QueryParams(scope.get("query_string", b"")).multi_items()))


def cacheable(scope: dict) -> bool:
    """A GET of the API whose answer may be cached (health is always live)."""
    path = scope["path"]
    return scope["method"] == "GET" and path.startswith("/api/") and path != "/api/health"


class FreshHits:
    """ASGI middleware: a cacheable GET whose answer is cached at the current data version is sent from here.

    Everything else (a miss, a stale answer, a refresh, a request with an
    Origin header, which CORS must see) goes on to the app. The version is
    only peeked: when it is older than VERSION_TTL the app counts it.
    `headers` are added to each answer (the app's security headers).
    """

    def __init__(self, app, *, cache: ResponseCache, versions: DataVersion, headers: dict[str, str],
                 skip: str = ""):
        self.app = app
        self.cache = cache
        self.versions = versions
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.skip = skip  # a scope key that marks a request this path must not answer (a background refresh)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and cacheable(scope) and not scope.get(self.skip):
            version = self.versions.peek()
            if version is not None and not any(k == b"origin" for k, _ in scope.get("headers") or ()):
                found = self.cache.get(cache_key(scope))
                if found is not None and found.version == version:
                    headers = [(b"content-type", found.media_type.encode("latin-1")),
                               (b"content-length", str(len(found.body)).encode("latin-1")),
                               (b"x-cache", b"hit"), *self.headers]
                    await send({"type": "http.response.start", "status": 200, "headers": headers})
                    await send({"type": "http.response.body", "body": found.body})
                    return
        await self.app(scope, receive, send)
