"""Event dates by clause (issue 18): a date dates only the clause it stands in.

A relative clause on a verb's object or a dash aside keeps its date to itself; a citation
date ("seperti dilansir Warta, Rabu (5/6/2024)") is the cited report's day; a "ketika" clause
takes the date right before it; a fronted time phrase dates the main clause after its comma;
a background event with no date of its own is not dated at the report's day.

Sentences written for the project; names and places are invented. Documents go through the
real `timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
REPORT = (FRI, FRI)

# (text, event type, source, (date, date_end) expected)
CASES = [
    # 1. relative clause on a verb's object: its date is the agreement's, not the accusation's
    ("Hamas menuduh Israel melanggar kesepakatan yang disepakati pada 19 Januari.",
     "ACCUSE", "HAMAS", REPORT),
    ("Qatar mengecam Israel yang menyerbu kamp pengungsi pada 2 Juni.", "ACCUSE", "QAT", REPORT),
    # the condemnation of an attack done on 2 June was voiced on the report's day
    ("Qatar mengecam serangan yang dilakukan Israel pada 2 Juni.", "ACCUSE", "QAT", REPORT),
    # ... while a relative clause right after an event noun trigger describes that event
    ("Serangan Hamas yang dilakukan pada 2 Juni melukai warga Israel.", "ASSAULT", "HAMAS",
     (D(2024, 6, 2), D(2024, 6, 2))),
    # 1. a dash aside keeps its date; the date after the closing dash is the main clause's again
    ("Hamas menyerang Israel – yang menyerbu Gaza pada 3 Maret – pada Kamis.",
     "ASSAULT", "HAMAS", (D(2024, 6, 6), D(2024, 6, 6))),
    ("Mesir mengecam Israel – yang menutup perbatasan pada 3 Maret – dalam pernyataannya.",
     "ACCUSE", "EGY", REPORT),
    # 2. a citation date is the cited report's day; the "ketika" clause takes the date before it
    ("Sejak 3 Maret 2024 ketika Hamas menyerang Israel, seperti dilansir Warta, Rabu (5/6/2024), "
     "ribuan warga mengungsi.", "ASSAULT", "HAMAS", (D(2024, 3, 3), D(2024, 3, 3))),
    ("Pada 1 Mei 2024 ketika Israel menyerbu kota itu, seperti dikutip dari Kabar Timur, "
     "Selasa (4/6/2024), listrik padam.", "ASSAULT", "ISR", (D(2024, 5, 1), D(2024, 5, 1))),
    # 3. a fronted time phrase dates the main clause, even past a relative clause inside it
    ("Dalam serangan pada Oktober 2023 lalu yang mengejutkan banyak pihak, Hamas menculik 20 warga Israel.",
     "ASSAULT", "HAMAS", (D(2023, 10, 1), D(2023, 10, 31))),
    ("Pada 3 Maret lalu, di tengah hujan deras, Hamas menyerang Israel.",
     "ASSAULT", "HAMAS", (D(2024, 3, 3), D(2024, 3, 3))),
    # 4. background without a date of its own: not the report's day
    ("Sebelumnya, Hamas menyerang Israel.", "ASSAULT", "HAMAS", (None, None)),
    ("Israel dulu menyerang Hamas di kota itu.", "ASSAULT", "ISR", (None, None)),
    ("Israel menyerang Hamas sejak perang dimulai.", "ASSAULT", "ISR", (None, None)),
    # ... but a "sejak" clause far from the trigger belongs to a complement
    ("Qatar menyesalkan perundingan dengan Israel yang tak kunjung selesai sejak awal dibuka.",
     "ACCUSE", "QAT", REPORT),
    # ... while an event told on the report's day keeps it
    ("Israel menyerang Hamas di kota itu.", "ASSAULT", "ISR", REPORT),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_date_of_its_own_clause(stages, text, kind, source, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [(e.date, e.date_end) for e in doc.events if e.type == kind and e.source == source]
    assert found, [(e.type, e.source) for e in doc.events]
    assert found[0] == expected


def test_citation_date_still_dates_an_undated_statement(stages):  # noqa: F811
    # the cited report's day remains the day a dateless event in that sentence was told
    doc = code(stages, "Seperti dilansir Warta, Rabu (5/6/2024), Qatar mengecam Israel.", FRI)
    found = [(e.date, e.date_end) for e in doc.events if e.type == "ACCUSE"]
    assert found == [(D(2024, 6, 5), D(2024, 6, 5))]


def test_flashback_day_named_later_still_dates_background(stages):  # noqa: F811
    # a flashback whose day the text names keeps that day
    doc = code(stages, "Sebelumnya, pada Senin (3/6/2024), Hamas menyerang Israel.", FRI)
    found = [(e.date, e.date_end) for e in doc.events if e.type == "ASSAULT"]
    assert found == [(D(2024, 6, 3), D(2024, 6, 3))]
