"""Hand-built documents for stage tests: sentences split simply and names found as given, so a test of
one stage does not depend on the tokenizer, the tagger or the entity model."""
from __future__ import annotations

import re
from datetime import date

from linimasa.document import Document, Mention, Sentence

# A sentence ends at . ! ? (and a closing quote mark after it) before a blank, or at a line end.
SENTENCE_RE = re.compile(r"[^\s][^\n]*?(?:[.!?]+[”\"’»']?(?=\s|$)|(?=\n)|$)")


def one_sentence(text: str, published: date | None = None) -> Document:
    """The whole text as sentence 0."""
    doc = Document(text=text, published=published)
    doc.sentences = [Sentence(0, 0, len(text), text)]
    return doc


def split(text: str, published: date | None = None) -> Document:
    """The text cut into sentences by SENTENCE_RE."""
    doc = Document(text=text, published=published)
    for index, found in enumerate(SENTENCE_RE.finditer(text)):
        doc.sentences.append(Sentence(index, found.start(), found.end(), found.group()))
    return doc


def longest_names(text: str, names, flags: int = 0) -> list[tuple[re.Match, str]]:
    """Every occurrence of the given names, longest name first, none overlapping an earlier one; in text order.

    Returns (match, the name as listed)."""
    taken: list[tuple[int, int]] = []
    found_all = []
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags):
            if any(s < found.end() and found.start() < e for s, e in taken):
                continue
            taken.append((found.start(), found.end()))
            found_all.append((found, name))
    return sorted(found_all, key=lambda pair: pair[0].start())


def leftmost_names(text: str, names) -> list[re.Match]:
    """The names as one alternation (longest first) scanned left to right."""
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
    return list(pattern.finditer(text))


def with_names(text: str, names: dict, actors: dict) -> Document:
    """`split(text)` with a mention for every listed name (`names`: name -> (type, actor id or None)) and
    `doc.actors` holding the `actors` entries those mentions name."""
    doc = split(text)
    for found in leftmost_names(text, names):
        sentence = doc.sentence_at(found.start())
        kind, actor = names[found.group()]
        doc.mentions.append(Mention(sentence.index, found.start(), found.end(), found.group(), kind, actor))
    doc.actors = {m.actor: actors[m.actor] for m in doc.mentions if m.actor}
    return doc
