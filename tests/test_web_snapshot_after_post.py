"""A POST ends by counting the data version and building the timeline snapshot of what it stored (issue 20).

So the readers that follow neither count nor build (before, every read arriving before the first count came back counted too).
"""
from __future__ import annotations

from fastapi.testclient import TestClient

import linimasa.web.snapshot as snapshot_module
from linimasa.store.db import Store
from linimasa.web.app import create_app
from linimasa.web.cache import data_version

TOKEN = "uji-bentuk"
DOCS = [{"text": "Pemerintah Indonesia mengecam serangan terhadap warga sipil di Lembah Padi pada Rabu (5/3/2025).",
         "published": "2025-03-06", "source": "Warta Uji"},
        {"text": "Ratusan petani Lembah Padi berunjuk rasa di depan kantor gubernur pada Kamis (6/3/2025).",
         "published": "2025-03-07", "source": "Warta Uji"}]


def test_after_a_post_the_snapshot_is_current_and_no_reader_builds_one(tmp_path, analyzer, monkeypatch):
    db = tmp_path / "shaped.duckdb"
    Store(db).close()
    app = create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer, max_stale=0)
    builds = []
    real_build = snapshot_module.build
    monkeypatch.setattr(snapshot_module, "build", lambda *a, **k: builds.append(1) or real_build(*a, **k))
    with TestClient(app) as client:
        for doc in DOCS:
            before = len(builds)
            response = client.post("/api/documents", json={"documents": [doc]},
                                   headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 200 and response.json()["new"] == 1
            assert len(builds) == before + 1  # built by the POST
            latest = app.state.snapshots.latest()
            assert latest.version == data_version(app.state.database.store.con)
            assert app.state.versions.peek() == latest.version  # counted by the POST: no read has to
            timeline = client.get("/api/timeline").json()
            events = client.get("/api/events").json()
            assert len(builds) == before + 1  # the reads answered from it; max_stale=0, so it is current
            assert len(events) == len(latest.reports) > before  # each document has an event
            assert len(timeline) == len(latest.merged)
        again = client.post("/api/documents", json={"documents": DOCS}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.json()["unchanged"] == 2 and len(builds) == 2  # nothing new: nothing to rebuild
