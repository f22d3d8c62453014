"""Issue 18: sources and targets the clause analysis used to miss or mix up.

- a coordinated subject that signs an agreement agrees both ways ("X dan Y menandatangani ...");
- a closing quote mark ends the search for an object: the speaker after '..." kata X' is nobody's target;
- a passive made a noun by "-nya" ("mendukung dihukumnya X oleh Y") names the one acted on after it;
- the subject of a verb of undergoing ("X menghadapi gugatan Y") is the one the noun's act is aimed at.

Names, places and sentences are invented.
"""
from __future__ import annotations

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build
from tests.test_triggers_vocabulary_3 import build_story


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


def triples(coder, doc):
    return {(e.type, e.source, e.target) for e in coder(doc).events}


# (text, expected (type, source, target) triples, triples that must not appear)
ARGUMENTS = [
    # reciprocal signing
    ("Gubernur Nusa Kencana dan Bupati Sukamaju menandatangani perjanjian kerja sama air bersih.",
     {("AGREE", "GUBERNUR", "BUPATI"), ("AGREE", "BUPATI", "GUBERNUR")}, set()),
    # the speaker after the closing quote is not the object of the quoted verb
    ('"Polres Sukamaju akan memeriksa semua pihak," kata Andi Wirawan.',
     {("ACCUSE", "POLRES", None)}, {("ACCUSE", "POLRES", "ANDI")}),
    # a nominalised passive: the one punished stands after it, the agent after "oleh"
    ("Andi Wirawan mendukung dihukumnya Dodi Hartono oleh KPK.",
     {("SANCTION", "KPK", "DODI")}, {("SANCTION", "DODI", "ANDI")}),
    # the subject of "menghadapi" is whom the lawsuit is against
    ("Bupati Sukamaju menghadapi gugatan Partai Maju Bersama di pengadilan.",
     {("ACCUSE", "PARTAI", "BUPATI")}, {("ACCUSE", "PARTAI", None)}),
    ("Israel mendapat kecaman Qatar setelah serangan itu.",
     {("ACCUSE", "QAT", "ISR")}, set()),
]


@pytest.mark.parametrize("text, expected, absent", ARGUMENTS, ids=[r[0][:40] for r in ARGUMENTS])
def test_issue18_event_arguments(coder, text, expected, absent):
    found = triples(coder, build(text))
    assert expected <= found
    assert not (absent & found)
