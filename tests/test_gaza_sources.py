"""Issue 18: the sources of acts on Gaza-talk pages.

- a bare office ("Kantor Perdana Menteri", "PM") names the state the document names with that office
  (an earlier "Perdana Menteri Israel X"), not a country in focus from an earlier sentence
  (actors/resolver.py `_title_country`); "Kantor <office>" is that state's government;
- a news outlet reports acts it does not do ("menurut AFP, X dan Y mengadakan pertemuan"): for the types in
  media.yaml `not_source_of` the parties named with the act are source and target, else no event.

Whole pipeline; sentences written for the project (invented places).
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def actor_of(doc, surface):
    return next(m.actor for m in doc.mentions if m.text == surface)


@pytest.mark.parametrize("text, surface, wanted", [
    ("Jakarta, Senin (29/1/2024) - Perdana Menteri Israel Benjamin Netanyahu menolak usulan itu. "
     "Hamas menuntut pembebasan warga Palestina. Kantor Perdana Menteri membantah laporan tersebut.",
     "Kantor Perdana Menteri", "ISR.GOV"),
    ("Jakarta, Senin (29/1/2024) - PM Israel Benjamin Netanyahu menolak usulan itu. "
     "Warga Palestina berunjuk rasa di kota Harsa. Kantor PM menyebut syarat itu tidak dapat diterima.",
     "Kantor PM", "ISR.GOV"),
    # a country named in the office's own sentence still decides
    ("Jakarta, Rabu (1/10/2025) - Perdana Menteri Israel Benjamin Netanyahu menolak usulan itu. "
     "Di Ramallah, Palestina, Perdana Menteri berbicara kepada wartawan.",
     "Perdana Menteri", "P.mohammad_mustafa"),
    # with no office named with a state, the country in focus still decides
    ("Jakarta, Senin (29/1/2024) - Warga Israel menolak usulan itu. Perdana Menteri berbicara di Yerusalem.",
     "Perdana Menteri", "P.benjamin_netanyahu"),
])
def test_bare_office_takes_the_state_named_with_it(pipeline, text, surface, wanted):
    doc = pipeline(Document(text=text))
    assert actor_of(doc, surface) == wanted


def events(pipeline, text):
    return [(e.type, e.source, e.target) for e in pipeline(Document(text=text)).events]


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Menurut AFP, Israel dan Hamas mengadakan pertemuan di Kairo.",
     ("CONSULT", "ISR", "PSE.HAMAS"), "MED.AFP"),
    ("Menurut Reuters, Mesir dan Qatar mengadakan pertemuan di kota Harsa.",
     ("CONSULT", "EGY", "QAT"), "MED.REUTERS"),
    # speech stays the outlet's own
    ("Reuters mengkritik Israel atas pembatasan wartawan di kota Harsa.",
     ("ACCUSE", "MED.REUTERS", "ISR"), None),
])
def test_news_outlet_is_no_party_to_the_act(pipeline, text, wanted, unwanted):
    found = events(pipeline, text)
    assert wanted in found
    assert unwanted is None or all(source != unwanted for _, source, _ in found)


@pytest.mark.parametrize("text, surface, wanted", [
    ("Trump mengatakan para pemimpin Israel telah menyetujui rencana tersebut.", "para pemimpin Israel", "ISR.GOV"),
    ("Para petinggi Mesir bertemu delegasi Hamas di kota Harsa.", "Para petinggi Mesir", "EGY.GOV"),
])
def test_leaders_of_a_state_are_its_government(pipeline, text, surface, wanted):
    doc = pipeline(Document(text=text))
    assert actor_of(doc, surface) == wanted
    assert any(e.source == wanted for e in doc.events)
