"""Issue 17: classes of names that are no actors, and websites cited as sources.

The sentences are written for these tests; the names in them (sites, places, car models) are invented or
common words. Each row is one member of a class that the resolver reads from non_actors.yaml or media.yaml.
"""
from __future__ import annotations

import pytest

from linimasa.document import Mention
from linimasa.language.entities import NonActors
from linimasa.resources import load_data

from tests.test_actors_openworld import P, assert_no_actor, assert_person, make_doc, resolved, resolver  # noqa: F401

ORG = "ORG"


def O(name: str) -> tuple[tuple[str, str], ...]:
    return ((name, ORG),)


@pytest.mark.parametrize("text, names, target", [
    # a continent or a world region, with nothing that marks a place
    ("Bersama Antartika, Negeri Lumbara dikenal bebas nyamuk sejak lama.", P("Antartika"), "Antartika"),
    ("Harga beras di Asia Tenggara naik tajam bulan ini.", P("Asia Tenggara"), "Asia Tenggara"),
    # a city's short name after a place word
    ("Serikat pekerja kementerian itu di DC menghadiri acara tersebut.", O("DC"), "DC"),
    ("Presiden Sukarta sudah tiga kali berkunjung ke PEA tahun ini.", O("PEA"), "PEA"),
    # a landfill after its spelled-out head and the head's acronym
    ("Sampah menumpuk di Tempat Pengolahan Sampah Terpadu (TPST) Gunung Lampar sejak pekan lalu.",
     P("Gunung Lampar"), "Gunung Lampar"),
    ("Truk itu membuang sampah ke TPA Sukaluyu setiap pagi.", P("Sukaluyu"), "Sukaluyu"),
    # a vehicle maker's brand and a model
    ("Polisi menyita mobil Lexus, Toyota Kijang Sentosa, dan dua sepeda motor.", P("Toyota Kijang Sentosa"),
     "Toyota Kijang Sentosa"),
    ("Pengemudi Mitsubishi Lintas Raya itu kabur setelah menabrak pagar.", P("Mitsubishi Lintas Raya"),
     "Mitsubishi Lintas Raya"),
    # a common noun phrase that the document also writes in lower case
    ("Menteri menolak membiayai Wealth Hub dari anggaran negara. Pendirian wealth hub itu diusulkan dewan.",
     O("Wealth Hub"), "Wealth Hub"),
    # common and title words before a programme's name (words of a regulation's list)
    ("Syarat itu berlaku sejak ditetapkan sebagai calon peserta Pasangan Calon Peserta Pemilu.",
     P("Calon Peserta Pemilu"), "Calon Peserta Pemilu"),
])
def test_names_of_a_non_actor_class_resolve_to_no_actor(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target", [
    # a person who shares a region's name and speaks
    ("\"Kami minta keadilan,\" kata Sahara kepada wartawan, Kamis.", P("Sahara"), "Sahara"),
    # initials of a suspect are no city, also when they read like one
    ("Polisi menangkap pelaku berinisial LA di rumahnya.", P("LA"), "LA"),
])
def test_people_named_like_a_class_stay_people(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_person(doc, target)


@pytest.mark.parametrize("name, product", [
    ("Toyota Kijang Sentosa", True),
    ("Land Rover Lintas 90", True),
    ("Toyota Motor Manufacturing", False),  # a maker's word after the brand: the company
    ("Hyundai Group", False),
    ("Honda Heavy Industries", False),  # an English body word
    ("Toyota", False),  # the brand alone is the company
    ("Budi Toyota", False),
])
def test_a_brand_and_a_model_are_a_product(resolver, name, product):  # noqa: F811
    assert resolver.open_world.product(Mention(0, 0, len(name), name, "PER")) is product


def test_common_abbreviations_are_no_names():
    # the entity stage keeps a PER/ORG mention of a listed term as MISC ("melakukan Dumas ke Polres")
    non_actors = NonActors(load_data("actors/non_actors.yaml"))
    assert [non_actors.type_of(w) for w in ("Dumas", "Sidak", "Curanmor")] == ["MISC"] * 3


@pytest.mark.parametrize("text, names, target", [
    ("Mengutip Kodenegara, +62 merupakan kode negara Indonesia.", P("Kodenegara"), "Kodenegara"),
    ("Hal itu tertulis di laman resmi Hadiah Lintang yang menyatakan daftar nomine.", P("Hadiah Lintang"),
     "Hadiah Lintang"),
    ("Gejala itu umum pada orang dewasa, seperti dilansir dari Sehat Pintar.", P("Sehat Pintar"), "Sehat Pintar"),
])
def test_a_cited_site_is_a_media_organization_without_the_stories_country(resolver, text, names, target):  # noqa: F811
    actor = resolved(resolver, text, names, target)
    assert (actor.kind, actor.sector, actor.country) == ("organization", "MED", None)


def test_a_cited_site_named_after_a_country_gets_that_country(resolver):  # noqa: F811
    actor = resolved(resolver, "Dilansir dari Korea Kabar Kini, kebijakan itu berlaku tahun depan.",
                     P("Korea Kabar Kini"), "Korea Kabar Kini")
    assert (actor.kind, actor.sector, actor.country) == ("organization", "MED", "KOR")


def test_a_titled_person_after_a_citation_cue_stays_a_person(resolver):  # noqa: F811
    doc = resolver(make_doc(resolver, "Mengutip Direktur Utama Budi Santosa, laba perusahaan naik.",
                            P("Budi Santosa")))
    assert_person(doc, "Budi Santosa")


def test_a_body_citing_its_own_site_keeps_its_sector(resolver):  # noqa: F811
    actor = resolved(resolver, "Dikutip dari laman resmi Universitas Sukamaju, pendaftaran dibuka besok.",
                     O("Universitas Sukamaju"), "Universitas Sukamaju")
    assert actor.sector == "EDU"


@pytest.mark.parametrize("text, names, target", [
    # a model's name right after a vehicle noun and its maker (with the maker's acronym in brackets)
    ("Aset itu terdiri dari mobil Volkswagen (VW) Lintas Kota dan sebuah motor.", P("Lintas Kota"), "Lintas Kota"),
    # a city and its surroundings, typed PER with nothing of a person
    ("Kami mendorong konektivitas Sukamaju Raya dan Lembah Raya untuk pemerataan ekonomi.", P("Sukamaju Raya"),
     "Sukamaju Raya"),
    # an English medical or technical noun phrase
    ("Studi dalam jurnal itu menyebut Kidney Failure makin sering terjadi.", P("Kidney Failure"), "Kidney Failure"),
    # an English title cut at its "of"
    ("Ia membintangi film Cinta Lama: Second Dawn of Hope tahun lalu.", P("Second Dawn"), "Second Dawn"),
    # a region's short form in brackets after the region
    ("Istri Bupati Morowali Utara (Morut) melapor ke polisi.", P("Morut"), "Morut"),
])
def test_more_names_of_non_actor_classes(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


def test_a_person_after_a_makers_name_in_a_title_stays_a_person(resolver):  # noqa: F811
    doc = resolver(make_doc(resolver, "Direktur Honda Budi Santosa mengatakan penjualan naik.", P("Budi Santosa")))
    assert_person(doc, "Budi Santosa")


@pytest.mark.parametrize("name", ["Sukamaju Plateau", "Lintang Falls", "Trans Metro Sukamaju", "Mikrotrans", "CO2"])
def test_landforms_bus_services_and_formulas_are_no_names(name):
    assert NonActors(load_data("actors/non_actors.yaml")).type_of(name) == "MISC"


@pytest.mark.parametrize("text, names, target", [
    ("Penjaga gawang Arsenal: Budi Raya; bek kanan William Sukamaju.", P("Budi Raya"), "Budi Raya"),
])
def test_a_surname_like_a_region_tail_stays_a_person(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_person(doc, target)


def test_an_english_body_cut_at_its_of_stays_an_actor(resolver):  # noqa: F811
    actor = resolved(resolver, "Nota itu diteken dengan Lintang Chamber of Commerce and Industry pekan lalu.",
                     P("Lintang Chamber"), "Lintang Chamber")
    assert actor.kind == "organization"


@pytest.mark.parametrize("text, names, target", [
    # a site's English name cut at its "of", after "menurut"
    ("Menurut Pakai Guna of, modus ini dikenal sejak lama.", P("Pakai Guna"), "Pakai Guna"),
    # a phrase spelled out before a listed term written in title case
    ("Salah satu pelanggarannya yakni soal Kajian Dampak Lahan (Amdal) yang belum lengkap.", P("Kajian Dampak Lahan"),
     "Kajian Dampak Lahan"),
    # a site opening with a place head of a landform
    ("Indonesia telah mencatatkan Karst Sukamaju dalam daftar itu.", P("Karst Sukamaju"), "Karst Sukamaju"),
])
def test_english_titles_and_spelled_out_terms_are_no_actors(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("name", ["Lintang Fort", "Sukamaju Temple", "KBBI"])
def test_monuments_and_reference_works_are_no_names(name):
    assert NonActors(load_data("actors/non_actors.yaml")).type_of(name) == "MISC"


@pytest.mark.parametrize("text, names, target", [
    ("Begitu pula dengan konsep Wira Bumi Lestari dari Sukamaju yang menekankan keseimbangan.", P("Wira Bumi Lestari"),
     "Wira Bumi Lestari"),
    ("Kendaraan berkontribusi Coarse Matter di udara kota.", P("Coarse Matter"), "Coarse Matter"),
    ("Kerugian dari penipuan Callback Fraud mencapai miliaran rupiah.", P("Callback Fraud"), "Callback Fraud"),
])
def test_concepts_and_english_things_are_no_actors(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target", [
    # a field label opening a sentence run on from the last one on its line
    ("Paket itu sudah tayang. Uraian Kegiatan: belanja hibah untuk partai, demikian tertulis di laman itu.",
     P("Uraian Kegiatan"), "Uraian Kegiatan"),
    # a heading line opening with "Via"
    ("Cara mendaftar cukup mudah\nVia Situs Sukamaju\nBuka laman pendaftaran lalu isi formulir.",
     P("Via Situs Sukamaju"), "Via Situs Sukamaju"),
    # a historical world region
    ("Wilayah itu menjadi saksi peradaban zaman Romawi hingga kini.", P("Romawi"), "Romawi"),
])
def test_labels_headings_and_historical_regions_are_no_actors(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)
