"""Issue 18, Gaza-talk classes (fifth round):

- a capital used for its state names the state's government, never a person ("Tel Aviv" -> ISR.GOV,
  states_overrides.yaml capitals);
- "menerima proposal" is "received", not "accepted", when the clause says so: after "setelah"/"usai", from the
  mediators, or to be studied (triggers.yaml senses of the AGREE entry; the `opened_by` sense condition);
- people freed are hostages or detainees by what their sentence calls them when no armed group frees them, a
  passive release after the number counts too, and a prison word is a detention cue (figure_categories.yaml);
- a negotiating team called home from the talks' venue does not target the venue's state; an ambassador
  called home from a state still does.

Whole pipeline; sentences written for the project (invented names and places).
"""
from __future__ import annotations

import datetime

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def run(pipeline, text):
    return pipeline(Document(text=text, published=datetime.date(2024, 6, 7)))


@pytest.mark.parametrize("text, surface, wanted", [
    ("Tel Aviv memerintahkan para juru rundingnya di Kota Lamara pulang, kata seorang pejabat pada Selasa.",
     "Tel Aviv", "ISR.GOV"),
    ("Sumber itu menyebut Tel Aviv setuju membebaskan lebih banyak tahanan pada Selasa.", "Tel Aviv", "ISR.GOV"),
])
def test_a_capital_is_its_states_government(pipeline, text, surface, wanted):
    doc = run(pipeline, text)
    actor = next(m.actor for m in doc.mentions if m.text == surface)
    assert actor == wanted
    assert doc.actors[actor].kind != "person"


def agree_events(doc):
    return [e for e in doc.events if e.type == "AGREE" and e.trigger.startswith("menerima")]


@pytest.mark.parametrize("text", [
    "Rombongan Hamas meninggalkan Kota Lamara setelah menerima proposal gencatan senjata pada Selasa.",
    "Tim Hamas kembali ke Beirut usai menerima usulan baru itu pada Selasa.",
    "Juru bicara Hamas Rafi Kanaan mengatakan pihaknya telah menerima proposal terbaru dari para mediator pada Selasa.",
    "Hamas menerima draf itu untuk dipelajari lebih dulu, kata Rafi Kanaan pada Selasa.",
])
def test_a_proposal_received_is_not_accepted(pipeline, text):
    assert agree_events(run(pipeline, text)) == []


@pytest.mark.parametrize("text", [
    "Hamas menerima usulan Amerika Serikat pada Selasa.",
    "Hamas akhirnya menerima proposal gencatan senjata dari Mesir pada Selasa.",
])
def test_a_proposal_accepted_stays_agree(pipeline, text):
    assert len(agree_events(run(pipeline, text))) == 1


@pytest.mark.parametrize("text, value, wanted", [
    # the sentence calls them hostages; no armed group named as the one who frees them
    ("Menurut juru bicara mediator, dalam pertukaran sandera pekan itu, 17 warga Israel dan 6 warga Nepal dilepaskan.",
     17, "hostages"),
    ("Menurut juru bicara mediator, dalam pertukaran sandera pekan itu, 17 warga Israel dan 6 warga Nepal dilepaskan.",
     6, "hostages"),
    # prisoners freed from a state's prison are detainees, even in a hostage exchange
    ("Sebagai gantinya, 420 warga Palestina dibebaskan dari penjara Israel dalam pertukaran itu.", 420, "detained"),
    ("Sementara 85 warga Palestina akan dibebaskan dari penjara sebagai imbalan atas sandera.", 85, "detained"),
    # a police release stays detained
    ("Polisi melepaskan 14 warga yang sempat diamankan saat unjuk rasa di Kota Lamara.", 14, "detained"),
])
def test_people_freed_take_what_the_sentence_calls_them(pipeline, text, value, wanted):
    doc = run(pipeline, text)
    figure = next(f for f in doc.figures if f.value == value)
    assert figure.category == wanted


@pytest.mark.parametrize("text, source, target", [
    ("Inggris menarik delegasinya dari Kota Lamara, tempat perundingan digelar, pada Selasa.", "GBR", None),
    ("Israel menarik tim perunding dari Doha pada Selasa.", "ISR", None),
    # "mereka" after the team owns it: no pronoun target
    ("Kanada dan Inggris telah bertemu. Inggris menarik kembali delegasi mereka dari Kota Lamara pada Selasa.", "GBR", None),
    ("Israel menarik tim perunding dari pembicaraan dengan Hamas pada Selasa.", "ISR", "PSE.HAMAS"),
    ("Yordania menarik duta besarnya dari Israel pada Selasa.", "JOR", "ISR"),
])
def test_a_team_called_home_from_a_venue_does_not_target_it(pipeline, text, source, target):
    doc = run(pipeline, text)
    events = [e for e in doc.events if e.type == "SANCTION"]
    assert [(e.source, e.target) for e in events] == [(source, target)]
