"""Stories as threads of one developing matter: who joins, who splits, who merges, why, and how a story is labelled.

The assigner tests use hand-made vectors (so the cosines are known); the
update tests use invented Indonesian articles and the real encoder.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import numpy as np
import pytest

from linimasa.corpus import stories as st
from linimasa.corpus.stories import DocumentProfile, Story, StoryAssigner, story_labels
from linimasa.corpus.update import update_corpus
from linimasa.document import Actor, Document, Event, Sentence
from linimasa.store import corpus as tables
from linimasa.store.db import Store
from linimasa.web import queries

DIM = 512


def vector(*weights: float) -> np.ndarray:
    """A unit vector with the given weights on the first axes: cosines between such vectors are easy to set."""
    v = np.zeros(DIM, dtype=np.float32)
    v[:len(weights)] = weights
    return v / np.linalg.norm(v)


def profile(doc_id: str, v: np.ndarray, actors=(), terms=(), day=date(2025, 3, 1), generic=()) -> DocumentProfile:
    return DocumentProfile(doc_id, v, {a: 1 for a in actors}, {t: 2 for t in terms}, day, day, day,
                           frozenset(generic))


def assigner_with_background(n: int = 60) -> StoryAssigner:
    """An assigner whose document frequencies come from `n` unrelated documents that all name the national
    police and use the word 'polisi', so those weigh little."""
    assigner = StoryAssigner([], 1)
    for i in range(n):
        doc = profile(f"bg{i}", vector(*([0] * 10 + [0] * (i % 7) + [1.0])), actors=["IDN.POLRI"],
                      terms=["polisi", f"kata{i}"])
        assigner.assign(doc)
        for term in doc.terms:
            assigner.term_df[term] = assigner.term_df.get(term, 0) + 1
    return assigner


def test_story_threads_same_matter_joins_with_its_reason():
    assigner = assigner_with_background()
    first = profile("a", vector(1, 0.3), actors=["P.bupati_rekaan", "IDN.POLRI"], terms=["suap", "jembatan", "polisi"])
    story, reason = assigner.assign(first)
    assert reason.kind == "started"
    second = profile("b", vector(1, 0.35), actors=["P.bupati_rekaan"], terms=["suap", "jembatan", "tersangka"],
                     day=date(2025, 3, 4))
    joined, reason = assigner.assign(second)
    assert joined == story and reason.kind == "joined"
    assert reason.matched_doc == "a" and reason.shared_actors == ["P.bupati_rekaan"]
    assert set(reason.shared_terms) == {"suap", "jembatan"} and reason.gap_days == 3
    assert reason.score >= st.JOIN_THRESHOLD and reason.cosine > 0.99


def test_story_threads_same_topic_different_matter_stays_apart():
    """Two arrests by the same police, told alike but with no name or specific word in common."""
    assigner = assigner_with_background()
    one, _ = assigner.assign(profile("a", vector(1, 0.8), actors=["IDN.POLRI"], terms=["polisi", "pencurian", "motor"]))
    two, reason = assigner.assign(profile("b", vector(1, -0.2), actors=["IDN.POLRI"],
                                          terms=["polisi", "penipuan", "arisan"]))
    assert one != two and reason.kind == "started"


def test_story_threads_shared_event_counts_and_time_gap_costs():
    events = {"a": {"ev1"}, "b": {"ev1"}}
    assigner = StoryAssigner([], 1, events_of=lambda d: events.get(d, ()))
    a = profile("a", vector(1, 0.9), terms=["banjir"])
    assigner.assign(a)
    near = profile("b", vector(1, 0.9), terms=["banjir"])
    far = profile("c", vector(1, 0.9), terms=["banjir"], day=date(2025, 12, 1))
    with_event = assigner._pair(near, a, 0.6, assigner._tfidf(near), events["b"])
    without = assigner._pair(near, a, 0.6, assigner._tfidf(near), set())
    later = assigner._pair(far, a, 0.6, assigner._tfidf(far), set())
    assert with_event.shared_events == ["ev1"]
    assert with_event.score == pytest.approx(without.score + st.W_EVENT)
    assert later.gap_days == 275 and later.score == pytest.approx(without.score - st.GAP_PENALTY)


def test_story_threads_drift_splits_and_records_the_story_it_left():
    """A document that matches one member of a thread but not the thread as a whole starts its own thread."""
    assigner = StoryAssigner([], 1)
    for i in range(3):
        story, _ = assigner.assign(profile(f"core{i}", vector(1, 0), actors=["P.tokoh_rekaan"], terms=["pelabuhan"]))
    edge_story, edge = assigner.assign(profile("edge", vector(0.6, 0.8), actors=["P.tokoh_rekaan"],
                                               terms=["pelabuhan"]))
    assert edge_story == story and edge.kind == "joined"
    new, reason = assigner.assign(profile("drift", vector(0.2, 1), actors=["P.tokoh_rekaan"], terms=["pelabuhan"]))
    assert new != story and reason.kind == "split" and reason.follows == story
    assert assigner.stories[new].follows == story


def test_story_threads_a_document_joining_two_threads_merges_them():
    assigner = StoryAssigner([], 1)
    left, _ = assigner.assign(profile("l", vector(1, 0.3), terms=["gencatan"]))
    assigner.term_df["gencatan"] = 1
    right, _ = assigner.assign(profile("r", vector(1, -0.3), terms=["sandera"]))
    assigner.term_df["sandera"] = 1
    assert left != right
    bridge, reason = assigner.assign(profile("m", vector(1, 0), terms=["gencatan", "sandera"]))
    assert reason.kind == "joined"
    assert assigner.merged in ({right: left}, {left: right})
    assert assigner.doc_story["l"] == assigner.doc_story["r"] == bridge
    assert assigner.stories[bridge].size == 3 and set(assigner.members[bridge]) == {"l", "r", "m"}


def test_story_threads_label_names_actors_terms_and_event_types():
    """A rare actor named by most documents leads (not the government named everywhere, nor the rarest actor one
    document names, nor a country fewer documents name); a two-word term replaces its words; an event type that
    covers only 4 of the 7 events is not named (tests/test_corpus_story_labels.py has the slug rules)."""
    story = Story(1, np.zeros(DIM, dtype=np.float32), size=3,
                  actors=Counter({"PSE.HAMAS": 3, "ISR": 2, "IDN.GOV": 3, "P.juru_runding": 1}),
                  terms=Counter({"gencatan senjata": 3, "gencatan": 3, "senjata": 3, "sandera": 2, "hari": 3,
                                 "doha": 2}),
                  term_counts=Counter({"gencatan senjata": 6, "sandera": 4}))
    names = {"PSE.HAMAS": ("Hamas", "group"), "ISR": ("Israel", "country"),
             "IDN.GOV": ("Pemerintah Indonesia", "organization"), "P.juru_runding": ("Juru Runding", "person")}
    term_df = {"hari": 900, "sandera": 20, "gencatan senjata": 10, "gencatan": 12, "senjata": 30, "doha": 15}
    actor_df = Counter({"PSE.HAMAS": 20, "ISR": 50, "IDN.GOV": 700, "P.juru_runding": 1})
    label, label_en = story_labels(story, names, term_df, 1000, Counter({"CONSULT": 4, "AGREE": 2, "ASSAULT": 1}),
                                   actor_df)
    assert label == "Hamas: gencatan senjata, sandera, doha"
    assert label_en == "Hamas: gencatan senjata, sandera, doha"
    label, label_en = story_labels(story, names, term_df, 1000, Counter({"CONSULT": 5, "AGREE": 1}), actor_df)
    assert label == "Hamas: gencatan senjata, sandera, doha (pertemuan dan perundingan)"
    assert label_en == "Hamas: meetings and talks (gencatan senjata, sandera, doha)"


# -- the corpus update on invented articles -------------------------------------------------------------------

ACTORS = {
    "P.bupati_a": Actor("P.bupati_a", "Rangga Wiralaga", "person", "IDN", "GOV"),
    "P.bupati_b": Actor("P.bupati_b", "Sekar Pramesti", "person", "IDN", "GOV"),
    "IDN.KPK": Actor("IDN.KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
}
CASE_A1 = ("Komisi Pemberantasan Korupsi menahan Bupati Lembah Hijau Rangga Wiralaga dalam kasus suap proyek "
           "bendungan. Penyidik menyita uang tunai dari rumah dinas Rangga Wiralaga. Rangga Wiralaga diduga "
           "menerima suap dari kontraktor bendungan Sungai Kelabu.")
CASE_A2 = ("Rangga Wiralaga mengajukan praperadilan atas penahanannya dalam kasus suap bendungan Sungai Kelabu. "
           "Kuasa hukum Rangga Wiralaga menilai penyitaan uang di rumah dinas tidak sah. Komisi Pemberantasan "
           "Korupsi menyatakan siap menghadapi gugatan praperadilan bupati Lembah Hijau itu.")
CASE_B = ("Komisi Pemberantasan Korupsi memeriksa Wali Kota Pantai Timur Sekar Pramesti terkait pengadaan "
          "seragam sekolah. Sekar Pramesti membantah menerima komisi dari pemasok seragam. Pemeriksaan "
          "berlangsung delapan jam di gedung KPK.")


def make_doc(text: str, published: date, outlet: str, actors: list[str], title: str) -> Document:
    sentences = [Sentence(i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^.]+\.", text))]
    doc = Document(text=text, title=title, published=published, source=outlet)
    doc.outlet, doc.language, doc.sentences = outlet, "id", sentences
    doc.actors = {a: ACTORS[a] for a in actors}
    doc.events = [Event("COERCE", 0, 0, 0, "menahan", source="IDN.KPK", target=actors[-1], date=published,
                        date_precision="day")]
    return doc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("threads") / "t.duckdb")
    found = {
        "a1": make_doc(CASE_A1, date(2025, 5, 2), "ContohWarta.id", ["IDN.KPK", "P.bupati_a"],
                       "KPK tahan Bupati Lembah Hijau"),
        "b": make_doc(CASE_B, date(2025, 5, 3), "KabarContoh.id", ["IDN.KPK", "P.bupati_b"],
                      "Wali Kota Pantai Timur diperiksa KPK"),
        "a2": make_doc(CASE_A2, date(2025, 5, 9), "SuaraContoh.com", ["IDN.KPK", "P.bupati_a"],
                       "Rangga Wiralaga ajukan praperadilan"),
    }
    store.write_documents(list(found.values()))
    update_corpus(store, [d.doc_id for d in found.values()])
    yield store, found
    store.close()


def test_story_threads_update_one_case_one_story_and_reasons_stored(corpus):
    store, found = corpus
    story = dict(store.con.execute("SELECT doc_id, story_id FROM corpus_documents").fetchall())
    assert story[found["a1"].doc_id] == story[found["a2"].doc_id] != story[found["b"].doc_id]
    kind, matched, actors = store.con.execute(
        "SELECT kind, matched_doc, shared_actors FROM story_reasons WHERE doc_id = ?", [found["a2"].doc_id]).fetchone()
    assert kind == "joined" and matched == found["a1"].doc_id and "P.bupati_a" in actors
    assert store.con.execute("SELECT count(*) FROM story_reasons").fetchone()[0] == 3


def test_story_threads_queries_give_labels_span_outlets_actors_events_and_documents(corpus):
    store, found = corpus
    story_id = store.con.execute("SELECT story_id FROM corpus_documents WHERE doc_id = ?",
                                 [found["a1"].doc_id]).fetchone()[0]
    listed = next(s for s in queries.stories(store.con) if s["id"] == story_id)
    assert listed["documents"] == 2 and listed["first_date"] == date(2025, 5, 2)
    assert listed["last_date"] == date(2025, 5, 9)
    assert set(listed["outlets"]) == {"ContohWarta.id", "SuaraContoh.com"}
    assert {"id": "P.bupati_a", "name": "Rangga Wiralaga"} in listed["key_actors"]
    assert "Rangga Wiralaga" in listed["label"] and listed["label_en"]
    assert listed["latest_events"] and listed["latest_events"][0]["type"] == "COERCE"
    assert "Komisi Pemberantasan Korupsi" in listed["latest_events"][0]["summary"]
    one = queries.story(store.con, story_id)
    assert one["document_count"] == 2 and [d["doc_id"] for d in one["documents"]] == [found["a1"].doc_id,
                                                                                        found["a2"].doc_id]
    reason = one["documents"][1]["reason"]
    assert reason["kind"] == "joined" and "Rangga Wiralaga" in reason["text"]
    assert {"id": "P.bupati_a", "name": "Rangga Wiralaga"} in reason["shared_actors"]
    assert queries.story(store.con, 999_999) is None


def test_story_threads_second_update_changes_nothing(corpus):
    store, found = corpus
    before = tables.snapshot(store.con, tables.CORPUS_TABLES)
    update_corpus(store, [d.doc_id for d in found.values()])
    assert tables.snapshot(store.con, tables.CORPUS_TABLES) == before


@pytest.mark.parametrize("text, phrase, present", [
    ("Perundingan gencatan senjata dimulai. Gencatan senjata berlaku besok. Warga menunggu gencatan.",
     "gencatan senjata", True),
    ("Tambang ilegal di hutan lindung ditutup. Aparat menyegel tambang ilegal kedua.", "tambang ilegal", True),
    # used once only: not a phrase of the document
    ("Pelabuhan baru diresmikan pagi ini oleh gubernur.", "pelabuhan baru", False),
    # a stopword between the words breaks the phrase
    ("Harga beras dan harga gula naik. Harga beras turun lagi.", "beras harga", False),
])
def test_story_threads_terms_keep_repeated_two_word_phrases(text, phrase, present):
    from linimasa.corpus.terms import TermExtractor

    assert (phrase in TermExtractor().top_terms(text)) is present


@pytest.fixture(scope="module")
def web_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from linimasa.web.app import create_app

    path = tmp_path_factory.mktemp("threads-web") / "w.duckdb"
    with Store(path) as store:
        found = [make_doc(CASE_A1, date(2025, 5, 2), "ContohWarta.id", ["IDN.KPK", "P.bupati_a"], "KPK tahan bupati"),
                 make_doc(CASE_A2, date(2025, 5, 9), "SuaraContoh.com", ["IDN.KPK", "P.bupati_a"], "Praperadilan")]
        store.write_documents(found)
        update_corpus(store, [d.doc_id for d in found])
    app = create_app(path)
    with TestClient(app) as client:
        yield client
    app.state.database.store.close()


def test_story_threads_web_api_lists_and_shows_stories_with_the_new_fields(web_client):
    listed = web_client.get("/api/stories").json()
    assert len(listed) == 1
    row = listed[0]
    for key in ("story_id", "id", "label", "label_en", "first_date", "last_date", "documents", "size", "events",
                "actors", "outlets", "key_actors", "latest_events"):
        assert key in row, key
    assert row["documents"] == 2 and row["first_date"] == "2025-05-02"
    assert set(row["latest_events"][0]) >= {"id", "date", "date_precision", "type", "source_name", "target_name",
                                             "summary"}
    one = web_client.get(f"/api/stories/{row['id']}").json()
    assert one["document_count"] == 2 and one["label"] == row["label"]
    assert [set(d) >= {"doc_id", "title", "outlet", "url", "published", "reason"} for d in one["documents"]] == [True,
                                                                                                                 True]
    assert one["documents"][0]["reason"]["kind"] == "started" and one["documents"][1]["reason"]["kind"] == "joined"
    assert one["documents"][0]["reason"]["text"].endswith("this is where the story begins")
    assert web_client.get("/api/stories/424242").status_code == 404


def test_story_span_of_an_undated_document_is_its_earliest_possible_day():
    """An undated page's window runs to the day of the run; the span takes the latest date its text names."""
    story = Story(1, vector(1, 0, 0))
    story.add(profile("dated", vector(1, 0, 0), day=date(2025, 3, 1)))
    undated = DocumentProfile("undated", vector(1, 0, 0), {}, {}, date(2026, 12, 7), date(2025, 3, 4),
                              date(2026, 12, 7))
    story.add(undated)
    assert (story.first_date, story.last_date) == (date(2025, 3, 1), date(2025, 3, 4))
