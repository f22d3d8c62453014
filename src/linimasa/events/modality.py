"""Modality, negation and date of a coded event, from the words around its trigger.

Cue words are data (`resources/id/modality.yaml`). Precedence when several cues
apply: hypothetical > expected > planned > reported > asserted, because a
condition or a forecast qualifies a plan, and a plan reported by someone is still
a plan to the analyst.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..document import Timex
from .arguments import SentenceView, words_between


SINCE = re.compile(r"\s*sejak\s+(?:hari\s+|tanggal\s+)?")
TEMPORAL = re.compile(r"\s*(?:sejak|selama|pada)\b")
# A relative clause in the passive or ter- voice describes the event itself
# ("serangan yang dilakukan militan pada 7 Oktober 2023", "ledakan yang terjadi Senin"),
# so a time expression inside it dates the event.
RELATIVE_EVENT = re.compile(r"\s*yang\s+(?:di|ter)[a-z]+\b")


def _first_after(timexes: list[Timex], base: int, pos: int) -> Timex | None:
    after = [t for t in timexes if t.start - base >= pos and t.value is not None]
    return min(after, key=lambda t: t.start) if after else None


@dataclass(frozen=True, slots=True)
class DateGuess:
    date: date | None
    date_end: date | None
    precision: str
    rule: str


class ModalityReader:
    """Reads modality, negation and the date of an event from its sentence."""

    def __init__(self, data: dict):
        self.window = int(data.get("window", 4))
        self.cues = {name: frozenset(words) for name, words in data["modality"].items()}
        self.negation = frozenset(data["negation"]["words"])
        self.negation_window = int(data["negation"].get("window", 2))
        self.negation_skip = frozenset(data["negation"].get("skip", ()))
        self.reported = frozenset(data["reported_cues"])
        self.conditional = frozenset(data["conditional"])
        self.perfect = frozenset(data["perfect"])

    def _words_before(self, view: SentenceView, start: int, clause_start: int) -> list[str]:
        return [w for w, _ in words_between(view, clause_start, start)]

    def modality(self, view: SentenceView, trigger_start: int, clause_start: int) -> str:
        sentence_before = self._words_before(view, trigger_start, 0)
        if any(w in self.conditional for w in sentence_before):
            return "hypothetical"
        near = self._words_before(view, trigger_start, clause_start)[-self.window:]
        for name in ("hypothetical", "expected", "planned"):
            if any(w in self.cues.get(name, ()) for w in near):
                return name
        if "bahwa" in sentence_before or any(w in self.reported for _, _, w, _ in view.words):
            return "reported"
        return "asserted"

    def negated(self, view: SentenceView, trigger_start: int, clause_start: int) -> bool:
        words = self._words_before(view, trigger_start, clause_start)
        seen = 0
        for word in reversed(words):
            if word in self.negation:
                return True
            if word in self.negation_skip:
                continue
            seen += 1
            if seen >= self.negation_window:
                return False
        return False

    def perfect_before(self, view: SentenceView, trigger_start: int, clause_start: int) -> bool:
        near = self._words_before(view, trigger_start, clause_start)[-self.window:]
        return any(w in self.perfect for w in near)

    def date(self, view: SentenceView, timexes: list[Timex], trigger_start: int, clause: tuple[int, int],
             anchor: date | None, modality: str) -> DateGuess:
        """The time expression nearest the trigger in its clause, else the document date.

        A span opened by "sejak" runs to the document date. Without a time expression
        the event is dated by the document (precision unknown: it happened at or before
        the report), except for planned, expected or past-perfect events, which get no date.
        """
        base = view.sentence.start
        clause_start, clause_end = clause
        inside = [t for t in timexes if t.value is not None and clause_start <= t.start - base < clause_end]
        if not inside:
            # "... sejak hari Jumat", "... selama serangannya pada 7 Oktober", "... yang dilakukan
            # X pada 7 Oktober": a temporal or relative clause right after the event's clause dates it
            following = _first_after(timexes, base, clause_end)
            if following is not None and (following.start - base == clause_end or (
                    (TEMPORAL.match(view.low, clause_end) or RELATIVE_EVENT.match(view.low, clause_end))
                    and sum(clause_end <= b < following.start - base for b, _ in view.breaks) <= 1)):
                inside = [following]
        best = min(inside, key=lambda t: abs(t.start - base - trigger_start)) if inside else None
        if best is not None:
            local = best.start - base
            before = view.low[max(0, local - 8):local]
            if best.text.lower().startswith("sejak") and best.value_end is not None:
                return DateGuess(best.value, best.value_end, "week" if (best.value_end - best.value).days <= 7 else "month", "timex.since")
            if re.search(r"\bsejak\s*$", before) and anchor is not None and anchor >= best.value:
                span = (anchor - best.value).days
                precision = "week" if span <= 7 else "month" if span <= 31 else "year"
                return DateGuess(best.value, anchor, precision, "timex.since")
            return DateGuess(best.value, best.value_end or best.value, best.precision, "timex")
        if anchor is None or modality in ("planned", "expected", "hypothetical"):
            return DateGuess(None, None, "unknown", "none")
        if self.perfect_before(view, trigger_start, clause_start):
            return DateGuess(None, None, "unknown", "perfect")
        return DateGuess(anchor, anchor, "unknown", "document")
