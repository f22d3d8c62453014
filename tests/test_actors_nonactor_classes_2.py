"""Issue 17: more classes of names that are no actors, or actors of another kind.

The sentences are written for these tests; the people, villages and bodies in them are invented (the district
and regency names are real places, as any Indonesian news story names them). Each row is one member of a class.
"""
from __future__ import annotations

import pytest

from linimasa.actors.openworld import villages
from linimasa.language.entities import NonActors
from linimasa.resources import load_data
from tests.test_actors_openworld import P, assert_no_actor, make_doc, resolved, resolver  # noqa: F401


@pytest.fixture(scope="module")
def non_actors() -> NonActors:
    return NonActors(load_data("actors/non_actors.yaml"))


@pytest.mark.parametrize("name", ["Khonghucu", "Konghucu", "Kaharingan", "Sunda Wiwitan", "Hindu", "Buddha"])
def test_religions_are_no_actors(non_actors, name):
    """A religion or a belief written alone ("sekolah tinggi agama Khonghucu") is MISC, no actor."""
    assert non_actors.type_of(name) == "MISC"


@pytest.mark.parametrize("name", ["Bisnis", "Ilmu Hukum", "Teknik Sipil", "Statistik"])
def test_fields_of_study_are_no_actors(non_actors, name):
    """A field in a list of majors ("Manajemen, Bisnis, Akuntansi") is MISC, no actor."""
    assert non_actors.type_of(name) == "MISC"


@pytest.mark.parametrize("text, names, target", [
    # half of a reduplicated statute word, after or before its hyphen
    ("Menurut dia, Undang - Undang dan Peraturan Pemerintah tidak boleh bertentangan.", P("Undang"), "Undang"),
    ("Isi Undang-Undang Pers itu dibahas lagi oleh panitia.", P("Undang Pers"), "Undang Pers"),
    # a description of a speaker: an expert word and a body cut before its name
    ("Menurut Pakar IT Universitas Sukamaju, Budi Hartono, data itu bocor.",
     (("Pakar IT Universitas", "PER"), ("Budi Hartono", "PER")), "Pakar IT Universitas"),
    ("Pengamat Politik Universitas Sukamaju mengatakan hal itu wajar.", P("Pengamat Politik Universitas Sukamaju"),
     "Pengamat Politik Universitas Sukamaju"),
    # a village of two words with a place beside it: after a place, before a district, after "di"
    ("Api muncul di hutan lindung, Sumber Rejeki Kecamatan Sukaraja, Lombok Timur.",
     (("Sumber Rejeki", "PER"), ("Kecamatan Sukaraja", "LOC"), ("Lombok Timur", "LOC")), "Sumber Rejeki"),
    ("Tim SAR menyisir sungai di Kecamatan Palembayan, Sumber Rejeki untuk mencari korban.",
     (("Kecamatan Palembayan", "LOC"), ("Sumber Rejeki", "PER")), "Sumber Rejeki"),
    # a district written with one vowel where the region list doubles it, in a list of districts
    ("Banjir melanda Kecamatan Sukaraja, Teunom, Krueng Sabe, dan Panga.",
     (("Teunom", "LOC"), ("Krueng Sabe", "PER"), ("Panga", "LOC")), "Krueng Sabe"),
])
def test_no_actor_classes(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target, kind, sector", [
    # a farmers' or fishers' organisation opening with its word, typed person by the entity model
    ("Ketua DPN Tani Makmur mengajak anggotanya menanam jagung.", P("Tani Makmur"), "Tani Makmur", "organization",
     None),
    ("Nelayan Bersatu menolak reklamasi pantai itu.", P("Nelayan Bersatu"), "Nelayan Bersatu", "organization", None),
    # a social ministry's service centre and a palace's office, named like persons
    ("Sentra Wira Harapan Sukamaju menampung anak-anak itu.", P("Sentra Wira Harapan Sukamaju"),
     "Sentra Wira Harapan Sukamaju", "organization", None),
    ("Izin tanah diberikan oleh Kawedanan Sukaprana.", P("Kawedanan Sukaprana"), "Kawedanan Sukaprana",
     "organization", None),
    # a police unit by its acronym, alone or before its command
    ("Satpolairud Polres Sukamaju menggelar patroli di perairan.", P("Satpolairud Polres Sukamaju"),
     "Satpolairud Polres Sukamaju", "organization", "COP"),
    ("Kasus itu ditangani Ditres Siber sejak April.", P("Ditres Siber"), "Ditres Siber", "organization", "COP"),
])
def test_kind_classes(resolver, text, names, target, kind, sector):
    actor = resolved(resolver, text, names, target)
    assert actor.kind == kind, actor
    if sector is not None:
        assert actor.sector == sector, actor


@pytest.mark.parametrize("text, names, target", [
    # a Sundanese given name that is also the statute word, with no hyphen beside it
    ("Undang Sutisna menghadiri rapat warga kemarin.", P("Undang Sutisna"), "Undang Sutisna"),
    # a given name opening with the letters of a police unit's prefix
    ("Satria Wibowo mengatakan acara berjalan lancar.", P("Satria Wibowo"), "Satria Wibowo"),
    # an expert named after the expert word is still the person
    ("Ahli Madya Rudi Santoso memaparkan hasil audit.", P("Ahli Madya Rudi Santoso"), "Ahli Madya Rudi Santoso"),
    # a village's name with no place beside it: a company or a person of that name stays
    ("Bus itu disediakan perusahaan otobus Harapan Jaya.", P("Harapan Jaya"), "Harapan Jaya"),
])
def test_kept_as_actors(resolver, text, names, target):
    actor = resolved(resolver, text, names, target)
    assert actor is not None


def test_villages_list_has_only_names_of_two_words_or_more():
    names = villages()
    assert "Sumber Rejeki" in names and "Krueng Sabe" in names
    assert all(" " in n for n in names)


@pytest.mark.parametrize("text, names, target", [
    # a stop on a road section or a route, after a hyphen or opening the route
    ("Peresmian ruas jalan Simpang Tiga - Sukamaju SP 4 - Simpang Lima dihadiri warga.", P("Sukamaju SP"),
     "Sukamaju SP"),
    ("Bus itu melayani rute Cibarengkok - Sukasari setiap hari.", P("Cibarengkok"), "Cibarengkok"),
    # a zone named after the acronym of a special economic zone, also in brackets after its spelled-out name
    ("Pabrik itu berdiri di Kawasan Ekonomi Khusus (KEK) Tanjung Sukamaju sejak 2019.", P("Tanjung Sukamaju"),
     "Tanjung Sukamaju"),
    # common words of a programme's name ending in a listed term acronym, after an honorific
    ("Program itu menyasar anak stunting dan ibu hamil, termasuk Ibu Hamil KEK di desa.", P("Hamil KEK"), "Hamil KEK"),
])
def test_places_and_programme_words_are_no_actors(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target", [
    # degrees written without dots after a name
    ("\"Ubi rebus lebih sehat,\" kata Rina Kusuma MPH MS RD, seorang ahli gizi.",
     (("Rina Kusuma", "PER"), ("MPH MS RD", "ORG")), "MPH MS RD"),
])
def test_degrees_are_no_actors(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("name", ["Nahas", "Sayangnya", "Untungnya"])
def test_sentence_adverbs_are_no_actors(non_actors, name):
    """A sentence adverb opening a sentence before its comma ("Nahas, rumah itu ...") is MISC, no actor."""
    assert non_actors.type_of(name) == "MISC"


def test_initials_that_spell_a_degree_stay_a_person(resolver):
    doc = resolver(make_doc(resolver, "Polisi menangkap tersangka berinisial MS (34) di rumahnya.", P("MS")))
    mention = next(m for m in doc.mentions if m.text == "MS")
    assert mention.actor is not None and doc.actors[mention.actor].kind == "person"


@pytest.mark.parametrize("text, names, target", [
    # a crop variety and an app's feature after their nouns
    ("Produksi durian Bintang Emas dari Sukamaju diincar pembeli luar negeri.", P("Bintang Emas"), "Bintang Emas"),
    ("Aplikasi itu menambah fitur Jaga Dompet untuk pengguna baru.", P("Jaga Dompet"), "Jaga Dompet"),
])
def test_varieties_and_features_are_no_actors(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


def test_place_named_with_its_regency_in_a_list_is_a_place(resolver):
    text = "Pelabuhan baru diusulkan di Labuhan Sukamaju dan Sukaraja Bima, tapi itu tahap kedua."
    doc = resolver(make_doc(resolver, text, (("Labuhan Sukamaju", "LOC"), ("Sukaraja Bima", "PER"))))
    assert_no_actor(doc, "Sukaraja Bima")


def test_person_named_with_a_regency_who_acts_stays_a_person(resolver):
    text = "Rapat dihadiri Kota Sukamaju dan Rahmat Bima. Rahmat Bima mengatakan dana sudah cair."
    actor = resolved(resolver, text, (("Kota Sukamaju", "LOC"), ("Rahmat Bima", "PER")), "Rahmat Bima")
    assert actor.kind == "person"


@pytest.mark.parametrize("name", ["Central Java", "West Nusa Tenggara", "Borneo"])
def test_english_province_names_are_places(non_actors, name):
    """The English name of a province or an island ("... in Central Java", in a paper's title) is a place."""
    assert non_actors.type_of(name) == "LOC"


def test_milk_product_is_no_actor(resolver):
    text = "Perusahaan itu memperkenalkan Susu Formula Cair Sehatku kepada para pedagang."
    doc = resolver(make_doc(resolver, text, P("Susu Formula Cair Sehatku")))
    assert_no_actor(doc, "Susu Formula Cair Sehatku")


def test_tail_of_a_statute_name_is_no_actor(resolver):
    text = "Terdakwa dijerat Undang-Undang Perlindungan Satwa Liar Kawasan Hijau karena memburu rusa."
    doc = resolver(make_doc(resolver, text, P("Satwa Liar Kawasan Hijau")))
    assert_no_actor(doc, "Satwa Liar Kawasan Hijau")


def test_person_after_a_lower_case_word_behind_a_statute_stays(resolver):
    text = "Revisi Undang-Undang Pers dibahas, kata Budi Santoso di Jakarta."
    doc = resolver(make_doc(resolver, text, P("Budi Santoso")))
    mention = next(m for m in doc.mentions if m.text == "Budi Santoso")
    assert mention.actor is not None


def test_english_medical_school_is_an_organisation(resolver):
    text = "Studi dari Harbourview Medicine pada 2025 menemukan mikroplastik di pembuluh darah."
    actor = resolved(resolver, text, P("Harbourview Medicine"), "Harbourview Medicine")
    assert actor.kind == "organization", actor
