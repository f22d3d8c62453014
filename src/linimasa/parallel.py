"""Parallel ingest: worker processes analyse, one writer (this process) stores.

DuckDB lets one process write a database file at a time, so analysis (the
costly part, pure CPU) runs in `workers` processes while this process reads
the inputs, skips documents already stored, and writes every batch through
`batch.ingest_items`, the same write path as a serial `linimasa ingest`.
Results come back in input order, so the earliest copy of a duplicate is the
same one a serial run keeps and the database ends up the same.

Each worker builds its own `Analyzer` once (processes are started with
"spawn": no DuckDB connection or thread is inherited). Documents travel to the
workers in chunks and at most `workers * IN_FLIGHT_PER_WORKER` chunks plus
one batch are outstanding, so memory stays bounded however large the input is.
Analysed documents come back without their tokens: nothing stores tokens,
and they are half of a document's pickled size.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import resource
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .batch import DEFAULT_BATCH, IngestSummary, ingest_items
from .document import Document
from .errors import InputError
from .isolation import ANALYSE, item_error
from .ingest.readers import ReadOptions, read_all

log = logging.getLogger(__name__)

# Documents per task: large enough that pickling and queueing cost little next
# to ~20 ms of analysis per article, small enough to keep workers evenly busy.
DEFAULT_CHUNK = 16
# Chunks queued per worker beyond the one it is analysing, so no worker waits for the reader.
IN_FLIGHT_PER_WORKER = 4
# Documents whose stored state is checked in one query before they are dispatched.
LOOKUP_BLOCK = 256


@dataclass(slots=True)
class Analysed:
    """A worker's result for one document: the analysed document or its error."""

    doc_id: str
    doc: Document | None = None
    error: tuple[str, dict] | None = None  # (code, values) of an InputError; exceptions pickle badly


@dataclass(slots=True)
class WorkerStats:
    """What the workers reported: documents analysed, CPU seconds and peak RSS, per worker pid."""

    analysed: dict[int, int] = field(default_factory=dict)
    cpu_seconds: dict[int, float] = field(default_factory=dict)
    peak_rss_bytes: dict[int, int] = field(default_factory=dict)

    def record(self, pid: int, count: int, cpu: float, rss: int) -> None:
        self.analysed[pid] = self.analysed.get(pid, 0) + count
        self.cpu_seconds[pid] = cpu
        self.peak_rss_bytes[pid] = max(rss, self.peak_rss_bytes.get(pid, 0))

    @property
    def max_rss_bytes(self) -> int:
        return max(self.peak_rss_bytes.values(), default=0)


# One Analyzer per worker process, built by `_init_worker`. This is process
# state set once at start-up, the multiprocessing idiom, not shared mutable data.
_WORKER: dict = {}


def _init_worker(actor_files: tuple[str, ...]) -> None:
    from .analysis import Analyzer
    from .resources import Resources

    from .runtime import tune_gc

    _WORKER["analyzer"] = Analyzer(Resources(user_actor_files=tuple(Path(p) for p in actor_files)))
    tune_gc()


def _peak_rss() -> int:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _analyse_chunk(docs: list[Document]) -> tuple[list[Analysed], int, float, int]:
    analyzer = _WORKER["analyzer"]
    out = []
    for doc in docs:
        doc_id = doc.doc_id
        try:
            done = analyzer.analyze(doc)
        except Exception as exc:  # noqa: BLE001 - the per-item boundary (linimasa.isolation)
            exc = item_error(exc, path=doc.path, line=doc.meta.get("line"), stage=ANALYSE)
            out.append(Analysed(doc_id, error=(exc.code, dict(exc.values))))
            continue
        done.tokens = []
        out.append(Analysed(doc_id, doc=done))
    times = os.times()
    return out, os.getpid(), times.user + times.system, _peak_rss()


class _Prepared:
    """The `analyzer` handed to `ingest_items`: returns what the workers computed.

    A raw `Document` reaches it only when its earlier twin (same doc_id) failed
    in a worker; that rare document is analysed here, as a serial run would.
    """

    def __init__(self, actor_files: tuple[str, ...]):
        self.actor_files = actor_files
        self._local = None

    def analyze(self, item):
        if isinstance(item, Analysed):
            if item.error is not None:
                code, values = item.error
                raise InputError(code, **values)
            return item.doc
        if self._local is None:
            from .analysis import Analyzer
            from .resources import Resources

            self._local = Analyzer(Resources(user_actor_files=tuple(Path(p) for p in self.actor_files)))
        return self._local.analyze(item)


def _blocks(items: Iterable, size: int) -> Iterator[list]:
    block = []
    for item in items:
        block.append(item)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def analysed_items(items: Iterable[Document | InputError], store, pool, *, chunk: int = DEFAULT_CHUNK,
                   in_flight: int, stats: WorkerStats) -> Iterator[Document | InputError | Analysed]:
    """Items in input order, new documents replaced by the workers' `Analysed` results.

    Read errors, documents already stored and repeats of a document seen earlier
    in this run pass through unanalysed; `ingest_items` counts them as a serial run does.
    """
    pending: deque = deque()  # (kind, payload): ("item", x) or ("task", AsyncResult)
    tasks = 0
    dispatched: set[str] = set()

    def drain(limit: int) -> Iterator:
        nonlocal tasks
        while pending and (tasks > limit or pending[0][0] == "item"):
            kind, payload = pending.popleft()
            if kind == "item":
                yield payload
                continue
            tasks -= 1
            results, pid, cpu, rss = payload.get()
            stats.record(pid, len(results), cpu, rss)
            yield from results

    for block in _blocks(items, LOOKUP_BLOCK):
        docs = [d for d in block if isinstance(d, Document)]
        known = store.known_ids([d.doc_id for d in docs])
        todo: list[Document] = []
        for item in block:
            fresh = isinstance(item, Document) and item.doc_id not in known and item.doc_id not in dispatched
            if fresh:
                dispatched.add(item.doc_id)
                todo.append(item)
                if len(todo) >= chunk:
                    pending.append(("task", pool.apply_async(_analyse_chunk, (todo,))))
                    tasks += 1
                    todo = []
                continue
            if todo:
                pending.append(("task", pool.apply_async(_analyse_chunk, (todo,))))
                tasks += 1
                todo = []
            pending.append(("item", item))
        if todo:
            pending.append(("task", pool.apply_async(_analyse_chunk, (todo,))))
            tasks += 1
        yield from drain(in_flight)
    yield from drain(-1)


def ingest_parallel(paths: Iterable[str | Path], store, *, workers: int = 2,
                    options: ReadOptions = ReadOptions(), batch_size: int = DEFAULT_BATCH,
                    actor_files: tuple[str, ...] = (), chunk: int = DEFAULT_CHUNK,
                    on_item: Callable[[], None] | None = None,
                    stats: WorkerStats | None = None) -> IngestSummary:
    """`batch.ingest` with analysis in `workers` processes; this process is the only writer."""
    stats = stats if stats is not None else WorkerStats()
    actor_files = tuple(str(p) for p in actor_files)
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(actor_files,)) as pool:
        # Room for a whole batch beyond the workers' own queue: while this process
        # stores a batch and updates the corpus (seconds for a large batch), the
        # workers go on analysing the next one instead of waiting for it.
        in_flight = workers * IN_FLIGHT_PER_WORKER + -(-batch_size // chunk)
        items = analysed_items(read_all(paths, options), store, pool, chunk=chunk, in_flight=in_flight,
                               stats=stats)
        summary = ingest_items(items, store, analyzer=_Prepared(actor_files), batch_size=batch_size,
                               on_item=on_item)
    log.info("workers: %s documents, peak RSS %.0f MB", sum(stats.analysed.values()), stats.max_rss_bytes / 2**20)
    return summary
