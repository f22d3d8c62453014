"""Modality, negation and date of a coded event, from the words around its trigger.

Cue words are data (`resources/id/modality.yaml`). Precedence when several cues
apply: hypothetical > expected > planned > reported > asserted, because a
condition or a forecast qualifies a plan, and a plan reported by someone is still
a plan to the analyst. Questions ("Apakah Israel akan menyerang?", "tahanan mana
yang bisa dibebaskan") and conditionals are hypothetical: they assert nothing.
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
# A sentence stop between a trigger and a question mark ("." inside "Rp 1.000" is none).
STOP = re.compile(r"!|\.(?!\w)")


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
        self.kalau_that_after = frozenset(data.get("complementizer_kalau_after", ()))
        self.conditional_modals = frozenset(data.get("conditional_modals", ()))
        question = data.get("question", {})
        self.question_words = frozenset(question.get("words", ()))
        self.which = question.get("which")
        self.which_not_after = frozenset(question.get("which_not_after", ()))
        self.which_window = int(question.get("which_window", 6))
        self.alleged = frozenset(data.get("alleged_before", ()))
        self.perfect = frozenset(data["perfect"])

    def _words_before(self, view: SentenceView, start: int, clause_start: int) -> list[str]:
        return [w for w, _ in words_between(view, clause_start, start)]

    def modality(self, view: SentenceView, trigger_start: int, clause_start: int) -> str:
        sentence_before = self._words_before(view, trigger_start, 0)
        if self._conditional_before(sentence_before) or self._question(view, trigger_start, sentence_before):
            return "hypothetical"
        near = self._words_before(view, trigger_start, clause_start)[-self.window:]
        for name in ("hypothetical", "expected", "planned"):
            if any(w in self.cues.get(name, ()) for w in near):
                if name != "hypothetical" and self._conditional_after(view, trigger_start):
                    return "hypothetical"
                return name
        if any(w in self.conditional_modals for w in near) and self._conditional_after(view, trigger_start):
            return "hypothetical"
        if ("bahwa" in sentence_before or self._that_kalau(sentence_before) or any(w in self.alleged for w in sentence_before)
                or any(w in self.reported for _, _, w, _ in view.words)):
            return "reported"
        return "asserted"

    def _is_that(self, words: list[str], i: int) -> bool:
        """Colloquial "kalau" right after a verb of saying or knowing means "that"."""
        return words[i] == "kalau" and i > 0 and words[i - 1] in self.kalau_that_after

    def _that_kalau(self, words: list[str]) -> bool:
        return any(self._is_that(words, i) for i in range(len(words)))

    def _conditional_before(self, words: list[str]) -> bool:
        return any(w in self.conditional and not self._is_that(words, i) for i, w in enumerate(words))

    def _conditional_after(self, view: SentenceView, trigger_start: int) -> bool:
        after = [w for w, _ in words_between(view, trigger_start, len(view.text))]
        return self._conditional_before(after)

    def _question(self, view: SentenceView, trigger_start: int, sentence_before: list[str]) -> bool:
        """A yes-no question word before the trigger, "X mana" (which X) just before it,
        or a question mark ending the trigger's sentence."""
        if any(w in self.question_words for w in sentence_before):
            return True
        near = sentence_before[-self.which_window:]
        for i, word in enumerate(near):
            if word == self.which and i and near[i - 1] not in self.which_not_after:
                return True
        mark = view.text.find("?", trigger_start)
        return mark >= 0 and STOP.search(view.text, trigger_start, mark) is None

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
