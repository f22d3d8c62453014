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


def _mentions(resolver, text, names):
    doc = resolver(make_doc(resolver, text, names))
    return doc, {m.text: m for m in doc.mentions}


@pytest.mark.parametrize("text, names, field", [
    # the field of an office cut from its title: the title's words, no person (office_fields in person_roles.yaml)
    ("Berkas itu diserahkan Kepala Seksi Pidana Khusus Kejari Sukamaju, Dodi Hartawan, kepada hakim.",
     (("Pidana Khusus", "PER"), ("Kejari Sukamaju", "ORG"), ("Dodi Hartawan", "PER")), "Pidana Khusus"),
    ("Direktur Reserse Siber Polda Sukamaju Kombes Dodi Hartawan menjelaskan modus itu.",
     (("Reserse Siber", "PER"), ("Polda Sukamaju", "ORG"), ("Dodi Hartawan", "PER")), "Reserse Siber"),
    ("Kasi Hubungan Masyarakat Polres Sukamaju, Iptu Dodi Hartawan, membenarkan kejadian itu.",
     (("Hubungan Masyarakat", "PER"), ("Polres Sukamaju", "ORG"), ("Dodi Hartawan", "PER")), "Hubungan Masyarakat"),
    ("Asisten Pidana Khusus Kejati Sukamaju, Dodi Hartawan, menyebut tiga rumah disita.",
     (("Asisten Pidana Khusus", "PER"), ("Kejati Sukamaju", "ORG"), ("Dodi Hartawan", "PER")),
     "Asisten Pidana Khusus"),
    ("Komandan Satuan Siber Mabes TNI, Brigjen Dodi Hartawan, melapor ke polisi.",
     (("Satuan Siber", "PER"), ("Dodi Hartawan", "PER")), "Satuan Siber"),
])
def test_office_field_after_a_title_is_no_person(resolver, text, names, field):
    doc, by_text = _mentions(resolver, text, names)
    mention = by_text[field]
    assert mention.actor is None or doc.actors[mention.actor].kind != "person" \
        or doc.actors[mention.actor].name == "Dodi Hartawan", mention
    holder = by_text["Dodi Hartawan"]
    assert holder.actor is not None and doc.actors[holder.actor].kind == "person"


@pytest.mark.parametrize("text, names, target", [
    # a firm's short name typed PER: the document names it as a company elsewhere (company_before, suffixes)
    ("Mesin milik PT Surya Tambang rusak. Alat yang dimiliki oleh Surya Tambang berbeda.",
     (("Surya Tambang", "PER"), ("PT Surya Tambang", "ORG")), "Surya Tambang"),
    ("Laba emiten Karya Lestari naik. Karya Lestari mengatakan ekspansi berlanjut.",
     (("Karya Lestari", "PER"),), "Karya Lestari"),
    ("Saham Nusa Baja Tbk melemah. Menurut analis, Nusa Baja masih menarik.",
     (("Nusa Baja", "PER"),), "Nusa Baja"),
    ("Direksi BUMN Sarana Niaga dirombak. Sarana Niaga menolak berkomentar.",
     (("Sarana Niaga", "PER"),), "Sarana Niaga"),
])
def test_company_named_elsewhere_is_a_business(resolver, text, names, target):
    doc, by_text = _mentions(resolver, text, names)
    for mention in doc.mentions:
        if mention.text == target:
            actor = doc.actors[mention.actor]
            assert (actor.kind, actor.sector) == ("organization", "BUS"), mention


def test_company_cue_elsewhere_does_not_beat_a_title_before_the_name(resolver):
    text = "Direktur Utama Dodi Hartawan hadir. Kabarnya PT Dodi Hartawan juga ikut tender."
    doc, by_text = _mentions(resolver, text, (("Dodi Hartawan", "PER"), ("PT Dodi Hartawan", "ORG")))
    assert doc.actors[by_text["Dodi Hartawan"].actor].kind == "person"


@pytest.mark.parametrize("text, name, country", [
    # a nationality written with "berkebangsaan" (nationality.yaml markers)
    ("Pemain berkebangsaan Brasil Tiago Ramos mencetak dua gol untuk klub itu.", "Tiago Ramos", "BRA"),
    ("Pelatih Joost van Rijn asal Belanda resmi menangani tim itu.", "Joost van Rijn", "NLD"),
])
def test_foreign_person_takes_the_country_the_text_gives(resolver, text, name, country):
    doc, by_text = _mentions(resolver, text, ((name, "PER"),))
    assert doc.actors[by_text[name].actor].country == country


@pytest.mark.parametrize("text, names, field", [
    ("Rapat itu dipimpin Ketua Tim Pengarah, Dodi Hartawan, di kantor gubernur.",
     (("Tim Pengarah", "PER"), ("Dodi Hartawan", "PER")), "Tim Pengarah"),
    ("Direktur Jenderal Migas ESDM saat itu, Dodi Hartawan, meneken surat izin.",
     (("Migas ESDM", "PER"), ("Dodi Hartawan", "PER")), "Migas ESDM"),
])
def test_team_or_sector_field_after_a_title_is_no_person(resolver, text, names, field):
    doc, by_text = _mentions(resolver, text, names)
    mention = by_text[field]
    assert mention.actor is None or doc.actors[mention.actor].kind != "person", mention


def test_degree_and_its_field_is_no_person(resolver):
    # a degree and its field (graduate_words in non_actors.yaml): no name
    text = "Penulis adalah Dodi Hartawan, kandidat Doktor Teknik Sipil Universitas Sukamaju."
    doc, by_text = _mentions(resolver, text, (("Doktor Teknik Sipil", "PER"), ("Dodi Hartawan", "PER")))
    assert by_text["Doktor Teknik Sipil"].actor is None
    assert doc.actors[by_text["Dodi Hartawan"].actor].kind == "person"
