"""The API's analysis process embeds the corpus leads; the corpus update in the server then embeds nothing (issue 20).

`corpus_lead` must be exactly the text corpus/update.py embeds for a stored
document, and the vectors the worker sends must be the ones the server would
have computed, or story assignment would differ between a POST and `ingest`.
The texts are invented.
"""
from __future__ import annotations

import numpy as np

from linimasa.corpus.encoder import default_encoder
from linimasa.corpus.update import update_corpus
from linimasa.ingest.readers import ReadOptions, document_from_object
from linimasa.store.db import Store
from linimasa.web.ingest import AnalysisWorker, PrecomputedEncoder, corpus_lead

OBJECTS = [
    {"title": "Warga Sungai Elok Tolak Tambang Pasir",
     "text": "Ratusan warga Sungai Elok berunjuk rasa di depan kantor bupati pada Senin (3/3/2025). "
             "Mereka menolak izin tambang pasir di tepi sungai.\n\nBupati Darmawan Sutejo berjanji meninjau izin itu.",
     "published": "2025-03-04", "source": "Warta Uji"},
    {"text": "Pemerintah Indonesia mengecam serangan terhadap warga sipil di Lembah Padi pada Rabu (5/3/2025).",
     "published": "2025-03-06"},
]


class Recording:
    """An encoder that records the texts it is asked to embed."""

    def __init__(self):
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += texts
        return default_encoder().embed(texts)


def _analysed(analyzer):
    return [analyzer.analyze(document_from_object(o, "api", ReadOptions(), line=i)) for i, o in enumerate(OBJECTS)]


def test_corpus_lead_is_what_the_corpus_update_embeds(tmp_path, analyzer):
    docs = _analysed(analyzer)
    with Store(tmp_path / "lead.duckdb") as store:
        store.write_documents(docs)
        recording = Recording()
        update_corpus(store, [d.doc_id for d in docs], encoder=recording)
    assert sorted(recording.texts) == sorted(corpus_lead(d) for d in docs)


def test_precomputed_vectors_leave_nothing_to_embed_and_give_the_same_tables(tmp_path, analyzer):
    docs = _analysed(analyzer)
    leads = [corpus_lead(d) for d in docs]
    encoder = PrecomputedEncoder(dict(zip(leads, default_encoder().embed(leads))))
    tables = []
    for name, used in (("given", encoder), ("server", None)):
        with Store(tmp_path / f"{name}.duckdb") as store:
            store.write_documents(docs)
            update_corpus(store, [d.doc_id for d in docs], encoder=used)
            tables.append([store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                           for t in ("corpus_embeddings", "corpus_documents", "stories", "merged_events")])
    assert encoder.computed == 0
    assert tables[0] == tables[1]


def test_the_worker_sends_the_vectors_the_server_would_compute(analyzer):
    docs = [document_from_object(o, "api", ReadOptions(), line=i) for i, o in enumerate(OBJECTS)]
    worker = AnalysisWorker()
    try:
        analysed, vectors = worker.analyze_and_embed(docs)
    finally:
        worker.close()
    leads = [corpus_lead(d) for d in analysed]
    assert sorted(vectors) == sorted(leads)
    assert np.array_equal(np.vstack([vectors[t] for t in leads]), default_encoder().embed(leads))  # bitwise
