"""The view of one sentence that the event coder and its clause analysis read.

A `SentenceView` holds the sentence's text, its clause breaks, its words and its
resolved mentions (`Arg`), all in sentence-local offsets. The helpers here answer
small questions of it - a coordinated list ("Qatar, Mesir dan Turki"), whether a
mention stands inside a prepositional phrase ("di Gaza"), the nearest subject before
a position - from word lists in `resources/id/modality.yaml`, without a parser.
`events.clauses` builds the sentence's predicates and their roles from them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Actor, Mention, Sentence
from ..language.alternation import phrase_alternation
from ..resources import load_data

WORD = re.compile(r"\w+(?:-\w+)*")
# Between two members of a list: a comma, "dan"/"serta", or a stray period left by
# machine translation ("mendesak Qatar. Mesir dan Turki").
# One whitespace run on each side of the optional comma: "\s*[,.]?\s*" splits a run of spaces
# in n ways and was quadratic on long gaps (tests/test_regex_backtracking.py).
# An abbreviation in parentheses may close the member before it: "Otorita Ibu Kota X (OIKN) dan PT Y".
# One may also follow the conjunction, in the next member's title: "X dan Perdana Menteri (PM) Y".
_MEMBER_LISTS = load_data("id/clauses.yaml")["member_lists"]  # the list words, as data
CONJUNCTIONS = frozenset(_MEMBER_LISTS["conjunctions"])
COORDINATION_GAP = re.compile(r"^\s*(?:\([^()\n]{1,20}\)\s*)?(?:[,.]\s*)?"
                              rf"(?:(?P<conj>{phrase_alternation(_MEMBER_LISTS['conjunctions'])})\s+)?"
                              r"(?:\([^()\n]{1,20}\)\s*)?$", re.IGNORECASE)
# A list announced by a colon or "yakni"/"yaitu" needs no conjunction: "menahan tiga tersangka: A, B, C"
ANNOUNCED_LIST = re.compile(rf"(?::|\b(?:{phrase_alternation(_MEMBER_LISTS['announcers'])}))\s*$", re.IGNORECASE)
PLACE_TYPES = frozenset({"GPE", "LOC"})
# Clause prepositions that also join a list right after an actor ("mahasiswa hingga buruh menggelar aksi",
# "DPR bersama pemerintah hingga DPD menyepakati"): there they govern their actor, who opens no clause.
LISTING = frozenset(_MEMBER_LISTS["listing"])  # clauses.yaml member_lists
VERBAL = re.compile(r"^(?:me|ber|di|memper|diper)\w{3,}")


@dataclass(frozen=True, slots=True)
class Arg:
    """A resolved mention in sentence-local offsets."""

    start: int
    end: int
    actor: str
    type: str
    text: str
    # a place named for its government ("Doha" for Qatar's): in "serangan Doha" or
    # "di Doha" it is where something happened, not who acted or was acted on
    place: bool = False
    local: bool = False  # a document-local actor (from a title or an appositive), not the dictionary's
    generic: bool = False  # an unnamed group ("polisi", "ribuan mahasiswa"): events/groups.py


@dataclass(frozen=True, slots=True)
class Grammar:
    """Function-word lists the argument finder needs (from modality.yaml)."""

    prepositions: frozenset[str]
    np_fillers: frozenset[str]
    fronted: frozenset[str]
    complement: frozenset[str]
    conditional: frozenset[str]
    object_pronouns: frozenset[str]
    agent_markers: frozenset[str]
    clause_prepositions: frozenset[str]  # prepositions that also open a clause with its own subject and verb
    adverbs: frozenset[str]  # words that may stand between a subject and its verb
    clause_breaks: re.Pattern
    stop_forward: re.Pattern


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    text: str
    low: str
    args: list[Arg]
    breaks: list[tuple[int, int]] = field(default_factory=list)
    # words once per sentence: (start, end, lower-cased word, capitalised); starts for bisect
    words: list[tuple[int, int, str, bool]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def clause(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the clause holding `pos`."""
        start, end = 0, len(self.text)
        for b_start, b_end in self.breaks:
            if b_end <= pos:
                start = b_end
            elif b_start >= pos:
                end = b_start
                break
        return start, end

    def break_before(self, clause_start: int) -> str:
        """The words of the clause break that opens the clause starting at `clause_start`."""
        for b_start, b_end in self.breaks:
            if b_end == clause_start:
                return self.low[b_start:b_end].strip(" ,;")
        return ""


def build_view(sentence: Sentence, mentions: list[Mention], actors: dict[str, Actor], grammar: Grammar) -> SentenceView:
    """Resolved mentions of the sentence, longest first where they overlap."""
    base = sentence.start
    resolved = sorted(
        (m for m in mentions if m.actor and m.actor in actors),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    args: list[Arg] = []
    for m in resolved:
        if args and m.start - base < args[-1].end:
            continue  # nested inside a longer mention: "Israel" in "Perdana Menteri Israel Benjamin Netanyahu"
        actor = actors[m.actor]
        place = m.type in PLACE_TYPES and m.text.lower() not in {n.lower() for n in (actor.name, *actor.aliases)}
        args.append(Arg(m.start - base, m.end - base, m.actor, m.type, m.text, place, actor.local))
    low = sentence.text.lower()
    breaks = [(b.start(), b.end()) for b in grammar.clause_breaks.finditer(low)]
    words = [(w.start(), w.end(), w.group().lower(), w.group()[0].isupper()) for w in WORD.finditer(sentence.text)]
    return SentenceView(sentence, sentence.text, low, args, breaks, words, [w[0] for w in words])


def words_between(view: SentenceView, start: int, end: int) -> list[tuple[str, bool]]:
    """Words in text[start:end], lower-cased, each with whether it was capitalised."""
    first = bisect_left(view.starts, start)
    chosen = []
    for w_start, w_end, word, capital in view.words[first:]:
        if w_end > end:
            break
        chosen.append((word, capital))
    return chosen


def governing_preposition(view: SentenceView, arg: Arg, floor: int, grammar: Grammar) -> str | None:
    """The preposition `arg` is the object of ("di ibu kota Qatar" -> "di"), or None."""
    first = bisect_left(view.starts, floor)
    last = bisect_left(view.starts, arg.start)
    for position in range(last - 1, max(first, last - 5) - 1, -1):
        start, end, word, capital = view.words[position]
        if end > arg.start:
            continue
        if capital and position > first and view.words[position - 1][3] and word in grammar.prepositions:
            continue  # inside a capitalised title: "Menteri Dalam Negeri X"
        if word in grammar.prepositions:
            if word in grammar.clause_prepositions and _verb_follows(view, arg, grammar) \
                    and not (word in LISTING and _after_actor(view, start)):
                return None  # "sejak Hamas menculik ...", "dengan Hamas menuntut ...": a clause subject
            if position == first and "," in view.text[end:arg.start]:
                return None  # "Pada Senin, X ...": a fronted phrase closes at its comma
            if arg.type == "PER" and "," in view.text[end:arg.start] and _verb_follows(view, arg, grammar):
                return None  # "Setelah bicara dengan Partai Y, X kemudian menyatakan ...": X opens the main clause
            return word
        if word in grammar.np_fillers or capital:
            continue
        return None
    return None


def _after_actor(view: SentenceView, start: int) -> bool:
    """Whether an actor ends right before `start` (only white space between)."""
    return any(a.end <= start and not view.text[a.end:start].strip() for a in view.args)


def _verb_follows(view: SentenceView, arg: Arg, grammar: Grammar) -> bool:
    for found in WORD.finditer(view.low, arg.end, min(len(view.low), arg.end + 40)):
        word = found.group()
        if word in grammar.adverbs:
            continue
        return bool(VERBAL.match(word))
    return False


def coordinated(view: SentenceView, first: Arg, forward: bool, limit: int,
                fillers: frozenset[str] = frozenset()) -> list[Arg]:
    """`first` and the actors listed with it ("Qatar, Mesir dan Turki"), in text order.

    A list needs a conjunction before its last member; commas alone mark an apposition
    ("Presiden AS, Donald Trump") or two clauses, not a list. With `fillers`, actors with
    only filler words between them are one noun phrase (see `_head`: "Perdana Menteri
    Australia Anthony Albanese" is Albanese), and fillers may follow the conjunction
    ("Trump dan Perdana Menteri Australia Anthony Albanese").
    """
    members = [first]
    edge = first  # the outer actor of the noun phrase the list has reached
    index = view.args.index(first)
    step = 1 if forward else -1
    closed = False
    while 0 <= index + step < len(view.args):
        nxt = view.args[index + step]
        if (forward and nxt.start >= limit) or (not forward and nxt.end <= limit):
            break
        gap = view.text[edge.end:nxt.start] if forward else view.text[nxt.end:edge.start]
        if fillers:
            gap = WORD.sub(lambda w: "" if w.group().lower() in fillers - CONJUNCTIONS else w.group(), gap)
            if not gap.strip():
                # One noun phrase. Its head is its first person ("Presiden Prabowo" before a
                # stray "Subianto"), else its last actor ("Menteri Australia Anthony Albanese").
                earlier, later = (members[-1], nxt) if forward else (nxt, members[-1])
                members[-1] = _head(earlier, later)
                edge = nxt
                index += step
                continue
        if closed:
            break  # the conjunction's member and its title are read: the list ends
        found = COORDINATION_GAP.match(gap)
        if not found:
            break
        has_conj = bool(found.group("conj"))
        if not forward and len(members) == 1 and not has_conj:
            break  # backwards, the conjunction stands before the last member: "AS, Mesir, dan Qatar"
        if not forward and len(members) > 1 and has_conj:
            break
        members.append(nxt)
        edge = nxt
        index += step
        if forward and has_conj:
            closed = True  # "X dan Presiden AS Y": the title's name may still follow
    if forward:
        if closed or (len(members) > 1 and ANNOUNCED_LIST.search(view.text[max(0, first.start - 12):first.start])):
            return members  # "tiga tersangka: A, B, C": after a colon or "yakni" commas alone make a list
        return members[:1]
    return list(reversed(members))


def _head(earlier: Arg, later: Arg) -> Arg:
    """The head of two actors in one noun phrase: the later, as a name follows its title
    ("Perdana Menteri Australia Anthony Albanese", "Ketua DPR Mike Johnson"), unless both
    are persons and only the later is a document-local one ("Presiden Prabowo" + "Subianto")."""
    if earlier.type == later.type == "PER" and later.local and not earlier.local:
        return earlier
    return later


def subject_before(view: SentenceView, anchor: int, clause_start: int, grammar: Grammar) -> list[Arg]:
    """The nearest actor before `anchor` in its clause that is not inside a prepositional phrase."""
    for arg in reversed(view.args):
        if arg.end > anchor or arg.start < clause_start:
            continue
        if governing_preposition(view, arg, clause_start, grammar) is None:
            return coordinated(view, arg, forward=False, limit=clause_start)
    return []


def subject_after_fronted(view: SentenceView, anchor: int, grammar: Grammar) -> list[Arg]:
    """For a fronted adverbial clause ("Saat mengunjungi Israel, Blinken ..."): the actor after its comma."""
    comma = view.text.find(",", anchor)
    if comma < 0:
        return []
    for arg in view.args:
        if arg.start <= comma:
            continue
        words = words_between(view, comma, arg.start)
        if len(words) <= 5 and not any(w in grammar.prepositions for w, _ in words):
            # "Saat mengunjungi X, Menteri Luar Negeri AS Antony Blinken ...": the noun phrase's head, not AS
            return coordinated(view, arg, forward=True, limit=len(view.text), fillers=grammar.np_fillers)
        return []
    return []


def forward_stop(view: SentenceView, pos: int, grammar: Grammar) -> int:
    """Where a search for the object after `pos` stops: the clause end or a complement ("untuk")."""
    _, end = view.clause(pos)
    found = grammar.stop_forward.search(view.low, pos, end)
    return found.start() if found else end
