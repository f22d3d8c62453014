"""update_corpus on hand-built documents: copies, stories, merged events, and no change on a second call."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from linimasa.corpus.update import update_corpus
from linimasa.document import Actor, Document, Event, Sentence
from linimasa.store import corpus as tables
from linimasa.store.db import Store

ACTORS = {
    "PSE.HAMAS": Actor("PSE.HAMAS", "Hamas", "group", "PSE", "REB"),
    "ISR": Actor("ISR", "Israel", "country", "ISR", None),
    "QAT.GOV": Actor("QAT.GOV", "Pemerintah Qatar", "organization", "QAT", "GOV"),
    "IDN.KPK": Actor("IDN.KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "IDN.DPR": Actor("IDN.DPR", "Dewan Perwakilan Rakyat", "organization", "IDN", "LEG"),
}

GAZA_A = ("Perundingan gencatan senjata Gaza kembali digelar di Doha pada Senin dengan mediasi Qatar. "
          "Delegasi Hamas dan Israel membahas pertukaran sandera dengan tahanan Palestina. "
          "Qatar menyebut kedua pihak mulai mendekati kesepakatan tahap pertama. "
          "Serangan udara Israel di Gaza tetap berlangsung selama perundingan berjalan.")
GAZA_B = ("Delegasi Hamas dan Israel berunding di Doha pada Senin tentang pertukaran sandera dan tahanan Palestina. "
          "Mediator Qatar mengatakan Hamas menerima sebagian besar usulan gencatan senjata di Gaza. "
          "Israel masih menolak penarikan pasukan dari koridor perbatasan selatan. "
          "Perundingan tentang pembebasan sandera akan dilanjutkan di Doha pekan depan. "
          "Warga Gaza berharap jeda pertempuran segera berlaku sebelum musim dingin.")
KPK = ("Komisi Pemberantasan Korupsi menahan seorang bupati yang diduga menerima suap proyek jalan. "
       "Penyidik KPK menyita uang tunai dan dokumen lelang dari rumah dinas tersangka. "
       "Tersangka dijerat pasal penerimaan gratifikasi dan terancam hukuman penjara. "
       "KPK masih memeriksa para kontraktor yang memenangi lelang proyek tersebut.")
DPR = ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR menolak revisi undang-undang penyiaran. "
       "Mereka menilai rancangan itu membatasi kebebasan pers dan jurnalisme investigasi. "
       "Pimpinan DPR menunda rapat paripurna yang sedianya mengesahkan rancangan undang-undang itu. "
       "Polisi berjaga di sekitar gedung parlemen hingga malam hari.")


def make_doc(text: str, published: date, outlet: str, actors: list[str], events: list[Event],
             title: str | None = None) -> Document:
    sentences = [Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^.]+\.", text))]
    doc = Document(text=text, title=title, published=published, source=outlet)
    doc.outlet, doc.language, doc.sentences = outlet, "id", sentences
    doc.actors = {a: ACTORS[a] for a in actors}
    doc.events = [replace(e, start=sentences[e.sentence].start, end=sentences[e.sentence].end) for e in events]
    return doc


def attack(sentence: int, day: date) -> Event:
    return Event("ASSAULT", sentence, 0, 0, "serangan", source="ISR", target="PSE.HAMAS", date=day,
                 date_precision="day")


def talks(sentence: int, day: date) -> Event:
    return Event("CONSULT", sentence, 0, 0, "perundingan", source="PSE.HAMAS", target="ISR", date=day,
                 date_precision="day")


def docs() -> dict[str, Document]:
    return {
        "gaza_a": make_doc(GAZA_A, date(2024, 8, 19), "ContohWarta.id", ["PSE.HAMAS", "ISR", "QAT.GOV"],
                           [talks(1, date(2024, 8, 19)), attack(3, date(2024, 8, 19))], "Perundingan Doha berlanjut"),
        "kpk": make_doc(KPK, date(2024, 8, 20), "ContohWarta.id", ["IDN.KPK"], []),
        "gaza_b": make_doc(GAZA_B, date(2024, 8, 21), "SuaraContoh.com", ["PSE.HAMAS", "ISR", "QAT.GOV"],
                           [talks(0, date(2024, 8, 19))]),
        "dpr": make_doc(DPR, date(2024, 8, 22), "KabarContoh.id", ["IDN.DPR"], []),
    }


def store_and_update(store: Store, documents: list[Document]):
    store.write_documents(documents)
    return update_corpus(store, [d.doc_id for d in documents])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("corpus") / "c.duckdb")
    found = docs()
    store_and_update(store, list(found.values()))
    yield store, found
    store.close()


def story_of(store: Store, doc: Document) -> int:
    return store.con.execute("SELECT story_id FROM corpus_documents WHERE doc_id = ?", [doc.doc_id]).fetchone()[0]


def test_corpus_update_gaza_kpk_and_dpr_are_different_stories(corpus):
    store, found = corpus
    stories = {name: story_of(store, doc) for name, doc in found.items()}
    assert stories["gaza_a"] == stories["gaza_b"]
    assert len({stories["gaza_a"], stories["kpk"], stories["dpr"]}) == 3


def test_corpus_update_labels_name_top_actors(corpus):
    store, found = corpus
    labels = {row["story_id"]: row["label"] for row in tables.stories(store.con)}
    assert "Komisi Pemberantasan Korupsi" in labels[story_of(store, found["kpk"])]
    assert "Hamas" in labels[story_of(store, found["gaza_a"])]


def test_corpus_update_merges_talks_reported_twice(corpus):
    store, found = corpus
    rows = tables.merged_events(store.con, story=story_of(store, found["gaza_a"]))
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert len(consult) == 1
    assert (consult[0]["support"], consult[0]["outlets"], consult[0]["date"]) == (2, 2, date(2024, 8, 19))
    assert consult[0]["first_doc_id"] == found["gaza_a"].doc_id


def test_corpus_update_copy_links_and_raises_support_without_new_events(corpus, tmp_path):
    store, found = corpus
    story = story_of(store, found["gaza_a"])
    before = {r["event_id"]: r["support"] for r in tables.merged_events(store.con, story=story)}
    # syndicated copy: other headline and outlet line, last sentence dropped, one day later; the outlet
    # line's "KabarContoh." ends a sentence here, so the talks are sentence 2
    copy = make_doc("KabarContoh.id - " + GAZA_A.rsplit(" Serangan", 1)[0] + " Kedua delegasi menginap di Doha.",
                    date(2024, 8, 20), "KabarContoh.id", ["PSE.HAMAS", "ISR", "QAT.GOV"],
                    [talks(2, date(2024, 8, 19))], "Hamas dan Israel kembali berunding")
    update = store_and_update(store, [copy])
    assert [(d[0], d[1]) for d in update.duplicates] == [(copy.doc_id, found["gaza_a"].doc_id)]
    assert story_of(store, copy) == story
    after = {r["event_id"]: r["support"] for r in tables.merged_events(store.con, story=story)}
    assert after.keys() == before.keys()
    assert sum(after.values()) == sum(before.values()) + 1


def test_corpus_update_second_call_changes_no_row(corpus):
    store, found = corpus
    before = tables.snapshot(store.con, tables.CORPUS_TABLES)
    update = store_and_update(store, list(found.values()))
    assert update.documents == 0
    assert tables.snapshot(store.con, tables.CORPUS_TABLES) == before


def test_corpus_update_earlier_copy_becomes_canonical(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        late = make_doc(KPK, date(2024, 8, 20), "ContohWarta.id", ["IDN.KPK"], [])
        early = make_doc("Kabar KPK. " + KPK, date(2024, 8, 19), "KabarContoh.id", ["IDN.KPK"], [])
        store_and_update(store, [late])
        store_and_update(store, [early])
        links = dict(store.con.execute("SELECT doc_id, canonical_id FROM corpus_documents").fetchall())
        assert links == {late.doc_id: early.doc_id, early.doc_id: early.doc_id}
