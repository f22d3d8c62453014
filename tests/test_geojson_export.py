"""`linimasa export --format geojson` (issue 21): valid RFC 7946 GeoJSON, one Point per merged event with a place.

The schema below is written from RFC 7946 for these tests (no GeoJSON validator package is installed): every
object type, positions (longitude first, in range), bboxes, and the members the RFC forbids. What JSON Schema
cannot say (a bbox must contain the geometries, a linear ring must be closed, I-JSON text) is checked in Python.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from linimasa.cli.main import cli
from linimasa.store.db import Store

from .place_corpus import KAIRO, SUKAMAJU, build

LON = {"type": "number", "minimum": -180, "maximum": 180}
LAT = {"type": "number", "minimum": -90, "maximum": 90}
# RFC 7946 3.1.1: [longitude, latitude] or [longitude, latitude, elevation]; nothing more is allowed.
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "prefixItems": [LON, LAT, {"type": "number"}]}
# 5: [west, south, east, north] (2 dimensions) or with elevations (3).
BBOX = {"type": "array", "items": {"type": "number"}, "oneOf": [{"minItems": 4, "maxItems": 4},
                                                                  {"minItems": 6, "maxItems": 6}]}
LINE = {"type": "array", "minItems": 2, "items": POSITION}  # 3.1.4
RING = {"type": "array", "minItems": 4, "items": POSITION}  # 3.1.6: closed, so at least four positions


def _geometry(kind: str, coordinates: dict) -> dict:
    return {"type": "object", "required": ["type", "coordinates"],
            "properties": {"type": {"const": kind}, "coordinates": coordinates, "bbox": BBOX}}


GEOMETRIES = [
    _geometry("Point", POSITION),
    _geometry("MultiPoint", {"type": "array", "items": POSITION}),
    _geometry("LineString", LINE),
    _geometry("MultiLineString", {"type": "array", "items": LINE}),
    _geometry("Polygon", {"type": "array", "items": RING}),
    _geometry("MultiPolygon", {"type": "array", "items": {"type": "array", "items": RING}}),
]
GEOMETRY = {"oneOf": [*GEOMETRIES, {
    "type": "object", "required": ["type", "geometries"],
    "properties": {"type": {"const": "GeometryCollection"}, "geometries": {"type": "array", "items": {"oneOf": GEOMETRIES}},
                   "bbox": BBOX}}]}
# 7.1: a Feature has no "features" or "geometries"; a geometry has no "properties" or "geometry" (not here).
FEATURE = {
    "type": "object", "required": ["type", "geometry", "properties"],
    "properties": {"type": {"const": "Feature"}, "geometry": {"oneOf": [{"type": "null"}, GEOMETRY]},
                   "properties": {"type": ["object", "null"]}, "id": {"type": ["string", "number"]},
                   "bbox": BBOX},
    "not": {"anyOf": [{"required": ["features"]}, {"required": ["geometries"]}, {"required": ["coordinates"]}]}}
RFC7946 = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object", "required": ["type", "features"],
    "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": FEATURE},
                   "bbox": BBOX},
    # 4: "crs" was removed; 7.1: a FeatureCollection has no "coordinates", "geometries", "geometry" or "properties".
    "not": {"anyOf": [{"required": ["crs"]}, {"required": ["coordinates"]}, {"required": ["geometries"]},
                      {"required": ["geometry"]}, {"required": ["properties"]}]}}
VALIDATOR = Draft202012Validator(RFC7946)

PROPERTIES = {"event_id", "event_type", "mode", "quad_class", "date", "date_end", "date_precision", "modality",
              "support", "reports", "outlets", "source", "source_name", "target", "target_name", "place_name",
              "place_text", "place_country", "place_admin1", "place_precision", "place_basis", "geonames_id",
              "place_reports", "evidence", "evidence_url", "evidence_api"}


def rfc7946_problems(text: str) -> list[str]:
    """Every way `text` breaks RFC 7946, as messages (empty when it is valid)."""
    def no_constant(name):  # I-JSON (RFC 7493), which RFC 7946 11 requires: no NaN or Infinity
        raise ValueError(f"not I-JSON: {name}")

    document = json.loads(text, parse_constant=no_constant)
    problems = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDATOR.iter_errors(document)]
    if problems:
        return problems
    positions = [f["geometry"]["coordinates"] for f in document["features"] if f["geometry"]
                 and f["geometry"]["type"] == "Point"]
    if document.get("bbox") and positions:
        west, south, east, north = document["bbox"]
        problems += [f"{p} outside bbox" for p in positions
                     if not (west <= p[0] <= east and south <= p[1] <= north)]
    for feature in document["features"]:
        geometry = feature["geometry"] or {}
        rings = geometry.get("coordinates", []) if geometry.get("type") == "Polygon" else []
        problems += [f"{feature.get('id')}: ring not closed" for ring in rings if ring[0] != ring[-1]]
    return problems


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("geo") / "places.duckdb")


def export(db, tmp_path, *extra) -> str:
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "geojson", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out.read_bytes().decode("utf-8")  # RFC 7946 11: UTF-8


def test_geojson_export_validates_as_rfc7946(db, tmp_path):
    text = export(db, tmp_path)
    assert rfc7946_problems(text) == []
    document = json.loads(text)
    assert len(document["features"]) == 4  # COERCE (2 reports), CONSULT, AID, ACCUSE; not AGREE (no place), REQUEST
    assert document["linimasa"] == {"format": "linimasa.geojson/1", "story": None, "events": 4,
                                    "events_without_place": 2}


def test_geojson_export_points_are_longitude_first_with_event_properties(db, tmp_path):
    features = {f["properties"]["event_type"]: f for f in json.loads(export(db, tmp_path))["features"]}
    arrest = features["COERCE"]
    assert arrest["geometry"] == {"type": "Point", "coordinates": [SUKAMAJU.lon, SUKAMAJU.lat]}
    assert set(arrest["properties"]) == PROPERTIES
    assert arrest["id"] == arrest["properties"]["event_id"]
    assert arrest["properties"]["support"] == 2 and arrest["properties"]["place_reports"] == 2
    assert arrest["properties"]["quad_class"] == "material conflict"
    assert arrest["properties"]["source_name"] == "Kepolisian Negara Republik Indonesia"
    assert arrest["properties"]["place_name"] == "Sukamaju" and arrest["properties"]["place_precision"] == "city"
    assert arrest["properties"]["evidence"].startswith("Polisi menangkap lima tersangka")
    assert arrest["properties"]["evidence_url"].startswith("https://")
    assert arrest["properties"]["evidence_api"] == f"/api/events/{arrest['id']}"
    talks = features["CONSULT"]
    assert talks["geometry"]["coordinates"] == [KAIRO.lon, KAIRO.lat]
    assert (talks["properties"]["source_name"], talks["properties"]["target_name"]) == (
        "Pemerintah Indonesia", "Pemerintah Mesir")


def test_geojson_export_story_keeps_its_events(db, tmp_path):
    with Store(db, read_only=True) as store:
        story = store.con.execute("""
            SELECT c.story_id FROM merged_event_members m JOIN merged_events e USING (event_id)
            JOIN corpus_documents c USING (doc_id) WHERE e.type = 'COERCE' LIMIT 1""").fetchone()[0]
    document = json.loads(export(db, tmp_path, "--story", str(story)))
    assert rfc7946_problems(json.dumps(document)) == []
    assert "COERCE" in {f["properties"]["event_type"] for f in document["features"]}
    assert document["linimasa"]["story"] == story


def test_geojson_export_empty_collection_is_valid(tmp_path):
    with Store(tmp_path / "empty.duckdb"):
        pass
    text = export(tmp_path / "empty.duckdb", tmp_path)
    assert rfc7946_problems(text) == [] and json.loads(text)["features"] == []


@pytest.mark.parametrize("broken, problem", [
    ({"type": "FeatureCollection", "features": [], "crs": {"type": "name"}}, "crs"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                 "geometry": {"type": "Point", "coordinates": [-6.9, 107.6]}}]},
     "latitude out of range: the position is [lat, lon]"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                 "geometry": {"type": "Point", "coordinates": [1, 2, 3, 4]}}]},
     "a position has at most three numbers"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                 "geometry": {"type": "Polygon",
                                                              "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}]},
     "ring not closed"),
    ({"type": "FeatureCollection", "bbox": [0, 0, 1, 1], "features": [
        {"type": "Feature", "properties": None, "geometry": {"type": "Point", "coordinates": [5, 5]}}]},
     "point outside the bbox"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]}, "no properties member"),
])
def test_geojson_export_checker_rejects_what_rfc7946_forbids(broken, problem):
    assert rfc7946_problems(json.dumps(broken)), problem


def test_geojson_export_checker_rejects_nan():
    with pytest.raises(ValueError, match="I-JSON"):
        rfc7946_problems('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
                         '"geometry": {"type": "Point", "coordinates": [NaN, 1]}}]}')


def test_geojson_export_refuses_families(db, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "geojson", "--families",
                                      "-o", str(tmp_path / "x.geojson")])
    assert result.exit_code == 2 and "--families does not apply to --format geojson" in result.output
