"""Run the pipeline over read inputs, turning any stage failure into an error record.

`Analyzer` is the library behind `linimasa analyze` and `linimasa ingest`: it
builds the pipeline once and analyses documents one by one. A bug in a stage
must not cost the rest of a batch, so an unexpected exception becomes an
`InputError` (E211) for that document, logged with its traceback.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from .document import Document
from .errors import InputError
from .isolation import ANALYSE, item_error
from .limits import Limits, bound_pipeline, truncate_document
from .pipeline import Pipeline, build_pipeline
from .resources import Resources

log = logging.getLogger(__name__)


class Analyzer:
    def __init__(self, resources: Resources | None = None, order: Sequence[str] | None = None, *,
                 limits: Limits | None = None):
        self.resources = resources or Resources.default()
        self.limits = limits or Limits.from_env()
        self.pipeline: Pipeline = bound_pipeline(build_pipeline(self.resources, order), self.limits)

    def analyze(self, doc: Document) -> Document:
        """Run every stage on `doc`; raise InputError E211 if a stage fails, E212 if it is only boilerplate."""
        truncate_document(doc, self.limits.max_document_chars)
        self.pipeline.current = None
        try:
            doc = self.pipeline(doc)
        except Exception as exc:  # noqa: BLE001 - any stage bug becomes one document's error record
            module = self._failed_stage(exc)
            stage = f"{self.pipeline.current} ({module})" if self.pipeline.current else module
            log.exception("analysis of %s failed in %s", doc.path, stage)
            raise InputError("E211", path=doc.path, line=doc.meta.get("line"), stage=stage,
                             reason=f"{type(exc).__name__}: {exc}") from exc
        if doc.boilerplate and not _has_content(doc):
            # Otherwise it would be stored as a document in language 'und' with nothing in it.
            raise InputError("E212", path=doc.path, line=doc.meta.get("line"))
        return doc

    @staticmethod
    def _failed_stage(exc: BaseException) -> str:
        tb = exc.__traceback__
        module = "unknown"
        while tb is not None:
            name = tb.tb_frame.f_globals.get("__name__", "")
            if name.startswith("linimasa.") and name not in ("linimasa.pipeline", "linimasa.analysis"):
                module = name
            tb = tb.tb_next
        return module

    def analyze_items(self, items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.analyze(item)
            except Exception as exc:  # noqa: BLE001 - the per-item boundary (linimasa.isolation)
                yield item_error(exc, path=item.path, line=item.meta.get("line"), stage=ANALYSE)


def _has_content(doc: Document) -> bool:
    """Whether any text is left once boilerplate spans are removed (the headline counts as content)."""
    pos = 0
    for b in sorted(doc.boilerplate, key=lambda b: b.start):
        if doc.text[pos:b.start].strip():
            return True
        pos = max(pos, b.end)
    return bool(doc.text[pos:].strip())
