"""Issue 17: kinds and boundaries of local actors (a rank's corps, a team's nickname).

The sentences are written for these tests; the people, teams and offices in them are invented.
"""
from __future__ import annotations

import pytest

from linimasa.language.entities import _rank_gives_first_name, rank_lead_re
from linimasa.resources import load_data

RANKS = frozenset(load_data("id/entity_cues.yaml")["ranks"])
CORPS = frozenset(load_data("id/entity_cues.yaml")["rank_corps"])


def _spans(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(text.index(name), text.index(name) + len(name), kind, "model") for name, kind in names]


@pytest.mark.parametrize("text, spans, expected", [
    # the police's mark and a corps after a rank, read as a body's name: the person after them
    ("Kabid Humas Polda Sukamaju Kombes Pol Darmo Sitepu menjelaskan.", [("Pol Darmo", "ORG")],
     [("Darmo", "PER")]),
    ("Kata Kapuspen Brigjen Marinir Anton Wirasena kepada wartawan.", [("Marinir Anton Wirasena", "PER")],
     [("Anton Wirasena", "PER")]),
    # the corps alone after a rank (the name cut off after it): no mention at all
    ("Kapolresta Sukamaju Kombes Pol.", [("Pol", "PER")], []),
    ("Hakim anggota Kolonel Chk (K) Rina Wulandari membacakan putusan.", [("Chk", "PER"), ("Rina Wulandari", "PER")],
     [("Rina Wulandari", "PER")]),
    # not after a rank: a name that starts like a corps word stays as it is
    ("Menurut Pol Pramana, warga sudah diungsikan.", [("Pol Pramana", "PER")], [("Pol Pramana", "PER")]),
])
def test_corps_after_a_rank_is_no_part_of_any_name(text, spans, expected):
    out = _rank_gives_first_name(text, _spans(text, *spans), rank_lead_re(RANKS), RANKS, CORPS)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_a_name_split_after_the_corps_is_whole_again():
    text = "Kabid Humas Polda Sukamaju Kombes Pol Darmo Wirasena menjelaskan."
    out = _rank_gives_first_name(text, _spans(text, ("Pol Darmo", "ORG"), ("Wirasena", "PER")),
                                 rank_lead_re(RANKS), RANKS, CORPS)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("Darmo Wirasena", "PER")]
