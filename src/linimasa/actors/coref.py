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

import re
from dataclasses import dataclass

from ..document import Mention

# Sentences a pronoun looks back for its antecedent (its own and the one before).
# Two keeps "Ia" after a quote paragraph on the speaker named just before; with
# three, a second person named two sentences up made a third of the pronouns ambiguous
# on the Detik development articles.
PRONOUN_WINDOW = 2
PRONOUNS = re.compile(r"(?<![\w-])(?:[Ii]a|[Dd]ia|[Bb]eliau)(?![\w-])")
_WORD = re.compile(r"[\w'’-]+")
INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
# Name particles that say nothing on their own: "bin", "Al" do not make "Al" a short form of "Ali Al-X".
_PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "von", "de", "da", "di", "la", "le", "dan", "abu", "i"})


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
    if not words or all(w in _PARTICLES for w in words):
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
    """Initials introduced right after a person's name ("Iswan Ibrahim (ISW)") -> that name's mention."""
    out: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type != "PER":
            continue
        found = INITIALS_AFTER.match(text, mention.end)
        if found is not None and found.group(1).isupper() and found.group(1) not in out:
            out[found.group(1)] = mention
    return out


def pronoun_antecedents(text: str, sentences, mentions: list[Mention], is_person) -> list[tuple[int, int, int, str]]:
    """(sentence, start, end, actor) for each pronoun whose antecedent is clear."""
    people = sorted((m for m in mentions if m.actor and m.type == "PER" and is_person(m.actor)),
                    key=lambda m: m.start)
    if not people:
        return []
    out = []
    for sentence in sentences:
        for found in PRONOUNS.finditer(text, sentence.start, sentence.end):
            low = sentence.index - (PRONOUN_WINDOW - 1)
            near = {m.actor for m in people if low <= m.sentence <= sentence.index and m.end <= found.start()}
            if len(near) == 1:
                out.append((sentence.index, found.start(), found.end(), next(iter(near))))
    return out
