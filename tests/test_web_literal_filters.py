"""Small promises of the web API (issue 20): literal filters, the Bearer scheme, 413 for chunked bodies.

- `actor=%` matched every event: the store's LIKE patterns took the user's % and _ as wildcards,
  while docs/reliability.md says they are literal.
- The scheme of `Authorization: Bearer <token>` is compared case-insensitively, as RFC 7235 (2.1)
  and RFC 6750 want for auth-schemes; the docs said "Bearer" only, and now say so.
- A chunked body over the limit got 400 (FastAPI's "error parsing the body"), not 413.
"""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from linimasa.store import corpus as tables
from linimasa.store.db import Store
from linimasa.web.app import create_app

from .web_sample import sample_db

TOKEN = "uji-literal"


@pytest.fixture(scope="module")
def db(tmp_path_factory, analyzer):
    return sample_db(tmp_path_factory, analyzer, "literal.duckdb")


@pytest.fixture(scope="module")
def client(db, analyzer):
    app = create_app(db, allow_ingest=True, token=TOKEN, max_body_bytes=4_000, analyzer=analyzer)
    with TestClient(app) as c:
        yield c
    app.state.database.store.close()


@pytest.mark.parametrize("endpoint, param", [("/api/timeline", "actor"), ("/api/events", "actor"),
                                             ("/api/quotes", "speaker")])
@pytest.mark.parametrize("actor", ["%", "_", "%%", "\\", "_%_"])
def test_wildcards_in_actor_filters_are_literal(client, endpoint, param, actor):
    assert client.get(endpoint).json(), f"{endpoint} is empty: the test proves nothing"
    response = client.get(endpoint, params={param: actor})
    assert response.status_code == 200 and response.json() == []


def test_a_name_with_an_underscore_for_a_letter_matches_nothing(client):
    store: Store = client.app.state.database.store
    [name] = store.con.execute(
        "SELECT a.name FROM merged_events me JOIN actors a ON a.actor_id = me.source"
        " WHERE length(a.name) > 4 ORDER BY a.name LIMIT 1").fetchone()
    assert store.events(actor=name)
    assert store.events(actor=name[:2] + "_" + name[3:]) == []
    assert tables.merged_events(store.con, actor=name) and tables.merged_events(store.con, actor="%") == []
    assert client.get("/api/timeline", params={"actor": name}).json()
    assert client.get("/api/timeline", params={"actor": name[:2] + "_" + name[3:]}).json() == []


@pytest.mark.parametrize("scheme, status", [("Bearer", 200), ("bearer", 200), ("BEARER", 200), ("Basic", 401)])
def test_the_bearer_scheme_is_case_insensitive(client, scheme, status):
    body = {"documents": [{"text": "   "}]}  # one error entry, nothing stored
    response = client.post("/api/documents", json=body, headers={"Authorization": f"{scheme} {TOKEN}"})
    assert response.status_code == status, response.text


def _chunks(data: bytes, size: int = 512):
    for start in range(0, len(data), size):
        yield data[start:start + size]


@pytest.mark.parametrize("size, status", [(200, 200), (20_000, 413)])
def test_chunked_bodies_are_limited_with_413(client, size, status):
    body = json.dumps({"documents": [{"text": " " * size}]}).encode()  # blank: an error entry, nothing stored
    response = client.post("/api/documents", content=_chunks(body),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == status, response.text
    assert client.get("/api/health").status_code == 200  # the server goes on
