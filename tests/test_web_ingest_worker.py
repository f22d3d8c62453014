"""POST /api/documents without a given analyzer: analysis in a spawned worker process, same records."""
from __future__ import annotations

from fastapi.testclient import TestClient

from linimasa.ingest.readers import ReadOptions, document_from_object
from linimasa.store.db import Store
from linimasa.web.app import create_app
from linimasa.web.ingest import AnalysisWorker

TOKEN = "rahasia-uji"
OBJECT = {"text": "Menteri Luar Negeri Mesir bertemu Perdana Menteri Qatar di Kairo pada Senin (4/3/2024). "
                  "Keduanya membahas gencatan senjata.", "published": "2024-03-05", "source": "ContohWarta.id"}


def test_web_ingest_worker_gives_the_analyzer_records_and_serves_posts(tmp_path, analyzer):
    db = tmp_path / "worker.duckdb"
    Store(db).close()
    app = create_app(db, allow_ingest=True, token=TOKEN, max_stale=0)
    worker = app.state.analyzer
    assert isinstance(worker, AnalysisWorker)
    try:
        doc = document_from_object(OBJECT, "api", ReadOptions(), line=0)
        remote = worker.analyze_many([doc])
        local = analyzer.analyze(doc)
        assert local.language == "id" and local.mentions and local.events  # the text was really analysed
        local.tokens = []  # the worker keeps tokens in its process: nothing stores them
        assert remote == [local]  # same Document, built in the other process
        client = TestClient(app)
        response = client.post("/api/documents", json={"documents": [OBJECT, {"text": "  "}]},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200, response.text
        assert [r["status"] for r in response.json()["results"]] == ["new", "error"]
        assert len(client.get("/api/documents").json()) == 1
    finally:
        worker.close()
        app.state.database.store.close()
