"""Issue 18, classes other than dates of the tenth and eleventh rounds (seeds 2081, 2083 on b800c51).

- modality: a possibility left open ("tidak menutup kemungkinan ...", "membuka peluang ...") is hypothetical,
  not expected.

Sentences written for the project; names and places are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

FRI = date(2024, 6, 7)

# (text, event type, source, expected modality)
MODALITY = [
    ("Qatar tidak menutup kemungkinan menerima tawaran Israel.", "AGREE", "QAT", "hypothetical"),
    ("Qatar membuka peluang bekerja sama dengan Israel.", "COOPERATE", "QAT", "hypothetical"),
    # an expectation stays expected
    ("Qatar diperkirakan menerima tawaran Israel.", "AGREE", "QAT", "expected"),
    ("Qatar kemungkinan menerima tawaran Israel.", "AGREE", "QAT", "expected"),
]


@pytest.mark.parametrize("text,kind,source,expected", MODALITY)
def test_open_possibility_is_hypothetical(stages, text, kind, source, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [e.modality for e in doc.events if e.type == kind and e.source == source]
    assert found, [(e.type, e.source, e.trigger) for e in doc.events]
    assert found[0] == expected


# ---- arguments (missing named target, not an event), on the one-sentence documents of test_events_groups
from linimasa.events.coder import EventCoder  # noqa: E402
from linimasa.resources import Resources  # noqa: E402
from tests.test_events_groups import build  # noqa: E402


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (text, expected (type, source, target) triples)
ARGUMENTS = [
    # a meeting or deal named by a hyphenated pair: the second name is the target
    ("Pertemuan Budi Santoso-Anton Wiryo berlangsung tertutup.", {("CONSULT", "BUDI", "ANTON")}),
    ("Pertemuan Budi Santoso - Anton Wiryo berlangsung tertutup.", {("CONSULT", "BUDI", "ANTON")}),
    ("Pertemuan Budi Santoso di Sukamaju berlangsung tertutup.", {("CONSULT", "BUDI", None)}),
    # named groups: airport security, tax debtors
    ("Polisi berkoordinasi dengan petugas Avsec untuk memeriksa nama penumpang.",
     {("COOPERATE", "IDN.POLRI", "IDN.COP.AVSEC"), ("ACCUSE", "IDN.POLRI", None)}),
    # a group after "setiap" is named ("setiap lembaga penegak hukum")
    ("Budi Santoso mendorong agar setiap aparat penegak hukum menertibkan pasar.", {("REQUEST", "BUDI", "IDN.JUD")}),
    # a clitic threat refers back to the victim named earlier in the sentence
    ("Pelaku memaksa korban menyerahkan ponselnya sambil mengancamnya dengan pisau.",
     {("THREATEN", "IDN.CRM", "IDN.CVL")}),
    # property seized stands for its owner, a group too
    ("Polres Sukamaju menyita aset para penunggak pajak.", {("COERCE", "POLRES", "IDN.CVL.TAX")}),
    ("Polres Sukamaju menyita uang warga.", {("COERCE", "POLRES", "IDN.CVL")}),
    # ... but an unnamed group after another noun still modifies it
    ("Budi Santoso membatalkan keputusan mutasi guru.", {("CONCEDE", "BUDI", None)}),
    # a purpose: what a thing is for is no support of the one who does it ...
    ("Alokasi itu diperlukan untuk mendukung pelaksanaan tugas Kejari Sukamaju.", set()),
    # ... but support pledged or given by someone for an actor is
    ("Budi Santoso berkomitmen untuk terus mendukung program Bupati Sukamaju.", {("SUPPORT", "BUDI", "BUPATI")}),
    ("Budi Santoso datang untuk mendukung Anton Wiryo.", {("SUPPORT", "BUDI", "ANTON")}),
    ("Budi Santoso mendukung program Bupati Sukamaju.", {("SUPPORT", "BUDI", "BUPATI")}),
    # a cry for help is no request
    ("Korban sempat meminta tolong.", set()),
    ("Korban terus berteriak minta tolong, namun tidak ada yang mendengar.", set()),
    # ... a favour asked is ("minta tolong" for "please")
    ("Budi Santoso minta tolong Polres Sukamaju memeriksa laporan itu.", {("REQUEST", "BUDI", "POLRES")}),
]


@pytest.mark.parametrize("sentence,expected", ARGUMENTS, ids=[c[0][:40] for c in ARGUMENTS])
def test_arguments(coder, sentence, expected):
    assert {(e.type, e.source, e.target) for e in coder(build(sentence)).events} == expected


# ---- a modal of obligation that makes no call on the actor before it (not an event)
from tests.test_triggers_vocabulary import build as build_vocabulary  # noqa: E402

DEONTIC = [
    ("Andi Wirawan menyatakan Bupati Sukamaju harus segera menertibkan pasar.", {("REQUEST", "ANDI", "BUPATI")}),
    # the thing the actor owns ought to be so
    ("Andi Wirawan menyatakan program Bupati Sukamaju harus tetap berjalan.", set()),
    # the speaker owes the act (object voice with a first-person agent)
    ("Andi Wirawan menyatakan warga Sukamaju harus betul-betul saya perhatikan.", set()),
    ("Andi Wirawan menyatakan Bupati Sukamaju harus kita dukung.", set()),
    # a first-person object of an active verb is no agent: the call stands
    ("Andi Wirawan menyatakan Bupati Sukamaju harus mendengarkan kami.", {("REQUEST", "ANDI", "BUPATI")}),
]


@pytest.mark.parametrize("text, expected", DEONTIC, ids=[r[0][:50] for r in DEONTIC])
def test_duty_that_makes_no_call(coder, text, expected):
    found = {(e.type, e.source, e.target) for e in coder(build_vocabulary(text)).events if e.type == "REQUEST"}
    assert found == expected


# ---- wrong source: a subordinate clause with no subject after a reported clause shares the reported subject
SHARED = [
    ("Andi Wirawan mengungkapkan Israel kembali menyerang Hamas meski sudah menyepakati gencatan senjata.",
     "AGREE", "ISR"),
    # a subject further on, after a subordinator, is not the reported one
    ("Andi Wirawan menyampaikan tanggapannya terhadap rencana itu, setelah Israel menyerang Hamas, dan menyatakan siap "
     "menyepakati gencatan senjata.", "AGREE", "ANDI"),
    # no subject in the reported part: the reporter's
    ("Andi Wirawan mengungkapkan hal itu meski sudah menyepakati gencatan senjata.", "AGREE", "ANDI"),
]


@pytest.mark.parametrize("text, kind, source", SHARED, ids=[r[0][:50] for r in SHARED])
def test_subordinate_shares_reported_subject(coder, text, kind, source):
    assert {e.source for e in coder(build_vocabulary(text)).events if e.type == kind} == {source}


# ---- missing named target: a passive agent's partner after "bersama"
PARTNER = [
    ("Aturan itu disetujui oleh DPRD Sukamaju bersama Bupati Sukamaju.", {("AGREE", "DPRD", "BUPATI")}),
    ("Aturan itu disetujui DPRD Sukamaju bersama pemerintah.", {("AGREE", "DPRD", "IDN.GOV")}),
    ("Aturan itu disetujui DPRD Sukamaju pada Senin.", {("AGREE", "DPRD", None)}),
]


@pytest.mark.parametrize("text, expected", PARTNER, ids=[r[0][:50] for r in PARTNER])
def test_passive_agent_partner(coder, text, expected):
    assert {(e.type, e.source, e.target) for e in coder(build_vocabulary(text)).events} == expected


def test_foreign_leader_staff_is_no_target(coder):
    """A foreign minister's order to his own staff is internal to his state: no target (own_body_home_only)."""
    from dataclasses import replace

    text = "Rani Kusuma meminta anak buahnya tidak lagi memakai mobil dinas untuk mudik."
    home = coder(build(text))
    assert {(e.type, e.source, e.target) for e in home.events} == {("REQUEST", "RANI", "IDN.GOV")}
    doc = build(text)
    doc.actors["RANI"] = replace(doc.actors["RANI"], country="ISR")
    assert {(e.type, e.source, e.target) for e in coder(doc).events} == {("REQUEST", "RANI", None)}
