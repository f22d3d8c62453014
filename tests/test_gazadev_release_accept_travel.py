"""Issue 18: releases, acceptances and departures in Gaza-talk wording (trigger data, triggers.yaml).

- a release as a noun with its agent after "oleh" ("pembebasan N sandera X oleh Y"): Y releases, X (the
  captives' side, standing before the agent) is the target; without an agent no event, since the actor right
  after the noun names the captives, not the releaser (`patient_noun` in the coder);
- an exchange of captives ("pertukaran sandera dengan tahanan antara X dan Y") is a release between the two;
- a proposal accepted in the passive ("usulan itu diterima X") is AGREE by X; "diterima" after anything that
  is not an offer (a report, a payment) codes nothing;
- a delegation leaving for a foreign city ("berangkat ke Y") is a visit.

Whole pipeline; sentences written for the project.
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def coded(pipeline, text):
    doc = pipeline(Document(text=text))
    return {(e.type, e.mode, e.source, e.target) for e in doc.events}


# (sentence, events that must be coded, events that must not)
CASES = [
    ("Pembebasan empat sandera oleh Hamas berlangsung di Khan Younis pada Kamis pagi.",
     {("RETREAT", "release", "PSE.HAMAS", None)}, set()),
    ("Pembebasan tiga sandera Israel oleh Hamas disaksikan petugas Palang Merah.",
     {("RETREAT", "release", "PSE.HAMAS", "ISR")}, {("RETREAT", "release", "ISR", None)}),
    ("Warga Ramallah menyambut pelepasan 90 tahanan Palestina oleh Israel pada Senin malam.",
     {("RETREAT", "release", "ISR", "PSE")}, set()),
    # no agent: the genitive is the captives' side, not the releaser
    ("Pembebasan sandera Israel menjadi syarat utama perundingan di Kairo.",
     set(), {("RETREAT", "release", "ISR", None)}),
    # land acquisition is no release
    ("Pembebasan lahan warga oleh pemerintah daerah berjalan lambat tahun ini.",
     set(), {("RETREAT", "release", "IDN.GOV", None)}),
    ("Pertukaran sandera dengan tahanan antara Hamas dan Israel berlangsung lancar pada Minggu.",
     {("RETREAT", "release", "PSE.HAMAS", "ISR")}, set()),
    ("Usulan gencatan senjata dari Mesir itu akhirnya diterima Hamas pada Selasa malam.",
     {("AGREE", None, "PSE.HAMAS", None)}, set()),
    ("Laporan warga soal jalan rusak itu diterima Bupati Sukamaju pada Selasa.",
     set(), {("AGREE", None, "local:bupati_sukamaju", None)}),
    ("Delegasi Israel berangkat ke Doha pada Rabu untuk perundingan lanjutan.",
     {("CONSULT", "visit", "ISR.GOV", "QAT.GOV")}, set()),
    ("Delegasi Israel bertolak menuju Doha pada Kamis pagi.",
     {("CONSULT", "visit", "ISR.GOV", "QAT.GOV")}, set()),
    # an agentless passive release: whoever held them releases them (holder)
    ("Empat sandera yang ditahan Hamas telah dibebaskan pada Sabtu pagi.",
     {("RETREAT", "release", "PSE.HAMAS", None)}, set()),
    ("Sebanyak 90 tahanan Palestina yang masih ditahan Israel dibebaskan pada Minggu dini hari.",
     {("RETREAT", "release", "ISR", "PSE")}, set()),
    ("Dua sandera Thailand akhirnya dilepaskan oleh Hamas di Rafah pada Kamis.",
     {("RETREAT", "release", "PSE.HAMAS", "THA")}, set()),
    ("Penyerahan lima sandera oleh Hamas kepada Palang Merah berlangsung tertib.",
     {("RETREAT", "release", "PSE.HAMAS", None)}, set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_gaza_release_accept_travel(pipeline, text, wanted, unwanted):
    found = coded(pipeline, text)
    assert wanted <= found, found
    assert not (unwanted & found), found


def test_laporan_diterima_codes_no_agreement(pipeline):
    found = coded(pipeline, "Laporan warga soal jalan rusak itu diterima Bupati Sukamaju pada Selasa.")
    assert not any(t == "AGREE" for t, *_ in found), found


@pytest.mark.parametrize("text", [
    "Pembebasan sandera Israel menjadi syarat utama perundingan di Kairo.",
    "Pembebasan lahan warga oleh pemerintah daerah berjalan lambat tahun ini.",
    "Pembebasan biaya sekolah oleh pemerintah kota disambut orang tua murid.",
])
def test_release_noun_without_captives_or_agent_codes_no_release(pipeline, text):
    assert not any(t == "RETREAT" for t, *_ in coded(pipeline, text))


def test_diterima_after_no_offer_leaves_the_clause_alone(pipeline):
    # "diterima" in a relative clause about a payment is no trigger, so the agreement after it keeps its speaker
    text = ('"Saya setuju tunjangan yang diterima anggota dewan dikaji ulang," kata Budi Santoso, Senin.')
    found = coded(pipeline, text)
    assert any(t == "AGREE" and s == "local:budi_santoso" for t, _, s, _ in found), found


def test_agentless_release_with_no_holder_codes_no_release(pipeline):
    # nobody named as holding or freeing them: no source, no event
    found = coded(pipeline, "Sebanyak 40 sandera dibebaskan pada Sabtu pagi di Khan Younis.")
    assert not any(t == "RETREAT" for t, *_ in found), found


def test_leaving_for_school_is_no_visit(pipeline):
    found = coded(pipeline, "Seorang siswa SMA di Kabupaten Sukamaju berangkat menuju sekolah pada Senin pagi.")
    assert not any(t == "CONSULT" for t, *_ in found), found


def test_release_of_unnamed_captives_takes_no_target_from_context(pipeline):
    # the 20 captives are named but by no actor: Hamas's release does not borrow the target of its demand before
    text = ("Hamas menuntut pembebasan 50 tahanan Palestina oleh Israel. "
            "Usulan itu mencakup pembebasan 20 sandera oleh Hamas dalam tahap pertama.")
    found = coded(pipeline, text)
    assert ("RETREAT", "release", "PSE.HAMAS", None) in found, found
    assert ("RETREAT", "release", "PSE.HAMAS", "PSE") not in found, found


def test_dilepaskan_without_captives_codes_no_release(pipeline):
    found = coded(pipeline, "Ratusan balon dilepaskan oleh Wali Kota Sukamaju dalam upacara itu.")
    assert not any(t == "RETREAT" for t, *_ in found), found
