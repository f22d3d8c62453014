"""Issue 17 (boundary): a list's lower-case link word that the entity model ran into the next name ("and
Sukamaju Metals", "dan Darmo") is no part of it.

The sentences are written for these tests; the firms and people in them are invented.
"""
from __future__ import annotations

import pytest

from linimasa.language.entities import _tidy_spans


@pytest.mark.parametrize("text, span, expected", [
    ("Izin diberikan kepada Kotabesar Gold, Wira Resources, and Sukamaju Metals.", "and Sukamaju Metals",
     "Sukamaju Metals"),
    ("Hadir pula Darmo Wibisono serta Rina Lestari dalam acara itu.", "serta Rina Lestari", "Rina Lestari"),
    # a capitalised name that only starts with the letters of a link word stays whole
    ("Sambutan dibacakan Dani Saputra pagi itu.", "Dani Saputra", "Dani Saputra"),
])
def test_a_lists_link_word_is_no_part_of_a_name(text, span, expected):
    start = text.index(span)
    (s, e, _, _), = _tidy_spans(text, [(start, start + len(span), "ORG", "model")])
    assert text[s:e] == expected
