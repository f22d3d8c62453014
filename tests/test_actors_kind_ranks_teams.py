"""Issue 17: kinds, boundaries and sectors of local actors (a rank's corps, a unit of a known body).

The sentences are written for these tests; the people, teams and offices in them are invented.
"""
from __future__ import annotations

import pytest

from linimasa.language.entities import _rank_gives_first_name, rank_lead_re
from linimasa.resources import load_data
from tests.test_actors_openworld import resolved, resolver  # noqa: F401  (the resolver fixture)

RANKS = frozenset(load_data("id/entity_cues.yaml")["ranks"])
CORPS = frozenset(load_data("id/entity_cues.yaml")["rank_corps"])


def _spans(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(text.index(name), text.index(name) + len(name), kind, "model") for name, kind in names]


@pytest.mark.parametrize("text, spans, expected", [
    # the police's mark and a corps after a rank, read as a body's name: the person after them
    ("Kabid Humas Polda Sukamaju Kombes Pol Darmo Sitepu menjelaskan.", [("Pol Darmo", "ORG")],
     [("Darmo", "PER")]),
    ("Kata Kapuspen Brigjen Marinir Anton Wirasena kepada wartawan.", [("Marinir Anton Wirasena", "PER")],
     [("Anton Wirasena", "PER")]),
    # the corps alone after a rank (the name cut off after it): no mention at all
    ("Kapolresta Sukamaju Kombes Pol.", [("Pol", "PER")], []),
    ("Hakim anggota Kolonel Chk (K) Rina Wulandari membacakan putusan.", [("Chk", "PER"), ("Rina Wulandari", "PER")],
     [("Rina Wulandari", "PER")]),
    # not after a rank: a name that starts like a corps word stays as it is
    ("Menurut Pol Pramana, warga sudah diungsikan.", [("Pol Pramana", "PER")], [("Pol Pramana", "PER")]),
])
def test_corps_after_a_rank_is_no_part_of_any_name(text, spans, expected):
    out = _rank_gives_first_name(text, _spans(text, *spans), rank_lead_re(RANKS), RANKS, CORPS)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_a_name_split_after_the_corps_is_whole_again():
    text = "Kabid Humas Polda Sukamaju Kombes Pol Darmo Wirasena menjelaskan."
    out = _rank_gives_first_name(text, _spans(text, ("Pol Darmo", "ORG"), ("Wirasena", "PER")),
                                 rank_lead_re(RANKS), RANKS, CORPS)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("Darmo Wirasena", "PER")]


@pytest.mark.parametrize("text, names, target, sector", [
    # a unit named right before its known parent takes the parent's sector, not its head's
    ("Penyelidikan dilakukan Direktorat Reserse Siber Polda Metro Jaya pekan lalu.",
     (("Direktorat Reserse Siber", "ORG"),), "Direktorat Reserse Siber", "COP"),
    ("Laporan itu diterima Direktorat Pelaporan Gratifikasi KPK kemarin.",
     (("Direktorat Pelaporan Gratifikasi", "ORG"),), "Direktorat Pelaporan Gratifikasi", "JUD"),
    # a spelled-out body whose acronym in brackets is a known body's
    ("Kasus itu ditangani Badan Reserse Kriminal (Bareskrim) sejak Mei.", (("Badan Reserse Kriminal", "ORG"),),
     "Badan Reserse Kriminal", "COP"),
    # no known body after it: the head's own sector
    ("Direktorat Penataan Sukamaju menerbitkan izin itu.", (("Direktorat Penataan Sukamaju", "ORG"),),
     "Direktorat Penataan Sukamaju", "GOV"),
])
def test_a_unit_takes_the_sector_of_its_known_parent(resolver, text, names, target, sector):
    assert resolved(resolver, text, names, target).sector == sector


def test_a_bodys_own_initials_in_brackets_keep_its_sector(resolver):
    # "(MA)" is also the supreme court's acronym, but here it is the school's own initials
    text = "Sebanyak tiga Madrasah Aliyah (MA) di Sukamaju menggelar lomba."
    assert resolved(resolver, text, (("Madrasah Aliyah", "ORG"),), "Madrasah Aliyah").sector == "EDU"


@pytest.fixture(scope="module")
def lone_heads():
    from linimasa.language.entities import EntityStage
    from linimasa.resources import Resources
    return EntityStage(Resources())._lone_heads


@pytest.mark.parametrize("text, spans, expected", [
    # a body's head the model left before the rest of its name goes back into the span
    ("Ketua Komnas PA Sukamaju, Darmo Wibisono, hadir.", [("PA Sukamaju", "ORG")], [("Komnas PA Sukamaju", "ORG")]),
    ("Anggota Satgas PPK Sukamaju bekerja.", [("PPK Sukamaju", "ORG")], [("Satgas PPK Sukamaju", "ORG")]),
    # not an acronym of its own, a place head, a unit's head, nor a head inside another span
    ("Rektor UGM Fakultas Teknik hadir.", [("Fakultas Teknik", "ORG")], [("Fakultas Teknik", "ORG")]),
    ("Warga Kecamatan Kemayoran Sukamaju datang.", [("Kemayoran Sukamaju", "ORG")], [("Kemayoran Sukamaju", "ORG")]),
    ("Kepala Bidang Humas Polda hadir.", [("Humas Polda", "ORG")], [("Humas Polda", "ORG")]),
    ("Kantor Dinas Sukamaju Jaya buka.", [("Kantor Dinas", "ORG"), ("Sukamaju Jaya", "ORG")],
     [("Kantor Dinas", "ORG"), ("Sukamaju Jaya", "ORG")]),
])
def test_a_head_left_before_a_body_goes_back_into_it(lone_heads, text, spans, expected):
    from linimasa.language.entities import _head_back_into_body
    out = _head_back_into_body(text, _spans(text, *spans), lone_heads)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


@pytest.mark.parametrize("text, spans, expected", [
    # an Arabic article before a hyphen: the name runs on over it
    ("Bangunan Ponpes Al-Ikhlas Sukamaju runtuh.", [("Ponpes Al", "ORG")], [("Ponpes Al-Ikhlas", "ORG")]),
    ("Menurut Umar Bin-Salim, warga aman.", [("Umar Bin", "PER")], [("Umar Bin-Salim", "PER")]),
    # a hyphen after a full name joins two names: nothing changes
    ("Pemerintahan Prabowo-Gibran berjalan.", [("Prabowo", "PER")], [("Prabowo", "PER")]),
])
def test_an_article_before_a_hyphen_keeps_the_name_whole(text, spans, expected):
    from linimasa.language.entities import _particle_hyphen
    particles = frozenset(load_data("id/entity_cues.yaml")["name_particles"])
    out = _particle_hyphen(text, _spans(text, *spans), particles)
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_an_office_field_and_region_cut_from_its_office_is_no_person(resolver):
    from tests.test_actors_openworld import assert_no_actor, make_doc
    text = "Keduanya mantan pejabat Dinas Perumahan, Permukiman dan Tata Ruang Sidoarjo."
    assert_no_actor(resolver(make_doc(resolver, text, (("Tata Ruang Sidoarjo", "PER"),))), "Tata Ruang Sidoarjo")


def test_the_two_halves_of_a_name_split_at_an_articles_hyphen_are_one():
    from linimasa.language.entities import _particle_hyphen
    particles = frozenset(load_data("id/entity_cues.yaml")["name_particles"])
    text = "Bangunan Ponpes Al-Ikhlas Sukamaju runtuh."
    out = _particle_hyphen(text, _spans(text, ("Ponpes Al", "ORG"), ("Ikhlas Sukamaju", "PER")), particles)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("Ponpes Al-Ikhlas Sukamaju", "ORG")]


def test_a_visit_word_before_a_name_is_no_part_of_it():
    from linimasa.language.entities import _noun_lead_off
    leads = frozenset(load_data("actors/non_actors.yaml")["noun_leads"])
    text = "Kunjungan Darmo Wibisono ke Sukamaju disambut warga."
    out = _noun_lead_off(text, _spans(text, ("Kunjungan Darmo Wibisono", "PER")), leads)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("Darmo Wibisono", "PER")]


@pytest.mark.parametrize("text, spans, expected", [
    # a ruling's word before a court, typed ORG with it: the court
    ("Penggeledahan sesuai Penetapan Pengadilan Negeri Sukamaju kemarin.", [("Penetapan Pengadilan Negeri Sukamaju", "ORG")],
     [("Pengadilan Negeri Sukamaju", "ORG")]),
    # the same word before a body's name that is no head stays (the span is no body)
    ("Penetapan Harga Sukamaju diumumkan.", [("Penetapan Harga Sukamaju", "ORG")], [("Penetapan Harga Sukamaju", "ORG")]),
    # the article of a law after a suspect's initial, before its number
    # ... but never before a field of an office typed PER
    ("Kasi Penetapan Hak dan Pendaftaran hadir.", [("Penetapan Hak", "PER")], [("Penetapan Hak", "PER")]),
    ("Tersangka M Pasal 45 ayat 2 dijerat polisi.", [("M Pasal", "PER")], [("M", "PER")]),
    ("Menurut Budi Pasal, warga aman.", [("Budi Pasal", "PER")], [("Budi Pasal", "PER")]),
])
def test_a_ruling_word_and_a_laws_article_are_no_part_of_a_name(lone_heads, text, spans, expected):
    from linimasa.language.entities import _noun_lead_off
    data = load_data("actors/non_actors.yaml")
    out = _noun_lead_off(text, _spans(text, *spans), frozenset(data["noun_leads"]), lone_heads,
                         frozenset(data["ruling_leads"]))
    assert [(text[s:e], k) for s, e, k, _ in out] == expected


def test_two_known_bodies_joined_by_and_are_two_mentions():
    from linimasa.language.entities import _two_known_bodies
    text = "Pengamanan itu kerja sama TNI dan Kejagung sejak Mei."
    dictionary = [(text.index("TNI"), text.index("TNI") + 3, "ORG"),
                  (text.index("Kejagung"), text.index("Kejagung") + 8, "ORG")]
    out = _two_known_bodies(text, _spans(text, ("TNI dan Kejagung", "ORG")), dictionary)
    assert [(text[s:e], k) for s, e, k, _ in out] == [("TNI", "ORG"), ("Kejagung", "ORG")]


def test_the_spelled_out_name_of_a_class_of_bodies_is_a_group(resolver):
    text = "Bantuan disalurkan lewat Himpunan Bank Milik Negara (Himbara) mulai pekan depan."
    assert resolved(resolver, text, (("Himpunan Bank Milik Negara", "ORG"),), "Himpunan Bank Milik Negara").kind == "group"
