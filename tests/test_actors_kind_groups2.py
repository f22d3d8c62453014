"""Issue 17 (kind): a group of people named after a word for a group ("kelompok X", "Paguyuban Y") or whose
name opens with an association's word ("Jamiyah ..."), typed person by the entity model, is a body.

The sentences are written for these tests; the groups and people in them are invented.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import resolved, resolver  # noqa: F401  (the resolver fixture)


@pytest.mark.parametrize("text, name", [
    ("Polisi menangkap tiga anggota kelompok Laskar Bayangan di Sukamaju pekan lalu.", "Laskar Bayangan"),
    ("Bantuan bibit diserahkan kepada Kelompok Sido Rukun di Desa Sukamaju.", "Sido Rukun"),
    ("Pentas tari dibawakan Sanggar Sekar Wangi pada malam puncak.", "Sekar Wangi"),
    ("Acara itu digelar oleh Jamiyah Ahlul Fikri Sukamaju pada Ahad pagi.", "Jamiyah Ahlul Fikri Sukamaju"),
])
def test_a_group_after_its_group_word_is_a_body(resolver, text, name):
    assert resolved(resolver, text, ((name, "PER"),), name).kind in {"organization", "group"}


@pytest.mark.parametrize("text, name", [
    # a person with evidence of his own after the group word stays a person
    ("Menurut ketua kelompok itu, Darmo Wibisono mengatakan panen gagal.", "Darmo Wibisono"),
    # a word between the group word and the name: the leader, not the group
    ("Kelompok pimpinan Darmo Wibisono itu dibubarkan.", "Darmo Wibisono"),
])
def test_a_person_near_a_group_word_stays_a_person(resolver, text, name):
    assert resolved(resolver, text, ((name, "PER"),), name).kind == "person"


def test_a_group_after_its_chairs_title_is_a_body(resolver):
    # the title before the group word is the chair's, the run after it is the group's name
    text = "Ketua Kelompok Sido Rukun mengucapkan terima kasih atas bantuan itu."
    assert resolved(resolver, text, (("Sido Rukun", "PER"),), "Sido Rukun").kind in {"organization", "group"}


@pytest.mark.parametrize("text, name", [
    # a firm's English tail word: a company in a list of firms, no person
    ("Izin ekspor diberikan kepada Sukamaju Minerals, Kotabesar Metals, dan beberapa perusahaan lain.",
     "Sukamaju Minerals"),
    ("Proyek itu dikerjakan Wirasena Brothers sejak tahun lalu.", "Wirasena Brothers"),
    # a state firm's unit written with its head
    ("Kinerja Subholding Sukamaju naik tahun ini.", "Subholding Sukamaju"),
])
def test_a_firm_by_its_english_or_unit_word_is_a_body(resolver, text, name):
    assert resolved(resolver, text, ((name, "PER"),), name).kind == "organization"
