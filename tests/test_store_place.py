"""Event places in the store (issue 21): written with each document, migrated into old databases, and the
merged event's place chosen from its reports. The sentences are written for these tests."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import duckdb
import pytest

from linimasa.corpus.update import update_corpus
from linimasa.document import Actor, Document, Event, Place, Sentence
from linimasa.store import migrations
from linimasa.store.db import Store
from linimasa.store.places import merged_places

ACTORS = {
    "IDN.POLRI": Actor("IDN.POLRI", "Kepolisian Negara Republik Indonesia", "organization", "IDN", "COP"),
    "IDN.GOV": Actor("IDN.GOV", "Pemerintah Indonesia", "organization", "IDN", "GOV"),
}
DAY = date(2025, 3, 4)

# Places of invented events; coordinates are those of the real towns, rounded.
SUKAMAJU = Place("Sukamaju", "Sukamaju", "IDN", "city", "clause", 9000001, -6.9, 107.6, "Jawa Barat")
KAIRO = Place("Kairo", "Kairo", "EGY", "city", "clause", 360630, 30.06, 31.25, "Kairo")
KAIRO_DATELINE = replace(KAIRO, text="KAIRO", basis="dateline")
JAWA_BARAT = Place("Jawa Barat", "Jawa Barat", "IDN", "admin1", "clause", 1642672, -7.0, 107.5, "Jawa Barat")

# Three articles telling one arrest in other words around it; the event's own sentence is nearly the same.
ARTICLES = [
    "Polisi menangkap lima tersangka penyelundupan pupuk di gudang Sukamaju pada Selasa. "
    "Barang bukti berupa ratusan karung pupuk bersubsidi diangkut ke markas polres. "
    "Kepala desa berharap kelangkaan pupuk segera berakhir.",
    "Polisi menangkap lima tersangka penyelundupan pupuk bersubsidi di Sukamaju pada Selasa. "
    "Para tersangka diduga menjual pupuk ke luar provinsi dengan harga tinggi. "
    "Petani setempat mengeluhkan harga yang terus naik sejak awal musim tanam.",
    "Polisi menangkap lima tersangka penyelundupan pupuk di sebuah gudang pada Selasa. "
    "Penyidik masih menelusuri pemodal yang membiayai jaringan itu. "
    "Dinas pertanian menjanjikan tambahan kuota pupuk untuk kecamatan tersebut.",
]


def make_doc(text: str, outlet: str, places: list[Place | None]) -> Document:
    sentences = [Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^.]+\.", text))]
    doc = Document(text=text, title=None, published=DAY, source=outlet)
    doc.outlet, doc.language, doc.sentences = outlet, "id", sentences
    doc.actors = dict(ACTORS)
    doc.events = [Event("COERCE", 0, sentences[0].start, sentences[0].end, "menangkap", source="IDN.POLRI",
                        mode="arrest", date=DAY, date_precision="day", place=place) for place in places[:1]]
    return doc


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "p.duckdb") as opened:
        yield opened


def test_store_place_event_places_are_written_with_the_document(store):
    doc = make_doc(ARTICLES[0], "WartaContoh.id", [SUKAMAJU])
    doc.events.append(replace(doc.events[0], type="ASSAULT", place=None))
    store.write_documents([doc])
    rows = store.con.execute("SELECT * FROM event_places").fetchall()
    assert rows == [(doc.doc_id, 0, "Sukamaju", "Sukamaju", "IDN", "city", "clause", 9000001, -6.9, 107.6,
                     "Jawa Barat")]
    assert store.counts()["event_places"] == 1


def test_store_place_old_database_migrates(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    mine = {"0003_event_places", "0200_merged_event_places"}
    old = [(name, fn) for name, fn in migrations.MIGRATIONS if name not in mine]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", old)
        Store(path).close()
    con = duckdb.connect(str(path))
    assert not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_places'"
                           ).fetchone()[0]
    con.execute("INSERT INTO events (doc_id, idx, type) VALUES ('lama', 0, 'AID')")
    con.close()
    with Store(path) as store:
        applied = {r[0] for r in store.con.execute("SELECT name FROM _migrations").fetchall()}
        assert mine <= applied
        assert store.con.execute("SELECT type FROM events WHERE doc_id = 'lama'").fetchall() == [("AID",)]
        assert store.con.execute("SELECT count(*) FROM merged_event_places").fetchone()[0] == 0
        doc = make_doc(ARTICLES[0], "WartaContoh.id", [SUKAMAJU])
        store.write_documents([doc])
        update_corpus(store, [doc.doc_id])
        event_id = store.con.execute("SELECT event_id FROM merged_events").fetchone()[0]
        assert merged_places(store.con, [event_id])[event_id]["name"] == "Sukamaju"


def merged_place_of(store: Store, places: list[Place | None]) -> dict | None:
    outlets = ["WartaContoh.id", "KabarContoh.com", "SuaraContoh.net"]
    docs = [make_doc(text, outlet, [place]) for text, outlet, place in zip(ARTICLES, outlets, places)]
    store.write_documents(docs)
    update_corpus(store, [d.doc_id for d in docs])
    event_ids = [r[0] for r in store.con.execute("SELECT event_id FROM merged_events").fetchall()]
    assert len(event_ids) == 1, "the three reports must merge into one event"
    return merged_places(store.con, event_ids).get(event_ids[0])


@pytest.mark.parametrize("places, expected, shared", [
    # most reports name Sukamaju
    ([SUKAMAJU, SUKAMAJU, KAIRO], "Sukamaju", 2),
    # a report without a place does not count against the one that has one
    ([None, KAIRO, None], "Kairo", 1),
    # a place in the event's own clause beats two datelines (where the reporter was)
    ([KAIRO_DATELINE, SUKAMAJU, KAIRO_DATELINE], "Sukamaju", 1),
    # a tie goes to the finer place
    ([JAWA_BARAT, SUKAMAJU, None], "Sukamaju", 1),
])
def test_store_place_merged_event_takes_the_place_most_reports_share(store, places, expected, shared):
    place = merged_place_of(store, places)
    assert place["name"] == expected
    assert place["place_reports"] == shared
    assert place["placed_reports"] == sum(p is not None for p in places)


def test_store_place_merged_event_without_placed_reports_has_none(store):
    assert merged_place_of(store, [None, None, None]) is None


def test_store_place_old_database_read_only_has_no_places(tmp_path, monkeypatch):
    """`linimasa serve` and `export` open the database read-only, so an old one is not migrated: no places, no error."""
    from linimasa.export.geojson import geojson_document

    path = tmp_path / "old.duckdb"
    old = [(name, fn) for name, fn in migrations.MIGRATIONS if name not in {"0003_event_places", "0200_merged_event_places"}]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", old)
        Store(path).close()
    with Store(path, read_only=True) as store:
        assert merged_places(store.con, ["0123456789abcdef"]) == {}
        assert geojson_document(store.con)["features"] == []
