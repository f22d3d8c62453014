"""Ingest: read inputs, analyse them, store them in batches, and summarise.

This is the library behind `linimasa ingest`. Documents already stored (same
`doc_id`) are counted as unchanged without being analysed again, which makes a
re-ingest cheap and leaves every table as it was.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import Analyzer
from .corpus.update import update_corpus
from .document import Document
from .errors import InputError
from .pipeline import CODED_LANGUAGES
from .ingest.readers import ReadOptions, read_all
from .store.db import Store

log = logging.getLogger(__name__)

# Documents per transaction: large enough to amortise commits, small enough
# that a crash loses little work (the rerun redoes at most one batch).
DEFAULT_BATCH = 64


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: list[InputError] = field(default_factory=list)
    not_indonesian: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.unchanged + len(self.failed)


def ingest(paths: Iterable[str | Path], store: Store, *, analyzer: Analyzer | None = None,
           options: ReadOptions = ReadOptions(), batch_size: int = DEFAULT_BATCH,
           on_item: Callable[[], None] | None = None) -> IngestSummary:
    """Analyse and store every document under `paths`; return what happened."""
    return ingest_items(read_all(paths, options), store, analyzer=analyzer, batch_size=batch_size,
                        on_item=on_item)


def ingest_items(items: Iterable[Document | InputError], store: Store, *, analyzer: Analyzer | None = None,
                 batch_size: int = DEFAULT_BATCH, on_item: Callable[[], None] | None = None) -> IngestSummary:
    """Analyse and store documents read elsewhere (e.g. fetched by `linimasa watch`); the write path of `ingest`."""
    analyzer = analyzer or Analyzer()
    summary = IngestSummary()
    batch: list[Document] = []
    # The ids in `batch`, for one set lookup per new document: comparing each new
    # document with the whole batch cost a 1,000-document batch 10^6 doc_id calls
    # (80 % of a parallel ingest's writer, when doc_id hashed the text each time).
    batch_ids: dict[str, None] = {}  # in batch order
    _finish_interrupted_corpus_update(store)

    def flush() -> None:
        if batch:
            known = store.known_ids(list(batch_ids))
            fresh = [doc_id for doc_id in batch_ids if doc_id not in known]
            result = store.write_documents(batch)
            update_corpus(store, fresh)
            summary.new += result.new
            summary.unchanged += result.unchanged
            store.forget_errors([(doc.path or "-", doc.meta.get("line")) for doc in batch])
            batch.clear()
            batch_ids.clear()

    for item in items:
        if on_item:
            on_item()
        if isinstance(item, InputError):
            summary.failed.append(item)
            store.record_error(item)
            continue
        doc_id = item.doc_id
        # A result of `parallel.analysed_items` (not a Document) was looked up in the
        # store before it was dispatched, and each id is dispatched once per run;
        # looking it up again scanned the documents table once per document.
        if doc_id in batch_ids or (isinstance(item, Document) and store.known_ids([doc_id])):
            summary.unchanged += 1
            continue
        try:
            doc = analyzer.analyze(item)
        except InputError as exc:
            summary.failed.append(exc)
            store.record_error(exc)
            continue
        if doc.language is not None and doc.language not in CODED_LANGUAGES:
            summary.not_indonesian.append(doc.path or "-")
        batch.append(doc)
        batch_ids[doc.doc_id] = None
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary


def _finish_interrupted_corpus_update(store: Store) -> None:
    """Run the corpus update for documents a killed ingest stored but never added to the corpus tables.

    A batch is two transactions, the documents and then the corpus update; a
    process killed between them leaves documents that every later ingest
    counts as unchanged, so no later batch would add them (found by the kill -9
    test, tests/test_crash_ingest_kill.py).
    """
    missing = [row[0] for row in store.con.execute(
        "SELECT d.doc_id FROM documents d ANTI JOIN corpus_documents c USING (doc_id)"
        " ORDER BY d.ingested_at, d.path, d.line, d.doc_id").fetchall()]
    if missing:
        log.warning("finishing the corpus update of %d documents an interrupted ingest stored", len(missing))
        update_corpus(store, missing)
