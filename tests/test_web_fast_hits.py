"""web/cache.py FreshHits: a cached answer of the current data version is sent before the app's middleware.

Such a hit must be what the app would answer (the same bytes, the security
headers), the same for any order of the query parameters, never answer a
write, and leave requests with an Origin header to CORS, which now also adds
its headers to cached answers. The texts are invented.
"""
from __future__ import annotations

from fastapi.testclient import TestClient

from linimasa.store.db import Store
from linimasa.web.app import SECURITY_HEADERS, create_app

TOKEN = "uji-cepat"
DOC = {"text": "Wali Kota Tirta Asri meresmikan terminal bus baru di Kecamatan Karang Jaya pada Senin (3/3/2025).",
       "published": "2025-03-04", "source": "Warta Uji"}
ORIGIN = "https://peta.contoh.invalid"


def _client(tmp_path, analyzer, **kwargs) -> TestClient:
    db = tmp_path / "hits.duckdb"
    Store(db).close()
    client = TestClient(create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer, max_stale=0, **kwargs))
    response = client.post("/api/documents", json={"documents": [DOC]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["new"] == 1
    return client


def test_a_fresh_hit_is_the_apps_answer_with_its_headers(tmp_path, analyzer):
    client = _client(tmp_path, analyzer)
    for path in ("/api/events?limit=50&type=CONSULT", "/api/timeline", "/api/documents", "/api/stories"):
        miss = client.get(path)
        hit = client.get(path)
        assert (miss.headers["X-Cache"], hit.headers["X-Cache"]) == ("miss", "hit"), path
        assert hit.content == miss.content and hit.status_code == 200
        assert hit.headers["content-type"] == miss.headers["content-type"]
        assert int(hit.headers["content-length"]) == len(hit.content)
        for name, value in SECURITY_HEADERS.items():
            assert hit.headers[name] == value, (path, name)


def test_the_order_of_query_parameters_does_not_matter(tmp_path, analyzer):
    client = _client(tmp_path, analyzer)
    first = client.get("/api/events?type=CONSULT&limit=5")
    again = client.get("/api/events?limit=5&type=CONSULT")
    assert (first.headers["X-Cache"], again.headers["X-Cache"]) == ("miss", "hit")
    assert first.content == again.content


def test_writes_and_health_are_never_answered_from_the_cache(tmp_path, analyzer):
    client = _client(tmp_path, analyzer)
    client.get("/api/health")
    assert client.get("/api/health").headers.get("X-Cache") is None
    refused = client.post("/api/documents", json={"documents": [DOC]})  # no token: the app answers
    assert refused.status_code == 401


def test_cached_answers_keep_the_cors_headers(tmp_path, analyzer):
    client = _client(tmp_path, analyzer, cors_origins=(ORIGIN,))
    first = client.get("/api/events", headers={"Origin": ORIGIN})
    again = client.get("/api/events", headers={"Origin": ORIGIN})
    assert again.headers["X-Cache"] == "hit" and again.content == first.content
    assert again.headers["access-control-allow-origin"] == ORIGIN  # missing from hits before
    plain = client.get("/api/events")  # no Origin: the fast path, no CORS header
    assert plain.headers["X-Cache"] == "hit" and "access-control-allow-origin" not in plain.headers
