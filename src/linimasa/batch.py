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
from .isolation import ANALYSE, CORPUS, READ, STORE, item_error
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
    finish_interrupted_corpus_update(store)

    def fail(error: InputError) -> None:
        summary.failed.append(error)
        try:
            store.record_error(error)
        except Exception:  # noqa: BLE001 - the record is also in the summary and the log
            log.exception("could not record the error of %s", error.path)

    def flush() -> None:
        if batch:
            new, unchanged, errors = store_batch(store, batch)
            summary.new += new
            summary.unchanged += unchanged
            for error in errors:
                fail(error)
            failed = {(e.path, e.line) for e in errors}
            store.forget_errors([key for doc in batch
                                 if (key := (doc.path or "-", doc.meta.get("line"))) not in failed])
            batch.clear()
            batch_ids.clear()

    for item in items:
        if on_item:
            on_item()
        if isinstance(item, InputError):
            fail(item_error(item, path=item.path, stage=READ))
            continue
        # The per-item boundary (linimasa.isolation): whatever this item raises
        # becomes its error record, and the next item is read.
        try:
            doc_id = item.doc_id
            # A result of `parallel.analysed_items` (not a Document) was looked up in the
            # store before it was dispatched, and each id is dispatched once per run;
            # looking it up again scanned the documents table once per document.
            if doc_id in batch_ids or (isinstance(item, Document) and store.known_ids([doc_id])):
                summary.unchanged += 1
                continue
            doc = analyzer.analyze(item)
        except Exception as exc:  # noqa: BLE001
            doc = getattr(item, "doc", None) or item
            fail(item_error(exc, path=getattr(doc, "path", None) or "-",
                            line=(getattr(doc, "meta", None) or {}).get("line"), stage=ANALYSE))
            continue
        if doc.language is not None and doc.language not in CODED_LANGUAGES:
            summary.not_indonesian.append(doc.path or "-")
        batch.append(doc)
        batch_ids[doc.doc_id] = None
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary


def store_batch(store: Store, docs: list[Document], *, resources=None,
                encoder=None) -> tuple[int, int, list[InputError]]:
    """Store `docs` and add them to the corpus: (new, unchanged, one error per document that could not be).

    The batch is one transaction; when it fails, each document is stored alone,
    so the one that cannot be (a text DuckDB refuses, a store bug) becomes an
    error record in stage "store" and the others are stored. The same holds for
    the corpus update (stage "corpus": the document stays stored, and the next
    `ingest` finishes its corpus update).
    """
    kwargs = {"resources": resources} if resources is not None else {}
    if encoder is not None:  # the API's analysis process embedded the leads already (web/ingest.py)
        kwargs["encoder"] = encoder
    try:
        known = store.known_ids([d.doc_id for d in docs])
        result = store.write_documents(docs)
        new, unchanged = result.new, result.unchanged
        stored = [d for d in docs if d.doc_id not in known]
        errors: list[InputError] = []
    except Exception:  # noqa: BLE001 - find the document that fails, store the others
        log.warning("storing a batch of %d documents failed; storing them one by one", len(docs), exc_info=True)
        new = unchanged = 0
        stored, errors = [], []
        for doc in docs:
            try:
                result = store.write_documents([doc])
            except Exception as exc:  # noqa: BLE001
                errors.append(item_error(exc, path=doc.path, line=doc.meta.get("line"), stage=STORE))
                continue
            new += result.new
            unchanged += result.unchanged
            if result.new:
                stored.append(doc)
    ids = list(dict.fromkeys(d.doc_id for d in stored))
    if ids:
        try:
            update_corpus(store, ids, **kwargs)
        except Exception:  # noqa: BLE001
            log.warning("the corpus update of %d documents failed; updating one by one", len(ids), exc_info=True)
            for doc in stored:
                try:
                    update_corpus(store, [doc.doc_id], **kwargs)
                except Exception as exc:  # noqa: BLE001
                    errors.append(item_error(exc, path=doc.path, line=doc.meta.get("line"), stage=CORPUS))
    return new, unchanged, errors


def finish_interrupted_corpus_update(store: Store) -> int:
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
    return len(missing)
