"""GET /api/places (issue 21): a story's merged events grouped by place for the map, and the map's static files
served from this server (no tile server, no CDN). Invented articles with hand-built places (place_corpus.py)."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from linimasa.web.app import create_app

from .place_corpus import KAIRO, SUKAMAJU, build


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(build(tmp_path_factory.mktemp("api") / "places.duckdb"))
    with TestClient(app) as c:
        yield c
    app.state.database.store.close()


def test_geojson_places_api_groups_events_per_place(client):
    answer = client.get("/api/places").json()
    assert (answer["events"], answer["unplaced"]) == (4, 2)
    places = {p["name"]: p for p in answer["places"]}
    assert list(places) == ["Kairo", "Sukamaju", "Doha"]  # most support first; Kairo and Sukamaju (2) by name
    kairo, sukamaju = places["Kairo"], places["Sukamaju"]
    assert (kairo["lat"], kairo["lon"], kairo["country"]) == (KAIRO.lat, KAIRO.lon, "EGY")
    assert sorted(e["type"] for e in kairo["events"]) == ["AID", "CONSULT"]
    assert kairo["support"] == 2 and kairo["quads"] == {"verbal cooperation": 1, "material cooperation": 1}
    assert kairo["quad_class"] == "material cooperation"  # a tie goes to the more conflictual class
    assert (sukamaju["lat"], sukamaju["lon"], sukamaju["support"]) == (SUKAMAJU.lat, SUKAMAJU.lon, 2)
    assert sukamaju["quad_class"] == "material conflict"
    [arrest] = sukamaju["events"]
    assert arrest["support"] == 2 and arrest["evidence"].startswith("Polisi menangkap")
    assert client.get(f"/api/events/{arrest['event_id']}").json()["type"] == "COERCE"


def test_geojson_places_api_story_filter_and_validation(client):
    stories = client.get("/api/stories").json()
    totals = [client.get("/api/places", params={"story": s["story_id"]}).json() for s in stories]
    assert sum(t["events"] for t in totals) == 4 and sum(t["unplaced"] for t in totals) == 2
    assert client.get("/api/places", params={"story": 0}).status_code == 422
    assert "/api/places" in client.get("/openapi.json").json()["paths"]


def test_geojson_places_api_map_files_are_local(client):
    page = client.get("/").text
    assert "/static/map.js" in page and "/static/map.css" in page
    script = client.get("/static/map.js")
    assert script.status_code == 200 and client.get("/static/map.css").status_code == 200
    assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|eval\(", script.text)
    assert not re.search(r"https?://", script.text.replace("http://www.w3.org/2000/svg", ""))
    world = client.get("/static/vendor/world.topo.json")
    assert world.status_code == 200 and json.loads(world.text)["type"] == "Topology"
    assert "Natural Earth" in client.get("/static/vendor/world.LICENSE.txt").text
