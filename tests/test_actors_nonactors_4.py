"""Issue 17, seeds 503 and 509: spans that run a title's region or a quoted word into a name, and places
written like names.

The sentences are written for these tests; the names, places and bodies in them are invented (the regions
are real Indonesian provinces and regencies, needed because the rule looks them up in the gazetteer).
"""
from __future__ import annotations

import pytest

from linimasa.language.entities import _region_off_name, _tidy_spans, region_title_re
from linimasa.resources import load_data
from tests.test_actors_openworld import (  # noqa: F401  (the resolver fixture)
    assert_no_actor, assert_person, make_doc, resolver)

TITLES = load_data("actors/person_roles.yaml")["region_titles"]
TITLE_RE = region_title_re(TITLES)
PLACES = frozenset(load_data("actors/non_actors.yaml")["places"])


def _span(text: str, name: str, kind: str = "PER"):
    start = text.index(name)
    return [(start, start + len(name), kind, "model")]


# The region of a regional head's title, run into the name by the model, is left out of the span.
@pytest.mark.parametrize("text, span, expected", [
    ("Wakil Wali Kota Bandung Tirta Wibawa meninjau pasar.", "Bandung Tirta Wibawa", "Tirta Wibawa"),
    ("Kata Bupati Sumenep Harjo Lelono kepada warga.", "Sumenep Harjo Lelono", "Harjo Lelono"),
    ("Gubernur Papua Niko Waropen membuka acara.", "Papua Niko Waropen", "Niko Waropen"),
    ("Bupati Bandung Barat Sarip Hidayat hadir.", "Bandung Barat Sarip Hidayat", "Sarip Hidayat"),
    ("Wali Kota Makassar Andi Lantara berpidato.", "Makassar Andi Lantara", "Andi Lantara"),
    ("Kepala Dinas Kota Mataram Jafar Umar menjelaskan.", "Mataram Jafar Umar", "Jafar Umar"),
    ("Wali Kota (Walkot) Bogor Rendi Saputra hadir.", "Bogor Rendi Saputra", "Rendi Saputra"),
    ("Gubernur Sulawesi Tengah Darma Lamba hadir.", "Tengah Darma Lamba", "Darma Lamba"),
    # a body's acronym before the region: the region is the body's
    ("Mantan Kadis PUPR Jambi Raka Wisesa diperiksa jaksa.", "Jambi Raka Wisesa", "Raka Wisesa"),
    ("Ketua DPRD Bengkulu Dirga Saputra hadir.", "Bengkulu Dirga Saputra", "Dirga Saputra"),
    # unchanged: no region title right before, the region is the whole span, or the first word is no region
    ("Menurut Bandung Tirta Wibawa, harga naik.", "Bandung Tirta Wibawa", "Bandung Tirta Wibawa"),
    ("Istri Bupati Morowali Utara melapor.", "Morowali Utara", "Morowali Utara"),
    ("Bupati Bambang Sulistyo meresmikan jalan.", "Bambang Sulistyo", "Bambang Sulistyo"),
    ("Bupati Agung Prasetyo meresmikan jalan.", "Agung Prasetyo", "Agung Prasetyo"),
    ("Bupati Bambang Sulistyo Wirawan meresmikan jalan.", "Sulistyo Wirawan", "Sulistyo Wirawan"),
    ("Sekretaris Kabinet Gunawan Prasetya hadir.", "Gunawan Prasetya", "Gunawan Prasetya"),
])
def test_region_of_the_title_is_left_out_of_the_name(text, span, expected):
    (start, end, _, _), = _region_off_name(text, _span(text, span), TITLE_RE, PLACES)
    assert text[start:end] == expected


# A quoted word joined to a name by a hyphen is left out of the person's span.
@pytest.mark.parametrize("text, span, expected", [
    ("Sajak Rendra Wiratama-'pulang' dibacakan.", "Rendra Wiratama-'pulang", "Rendra Wiratama"),
    ("Istilah Sapto Nugroho-\"bangkit\" populer.", "Sapto Nugroho-\"bangkit", "Sapto Nugroho"),
    ("Ungkapan Laras Wening-‘diam’ dikutip.", "Laras Wening-‘diam", "Laras Wening"),
    # a hyphenated name stays whole
    ("Kata Siti Nur-Aini kepada warga.", "Siti Nur-Aini", "Siti Nur-Aini"),
])
def test_quoted_word_after_a_hyphen_is_left_out(text, span, expected):
    (start, end, _, _), = _tidy_spans(text, _span(text, span))
    assert text[start:end] == expected


# A PER span made only of Indonesian regions (a byline's "regency island") is a place.
@pytest.mark.parametrize("text, span, kind", [
    ("Penulis adalah alumni Pesantren Nurul Huda, Sumenep Madura.", "Sumenep Madura", "LOC"),
    ("Ia berkeliling dari Sabang Merauke tahun lalu.", "Sabang Merauke", "LOC"),
    ("Kata Pambudi Santoso kepada warga.", "Pambudi Santoso", "PER"),
])
def test_a_run_of_regions_is_a_place(text, span, kind):
    (_, _, found, _), = _region_off_name(text, _span(text, span), TITLE_RE, PLACES)
    assert found == kind


# A name right after a mosque's head word is the mosque, a place.
@pytest.mark.parametrize("text, target", [
    ("Proyek pembangunan Masjid Agung Sukamaju Lor molor setahun.", "Agung Sukamaju Lor"),
    ("Warga salat di Masjid Baiturrahim Tegalrejo tadi malam.", "Baiturrahim Tegalrejo"),
])
def test_name_after_a_mosque_head_is_a_place(resolver, text, target):
    doc = resolver(make_doc(resolver, text, ((target, "PER"),)))
    assert_no_actor(doc, target)


# A title and its Indonesian region, with the holder named right after it, is that holder.
@pytest.mark.parametrize("text, title, name", [
    ("Kajati Jambi, Harun Sasmita dalam sambutannya mengatakan kasus itu selesai.", "Kajati Jambi", "Harun Sasmita"),
    ("Kapolres Sumenep AKBP Wira Dharma menyebut pelaku sudah ditahan.", "Kapolres Sumenep", "Wira Dharma"),
])
def test_title_of_a_region_merges_with_the_holder_named_after_it(resolver, text, title, name):
    doc = resolver(make_doc(resolver, text, ((title, "PER"), (name, "PER"))))
    actors = {m.text: m.actor for m in doc.mentions}
    assert actors[name] is not None and actors[title] == actors[name]


# Common words right after "Bidang" (the field of an event, a unit or a programme) are no actor; a name is.
@pytest.mark.parametrize("text, target", [
    ("Acara Capaian Setahun Kabinet Bidang Kesejahteraan Umum digelar di Gedung Sinar. "
     "Menurut panitia, kesejahteraan umum menjadi fokus program tahun ini.", "Kesejahteraan Umum"),
    # an abstract noun opens it, though the document never writes it in lower case
    ("Hal itu disampaikan dalam acara Capaian Setahun Kabinet Bidang Ketahanan Warga di Gedung Sinar.",
     "Ketahanan Warga"),
    ("Hal itu disampaikan dalam rapat Bidang Pemberdayaan Nelayan di Gedung Sinar.", "Pemberdayaan Nelayan"),
])
def test_common_words_after_a_field_word_are_no_actor(resolver, text, target):
    assert_no_actor(resolver(make_doc(resolver, text, ((target, "PER"),))), target)


def test_a_name_after_a_field_word_is_still_a_person(resolver):
    text = "Hal itu disampaikan Kepala Bidang Ratna Sariwangi kepada warga di balai desa."
    doc = resolver(make_doc(resolver, text, (("Ratna Sariwangi", "PER"),)))
    assert_person(doc, "Ratna Sariwangi")


# Capitalised words inside a quoted theme or slogan, a comma parting its halves, are no actor.
@pytest.mark.parametrize("text, target", [
    ("Tema yang dibawakan pemateri dalam penyuluhan itu adalah 'Jujur Bukan Janji Service, Amanah Bukan Beban'.",
     "Janji Service"),
    ("Kegiatan bertajuk \"Desa Bersih Tanpa Sampah, Warga Sehat Bersama\" digelar di balai desa.", "Tanpa Sampah"),
])
def test_words_of_a_quoted_theme_are_no_actor(resolver, text, target):
    assert_no_actor(resolver(make_doc(resolver, text, ((target, "PER"),))), target)


# A product or design named after its maker ("X dari X Power") is no actor; the maker is named after it.
@pytest.mark.parametrize("text, names, target", [
    ("Reaktor kecil seperti Lumira dari Lumira Energy di Kanada sudah diuji.",
     (("Lumira", "ORG"), ("Lumira Energy", "ORG")), "Lumira"),
    ("Motor listrik Gesit buatan Gesit Motors Sukamaju laris di pasaran.",
     (("Gesit", "PER"), ("Gesit Motors Sukamaju", "ORG")), "Gesit"),
])
def test_a_product_named_after_its_maker_is_no_actor(resolver, text, names, target):
    assert_no_actor(resolver(make_doc(resolver, text, names)), target)


# A common noun opening a PER span is left out of it: the name or the document it is about remains.
@pytest.mark.parametrize("text, span, expected", [
    ("Janji Harun Sasmita diucapkan di depan warga.", "Janji Harun Sasmita", "Harun Sasmita"),
    ("Usulan Perpres sudah masuk ke meja menteri.", "Usulan Perpres", "Perpres"),
    # a name that only starts like one stays whole
    ("Janjiono Wirya hadir di balai desa.", "Janjiono Wirya", "Janjiono Wirya"),
])
def test_common_noun_lead_is_left_out(text, span, expected):
    from linimasa.language.entities import _noun_lead_off
    leads = frozenset(load_data("actors/non_actors.yaml")["noun_leads"])
    (start, end, _, _), = _noun_lead_off(text, _span(text, span), leads)
    assert text[start:end] == expected
