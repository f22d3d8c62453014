"""Watch news sources: poll feeds, sitemaps and pages, fetch new articles, store them as `ingest` does.

A sources file (TOML or YAML) lists what to follow:

    [fetch]                      # optional; see FetchPolicy
    timeout = 15
    host_delay = 1.0

    [[source]]
    name = "contoh-nasional"     # optional; defaults to the URL
    feed = "https://contoh.id/rss/nasional.xml"   # or sitemap = "...", or url/urls = [...]
    outlet = "Kabar Contoh"      # optional; names the outlet of every article
    language = "id"              # optional hint, kept in the document's metadata
    interval = "15m"             # optional; seconds, or "90s", "15m", "2h" (default 15m, at least 60 s)

(YAML: the same keys, the list under `sources:`.)

One poll of a source: the listing is fetched with a conditional GET; URLs it
lists that were never seen are recorded as pending; then every pending URL (and
every failed one under the retry limit) is fetched, its canonical page
preferred over an AMP copy, and the documents go through
`linimasa.batch.ingest_items`, the write path of `linimasa ingest` (analysis,
document store, corpus update). A URL's state is written only after its
document is committed, so a watcher killed at any moment loses nothing and,
with documents keyed by their text, stores nothing twice.

The database is opened for each poll cycle and closed between cycles, so a
`linimasa serve` (which opens it read-only) can read while the watcher sleeps.
"""
from __future__ import annotations

import logging
import re
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import httpx
import yaml

from ..errors import InputError, LinimasaError, StoreError
from ..store.fetch_state import FetchState, Listed
from .feeds import Listing, parse_feed, parse_sitemap
from .fetch import FetchPolicy, Fetcher, PageReader, Response, normalize_url

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 15 * 60.0
# Outlets publish a few articles an hour; polling one feed more often than this is impolite.
MIN_INTERVAL = 60.0
# Documents per ingest batch within one source's poll: one transaction and one corpus update each.
BATCH = 16
MAX_SITEMAP_CHILDREN = 20
# DuckDB lets one process open a file for writing only while no other process has it open at all.
LOCK_RETRY = 2.0
KINDS = ("feed", "sitemap", "page")
# Fetch settings a sources file may change; robots.txt and the User-Agent are not among them.
POLICY_KEYS = ("timeout", "retries", "backoff", "host_delay", "host_cap", "max_bytes", "max_failures")


class SourcesError(LinimasaError):
    pass


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    kind: str  # feed, sitemap or page
    urls: tuple[str, ...]  # the feed or sitemap, or the pages
    outlet: str | None = None
    language: str | None = None
    interval: float = DEFAULT_INTERVAL

    @property
    def location(self) -> str:
        return " ".join(self.urls)


@dataclass(frozen=True, slots=True)
class SourcesFile:
    sources: tuple[Source, ...]
    policy: FetchPolicy = FetchPolicy()


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNIT = {None: 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value, where: str, index: int) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise SourcesError("E502", path=where, index=index, reason=f"interval '{value}' is not e.g. 900, '15m' or '1h'")
        seconds = float(match.group(1)) * _UNIT[match.group(2)]
    if seconds < MIN_INTERVAL:
        log.warning("%s: source %d polls every %g s; using the minimum, %g s", where, index, seconds, MIN_INTERVAL)
        seconds = MIN_INTERVAL
    return seconds


def load_sources(path: str | Path) -> SourcesFile:
    """Read a TOML (.toml) or YAML (.yaml/.yml) sources file; raise SourcesError (E501/E502) when it is wrong."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw) if path.suffix.lower() in (".yaml", ".yml") else tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise SourcesError("E501", path=str(path), reason=str(exc).splitlines()[0]) from exc
    if not isinstance(data, dict):
        raise SourcesError("E501", path=str(path), reason="the top level must be a table/mapping")
    entries = data.get("source", data.get("sources"))
    if not isinstance(entries, list) or not entries:
        raise SourcesError("E501", path=str(path), reason="no [[source]] entries (YAML: a `sources:` list)")
    settings = data.get("fetch") or {}
    unknown = sorted(set(settings) - set(POLICY_KEYS)) if isinstance(settings, dict) else ["(not a table)"]
    if unknown:
        raise SourcesError("E501", path=str(path), reason=f"unknown [fetch] settings {unknown}; known: {list(POLICY_KEYS)}")
    policy = replace(FetchPolicy(), **settings)
    sources = tuple(_source(entry, str(path), index) for index, entry in enumerate(entries, start=1))
    names = [s.name for s in sources]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise SourcesError("E501", path=str(path), reason=f"source names must differ; repeated: {duplicated}")
    return SourcesFile(sources, policy)


def _source(entry, where: str, index: int) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError("E502", path=where, index=index, reason="a source is a table of keys")
    given = [key for key in ("feed", "sitemap", "url", "urls") if entry.get(key)]
    if len(given) != 1:
        raise SourcesError("E502", path=where, index=index, reason="give exactly one of feed, sitemap, url or urls")
    key = given[0]
    raw = entry[key]
    urls = [raw] if isinstance(raw, str) else raw
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise SourcesError("E502", path=where, index=index, reason=f"'{key}' must be a URL or a list of URLs")
    if (key in ("feed", "sitemap")) and len(urls) != 1:
        raise SourcesError("E502", path=where, index=index, reason=f"one {key} per source")
    normalized = []
    for url in urls:
        if not url.lower().startswith(("http://", "https://")):
            raise SourcesError("E502", path=where, index=index, reason=f"'{url}' is not an http(s) URL")
        normalized.append(normalize_url(url))
    kind = "page" if key in ("url", "urls") else key
    allowed = {"name", "outlet", "language", "interval", key}
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise SourcesError("E502", path=where, index=index, reason=f"unknown keys {unknown}")
    return Source(
        name=str(entry.get("name") or normalized[0]), kind=kind, urls=tuple(normalized),
        outlet=entry.get("outlet") or None, language=entry.get("language") or None,
        interval=parse_interval(entry.get("interval", DEFAULT_INTERVAL), where, index))


@dataclass(slots=True)
class SourceReport:
    """What one poll of one source did."""

    source: str
    listing_status: int | None = None
    listing_error: str | None = None
    listed: int = 0
    discovered: int = 0
    new: int = 0
    unchanged: int = 0
    copies: int = 0
    disallowed: int = 0
    deferred: int = 0
    empty: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures) + (1 if self.listing_error else 0)


@dataclass(slots=True)
class _Fetched:
    urls: list[str]  # every URL this document answers for: the listed one, its canonical page, its AMP copy
    doc_url: str
    doc: object


class Watcher:
    """Polls sources into one database. Build once; call `poll` per cycle or `run` for the loop."""

    def __init__(self, db_path: str | Path, *, policy: FetchPolicy = FetchPolicy(), analyzer=None,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep,
                 lock_wait: float = 120.0):
        self.db_path = str(db_path)
        self.lock_wait = lock_wait
        self.policy = policy
        self._analyzer = analyzer
        self.transport = transport
        self.sleep = sleep
        self.reader = PageReader()

    @property
    def analyzer(self):
        if self._analyzer is None:
            from ..analysis import Analyzer
            from ..runtime import tune_gc

            self._analyzer = Analyzer()
            tune_gc()
        return self._analyzer

    # ---- the loop -----------------------------------------------------------

    def run(self, sources: Sequence[Source], *, once: bool = False,
            on_cycle: Callable[[list[SourceReport]], None] | None = None,
            stop: Callable[[], bool] = lambda: False) -> None:
        """Poll every source when due (all of them at once with `once`); sleep between cycles."""
        if once:
            reports = self.poll(sources)
            if on_cycle:
                on_cycle(reports)
            return
        with self._open_store() as store:
            ago = FetchState(store.con).seconds_since_poll([s.name for s in sources])
        now = time.monotonic()
        due = {s.name: now + max(0.0, s.interval - ago[s.name]) if s.name in ago else now for s in sources}
        while not stop():
            now = time.monotonic()
            ready = [s for s in sources if due[s.name] <= now]
            if ready:
                reports = self.poll(ready)
                if on_cycle:
                    on_cycle(reports)
                finished = time.monotonic()
                for source in ready:
                    due[source.name] = finished + source.interval
                continue
            self.sleep(min(max(1.0, min(due.values()) - now), 60.0))

    def poll(self, sources: Iterable[Source]) -> list[SourceReport]:
        """One cycle: each source once, with one Fetcher (robots.txt, host caps) and one database connection."""
        from ..corpus.update import update_corpus

        reports = []
        with self._open_store() as store, Fetcher(self.policy, transport=self.transport, sleep=self.sleep) as fetcher:
            state = FetchState(store.con)
            missing = state.documents_missing_from_corpus()
            if missing:
                # A watcher killed between storing documents and the corpus update: finish that update.
                log.warning("adding %d stored documents the corpus update missed", len(missing))
                update_corpus(store, missing)
            for source in sources:
                reports.append(self._poll_source(source, store, state, fetcher))
        return reports

    def _open_store(self):
        """The database for writing, waiting while another process (e.g. `linimasa serve`) holds its lock."""
        from ..store.db import Store

        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                return Store(self.db_path)
            except StoreError as exc:
                locked = exc.code == "E301" and "lock" in exc.message.lower()
                if not locked or time.monotonic() >= deadline:
                    raise
                log.info("%s is locked by another process; waiting", self.db_path)
                self.sleep(LOCK_RETRY)

    # ---- one source ---------------------------------------------------------

    def _poll_source(self, source: Source, store, state: FetchState, fetcher: Fetcher) -> SourceReport:
        report = SourceReport(source.name)
        if source.kind == "page":
            listed = [Listed(url) for url in source.urls]
        else:
            listed = self._list(source, source.urls[0], state, fetcher, report, depth=0)
        report.listed = len(listed)
        report.discovered = state.discover(source.name, listed)
        self._fetch_pending(source, store, state, fetcher, report)
        state.give_up(self.policy.max_failures)
        state.source_polled(source.name, kind=source.kind, location=source.location, failures=report.failed,
                            documents=report.new, status=report.listing_status, error=report.listing_error
                            or (report.failures[-1] if report.failures else None),
                            listing_ok=report.listing_error is None)
        log.info("%s: %d listed, %d new URLs, %d new documents, %d failed", source.name, report.listed,
                 report.discovered, report.new, report.failed)
        return report

    def _list(self, source: Source, url: str, state: FetchState, fetcher: Fetcher, report: SourceReport,
              depth: int) -> list[Listed]:
        known = state.lookup(url)
        response = fetcher.get(url, etag=known.etag if known else None,
                               last_modified=known.last_modified if known else None)
        if depth == 0:
            report.listing_status = response.status
        if response.deferred:
            return []
        if response.not_modified:
            state.record(url, source=source.name, outcome="listing", status=304)
            return []
        if not response.ok:
            reason = response.error or f"HTTP {response.status}"
            report.listing_error = f"{url}: {reason}"
            state.record(url, source=source.name, outcome="disallowed" if response.disallowed else "listing",
                         status=response.status, error=reason, failed=not response.disallowed)
            return []
        listing: Listing = (parse_feed if source.kind == "feed" else parse_sitemap)(response.body, response.final_url)
        if listing.error:
            report.listing_error = f"{url}: {listing.error}"
            # No ETag kept: the next poll fetches it whole again.
            state.record(url, source=source.name, outcome="listing", status=response.status, error=listing.error,
                         failed=True)
            return []
        state.record(url, source=source.name, outcome="listing", status=response.status, etag=response.etag,
                     last_modified=response.last_modified)
        items = list(listing.items)
        if depth < 2:
            for child in listing.sitemaps[:MAX_SITEMAP_CHILDREN]:
                items.extend(self._list(source, child, state, fetcher, report, depth + 1))
        return items

    def _fetch_pending(self, source: Source, store, state: FetchState, fetcher: Fetcher,
                       report: SourceReport) -> None:
        batch: list[_Fetched] = []
        answered: set[str] = set()  # URLs a document in `batch` already answers for
        for item in state.todo(source.name, self.policy.max_failures):
            if item.url in answered:
                continue
            current = state.lookup(item.url)
            if current is not None and current.done:
                continue
            copy = state.done_copy(item.url)
            if copy is not None:
                self._record_copy(state, source, item.url, copy.canonical_url or copy.url, copy.doc_id)
                report.copies += 1
                continue
            fetched = self._fetch_page(source, item, state, fetcher, report, answered)
            if fetched is None:
                continue
            batch.append(fetched)
            answered.update(fetched.urls)
            if len(batch) >= BATCH:
                self._store(source, batch, store, state, report)
                batch, answered = [], set()
        self._store(source, batch, store, state, report)

    def _fetch_page(self, source: Source, item, state: FetchState, fetcher: Fetcher, report: SourceReport,
                    answered: set[str]) -> _Fetched | None:
        response = fetcher.get(item.url)
        if not self._usable(source, item.url, response, state, report):
            return None
        page_url = normalize_url(response.final_url)
        links = self.reader.links(response.body.decode("utf-8", "replace"), page_url)
        urls = [item.url] + ([page_url] if page_url != item.url else [])
        if links.canonical and links.canonical not in urls:
            # This page is a copy (AMP, a moved article): its document lives at the canonical URL.
            if links.canonical in answered:
                return _Fetched(urls, links.canonical, None)
            stored = state.done_copy(links.canonical)
            if stored is not None:
                for url in urls:
                    self._record_copy(state, source, url, links.canonical, stored.doc_id)
                report.copies += 1
                return None
            canonical = fetcher.get(links.canonical) if fetcher.allowed(links.canonical) else None
            if canonical is not None and canonical.ok:
                response, page_url = canonical, links.canonical
                links = self.reader.links(response.body.decode("utf-8", "replace"), page_url)
                urls.append(page_url)
                report.copies += 1
            else:
                log.info("%s: canonical %s unavailable; keeping the copy", item.url, links.canonical)
        if links.amp and links.amp not in urls:
            urls.append(links.amp)  # the AMP copy need never be requested
        canonical_url = links.canonical if links.canonical in urls else page_url
        try:
            doc = self.reader.document(response.body, canonical_url, outlet=source.outlet, language=source.language,
                                       listed_date=item.listed_date, listed_title=item.listed_title)
        except InputError as exc:
            state.record(item.url, source=source.name, outcome="empty", status=response.status, error=exc.message)
            report.empty += 1
            return None
        return _Fetched(urls, canonical_url, doc)

    def _usable(self, source: Source, url: str, response: Response, state: FetchState,
                report: SourceReport) -> bool:
        if response.ok:
            return True
        if response.deferred:
            report.deferred += 1
        elif response.disallowed:
            report.disallowed += 1
            state.record(url, source=source.name, outcome="disallowed", error=response.error)
        else:
            reason = response.error or f"HTTP {response.status}"
            report.failures.append(f"{url}: {reason}")
            state.record(url, source=source.name, outcome="failed", status=response.status, error=reason)
        return False

    def _record_copy(self, state: FetchState, source: Source, url: str, canonical: str, doc_id: str | None) -> None:
        state.record(url, source=source.name, outcome="alias", canonical_url=canonical, doc_id=doc_id)

    def _store(self, source: Source, batch: list[_Fetched], store, state: FetchState,
               report: SourceReport) -> None:
        from ..batch import ingest_items

        docs = [f.doc for f in batch if f.doc is not None]
        if not docs:
            return
        known = store.known_ids([d.doc_id for d in docs])
        summary = ingest_items(docs, store, analyzer=self.analyzer)
        failed = {e.path: e for e in summary.failed}
        by_url = {f.doc_url: f.doc.doc_id for f in batch if f.doc is not None}
        for fetched in batch:
            doc_id = by_url.get(fetched.doc_url)
            error = failed.get(fetched.doc_url)
            if error is not None or doc_id is None:
                reason = error.message if error else "no document"
                report.failures.append(f"{fetched.urls[0]}: {reason}")
                state.record(fetched.urls[0], source=source.name, outcome="failed", error=reason)
                continue
            outcome = "unchanged" if doc_id in known else "stored"
            if fetched.doc is not None:
                if outcome == "stored":
                    report.new += 1
                    known.add(doc_id)
                else:
                    report.unchanged += 1
            state.record(fetched.doc_url, source=source.name, outcome=outcome, canonical_url=fetched.doc_url,
                         doc_id=doc_id)
            for url in fetched.urls:
                if url != fetched.doc_url:
                    self._record_copy(state, source, url, fetched.doc_url, doc_id)


def page_source(urls: Sequence[str], *, name: str = "fetch", outlet: str | None = None,
                language: str | None = None) -> Source:
    """A source of single pages, for `linimasa fetch`."""
    return Source(name=name, kind="page", urls=tuple(normalize_url(u) for u in urls), outlet=outlet,
                  language=language)


def policy_with(policy: FetchPolicy, **overrides) -> FetchPolicy:
    """`policy` with the given settings changed; None leaves a setting as it is."""
    known = {f.name for f in fields(FetchPolicy)}
    return replace(policy, **{k: v for k, v in overrides.items() if v is not None and k in known})


@dataclass
class BackgroundWatch:
    """A watch loop running in a thread; `stop()` ends it at the next wait."""

    thread: threading.Thread
    stopping: threading.Event

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping.set()
        self.thread.join(timeout)


def start_background_watch(db_path: str | Path, sources_path: str | Path, *,
                           policy: FetchPolicy | None = None) -> BackgroundWatch:
    """Run the watch loop in a daemon thread of this process (`linimasa serve --watch`).

    DuckDB lets one process write a database file while no other process has it
    open, so a watcher in a separate process cannot write while `linimasa serve`
    runs. In the server's own process the watcher's connections share the
    server's database instance: each poll commits, and the next request's cursor
    sees the new articles without a restart. A failed cycle is logged and the
    loop goes on after a minute.
    """
    config = load_sources(sources_path)
    stopping = threading.Event()
    watcher = Watcher(db_path, policy=policy or config.policy, sleep=stopping.wait)

    def loop() -> None:
        while not stopping.is_set():
            try:
                watcher.run(config.sources, stop=stopping.is_set)
            except Exception:  # noqa: BLE001 - a crashed cycle must not end the server's watching
                log.exception("watch cycle failed; retrying in 60 s")
                stopping.wait(60)

    thread = threading.Thread(target=loop, name="linimasa-watch", daemon=True)
    thread.start()
    return BackgroundWatch(thread, stopping)
