"""Event merging: the per-document events that report one real event become one merged event.

Two reports are the same event only when all of these hold (the same type and
source in the same week is not enough: a minister "asks" something of someone
every day):

- Key: the same PLOVER type and the same realis (asserted/reported against
  planned/expected/hypothetical).
- Arguments: actors match by id, or by country where one side is generic (a
  country-level actor such as ISR against ISR.MIL); no actor matches only no
  actor, except a target left unnamed by one of two reports dated to one day.
  Named locations must not differ.
- Dates: each report's interval comes from a time expression of its own text,
  or, for a report dated only by its document, the document's publication day
  (precision 'unknown'). A document known only by an inferred publication
  window dates nothing: its undated reports never merge on their date, since a
  window months wide would join the same acts months apart. Two intervals are
  compatible when their precisions are comparable (at most one step apart on
  day < week ~ report < month < year: a year-dated act is no evidence for a
  day-dated one) and they overlap once widened by the tolerance of the finer
  of the two (TOLERANCE_DAYS).
- Evidence: the two sentences say the same thing (says_the_same). Each is
  reduced to its content words, lightly stemmed (evidence.py), without the
  trigger and the actors' names, and the share of words of either sentence
  found in the other must reach SAME_EVIDENCE; or both recall one past act by
  its stated day. A report joins a merged event when this holds against one
  of its members.

Merging is transitive (a report that bridges two merged events joins them) but
bounded: the span of a merged event's best-precision dates may not exceed
SPAN_BOUND_DAYS for that precision, so a chain of daily strikes never becomes
one event lasting a month.

Calibration: the tolerances follow the issue (day ±1, week ±7, month ±31,
year ±366); the day bound of 3 days lets 'Sabtu' in one report and 'Minggu dini
hari' in another meet, which the sample corpus shows for the 7 October attack.
SAME_EVIDENCE: see its comment. Re-run tests/test_corpus_merging.py and the
sampled judgement of docs/quality/merging-sample.md after changing them.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from .evidence import EvidenceTerms

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
# How fine a date is, for comparing two: a report dated by its publication day
# ('unknown') says the act happened in the days before it, about a week's worth.
COMPARABLE_RANK = {"day": 0, "week": 1, "unknown": 1, "month": 2, "year": 3}
TOLERANCE_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366, "unknown": 1}
SPAN_BOUND_DAYS = {"day": 3, "week": 14, "month": 62, "year": 732, "unknown": 3}
IRREALIS = frozenset({"planned", "expected", "hypothetical"})
# The share of content words of two evidence sentences found in the other.
# Calibrated on the Detik 1,000 plus the seeds (docs/quality/merging-sample.md):
# of the 440 pairs of reports from different articles that pass every other
# criterion, the 26 rewrites of one statement by two outlets scored 0.58-1.00,
# while one actor's different acts of the same days (one commission's
# seizures, one president's requests, protests in different cities) scored at
# most 0.46, nearly all under 0.30. Missed: one agreement told in very unlike
# words (0.25).
SAME_EVIDENCE = 0.5
# A day stated more than this many days before a report is a recalled act, not the day's news
# (see _same_recalled_act); a week, so that follow-up reports of the same week still need agreeing words.
RECALLED_AFTER_DAYS = 7


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event argument as the merger sees it."""

    id: str
    country: str | None = None
    generic: bool = False  # a country-level actor: it matches any actor of its country


@dataclass(frozen=True, slots=True)
class Report:
    """One stored per-document event, with what merging needs from its document."""

    doc_id: str
    idx: int
    type: str
    source: ActorRef | None
    target: ActorRef | None
    date: date | None
    date_end: date | None
    precision: str
    mode: str | None = None
    modality: str = "asserted"
    evidence: str = ""
    doc_date: date | None = None
    seq: int = 0
    canonical_id: str = ""
    outlet: str | None = None
    location: str | None = None
    # Whether a time expression of the document dates the event; None: trust `precision`.
    dated_by_text: bool | None = None
    # Whether `doc_date` is the publication day; False when it is only the end of an inferred window.
    doc_date_known: bool = True
    # Words the other criteria already compare (the trigger, the actors' names): evidence similarity skips them.
    known_words: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, bool]:
        return (self.type, self.modality not in IRREALIS)

    @property
    def interval(self) -> tuple[date, date, str] | None:
        """The dates the event can fall on and their precision; None when nothing dates it."""
        own_date = self.date is not None and self.precision in PRECISION_RANK and self.precision != "unknown"
        if own_date and self.dated_by_text is not False:
            return self.date, self.date_end or self.date, self.precision
        if self.doc_date is not None and self.doc_date_known:
            return self.doc_date, self.doc_date, "unknown"
        return None


def actors_match(a: ActorRef | None, b: ActorRef | None, *, unnamed_ok: bool = False) -> bool:
    """Same actor, or same country where one side is generic; an unnamed side matches
    a named one only when `unnamed_ok` (see `_arguments_match`)."""
    if a is None or b is None:
        return (a is None and b is None) or unnamed_ok
    if a.id == b.id:
        return True
    return (a.generic or b.generic) and a.country is not None and a.country == b.country


def event_id(doc_id: str, idx: int) -> str:
    return hashlib.sha1(f"{doc_id}:{idx}".encode()).hexdigest()[:16]


@dataclass(slots=True)
class MergedEvent:
    """A cluster of reports; its summary fields are derived from the members."""

    id: str
    members: list[Report] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, bool]:
        return self.members[0].key

    @property
    def best_precision(self) -> str:
        ranks = [PRECISION_RANK[r.interval[2]] for r in self.members if r.interval]
        return next(p for p, rank in PRECISION_RANK.items() if rank == min(ranks)) if ranks else "unknown"

    def span(self) -> tuple[date, date, str] | None:
        """The span of the best-precision members' dates."""
        best = self.best_precision
        intervals = [r.interval for r in self.members if r.interval and r.interval[2] == best]
        if not intervals:
            return None
        return min(i[0] for i in intervals), max(i[1] for i in intervals), best

    def _representative(self, role: str) -> ActorRef | None:
        refs = [getattr(r, role) for r in self.members]
        specific = Counter(ref for ref in refs if ref is not None and not ref.generic)
        counts = specific or Counter(ref for ref in refs if ref is not None)
        if not counts:
            return None
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].id))[0][0]

    @property
    def source(self) -> ActorRef | None:
        return self._representative("source")

    @property
    def target(self) -> ActorRef | None:
        return self._representative("target")

    @property
    def locations(self) -> set[str]:
        return {r.location.casefold() for r in self.members if r.location}

    def accepts(self, report: Report, same_evidence: Callable[[Report, Report], bool]) -> bool:
        """Whether `report` may join: same key, matching actors and place, compatible date, span within
        bound, and evidence saying the same thing as one member's."""
        if report.key != self.key:
            return False
        if not _arguments_match(report.source, report.target, report.interval, self.source, self.target, self.span()):
            return False
        if not _places_match({report.location.casefold()} if report.location else set(), self.locations):
            return False
        if not _dates_compatible(report.interval, self.span()):
            return False
        return any(same_evidence(report, m) for m in self.members)

    def absorbs(self, other: "MergedEvent", same_evidence: Callable[[Report, Report], bool]) -> bool:
        if other.key != self.key:
            return False
        if not _arguments_match(other.source, other.target, other.span(), self.source, self.target, self.span()):
            return False
        if not _places_match(other.locations, self.locations) or not _dates_compatible(other.span(), self.span()):
            return False
        return any(same_evidence(a, b) for a in other.members for b in self.members)

    def summary(self) -> dict:
        """The row stored in `merged_events`."""
        members = sorted(self.members, key=_report_order)
        best = self.best_precision
        dated = [r for r in members if r.interval and r.interval[2] == best and best != "unknown"]
        if dated:
            counts = Counter((r.interval[0], r.interval[1]) for r in dated)
            first_seen = {}
            for r in dated:
                first_seen.setdefault((r.interval[0], r.interval[1]), len(first_seen))
            day, day_end = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))[0]
        else:
            day = day_end = None
        span = self.span()
        modes = Counter(r.mode for r in members if r.mode)
        source, target = self.source, self.target
        first = members[0]
        return {
            "event_id": self.id, "type": first.type, "mode": modes.most_common(1)[0][0] if modes else None,
            "realis": first.key[1], "source": source.id if source else None, "target": target.id if target else None,
            "date": day, "date_end": day_end if day_end != day else None, "precision": best,
            "span_start": span[0] if span else None, "span_end": span[1] if span else None,
            "first_reported": first.doc_date, "first_doc_id": first.doc_id,
            "support": len({r.doc_id for r in members}),
            "reports": len({r.canonical_id or r.doc_id for r in members}),
            "outlets": len({r.outlet.casefold() for r in members if r.outlet}),
        }


def _arguments_match(source_a, target_a, interval_a, source_b, target_b, interval_b) -> bool:
    """Sources must match; targets too, except that one report may leave the target unnamed
    when both are dated to the same day: "Hamas attacked on 7 October" and "Hamas attacked
    Israel on 7 October" report one event. Undated or coarsely dated reports need both actors,
    since without a day the unnamed target could be anyone."""
    if source_a is None or not actors_match(source_a, source_b):
        return actors_match(source_a, source_b) and actors_match(target_a, target_b)
    same_day = (interval_a is not None and interval_b is not None and interval_a[2] == "day"
                and interval_b[2] == "day" and interval_a[0] == interval_b[0])
    return actors_match(target_a, target_b, unnamed_ok=same_day)


def says_the_same(a: Report, b: Report, terms: EvidenceTerms, threshold: float = SAME_EVIDENCE) -> bool:
    """Whether two reports say the same thing: their sentences share enough words beyond those the other
    criteria compare, or both recall one past act by its stated day (_same_recalled_act)."""
    if (a.evidence and a.evidence == b.evidence) or _same_recalled_act(a, b):
        return True
    return terms.similarity(a.evidence, b.evidence, a.known_words | b.known_words) >= threshold


def _same_recalled_act(a: Report, b: Report) -> bool:
    """Both texts name the source and state the same day, a day well before either report was written.

    Reports of the day's news often tell several acts of one actor on that day (a police force's arrests, an
    army's strikes), so for them the words must agree. A report that recalls a past act by its day refers
    to one act everybody dates the same way ("serbuan kelompok itu pada 12 Maret 2021"), whatever else its
    sentence says; then type, source and stated day are what the two sentences say, and that is the same.
    """
    if a.source is None or b.source is None or a.dated_by_text is False or b.dated_by_text is False:
        return False
    same_day = a.date == b.date and (a.date_end or a.date) == (b.date_end or b.date)
    if not (a.precision == b.precision == "day" and same_day):
        return False
    recalled = timedelta(days=RECALLED_AFTER_DAYS)
    return all(r.doc_date is not None and r.doc_date - a.date > recalled for r in (a, b))


def _places_match(a: set[str], b: set[str]) -> bool:
    """Unnamed places match anything; named ones must share a name or contain one another ("Jakarta Pusat")."""
    if not a or not b:
        return True
    return any(x in y or y in x for x in a for y in b)


def _report_order(report: Report) -> tuple:
    return (report.doc_date or date.max, report.seq, report.idx)


def _dates_compatible(a: tuple[date, date, str] | None, b: tuple[date, date, str] | None) -> bool:
    if a is None or b is None:
        return False
    if abs(COMPARABLE_RANK[a[2]] - COMPARABLE_RANK[b[2]]) > 1:
        return False
    finer = min(a[2], b[2], key=PRECISION_RANK.__getitem__)
    tolerance = timedelta(days=TOLERANCE_DAYS[finer])
    if not (a[0] <= b[1] + tolerance and b[0] <= a[1] + tolerance):
        return False
    # The bound applies to the dates that will define the merged span: those of the finer precision.
    if a[2] != b[2]:
        return True
    return (max(a[1], b[1]) - min(a[0], b[0])).days <= SPAN_BOUND_DAYS[a[2]]


class EventMerger:
    """Holds merged events by key and adds reports to them one at a time."""

    def __init__(self, events: Iterable[MergedEvent] = (), *, evidence: EvidenceTerms | None = None):
        self.evidence = evidence or EvidenceTerms()
        self.same = partial(says_the_same, terms=self.evidence)
        self.by_key: dict[tuple[str, bool], list[MergedEvent]] = {}
        self.by_id: dict[str, MergedEvent] = {}
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        # doc id -> the merged events its reports belong to, so a copy finds its
        # original's events without scanning every event
        self._by_doc: dict[str, set[str]] = {}
        for event in events:
            self._index(event)

    def _index(self, event: MergedEvent) -> None:
        self.by_key.setdefault(event.key, []).append(event)
        self.by_id[event.id] = event
        for member in event.members:
            self._by_doc.setdefault(member.doc_id, set()).add(event.id)

    def _join(self, event: MergedEvent, report: Report) -> None:
        event.members.append(report)
        self._by_doc.setdefault(report.doc_id, set()).add(event.id)
        self.changed.add(event.id)

    def events_of(self, doc_id: str) -> set[str]:
        """The ids of the merged events that hold a report of `doc_id`."""
        return self._by_doc.get(doc_id, set())

    def _distance(self, event: MergedEvent, report: Report) -> tuple:
        span, interval = event.span(), report.interval
        gap = abs((span[0] - interval[0]).days) if span and interval else 0
        return (gap, PRECISION_RANK[span[2]] if span else 9, event.id)

    def add(self, report: Report) -> MergedEvent:
        """Join the closest compatible merged event (joining any others it bridges) or start one."""
        candidates = [e for e in self.by_key.get(report.key, []) if e.accepts(report, self.same)]
        if not candidates:
            event = MergedEvent(event_id(report.doc_id, report.idx), [report])
            self._index(event)
            self.changed.add(event.id)
            return event
        candidates.sort(key=lambda e: self._distance(e, report))
        event = candidates[0]
        self._join(event, report)
        for other in candidates[1:]:
            if other.id in self.by_id and event.absorbs(other, self.same):
                self._absorb(event, other)
        return event

    def attach(self, report: Report, allowed: set[str]) -> MergedEvent | None:
        """Add a copy's report to one of the `allowed` merged events (its original's), never start one."""
        pool = [self.by_id[i] for i in sorted(allowed) if i in self.by_id]
        same_sentence = [e for e in pool if e.key == report.key
                         and any(m.evidence == report.evidence for m in e.members)]
        matches = same_sentence or [e for e in pool if e.accepts(report, self.same)]
        if not matches:
            return None
        event = matches[0]
        self._join(event, report)
        return event

    def _absorb(self, event: MergedEvent, other: MergedEvent) -> None:
        event.members.extend(other.members)
        for member in other.members:
            events = self._by_doc[member.doc_id]
            events.discard(other.id)
            events.add(event.id)
        self.by_key[other.key].remove(other)
        del self.by_id[other.id]
        self.changed.discard(other.id)
        self.removed.add(other.id)
