"""The DuckDB store: migrations, idempotent writes, filtered queries."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from linimasa.document import Actor, Document, Event, Figure, Quote, Sentence
from linimasa.errors import InputError
from linimasa.store.db import TABLES, Store
from linimasa.store.migrations import MIGRATIONS


def make_doc(text: str, day: date) -> Document:
    doc = Document(text=text, title="Judul", published=day, source="Contoh", path="x.txt")
    doc.sentences = [Sentence(0, 0, len(text), text)]
    doc.actors = {
        "USA": Actor("USA", "Amerika Serikat", "country", "USA", "GOV"),
        "EGY": Actor("EGY", "Mesir", "country", "EGY", "GOV"),
    }
    doc.events = [Event("CONSULT", 0, 0, len(text), "mengunjungi", source="USA", target="EGY", mode="visit",
                        date=day, date_precision="day")]
    doc.quotes = [Quote(0, 0, 10, "Kami siap", "direct", "USA", "juru bicara")]
    doc.figures = [Figure(0, 0, 5, "1.200 orang", 1200, None, "about", "killed", as_of=day)]
    return doc


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as opened:
        yield opened


def test_store_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "m.duckdb"
    Store(path).close()
    Store(path).close()
    con = duckdb.connect(str(path))
    names = [row[0] for row in con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()]
    assert names == sorted(name for name, _ in MIGRATIONS)


def test_store_writing_the_same_document_twice_stores_it_once(store):
    doc = make_doc("Blinken mengunjungi Mesir pada Selasa.", date(2024, 2, 6))
    first = store.write_documents([doc])
    before = store.counts()
    again = store.write_documents([make_doc("Blinken  mengunjungi Mesir pada Selasa. ", date(2024, 2, 6))])
    assert (first.new, first.unchanged) == (1, 0)
    assert (again.new, again.unchanged) == (0, 1)
    assert store.counts() == before
    assert set(before) == set(TABLES)


def test_store_events_filter_by_actor_type_and_date(store):
    store.write_documents([make_doc("Blinken mengunjungi Mesir pada Selasa.", date(2024, 2, 6)),
                           make_doc("Burns mengunjungi Mesir pada Rabu.", date(2024, 6, 5))])
    assert len(store.events()) == 2
    assert len(store.events(actor="Mesir")) == 2
    assert len(store.events(actor="EGY", date_from=date(2024, 3, 1))) == 1
    assert store.events(type="assault") == []
    dates = [row["date"] for row in store.events()]
    assert dates == sorted(dates)


def test_store_quotes_and_figures_queries(store):
    store.write_documents([make_doc("Blinken mengunjungi Mesir pada Selasa.", date(2024, 2, 6))])
    [quote] = store.quotes(actor="USA")
    [figure] = store.figures(category="killed")
    assert quote["text"] == "Kami siap" and figure["value"] == 1200


def test_store_records_errors_once_per_input(store):
    error = InputError("E202", path="kosong.txt")
    store.record_error(error)
    store.record_error(error)
    assert [(e["path"], e["code"]) for e in store.errors()] == [("kosong.txt", "E202")]


def test_store_a_failed_batch_rolls_back_whole(store, monkeypatch):
    good = make_doc("Hamas menolak usulan itu.", date(2024, 5, 1))
    broken = make_doc("Israel menyerang Rafah.", date(2024, 5, 2))
    broken.sentences = [Sentence(0, 0, 5, "Isra"), Sentence(0, 5, 9, "el m")]  # duplicate key
    with pytest.raises(duckdb.Error):
        store.write_documents([good, broken])
    assert store.counts()["documents"] == 0


def test_store_forget_errors_drops_exactly_the_named_inputs(store):
    for path, line in [("a.jsonl", 3), ("a.jsonl", 4), ("b.txt", None)]:
        error = InputError("E202", path=path)
        error.line = line
        store.record_error(error)
    store.forget_errors([("a.jsonl", 4), ("b.txt", None), ("c.txt", 1)])
    assert [(e["path"], e["line"]) for e in store.errors()] == [("a.jsonl", 3)]
    store.forget_errors([])
    assert len(store.errors()) == 1


@pytest.mark.parametrize("first, second", [
    ("Polisi menahan dua tersangka.", "Polisi menahan tiga tersangka."),
    ("KPK memeriksa saksi di Jakarta.", "KPK  memeriksa saksi di Jakarta."),
])
def test_document_id_follows_the_text_it_was_computed_from(first, second):
    doc = Document(first)
    before = doc.doc_id
    assert doc.doc_id == before == Document(first).doc_id
    doc.text = second
    assert doc.doc_id == Document(second).doc_id
    # ids ignore extra whitespace, so the second pair keeps its id
    assert (doc.doc_id == before) == (" ".join(first.split()) == " ".join(second.split()))
