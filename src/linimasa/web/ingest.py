"""Ingest over HTTP: JSON document objects analysed and stored by the same library as `linimasa ingest`.

Each object goes through `document_from_object` (the .json/.jsonl reader),
the `Analyzer`, `Store.write_documents` and `update_corpus`, so a document
posted here is stored exactly as the same object in a .jsonl file would be.
One bad object becomes one error entry; the others are still stored.

`AnalysisWorker` runs the analysis in a separate process. In the server's own
process it held the GIL for up to 120 ms at a time (spaCy), and building the
Analyzer at the first POST for 2.5 s: every read waited meanwhile (load test
with ingest, p99 1.2-2 s). The server process now only parses, stores and
runs the corpus update, which must stay with the one DuckDB writer.

The worker also embeds each analysed document's lead for the corpus update's
story assignment (issue 20): the sentence encoder was half of the server's
wall time in a 5-document POST, and in the worker it runs at the worker's
lower priority. The corpus update gets the vectors through `PrecomputedEncoder`;
the vectors are the ones it would compute (the encoder embeds each text on its
own: batch or single, bitwise equal), and a text it was not given is embedded
in the server as before.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..analysis import Analyzer
from ..batch import store_batch
from ..corpus.encoder import DIM, default_encoder, lead_text
from ..document import Document
from ..errors import InputError
from ..ingest.readers import ReadOptions, document_from_object
from ..isolation import READ, item_error
from ..resources import Resources
from ..store.db import Store

log = logging.getLogger(__name__)

# Inputs from the API have no file; errors and stored rows name this pseudo-path.
API_PATH = "api"
# Added to the analysis process's nice value (0 is normal, 19 the lowest priority).
WORKER_NICENESS = 10


@dataclass(frozen=True, slots=True)
class ItemResult:
    index: int
    status: str  # new, unchanged or error
    doc_id: str | None = None
    code: str | None = None
    message: str | None = None


def _analyze_all(analyzer: Analyzer, docs: list[Document]) -> list[Document | tuple[str, str]]:
    """Each document analysed, or its error as (code, message)."""
    return [(d.code, d.message) if isinstance(d, InputError) else d for d in analyzer.analyze_items(docs)]


def corpus_lead(doc: Document) -> str:
    """The text the corpus update embeds for `doc`: its headline and the lead of its stored sentences.

    corpus/update.py reads the content back as the stored sentences joined by
    newlines in order (or the text when there are none) and the title as stored.
    """
    content = "\n".join(s.text for s in sorted(doc.sentences, key=lambda s: s.index)) or doc.text
    return lead_text(doc.title, content)


def _embed_leads(encoder, done: list) -> dict[str, np.ndarray]:
    """lead text -> vector for the analysed documents of `done`; empty if the encoder fails (the server embeds)."""
    leads = list(dict.fromkeys(corpus_lead(d) for d in done if isinstance(d, Document)))
    if not leads:
        return {}
    try:
        return dict(zip(leads, encoder.embed(leads)))
    except Exception:  # noqa: BLE001 - the corpus update embeds in the server as before
        log.exception("embedding in the analysis process failed")
        return {}


class PrecomputedEncoder:
    """An Encoder for the corpus update: vectors given for known texts, the others embedded here."""

    def __init__(self, vectors: dict[str, np.ndarray], fallback=None):
        self.vectors = dict(vectors)
        self.fallback = fallback
        self.computed = 0  # texts embedded here (not given)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            self.computed += len(missing)
            self.vectors.update(zip(missing, (self.fallback or default_encoder()).embed(missing)))
        return np.vstack([self.vectors[t] for t in texts]).astype(np.float32, copy=False)


def _worker_main(conn) -> None:
    """The analysis process: build the Analyzer once, then analyse each batch sent until the pipe closes.

    It runs at a lower scheduling priority: analysis is background work, and on
    a machine with few cores the server's readers should get the CPU first.
    """
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: run at the normal priority
        pass
    analyzer = Analyzer()
    encoder = default_encoder()
    encoder.embed(["pemanasan"])  # load its weights now, not at the first POST
    conn.send("ready")
    while True:
        try:
            docs = conn.recv()
        except (EOFError, OSError):
            return
        done = _analyze_all(analyzer, docs)
        for doc in done:
            if isinstance(doc, Document):
                # Nothing stores tokens, and unpickling their records was 4 % of the
                # server process's time under load (py-spy): they stay here.
                doc.tokens = []
        conn.send((done, _embed_leads(encoder, done)))


class AnalysisWorker:
    """An Analyzer in a separate (spawned) process; `analyze_many` sends it a batch and waits for the result.

    Batches go one at a time. A worker that died is started again for the next batch.
    """

    def __init__(self, resources: Resources | None = None):
        self.resources = resources or Resources.default()  # the corpus update runs here and needs them
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process = self._conn = None
        with self._lock:
            self._start()

    def _start(self) -> None:
        ours, theirs = self._context.Pipe()
        self._process = self._context.Process(target=_worker_main, args=(theirs,), name="linimasa-analysis",
                                              daemon=True)
        self._process.start()
        theirs.close()
        self._conn = ours
        self._ready = False

    def analyze_many(self, docs: list[Document]) -> list[Document | tuple[str, str]]:
        return self.analyze_and_embed(docs)[0]

    def analyze_and_embed(self, docs: list[Document]) -> tuple[list[Document | tuple[str, str]], dict[str, np.ndarray]]:
        """Each document analysed (or its error), and the corpus lead vectors of the analysed ones."""
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()
            try:
                if not self._ready:
                    self._ready = self._conn.recv() == "ready"
                self._conn.send(docs)
                return self._conn.recv()
            except (EOFError, OSError):
                self._process = None
                raise

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            if self._process is not None:
                self._process.join(timeout=5)
                if self._process.is_alive():
                    self._process.kill()
            self._process = self._conn = None


def ingest_objects(objects: list[dict[str, Any]], store: Store, analyzer: Analyzer | AnalysisWorker) -> list[ItemResult]:
    """Analyse and store `objects` in one transaction; one result per object, in order."""
    results: list[ItemResult | None] = [None] * len(objects)
    parsed: list[tuple[int, Document, str]] = []
    options = ReadOptions()
    for index, obj in enumerate(objects):
        try:
            doc = document_from_object(obj, API_PATH, options, line=index)
            parsed.append((index, doc, doc.doc_id))
        except Exception as exc:  # noqa: BLE001 - the per-item boundary (linimasa.isolation)
            error = item_error(exc, path=API_PATH, line=index, stage=READ)
            results[index] = ItemResult(index, "error", code=error.code, message=error.message)
            continue  # doc_id hashes the text on each access: once per document
    known = store.known_ids([doc_id for _, _, doc_id in parsed])  # one query for the whole request
    pending: list[tuple[int, Document]] = []
    pending_ids: set[str] = set()
    for index, doc, doc_id in parsed:
        if doc_id in pending_ids or doc_id in known:
            results[index] = ItemResult(index, "unchanged", doc_id)
            continue
        pending.append((index, doc))
        pending_ids.add(doc_id)
    docs = [doc for _, doc in pending]
    encoder = None
    if isinstance(analyzer, AnalysisWorker):
        analysed, vectors = analyzer.analyze_and_embed(docs)
        encoder = PrecomputedEncoder(vectors)
    else:
        analysed = _analyze_all(analyzer, docs)
    batch = []
    for (index, _), done in zip(pending, analysed):
        if isinstance(done, tuple):
            results[index] = ItemResult(index, "error", code=done[0], message=done[1])
        else:
            batch.append((index, done))
    if batch:
        # The kill -9 test (tests/test_server_kill.py) waits for this line to kill the server while it writes.
        log.info("api ingest: %d documents analysed; storing them and updating the corpus", len(batch))
        # One document that cannot be stored is an error entry; the others are stored.
        _, _, errors = store_batch(store, [doc for _, doc in batch], resources=analyzer.resources, encoder=encoder)
        failed = {e.line: e for e in errors}
        for index, doc in batch:
            error = failed.get(doc.meta.get("line"))
            results[index] = (ItemResult(index, "error", code=error.code, message=error.message) if error
                              else ItemResult(index, "new", doc.doc_id))
    log.info("api ingest: %d objects, %d stored", len(objects), len(batch))
    return [r for r in results if r is not None]
