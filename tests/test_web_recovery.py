"""A writable server finishes pending corpus work at start-up and after a failed POST (issue 20).

kill -9 of `serve --allow-ingest` during a POST left stored documents outside
`corpus_documents`; restarts and later POSTs never finished them, only a CLI
`ingest` did. The state such a kill leaves (documents written, corpus update
not) is made here directly; the texts are invented.
"""
from __future__ import annotations

from fastapi.testclient import TestClient

import linimasa.web.ingest as web_ingest
from linimasa.ingest.readers import ReadOptions, document_from_object
from linimasa.store.db import Store
from linimasa.web.app import create_app

TOKEN = "uji-pulih"
TEXTS = [
    "Bupati Rantau Sejahtera meresmikan pasar baru di Kecamatan Lembah Hijau pada Senin.",
    "Ratusan nelayan Teluk Damai berunjuk rasa di depan kantor bupati pada Selasa.",
    "Polisi Kota Bukit Angin menangkap dua pencuri sepeda motor pada Kamis malam.",
]


def _missing(store: Store) -> int:
    return store.con.execute(
        "SELECT count(*) FROM documents d ANTI JOIN corpus_documents c USING (doc_id)").fetchone()[0]


def _stored_without_corpus(path, analyzer, texts):
    with Store(path) as store:
        docs = [analyzer.analyze(document_from_object({"text": t}, "api", ReadOptions(), line=i))
                for i, t in enumerate(texts)]
        store.write_documents(docs)  # ... and killed before update_corpus
        assert _missing(store) == len(texts)


def test_a_writable_server_finishes_the_corpus_update_at_start(tmp_path, analyzer):
    db = tmp_path / "killed.duckdb"
    _stored_without_corpus(db, analyzer, TEXTS)
    app = create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer)
    with TestClient(app):
        store = app.state.database.store
        assert _missing(store) == 0
        assert store.con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0] == len(TEXTS)
    store.close()


def test_a_failed_post_finishes_the_corpus_update_of_what_it_stored(tmp_path, analyzer, monkeypatch):
    db = tmp_path / "post.duckdb"
    Store(db).close()
    app = create_app(db, allow_ingest=True, token=TOKEN, analyzer=analyzer)

    def stored_then_died(store, docs, **kwargs):  # the documents are written, then the process part fails
        store.write_documents(docs)
        raise BrokenPipeError("the analysis process died")

    monkeypatch.setattr(web_ingest, "store_batch", stored_then_died)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/documents", json={"documents": [{"text": t} for t in TEXTS]},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 500
        store = app.state.database.store
        assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(TEXTS)
        assert _missing(store) == 0
    store.close()


def test_a_read_only_server_writes_nothing(tmp_path, analyzer):
    db = tmp_path / "ro.duckdb"
    _stored_without_corpus(db, analyzer, TEXTS[:1])
    app = create_app(db)
    with TestClient(app):
        assert _missing(app.state.database.store) == 1  # left for a writable server or `ingest`
    app.state.database.store.close()
