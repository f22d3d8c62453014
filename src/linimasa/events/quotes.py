"""Quotes: who said what, direct ("“...,” kata X") and indirect ("X mengatakan bahwa ...").

Steps, in order:
1. direct quotes between paired marks: “…”, \\”…\\” (a backslash before the mark is
   left by machine translation), "…" and ‘…’; one word between marks is a scare
   quote or a name, not speech;
2. the speaker of each: "kata/ujar/... X" after the quote (in its sentence or at the
   start of the next: "“A.” Kata X."), a continuation word ("lanjutnya") for the last
   speaker, "X mengatakan (bahwa)" or "menurut X" before it, else the speaker of the
   quote just before it ("“A,” kata X. “B.”");
3. indirect quotes: "X mengatakan bahwa ..." and a sentence closed by ", kata X";
   the text is the reported content.
The speaker is the actor of a resolved mention inside the speaker's words; an
anaphor ("pejabat tersebut") with no resolved mention takes the last speaker.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document, Quote
from ..pipeline import register
from ..resources import Resources

WORD = re.compile(r"\w+(?:-\w+)*")
VERBAL = re.compile(r"^(?:me|ber)\w{3,}")
# Paired marks, most specific first; a span claimed by one is masked for the rest.
QUOTE_PATTERNS = (
    re.compile(r"\\[”“\"](.{2,1500}?)\\[”“\"]", re.DOTALL),
    re.compile(r"“([^“”]{2,1500}?)”"),
    re.compile(r'"([^"\n]{2,1500}?)"'),
    re.compile(r"‘([^‘’\n]{2,400}?)’"),
)
# How far after a quote its attribution may stand (characters).
ATTRIBUTION_REACH = 300
# More words than this after ", kata X" mean the attribution stands inside the reported content.
MIDDLE_ATTRIBUTION_WORDS = 6
# Words between the reporting verb and the quote mark ("mengatakan pada hari Minggu bahwa ...").
BEFORE_REACH_WORDS = 12


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@register("quotes", requires=("sentences", "mentions", "actors"), adds=("quotes",))
class QuoteFinder:
    """Finds quotes and their speakers.

    Adds `doc.quotes`: Quote(sentence, start, end, text, kind (direct | indirect),
    speaker (actor id or None), speaker_text, addressee, addressee_text).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/reporting_verbs.yaml")
        self.stop = frozenset(data["stop"])
        self.trim = frozenset(data["trim"])
        self.anaphora = frozenset(data["anaphora"])
        after = _alternation(data["after"])
        self.after_re = re.compile(r"(?:^|(?<=[,.;:!?”\"’]))\s*(?:" + after + r")\s+(?=\w)|(?<!\w)(?:"
                                   + after + r")\s+(?=[A-Z\w])", re.IGNORECASE)
        self.continuation_re = re.compile(r"^[\s,.]*(?:" + _alternation(data["continuation"]) + r")\b", re.IGNORECASE)
        self.before_re = re.compile(r"(?<!\w)(" + _alternation(data["before"] + data["before_direct_only"]) + r")(?!\w)",
                                    re.IGNORECASE)
        self.indirect_verbs = frozenset(v.lower() for v in data["before"])
        self.according_re = re.compile(r"(?<!\w)(?:" + _alternation(data["according_to"]) + r")\s+", re.IGNORECASE)
        self.addressee_re = re.compile(r"\s*(?:" + _alternation(data["addressee_markers"]) + r")\s+", re.IGNORECASE)
        self.bahwa_re = re.compile(r"\bbahwa\s+", re.IGNORECASE)
        self.postposed_re = re.compile(r",\s*(?:" + after + r")\s+(?=\w)", re.IGNORECASE)

    # ---- the stage
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        spans = self._direct_spans(doc)
        quotes: list[Quote] = []
        last: tuple[str | None, str | None] | None = None
        previous_end = -1
        for start, end in spans:
            sentence = doc.sentence_at(start)
            speaker = self._speaker_after(doc, end)
            if speaker is None and self.continuation_re.match(text[end + 1:end + 40]):
                speaker = last + (None, None) if last else None
            if speaker is None:
                speaker = self._speaker_before(doc, start, sentence)
            if speaker is None and last is not None and self._near(doc, previous_end, start):
                speaker = last + (None, None)
            speaker = self._anaphor(speaker, last)
            actor, words, addressee, addressee_text = speaker if speaker else (None, None, None, None)
            # The span without the blanks just inside the quote marks, so `text` is exactly text[start:end].
            inner = text[start:end]
            stripped_start = start + len(inner) - len(inner.lstrip())
            stripped_end = end - (len(inner) - len(inner.rstrip()))
            quotes.append(Quote(sentence.index if sentence else -1, stripped_start, stripped_end,
                                text[stripped_start:stripped_end], "direct", actor, words, addressee, addressee_text))
            if words:
                last = (actor, words)
            previous_end = end
        quotes.extend(self._indirect(doc, spans))
        quotes.sort(key=lambda q: q.start)
        doc.quotes = self._resolve_anaphora(quotes)
        return doc

    # ---- direct quotes
    def _direct_spans(self, doc: Document) -> list[tuple[int, int]]:
        text = doc.text
        taken = [False] * len(text)
        spans = []
        title = doc.title_span
        for pattern in QUOTE_PATTERNS:
            for found in pattern.finditer(text):
                start, end = found.start(1), found.end(1)
                if any(taken[found.start():found.end()]):
                    continue
                inner = text[start:end]
                if len(WORD.findall(inner)) < 2 or doc.sentence_at(start) is None:
                    continue
                if title and title[0] <= start < title[1]:
                    continue
                for i in range(found.start(), found.end()):
                    taken[i] = True
                spans.append((start, end))
        return sorted(spans)

    def _near(self, doc: Document, previous_end: int, start: int) -> bool:
        """A quote follows the previous one within a sentence or two: "“A,” kata X. “B.”"."""
        if previous_end < 0:
            return False
        a, b = doc.sentence_at(previous_end), doc.sentence_at(start)
        return a is not None and b is not None and 0 <= b.index - a.index <= 1

    # ---- speakers
    def _speaker_after(self, doc: Document, end: int):
        text = doc.text
        window_end = min(len(text), end + ATTRIBUTION_REACH)
        next_quote = re.search(r"[“\"‘]|\\”", text[end + 1:window_end])
        if next_quote:
            window_end = end + 1 + next_quote.start()
        here = doc.sentence_at(end) or doc.sentence_at(end - 1)
        if here is not None:
            following = doc.sentence_at(here.end + 1) or doc.sentence_at(here.end)
            limit = following.end if following is not None and following.index == here.index + 1 else here.end
            window_end = min(window_end, limit)
        found = self.after_re.search(text, end + 1, window_end)
        if not found:
            return None
        return self._speaker_phrase(doc, found.end())

    def _speaker_before(self, doc: Document, start: int, sentence):
        if sentence is None:
            return None
        text = doc.text
        head = text[sentence.start:start]
        verbs = list(self.before_re.finditer(head))
        if verbs:
            verb = verbs[-1]
            if len(WORD.findall(head[verb.end():])) <= BEFORE_REACH_WORDS:
                return self._subject_phrase(doc, sentence.start, sentence.start + verb.start())
        according = list(self.according_re.finditer(head))
        if according:
            return self._speaker_phrase(doc, sentence.start + according[-1].end())
        return None

    def _speaker_phrase(self, doc: Document, pos: int):
        """Words naming the speaker from `pos` up to a stop word or punctuation, with any addressee."""
        text = doc.text
        words = []
        end = pos
        for found in WORD.finditer(text, pos, min(len(text), pos + 120)):
            gap = text[end:found.start()]
            if words and re.search(r"[,.;:!?()“”\"]", gap):
                break
            if found.group().lower() in self.stop or len(words) >= 8:
                break
            words.append(found)
            end = found.end()
        if not words:
            return None
        span = (words[0].start(), words[-1].end())
        addressee, addressee_text = None, None
        to = self.addressee_re.match(text, span[1])
        if to:
            found = self._speaker_phrase_plain(doc, to.end())
            if found:
                addressee, addressee_text = found
        actor = self._actor_in(doc, *span)
        return actor, text[span[0]:span[1]], addressee, addressee_text

    def _speaker_phrase_plain(self, doc: Document, pos: int):
        text = doc.text
        words = []
        for word in WORD.finditer(text, pos, min(len(text), pos + 80)):
            if word.group().lower() in self.stop or (words and re.search(r"[,.;:!?]", text[words[-1].end():word.start()])):
                break
            words.append(word)
        if not words:
            return None
        span = (words[0].start(), words[-1].end())
        return self._actor_in(doc, *span), text[span[0]:span[1]]

    def _subject_phrase(self, doc: Document, floor: int, verb_start: int):
        """The noun phrase before a reporting verb, from the last comma or the sentence start.

        When nothing but adverbs or a conjunction stands there ("X, yang ..., mengatakan",
        "..., dan menekankan"), the speaker is the sentence's opening noun phrase.
        """
        text = doc.text
        head = text[floor:verb_start]
        cut = max(head.rfind(","), head.rfind("”"), head.rfind("("))
        start = floor + cut + 1 if cut >= 0 else floor
        words = self._trimmed(list(WORD.finditer(text, start, verb_start)))
        if not words or words[0].group().lower() in ("yang", "dan", "serta", "lalu", "kemudian"):
            first_comma = head.find(",")
            end = floor + first_comma if first_comma >= 0 else verb_start
            words = self._trimmed([w for w in WORD.finditer(text, floor, end)])
            verbal = next((i for i, w in enumerate(words) if VERBAL.match(w.group())), None)
            words = words[:verbal] if verbal is not None else words
        if not words:
            return None
        span = (words[0].start(), words[-1].end())
        return self._actor_in(doc, *span), text[span[0]:span[1]], None, None

    def _trimmed(self, words: list) -> list:
        while words and words[-1].group().lower() in self.trim:
            words.pop()
        return words

    @staticmethod
    def _actor_in(doc: Document, start: int, end: int) -> str | None:
        best = None
        for m in doc.mentions:
            if m.actor and m.actor in doc.actors and m.start < end and start < m.end:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best.actor if best else None

    def _anaphor(self, speaker, last):
        """"pejabat tersebut" with no resolved mention: the last named speaker."""
        if speaker is None or last is None or speaker[0] is not None or not speaker[1]:
            return speaker
        if speaker[1].split()[-1].lower() in self.anaphora:
            return (last[0], speaker[1], speaker[2], speaker[3])
        return speaker

    def _resolve_anaphora(self, quotes: list[Quote]) -> list[Quote]:
        """A speaker named by an anaphor ("pejabat tersebut") or a quote inside an indirect
        quote takes the speaker of the quote before it / around it."""
        resolved, last = [], None
        for q in quotes:
            if q.speaker is None:
                around = next((o for o in resolved if o.kind == "indirect" and o.start <= q.start and q.end <= o.end
                               and o.speaker), None)
                if around is not None:
                    q = replace(q, speaker=around.speaker, speaker_text=q.speaker_text or around.speaker_text)
                elif last is not None and q.speaker_text and q.speaker_text.split()[-1].lower() in self.anaphora:
                    q = replace(q, speaker=last)
            resolved.append(q)
            if q.speaker:
                last = q.speaker
        return resolved

    # ---- indirect quotes
    def _indirect(self, doc: Document, spans: list[tuple[int, int]]) -> list[Quote]:
        text = doc.text
        quotes = []
        last = None
        for sentence in doc.sentences:
            if doc.title_span and doc.title_span[0] <= sentence.start < doc.title_span[1]:
                continue
            chunk = text[sentence.start:sentence.end]
            found = None
            for verb in self.before_re.finditer(chunk):
                if verb.group().lower() not in self.indirect_verbs:
                    continue
                bahwa = self.bahwa_re.search(chunk, verb.end())
                if bahwa and len(WORD.findall(chunk[verb.end():bahwa.start()])) <= 8:
                    found = (verb, bahwa.end())
                    break
            if found:
                verb, content_start = found
                speaker = self._subject_phrase(doc, sentence.start, sentence.start + verb.start())
                speaker = self._anaphor(speaker, last)
                start, end = sentence.start + content_start, sentence.end
                quotes.append(self._indirect_quote(doc, sentence, start, end, speaker))
                if speaker and speaker[1]:
                    last = speaker[:2]
                continue
            post = self.postposed_re.search(chunk)
            if post and not any(s <= sentence.start + post.start() <= e + 2 for s, e in spans):
                speaker = self._speaker_phrase(doc, sentence.start + post.end())
                if speaker and speaker[1]:
                    # "A, kata X pada hari Sabtu, B": an attribution inside the sentence reports both sides
                    said_end = text.find(speaker[1], sentence.start + post.end()) + len(speaker[1])
                    rest = len(WORD.findall(text, said_end, sentence.end))
                    end = sentence.end if rest > MIDDLE_ATTRIBUTION_WORDS else sentence.start + post.start()
                    quotes.append(self._indirect_quote(doc, sentence, sentence.start, end, speaker))
                    last = speaker[:2]
        return quotes

    @staticmethod
    def _indirect_quote(doc: Document, sentence, start: int, end: int, speaker) -> Quote:
        while end > start and doc.text[end - 1] in " .,":
            end -= 1
        actor, words, addressee, addressee_text = speaker if speaker else (None, None, None, None)
        return Quote(sentence.index, start, end, doc.text[start:end], "indirect", actor, words, addressee, addressee_text)
