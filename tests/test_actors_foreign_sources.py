"""Issue 17, foreign actors the text does not place in so many words: a listed foreign club (clubs.yaml),
an outlet or site cited as the source (media.yaml: dictionary outlets and `cited_only` names), a person
quoted from a foreign outlet in the same sentence, and a person whose title places them in a foreign
body or city before the comma ("... di X Hospital of Kotabesar, Dr Nama").

The sentences are written for these tests; the names of people and bodies in them are invented (the
clubs, outlets, cities and states are real). Mentions are built as in tests/test_actors_openworld.py.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import O, P, make_doc, resolver  # noqa: F401  (the resolver fixture)


def actor_of(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == target)
    assert mention.actor is not None, mention
    return doc.actors[mention.actor]


SPORTS = " Skor akhir 2-1, dua gol dicetak pada babak kedua pertandingan itu."

# text, mentions, the mention judged, kind, country, a word the cue holds
CLUBS = [
    # a listed club is of its country, typed ORG or PER by the entities stage
    ("Tim tamu menjamu Chelsea di kandang." + SPORTS, O("Chelsea"), "Chelsea", "organization", "GBR", "club:"),
    ("Tim tamu menjamu West Ham di kandang." + SPORTS, P("West Ham"), "West Ham", "organization", "GBR", "club:"),
    ("Pelatih Rudi Santosa puas setelah Feyenoord kalah." + SPORTS, O("Feyenoord"), "Feyenoord", "organization",
     "NLD", "club:"),
    # a club tag aside
    ("Bek itu pindah ke Sevilla FC musim depan." + SPORTS, O("Sevilla FC"), "Sevilla FC", "organization", "ESP",
     "club:"),
    # a team named in a story on a foreign series, with few sports words
    ("Pembalap itu juara MotoGP 2024 bersama Pramac Ducati. Kini ia pindah tim untuk MotoGP 2026.",
     P("Pramac Ducati"), "Pramac Ducati", "organization", "ITA", "club:"),
]


@pytest.mark.parametrize("text, names, target, kind, country, cue", CLUBS)
def test_listed_foreign_club_has_its_country(resolver, text, names, target, kind, country, cue):
    actor = actor_of(resolver, text, names, target)
    assert (actor.kind, actor.country) == (kind, country), actor
    assert cue in actor.cue, actor


def test_club_country_is_not_its_coachs(resolver):
    """The club's country is evidence for the club only: its coach keeps no country the text gives."""
    text = "Chelsea kalah dari Everton." + SPORTS + " Pelatih Chelsea, Marco Ventresca, kecewa."
    coach = actor_of(resolver, text, O("Chelsea") + O("Everton") + P("Marco Ventresca"), "Marco Ventresca")
    assert coach.country != "GBR", coach


def test_listed_club_name_outside_sports_is_not_a_club(resolver):
    """A club's name in a story that is no sports story is not read as the club."""
    text = "Penyanyi Chelsea tampil di Bandung pada Sabtu malam dan menyapa penggemarnya."
    actor = actor_of(resolver, text, P("Chelsea"), "Chelsea")
    assert not actor.cue or "club:" not in actor.cue, actor


# a site or outlet cited as the source, a person quoted from one, a title placed abroad
SOURCES = [
    # a foreign outlet media.yaml lists, cited as a source
    ("Seperti dikutip dari Science Alert, suhu laut naik tahun ini.", O("Science Alert"), "Science Alert", "AUS"),
    ("Mengutip Smithsonian Magazine, kota tua itu terancam banjir.", O("Smithsonian Magazine"),
     "Smithsonian Magazine", "USA"),
    # a name that is an outlet only right after a citation cue
    ("Dilansir dari laman The Times, obat itu mulai dijual bebas.", O("The Times"), "The Times", "GBR"),
    # a person quoted from a foreign outlet in the same sentence, with nothing else behind a country
    ("Dilansir dari laman Express, menurut apoteker Ben Hollis, nyeri sendi bisa dicegah.", P("Ben Hollis"),
     "Ben Hollis", "GBR"),
    ("Seperti dikutip dari Khaleej Times, pelatih kebugaran Ravi Menon menyarankan jalan kaki.",
     P("Ravi Menon"), "Ravi Menon", "ARE"),
    # a title placed in a foreign body named after its city, an honorific before the name
    ("Dokter kepala Departemen Bedah di Third Memorial Hospital of Chengdu Medical University, Dr Wu Pan "
     "mengatakan hal itu biasa.", P("Wu Pan"), "Wu Pan", "CHN"),
    # the body's name holds "dan"
    ("Peneliti muda di Pusat Riset Air dan Tanah Universitas Melbourne, Ken Hollis memberi saran bagi warga.",
     P("Ken Hollis"), "Ken Hollis", "AUS"),
    # a school named after its city in the apposition's title, behind a unit with no sector
    ("Lars Holm, direktur Pusat Riset Iklim Universitas Sydney, menyarankan warga berolahraga.", P("Lars Holm"),
     "Lars Holm", "AUS"),
    ("Menurut dosen Universitas Kyoto, Aki Mori, gempa itu dangkal.", P("Aki Mori"), "Aki Mori", "JPN"),
]


@pytest.mark.parametrize("text, names, target, country", SOURCES)
def test_foreign_source_country(resolver, text, names, target, country):
    assert actor_of(resolver, text, names, target).country == country


# the same rules leave these alone
KEEP = [
    # a person in another sentence than the citation keeps the outlet's country
    ("Dilansir dari laman Express, nyeri sendi bisa dicegah. Menurut apoteker Ben Hollis, olahraga membantu.",
     P("Ben Hollis"), "Ben Hollis", "IDN"),
    # an Indonesian outlet cited gives nothing
    ("Dikutip dari Antara, menurut warga Ben Hollis, jalan itu rusak.", P("Ben Hollis"), "Ben Hollis", "IDN"),
    # a person with an Indonesian name word is not the foreign outlet's
    ("Dilansir dari laman Express, menurut apoteker Budi Hollis, nyeri sendi bisa dicegah.", P("Budi Hollis"),
     "Budi Hollis", "IDN"),
    # a foreign outlet named without a citation cue ("kepada") says nothing of the speaker
    ("Hal itu dikatakan Ben Hollis kepada Reuters di kantornya.", P("Ben Hollis"), "Ben Hollis", "IDN"),
]


@pytest.mark.parametrize("text, names, target, country", KEEP)
def test_foreign_source_rules_leave_these(resolver, text, names, target, country):
    assert actor_of(resolver, text, names, target).country == country


# outlets that quote people from anywhere give them no country: (text, mentions, target, the outlet's country)
ANYWHERE = [
    ("Dilansir dari AFP, menurut Tom Reed, kapal itu tenggelam di dekat pantai.", P("Tom Reed"), "Tom Reed", "FRA"),
    ("Seperti dikutip dari Science Alert, ahli saraf Maria Lund menyebut hasilnya mengejutkan.", P("Maria Lund"),
     "Maria Lund", "AUS"),
    ("Dilansir dari jurnal Nature, peneliti Ann Moss menemukan spesies baru.", P("Ann Moss"), "Ann Moss", "GBR"),
]


@pytest.mark.parametrize("text, names, target, outlet_country", ANYWHERE)
def test_outlet_quoting_anyone_gives_no_country(resolver, text, names, target, outlet_country):
    actor = actor_of(resolver, text, names, target)
    assert actor.country != outlet_country and "quoted:" not in (actor.cue or ""), actor


def test_school_not_named_after_a_place_gives_none(resolver):
    """A school whose first name words are no gazetteer place says nothing of its staff's country."""
    text = "Lars Holm, direktur Pusat Riset Iklim Universitas Terbuka Raya, menyarankan warga berolahraga."
    actor = actor_of(resolver, text, P("Lars Holm"), "Lars Holm")
    assert "place:" not in (actor.cue or ""), actor

