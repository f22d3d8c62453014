"""Issue 17, foreign people and bodies the text does not place: the world people of people_world.yaml
(coaches, players, riders, celebrities, historical figures) with their own nationality, never the story's
or the outlet's; an outlet's short name that is also a person's initials ("AP") only after a citation cue;
an English-named body built on a home place in a home outlet's story is a home body.

The sentences are written for these tests; apart from the listed world people, the names of people, bodies
and most places in them are invented.
"""
from __future__ import annotations

import pytest

from tests.test_actors_foreign_sources import O, actor_of
from tests.test_actors_openworld import P, make_doc, resolver  # noqa: F401  (the resolver fixture)

# text, mentions, the mention judged, the dictionary id, country
WORLD_PEOPLE = [
    # the national team's foreign coach, by full name and later by his distinctive surname
    ("Pelatih Timnas Indonesia Patrick Kluivert memanggil 25 pemain untuk laga di Kotabesar.",
     P("Patrick Kluivert"), "Patrick Kluivert", "P.patrick_kluivert", "NLD"),
    ("Kluivert menilai lini tengah timnas masih lemah menjelang laga kualifikasi.", P("Kluivert"), "Kluivert",
     "P.patrick_kluivert", "NLD"),
    # a club's manager in a story on the club's league: his nationality, not the club's country
    ("Arsenal menang 2-0 di London. Arteta memuji disiplin para pemainnya.", P("Arteta"), "Arteta",
     "P.mikel_arteta", "ESP"),
    ("Atletico Madrid kalah di kandang. Pelatih Diego Simeone kecewa dengan wasit.", P("Diego Simeone"),
     "Diego Simeone", "P.diego_simeone", "ARG"),
    # a rider, a celebrity and a scientist named in a domestic story with no word of where they are from
    ("Ribuan penonton memadati Sirkuit Kotabaru saat Francesco Bagnaia menyapa penggemarnya.",
     P("Francesco Bagnaia"), "Francesco Bagnaia", "P.francesco_bagnaia", "ITA"),
    ("Penggemar di Kotabesar antre sejak pagi untuk konser Taylor Swift.", P("Taylor Swift"), "Taylor Swift",
     "P.taylor_swift", "USA"),
    ("Guru fisika itu mengutip Einstein saat membuka kelas di sekolahnya.", P("Einstein"), "Einstein",
     "P.albert_einstein", "DEU"),
]


@pytest.mark.parametrize("text, names, target, entry_id, country", WORLD_PEOPLE)
def test_world_person_has_own_nationality(resolver, text, names, target, entry_id, country):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == target)
    assert mention.actor == entry_id, mention
    assert doc.actors[entry_id].country == country


# Short forms the dictionary leaves alone: a surname that is an Indonesian given name or a word, or one
# that names two listed people; an initials-like alias
NOT_WORLD_PEOPLE = [
    ("Ronaldo Saputra, warga Kotabaru, melapor ke polisi.", "Ronaldo"),
    ("Salah satu warga melapor ke polisi pada Senin pagi.", "Salah"),
    ("Marquez dan timnya tiba di Kotabesar pada Kamis.", "Marquez"),
    ("Slot parkir di pasar itu penuh sejak pagi.", "Slot"),
    ("Sekretaris dinas itu, Robben Santoso, meninjau gudang beras.", "Robben"),
    ("Warga bernama Aristoteles Lado melapor ke polisi.", "Aristoteles"),
]


@pytest.mark.parametrize("text, word", NOT_WORLD_PEOPLE)
def test_short_form_that_is_a_name_or_a_word_is_no_world_person(resolver, text, word):
    assert resolver.dictionary.lookup(word) == (), word


def test_full_name_links_a_later_common_surname(resolver):
    """A surname the dictionary does not list alone goes to the person the document named in full."""
    text = ("Gelandang Declan Rice mencetak gol kedua di Kotabesar. Rice mengaku puas dengan hasil laga itu."
            " Skor akhir 2-0.")
    doc = resolver(make_doc(resolver, text, P("Declan Rice") + P("Rice")))
    short = next(m for m in doc.mentions if m.text == "Rice")
    assert short.actor == "P.declan_rice", short


def test_surname_inside_another_persons_name_is_not_the_world_person(resolver):
    """"Pastoor" is no alias: a namesake's full name holding it stays someone else."""
    text = "Direktur akademi klub itu, Hendrik Pastoor Vale, datang ke Kotabesar untuk mencari pemain muda."
    doc = resolver(make_doc(resolver, text, P("Hendrik Pastoor Vale")))
    mention = next(m for m in doc.mentions if m.text == "Hendrik Pastoor Vale")
    assert mention.actor != "P.alex_pastoor", mention


# "AP": the Associated Press only after a citation cue; elsewhere a suspect's or a street's initials
def test_initials_ap_are_no_outlet(resolver):
    text = "Polisi menangkap tiga tersangka, yakni AP, RS dan MT, di sebuah rumah di Kotabesar."
    doc = resolver(make_doc(resolver, text, O("AP")))
    found = [m for m in doc.mentions if m.text == "AP"]
    assert found, doc.mentions
    for mention in found:
        actor = doc.actors.get(mention.actor) if mention.actor else None
        assert actor is None or actor.sector != "MED", actor


@pytest.mark.parametrize("text", [
    "Dilansir AP, gempa itu merusak dua ratus rumah di pesisir.",
    "Seperti dikutip dari AP, gempa itu merusak dua ratus rumah di pesisir.",
])
def test_cited_ap_is_the_us_agency(resolver, text):
    actor = actor_of(resolver, text, O("AP"), "AP")
    assert (actor.kind, actor.country, actor.sector) == ("organization", "USA", "MED"), actor


def test_associated_press_by_name_is_the_dictionary_outlet(resolver):
    doc = resolver(make_doc(resolver, "Kantor berita Associated Press melaporkan gempa itu.", ()))
    assert any(m.actor == "MED.AP" for m in doc.mentions), doc.mentions


# an English-named body built on a home gazetteer place, in a home outlet's story
HOME_BODIES = [
    ("Peneliti dari Kotabaru Policy Institute menilai harga beras naik di pasar.", "Kotabaru Policy Institute"),
    ("Direktur Eksekutif Surabaya Research Center, Budi Santoso, menilai harga naik.", "Surabaya Research Center"),
    ("Relawan Medan Legal Aid Foundation mendampingi warga yang digusur.", "Medan Legal Aid Foundation"),
]


@pytest.mark.parametrize("text, target", HOME_BODIES)
def test_english_body_on_a_home_place_is_home(resolver, text, target):
    actor = actor_of(resolver, text, O(target), target)
    assert (actor.kind, actor.country) == ("organization", "IDN"), actor
    assert "place:" in actor.cue, actor


def test_english_body_with_no_home_cue_keeps_no_country(resolver):
    """With nothing Indonesian about it, an English name gets no country (it is as often foreign)."""
    actor = actor_of(resolver, "Peneliti dari Coastal Policy Institute menilai harga beras naik.",
                     O("Coastal Policy Institute"), "Coastal Policy Institute")
    assert actor.country is None, actor


# A nationality word or an origin marker describes a person of its own sentence: "Pelatih asal X itu" after a
# sentence naming a player describes the coach named before, not the player.
def test_origin_marker_in_the_next_sentence_is_not_the_players(resolver):
    text = ("Pelatih Hendro Kusuma memuji Budi Santosa. Juru taktik asal Korea Selatan itu menyebut lini belakang"
            " sudah solid.")
    actor = actor_of(resolver, text, P("Hendro Kusuma") + P("Budi Santosa"), "Budi Santosa")
    assert actor.country != "KOR", actor


@pytest.mark.parametrize("text, target, country", [
    ("Pemain asal Brasil, Rodrigo Santos, mencetak dua gol pada laga itu.", "Rodrigo Santos", "BRA"),
    ("Rodrigo Santos, pemain asal Brasil, mencetak dua gol pada laga itu.", "Rodrigo Santos", "BRA"),
])
def test_origin_marker_in_the_same_sentence_places_the_person(resolver, text, target, country):
    actor = actor_of(resolver, text, P(target), target)
    assert actor.country == country, actor
