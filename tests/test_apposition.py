"""Title + comma + name apposition and clipped ministry names (issue 17/18): invented sentences only."""

import pytest

from linimasa.document import Document, Sentence
from linimasa.language.entities import EntityStage
from linimasa.language.tagger import Tagger
from linimasa.language.tokens import TokenStage
from linimasa.pipeline import build_pipeline
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.fixture(scope="module")
def stages():
    resources = Resources()
    return TokenStage(resources), Tagger(resources), EntityStage(resources)


def run(pipeline, text):
    return pipeline(Document(text=text))


def entity_mentions(stages, text):
    doc = Document(text=text)
    doc.sentences = [Sentence(0, 0, len(text), text)]
    for stage in stages:
        doc = stage(doc)
    return {(m.text, m.type) for m in doc.mentions}


def actor_of(doc, name):
    found = [m for m in doc.mentions if m.text == name]
    assert found, f"{name!r} not found in {[m.text for m in doc.mentions]}"
    return doc.actors[found[0].actor] if isinstance(doc.actors, dict) else next(
        a for a in doc.actors if a.id == found[0].actor)


@pytest.mark.parametrize("text, name, absent", [
    # the name after a title's office and a comma is the person
    ("Rapat dipimpin Menteri Pangan, Wiryo Santosa Adiguna, di Sleman.", "Wiryo Santosa Adiguna", None),
    ("Bupati Karangsari, Hendro Kusumo, meresmikan pasar baru.", "Hendro Kusumo", "Karangsari"),
    # a list of title, name pairs
    ("Presiden tiba bersama Menteri Pangan, Wiryo Santosa, dan Menteri Kelautan, Laksmi Paramita, di Bantul.",
     "Laksmi Paramita", None),
])
def test_entities_name_after_title_and_comma_is_a_person(stages, text, name, absent):
    mentions = entity_mentions(stages, text)
    assert (name, "PER") in mentions
    if absent is not None:
        assert (absent, "PER") not in mentions


@pytest.mark.parametrize("text, word, kind", [
    # the lone word between a title and ", <rank> <name>" is the office's place
    ("Kapolres Wanareja, AKBP Darsono Widagdo, mengatakan pelaku sudah ditangkap.", "Wanareja", "LOC"),
    # counter-test: after a lawyer's title it is the client, a person
    ("Pengacara Larasati, Bonifasius Hutagalung, menyatakan kliennya tidak bersalah.", "Larasati", "PER"),
])
def test_entities_lone_word_before_an_apposition(stages, text, word, kind):
    mentions = entity_mentions(stages, text)
    assert (word, kind) in mentions


@pytest.mark.parametrize("text, absent", [
    # counter-tests: a body's name or an acronym after the comma is no person
    ("Menurut Menteri Pangan, Kementerian Pangan Nasional menyiapkan stok beras.", "Kementerian Pangan Nasional"),
    ("Menteri Pangan, KPK dan Polri menandatangani nota.", "KPK"),
])
def test_entities_no_apposition_without_a_two_word_name(stages, text, absent):
    assert (absent, "PER") not in entity_mentions(stages, text)


def test_apposition_person_takes_the_title_sector(pipeline):
    doc = run(pipeline, "Bupati Karangsari, Hendro Kusumo, meresmikan pasar baru pada Senin.")
    actor = actor_of(doc, "Hendro Kusumo")
    assert (actor.kind, actor.country, actor.sector, actor.evidence) == ("person", "IDN", "GOV", 1)


@pytest.mark.parametrize("text, name", [
    ("Kemenhutbun memastikan pupuk tersedia menjelang musim tanam.", "Kemenhutbun"),
    ("Kemenkoinfrasel menggelar rapat koordinasi di Jakarta.", "Kemenkoinfrasel"),
    ("Ditjenbudtek menerbitkan surat edaran baru.", "Ditjenbudtek"),
])
def test_clipped_ministry_name_is_an_indonesian_state_body(pipeline, text, name):
    actor = actor_of(run(pipeline, text), name)
    assert (actor.kind, actor.country, actor.sector, actor.evidence) == ("organization", "IDN", "GOV", 2)


@pytest.mark.parametrize("text, word", [
    ("Kemal Hardiman mengumumkan hasil seleksi beasiswa pada Senin.", "Kemal"),
    ("Kemenangan itu disambut meriah oleh suporter.", "Kemenangan"),
    ("Kemenakan Pak Darto datang dari Wonosari.", "Kemenakan"),
])
def test_clipped_prefix_counter_tests(stages, text, word):
    assert not any(t.startswith(word) and kind == "ORG" for t, kind in entity_mentions(stages, text))
