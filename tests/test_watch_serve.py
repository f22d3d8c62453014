"""Issue 10: a running `linimasa serve --watch` shows new articles without a restart.

The server and its watcher share one process (DuckDB allows one writing process),
so the watcher's commits are what the app's next request reads.
"""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

from linimasa.ingest.watch import start_background_watch
from linimasa.store.db import Store
from linimasa.web.app import create_app

from .fixtures.feeds.server import FixtureSite, guard_loopback, write_sources


def _documents(client: TestClient) -> int:
    response = client.get("/api/health")
    assert response.status_code == 200
    return response.json()["documents"]


def test_watch_serve_shows_new_articles_without_a_restart(tmp_path, analyzer):
    db = tmp_path / "live.duckdb"
    Store(db).close()  # an empty database, as on a first start
    with FixtureSite(slow_seconds=2.5) as site, guard_loopback():
        sources = write_sources(tmp_path / "sources.toml", site.base, timeout=1.0)
        client = TestClient(create_app(db, writable=True, analyzer=analyzer))
        assert _documents(client) == 0
        watch = start_background_watch(db, sources)
        try:
            deadline = time.monotonic() + 120
            while _documents(client) < 5 and time.monotonic() < deadline:
                time.sleep(0.5)
            assert _documents(client) >= 5, "the app never saw what its watcher stored"
            assert watch.thread.is_alive()
        finally:
            watch.stop()
        assert not watch.thread.is_alive()
