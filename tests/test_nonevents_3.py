"""Issue 18, not an event (third pass), events/nonevents.py with resources/id/nonevents.yaml:

- a sponsor or organiser credit ("Forum ini dipersembahkan oleh X dan didukung oleh Y") reports no SUPPORT
  or COOPERATE: backing an event is no political act;
- a relative clause on the case at hand ("majelis yang mengadili perkara ini") names a body by its duty and
  reports no act; the same verb with another object ("hakim yang mengadili Ahmad") is left to the coder.

Names, places and sentences are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def events(pipeline, text):
    return pipeline(Document(text=text, published=date(2025, 10, 20))).events


@pytest.mark.parametrize("credit", [
    "Diskusi Arah Ekonomi 2026 dipersembahkan oleh Komisi VII DPR RI bersama harian Warta Nusa dan didukung "
    "oleh Bank Sentosa, PT Listrik Jaya, dan Otoritas Pasar Modal.",
    "Festival Musik Pesisir disponsori oleh Bank Sentosa dan didukung oleh Pemerintah Kota Sukamaju.",
])
def test_sponsor_credit_is_no_support(pipeline, credit):
    text = ("Gubernur Bank Sentral Rudi Hartono berbicara tentang inflasi dalam forum itu di Jakarta, Selasa "
            "(20/5/2025). " + credit)
    assert not [e for e in events(pipeline, text) if e.type in ("SUPPORT", "COOPERATE") and e.sentence == 1]


def test_political_support_is_kept(pipeline):
    text = "Partai Surya Baru mendukung pencalonan Bupati Sukamaju Arif Rahman dalam pemilihan tahun depan."
    assert [e for e in events(pipeline, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize("case", ["perkara ini", "kasus tersebut", "perkara korupsi itu"])
def test_relative_clause_on_the_case_is_no_accusation(pipeline, case):
    text = (f"\"Kami menuntut Majelis Pengadilan Negeri Sukamaju yang mengadili {case} menjatuhkan hukuman "
            "penjara selama dua tahun kepada terdakwa,\" kata jaksa Yudi Prasetya di PN Sukamaju, Rabu (1/10/2025).")
    assert not [e for e in events(pipeline, text) if e.type == "ACCUSE" and e.trigger == "mengadili"]


@pytest.mark.parametrize("text, kind, coded", [
    # a denied purpose: no pressure was put on anyone (modality.yaml `purpose`)
    ("Kepala dinas Emma Lestari bilang timnya hadir di kelas itu bukan untuk menekan para murid, tetapi untuk "
     "mendengar keluhan mereka.", "REQUEST", False),
    ("Wali kota Danu Saputra mengatakan rapat itu digelar tidak untuk menekan para pedagang.", "REQUEST", False),
    # the act itself is still coded
    ("Polisi menekan massa agar mundur dari gerbang kantor bupati.", "REQUEST", True),
])
def test_denied_purpose_is_no_event(pipeline, text, kind, coded):
    assert bool([e for e in events(pipeline, text) if e.type == kind and e.trigger == "menekan"]) is coded
