"""Trigger vocabulary, second round (issue 18): one sentence written for the project per new trigger.

Families: signing agreements and memoranda, courtesy visits, hearings and audiences, approaches and
lobbying, warnings to act, disapproval (regret, mockery, disappointment), charges under an article of
law, searches, vows of force, extortion and intimidation, protests aimed at a body, relief from
duty, seizures, forced dispersal and crowd control, aid with a count before it, tariffs and trade
measures. Names and places are invented; the documents are built by hand (see
tests/test_triggers_vocabulary.py) so that the rows test the lexicon and the coder.

A second table holds the same words in senses that are no event ("tarif parkir", "memberantas
korupsi", "rapat koordinasi" with no partner, "bersumpah" to do good).
"""
from __future__ import annotations

from collections import Counter

import pytest

from linimasa.events.coder import EventCoder
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (trigger word as listed, sentence, expected (type, source, target) of the events it codes)
VOCABULARY = [
    # ---- signing agreements, memoranda and cooperation deals (AGREE)
    ("menandatangani MoU", "Bupati Sukamaju menandatangani MoU dengan Gubernur Nusa Kencana di Jakarta.",
     {("AGREE", "BUPATI", "GUBERNUR")}),
    ("meneken perjanjian kerja sama", "Kemendagri meneken perjanjian kerja sama dengan DPRD Sukamaju.",
     {("AGREE", "KEMENDAGRI", "DPRD")}),
    ("menandatangani kesepakatan bersama", "Andi Wirawan menandatangani kesepakatan bersama dengan Dodi Hartono.",
     {("AGREE", "ANDI", "DODI")}),
    ("penandatanganan nota kesepahaman", "Kemendagri melakukan penandatanganan nota kesepahaman dengan KPK.",
     {("AGREE", "KEMENDAGRI", "KPK")}),
    # ---- visits, hearings, audiences, approaches (CONSULT)
    ("menyambangi", "Andi Wirawan menyambangi Bupati Sukamaju di rumah dinasnya.", {("CONSULT", "ANDI", "BUPATI")}),
    ("bersilaturahmi ke", "Gubernur Nusa Kencana bersilaturahmi ke DPRD Sukamaju pada Jumat pagi.",
     {("CONSULT", "GUBERNUR", "DPRD")}),
    ("disambangi", "Rina Kusuma disambangi Bupati Sukamaju seusai pulang dari rumah sakit.",
     {("CONSULT", "BUPATI", "RINA")}),
    ("beraudiensi dengan", "Warga Sukamaju beraudiensi dengan DPRD Sukamaju soal jalan rusak.",
     {("CONSULT", "WARGA", "DPRD")}),
    ("rapat dengar pendapat", "Kemendagri menggelar rapat dengar pendapat dengan DPRD Sukamaju.",
     {("CONSULT", "KEMENDAGRI", "DPRD")}),
    ("melakukan pendekatan dengan", "Dodi Hartono melakukan pendekatan dengan Andi Wirawan agar proyeknya lolos.",
     {("CONSULT", "DODI", "ANDI")}),
    ("melobi", "Partai Maju Bersama melobi Kemendagri agar anggaran desa ditambah.",
     {("CONSULT", "PARTAI", "KEMENDAGRI")}),
    ("pembicaraan tidak langsung", "Israel melangsungkan pembicaraan tidak langsung dengan Hamas di Kairo.",
     {("CONSULT", "ISR", "HAMAS")}),
    ("pertemuan tertutup", "AS menggelar pertemuan tertutup dengan Qatar membahas tawanan.", {("CONSULT", "USA", "QAT")}),
    # ---- warnings and reminders to act (REQUEST)
    ("memperingatkan", "Andi Wirawan memperingatkan Bupati Sukamaju agar tidak menunda pembangunan jembatan.",
     {("REQUEST", "ANDI", "BUPATI")}),
    ("mewanti-wanti", "Kemendagri mewanti-wanti Gubernur Nusa Kencana supaya anggaran tidak diselewengkan.",
     {("REQUEST", "KEMENDAGRI", "GUBERNUR")}),
    # ---- disapproval (ACCUSE disapprove)
    ("menyayangkan", "Andi Wirawan menyayangkan sikap Bupati Sukamaju terhadap para petani.", {("ACCUSE", "ANDI", "BUPATI")}),
    ("menyindir", "Rina Kusuma menyindir Andi Wirawan yang jarang hadir di rapat.", {("ACCUSE", "RINA", "ANDI")}),
    ("mempermasalahkan", "Warga Sukamaju mempermasalahkan Bupati Sukamaju yang menutup pasar lama.",
     {("ACCUSE", "WARGA", "BUPATI")}),
    ("kecewa", 'Qatar menyatakan "sangat kecewa" atas keputusan Israel.', {("ACCUSE", "QAT", "ISR")}),
    ("dihujat", "Andi Wirawan dihujat warga Sukamaju karena ucapannya.", {("ACCUSE", "WARGA", "ANDI")}),
    # ---- charges, complaints and searches (ACCUSE allege, investigate)
    ("menjerat", "Polres Sukamaju menjerat Dodi Hartono dengan pasal penipuan.", {("ACCUSE", "POLRES", "DODI")}),
    ("dijerat", "Dodi Hartono dijerat Kejari Sukamaju dengan pasal korupsi.", {("ACCUSE", "KEJARI", "DODI")}),
    ("mempolisikan", "Rina Kusuma mempolisikan Dodi Hartono atas dugaan penipuan.", {("ACCUSE", "RINA", "DODI")}),
    ("dipolisikan", "Andi Wirawan dipolisikan Rina Kusuma karena dugaan pencemaran nama baik.",
     {("ACCUSE", "RINA", "ANDI")}),
    ("menggeledah", "KPK menggeledah kantor Bupati Sukamaju pada Selasa.", {("ACCUSE", "KPK", "BUPATI")}),
    # ---- vows of force, intimidation, extortion (THREATEN)
    ("bersumpah", "Israel bersumpah akan membalas Hamas.", {("THREATEN", "ISR", None)}),
    ("memeras", "Dodi Hartono memeras Rina Kusuma dengan ancaman menyebarkan foto.", {("THREATEN", "DODI", "RINA")}),
    ("diperas", "Rina Kusuma diperas Dodi Hartono hingga puluhan juta rupiah.", {("THREATEN", "DODI", "RINA")}),
    ("mengintimidasi", "Dodi Hartono mengintimidasi Rina Kusuma di depan rumahnya.", {("THREATEN", "DODI", "RINA")}),
    # ---- protests aimed at a body (PROTEST)
    ("menggeruduk", "Warga Sukamaju menggeruduk kantor DPRD Sukamaju menuntut ganti rugi.", {("PROTEST", "WARGA", "DPRD")}),
    ("mendemo", "Warga Sukamaju mendemo Bupati Sukamaju di depan pendopo.", {("PROTEST", "WARGA", "BUPATI")}),
    ("menggelar unjuk rasa", "Warga Sukamaju menggelar unjuk rasa di depan kantor Kemendagri.", {("PROTEST", "WARGA", None)}),
    # ---- relief from duty (SANCTION expel)
    ("membebastugaskan", "Polres Sukamaju membebastugaskan Dodi Hartono selama pemeriksaan.", {("SANCTION", "POLRES", "DODI")}),
    ("diberhentikan dari jabatannya", "Andi Wirawan diberhentikan dari jabatannya oleh Partai Maju Bersama.",
     {("SANCTION", "PARTAI", "ANDI")}),
    # ---- seizures and dispersal (COERCE)
    ("disita", "Mobil Dodi Hartono disita KPK sebagai barang bukti.", {("COERCE", "KPK", "DODI")}),
    ("melakukan penyitaan", "Kejari Sukamaju melakukan penyitaan terhadap aset Dodi Hartono.", {("COERCE", "KEJARI", "DODI")}),
    ("membubarkan paksa", "Polres Sukamaju membubarkan paksa warga Sukamaju yang memblokir jalan.",
     {("COERCE", "POLRES", "WARGA")}),
    # ---- crowd control (ASSAULT crowd-control)
    ("melepaskan tembakan gas air mata", "Polres Sukamaju melepaskan tembakan gas air mata ke arah warga Sukamaju.",
     {("ASSAULT", "POLRES", "WARGA")}),
    ("menembakkan meriam air", "Israel menembakkan meriam air ke arah warga Sukamaju.", {("ASSAULT", "ISR", "WARGA")}),
    # ---- aid with a count or package before its noun (AID)
    ("memberikan", "Kemendagri memberikan tiga paket bantuan kepada warga Sukamaju.", {("AID", "KEMENDAGRI", "WARGA")}),
    ("menyalurkan", "Bupati Sukamaju menyalurkan 500 paket sembako kepada warga Sukamaju.", {("AID", "BUPATI", "WARGA")}),
    # ---- tariffs and trade measures against another country (SANCTION)
    ("menetapkan tarif", "AS menetapkan tarif tambahan sebesar 50 persen terhadap impor dari Mesir.",
     {("SANCTION", "USA", "EGY")}),
        ("mengenakan tarif impor", "AS mengenakan tarif impor sebesar 32 persen.", {("SANCTION", "USA", None)}),
    ("memberlakukan embargo", "AS memberlakukan embargo terhadap Israel.", {("SANCTION", "USA", "ISR")}),
    ("membatasi ekspor", "Mesir membatasi ekspor gandum ke Qatar.", {("SANCTION", "EGY", "QAT")}),
]


def _ids(row) -> str:
    return f"{row[0]}: {row[1][:40]}"


def test_triggers_vocabulary_2_words_are_listed_once():
    """The coder keeps one rule per word: a word listed twice silently loses its first rule."""
    data = Resources().data("id/triggers.yaml")
    counts = Counter(" ".join(w.lower().split()) for entry in data["triggers"] for w in entry["words"])
    assert [w for w, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("trigger, sentence, expected", VOCABULARY, ids=[_ids(r) for r in VOCABULARY])
def test_triggers_vocabulary_2_codes_its_event(coder, trigger, sentence, expected):
    key = " ".join(trigger.lower().split())
    assert key in coder.rules, f"{trigger!r} is not in triggers.yaml"
    events = [e for e in coder(build(sentence)).events if " ".join(e.trigger.lower().split()) == key]
    assert {(e.type, e.source, e.target) for e in events} == expected


def test_triggers_vocabulary_2_modes(coder):
    """Crowd control, seizure, dispersal, relief from duty, charges and searches carry their modes."""
    cases = {
        "Polres Sukamaju melepaskan tembakan gas air mata ke arah warga Sukamaju.": "crowd-control",
        "Mobil Dodi Hartono disita KPK.": "seize",
        "Polres Sukamaju membubarkan paksa warga Sukamaju.": "restrict",
        "Polres Sukamaju membebastugaskan Dodi Hartono.": "expel",
        "Polres Sukamaju menjerat Dodi Hartono dengan pasal penipuan.": "allege",
        "KPK menggeledah kantor Bupati Sukamaju.": "investigate",
        "Israel bersumpah akan membalas Hamas.": "violence",
    }
    for sentence, mode in cases.items():
        assert [e.mode for e in coder(build(sentence)).events] == [mode], sentence


@pytest.mark.parametrize("sentence", [
    # the same words in senses that are no event
    "Bupati Sukamaju menetapkan tarif parkir baru untuk warga Sukamaju.",  # a price, no trade measure
    "DPRD Sukamaju memberlakukan tarif air bersih yang lebih murah.",  # a price
    "Andi Wirawan bersumpah untuk memberantas korupsi di Sukamaju.",  # a vow to do good, and a crime is no actor
    "Kemendagri bertekad memberantas narkoba sampai ke desa.",  # eradicating a crime is no assault
    "Kemendagri menggelar rapat koordinasi di Jakarta pada Senin.",  # a body's own meeting, no partner
    "Kemendagri memberikan keterangan kepada DPRD Sukamaju.",  # giving information is no aid
    "Bupati Sukamaju membubarkan panitia lomba setelah acara selesai.",  # a committee dissolved, no crowd
    "Rina Kusuma kecewa karena hujan turun sepanjang hari.",  # disappointment with no one to blame
    "Polres Sukamaju menjerat leher hewan kurban dengan tali.",  # a noose, no charge
    "Rina Kusuma memeras jeruk untuk tamu.",  # squeezing fruit: no one extorted
])
def test_triggers_vocabulary_2_other_senses_code_nothing(coder, sentence):
    events = coder(build(sentence)).events
    assert [(e.type, e.source, e.target) for e in events] == []
