"""Issue 18, bare titles: a title written with no name after it ("menemui Bupati", "Gubernur meminta",
"Kapolres mengatakan") stands for the one person the document names with that title (actors/coref.py
BareTitles, person_roles.yaml `bare_titles`). With two holders, no holder, a word that makes it an office or
many offices ("mantan Bupati", "kantor Bupati", "gubernur se-Indonesia"), the title stays unresolved.

Names, places and sentences are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.actors.coref import BareTitles
from linimasa.document import Document
from linimasa.pipeline import build_pipeline
from linimasa.resources import load_data


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.fixture(scope="module")
def bare():
    return BareTitles(load_data("actors/person_roles.yaml")["bare_titles"])


def analysed(pipeline, text):
    return pipeline(Document(text=text, published=date(2025, 10, 20)))


def actor_of(doc, surface):
    return [m.actor for m in doc.mentions if m.text == surface]


@pytest.mark.parametrize("text, kind, role, who, surface", [
    ("Bupati Sukamaju Budi Hartanto meresmikan pasar baru di Desa Mekarsari, Senin (20/10/2025). "
     "Warga kemudian menemui Bupati untuk menyampaikan keluhan soal jalan rusak.", "CONSULT", "target",
     "Budi Hartanto", "Bupati"),
    ("Gubernur Sulawesi Timur Ahmad Lutfiansyah menerima para pengusaha di kantornya. "
     "Gubernur meminta para pengusaha menambah lapangan kerja di daerahnya.", "REQUEST", "source",
     "Ahmad Lutfiansyah", "Gubernur"),
    ("Kapolres Sukamaju AKBP Rudi Santoso memimpin apel pagi. "
     "Kapolres mengatakan pihaknya menangkap dua pelaku pencurian motor.", "COERCE", "source",
     "Rudi Santoso", "Kapolres"),
    # a body inside the title gives way to the person ("ketua | DPRD")
    ("Ketua DPRD Sukamaju Andi Marwan belum menandatangani berita acara. "
     "Menurut anggota dewan, ketua DPRD tidak menyetujui perubahan anggaran itu.", "AGREE", "source",
     "Andi Marwan", "ketua DPRD"),
])
def test_bare_title_is_its_one_holder(pipeline, text, kind, role, who, surface):
    doc = analysed(pipeline, text)
    holder = next(a for a in doc.actors if doc.actors[a].name == who)
    assert actor_of(doc, surface) == [holder]
    events = [e for e in doc.events if e.type == kind and e.sentence == 1]
    assert events and getattr(events[0], role) == holder


@pytest.mark.parametrize("text, surface", [
    # two people hold the title: no one holder
    ("Bupati Sukamaju Budi Hartanto dan Bupati Sukalaras Joko Widiarto meneken kerja sama. "
     "Warga kemudian menemui Bupati untuk menyampaikan keluhan.", "Bupati"),
    # the former holder, the office's building, the office as a post
    ("Bupati Sukamaju Budi Hartanto membuka acara itu. Warga berkumpul di depan kantor Bupati sejak pagi.",
     "Bupati"),
    ("Bupati Sukamaju Budi Hartanto membuka acara itu. Ia pernah mencalonkan diri sebagai Gubernur.",
     "Gubernur"),
    # many holders of the office
    ("Gubernur Sulawesi Timur Ahmad Lutfiansyah akan berkoordinasi dengan gubernur se-Indonesia soal dana.",
     "gubernur"),
])
def test_bare_title_without_one_holder_stays(pipeline, text, surface):
    doc = analysed(pipeline, text)
    assert surface in text
    assert [a for a in actor_of(doc, surface) if a is not None and doc.actors[a].kind == "person"] == []


@pytest.mark.parametrize("role, office", [
    ("Bupati Sukamaju", "bupati"),
    ("Plt Bupati Sukamaju", "bupati"),
    ("Wakil Bupati Sukamaju", "wakil bupati"),
    ("Kapolres Sukamaju AKBP", "kapolres"),
    ("Ketua DPRD Sukamaju", "ketua dprd"),
    ("Menteri Keuangan", None),
    (None, None),
])
def test_office_of_a_role(bare, role, office):
    assert bare.office(role) == office


@pytest.mark.parametrize("text, found", [
    ("Warga menemui Bupati kemarin.", ["Bupati"]),
    ("Warga menemui Bupati Sukamaju kemarin.", []),        # a region after it: another office's name
    ("Warga menemui mantan Bupati kemarin.", []),
    ("Ia hadir bersama Bupati dan Wakil Bupati Sukamaju.", []),
    ("Para Kapolres hadir.", []),
    ("Dewan Gubernur bank sentral bersidang.", []),
])
def test_bare_title_spans(bare, text, found):
    spans = bare.spans(text, {"x": "Bupati Sukamaju", "y": "Kapolres Sukamaju", "z": "Gubernur Bank Sentral"})
    assert [text[s:e] for s, e, _ in spans] == found
