"""Issue 17, fourth round of the sector, country and kind classes of local actors: a party's regional
board ("DPD II") read as the regional senate, "Komnas" bodies that are no state commission, a private
foundation's directorate, another state's ministry whose longer name runs before the state, publications
named like people, and misspelt wire agencies.

The sentences are written for these tests; the names in them are invented (the places, parties and states
are real gazetteer and dictionary names). Mentions are built as in tests/test_actors_openworld.py.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import O, P, make_doc, resolver  # noqa: F401  (the resolver fixture)


def judged(resolver, text, names):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None, mention
    return mention.actor, doc.actors[mention.actor]


# text, mentions (the first is judged), kind, country, sector
CASES = [
    # a party's regional board: the party named after the title decides, not the regional senate
    ("Ketua DPD II Partai Golkar Kota Palu Rahmat Sugondo membuka musyawarah.", P("Rahmat Sugondo"),
     "person", "IDN", "PTY"),
    ("Ketua DPD Partai Gerindra Kota Kendari Yusran Latief hadir di lokasi.", P("Yusran Latief"),
     "person", "IDN", "PTY"),
    ("Ketua DPD II Golkar Palu Rahmat Sugondo membuka musyawarah.", P("Rahmat Sugondo"), "person", "IDN", "PTY"),
    ("Rapat itu dipimpin DPD II Golkar Palu pekan lalu.", O("DPD II Golkar Palu"), "organization", "IDN", "PTY"),
    # ... while the senate itself keeps LEG
    ("Anggota DPD RI Rahmat Sugondo mengunjungi pasar.", P("Rahmat Sugondo"), "person", "IDN", "LEG"),
    ("Ketua DPD Rahmat Sugondo menerima aspirasi warga.", P("Rahmat Sugondo"), "person", "IDN", "LEG"),
    # a "Komnas" that is no state commission: a child-protection association, or no sector from the head
    ("Petugas Komnas PPA mendatangi sekolah itu.", O("Komnas PPA"), "organization", "IDN", "NGO"),
    ("Relawan Komnas Pengendalian Rokok menggelar aksi.", O("Komnas Pengendalian Rokok"),
     "organization", "IDN", None),
    ("Komnas Disabilitas menerima laporan itu.", O("Komnas Disabilitas"), "organization", "IDN", "GOV"),
    # a state-sounding unit of a private body has that body's sector
    ("Direktorat Sistem Informasi Yayasan Pendidikan Nusa membuka layanan baru.",
     O("Direktorat Sistem Informasi Yayasan Pendidikan Nusa"), "organization", "IDN", "NGO"),
    ("Biro Hukum PT Sinar Rembulan menyiapkan gugatan.", O("Biro Hukum PT Sinar Rembulan"),
     "organization", "IDN", "BUS"),
    ("Direktorat Kepatuhan Internal memeriksa laporan itu.", O("Direktorat Kepatuhan Internal"),
     "organization", "IDN", "GOV"),
    # a state's export-credit bank is an agency of its government; teacher-training institutions are schools
    ("Bank Ekspor-Impor Kanada menyalurkan kredit itu.", O("Bank Ekspor-Impor Kanada"), "organization", "CAN", "GOV"),
    ("Lembaga Pendidikan Tenaga Kependidikan menyiapkan calon guru.", O("Lembaga Pendidikan Tenaga Kependidikan"),
     "organization", "IDN", "EDU"),
    # another state's ministry whose longer name runs before the state's name
    ("Kementerian Perindustrian dan Teknologi Informasi China menerima kunjungan itu.",
     O("Kementerian Perindustrian dan Teknologi Informasi China"), "organization", "CHN", "GOV"),
    ("Kementerian Perindustrian China menerima kunjungan itu.", O("Kementerian Perindustrian China"),
     "organization", "CHN", "GOV"),
    ("Kementerian Pariwisata, Seni dan Budaya Malaysia menyambut rencana itu.",
     O("Kementerian Pariwisata, Seni dan Budaya Malaysia"), "organization", "MYS", "GOV"),
    # a state's department named with the state is its government's; a unit with no owner keeps no sector
    ("Departemen Pertanian Australia menerbitkan aturan karantina.", O("Departemen Pertanian Australia"),
     "organization", "AUS", "GOV"),
    ("Departemen Urologi menerima pasien rujukan.", O("Departemen Urologi"), "organization", "IDN", None),
    ("Kepolisian Singapura menahan dua pria.", O("Kepolisian Singapura"), "organization", "SGP", "COP"),
    # a website or newsletter named "X Insights", "Y Daily" is a publication, not a person
    ("Menurut laporan Halvorsen Medicine Insights, penjualan turun.", P("Halvorsen Medicine Insights"),
     "organization", None, "MED"),
    ("Seperti dikutip Brightwater Daily, harga naik.", P("Brightwater Daily"), "organization", None, "MED"),
]


@pytest.mark.parametrize("text, names, kind, country, sector", CASES)
def test_sector_country_kind_round_4(resolver, text, names, kind, country, sector):
    _, actor = judged(resolver, text, names)
    assert (actor.kind, actor.country, actor.sector) == (kind, country, sector), actor


def test_two_states_joined_by_and_stay_the_home_government(resolver):
    # only the capitalised rest of a body's name may stand between a home alias and another state
    for name in ("Pemerintah Indonesia dan Australia", "Pemerintah Indonesia, Malaysia dan Australia"):
        actor_id, actor = judged(resolver, f"{name} meneken perjanjian itu.", O(name))
        assert (actor_id, actor.country) == ("IDN.GOV", "IDN")


@pytest.mark.parametrize("spelling", ["Rueters", "Reuter"])
def test_misspelt_wire_agency_is_the_agency(resolver, spelling):
    actor_id, actor = judged(resolver, f"Seperti dilaporkan {spelling}, harga minyak naik.", P(spelling))
    assert (actor_id, actor.kind, actor.sector) == ("MED.REUTERS", "organization", "MED")


def test_party_board_is_not_the_senate_in_the_dictionary(resolver):
    # "DPD" before a board number or a party is no alias of the regional senate; alone it still is
    text = "Ketua DPD II Golkar dan DPD RI bertemu."
    found = [(m.text, m.entry_ids) for m in resolver.dictionary.match(text)]
    assert ("DPD", ("IDN.DPD",)) not in found
    assert any(ids == ("IDN.DPD",) for _, ids in found)
    assert resolver.dictionary.lookup("DPD") == ("IDN.DPD",)


def test_home_ministry_name_short_named_otherwise_is_the_other_state(resolver):
    # a ministry named like a home one but short-named with letters no home body bears is the state the
    # sentence names, not the Indonesian ministry from the dictionary
    name = "Kementerian Perindustrian dan Teknologi Informasi"
    text = f"Kepala Nexora bertemu pimpinan {name} (KPTIX) di Beijing dan memuji dukungan pemerintah China."
    actor_id, actor = judged(resolver, text, ((name, "ORG"), ("pemerintah China", "ORG")))
    assert actor_id != "IDN.KEMENPERIN"
    assert (actor.country, actor.sector) == ("CHN", "GOV"), actor


@pytest.mark.parametrize("name, acronym, entry", [
    ("Kementerian Kelautan dan Perikanan", "KKP", "IDN.KKP"),  # its own initials
    ("Kementerian Keuangan", "Kemenkeu", "IDN.KEMENKEU"),  # a clipped name, no acronym
])
def test_home_ministry_with_its_own_short_name_stays(resolver, name, acronym, entry):
    actor_id, _ = judged(resolver, f"{name} ({acronym}) menyita dua kapal asing.", ((name, "ORG"),))
    assert actor_id == entry


def test_home_body_inside_a_longer_short_named_phrase_stays(resolver):
    # the acronym of a longer phrase that ends with the body's name ("Dana Talangan Bank Indonesia (DTBI)")
    text = "Ia membubarkan Dana Talangan Bank Indonesia (DTBI) tahun lalu."
    actor_id, _ = judged(resolver, text, (("Bank Indonesia", "ORG"),))
    assert actor_id == "IDN.BI"


@pytest.mark.parametrize("text, name, entry, country", [
    ("Teleskop milik NASA memotret komet itu.", "NASA", "USA.NASA", "USA"),
    ("FDA menarik obat itu dari pasaran.", "FDA", "USA.FDA", "USA"),
    ("Badan Antariksa China meluncurkan wahana baru.", "Badan Antariksa China", "CHN.CNSA", "CHN"),
    ("JAXA menunda peluncuran roket.", "JAXA", "JPN.JAXA", "JPN"),
])
def test_foreign_state_agency_named_by_its_acronym(resolver, text, name, entry, country):
    actor_id, actor = judged(resolver, text, ((name, "ORG"),))
    assert (actor_id, actor.country, actor.sector) == (entry, country, "GOV")
