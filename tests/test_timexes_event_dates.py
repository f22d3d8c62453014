"""Dates of coded events (issue 18): the text's own dates first, then the day the story
is told at, then the report itself, never with precision "day", and never after the last
day the document can have been written.

Documents go through the real `timexes` stage and the event coder, with mentions placed
by hand. Sentences written for the project; names and places are invented.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.document import Actor, DateWindow, Document, Mention, Sentence
from linimasa.events.coder import EventCoder
from linimasa.language.timexes import latest_date
from linimasa.language.timexes import TimexStage
from linimasa.resources import Resources

D = date
ACTORS = {
    "Israel": Actor("ISR", "Israel", "country", "ISR", "GOV"),
    "Hamas": Actor("HAMAS", "Hamas", "group", "PSE", "REB"),
    "Qatar": Actor("QAT", "Qatar", "country", "QAT", "GOV"),
    "Mesir": Actor("EGY", "Mesir", "country", "EGY", "GOV"),
}


@pytest.fixture(scope="module")
def stages():
    resources = Resources.default()
    return TimexStage(resources), EventCoder(resources)


def code(stages, text: str, published: date | None = None, window: DateWindow | None = None) -> Document:
    timexes, coder = stages
    doc = Document(text=text, published=published)
    doc.published_window = window
    for found in re.finditer(r"[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)", text):
        if found.group().strip():
            start = found.start() + len(found.group()) - len(found.group().lstrip())
            doc.sentences.append(Sentence(len(doc.sentences), start, found.end(), text[start:found.end()]))
    for name, actor in ACTORS.items():
        for found in re.finditer(rf"(?<!\w){name}(?!\w)", text):
            sentence = doc.sentence_at(found.start())
            doc.mentions.append(Mention(sentence.index, found.start(), found.end(), name, "GPE", actor.id))
            doc.actors[actor.id] = actor
    doc.mentions.sort(key=lambda m: m.start)
    return coder(timexes(doc))


def dates(doc: Document) -> dict[str, tuple]:
    return {e.type: (e.date, e.date_end, e.date_precision) for e in doc.events}


def first_date(doc: Document, kind: str, source: str) -> tuple:
    """(date, date_end, precision) of the first event of `kind` by `source`; fails when there is none."""
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == kind and e.source == source]
    assert found, [(e.type, e.source) for e in doc.events]
    return found[0]


FRI = D(2024, 6, 7)
CASES = [
    # a date in the event's own clause wins, even an old one
    ("Perang itu dipicu pada 7 Oktober 2023, ketika Hamas menyerang Israel.", FRI,
     "ASSAULT", (D(2023, 10, 7), D(2023, 10, 7), "day")),
    # a day named elsewhere in the sentence: the lead's "kata X, Kamis (6/6/2024)"
    ("Israel menolak usulan Hamas, kata seorang pejabat, Kamis (6/6/2024).", FRI,
     "REJECT", (D(2024, 6, 6), D(2024, 6, 6), "day")),
    # a date in a clause about an earlier event is that event's, not this one's
    ("Mesir mendesak Hamas untuk berunding setelah upaya pada Senin (3/6/2024) gagal.", FRI,
     "REQUEST", (FRI, FRI, "unknown")),
    # ... but a comma closes that clause: the date after it is the main clause's again
    ("Mesir mendesak Hamas untuk berunding setelah rapat di Kairo, pada Senin (3/6/2024).", FRI,
     "REQUEST", (D(2024, 6, 3), D(2024, 6, 3), "day")),
    # no date in the sentence: the lead's day before it (the story is told on Thursday)
    ("Pejabat itu berbicara di Kairo, Kamis (6/6/2024).\nMesir mendesak Hamas untuk menjawab tawaran itu.", FRI,
     "REQUEST", (D(2024, 6, 6), D(2024, 6, 6), "unknown")),
    # a headline above the lead takes the lead's day
    ("Mesir mendesak Hamas menerima tawaran\nPernyataan itu disampaikan di Kairo, Rabu (5/6/2024).", FRI,
     "REQUEST", (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # an earlier day in the same paragraph carries over to the next sentence
    ("Pada 20 Mei 2024, Hamas menolak tawaran itu. Sehari kemudian Mesir mendesak Hamas untuk berunding.", FRI,
     "REQUEST", (D(2024, 5, 20), D(2024, 5, 20), "unknown")),
    # but not across paragraphs when it is not a day of the report
    ("Pada 20 Mei 2024, Hamas menolak tawaran itu.\nMesir mendesak Hamas untuk berunding.", FRI,
     "REQUEST", (FRI, FRI, "unknown")),
    # a page stamp with its clock time is when the page went out, not the story's day
    ("Jumat, 7 Juni 2024 | 09:15 WIB\nMesir mendesak Hamas untuk berunding.\nHal itu disampaikan Rabu (5/6/2024).",
     FRI, "REQUEST", (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # dated only by its report: the publication date, never precision "day"
    ("Mesir mendesak Hamas untuk berunding.", FRI, "REQUEST", (FRI, FRI, "unknown")),
    # "minggu ini" in Friday's paper: the event took place by Friday
    ("Israel bertemu dengan Qatar minggu ini.", FRI, "CONSULT", (D(2024, 6, 3), FRI, "week")),
    # a weekday in news is the most recent such day at or before the report
    ("Israel bertemu dengan Qatar pada Senin.", FRI, "CONSULT", (D(2024, 6, 3), D(2024, 6, 3), "day")),
    # a date after a topic complement with an event noun dates that event, not the statement
    ("Qatar mengaku sangat kecewa atas serangan rudal Israel pada Maret terhadap sebuah gedung di Kairo.", FRI,
     "ACCUSE", (FRI, FRI, "unknown")),
    ("Qatar mengaku sangat kecewa atas serangan rudal Israel pada Maret terhadap sebuah gedung di Kairo.", FRI,
     "ASSAULT", (D(2024, 3, 1), D(2024, 3, 31), "month")),
    ("Mesir mengeluarkan imbauan kepada Qatar terkait rencana unjuk rasa yang berlangsung pada Senin (3/6/2024).",
     FRI, "REQUEST", (FRI, FRI, "unknown")),
    # ... but a comma or a closing quote ends the topic: the lead's day after it is the statement's
    ("\"Mesir mendesak Hamas untuk berunding atas perundingan itu,\" kata seorang pejabat, Kamis (6/6/2024).",
     FRI, "REQUEST", (D(2024, 6, 6), D(2024, 6, 6), "day")),
    # a plan without a date of its own is dated by its statement
    ("Mesir menyatakan siap mendukung usulan Qatar.", FRI, "SUPPORT", (FRI, FRI, "unknown")),
    # ... but a conditional asserts nothing and gets no date
    ("Jika Hamas menolak, Israel akan menyerang Hamas.", FRI, "REJECT", (None, None, "unknown")),
    # a day that opens the story's chronology carries across paragraphs
    ("Kasus itu bermula pada 20 Mei 2024 di Kairo.\nMesir mendesak Hamas untuk berunding.", FRI,
     "REQUEST", (D(2024, 5, 20), D(2024, 5, 20), "unknown")),
]


@pytest.mark.parametrize("text, published, kind, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_timexes_event_dates(stages, text, published, kind, expected):
    assert dates(code(stages, text, published))[kind] == expected


def test_timexes_planned_event_may_lie_ahead(stages):
    doc = code(stages, "Israel akan bertemu dengan Qatar pekan depan.", FRI)
    (event,) = doc.events
    assert (event.modality, event.date, event.date_end) == ("planned", D(2024, 6, 10), D(2024, 6, 16))


def test_timexes_undated_event_gets_the_report_window(stages):
    window = DateWindow(D(2024, 5, 20), D(2024, 6, 14), ("role",))
    doc = code(stages, "Mesir mendesak Hamas untuk berunding.", window=window)
    assert dates(doc)["REQUEST"] == (D(2024, 5, 20), D(2024, 6, 14), "month")


def test_timexes_undated_narrative_anchor(stages):
    doc = code(stages, "Hamas membebaskan tiga sandera pada Sabtu, (1/2/2025).\n"
                       "Mesir mendesak Israel untuk berunding pada Senin.")
    assert dates(doc)["REQUEST"] == (D(2025, 1, 27), D(2025, 1, 27), "day")


TEXTS = [
    "Israel bertemu dengan Qatar minggu ini. Mesir mendesak Hamas untuk berunding pada Minggu depan.",
    "Sidang akan digelar 9 Oktober 2025.\nIsrael menolak usulan Hamas pada 12 Oktober 2025.",
    "Mesir mendesak Hamas menerima tawaran itu besok.",
]


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
@pytest.mark.parametrize("published, window", [
    (D(2025, 10, 10), None),
    (None, DateWindow(D(2025, 10, 1), D(2025, 10, 10), ("role",))),
])
def test_timexes_no_past_event_after_the_latest_date(stages, text, published, window):
    doc = code(stages, text, published, window)
    latest = latest_date(doc)
    assert doc.events
    for event in doc.events:
        if event.modality in ("planned", "expected", "hypothetical") or event.date is None:
            continue
        assert event.date <= latest and (event.date_end or event.date) <= latest, event


def test_timexes_undated_lead_day_dates_the_story(stages):
    # the window opens at the lead's day and ends at the run date: the lead's day is the
    # story's day; the run date dates nothing
    from linimasa.language.timexes import RUN_DATE_EVIDENCE

    window = DateWindow(D(2025, 10, 20), D(2026, 12, 7), ("date:2025-10-20@40", RUN_DATE_EVIDENCE))
    doc = code(stages, "Warga berunjuk rasa di depan balai kota, Senin (20/10/2025).\n"
                       "Mesir mendesak Hamas untuk berunding.", window=window)
    assert dates(doc)["REQUEST"] == (D(2025, 10, 20), D(2025, 10, 20), "unknown")
    alone = code(stages, "Mesir mendesak Hamas untuk berunding.", window=window)
    assert dates(alone)["REQUEST"] == (None, None, "unknown")
