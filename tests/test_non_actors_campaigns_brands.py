"""Issue 17: names that are no actors although written like them: a ministry's campaign ("Gerakan X"), the name of
an account on a social network, brands in a list of goods, a bank's service line.

The sentences are written for these tests; the campaigns, shops, brands and people in them are invented.
"""
from __future__ import annotations

import pytest

from linimasa.language.entities import NonActors
from linimasa.resources import load_data
from tests.test_actors_openworld import (  # noqa: F401  (the resolver fixture)
    assert_no_actor, make_doc, resolved, resolver)


@pytest.mark.parametrize("text, names, target", [
    # a campaign run by an office: a programme cue before it, or a verb of holding it after it
    ("Dinas Pertanian menekan harga melalui Gerakan Pangan Lestari di tiap kecamatan.",
     (("Gerakan Pangan Lestari", "ORG"),), "Gerakan Pangan Lestari"),
    ("Bupati membuka Gerakan Beras Hemat di alun-alun, Senin.", (("Gerakan Beras Hemat", "ORG"),), "Gerakan Beras Hemat"),
    ("Kedua, program Gema (Gerakan Membaca Anak) menyasar sekolah dasar.",
     (("Gerakan Membaca Anak", "ORG"),), "Gerakan Membaca Anak"),
    ("Gerakan Sayur Murah akan terus dilakukan sampai akhir tahun.", (("Gerakan Sayur Murah", "ORG"),),
     "Gerakan Sayur Murah"),
    # the name of an account: a seller's trade name, with its shop word cut off or not
    ("Polisi menemukan akun Facebook bernama Kandang Wirya Jaya yang menawarkan satwa langka.",
     (("Wirya Jaya", "PER"),), "Wirya Jaya"),
    ("Penipu memakai akun Instagram bernama Dapur Sentosa untuk menjual tiket palsu.",
     (("Dapur Sentosa", "PER"),), "Dapur Sentosa"),
    # ... and wherever the document names the account again
    ("Polisi menelusuri akun bernama Kandang Wirya Jaya. Wirya Jaya menawarkan satwa langka.",
     (("Wirya Jaya", "PER"),), "Wirya Jaya"),
    # brands in a list of goods announced as brands
    ("Beberapa merek sabun mendapat potongan harga, seperti Wangi Segar, Bening 77, hingga Kilau Prima.",
     (("Wangi Segar", "PER"), ("Bening", "PER")), "Wangi Segar"),
    ("Beberapa merek sabun mendapat potongan harga, seperti Wangi Segar, Bening 77, hingga Kilau Prima.",
     (("Wangi Segar", "PER"), ("Bening", "PER")), "Bening"),
])
def test_campaigns_accounts_brands_and_service_lines_are_no_actors(resolver, text, names, target):
    assert_no_actor(resolver(make_doc(resolver, text, names)), target)


@pytest.mark.parametrize("text, names, target, kind", [
    # a movement that is a body: no campaign cue around it
    ("Gerakan Pemuda Sukamaju melaporkan akun itu ke polisi.", (("Gerakan Pemuda Sukamaju", "ORG"),),
     "Gerakan Pemuda Sukamaju", "organization"),
    # an account in a person's name names that person
    ("Uang itu ditransfer ke akun atas nama Darmo Wibisono.", (("Darmo Wibisono", "PER"),), "Darmo Wibisono",
     "person"),
    # a person in a list that no brand word announces
    ("Acara itu dihadiri tokoh seperti Darmo Wibisono, Rina Wulandari, dan Anton Rahardjo.",
     (("Darmo Wibisono", "PER"), ("Rina Wulandari", "PER"), ("Anton Rahardjo", "PER")), "Rina Wulandari",
     "person"),
    # a vehicle maker among brands stays the company
    ("Diskon diberikan untuk merek seperti Daihatsu dan Sukamaju Motor.", (("Daihatsu", "ORG"),), "Daihatsu",
     "organization"),
    # a team by its nickname is an organisation, not a person
    ("Pelatih itu siap kembali menangani Skuad Rajawali jika diminta federasi.", (("Skuad Rajawali", "PER"),),
     "Skuad Rajawali", "organization"),
    ("Timnas Sukamaju kalah dua gol tanpa balas.", (("Timnas Sukamaju", "PER"),), "Timnas Sukamaju",
     "organization"),
])
def test_bodies_people_and_teams_keep_an_actor_of_their_kind(resolver, text, names, target, kind):
    assert resolved(resolver, text, names, target).kind == kind


@pytest.mark.parametrize("surface, expected", [
    ("Prioritas", "MISC"),  # "xyz Prioritas": a bank's service line cut from its lower-case short name
    ("Platinum", "MISC"),
    ("Bank Sukamaju", None),
])
def test_a_service_line_alone_is_no_name(surface, expected):
    assert NonActors(load_data("actors/non_actors.yaml")).type_of(surface) == expected


@pytest.mark.parametrize("text, names, target", [
    # a field of study between two fields in a list of majors, with bullets or commas
    ("Jurusan yang diterima:- Ilmu Ekonomi- Studi Wilayah Pesisir- Ilmu Hukum- Manajemen.",
     (("Studi Wilayah Pesisir", "PER"),), "Studi Wilayah Pesisir"),
    ("Ia kuliah di Teknik Mesin, Studi Kawasan, dan Ilmu Sejarah.", (("Studi Kawasan", "PER"),), "Studi Kawasan"),
])
def test_a_field_between_fields_in_a_list_is_no_actor(resolver, text, names, target):
    assert_no_actor(resolver(make_doc(resolver, text, names)), target)


def test_a_person_beside_a_field_keeps_the_person(resolver):
    text = "Hadir Ketua Prodi Ilmu Hukum, Darmo Wibisono, dan Kepala Seksi Ilmu Tanah."
    assert resolved(resolver, text, (("Darmo Wibisono", "PER"),), "Darmo Wibisono").kind == "person"


@pytest.mark.parametrize("text, names, target, actor", [
    # a listed programme written with its head in lower case: the name after the head is the programme
    ("Dana desa dipakai untuk koperasi Merah Putih dan sekolah rakyat.", (("Merah Putih", "PER"),), "Merah Putih",
     False),
    # a person after a lower-case word is no programme
    ("Dana itu diserahkan kepada pengurus Darmo Wibisono kemarin.", (("Darmo Wibisono", "PER"),), "Darmo Wibisono",
     True),
])
def test_a_programme_with_its_head_in_lower_case(resolver, text, names, target, actor):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == target)
    assert (mention.actor is not None) == actor


@pytest.mark.parametrize("text, names, target", [
    # a regency right after its head's title, with no name after it: the office's region
    ("Kami sanggup mengirim beras bersama Bupati Badung minimal dua ribu ton.", (("Badung", "PER"),), "Badung"),
    # a method, a currency written in English
    ("Buku itu membahas pencemaran dengan Metode Inkuiri di sekolah.", (("Metode Inkuiri", "PER"),), "Metode Inkuiri"),
    ("Pemerintah menerbitkan surat utang dalam Sukamaju Dollar tahun lalu.", (("Sukamaju Dollar", "PER"),),
     "Sukamaju Dollar"),
])
def test_a_region_after_its_title_a_method_and_a_currency_are_no_actors(resolver, text, names, target):
    assert_no_actor(resolver(make_doc(resolver, text, names)), target)


def test_a_name_after_a_regents_title_stays_a_person(resolver):
    text = "Bupati Darmawan Sitepu meninjau banjir kemarin."
    assert resolved(resolver, text, (("Darmawan Sitepu", "PER"),), "Darmawan Sitepu").kind == "person"
