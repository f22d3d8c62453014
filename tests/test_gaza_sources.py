"""Issue 18: the sources of acts on Gaza-talk pages.

- a bare office ("Kantor Perdana Menteri", "PM") names the state the document names with that office
  (an earlier "Perdana Menteri Israel X"), not the last country in focus nor another state's holder
  (actors/resolver.py `_title_country`); "Kantor <office>" is that state's government.

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
    # the office named after the bare one also counts
    ("Jakarta, Senin (29/1/2024) - Kantor Perdana Menteri menolak laporan warga Palestina. "
     "Perdana Menteri Israel Benjamin Netanyahu berbicara kepada kabinetnya.",
     "Kantor Perdana Menteri", "ISR.GOV"),
    # with no office named with a state, the country in focus still decides
    ("Jakarta, Senin (29/1/2024) - Warga Israel menolak usulan itu. Perdana Menteri berbicara di Yerusalem.",
     "Perdana Menteri", "P.benjamin_netanyahu"),
])
def test_bare_office_takes_the_state_named_with_it(pipeline, text, surface, wanted):
    doc = pipeline(Document(text=text))
    assert actor_of(doc, surface) == wanted
