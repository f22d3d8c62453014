"""Figures stage: categories, subjects, sources and as-of dates of reported numbers.

Documents go through the real `numbers` stage (quantities) and hand-placed sentences,
mentions and time expressions, so the tests pin the figure rules.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.document import Actor, Document, Mention, Sentence, Timex
from linimasa.events.figures import FigureFinder
from linimasa.pipeline import registered
from linimasa.resources import Resources

PUBLISHED = date(2024, 6, 7)


@pytest.fixture(scope="module")
def stages():
    resources = Resources.default()
    return registered()["numbers"].factory(resources), FigureFinder(resources)


def analyse(stages, text: str, mentions=(), timexes=()) -> Document:
    numbers, figures = stages
    doc = Document(text=text, published=PUBLISHED)
    for index, found in enumerate(re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", text)):
        doc.sentences.append(Sentence(index, found.start(), found.end(), found.group()))
    for words, actor in mentions:
        start = text.index(words)
        doc.mentions.append(Mention(doc.sentence_at(start).index, start, start + len(words), words, "ORG", actor.id))
        doc.actors[actor.id] = actor
    for words, value in timexes:
        start = text.index(words)
        doc.timexes.append(Timex(doc.sentence_at(start).index, start, start + len(words), words, value, value, "day"))
    return figures(numbers(doc))


# (text, expected [(value, qualifier, category, subject)])
CASES = [
    ("Serangan itu menewaskan sekitar 1.200 orang.", [(1200, "about", "killed", "orang")]),
    ("Sebanyak 251 lainnya disandera.", [(251, "exact", "hostages", "lainnya")]),
    ("Pemboman telah membunuh lebih dari 46.000 warga Palestina.", [(46000, "more_than", "killed", "warga Palestina")]),
    ("Kota itu dihuni lebih dari 1,3 juta warga sipil.", [(1300000, "more_than", "people", "warga sipil")]),
    ("Banjir membuat 3.500 warga mengungsi ke tenda darurat.", [(3500, "exact", "displaced", "warga")]),
    ("Sebanyak 12 orang luka-luka dalam kecelakaan itu.", [(12, "exact", "injured", "orang")]),
    ("Polisi menahan 40 demonstran usai kericuhan.", [(40, "exact", "detained", "demonstran")]),
    ("Lima orang tewas dan 12 orang terluka.", [(5, "exact", "killed", "orang"), (12, "exact", "injured", "orang")]),
    ("KPK menyita uang Rp 13 miliar dari rumah tersangka.", [(13e9, "exact", "money", None)]),
    ("Kota itu dijaga empat batalyon.", [(4, "exact", "other", None)]),
    ("Ia melakukan hampir selusin panggilan telepon.", [(12, "nearly", "other", None)]),
    ("Konflik itu sudah berlangsung 10 bulan.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_figures_categories(stages, text, expected):
    figures = analyse(stages, text).figures
    assert [(f.value, f.qualifier, f.category, f.subject) for f in figures] == expected
    for f in figures:
        assert text[f.start:f.end] == f.text
        assert f.as_of == PUBLISHED


def test_figures_source_actor_and_words(stages):
    ministry = Actor("PSE.MOH", "Kementerian Kesehatan Gaza", "organization", "PSE", "GOV")
    text = "Lebih dari 40.000 orang tewas, menurut Kementerian Kesehatan Gaza."
    (figure,) = analyse(stages, text, mentions=[("Kementerian Kesehatan Gaza", ministry)]).figures
    assert figure.attributed_to == "PSE.MOH"
    (figure,) = analyse(stages, "Lebih dari 40.000 orang tewas, menurut otoritas kesehatan setempat.").figures
    assert figure.attributed_to == "menurut otoritas kesehatan setempat"


def test_figures_as_of_sentence_date(stages):
    text = "Serangan pada 7 Oktober 2023 menewaskan 1.200 orang."
    (figure,) = analyse(stages, text, timexes=[("7 Oktober 2023", date(2023, 10, 7))]).figures
    assert figure.as_of == date(2023, 10, 7)
