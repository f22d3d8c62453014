"""update_corpus keeps its corpus state between calls: the result must equal reloading it every call.

The state (duplicate index, stories, merged events) lives on the Store after a
successful write and is checked against a fingerprint of the tables; these
tests pin that keeping it changes no row, that a failed write drops it, and
that a change made behind its back is noticed.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.corpus import update as corpus_update
from linimasa.corpus.update import update_corpus
from linimasa.store import corpus as tables
from linimasa.store.db import Store

from tests.test_corpus_update import DPR, GAZA_A, GAZA_B, KPK, attack, make_doc, talks


def documents():
    """Eight documents: four originals, two copies of one, a copy of another, and an earlier copy."""
    gaza_a = make_doc(GAZA_A, date(2024, 8, 19), "ContohWarta.id", ["PSE.HAMAS", "ISR", "QAT.GOV"],
                      [talks(1, date(2024, 8, 19)), attack(3, date(2024, 8, 19))], "Perundingan Doha berlanjut")
    return [
        gaza_a,
        make_doc(KPK, date(2024, 8, 20), "ContohWarta.id", ["IDN.KPK"], []),
        make_doc(GAZA_B, date(2024, 8, 21), "SuaraContoh.com", ["PSE.HAMAS", "ISR", "QAT.GOV"],
                 [talks(2, date(2024, 8, 19))]),
        make_doc("KabarContoh.id - " + GAZA_A + " Kedua delegasi menginap di Doha.", date(2024, 8, 20),
                 "KabarContoh.id", ["PSE.HAMAS", "ISR", "QAT.GOV"], [talks(1, date(2024, 8, 19))]),
        make_doc(DPR, date(2024, 8, 22), "KabarContoh.id", ["IDN.DPR"], []),
        make_doc(GAZA_A + " Pembicaraan berlangsung hingga larut malam.", date(2024, 8, 21), "WartaLain.id",
                 ["PSE.HAMAS", "ISR", "QAT.GOV"], [talks(1, date(2024, 8, 19))]),
        make_doc("Kabar pagi. " + KPK, date(2024, 8, 23), "WartaLain.id", ["IDN.KPK"], []),
        make_doc("Kilas berita. " + DPR, date(2024, 8, 21), "SuaraContoh.com", ["IDN.DPR"], []),
    ]


def build(path, batches: list[list], *, keep_state: bool, monkeypatch) -> dict:
    with monkeypatch.context() as patch:
        if not keep_state:
            patch.setattr(corpus_update._State, "take", classmethod(lambda cls, store: cls.load(store)))
        with Store(path) as store:
            for batch in batches:
                store.write_documents(batch)
                update_corpus(store, [d.doc_id for d in batch])
            return tables.snapshot(store.con, tables.CORPUS_TABLES)


@pytest.mark.parametrize("sizes", [(1,) * 8, (2, 3, 3), (4, 4), (8,)])
def test_kept_state_gives_the_rows_of_a_reload_every_call(tmp_path, monkeypatch, sizes):
    docs = documents()
    batches, start = [], 0
    for size in sizes:
        batches.append(docs[start:start + size])
        start += size
    kept = build(tmp_path / "kept.duckdb", batches, keep_state=True, monkeypatch=monkeypatch)
    reloaded = build(tmp_path / "reloaded.duckdb", batches, keep_state=False, monkeypatch=monkeypatch)
    assert kept == reloaded
    assert len(kept["corpus_documents"]) == 8


def test_a_failed_write_drops_the_kept_state(tmp_path, monkeypatch):
    docs = documents()
    with Store(tmp_path / "c.duckdb") as store:
        store.write_documents(docs[:4])
        update_corpus(store, [d.doc_id for d in docs[:4]])
        assert store._corpus_state is not None
        store.write_documents(docs[4:])
        with monkeypatch.context() as patch:
            def broken(*args, **kwargs):
                raise RuntimeError("disk full")
            patch.setattr(corpus_update, "_write", broken)
            with pytest.raises(RuntimeError):
                update_corpus(store, [d.doc_id for d in docs[4:]])
        assert store._corpus_state is None  # the half-updated state is not reused
        update_corpus(store, [d.doc_id for d in docs[4:]])
        after = tables.snapshot(store.con, tables.CORPUS_TABLES)
    expected = build(tmp_path / "whole.duckdb", [docs[:4], docs[4:]], keep_state=False, monkeypatch=monkeypatch)
    assert after == expected


def test_a_change_behind_the_state_is_noticed(tmp_path, monkeypatch):
    """Another connection removes the last batch's corpus rows; the next call must not trust its memory."""
    docs = documents()
    with Store(tmp_path / "c.duckdb") as store:
        store.write_documents(docs)
        update_corpus(store, [d.doc_id for d in docs[:5]])
        kept = store._corpus_state
        update_corpus(store, [d.doc_id for d in docs[5:]])
        redo = [d.doc_id for d in docs[5:]]
        for table in ("corpus_documents", "corpus_signatures"):
            store.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [redo])
        store.con.execute("DELETE FROM merged_event_members WHERE doc_id IN (SELECT unnest(?))", [redo])
        assert kept is not None
        loads = []
        real_load = corpus_update._State.load.__func__
        monkeypatch.setattr(corpus_update._State, "load",
                            classmethod(lambda cls, s: loads.append(1) or real_load(cls, s)))
        update_corpus(store, redo)
        assert loads == [1]
        assert {r[0] for r in store.con.execute("SELECT doc_id FROM corpus_documents").fetchall()} == {
            d.doc_id for d in docs}


def test_warm_loads_the_state_once_so_the_next_update_reuses_it(tmp_path, monkeypatch):
    docs = documents()
    with Store(tmp_path / "c.duckdb") as store:
        store.write_documents(docs[:4])
        update_corpus(store, [d.doc_id for d in docs[:4]])
    with Store(tmp_path / "c.duckdb") as store:  # a new process: nothing kept yet
        assert getattr(store, "_corpus_state", None) is None
        seconds = corpus_update.warm(store, encoder=False)
        assert seconds >= 0 and store._corpus_state is not None
        loads = []
        real_load = corpus_update._State.load.__func__
        monkeypatch.setattr(corpus_update._State, "load",
                            classmethod(lambda cls, s: loads.append(1) or real_load(cls, s)))
        store.write_documents(docs[4:])
        update_corpus(store, [d.doc_id for d in docs[4:]])
        assert loads == []
        assert store.con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0] == 8
