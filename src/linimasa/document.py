"""The document model: one `Document` owns the text, every record points into it.

Records are frozen, slotted dataclasses. Every record that comes from the text
carries `start`/`end` character offsets into `Document.text` (Python `str`
positions of the text as read: decoded, ``\\r\\n`` turned into ``\\n``, nothing
else changed), so any record can be highlighted in the original.

This module imports no stage; stages import it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Precisions a resolved date can have, finest first.
PRECISIONS = ("day", "week", "month", "year", "unknown")

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)
# PLOVER quad classes: verbal/material x cooperation/conflict.
QUAD_CLASS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation", "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation", "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict", "THREATEN": "verbal conflict", "PROTEST": "material conflict",
    "SANCTION": "material conflict", "MOBILIZE": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
# The quad classes from the most to the least severe: a tie between two goes to the first (a map point's colour).
QUAD_ORDER = ("material conflict", "verbal conflict", "material cooperation", "verbal cooperation")
MODALITIES = ("asserted", "planned", "expected", "hypothetical", "reported")
MENTION_TYPES = ("PER", "ORG", "GPE", "LOC", "NORP", "MISC")
ACTOR_KINDS = ("person", "organization", "country", "group")
QUALIFIERS = ("exact", "about", "more_than", "less_than", "nearly", "at_least")
FIGURE_CATEGORIES = ("killed", "injured", "hostages", "detained", "displaced", "people", "money", "other")


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A span removed from the content: navigation, credits, widgets, repeated headlines."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text; `index` is its position among the document's sentences."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its part-of-speech tag (nlp-id tag set) once the tagger has run."""

    sentence: int
    start: int
    end: int
    text: str
    tag: str | None = None


def _set_slots_init(cls):
    """Give a frozen slots dataclass an `__init__` that fills the slots through their descriptors.

    The generated `__init__` of a frozen dataclass goes through
    `object.__setattr__` for each field; an article makes ~800 Tokens (the
    tokens stage, then the tagger), and this one costs half as much (0.7 vs 1.2 us).
    Same signature and defaults; the instances stay frozen (assignment still raises).
    """
    import inspect
    from dataclasses import MISSING, fields

    names = [f.name for f in fields(cls)]
    setters = [getattr(cls, name).__set__ for name in names]
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    params = ", ".join(f"{name}=_d_{name}" if name in defaults else name for name in names)
    body = "; ".join(f"_s{i}(self, {name})" for i, name in enumerate(names))
    namespace = {f"_s{i}": setter for i, setter in enumerate(setters)}
    namespace.update({f"_d_{name}": value for name, value in defaults.items()})
    exec(f"def __init__(self, {params}):\n    {body}\n", namespace)  # noqa: S102 - built from field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__signature__ = inspect.signature(cls.__init__)
    cls.__init__ = init
    return cls


_set_slots_init(Token)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity (or a resolvable noun phrase) and the actor it resolves to."""

    sentence: int
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None
    origin: str = "dictionary"  # which source found it: dictionary, model, cue, tagger, coref, speech (events.speech)


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role an actor holds: `start`/`end` are inclusive ISO dates or None (open)."""

    title: str
    organization: str | None = None
    country: str | None = None
    sector: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as referred to in one document, with the role that holds on its date."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    wikidata: str | None = None
    local: bool = False  # a document-local actor: a name no dictionary lists, read from its context
    family: str | None = None  # the state or body it is part of: "Gedung Putih", "Washington" -> USA
    evidence: int | None = None  # for a local actor, the level that decided its country (1 title .. 4 default)
    cue: str | None = None  # the words that decided it, e.g. "title:Kenya", "institution:Polres", "outlet:IDN"
    confidence: float = 1.0  # lower for a local actor decided by weaker evidence


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression resolved against the document date.

    `value`..`value_end` is the resolved span (inclusive); `precision` is one of
    `PRECISIONS`. `value` is None when the expression could not be anchored.
    """

    sentence: int
    start: int
    end: int
    text: str
    value: date | None
    value_end: date | None
    precision: str
    rule: str = ""
    # time of day "HH:MM" where the text gives one: a clock time, or a day followed by one
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written in the text, parsed: 1.200 -> 1200, 1,3 juta -> 1300000."""

    sentence: int
    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct or indirect quote and its speaker."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    speaker: str | None
    speaker_text: str | None
    addressee: str | None = None
    addressee_text: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported quantity with its category, subject, source and as-of date."""

    sentence: int
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    qualifier: str
    category: str
    subject: str | None = None
    attributed_to: str | None = None
    as_of: date | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: a gazetteer entry, with how precisely and from what it was decided.

    `precision` is the level of the entry: "site" (a named place inside a city), "city",
    "admin2" (regency, district), "admin1" (province, state) or "country". `basis` says where
    it came from: "clause" (the event's own clause) or "dateline" (the article's dateline,
    a weaker fallback).
    """

    name: str  # the gazetteer's display name, Indonesian form where there is one ("Kairo")
    text: str  # the words in the article that named it
    country: str | None  # ISO 3166-1 alpha-3
    precision: str
    basis: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None  # first-level region, by name


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event coded from one sentence, with the span that is its evidence."""

    type: str
    sentence: int
    start: int
    end: int
    trigger: str
    source: str | None = None
    target: str | None = None
    mode: str | None = None
    participants: tuple[str, ...] = ()
    date: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    # time of day "HH:MM" of the time expression that dates the event, where it gives one
    time: str | None = None
    location: str | None = None
    place: Place | None = None  # the gazetteer entry of the event's place (see Place)
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.5
    rule: str = ""


@dataclass(frozen=True, slots=True)
class DateWindow:
    """The dates a document can have been written on, inferred from its content."""

    earliest: date
    latest: date
    evidence: tuple[str, ...] = ()


@dataclass(slots=True)
class Document:
    """One article. Owns `text`; stages fill the record lists.

    The document is the only mutable object in the pipeline: a stage receives
    it, assigns the fields it declares, and returns it.
    """

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # filled by stages
    language: str | None = None
    title_span: tuple[int, int] | None = None
    outlet: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    published_window: DateWindow | None = None
    notes: list[str] = field(default_factory=list)  # non-fatal findings, e.g. truncation
    _id_cache: tuple[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def doc_id(self) -> str:
        # Hashing the normalised text costs ~0.2 ms; an ingest asks for the id
        # several times per document (half of a parallel ingest's writer time),
        # so it is kept with the text object it was computed from.
        cached = self._id_cache
        if cached is None or cached[0] is not self.text:
            cached = self._id_cache = (self.text, document_id(self.text))
        return cached[1]

    @property
    def anchor_date(self) -> date | None:
        """The date relative expressions resolve against: published, else the latest possible date."""
        if self.published is not None:
            return self.published
        if self.published_window is not None:
            return self.published_window.latest
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def tokens_of(self, sentence_index: int) -> list[Token]:
        return [t for t in self.tokens if t.sentence == sentence_index]

    def mentions_of(self, sentence_index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == sentence_index]

    def timexes_of(self, sentence_index: int) -> list[Timex]:
        return [t for t in self.timexes if t.sentence == sentence_index]

    def content_spans(self) -> list[tuple[int, int]]:
        """Stretches of `text` not covered by boilerplate or the headline, in order."""
        cuts = sorted([(b.start, b.end) for b in self.boilerplate]
                      + ([self.title_span] if self.title_span else []))
        spans, pos = [], 0
        for start, end in cuts:
            if start > pos:
                spans.append((pos, start))
            pos = max(pos, end)
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return spans


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form the document id is computed from: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def document_id(text: str) -> str:
    """A stable id: the first 16 hex digits of SHA-256 over the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
