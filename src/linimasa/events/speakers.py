"""Speaker grammar for the quote stage: which words name a quote's speaker, and who a pronoun is.

Three readings, each a small step over the words of one sentence:
- the phrase after a reporting verb ("kata Kapolres X AKBP Budi Santoso dalam ..."): it ends
  at a stop word, a verb, punctuation, or where a person's name is followed by a lowercase
  word; "dan" between capitalised words stays inside a title ("Deputi Penindakan dan Eksekusi");
- the subject before a reporting verb ("Ketua DPRD, Budi, yang ..., mengatakan"): the clause's
  own subject, else the main clause's, never a fronted phrase or a date;
- pronouns and anaphors ("kata dia", "ujarnya", "pejabat tersebut"): resolved against a
  timeline of referents, the named speakers and sentence-initial persons met so far.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..document import Document, Mention
from ..language.alternation import phrase_alternation

WORD = re.compile(r"\w+(?:['’-]\w+)*")
# Lowercase words shaped like verbs (meN-, ber-): a speaker's phrase ends before one.
VERBAL = re.compile(r"^(?:me|ber)\w{3,}$")
# Lowercase passive verbs (di-): "seorang pria diduga ..." ends the phrase before "diduga".
PASSIVE_WORD = re.compile(r"^di[a-z]{4,}$")
# Punctuation between two words that ends a phrase.
PHRASE_BREAK = re.compile(r"[,.;:!?“”\"«»]|\)|\((?![A-Z])")
# Applied with .match right after a word, where a blank always follows: "\s*" keeps them linear.
NEXT_CAPITAL = re.compile(r"\s*[A-Z]")
NEXT_WORD = re.compile(r"\s*(\w+)")
# Characters the clause splitter may read past a verb, for its lookahead ("dan menambahkan").
LOOKAHEAD = 24
APPOSITION = re.compile(r"\s*,\s*")
APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;]|$)")


class Speaker(NamedTuple):
    """Who speaks: an actor id (or None) and the words naming them, with any addressee."""

    actor: str | None
    words: str | None
    addressee: str | None = None
    addressee_text: str | None = None


class Hits:
    """Every match of one pattern in a text, found in one pass and queried by offset."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.matches = list(pattern.finditer(text))
        self._starts = [m.start() for m in self.matches]

    def within(self, start: int, end: int) -> list[re.Match]:
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.matches) and self.matches[i].end() <= end:
            found.append(self.matches[i])
            i += 1
        return found

    def first(self, start: int, end: int) -> re.Match | None:
        i = bisect.bisect_left(self._starts, start)
        return self.matches[i] if i < len(self.matches) and self.matches[i].end() <= end else None


class DocumentIndex:
    """Sentences, mentions and reporting verbs of one document, searchable by offset without a linear scan."""

    def __init__(self, doc: Document, verbs: re.Pattern):
        self.doc = doc
        self.verbs = Hits(verbs, doc.text)
        self.text = doc.text
        self.sentences = doc.sentences
        self._sentence_starts = [s.start for s in doc.sentences]
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]

    def sentence_at(self, offset: int):
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping [start, end). Mentions are short, so those starting 80 characters
        before `start` are enough to catch every overlap."""
        i = bisect.bisect_left(self._mention_starts, start - 80)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                found.append(m)
            i += 1
        return found

    def actor_in(self, start: int, end: int) -> str | None:
        """The actor a span names: a resolved person first, else the longest resolved mention."""
        best = None
        for m in self.mentions_in(start, end):
            if m.actor and m.actor in self.doc.actors:
                key = (m.type == "PER", m.end - m.start)
                if best is None or key > best[0]:
                    best = (key, m.actor)
        return best[1] if best else None


class Referents:
    """Named speakers and sentence-initial persons by position, for pronouns to point back to."""

    def __init__(self):
        self._starts: list[int] = []
        self._speakers: list[Speaker] = []

    def add(self, pos: int, speaker: Speaker) -> None:
        i = bisect.bisect_right(self._starts, pos)
        self._starts.insert(i, pos)
        self._speakers.insert(i, speaker)

    def before(self, pos: int) -> tuple[int, Speaker] | None:
        i = bisect.bisect_left(self._starts, pos) - 1
        return (self._starts[i], self._speakers[i]) if i >= 0 else None

    def titled(self, pos: int, title: str) -> tuple[int, Speaker] | None:
        """The most recent referent before `pos` whose words hold `title` ("perdana menteri")."""
        title = title.casefold()
        for i in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            words = self._speakers[i].words
            if words and title in words.casefold():
                return self._starts[i], self._speakers[i]
        return None


def _alternation(words) -> str:
    return phrase_alternation(words, spaces=r"\ ")  # longest first, as a trie (language/alternation.py)


def word_alternation(words) -> str:
    """The words as one group, led by a lookahead on their first letters: the engine then skips
    most positions at once (a third of the time of the bare alternation on the Detik articles)."""
    firsts = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    return "(?=[" + re.escape(firsts) + "])(?:" + _alternation(words) + ")"


class SpeakerGrammar:
    """Reads speaker phrases and subjects; decides which speakers are named."""

    def __init__(self, verbs: dict, cues: dict):
        self.stop = frozenset(verbs["stop"])
        self.trim = frozenset(verbs["trim"])
        self.anaphora = frozenset(verbs["anaphora"])
        self.pronouns = frozenset(cues["pronouns"])
        self.plural = frozenset(cues["plural_pronouns"])
        self.fronted_or_opener = frozenset(cues["fronted"]) | frozenset(cues["clause_openers"])
        self.subjectless = frozenset(cues["subjectless"])
        self.connectors = frozenset(cues["connectors"])
        self.topic_switch = frozenset(cues["topic_switch"])
        self.fronted = frozenset(cues["fronted"])
        self.day_names = frozenset(cues["day_names"])
        self.not_verbs = frozenset(cues["not_verbs"])
        self.auxiliaries = frozenset(cues["auxiliaries"])
        self.joiners = frozenset(cues["name_joiners"])
        # A passive verb after a person, past adverbs: the person is acted on ("Budi juga dinilai ..."),
        # not a speaker.
        self.passive_re = re.compile(r"\s*(?:(?:" + _alternation(verbs["trim"]) + r")\s+)*(?:di|ter)[a-z]{3,}\b")
        self.addressee_re = re.compile(r"\s*(?:" + _alternation(verbs["addressee_markers"]) + r")\s+", re.IGNORECASE)
        # "dan"/"serta" open a clause only before a lowercase word: "Budi dan Andi" is one subject.
        coordinators = {"dan", "serta"}
        openers = _alternation(set(cues["clause_openers"]) - coordinators)
        self.clause_re = re.compile(r"[,;:“”\"«»]|(?<!\w)(?i:" + openers + r")(?!\w)|(?<!\w)(?i:"
                                    + _alternation(coordinators) + r")(?=\s+[a-z])")

    # ---- what a speaker's words are
    def is_pronoun(self, words: str | None) -> bool:
        return bool(words) and words.lower().strip() in self.pronouns

    def named(self, speaker: Speaker | None) -> bool:
        """Words that name someone: not empty, not a bare pronoun, not an anaphor ("pejabat tersebut")."""
        if speaker is None or not speaker.words:
            return False
        last = speaker.words.split()[-1].lower()
        return last not in self.anaphora and last not in self.pronouns and last not in self.plural

    def is_plural(self, words: str | None) -> bool:
        return bool(words) and words.lower().strip() in self.plural

    # ---- the phrase after a reporting verb
    def phrase(self, ix: DocumentIndex, pos: int, *, with_addressee: bool = True) -> Speaker | None:
        """Words naming the speaker from `pos`: "kata [Kapolres X AKBP Budi] kepada wartawan"."""
        text = ix.text
        words: list[re.Match] = []
        end = pos
        for found in WORD.finditer(text, pos, min(len(text), pos + 160)):
            if words and PHRASE_BREAK.search(text, end, found.start()):
                break
            word = found.group()
            low = word.lower()
            if (words and low in self.joiners and words[-1].group()[:1].isupper()
                    and NEXT_CAPITAL.match(text, found.end())):
                words.append(found)
                end = found.end()
                continue
            if low in self.stop or len(words) >= 12:
                break
            if (words and word[:1].islower() and (VERBAL.match(low) or PASSIVE_WORD.match(low))
                    and low not in self.not_verbs):
                break
            words.append(found)
            end = found.end()
        while words and words[-1].group().lower() in self.joiners:
            words.pop()
        if not words:
            return None
        start, end = words[0].start(), self._person_end(ix, words[0].start(), words[-1].end())
        end = self._apposition_end(ix, start, end)
        addressee, addressee_text = None, None
        to = self.addressee_re.match(text, end) if with_addressee else None
        if to:
            found = self.phrase(ix, to.end(), with_addressee=False)
            if found:
                addressee, addressee_text = found.actor, found.words
        return Speaker(ix.actor_in(start, end), text[start:end], addressee, addressee_text)

    def _person_end(self, ix: DocumentIndex, start: int, end: int) -> int:
        """A person's name followed by a lowercase word ends the phrase: "Budi sesuai acara" -> "Budi"."""
        for m in ix.mentions_in(start, end):
            if m.type != "PER" or m.end >= end or m.start < start:
                continue
            following = NEXT_WORD.match(ix.text, m.end, end)
            if following and following.group(1)[:1].islower() and following.group(1).lower() not in self.joiners:
                return m.end
        return end

    @staticmethod
    def _apposition_end(ix: DocumentIndex, start: int, end: int) -> int:
        """A title, then the person's name between commas: "ujar Ketua Forum X, Budi Santoso, di ..."."""
        comma = APPOSITION.match(ix.text, end)
        if comma:
            for m in ix.mentions_in(comma.end(), comma.end() + 1):
                if m.type == "PER" and m.start == comma.end() and APPOSITION_CLOSE.match(ix.text, m.end):
                    return m.end
        return end

    # ---- the subject before a reporting verb
    def subject(self, ix: DocumentIndex, floor: int, verb_start: int) -> Speaker | None:
        """The subject of the clause ending at `verb_start`, reading back no further than `floor`."""
        segments = []  # (start, end, the word that opened the segment or None)
        seg_start, opener = floor, None
        # endpos a little past the verb: the lookahead after "dan" must see the word that follows
        for found in self.clause_re.finditer(ix.text, floor, verb_start + LOOKAHEAD):
            if found.start() >= verb_start:
                break
            segments.append((seg_start, found.start(), opener))
            opener = found.group().lower() if found.group()[:1].isalpha() else None
            seg_start = found.end()
        segments.append((seg_start, verb_start, opener))
        start, end, opener = segments[-1]
        words = self._core(ix, start, end)
        if words and words[0].group().lower() in self.fronted:
            # "dalam pandangan Budi Santoso menyebut": the name inside the fronted phrase speaks
            named = [m for m in ix.mentions_in(words[0].start(), words[-1].end())
                     if m.type in ("PER", "ORG") and m.start >= words[0].start()]
            words = [w for w in words if w.start() >= named[0].start] if named else words
        if words and opener != "yang":
            return self._speaker(ix, words)
        # "X, yang ..., mengatakan" and "..., seraya menegaskan": the main clause's subject.
        candidates = []
        for start, end, opener in segments[:-1]:
            if opener is not None and opener not in self.connectors:
                continue
            words = self._core(ix, start, end)
            if not words:
                continue
            first = words[0].group().lower()
            if first in self.fronted or first in self.day_names or first.isdigit():
                continue
            if words[0].group()[:1].islower() and VERBAL.match(first) and first not in self.not_verbs:
                continue  # ", mendorong gencatan senjata ...,": a participle clause, not a subject
            if opener in self.topic_switch:
                candidates = []  # "A ..., sementara B ...": the subjects before B are out of reach
            candidates.append(words)
        if not candidates:
            return None
        for kind in ("PER", "ORG"):
            for words in reversed(candidates):
                if any(m.type == kind for m in ix.mentions_in(words[0].start(), words[-1].end())):
                    return self._speaker(ix, words)
        return self._speaker(ix, candidates[0])

    def _core(self, ix: DocumentIndex, start: int, end: int) -> list[re.Match]:
        """The noun phrase of a segment: up to its first verb or preposition, without trailing adverbs."""
        words = []
        for found in WORD.finditer(ix.text, start, end):
            word = found.group()
            low = word.lower()
            if words and word[:1].islower() and (low in self.stop or low in self.auxiliaries or (
                    (VERBAL.match(low) or PASSIVE_WORD.match(low)) and low not in self.not_verbs)):
                break
            words.append(found)
        while words and words[-1].group().lower() in self.trim:
            words.pop()
        while words and words[0].group().lower() in self.trim:
            words.pop(0)
        return words

    @staticmethod
    def _speaker(ix: DocumentIndex, words: list[re.Match]) -> Speaker:
        start, end = words[0].start(), words[-1].end()
        return Speaker(ix.actor_in(start, end), ix.text[start:end])

    # ---- persons that open a sentence
    def initial_person(self, ix: DocumentIndex, sentence, limit: int) -> Speaker | None:
        """A person named at the head of a sentence, after title words only: "Menteri X Budi ..."."""
        for m in ix.mentions_in(sentence.start, min(limit, sentence.start + 120)):
            if m.start < sentence.start:
                continue
            before = [w.group() for w in WORD.finditer(ix.text, sentence.start, m.start)]
            if (PHRASE_BREAK.search(ix.text, sentence.start, m.start) or not all(w[:1].isupper() for w in before)
                    or (before and before[0].lower() in self.fronted_or_opener)):
                return None
            if m.type == "PER":
                if self.passive_re.match(ix.text, m.end):
                    return None
                return Speaker(m.actor if m.actor in ix.doc.actors else None, ix.text[sentence.start:m.end])
        return None
