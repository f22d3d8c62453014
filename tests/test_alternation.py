"""The phrase trie finds exactly what a longest-first flat alternation finds (language/alternation.py)."""
from __future__ import annotations

import random
import re

import pytest

from linimasa.language.alternation import phrase_alternation


def _flat(phrases, spaces=r"\s+", lower=False):
    parts = sorted({p.lower() if lower else p for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", spaces) for p in parts)


PHRASES = ["juta", "jutaan", "ribu", "ribuan", "ratus", "ratusan", "puluh", "puluhan", "lebih dari",
           "lebih", "kurang dari", "sekitar", "hampir", "Rp", "Rp.", "US$", "orang", "orang warga",
           "pukul", "per", "persen", "perseorangan", "ke", "ke-"]

TEXT = ("Sekitar 25 ribuan orang warga datang pukul 09.00; lebih dari Rp. 3 juta per orang, hampir 40 persen. "
        "Kurang dari   tiga ratus orang, puluhan perseorangan, ke-2 dan ke 3. RP 5 JUTA, us$ 7 ribu.")


@pytest.mark.parametrize("template, flags", [
    (r"(?<!\w)(?:{})(?!\w)", 0),
    (r"(?<!\w)(?:{})(?!\w)", re.IGNORECASE),
    (r"(?:{})(?=\s+\d)", re.IGNORECASE),       # a lookahead that refuses the longer phrase: backtracking
    (r"\b(?:{})\b\s*(\d+)?", re.IGNORECASE),
])
def test_same_matches_as_flat_alternation(template, flags):
    flat = re.compile(template.format(_flat(PHRASES, lower=bool(flags))), flags)
    trie = re.compile(template.format(phrase_alternation(PHRASES, lower=bool(flags))), flags)
    expected = [(m.span(), m.groups()) for m in flat.finditer(TEXT)]
    assert expected, "the sample text must exercise the pattern"
    assert [(m.span(), m.groups()) for m in trie.finditer(TEXT)] == expected


def test_literal_spaces_and_random_lists():
    rng = random.Random(7)
    alphabet = "ab c"
    for _ in range(200):
        phrases = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(8)}
        text = "".join(rng.choice(alphabet + "  ") for _ in range(80))
        for spaces in (r"\s+", r"\ "):
            flat = re.compile(f"(?:{_flat(phrases, spaces)})(?!b)")
            trie = re.compile(f"(?:{phrase_alternation(phrases, spaces=spaces)})(?!b)")
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_longest_phrase_wins_and_empty_list():
    pattern = re.compile(phrase_alternation(["ratus", "ratusan", "ra"]))
    assert pattern.match("ratusan orang").group() == "ratusan"
    assert phrase_alternation([]) == ""
