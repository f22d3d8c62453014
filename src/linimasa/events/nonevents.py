"""Events that non-content carries: links, subheads, captions and headlines that survived cleaning.

The boilerplate stage removes the page furniture it recognises, but some lines slip
through: a related-article link without its "Baca juga" label, a teaser, a photo
caption whose label was cut and whose description was kept (it can state facts the
body does not repeat), or the headline standing in the text when the title came from
metadata. Coded like body sentences, they add events from other stories and code the
same event twice.

The rules, applied to the events of one document after coding:

1. `headline-like`: a line that reads as a headline (3 to MAX_HEADLINE_WORDS words,
   no closing stop, most long words capitalised) and is not the document's own
   headline is a link, teaser or subhead: its events are dropped.
2. `repeat`: an event from the document's headline or from a photo caption is dropped
   when a body sentence codes the same (type, source, target): the lead sentence that
   repeats the headline and the caption are one event, reported once, with the body
   sentence's evidence and date.
5. `credit`: SUPPORT and COOPERATE events of a sponsor or organiser credit ("Forum ini dipersembahkan oleh X
   dan didukung oleh Y", nonevents.yaml `credit_cues`) are dropped: backing an event is no political act.
6. `identifying-relative`: an event coded through a relative clause whose object is the case at hand
   ("majelis yang mengadili perkara ini menjatuhkan ...") is dropped: the clause names a body by its duty,
   it reports no act (nonevents.yaml `case_nouns`).
4. `list-lead`: a sentence that opens with a list announcer ("Berikut ini isi pasal yang digugat X ...:",
   clauses.yaml list_announcers) and ends with a colon introduces the list below it: its verbs describe the
   items ("yang digugat X"), no act is reported in it (issue 18, not an event: a list heading).
3. `own-duty`: a speaker's "X harus ..." (a REQUEST of form deontic) where X is the
   speaker's own body, named in the speaker's title somewhere in the document ("Ketua KPU
   RI Afifuddin": "..., karena KPU juga harus mengikuti undang-undang") explains that
   body's duty: no call on X is made, as the coder already holds for "kami harus ...".
"""
from __future__ import annotations

import re

from ..document import Document, Event
from ..language.alternation import phrase_alternation
from ..resources import load_data

# Indonesian headlines run to about 20 words; the longest Detik title (`judul`) of the
# 1,000-article corpus has fewer than 30 (clean/headline.py), but links and subheads
# that survive inside a body are short.
MAX_HEADLINE_WORDS = 20
MIN_HEADLINE_WORDS = 3
# Share of the words of four letters or more that are capitalised, at or above which a
# line reads as a Title Case headline. Body sentences full of names rarely reach it and
# always end with a stop.
TITLE_CASE_SHARE = 0.7
_STOPS = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPACE = re.compile(r"\s+")
_DEONTIC_RULE = "REQUEST.deontic."
_LIST_LEAD = re.compile(
    rf"^\W*(?:{phrase_alternation(load_data('id/clauses.yaml').get('list_announcers') or ['(?!)'])})\b[^\n]*:\s*$",
    re.IGNORECASE)
_DATA = load_data("id/nonevents.yaml")
_CREDIT = re.compile(rf"(?<!\w)(?:{phrase_alternation(_DATA['credit_cues'])})(?!\w)", re.IGNORECASE)
_CREDIT_TYPES = frozenset(_DATA["credit_types"])
_CASE_OBJECT = (rf"\s+(?:{'|'.join(map(re.escape, _DATA['case_nouns']))})"
                rf"(?:\s+\w+){{0,2}}?\s+(?:{'|'.join(map(re.escape, _DATA['case_demonstratives']))})(?!\w)")
_RELATIVE_LEAD = rf"(?<!\w)yang\s+(?:(?:{'|'.join(map(re.escape, _DATA['relative_adverbs']))})\s+)*"
# Kinds of actor a speaker may lead and name in a title ("Ketua KPU RI Afifuddin").
BODY_KINDS = frozenset({"organization"})


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def reads_as_headline(line: str) -> bool:
    """A short Title Case line without a closing stop: a headline, link or subhead."""
    stripped = line.strip()
    if not stripped or stripped.endswith(_STOPS):
        return False
    words = _WORD.findall(stripped)
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    long = [w for w in words if len(w) >= 4]
    if len(long) < 2:
        return False
    return sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


class NonEventFilter:
    """Drops the events of non-content lines (see the module docstring)."""

    def __call__(self, doc: Document, events: list[Event]) -> list[Event]:
        if not events:
            return events
        events = [e for e in events if not (e.rule.startswith(_DEONTIC_RULE) and self._own_body(doc, e))
                  and not (e.type in _CREDIT_TYPES and self._credit(doc, e))
                  and not (".relative" in e.rule and self._identifying(doc, e))]
        kinds = self._sentence_kinds(doc, {e.sentence for e in events})
        if not kinds:
            return events
        body = {(e.type, e.source, e.target) for e in events if e.sentence not in kinds}
        kept = []
        for event in events:
            kind = kinds.get(event.sentence)
            if kind == "headline-like":
                continue
            if kind == "repeat" and (event.type, event.source, event.target) in body:
                continue
            kept.append(event)
        return kept

    @staticmethod
    def _credit(doc: Document, event: Event) -> bool:
        """Whether the event's sentence is a sponsor or organiser credit."""
        return event.sentence < len(doc.sentences) and _CREDIT.search(doc.sentences[event.sentence].text) is not None

    @staticmethod
    def _identifying(doc: Document, event: Event) -> bool:
        """Whether the event's trigger heads a relative clause on the case at hand ("yang mengadili perkara ini")."""
        if event.sentence >= len(doc.sentences) or not event.trigger:
            return False
        trigger = r"\s+".join(map(re.escape, event.trigger.split()))
        return re.search(_RELATIVE_LEAD + trigger + _CASE_OBJECT, doc.sentences[event.sentence].text,
                         re.IGNORECASE) is not None

    @staticmethod
    def _own_body(doc: Document, event: Event) -> bool:
        """Whether the event's target, a body, is named in a title right before its source's name
        ("Ketua KPU RI Afifuddin"), anywhere in the document."""
        target = doc.actors.get(event.target) if event.target else None
        source = doc.actors.get(event.source) if event.source else None
        if target is None or source is None or target.kind not in BODY_KINDS:
            return False  # a person, or a country standing for its citizens ("warga negara harus patuh")
        bodies = "|".join(re.escape(n) for n in {target.name, *target.aliases} if n)
        people = "|".join(re.escape(n) for n in {source.name, *source.aliases} if n)
        if not bodies or not people:
            return False
        return re.search(rf"(?<!\w)(?:{bodies})(?:\s+RI)?\s+(?:{people})(?!\w)", doc.text, re.IGNORECASE) is not None

    @staticmethod
    def _sentence_kinds(doc: Document, wanted: set[int]) -> dict[int, str]:
        """`headline-like` or `repeat` for each sentence in `wanted` that stands in such a line."""
        text = doc.text
        title = _norm(doc.title) if doc.title else None
        captions = {b.start for b in doc.boilerplate if b.reason == "caption"}
        kinds: dict[int, str] = {}
        for index in wanted:
            if index >= len(doc.sentences):
                continue
            sentence = doc.sentences[index]
            line_start = text.rfind("\n", 0, sentence.start) + 1
            line_end = text.find("\n", sentence.end)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            if _LIST_LEAD.match(sentence.text):
                kinds[index] = "headline-like"  # "Berikut ini pasal yang digugat X:": the list's lead, as a subhead
            elif title is not None and _norm(line) == title:
                kinds[index] = "repeat"
            elif line_start in captions or (line_start + len(line) - len(line.lstrip())) in captions:
                kinds[index] = "repeat"
            elif _norm(line) == _norm(sentence.text) and reads_as_headline(line):
                kinds[index] = "headline-like"
        return kinds
