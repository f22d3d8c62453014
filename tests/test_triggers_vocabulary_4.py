"""Trigger vocabulary, fourth round (issue 18, recall): colloquial judgements, appreciation and pride
voiced at someone, clarification and interrogation, reprimands.

One sentence written for the project per new word; names and places are invented and the documents
are built by hand (tests/test_triggers_vocabulary.py) so that the rows test the lexicon and the coder.
A second table holds the same words where they are no event.
"""
from __future__ import annotations

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (trigger word as listed, sentence, expected (type, source, target) of the events it codes)
VOCABULARY = [
    # ---- colloquial judgements of an act, voiced by a speaker (form opinion: ACCUSE)
    ("konyol", "Andi Wirawan mengatakan rencana memindahkan pasar itu konyol.", {("ACCUSE", "ANDI", None)}),
    ("ngawur", "Andi Wirawan mengatakan hitungan anggaran itu ngawur.", {("ACCUSE", "ANDI", None)}),
    # ---- appreciation and pride aimed at someone (SUPPORT)
    ("memberikan penghargaan kepada", "Kemendagri memberikan penghargaan kepada Bupati Sukamaju atas kinerjanya.",
     {("SUPPORT", "KEMENDAGRI", "BUPATI")}),
    ("memberi penghargaan kepada", "Gubernur Nusa Kencana memberi penghargaan kepada warga Sukamaju.",
     {("SUPPORT", "GUBERNUR", "WARGA")}),
    ("menyampaikan penghargaan kepada", "Andi Wirawan menyampaikan penghargaan kepada Polres Sukamaju.",
     {("SUPPORT", "ANDI", "POLRES")}),
    ("menganugerahkan penghargaan kepada", "Kemendagri menganugerahkan penghargaan kepada DPRD Sukamaju.",
     {("SUPPORT", "KEMENDAGRI", "DPRD")}),
    ("bangga dengan", "Gubernur Nusa Kencana bangga dengan Rina Kusuma.", {("SUPPORT", "GUBERNUR", "RINA")}),
    ("bangga kepada", "Bupati Sukamaju bangga kepada warga Sukamaju.", {("SUPPORT", "BUPATI", "WARGA")}),
    ("bangga terhadap", "Andi Wirawan bangga terhadap Dodi Hartono.", {("SUPPORT", "ANDI", "DODI")}),
    ("bangga pada", "Rina Kusuma bangga pada Andi Wirawan.", {("SUPPORT", "RINA", "ANDI")}),
    ("ucapkan terima kasih kepada", "Rina Kusuma ucapkan terima kasih kepada Polres Sukamaju.", {("SUPPORT", "RINA", "POLRES")}),
    ("mengucapkan terima kasih", "Bupati Sukamaju mengucapkan terima kasih dan penghargaan kepada warga Sukamaju.",
     {("SUPPORT", "BUPATI", "WARGA")}),
    ("menyampaikan terima kasih", "Bupati Sukamaju menyampaikan terima kasih dan apresiasi kepada DPRD Sukamaju.",
     {("SUPPORT", "BUPATI", "DPRD")}),
    ("memberikan dukungan", "Kemendagri memberikan dukungan kepada Bupati Sukamaju.", {("SUPPORT", "KEMENDAGRI", "BUPATI")}),
    ("memberi dukungan", "Partai Maju Bersama memberi dukungan kepada Andi Wirawan.", {("SUPPORT", "PARTAI", "ANDI")}),
    # ---- sanctions received from a named body (SANCTION)
    ("dikenai sanksi", "Dodi Hartono dikenai sanksi oleh Partai Maju Bersama.", {("SANCTION", "PARTAI", "DODI")}),
    ("dikenakan sanksi", "Dodi Hartono dikenakan sanksi oleh Kemendagri.", {("SANCTION", "KEMENDAGRI", "DODI")}),
    ("diberikan sanksi", "Andi Wirawan diberikan sanksi oleh DPRD Sukamaju.", {("SANCTION", "DPRD", "ANDI")}),
    ("diberi sanksi", "Rina Kusuma diberi sanksi oleh Kemendagri.", {("SANCTION", "KEMENDAGRI", "RINA")}),
    # ---- questioned by an authority (ACCUSE investigate)
    ("dimintai klarifikasi", "Dodi Hartono dimintai klarifikasi oleh Polres Sukamaju.", {("ACCUSE", "POLRES", "DODI")}),
    ("diinterogasi", "Dodi Hartono diinterogasi oleh Polres Sukamaju.", {("ACCUSE", "POLRES", "DODI")}),
    # ---- reprimanded (ACCUSE)
    ("ditegur", "Andi Wirawan ditegur oleh Bupati Sukamaju.", {("ACCUSE", "BUPATI", "ANDI")}),
]


@pytest.mark.parametrize("trigger, sentence, expected", VOCABULARY, ids=[r[0] for r in VOCABULARY])
def test_triggers_vocabulary_4_codes_its_event(coder, trigger, sentence, expected):
    key = " ".join(trigger.lower().split())
    assert key in coder.rules, f"{trigger!r} is not in triggers.yaml"
    events = [e for e in coder(build(sentence)).events if " ".join(e.trigger.lower().split()) == key]
    assert {(e.type, e.source, e.target) for e in events} == expected


@pytest.mark.parametrize("sentence", [
    "Bupati Sukamaju bangga dengan produk dalam negeri.",  # pride in a thing, no one praised
    "Rina Kusuma bangga pada hasil panen tahun ini.",  # pride in a result
    "Kemendagri memberikan dukungan untuk program pangan.",  # backing for a programme, no one backed
    "Hitungan anggaran itu konyol.",  # no speaker: no one disapproves
])
def test_triggers_vocabulary_4_other_senses_code_nothing(coder, sentence):
    assert [(e.type, e.source, e.target) for e in coder(build(sentence)).events] == []


# reports to the police or an oversight body with no one named as the accused
REPORTS = [
    # the authority a report goes to receives it; it is not whom the report accuses (triggers.yaml target_preps)
    ("melapor", "Rina Kusuma melapor ke Polres Sukamaju setelah motornya hilang.", {("ACCUSE", "RINA", None)}),
    ("membuat laporan", "Dodi Hartono membuat laporan di Polres Sukamaju pada Senin malam.",
     {("ACCUSE", "DODI", None)}),  # "di" names where the report is made, not a target
    ("mengadu", "Andi Wirawan mengadu ke Polres Sukamaju soal penipuan arisan.", {("ACCUSE", "ANDI", None)}),
]


@pytest.mark.parametrize("trigger, sentence, expected", REPORTS, ids=[r[0] for r in REPORTS])
def test_triggers_vocabulary_4_reports_to_an_authority(coder, trigger, sentence, expected):
    test_triggers_vocabulary_4_codes_its_event(coder, trigger, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "Rina Kusuma melapor kepada atasannya setiap pagi.",  # a routine report to a superior
    "Andi Wirawan dituding mengadu domba warga Sukamaju.",  # pitting people against each other
])
def test_triggers_vocabulary_4_reports_elsewhere_code_no_report(coder, sentence):
    events = coder(build(sentence)).events
    assert [e for e in events if e.trigger.lower() in ("melapor", "mengadu")] == []


# advice to someone named and proposals that someone act (REQUEST)
ADVICE = [
    ("menyarankan", "Bupati Sukamaju menyarankan warga Sukamaju untuk menunda perjalanan.", {("REQUEST", "BUPATI", "WARGA")}),
    ("mengusulkan", "Andi Wirawan mengusulkan agar DPRD Sukamaju menunda rapat itu.", {("REQUEST", "ANDI", "DPRD")}),
]


@pytest.mark.parametrize("trigger, sentence, expected", ADVICE, ids=[r[0] for r in ADVICE])
def test_triggers_vocabulary_4_advice_and_proposals(coder, trigger, sentence, expected):
    test_triggers_vocabulary_4_codes_its_event(coder, trigger, sentence, expected)


@pytest.mark.parametrize("sentence", [
    "Kemendagri mengusulkan anggaran Rp 5 miliar untuk DPRD Sukamaju.",  # a budget proposed, no one asked to act
    "Andi Wirawan menyarankan agar tubuh tetap terhidrasi saat cuaca panas.",  # a health tip, no one advised
    "Rina Kusuma menyarankan penggunaan masker di ruang tertutup.",  # a tip with no purpose clause
])
def test_triggers_vocabulary_4_tips_and_budgets_are_no_request(coder, sentence):
    assert [(e.type, e.source, e.target) for e in coder(build(sentence)).events] == []


def test_triggers_vocabulary_4_a_proposed_act_is_a_request_not_the_proposers_act(coder):
    # moved from tests/test_triggers_vocabulary.py, which listed it as no event: proposing that DPRD back the
    # regent asks DPRD to act (REQUEST); the support is still not the students'
    events = coder(build("Mahasiswa mengusulkan agar DPRD Sukamaju mendukung Bupati Sukamaju.")).events
    assert {(e.type, e.source, e.target) for e in events} == {("REQUEST", "IDN.EDU", "DPRD")}
