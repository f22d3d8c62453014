"""Every endpoint of the web API on the sample corpus, plus its safety rules (read-only, token, size, escaping)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import linimasa.web
from linimasa.web.app import create_app

from .web_sample import sample_db

XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def db(tmp_path_factory, analyzer):
    return sample_db(tmp_path_factory, analyzer)


@pytest.fixture(scope="module")
def client(db):
    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.database.store.close()


@pytest.fixture(scope="module")
def story(client) -> int:
    return client.get("/api/stories").json()[0]["story_id"]


def test_web_api_health_reports_read_only_and_counts(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["read_only"] is True and body["ingest"] is False
    assert body["documents"] == 14 and body["events"] > 0 and body["stories"] >= 3


def test_web_api_vocabulary_names_every_type_in_both_languages_from_the_cli_labels(client):
    """The app shows words, never codes, and takes them from the file the CLI and the exports read."""
    from linimasa.document import QUAD_CLASS
    from linimasa.export.formatting import type_name, type_verb

    body = client.get("/api/vocabulary").json()
    assert set(body["types"]) == set(QUAD_CLASS)
    assert body["types"]["ASSAULT"]["name"] == {"id": type_name("ASSAULT", "id"), "en": type_name("ASSAULT", "en")}
    assert body["types"]["ASSAULT"]["verb"] == {"id": type_verb("ASSAULT", "id"), "en": "attacked"}
    assert all(row["quad_class"] == QUAD_CLASS[code] for code, row in body["types"].items())
    assert body["quad_classes"]["material conflict"] == {"id": "konflik material", "en": "material conflict"}
    script = (Path(linimasa.web.__file__).parent / "static" / "app.js").read_text(encoding="utf-8")
    assert "typeNames" not in script and '"kesepakatan"' not in script and "QUAD_TYPES" not in script


def test_web_api_stories_largest_first_and_one_by_id(client, story):
    rows = client.get("/api/stories").json()
    assert [r["size"] for r in rows] == sorted((r["size"] for r in rows), reverse=True)
    assert "Hamas" in rows[0]["label"] and isinstance(rows[0]["actors"], list)
    assert client.get(f"/api/stories/{story}").json()["story_id"] == story
    assert client.get("/api/stories/999999").status_code == 404


def test_web_api_timeline_rows_carry_quad_class_precision_and_sources(client, story):
    rows = client.get("/api/timeline", params={"story": story}).json()
    assert len(rows) >= 20
    assert all(r["quad_class"] in {"verbal cooperation", "material cooperation", "verbal conflict",
                                   "material conflict"} for r in rows)
    assert {r["precision"] for r in rows} >= {"day"}
    assert all(r["sources"] and r["sources"][0]["sentences"] for r in rows)
    dates = [r["sort_date"] for r in rows if r["sort_date"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("params, check", [
    ({"actor": "Hamas"}, lambda r: "PSE.HAMAS" in (r["source"], r["target"])),
    ({"type": "ASSAULT"}, lambda r: r["type"] == "ASSAULT"),
    ({"date_from": "2024-01-01", "date_to": "2024-06-30"},
     lambda r: "2024-01-01" <= (r["date_end"] or r["sort_date"]) and r["sort_date"] <= "2024-06-30"),
    ({"modality": "planned"}, lambda r: any(s["modality"] == "planned" for src in r["sources"]
                                            for s in src["sentences"])),
])
def test_web_api_timeline_filters(client, params, check):
    rows = client.get("/api/timeline", params=params).json()
    assert rows and all(check(r) for r in rows)


def test_web_api_event_by_id_and_missing(client):
    first = client.get("/api/timeline", params={"limit": 1}).json()[0]
    assert client.get(f"/api/events/{first['event_id']}").json()["sources"] == first["sources"]
    assert client.get("/api/events/00000000").status_code == 404


def test_web_api_events_one_row_per_report_with_filters(client, story):
    rows = client.get("/api/events", params={"story": story, "type": "ASSAULT"}).json()
    assert rows and all(r["type"] == "ASSAULT" and r["evidence"] for r in rows)
    assert len(client.get("/api/events", params={"limit": 3}).json()) == 3


def test_web_api_network_nodes_and_typed_edges(client, story):
    body = client.get("/api/network", params={"story": story, "max_nodes": 50}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert "ISR" in ids and "PSE.HAMAS" in ids and len(ids) <= 50
    assert all(e["source"] in ids and e["target"] in ids and e["weight"] == sum(e["types"].values())
               for e in body["edges"])
    assert len(client.get("/api/network", params={"max_nodes": 2}).json()["nodes"]) == 2


def test_web_api_actors_ranked_and_searchable(client, story):
    rows = client.get("/api/actors", params={"story": story}).json()
    counts = [r["events"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    # the two sides of the Gaza sample story lead (which of them has more events follows the coder)
    assert {r["actor_id"] for r in rows[:2]} == {"ISR", "PSE.HAMAS"}
    assert [r["actor_id"] for r in client.get("/api/actors", params={"q": "hamas"}).json()] == ["PSE.HAMAS"]
    assert client.get("/api/actors", params={"q": "%"}).json() == []  # LIKE wildcards are literal


def test_web_api_quotes_grouped_by_speaker(client, story):
    feed = client.get("/api/quotes", params={"story": story}).json()
    assert feed and all(s["quotes"] and s["quotes"][0]["sources"] for s in feed)
    counts = [len(s["quotes"]) for s in feed]
    assert counts == sorted(counts, reverse=True)
    name = feed[0]["speaker_name"]
    assert all(s["speaker_name"] == name for s in client.get("/api/quotes", params={"speaker": name}).json())
    assert client.get("/api/quotes").json()


def test_web_api_figures_series_has_dates_and_sources(client, story):
    series = client.get("/api/figures", params={"story": story, "category": "killed"}).json()
    assert len(series) >= 3 and all(e["category"] == "killed" and e["sources"] for e in series)
    days = [e["as_of"] for e in series if e["as_of"]]
    assert days == sorted(days)


def test_web_api_figures_of_all_stories_are_each_storys_series(client):
    """Without a story, /api/figures answers in one query what each story's series says, tagged by story."""
    stories = [s["id"] for s in client.get("/api/stories").json()]
    whole = client.get("/api/figures").json()
    parts = [dict(e, story=sid) for sid in stories for e in client.get("/api/figures", params={"story": sid}).json()]
    key = lambda e: (e["story"], e["as_of"] or "", e["value"], e["category"], e["subject"] or "", len(e["sources"]))  # noqa: E731
    assert whole and sorted(map(key, whole)) == sorted(map(key, parts))
    days = [e["as_of"] for e in whole if e["as_of"]]
    assert days == sorted(days)


def test_web_api_documents_list_and_text_with_spans(client, story):
    listed = client.get("/api/documents", params={"story": story, "limit": 50}).json()
    # the largest story of the sample is the Gaza ceasefire talks thread (7 documents), no longer every Gaza article
    assert len(listed) >= 5 and "path" not in listed[0]
    doc = client.get(f"/api/documents/{listed[0]['doc_id']}").json()
    assert doc["text"] and doc["events"]
    for event in doc["events"]:
        assert event["sentence_start"] <= event["start"] < event["end"] <= event["sentence_end"] <= len(doc["text"])
    assert client.get("/api/documents/nothere").status_code == 404
    assert client.get("/api/documents/..%2F..%2Fetc").status_code in (404, 422)


def test_web_api_search_finds_documents_actors_events(client):
    found = client.get("/api/search", params={"q": "sandera"}).json()
    assert found["documents"] and found["events"]
    assert all("sandera" in d["snippet"].lower() for d in found["documents"])
    assert client.get("/api/search", params={"q": "Blinken"}).json()["actors"]
    assert client.get("/api/search").status_code == 422


def test_web_api_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/health", "/api/stories", "/api/stories/{story_id}", "/api/timeline", "/api/events",
            "/api/events/{event_id}", "/api/network", "/api/actors", "/api/quotes", "/api/figures",
            "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/vocabulary"} <= set(paths)
    assert "post" in paths["/api/documents"]


def test_web_api_page_and_static_files_are_local_with_csp(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text and "http" not in page.text.replace(
        'charset="utf-8"', "")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200 and client.get("/static/app.css").status_code == 200
    script = client.get("/static/app.js").text
    assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write", script)


def test_web_api_read_only_server_refuses_ingest(client):
    response = client.post("/api/documents", json={"documents": [{"text": "Teks."}]})
    assert response.status_code == 403


def test_web_api_no_cors_headers_by_default(client):
    response = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_web_api_ingest_needs_a_token():
    with pytest.raises(ValueError):
        create_app("unused.duckdb", allow_ingest=True)


@pytest.mark.parametrize("path", ["/api/timeline", "/api/events"])
def test_web_api_actor_filter_with_family_takes_the_state_bodies(client, path):
    plain = client.get(path, params={"actor": "Gedung Putih"}).json()
    family = client.get(path, params={"actor": "Gedung Putih", "family": 1}).json()
    members = {"USA", "USA.GOV", "USA.WH", "USA.CIA"}
    assert all(r["source"] in members or r["target"] in members for r in family)
    assert len(family) > len(plain)
    assert all(r in family for r in plain)
    assert any("USA" in (r["source"], r["target"]) for r in family)
    by_alias = client.get(path, params={"actor": "AS", "family": 1}).json()  # plus every name holding "as"
    assert all(r in by_alias for r in family)
    assert len(client.get(path, params={"actor": "AS", "family": 1, "limit": 2}).json()) == 2
    # an actor of no state family: the flag changes nothing
    assert (client.get(path, params={"actor": "Hamas", "family": 1}).json()
            == client.get(path, params={"actor": "Hamas"}).json())


def test_web_api_actor_search_for_a_state_alias_finds_its_family(client):
    found = {a["actor_id"] for a in client.get("/api/actors", params={"q": "AS"}).json()}
    assert {"USA", "USA.GOV", "USA.WH"} <= found  # "Gedung Putih" holds no "as", its family does
    found = {a["actor_id"] for a in client.get("/api/actors", params={"q": "Gedung Putih"}).json()}
    assert {"USA", "USA.WH"} <= found


def test_web_api_network_families_merge_state_bodies(client, story):
    nodes = client.get("/api/network", params={"story": story, "max_nodes": 500, "families": 1}).json()["nodes"]
    ids = {n["id"] for n in nodes}
    assert "ISR" in ids and not any(i.startswith("ISR.") for i in ids)
    israel = next(n for n in nodes if n["id"] == "ISR")
    assert israel["parts"][0] == "ISR" and len(israel["parts"]) > 1


def test_web_api_page_has_the_state_families_toggle(client):
    page = client.get("/").text
    for toggle in ('id="network-families"', 'id="f-family"'):
        assert toggle in page
    assert page.count('class="families-toggle"') == 2
    script = client.get("/static/app.js").text
    assert 'families: state.families ? 1 : null' in script  # the network view asks /api/network?families=1
    assert 'family: state.families && state.filters.actor ? 1 : null' in script  # the filter asks family=1
    # merged by default since issue 19; families=0 in the URL shows the parts apart
    assert 'params.set("families", "0")' in script and 'params.get("families") !== "0"' in script
    assert "Merge state families" in script and "Gabungkan keluarga negara" in script


def test_web_api_network_families_names_the_parts(client, story):
    plain = client.get("/api/network", params={"story": story, "max_nodes": 500}).json()["nodes"]
    assert all("part_names" not in n for n in plain)
    nodes = client.get("/api/network", params={"story": story, "max_nodes": 500, "families": 1}).json()["nodes"]
    israel = next(n for n in nodes if n["id"] == "ISR")
    assert len(israel["part_names"]) == len(israel["parts"]) > 1
    assert israel["part_names"][0] == israel["name"]
    assert not any(name.startswith("ISR") for name in israel["part_names"])  # names, not codes
    assert len(nodes) < len(plain)


def test_web_api_actors_carry_their_state_family(client):
    found = {a["actor_id"]: a for a in client.get("/api/actors", params={"q": "AS"}).json()}
    assert (found["USA.WH"]["family"], found["USA.WH"]["family_name"]) == ("USA", found["USA"]["name"])
    hamas = client.get("/api/actors", params={"q": "Hamas"}).json()
    assert hamas and all(a["family"] is None for a in hamas if a["actor_id"] == "PSE.HAMAS")


PLACE_KEYS = {"name", "country", "precision", "lat", "lon", "admin1"}


def test_web_api_timeline_events_and_event_carry_where_it_happened(client, story):
    """Issue 21 in the story views: a merged event's place (the view's choice among its reports), each report's own."""
    rows = client.get("/api/timeline", params={"story": story}).json()
    assert all("place" in r for r in rows)
    placed = [r for r in rows if r["place"]]
    assert placed and all(set(r["place"]) == PLACE_KEYS and r["place"]["name"] for r in placed)
    assert all(isinstance(r["place"]["lat"], float) and isinstance(r["place"]["lon"], float) for r in placed)
    one = client.get(f"/api/events/{placed[0]['event_id']}").json()
    assert one["place"] == placed[0]["place"]
    reports = client.get("/api/events", params={"story": story}).json()
    assert all("place" in r for r in reports)
    named = {r["place"]["name"] for r in reports if r["place"]}
    # every merged event's place is the place of at least one of its reports
    assert {r["place"]["name"] for r in placed} <= named
