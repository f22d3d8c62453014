"""In-document coreference of names: short forms, initials and pronouns.

- A short form goes to the fullest name in the document that contains all its
  words: "Mardani" and "Ali Sera" to "Mardani Ali Sera", "Subianto" to "Prabowo
  Subianto", earlier or later in the text. When several full names fit, the
  nearest one before the short form wins; with none before it, the short form is
  left alone (it is ambiguous).
- Initials introduced as "Full Name (ABC)" go to that person wherever "ABC"
  stands alone in the document, also where the dictionary would read "AS" as a
  country.
- A pronoun (ia, dia, beliau) goes to the person last named when the last
  `PRONOUN_WINDOW` sentences name exactly one person: the antecedent is clear.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..document import Mention
from ..resources import load_data
from .patterns import alternation

# Sentences a pronoun looks back for its antecedent (its own and the one before).
# Two keeps "Ia" after a quote paragraph on the speaker named just before; with
# three, a second person named two sentences up made a third of the pronouns ambiguous
# on the Detik development articles.
PRONOUN_WINDOW = 2
PRONOUNS = re.compile(r"(?<![\w-])(?:[Ii]a|[Dd]ia|[Bb]eliau)(?![\w-])")
_WORD = re.compile(r"[\w'’-]+")
# The attribution right after a quote ("...," ungkap dia): matched backwards from the pronoun, it ends the quote.
_ATTRIBUTION = re.compile(r"[\"”]\s*+(?:[a-z]+\s+){1,2}$")
_OPEN_QUOTES = ('"', "“")
# Matched right after a name (a continuation: leading \s*+, see tests/test_regex_backtracking.py).
INITIALS_AFTER = re.compile(r"\s*+\(([A-Z]{2,6})\)")


@functools.lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Name particles that say nothing on their own ("bin", "Al"): `name_particles` in person_roles.yaml."""
    return frozenset(load_data("actors/person_roles.yaml")["name_particles"])


def name_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@dataclass(frozen=True, slots=True)
class FullName:
    """A person's name as written in full somewhere in the document."""

    text: str
    words: tuple[str, ...]
    start: int
    actor: str | None  # the dictionary actor it resolved to, if any


def full_names(mentions: list[Mention], dictionary_names: dict[str, str]) -> list[FullName]:
    """Names of two words or more among PER mentions, plus the names of dictionary people resolved here.

    A name contained in a longer one is dropped: "Ade Herlanda" when "Ade Herlanda Harahap" is there.
    """
    found: dict[tuple[str, ...], FullName] = {}
    for mention in mentions:
        if mention.type != "PER":
            continue
        words = name_words(mention.text)
        if len(words) >= 2 and words not in found:
            found[words] = FullName(mention.text, words, mention.start, mention.actor)
    for name, actor_id in dictionary_names.items():
        words = name_words(name)
        if len(words) >= 2 and words not in found:
            found[words] = FullName(name, words, -1, actor_id)
    names = list(found.values())
    return [n for n in names
            if not any(other is not n and len(other.words) > len(n.words) and _contains(other.words, n.words)
                       and (other.actor == n.actor or n.actor is None)
                       for other in names)]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    pool = set(longer)
    return all(w in pool for w in shorter)


def expand(mention: Mention, names: list[FullName]) -> FullName | None:
    """The full name a short PER mention stands for, or None."""
    words = name_words(mention.text)
    if not words or all(w in _particles() for w in words):
        return None
    fitting = [n for n in names if len(n.words) > len(words) and _contains(n.words, words)]
    if not fitting:
        return None
    if len({(n.actor or n.words) for n in fitting}) == 1:
        return fitting[0]
    before = [n for n in fitting if 0 <= n.start < mention.start]
    if before:
        return max(before, key=lambda n: n.start)
    return None


def initials(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """Initials introduced right after a person's name ("Iswan Ibrahim (ISW)") -> that name's mention.

    The initials go to the name's first PER mention: where they follow a repetition of the name, that
    one may be read otherwise later (typed MISC before its "acronym"), or typed otherwise by the
    entities stage.
    """
    people: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type == "PER":
            people.setdefault(mention.text, mention)
    out: dict[str, Mention] = {}
    for mention in mentions:
        person = people.get(mention.text)
        if person is None:
            continue
        found = INITIALS_AFTER.match(text, mention.end)
        if found is not None and found.group(1).isupper() and found.group(1) not in out:
            out[found.group(1)] = person
    return out


@functools.lru_cache(maxsize=1)
def _owned_before() -> re.Pattern:
    """An owned thing right before a name, up to three title words between ("program Presiden", "era Presiden
    ke-7"): `owned_before` in person_roles.yaml."""
    words = "|".join(map(re.escape, load_data("actors/person_roles.yaml").get("owned_before", ())))
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s+[\w.-]+){{0,3}}?\s*$", re.IGNORECASE) if words else re.compile("(?!)")


@functools.lru_cache(maxsize=1)
def _compared_before() -> re.Pattern:
    """A figure-of-speech word right before a name, one word between allowed ("kayak X", "seperti tokoh fiksi
    X"): `compared_before` in person_roles.yaml."""
    words = "|".join(r"\s+".join(map(re.escape, w.split()))
                     for w in load_data("actors/person_roles.yaml").get("compared_before", ()))
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s+[\w.-]+)?\s+$", re.IGNORECASE) if words else re.compile("(?!)")


def pronoun_antecedents(text: str, sentences, mentions: list[Mention], is_person) -> list[tuple[int, int, int, str]]:
    """(sentence, start, end, actor) for each pronoun whose antecedent is clear."""
    owned, compared = _owned_before(), _compared_before()
    # a person named as the owner of a programme or an era ("program Presiden X") is no antecedent, nor one
    # named in a figure of speech ("bak tokoh fiksi X")
    people = sorted((m for m in mentions if m.actor and m.type == "PER" and is_person(m.actor)
                     and not owned.search(text, max(0, m.start - 40), m.start)
                     and not compared.search(text, max(0, m.start - 40), m.start)),
                    key=lambda m: m.start)
    if not people:
        return []
    out = []
    for sentence in sentences:
        for found in PRONOUNS.finditer(text, sentence.start, sentence.end):
            low = sentence.index - (PRONOUN_WINDOW - 1)
            quoted = _quoted_before(text, sentence.start, found.start())
            # a person named inside the quote that "ungkap dia" closes is not the one who speaks it
            near = {m.actor for m in people if low <= m.sentence <= sentence.index and m.end <= found.start()
                    and not quoted[0] <= m.start < quoted[1]}
            if len(near) == 1:
                out.append((sentence.index, found.start(), found.end(), next(iter(near))))
    return out


def _quoted_before(text: str, floor: int, pos: int) -> tuple[int, int]:
    """(start, end) of the quote whose attribution the pronoun at `pos` is in ("...,” kata dia"), else (0, 0).
    The quote may open a sentence or two before `floor`, the pronoun's sentence."""
    attribution = _ATTRIBUTION.search(text, max(floor, pos - 40), pos)
    if attribution is None:
        return 0, 0
    close = attribution.start()
    opened = max(text.rfind(q, max(0, floor - 2000), close) for q in _OPEN_QUOTES)
    return (opened, close) if opened >= 0 else (0, 0)


# Initials as written in the news: two to four capitals ("AS", "MRA"); a weak cue word takes two or three.
_CODE = r"[A-Z]{2,4}"
_AGE_AFTER = r"\s*(?:\(\s*\d{1,2}\s*(?:tahun|th)?\s*\)|,\s*\d{1,2}\s*tahun\b)"
INITIALS_ALONE = re.compile(_CODE)
# One letter continues a list ("AB, C, DE dan FG") but names no mention here.
_LIST_NEXT = re.compile(r"\s*+(?:,\s*+(?:dan\s++)?|(?:dan|serta)\s++)([A-Z]{1,4})(?![\w-])")


class PersonInitials:
    """Where initials in a document stand for a person: "tersangka berinisial AB", "Saudara AB", "AB (34)".

    A cue word before the letters (`strong_before` always; `weak_before` in legal or crime news,
    for letters that are no acronym nor a body the dictionary knows; `person_nouns` likewise, for
    letters the dictionary does not know at all), or after them ("AB selaku ...",
    an age in brackets) makes them a person, and letters listed right after cued ones ("AB dan CD")
    too. Elsewhere in the document the same letters are that person too, unless a state word stands
    before them ("Presiden AS", "dolar AS") or a body's head ("PT AB", "Kepala AB"; nor does "PT AB
    selaku ..." make them a person), the document also names the state the dictionary reads
    in them ("Amerika Serikat"), or it introduces the letters after a name that is no person
    ("Amerika Serikat (AS)"). Letters introduced after a person's name ("Budi Santoso (BS)") are left to
    `initials`.
    """

    def __init__(self, data: dict):
        self.not_initials = frozenset(data.get("not_initials", ()))
        strong = alternation(data["strong_before"])
        weak = alternation(data["weak_before"])
        nouns = alternation(data.get("person_nouns", ()))
        after = alternation(data["after"])
        # "pria berinisial AB": the link word makes any cue word strong.
        link = r"(?:(?:yang\s+)?(?i:(berinisial|berinisal|berinsial|inisial(?:nya)?)|bernama)\s+|[,:]\s*)?"
        # Group 1: a strong cue word, 2: a weak one, 3: a person noun, 4: a strong link, 5: the letters;
        # not "RT 05".
        self.before_re = re.compile(
            rf"(?<![\w-])(?i:({strong})|({weak})|({nouns}))\s+{link}({_CODE})(?![\w-])(?!\s*\d)")
        self.after_re = re.compile(rf"(?<![\w-])({_CODE})(?:{_AGE_AFTER}|\s+(?i:{after})(?!\w))")
        self.context_re = re.compile(rf"(?<![\w-])(?:{alternation(data['legal_context'])})(?![\w-])", re.IGNORECASE)
        self.state_before_re = re.compile(rf"(?<![\w-])(?:{alternation(data['state_before'])})\s+$", re.IGNORECASE)
        self.body_before_re = re.compile(rf"(?<![\w-])(?:{alternation(data.get('body_before', ()))})\s+$", re.IGNORECASE)

    def _cued(self, text: str, body, known) -> dict[tuple[int, int], str]:
        """(start, end) of letters a cue marks as a person -> the cue word."""
        out: dict[tuple[int, int], str] = {}
        legal: bool | None = None
        for found in self.before_re.finditer(text):
            code = found.group(5)
            strong = found.group(1) is not None or found.group(4) is not None
            if code in self.not_initials:
                continue
            if not strong:
                if len(code) > 3 or body(code) or (found.group(3) is not None and known(code)):
                    continue
                if legal is None:
                    legal = self.context_re.search(text) is not None
                if not legal:
                    continue
            cue = (found.group(1) or found.group(2) or found.group(3)).lower()
            out[found.span(5)] = cue
            end = found.end()
            # "tersangka AB, CD dan EF": the letters listed after cued ones.
            while (listed := _LIST_NEXT.match(text, end)) is not None:
                if len(listed.group(1)) > 1 and listed.group(1) not in self.not_initials:
                    out.setdefault(listed.span(1), cue)
                end = listed.end()
        for found in self.after_re.finditer(text):
            code = found.group(1)
            if found.span(1) not in out and code not in self.not_initials and not body(code) \
                    and not self._named_body(text, found.start()):
                out[found.span(1)] = found.group(0)[len(code):].strip(" ,").split()[0].lower()
        return out

    def spans(self, text: str, mentions: list[Mention], introduced: dict[str, Mention], body,
              state_of) -> dict[tuple[int, int], str]:
        """(start, end) of every use of person initials in `text` -> the cue word found for them.

        `body(code)`: the dictionary reads the letters as a body (not a state); `state_of(code)`: the
        state it reads them as, or None; `introduced`: letters introduced after a person's name.
        """
        cued = self._cued(text, body, lambda code: body(code) or state_of(code) is not None)
        if not cued:
            return {}
        codes: dict[str, str] = {}
        for (start, end), cue in cued.items():
            codes.setdefault(text[start:end], cue)
        for code in list(codes):
            if code in introduced:
                del codes[code]
        # "Amerika Serikat (AS)": the letters are introduced as a state's or a body's name.
        for mention in mentions:
            if mention.type != "PER":
                found = INITIALS_AFTER.match(text, mention.end)
                if found is not None and found.group(1) in codes:
                    del codes[found.group(1)]
        if not codes:
            return {}
        named_states = {m.actor for m in mentions if m.actor and not INITIALS_ALONE.fullmatch(m.text)}
        out = {span: cue for span, cue in cued.items() if text[span[0]:span[1]] in codes}
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, codes)) + r")(?![\w-])")
        for found in pattern.finditer(text):
            if found.span() in out:
                continue
            if self.state_before_re.search(text, max(0, found.start() - 30), found.start()) is not None \
                    or self._named_body(text, found.start()):
                continue
            if state_of(found.group()) in named_states:
                continue
            out[found.span()] = codes[found.group()]
        return out

    def _named_body(self, text: str, start: int) -> bool:
        """A body's head stands right before the letters at `start` ("PT AB", "Kepala AB")."""
        return self.body_before_re.search(text, max(0, start - 30), start) is not None


class BareTitles:
    """A title written with no name after it ("menemui Bupati", "Kapolres mengatakan") -> the one person the
    document names with that title ("Bupati Sukamaju Budi Santoso", whose role is "Bupati Sukamaju").

    Only the titles in `bare_titles.titles` (person_roles.yaml) count: offices one person holds in a place. The
    title must not run into a capitalised word (a name or a region: "Bupati Sukamaju" is another office, left to
    the other steps) nor follow one of `blockers` ("mantan Bupati", "kantor Bupati") nor run into one of
    `followers` ("gubernur se-Indonesia", "Bupati dan Wakil Bupati Sukamaju"). With no holder, or with two
    people holding it ("Bupati A ... Bupati B"), the title stays what it is.
    """

    def __init__(self, data: dict):
        titles = sorted({t.lower() for t in data["titles"]}, key=len, reverse=True)
        self.titles = frozenset(titles)
        self.title_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
                                   + r")(?![\w-])(?-i:(?!\s*+[A-Z0-9]))", re.IGNORECASE)
        self.blocker_re = re.compile(r"(?<![\w-])(?:" + alternation(data["blockers"]) + r")\s+$", re.IGNORECASE)
        self.follower_re = re.compile(r"\s*+(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in
                                                         sorted(data.get("followers", ()), key=len, reverse=True))
                                      + r")", re.IGNORECASE) if data.get("followers") else None
        acting = "|".join(re.escape(a) for a in sorted(data.get("acting", ()), key=len, reverse=True))
        self.acting_re = re.compile(rf"^(?:(?:{acting})\.?\s+)+", re.IGNORECASE) if acting else None

    def office(self, role: str | None) -> str | None:
        """The listed title a role begins with ("Plt Bupati Sukamaju" -> "bupati"), or None."""
        if not role:
            return None
        low = role.lower()
        if self.acting_re is not None:
            low = self.acting_re.sub("", low)
        words = low.split()
        for size in (3, 2, 1):
            head = " ".join(words[:size])
            if len(words) >= size and head in self.titles:
                return head
        return None

    def spans(self, text: str, holders: dict[str, str]) -> list[tuple[int, int, str]]:
        """(start, end, actor) of each bare title whose holder is clear; `holders`: actor id -> its role."""
        by_office: dict[str, set[str]] = {}
        for actor_id, role in holders.items():
            office = self.office(role)
            if office is not None:
                by_office.setdefault(office, set()).add(actor_id)
        if not any(len(ids) == 1 for ids in by_office.values()):
            return []
        out = []
        for found in self.title_re.finditer(text):
            ids = by_office.get(" ".join(found.group(1).lower().split()))
            if ids is None or len(ids) != 1:
                continue
            if self.blocker_re.search(text, max(0, found.start() - 24), found.start()) is not None \
                    or (self.follower_re is not None and self.follower_re.match(text, found.end()) is not None):
                continue
            out.append((found.start(), found.end(), next(iter(ids))))
        return out
