"""The merged event's place in the PLOVER, CSV and TimelineJS exports (issue 21), on invented articles whose
events carry hand-built places (tests/place_corpus.py)."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.export.tabular import COLUMNS, PLACE_COLUMNS
from linimasa.store.db import Store

from .place_corpus import KAIRO, SUKAMAJU, build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("exports") / "places.duckdb")


@pytest.fixture(scope="module")
def types(db) -> dict[str, str]:
    """Merged event id -> its type, read from the store so the tests do not depend on how a format names it."""
    with Store(db, read_only=True) as store:
        return dict(store.con.execute("SELECT event_id, type FROM merged_events").fetchall())


def export(db, tmp_path, fmt: str):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


EXPECTED = {  # event type -> (name, lat, lon, country, precision) of its place, None for none
    "COERCE": (SUKAMAJU.name, SUKAMAJU.lat, SUKAMAJU.lon, "IDN", "city"),
    "CONSULT": (KAIRO.name, KAIRO.lat, KAIRO.lon, "EGY", "city"),
    "AID": (KAIRO.name, KAIRO.lat, KAIRO.lon, "EGY", "city"),
    "REQUEST": ("Desa Entah", None, None, "IDN", "site"),
    "AGREE": None,
    "ACCUSE": ("Doha", 25.29, 51.53, "QAT", "city"),
}


def test_store_place_exports_plover_record_has_its_place(db, tmp_path, types):
    records = json.loads(export(db, tmp_path, "plover").read_text(encoding="utf-8"))["events"]
    found = {types[r["event_id"]]: r["place"] for r in records}
    assert found.keys() == EXPECTED.keys()
    for kind, expected in EXPECTED.items():
        place = found[kind]
        if expected is None:
            assert place is None
        else:
            assert (place["name"], place["lat"], place["lon"], place["country"], place["precision"]) == expected
    assert found["COERCE"]["admin1"] == "Jawa Barat" and found["COERCE"]["geonames_id"] == SUKAMAJU.geonames_id


def test_store_place_exports_csv_has_place_columns(db, tmp_path, types):
    with export(db, tmp_path, "csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = {types[r["GLOBALEVENTID"]]: r for r in reader}
    assert tuple(reader.fieldnames) == COLUMNS and COLUMNS[-len(PLACE_COLUMNS):] == PLACE_COLUMNS
    for kind, expected in EXPECTED.items():
        row = rows[kind]
        got = (row["ActionGeo_FullName"], row["ActionGeo_Lat"], row["ActionGeo_Long"], row["PlaceCountry"],
               row["PlacePrecision"])
        want = ("",) * 5 if expected is None else tuple("" if v is None else str(v) for v in expected)
        assert got == want, kind


def test_store_place_exports_timelinejs_slide_has_location(db, tmp_path, types):
    document = json.loads(export(db, tmp_path, "timelinejs").read_text(encoding="utf-8"))
    by_headline = {types[e["unique_id"][1:]]: e for e in document["events"] if e.get("unique_id", "")[1:] in types}
    assert by_headline["COERCE"]["location"]["name"] == "Sukamaju"
    assert (by_headline["CONSULT"]["location"]["lat"], by_headline["CONSULT"]["location"]["lon"]) == (
        KAIRO.lat, KAIRO.lon)
    assert "location" not in by_headline["AGREE"]
