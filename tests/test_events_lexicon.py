"""The trigger lexicon's prefix-factored regex finds what a longest-first alternation finds."""
from __future__ import annotations

import re

import pytest

from linimasa.events.coder import EventCoder
from linimasa.events.lexicon import trie_pattern
from linimasa.resources import Resources


def _both(phrases: list[str]) -> tuple[re.Pattern, re.Pattern]:
    ordered = sorted(phrases, key=len, reverse=True)
    plain = "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)
    wrap = r"(?<!\w)({})(nya)?(?![\w-])"
    return re.compile(wrap.format(plain)), re.compile(wrap.format(trie_pattern(ordered)))


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "israel menarik pasukannya dari gaza lalu menarik  delegasi dari qatar.",
    "hamas menarik diri dari perundingan dan menarik pasukan.",
    "kpk menahan tersangka baru, lalu menahannya.",
    "polisi menarik-narik spanduk; warga menarik napas.",
])
def test_lexicon_trie_matches_longest_first_alternation(text):
    phrases = ["menarik", "menarik pasukan", "menarik pasukannya", "menarik diri dari", "menarik delegasi",
               "menahan", "menahan tersangka"]
    plain, trie = _both(phrases)
    assert _matches(trie, text) == _matches(plain, text)
    assert _matches(trie, text)


def test_lexicon_trie_on_the_trigger_lexicon():
    coder = EventCoder(Resources())
    plain, trie = _both(list(coder.rules))
    # every phrase, alone, with a clitic, and run into a longer word
    for phrase in coder.rules:
        for text in (f"x {phrase} y.", f"{phrase}nya", f"{phrase}an itu"):
            assert _matches(trie, text) == _matches(plain, text), text
