"""The web app: a JSON API over the store and the page that shows it, from one FastAPI process.

Safe defaults, because the database may hold material people do not want
leaked or altered:
- the database is opened read-only unless ingest is enabled with a token;
- `POST /api/documents` needs `Authorization: Bearer <token>`, compared in
  constant time, and its body is refused past `max_body_bytes`;
- no CORS headers unless origins are named; a strict Content-Security-Policy
  (scripts and styles only from this server), so article text can never run;
- every request value reaches SQL as a bound parameter, and no request names
  a file: the database is fixed when the app is created.
The interactive API docs (Swagger UI) are off because they load from a CDN;
the schema is at /openapi.json.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import secrets
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Path as PathParam, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..store.db import Store
from . import queries
from .cache import MAX_STALE, Cached, DataVersion, FreshHits, ResponseCache, cache_key, cacheable
from .ingest import AnalysisWorker, ingest_objects
from .snapshot import Snapshot, Snapshots, _actor_matches

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 5 * 1024 * 1024  # a few hundred articles per request
MAX_DOCUMENTS = 200
SWITCH_INTERVAL = 0.001
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

StoryId = Query(None, ge=1, le=2_147_483_647, description="Story id (from /api/stories).")
Actor = Query(None, min_length=1, max_length=200, description="Actor id or part of a name, e.g. Hamas or ISR.")
Family = Query(False, description="With `actor` naming a state (USA, or a word of a state body's name such as "
                                   "AS), also the events of its whole family: government, White House, armed forces.")
EventType = Query(None, min_length=1, max_length=20, description="PLOVER event type, e.g. ASSAULT.")
DateFrom = Query(None, description="Events ending on or after this date (YYYY-MM-DD).")
DateTo = Query(None, description="Events starting on or before this date (YYYY-MM-DD).")
Modality = Literal["asserted", "planned", "expected", "hypothetical", "reported", "irrealis"]
Limit = Query(None, ge=1, le=10_000, description="At most this many rows.")
DocId = PathParam(..., min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_.-]+$")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    read_only: bool
    ingest: bool
    documents: int
    events: int
    stories: int


class DocumentIn(BaseModel):
    """One article, the same fields as a line of a .jsonl input."""

    text: str = Field(..., description="The article text.")
    title: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD or D/M/YYYY.")
    source: str | None = Field(None, description="The outlet.")
    url: str | None = None
    id: str | None = Field(None, description="Your own id, kept as metadata.")


class IngestRequest(BaseModel):
    documents: list[DocumentIn] = Field(..., min_length=1, max_length=MAX_DOCUMENTS)


class IngestItem(BaseModel):
    index: int
    status: Literal["new", "unchanged", "error"]
    doc_id: str | None = None
    code: str | None = None
    message: str | None = None


class IngestResponse(BaseModel):
    new: int
    unchanged: int
    failed: int
    results: list[IngestItem]


class Database:
    """The app's database: one DuckDB instance, a cursor per request for reads, one lock for writes.

    A DuckDB connection serves one call at a time, but cursors of one
    connection are separate connections to the same database: each request
    borrows its own from a pool, so reads run in parallel and, DuckDB being
    MVCC, see the last committed state while an ingest writes. With a single
    lock around everything, a POST /api/documents (analysis and corpus update,
    seconds) held up every read: p99 2 s in scripts/load_test.py --ingest.
    The pool is not per thread: FastAPI may run a dependency and its endpoint
    on different threads.
    """

    def __init__(self, path: str | Path, *, writable: bool):
        self.writable = writable
        self.store = Store(path, read_only=not writable)
        self.lock = threading.Lock()
        self._readers: queue.SimpleQueue[Store] = queue.SimpleQueue()

    @contextmanager
    def use(self) -> Iterator[Store]:
        """A Store for reading, on a cursor no other request holds."""
        try:
            reader = self._readers.get_nowait()
        except queue.Empty:
            reader = Store.__new__(Store)  # same path, a cursor instead of a new connection (no migrations)
            reader.path = self.store.path
            reader.con = self.store.con.cursor()
        try:
            yield reader
        finally:
            self._readers.put(reader)

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The one writing Store; writes are serialised (DuckDB has one writer)."""
        with self.lock:
            yield self.store


class BodyLimit:
    """ASGI middleware refusing request bodies over `limit` bytes (413), by header and by bytes read."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await self._refuse(send)
        seen = 0
        started = refused = False

        async def guarded_send(message):
            nonlocal started
            if refused:  # the 413 is sent; what the app answers to the cut body is dropped
                return
            started = True
            await send(message)

        async def counted():
            # A chunked body has no content-length: it is counted as it arrives. Raising
            # here gave 400, since FastAPI turns any error while reading the body into
            # "There was an error parsing the body" (issue 20); so the 413 is sent from
            # here, and the app sees the client gone.
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit and not started:
                    refused = True
                    await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        try:
            return await self.app(scope, counted, guarded_send)
        except Exception:
            if refused:  # the app failed on the cut body; the 413 is already sent
                return None
            raise

    async def _refuse(self, send):
        response = JSONResponse({"detail": f"request body over {self.limit} bytes"}, status_code=413)
        await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})


# A scope key only the app sets (a client cannot): this GET is a background refresh of a cached answer.
REFRESH = "linimasa.refresh"
# Set by an endpoint answering from the snapshot: (version, made) of the data its answer holds.
DATA = "linimasa.data"
SNAPSHOT_PATHS = ("/api/timeline", "/api/events")
REFRESH_WORKERS = 4  # stale answers recomputed at once (Refresher)
_REFRESH_SCOPE = ("type", "asgi", "http_version", "method", "scheme", "server", "client", "root_path", "path",
                  "raw_path", "query_string")


class Refresher:
    """Recomputes stale cached answers in the background of the event loop, `workers` at a time.

    A few at a time, so refreshing takes at most a few requests' worth of the
    machine from the readers; each key is queued once however often its stale
    answer is served. One at a time, refreshing the ~250 answers of the load
    test after each POST takes seconds on a loaded machine, and an answer not
    refreshed within `max_stale` is recomputed as a miss while the reader waits
    (issue 20: 1,692 misses in 60 s with 9 POSTs, ~300 of them the cold start;
    how many came from slow refreshes was not measured apart).
    """

    def __init__(self, app, workers: int = REFRESH_WORKERS):
        self.app = app
        self.workers = workers
        self.pending: OrderedDict[tuple, dict] = OrderedDict()
        self.running: set[tuple] = set()
        self._tasks: list[asyncio.Task] = []
        self.done = 0

    def schedule(self, key: tuple, scope: dict) -> None:
        if key not in self.pending and key not in self.running:
            self.pending[key] = {**{k: scope[k] for k in _REFRESH_SCOPE if k in scope}, "headers": [], REFRESH: True}
        loop = asyncio.get_running_loop()
        self._tasks = [t for t in self._tasks if not t.done() and t.get_loop() is loop]
        while self.pending and len(self._tasks) < self.workers:
            self._tasks.append(loop.create_task(self._run()))

    async def _run(self) -> None:
        while self.pending:
            key, scope = self.pending.popitem(last=False)
            self.running.add(key)
            try:
                await self.app(dict(scope), _empty_body, _discard)
                self.done += 1
            except Exception:  # noqa: BLE001 - a failed refresh leaves the stale answer to expire
                log.exception("refreshing %s failed", scope.get("path"))
            finally:
                self.running.discard(key)


async def _empty_body() -> dict:
    return {"type": "http.request", "body": b"", "more_body": False}


async def _discard(message: dict) -> None:
    return None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("linimasa")
    except PackageNotFoundError:
        return "0"


def create_app(db: str | Path, *, allow_ingest: bool = False, token: str | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY, cors_origins: tuple[str, ...] = (),
               analyzer=None, writable: bool = False, max_stale: float = MAX_STALE) -> FastAPI:
    """The app over database `db`; writes only when `allow_ingest` and a non-empty `token` are given.

    A read may be answered from data up to `max_stale` seconds old while a fresh
    answer is computed (web/cache.py); 0 makes every read see every earlier write.
    """
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token")
    # `writable` without `allow_ingest`: an in-process watcher writes (serve --watch), the API still does not
    database = Database(db, writable=allow_ingest or writable)
    app = FastAPI(title="linimasa", version=_version(), docs_url=None, redoc_url=None,
                  description="Source-linked timelines of Indonesian news: stories, merged events with their "
                              "evidence, actors, quotes and figures. Dates are ISO 8601.")
    app.state.database = database
    # Without a given analyzer (tests give theirs), analysis runs in a worker process started now, so its
    # 2.5 s start-up and the corpus update's imports are done before the first POST (web/ingest.py).
    app.state.analyzer = analyzer if analyzer is not None or not allow_ingest else AnalysisWorker()
    app.add_middleware(BodyLimit, limit=max_body_bytes)

    cache = ResponseCache()
    versions = DataVersion()
    snapshots = Snapshots(versions, database.use)
    refresher = Refresher(app)
    if allow_ingest or writable:
        # Writes run Python for seconds (the corpus update) in this process; a read waiting for the GIL
        # gets it after at most this long (the default 5 ms made cold reads wait 0.5-1 s behind one).
        sys.setswitchinterval(SWITCH_INTERVAL)
    if allow_ingest or writable:
        # A server killed during a POST (or a CLI ingest killed between its two transactions) left
        # stored documents outside the corpus tables; only a CLI ingest finished them (issue 20).
        from ..batch import finish_interrupted_corpus_update

        with database.write() as writer:
            finish_interrupted_corpus_update(writer)
    with database.use() as reader:  # built before the first request, not by fifty of them at once
        snapshots.get(reader)
    if allow_ingest:
        # The first POST would otherwise load the corpus state and the encoder while readers wait.
        from ..corpus.update import warm

        with database.write() as writer:
            log.info("corpus state and encoder loaded in %.1f s", warm(writer))
    app.state.cache, app.state.versions, app.state.snapshots, app.state.refresher = cache, versions, snapshots, refresher

    async def version_now() -> tuple[int, ...]:
        found = versions.peek()
        if found is not None:
            return found

        def count() -> tuple[int, ...]:
            with database.use() as reader:
                return versions.current(reader.con)

        return await run_in_threadpool(count)

    @app.middleware("http")
    async def cached_reads(request: Request, call_next):
        """Serve a GET /api/* answer from the cache: fresh, or stale while it is refreshed (web/cache.py)."""
        if not cacheable(request.scope):
            return await call_next(request)
        path, key = request.scope["path"], cache_key(request.scope)
        refreshing = bool(request.scope.get(REFRESH))
        version = await version_now()
        made = time.monotonic()  # the answer computed below holds every write committed before now
        if not refreshing:
            found = cache.get(key)
            if found is not None and found.version == version:
                return Response(content=found.body, media_type=found.media_type, headers={"X-Cache": "hit"})
            if found is not None and made - versions.fresh_as_of(found.version, found.made) < max_stale:
                latest = snapshots.latest() if path.startswith(SNAPSHOT_PATHS) else None
                if latest is not None and found.made >= latest.made:
                    snapshots.rebuild_soon(version)  # a refresh would give the same answer until then
                else:
                    refresher.schedule(key, request.scope)
                return Response(content=found.body, media_type=found.media_type, headers={"X-Cache": "stale"})
        response = await call_next(request)
        if response.status_code != 200:
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        media_type = response.headers.get("content-type", "application/json")
        version, made = request.scope.get(DATA) or (version, made)
        cache.put(key, Cached(body, media_type, version, made))
        return Response(content=body, status_code=200, media_type=media_type,
                        headers={"X-Cache": "refresh" if refreshing else "miss"})

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    # Added last, so outside the two above: a fresh hit skips them (web/cache.py); CORS outside everything,
    # so cached answers get its headers too (inside the cache they were missing from hits).
    app.add_middleware(FreshHits, cache=cache, versions=versions, headers=SECURITY_HEADERS, skip=REFRESH)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"],
                           allow_headers=[])

    def store() -> Iterator[Store]:
        with database.use() as opened:
            yield opened

    def snapshot(request: Request, s: Store) -> Snapshot:
        """The snapshot to answer from: no older than `max_stale` seconds; labels the answer with its data."""
        found = snapshots.get(s, not_before=time.monotonic() - max_stale)
        request.scope[DATA] = (found.version, found.made)
        return found

    def found(value: Any, what: str) -> Any:
        if value is None:
            raise HTTPException(404, f"{what} not found")
        return value

    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health(s: Store = Depends(store)) -> dict[str, Any]:
        """Liveness and what the database holds."""
        return {"status": "ok", "version": app.version, "read_only": not database.writable,
                "ingest": allow_ingest, **queries.health(s.con)}

    @app.get("/api/vocabulary", tags=["meta"])
    def vocabulary() -> dict[str, Any]:
        """The words the app shows for codes: each PLOVER type's name, verb and quad class, in Indonesian and
        English (resources/id/event_type_labels.yaml, the file the CLI and the exports read)."""
        return queries.vocabulary()

    @app.get("/api/stories", tags=["stories"])
    def list_stories(s: Store = Depends(store)) -> list[dict[str, Any]]:
        """Stories, largest first: label, documents, merged events, first and last date, top actors."""
        return queries.stories(s.con)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: int = PathParam(..., ge=1, le=2_147_483_647),
                  s: Store = Depends(store)) -> dict[str, Any]:
        """One story."""
        return found(queries.story(s.con, story_id), "story")

    def _family_rows(rows, actor: str, members: set[str], limit: int | None) -> list[dict[str, Any]]:
        """The rows the plain actor filter keeps, and those of any member of the actor's state family."""
        kept = (r for r in rows if r["source"] in members or r["target"] in members
                or _actor_matches(actor, (r["source"], r["target"]), (r["source_name"], r["target_name"])))
        return list(islice(kept, limit)) if limit else list(kept)

    @app.get("/api/timeline", tags=["events"])
    def get_timeline(story: int | None = StoryId, actor: str | None = Actor, type: str | None = EventType,
                     date_from: date | None = DateFrom, date_to: date | None = DateTo,
                     modality: Modality | None = None, limit: int | None = Limit,
                     family: bool = Family,
                     s: Store = Depends(store), request: Request = None) -> list[dict[str, Any]]:
        """Merged events in date order (one per real event), each with its supporting sources and evidence.

        `precision` says how exactly the date is known (day, week, month, year, unknown); an event with no
        date of its own is placed at `sort_date`, its first report. `quad_class` is the PLOVER quad class.
        """
        if Snapshot.handles(actor):
            found = snapshot(request, s)
            if family and actor and (members := set(queries.family_members(s.con, actor))):
                rows = found.timeline(story=story, type=type, date_from=date_from, date_to=date_to, modality=modality)
                return _json(found.encode(_family_rows(rows, actor, members, limit)))
            return _json(found.encode(found.timeline(story=story, actor=actor, type=type, date_from=date_from,
                                                     date_to=date_to, modality=modality, limit=limit)))
        return queries.timeline(s.con, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to,
                                modality=modality, limit=limit)

    @app.get("/api/events", tags=["events"])
    def get_events(story: int | None = StoryId, actor: str | None = Actor, type: str | None = EventType,
                   date_from: date | None = DateFrom, date_to: date | None = DateTo,
                   modality: Modality | None = None, limit: int | None = Limit,
                   family: bool = Family,
                   s: Store = Depends(store), request: Request = None) -> list[dict[str, Any]]:
        """Per-document events (one row per report), with the evidence sentence and its offsets."""
        if Snapshot.handles(actor):
            found = snapshot(request, s)
            if family and actor and (members := set(queries.family_members(s.con, actor))):
                rows = found.events(story=story, type=type, date_from=date_from, date_to=date_to, modality=modality)
                return _json(found.encode(_family_rows(rows, actor, members, limit)))
            return _json(found.encode(found.events(story=story, actor=actor, type=type, date_from=date_from,
                                                   date_to=date_to, modality=modality, limit=limit)))
        return queries.reports(s, story=story, actor=actor, type=type, date_from=date_from, date_to=date_to,
                               modality=modality, limit=limit)

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str = PathParam(..., min_length=1, max_length=64, pattern=r"^[0-9a-f]+$"),
                  s: Store = Depends(store), request: Request = None) -> dict[str, Any]:
        """One merged event with every supporting source and sentence."""
        current = snapshot(request, s)
        return _json(current.encode(found(current.event(event_id), "event")))

    @app.get("/api/network", tags=["actors"])
    def get_network(story: int | None = StoryId, date_from: date | None = DateFrom, date_to: date | None = DateTo,
                    max_nodes: int = Query(50, ge=1, le=500, description="Keep the most active actors."),
                    families: bool = Query(False, description="One node per state family (USA.GOV, USA.WH -> "
                                                              "USA), its actor ids in `parts`."),
                    s: Store = Depends(store)) -> dict[str, Any]:
        """The actor network: nodes are actors, directed edges count merged events by type. With `families`,
        each node's `part_names` are the names of its `parts`, in the same order, for labels people read."""
        from ..export.network import actor_network

        if not queries.has_corpus(s.con):
            return {"nodes": [], "edges": []}
        network = actor_network(s.con, story=story, date_from=date_from, date_to=date_to,
                                max_nodes=max_nodes, families=families).as_dict()
        if families:
            names = queries.actor_names(s.con, [p for node in network["nodes"] for p in node["parts"]])
            for node in network["nodes"]:
                node["part_names"] = [names.get(p) or p for p in node["parts"]]
        return network

    @app.get("/api/places", tags=["places"])
    def get_places(story: int | None = StoryId, s: Store = Depends(store)) -> dict[str, Any]:
        """The story's merged events grouped by place, for the map (issue 21): `places[]` with `lat`, `lon`,
        `support` (sum over its events), `quad_class` (most support) and `events[]`; `unplaced` counts the rest."""
        from .places import story_places

        return story_places(s.con, story=story)

    @app.get("/api/actors", tags=["actors"])
    def get_actors(story: int | None = StoryId,
                   q: str | None = Query(None, min_length=1, max_length=200, description="Part of a name or id."),
                   limit: int = Query(200, ge=1, le=10_000), s: Store = Depends(store)) -> list[dict[str, Any]]:
        """Actors with the number of merged events they take part in, most active first."""
        return queries.actors(s.con, story=story, q=q, limit=limit)

    @app.get("/api/quotes", tags=["quotes"])
    def get_quotes(story: int | None = StoryId,
                   speaker: str | None = Query(None, min_length=1, max_length=200,
                                               description="Speaker id or part of a name."),
                   s: Store = Depends(store)) -> list[dict[str, Any]]:
        """Quotes grouped by speaker, most quoted first, each quote with its sources."""
        return queries.quotes(s, story=story, speaker=speaker)

    @app.get("/api/figures", tags=["figures"])
    def get_figures(story: int | None = StoryId,
                    category: str | None = Query(None, min_length=1, max_length=20,
                                                 description="killed, injured, hostages, detained, displaced, "
                                                             "people, money or other."),
                    s: Store = Depends(store)) -> list[dict[str, Any]]:
        """A figure series over time (e.g. the death toll), each value with its as-of date and sources."""
        return queries.figures(s.con, story=story, category=category)

    @app.get("/api/documents", tags=["documents"])
    def list_documents(story: int | None = StoryId, limit: int = Query(100, ge=1, le=10_000),
                       offset: int = Query(0, ge=0, le=100_000_000),
                       s: Store = Depends(store)) -> list[dict[str, Any]]:
        """Stored documents by date: title, outlet, URL, length and number of events."""
        return queries.documents(s.con, story=story, limit=limit, offset=offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def get_document(doc_id: str = DocId, s: Store = Depends(store)) -> dict[str, Any]:
        """A document's text with the spans to highlight (character offsets into `text`).

        `events[]` give each event's sentence (`sentence_start`, `sentence_end`) and its own words
        (`start`, `end`); `quotes[]`, `figures[]` and `mentions[]` give theirs.
        """
        return found(queries.document(s.con, doc_id), "document")

    @app.get("/api/search", tags=["search"])
    def get_search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=500),
                   s: Store = Depends(store)) -> dict[str, list[dict[str, Any]]]:
        """Documents, actors and events whose text contains `q` (case-insensitive)."""
        return queries.search(s.con, q, limit=limit)

    @app.post("/api/documents", response_model=IngestResponse, tags=["documents"],
              responses={401: {"description": "Missing or wrong token"},
                         403: {"description": "The server was started without --allow-ingest"},
                         413: {"description": "Request body too large"}})
    def post_documents(body: IngestRequest, authorization: str | None = Header(None)) -> dict[str, Any]:
        """Analyse and store documents (needs `--allow-ingest` and `Authorization: Bearer <token>`).

        Each document gets a result: `new`, `unchanged` (already stored) or `error` with a code and message;
        one bad document does not stop the others.
        """
        if not allow_ingest:
            raise HTTPException(403, "ingest is disabled on this server")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})
        objects = [d.model_dump(exclude_none=True) for d in body.documents]
        with database.write() as s:
            try:
                results = ingest_objects(objects, s, app.state.analyzer)
            except Exception:
                # Documents of this POST may be stored without their corpus update: finish it now.
                from ..batch import finish_interrupted_corpus_update

                try:
                    finish_interrupted_corpus_update(s)
                except Exception:  # noqa: BLE001 - the next start or ingest finishes it
                    log.exception("finishing the corpus update after a failed POST failed")
                raise
            finally:
                versions.recount(s.con)  # counted here, not by every read at once: seen at once or within max_stale
        counts = {status: sum(r.status == status for r in results) for status in ("new", "unchanged", "error")}
        if counts["new"]:
            try:  # the new documents' views are shaped here, not by the next readers (web/snapshot.py)
                snapshots.rebuild_now()
            except Exception:  # noqa: BLE001 - the documents are stored; the next read builds it
                log.exception("building the timeline snapshot after a POST failed")
        return {"new": counts["new"], "unchanged": counts["unchanged"], "failed": counts["error"],
                "results": [_item(r) for r in results]}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _json(body: bytes) -> Response:
    return Response(content=body, media_type="application/json")


def _item(result) -> dict[str, Any]:
    return {"index": result.index, "status": result.status, "doc_id": result.doc_id, "code": result.code,
            "message": result.message}
