"""Figures: reported quantities of people (killed, injured, hostages, detained, displaced, people) and money.

For each quantity of the numbers stage, in order:
1. money when its unit is a currency;
2. left out when it counts time (a duration: "10 bulan") or a percentage;
3. the category of the nearest cue word within the clause, before or after the
   number ("menewaskan 1.200 orang", "251 lainnya disandera");
4. else "people" when a people noun follows ("1,3 juta warga sipil"), else "other"
   ("empat batalyon", "hampir selusin panggilan telepon").
The subject is the people noun phrase after the number; the source is "menurut X"
or "kata X" in the sentence (an actor id where X resolves, else the words); the
as-of date is the sentence's time expression, else the document date.
"""
from __future__ import annotations

import re

from ..document import Document, Figure, Quantity
from ..pipeline import register
from ..resources import Resources

WORD = re.compile(r"\w+(?:-\w+)*")
CLAUSE_EDGE = re.compile(r"[;:()“”\"]|[.!?](?=\s|$)|,\s+(?:sementara|namun|tetapi|sedangkan)\b")


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@register("figures", requires=("sentences", "quantities", "mentions", "actors", "timexes"), adds=("figures",))
class FigureFinder:
    """Categorises reported quantities.

    Adds `doc.figures`: Figure(sentence, start, end, text, value, value_max, qualifier,
    category, subject, attributed_to, as_of).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/figure_categories.yaml")
        self.window = int(data.get("window", 7))
        self.cue_category = {}
        for category, words in data["categories"].items():
            for word in words:
                self.cue_category[" ".join(word.lower().split())] = category
        self.cue_re = re.compile(r"(?<!\w)(" + _alternation(self.cue_category) + r")(?![\w-])", re.IGNORECASE)
        self.people = frozenset(data["people_nouns"])
        self.people_re = re.compile(r"\s*(" + _alternation(data["people_nouns"]) + r")(?![\w-])", re.IGNORECASE)
        self.time_units = frozenset(data["time_units"])
        self.money_units = frozenset(data["money_units"])
        self.subject_stop = frozenset(data["subject_stop"])
        self.according_re = re.compile(r"(?<!\w)(?:" + _alternation(data["according_to"]) + r")\s+", re.IGNORECASE)

    def __call__(self, doc: Document) -> Document:
        figures = []
        for q in doc.quantities:
            sentence = doc.sentence_at(q.start)
            if sentence is None:
                continue
            category = self._category(doc, q, sentence)
            if category is None:
                continue
            figures.append(Figure(
                sentence=sentence.index, start=q.start, end=q.end, text=q.text, value=q.value,
                value_max=q.value_max, qualifier=q.qualifier, category=category,
                subject=self._subject(doc, q) if category != "money" else None,
                attributed_to=self._source(doc, sentence),
                as_of=self._as_of(doc, q, sentence),
            ))
        doc.figures = figures
        return doc

    def _clause(self, doc: Document, q: Quantity, sentence) -> tuple[int, int]:
        start, end = sentence.start, sentence.end
        for edge in CLAUSE_EDGE.finditer(doc.text, sentence.start, sentence.end):
            if edge.end() <= q.start:
                start = edge.end()
            elif edge.start() >= q.end:
                end = edge.start()
                break
        return start, end

    def _next_word(self, doc: Document, q: Quantity) -> str:
        found = WORD.search(doc.text, q.end, min(len(doc.text), q.end + 40))
        return found.group().lower() if found else ""

    def _category(self, doc: Document, q: Quantity, sentence) -> str | None:
        unit = (q.unit or "").lower()
        if unit in self.money_units:
            return "money"
        following = self._next_word(doc, q)
        if unit in self.time_units or following in self.time_units or unit == "persen":
            return None
        start, end = self._clause(doc, q, sentence)
        best, best_distance = None, None
        for cue in self.cue_re.finditer(doc.text, start, end):
            if q.start <= cue.start() < q.end:
                continue
            if cue.end() <= q.start:
                distance = len(WORD.findall(doc.text, cue.end(), q.start))
            else:
                distance = len(WORD.findall(doc.text, q.end, cue.start()))
            if distance > self.window:
                continue
            if best is None or distance < best_distance:
                best, best_distance = cue, distance
        if best is not None:
            return self.cue_category[" ".join(best.group(1).lower().split())]
        if unit in ("orang", "warga", "jiwa") or self.people_re.match(doc.text, q.end):
            return "people"
        return "other"

    def _subject(self, doc: Document, q: Quantity) -> str | None:
        begin = q.end
        if q.unit:  # the numbers stage keeps a people unit inside the quantity: "46.000 warga"
            last = list(WORD.finditer(doc.text, q.start, q.end))[-1:]
            if last and last[0].group().lower() in self.people:
                begin = last[0].start()
        found = self.people_re.match(doc.text, begin)
        if not found:
            return None
        words = []
        for word in WORD.finditer(doc.text, found.start(1), min(len(doc.text), found.start(1) + 60)):
            lowered = word.group().lower()
            if words and (lowered in self.subject_stop or lowered in self.cue_category or not doc.text[words[-1].end():word.start()].isspace()):
                break
            words.append(word)
            if len(words) == 3:
                break
        return doc.text[words[0].start():words[-1].end()] if words else None

    def _source(self, doc: Document, sentence) -> str | None:
        found = self.according_re.search(doc.text, sentence.start, sentence.end)
        if not found:
            return None
        stop = re.compile(r"[,.;:()]")
        edge = stop.search(doc.text, found.end(), sentence.end)
        end = edge.start() if edge else sentence.end
        for m in doc.mentions:
            if m.actor and m.actor in doc.actors and found.end() <= m.start < end:
                return m.actor
        words = doc.text[found.start():end].split()
        return " ".join(words[:8]) if len(words) > 1 else None

    @staticmethod
    def _as_of(doc: Document, q: Quantity, sentence):
        best, best_distance = None, None
        for t in doc.timexes:
            if t.sentence != sentence.index or t.value is None:
                continue
            distance = abs(t.start - q.start)
            if best is None or distance < best_distance:
                best, best_distance = t, distance
        if best is None:
            return doc.anchor_date
        # A count over a span ("sejak 7 Oktober": from then to the report) stands as of
        # the span's end; its start is when counting began.
        return best.value_end if best.value_end is not None and best.value_end != best.value else best.value
