"""Ingest over HTTP: JSON document objects analysed and stored by the same library as `linimasa ingest`.

Each object goes through `document_from_object` (the .json/.jsonl reader),
the `Analyzer`, `Store.write_documents` and `update_corpus`, so a document
posted here is stored exactly as the same object in a .jsonl file would be.
One bad object becomes one error entry; the others are still stored.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..analysis import Analyzer
from ..corpus.update import update_corpus
from ..errors import InputError
from ..ingest.readers import ReadOptions, document_from_object
from ..store.db import Store

log = logging.getLogger(__name__)

# Inputs from the API have no file; errors and stored rows name this pseudo-path.
API_PATH = "api"


@dataclass(frozen=True, slots=True)
class ItemResult:
    index: int
    status: str  # new, unchanged or error
    doc_id: str | None = None
    code: str | None = None
    message: str | None = None


def ingest_objects(objects: list[dict[str, Any]], store: Store, analyzer: Analyzer) -> list[ItemResult]:
    """Analyse and store `objects` in one transaction; one result per object, in order."""
    results: list[ItemResult | None] = [None] * len(objects)
    batch = []
    options = ReadOptions()
    for index, obj in enumerate(objects):
        try:
            doc = document_from_object(obj, API_PATH, options, line=index)
            if store.known_ids([doc.doc_id]) or any(d.doc_id == doc.doc_id for _, d in batch):
                results[index] = ItemResult(index, "unchanged", doc.doc_id)
                continue
            batch.append((index, analyzer.analyze(doc)))
        except InputError as exc:
            results[index] = ItemResult(index, "error", code=exc.code, message=exc.message)
    if batch:
        docs = [doc for _, doc in batch]
        store.write_documents(docs)
        update_corpus(store, [d.doc_id for d in docs], resources=analyzer.resources)
        for index, doc in batch:
            results[index] = ItemResult(index, "new", doc.doc_id)
    log.info("api ingest: %d objects, %d stored", len(objects), len(batch))
    return [r for r in results if r is not None]
