"""Pronouns a direct quote settles: "saya", "kami", "kita" are its speaker; "Anda" its addressee.

"“Kami menolak usulan itu,” kata Budi" says that Budi rejects the proposal, but the
event coder sees no actor before "menolak". This stage runs after the quotes stage
and before the events stage and adds a `Mention` (origin "speech") for each pronoun
whose referent the quote settles:

- a first-person pronoun (`resources/id/speech_pronouns.yaml`: saya, aku, kami, ...)
  inside a direct quote whose speaker resolved to an actor -> that actor;
- inclusive "kita" likewise, unless a word next to it names a wider whole
  ("bangsa kita", "kita semua": the nation, not the speaker's side);
- a second-person pronoun (Anda, kamu, ...) -> the quote's addressee, when the quote
  stage found one that resolved to an actor;
- a third-person subject (ia, dia, beliau) opening the sentence right after a quote,
  where the actor resolver found no antecedent ("“...,” ucap dia. Ia juga meminta ...")
  -> that quote's speaker, when it is a person and the only speaker of that sentence.

A quote's speaker is the actor the quote stage found; a speaker named by a word no
mention covers ("tegur Tomsi") is the one person actor of the document whose name holds it.

A pronoun counts for the innermost quote around it: words inside a quote within the
quote (‘...’ inside “...”) are someone else's, and the stage adds nothing for them
unless the quote stage gave that inner quote a speaker of its own. Quotes without a
resolved speaker add nothing. Other third-person pronouns (ia, dia, beliau) are resolved by
the actor resolver (actors/coref.py), not here; a coreference mention inside a quote
that points at the quote's own speaker is dropped, since a speaker does not call
themself "dia" (it is someone else, whom the resolver could not tell).
"""
from __future__ import annotations

import bisect
import re

from ..document import Document, Mention, Quote
from ..pipeline import register
from ..resources import Resources
from .speakers import _alternation

ORIGIN = "speech"
# Marks that open a quote inside a quote, and the mark that closes each.
INNER_QUOTES = re.compile(r"‘[^‘’]{1,400}’|«[^«»]{1,400}»|(?<![\w'])'[^'\n]{1,400}'(?![\w'])|\"[^\"\n]{1,400}\"")
WORD = re.compile(r"[\w-]+")


def word_before(text: str, start: int, end: int) -> str | None:
    r"""The word right before `end`, with only blanks between (no comma or quote mark), within text[start:end].

    Read backwards in plain Python: `([\w-]+)[ \t]+$` under `search` is quadratic on long words."""
    segment = text[start:end]
    stripped = segment.rstrip(" \t")
    if stripped == segment:
        return None
    i = len(stripped)
    while i > 0 and (stripped[i - 1].isalnum() or stripped[i - 1] in "_-"):
        i -= 1
    return stripped[i:] or None
VERBAL = re.compile(r"^(?:me|ber|di|ter|per)\w{3,}")


@register("speech_pronouns", requires=("sentences", "mentions", "actors", "quotes"), adds=("mentions",))
class SpeechPronouns:
    """Adds mentions for pronouns inside direct quotes whose referent is the speaker or the addressee."""

    def __init__(self, resources: Resources):
        data = resources.data("id/speech_pronouns.yaml")
        self.first = frozenset(w.lower() for w in data["first_person"])
        self.inclusive = frozenset(w.lower() for w in data["inclusive"])
        self.second = frozenset(w.lower() for w in data["second_person"])
        cues = data["inclusive_cues"]
        self.wider_before = frozenset(w.lower() for w in cues["before"])
        self.wider_after = frozenset(w.lower() for w in cues["after"])
        words = self.first | self.inclusive | self.second
        self.pronoun_re = re.compile(r"(?<![\w-])(?:" + _alternation(words) + r")(?![\w-])", re.IGNORECASE)
        self.not_possessed = frozenset(w.lower() for w in data["not_possessed"])
        self.third = frozenset(w.lower() for w in data["third_person"])
        self.pronouns_all = words | self.third
        relations = data.get("relation_nouns") or ()
        # "klien saya (Sari W)": the words after the relation name someone else than the speaker
        self.relation_re = re.compile(r"(?<![\w-])(?i:(?:" + _alternation(relations) + r")\s+(?:" + _alternation(self.first)
                                      + r"))\s*\(?\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})") if relations else None
        lead = int(data["third_person_lead_words"])
        # the sentence's subject: the pronoun first, or after a few words and a comma ("Selain itu, ia")
        self.subject_re = re.compile(r"\s*(?:(?:[\w-]+\s+){0,%d}[\w-]+\s*,\s*)?(?P<p>%s)(?![\w-])"
                                     % (lead - 1, _alternation(self.third)), re.IGNORECASE)

    def __call__(self, doc: Document) -> Document:
        if not doc.quotes:
            return doc
        starts = [s.start for s in doc.sentences]
        taken = sorted((m.start, m.end) for m in doc.mentions)
        speakers = {id(q): self._speaker(doc, q) for q in doc.quotes}
        direct = [q for q in doc.quotes if q.kind == "direct"]
        added: list[Mention] = []
        dropped: set[int] = set()
        for quote in direct:
            inner = self._inner_spans(doc.text, quote, direct)
            for found in self.pronoun_re.finditer(doc.text, quote.start, quote.end):
                start, end = found.span()
                if any(s <= start < e for s, e in inner):
                    continue
                actor = self._referent(doc, quote, speakers[id(quote)], found.group().lower(), start, end)
                if actor is None or _overlaps(taken, start, end):
                    continue
                sentence = bisect.bisect_right(starts, start) - 1
                if sentence < 0 or start >= doc.sentences[sentence].end:
                    continue
                added.append(Mention(doc.sentences[sentence].index, start, end, found.group(),
                                     _mention_type(doc, actor), actor=actor, origin=ORIGIN))
            if speakers[id(quote)]:
                dropped.update(self._self_references(doc, quote, speakers[id(quote)], inner))
        added.extend(self._subjects_after_quotes(doc, speakers, direct, taken, starts))
        if added or dropped:
            doc.mentions = [m for i, m in enumerate(doc.mentions) if i not in dropped] + added
        return doc

    def _speaker(self, doc: Document, quote: Quote) -> str | None:
        """The quote's speaker actor; for a speaker named by a word no mention covers ("tegur Tomsi"),
        the one person of the document whose name holds that word. None where the quote names the speaker
        by a relation to himself ("klien saya (X)": not X's words)."""
        speaker = self._speaker_named(doc, quote)
        if speaker is not None and self.relation_re is not None:
            actor = doc.actors[speaker]
            names = {w.lower() for n in (actor.name, *actor.aliases) if n for w in _name_words(n)}
            for found in self.relation_re.finditer(doc.text, quote.start, quote.end):
                if {w.lower() for w in found.group(1).split()} & names:
                    return None
        return speaker

    def _speaker_named(self, doc: Document, quote: Quote) -> str | None:
        if quote.speaker:
            return quote.speaker if quote.speaker in doc.actors else None
        words = WORD.findall(quote.speaker_text or "")
        if not words or not words[-1][:1].isupper() or words[-1].lower() in self.pronouns_all:
            return None
        last = words[-1].lower()
        found = {a.id for a in doc.actors.values()
                 if a.kind == "person" and any(last in _name_words(n) for n in (a.name, *a.aliases))}
        return next(iter(found)) if len(found) == 1 else None

    def _subjects_after_quotes(self, doc: Document, speakers, direct, taken, starts) -> list[Mention]:
        """"“...,” kata X. Ia juga meminta ...": a pronoun subject right after a quote is its speaker,
        where the resolver found no antecedent for it."""
        ending: dict[int, set[str]] = {}
        for quote in doc.quotes:
            actor = speakers[id(quote)]
            at = bisect.bisect_right(starts, max(quote.start, quote.end - 1)) - 1
            if at >= 0:
                ending.setdefault(doc.sentences[at].index, set()).add(actor)
        spans = sorted((q.start, q.end) for q in direct)
        out = []
        for position, sentence in enumerate(doc.sentences):
            previous = ending.get(doc.sentences[position - 1].index) if position else None
            if not previous or len(previous) != 1:
                continue
            actor = next(iter(previous))
            if actor is None or doc.actors[actor].kind != "person":
                continue
            found = self.subject_re.match(sentence.text)
            if found is None:
                continue
            start, end = sentence.start + found.start("p"), sentence.start + found.end("p")
            if _overlaps(taken, sentence.start, end) or any(s <= start < e for s, e in spans):
                continue  # resolved already, a name stands before it, or it is quoted speech
            out.append(Mention(sentence.index, start, end, found.group("p"), "PER", actor=actor, origin=ORIGIN))
        return out

    def _referent(self, doc: Document, quote: Quote, speaker: str | None, word: str, start: int, end: int) -> str | None:
        if word in self.second:
            actor = quote.addressee
        elif word in self.inclusive and self._wider(doc.text, start, end, quote):
            return None
        elif self._possessor(doc.text, start, quote):
            return None
        else:
            actor = speaker
        return actor if actor and actor in doc.actors else None

    def _wider(self, text: str, start: int, end: int, quote: Quote) -> bool:
        """"bangsa kita", "kita semua": inclusive "kita" names a whole wider than the speaker's side."""
        before = WORD.findall(text, max(quote.start, start - 30), start)
        after = WORD.findall(text, end, min(quote.end, end + 30))
        return bool((before and before[-1].lower() in self.wider_before)
                    or (after and after[0].lower() in self.wider_after))

    def _possessor(self, text: str, start: int, quote: Quote) -> bool:
        """"klien kami", "kantor saya": the pronoun right after a noun owns it; it is no actor of the clause."""
        word = word_before(text, max(quote.start, start - 40), start)
        if word is None:
            return False
        return word.islower() and not VERBAL.match(word) and word not in self.not_possessed

    @staticmethod
    def _inner_spans(text: str, quote: Quote, direct: list[Quote]) -> list[tuple[int, int]]:
        """Stretches of the quote that are another quote: marked inside it, or a direct quote of their own."""
        spans = [(o.start, o.end) for o in direct
                 if o is not quote and quote.start <= o.start and o.end <= quote.end and (o.start, o.end) != (quote.start, quote.end)]
        spans.extend(m.span() for m in INNER_QUOTES.finditer(text, quote.start, quote.end))
        return spans

    def _self_references(self, doc: Document, quote: Quote, speaker: str, inner) -> list[int]:
        """Indexes of coreference mentions of "ia"/"dia"/"beliau" in the quote that point at its speaker."""
        out = []
        for i, m in enumerate(doc.mentions):
            if (m.origin == "coref" and m.actor == speaker and quote.start <= m.start and m.end <= quote.end
                    and m.text.lower() in self.third and not any(s <= m.start < e for s, e in inner)):
                out.append(i)
        return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i])


def _mention_type(doc: Document, actor_id: str) -> str:
    kind = doc.actors[actor_id].kind
    if kind == "person":
        return "PER"
    return "NORP" if kind == "country" else "ORG"


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in WORD.findall(name)}
