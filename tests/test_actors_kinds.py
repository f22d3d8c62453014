"""Issue 17: kinds and countries of local actors.

The sentences are written for these tests; the people, firms and offices in them are invented.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import make_doc, resolver  # noqa: F401


def _actor_of(resolver, text, target):
    doc = resolver(make_doc(resolver, text, ()))
    mention = next(m for m in doc.mentions if m.text == target)
    assert mention.actor is not None, mention
    return doc.actors[mention.actor]


@pytest.mark.parametrize("text, target, country", [
    # the Indonesian short forms of states that news writes without spelling them out
    ("Delegasi PEA tiba di Jakarta untuk membahas investasi energi.", "PEA", "ARE"),
    ("Pemerintah RRC mengumumkan tarif baru atas baja impor.", "Pemerintah RRC", "CHN"),
    ("Kapal patroli Republik Rakyat Cina terlihat di dekat karang itu.", "Republik Rakyat Cina", "CHN"),
    ("Pejabat KSA menyambut rombongan haji di bandara.", "KSA", "SAU"),
    ("Militer DPRK kembali menembakkan rudal ke laut lepas.", "Militer DPRK", "PRK"),
    ("Utusan Emirat Arab bertemu menteri perdagangan kemarin.", "Emirat Arab", "ARE"),
])
def test_state_short_forms_are_the_state(resolver, text, target, country):
    assert _actor_of(resolver, text, target).country == country
