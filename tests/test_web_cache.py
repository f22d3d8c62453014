"""The read cache: a repeated GET is served from memory; after a write, stale for at most `max_stale` seconds."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

from linimasa.store.db import Store
from linimasa.web.app import create_app

TOKEN = "rahasia-uji"
DOC_A = {"text": "Menteri Luar Negeri Mesir bertemu Perdana Menteri Qatar di Kairo pada Senin (4/3/2024).",
         "published": "2024-03-05", "source": "ContohWarta.id"}
DOC_B = {"text": "Presiden Prabowo Subianto bertemu Perdana Menteri Australia di Jakarta pada Selasa (12/11/2024).",
         "published": "2024-11-13", "source": "KabarContoh.id"}


def _post(client, doc):
    response = client.post("/api/documents", json={"documents": [doc]},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["new"] == 1


def test_web_cache_serves_repeats_and_forgets_them_after_a_write(tmp_path, analyzer):
    db = tmp_path / "cache.duckdb"
    Store(db).close()
    client = TestClient(create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer, max_stale=0))
    _post(client, DOC_A)
    first = client.get("/api/events")
    again = client.get("/api/events")
    assert first.headers["X-Cache"] == "miss" and again.headers["X-Cache"] == "hit"
    assert first.content == again.content
    assert again.headers["Content-Security-Policy"]  # hits keep the security headers
    _post(client, DOC_B)
    after = client.get("/api/events")
    assert after.headers["X-Cache"] == "miss"
    assert len(after.json()) > len(first.json()) or after.content != first.content


def test_web_cache_keeps_answers_to_different_queries_apart(tmp_path, analyzer):
    db = tmp_path / "cache2.duckdb"
    Store(db).close()
    client = TestClient(create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer))
    _post(client, DOC_A)
    cairo = client.get("/api/search", params={"q": "Kairo"})
    jakarta = client.get("/api/search", params={"q": "Jakarta"})
    assert (cairo.headers["X-Cache"], jakarta.headers["X-Cache"]) == ("miss", "miss")
    assert cairo.content != jakarta.content
    assert client.get("/api/health").headers.get("X-Cache") is None  # health is always live


def test_web_cache_serves_the_stale_answer_while_one_refresh_recomputes_it(tmp_path, analyzer):
    db = tmp_path / "cache3.duckdb"
    Store(db).close()
    app = create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer, max_stale=60)
    with TestClient(app) as client:  # one event loop for the whole test: the refresh runs in it
        _post(client, DOC_A)
        first = client.get("/api/events")
        _post(client, DOC_B)
        stale = client.get("/api/events")
        assert stale.headers["X-Cache"] == "stale" and stale.content == first.content
        deadline = time.monotonic() + 10
        # The refresh stores the new answer before it counts itself done, so a read can see the hit
        # a moment before `done` moves: wait for both (a race in the test, not in the cache).
        while (((now := client.get("/api/events")).headers["X-Cache"] != "hit" or app.state.refresher.done < 1)
               and time.monotonic() < deadline):
            time.sleep(0.05)
        assert now.headers["X-Cache"] == "hit" and len(now.json()) > len(first.json())
        assert app.state.refresher.done >= 1


def test_web_cache_shows_a_write_to_every_read_after_max_stale_seconds(tmp_path, analyzer):
    db = tmp_path / "cache4.duckdb"
    Store(db).close()
    client = TestClient(create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer, max_stale=0.5))
    _post(client, DOC_A)
    paths = ["/api/events", "/api/timeline", "/api/documents", "/api/stories"]
    before = {p: client.get(p).content for p in paths}
    _post(client, DOC_B)
    time.sleep(0.5)  # the bound: no refresh has run (no event loop outlives a request here), yet
    for path in paths:
        after = client.get(path)
        assert after.headers["X-Cache"] == "miss" and after.content != before[path], path
    assert len(client.get("/api/documents").json()) == 2
