"""The read cache: a repeated GET is served from memory until a write changes the data."""
from __future__ import annotations

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
    client = TestClient(create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer))
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
