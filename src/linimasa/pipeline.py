"""Stage registry and the one place that orders stages.

A stage is a class registered by name with the `Document` fields it requires
and the ones it adds. It is built once with the shared `Resources` and then
called as `Document -> Document`. `build_pipeline` refuses a stage order whose
requirements are not met by earlier stages, as stanza does.

The default order is `resources/pipeline.yaml`; a caller may pass another.
"""
from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .document import Document
from .errors import PipelineError
from .resources import Resources, load_data

log = logging.getLogger(__name__)

# The stage that sets Document.language, and the languages the later stages can code.
LANGUAGE_STAGE = "language"
# Malay is coded too (issue 22): the lexicons overlap almost fully; the language stage notes it (E219).
CODED_LANGUAGES = frozenset({"id", "ms"})

# Fields every document has before any stage runs.
INTRINSIC = frozenset({"text", "title", "published", "source", "url", "meta"})


class Stage(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    factory: Callable[[Resources], Stage]
    requires: frozenset[str]
    adds: frozenset[str]
    module: str


_REGISTRY: dict[str, StageSpec] = {}

# Modules whose import registers the built-in stages. Listing them here keeps
# registration explicit without importing every stage at package import time.
STAGE_MODULES = (
    "linimasa.clean.boilerplate",
    "linimasa.clean.headline",
    "linimasa.language.detect",
    "linimasa.language.segment",
    "linimasa.language.tokens",
    "linimasa.language.tagger",
    "linimasa.language.dateinfer",
    "linimasa.language.timexes",
    "linimasa.language.numbers",
    "linimasa.language.entities",
    "linimasa.actors.resolver",
    "linimasa.events.quotes",
    "linimasa.events.speech",
    "linimasa.events.coder",
    "linimasa.events.figures",
    "linimasa.places.stage",
)


def register(name: str, *, requires: Iterable[str] = (), adds: Iterable[str] = ()):
    """Class decorator: register a stage under `name`."""

    def wrap(cls):
        _REGISTRY[name] = StageSpec(name, cls, frozenset(requires), frozenset(adds), cls.__module__)
        cls.stage_name = name
        return cls

    return wrap


def registered() -> dict[str, StageSpec]:
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def default_order() -> list[str]:
    return list(load_data("pipeline.yaml")["stages"])


@dataclass(slots=True)
class Pipeline:
    """Built stages in order. Calling it runs every stage and records time per stage."""

    names: list[str]
    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)

    current: str | None = None  # the stage running (or that raised): named in the E211 record

    def __call__(self, doc: Document) -> Document:
        for name, stage in zip(self.names, self.stages):
            self.current = name
            began = time.perf_counter()
            doc = stage(doc)
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - began
            if name == LANGUAGE_STAGE and doc.language not in CODED_LANGUAGES:
                # Coding a Malay or English text with Indonesian rules gives false events;
                # the document is reported with its language and nothing further.
                doc.notes.append(f"E210: language '{doc.language}' is not Indonesian; not coded")
                break
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


def build_pipeline(resources: Resources | None = None, order: Sequence[str] | None = None) -> Pipeline:
    """Build the stages named in `order` (default: resources/pipeline.yaml)."""
    specs = registered()
    order = list(order or default_order())
    resources = resources or Resources.default()
    available = set(INTRINSIC)
    stages = []
    for name in order:
        spec = specs.get(name)
        if spec is None:
            raise PipelineError("E101", stage=name, known=", ".join(sorted(specs)))
        missing = spec.requires - available
        if missing:
            raise PipelineError("E102", stage=name, missing=", ".join(sorted(missing)))
        stages.append(spec.factory(resources))
        available |= spec.adds
    log.debug("pipeline built: %s", " -> ".join(order))
    return Pipeline(order, stages)
