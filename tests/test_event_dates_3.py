"""Event dates where the text dates the act away from the report (issue 18, fourth and fifth rounds).

The publication or statement day must not date an act the text places elsewhere: a lead's seizure or
designation the story says took place "pekan lalu", a past act told right after a sentence that names
an earlier day, an announcement quoted from an earlier story. Where the text gives no day of the act,
no day is better than a wrong one; a span relative to the report keeps its own precision.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, first_date, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
REPORT = (FRI, FRI, "unknown")
NONE = (None, None, "unknown")
LAST_WEEK = (D(2024, 5, 27), D(2024, 6, 2), "week")

# (text, event type, source, (date, date_end, precision) expected)
CASES = [
    # a lead's act that the story says took place last week: that week, not the report's day
    ("Israel kembali melakukan penyitaan kapal milik Hamas.\nKapal itu kini ditambatkan di pelabuhan. "
     "Juru bicara Qatar menyebut penyitaan itu dilakukan pekan lalu.", "COERCE", "ISR", LAST_WEEK),
    ("Hamas resmi ditetapkan sebagai tersangka oleh Israel.\nPengacara Hamas tidak mempersoalkan status itu. "
     "Penyidik menggelar perkara pada pekan lalu dan menetapkan Hamas sebagai tersangka.", "ACCUSE", "ISR",
     LAST_WEEK),
    # ... a light verb is not the act: "dilakukan" alone tells nothing of the same act
    ("Israel kembali melakukan penyitaan kapal milik Hamas.\nQatar menyebut rapat itu dilakukan pekan lalu.",
     "COERCE", "ISR", REPORT),
    # ... and a span since last week runs to the report, so it names no earlier span of the act
    ("Israel kembali melakukan penyitaan kapal milik Hamas.\nQatar menyebut penyitaan berlangsung sejak pekan lalu.",
     "COERCE", "ISR", REPORT),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_event_date_away_from_report(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


PERFECT_CASES = [
    # a past act told right after a sentence that names a day of an earlier story than the report's
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nDua warga Hamas telah ditahan Israel pada Rabu (6/3/2024)."
     "\nIsrael juga telah menetapkan Hamas sebagai tersangka.", "ACCUSE", "ISR", NONE),
    # ... without the perfect marker the act keeps the story's day
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nDua warga Hamas telah ditahan Israel pada Rabu (6/3/2024)."
     "\nIsrael menetapkan Hamas sebagai tersangka.", "ACCUSE", "ISR", (D(2024, 6, 6), D(2024, 6, 6), "unknown")),
    # a meeting in a fronted phrase whose main clause is perfect, before a sentence naming an earlier day
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nDalam kunjungan itu Israel bertemu dengan Hamas, telah "
     "disepakati pertukaran tahanan. Kesepakatan dituangkan dalam surat pada 20 Mei 2024.", "CONSULT", "ISR", NONE),
    # a designation announced in an earlier story, quoted with that story's statement day
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nSaat itu Israel menyebut telah menetapkan Hamas sebagai "
     "tersangka. \"Sudah ada tersangka,\" kata juru bicara Israel, Senin (2/12/2023).", "ACCUSE", "ISR", NONE),
    # ... quoted in the next paragraph
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nSaat itu Israel menyebut telah menetapkan Hamas sebagai "
     "tersangka.\n\"Sudah ada tersangka,\" kata juru bicara Israel, Senin (2/12/2023).", "ACCUSE", "ISR", NONE),
    # ... but a report day's statement in the next paragraph does not
    ("Qatar berbicara kepada wartawan, Kamis (6/6/2024).\nSaat itu Israel menyebut telah menetapkan Hamas sebagai "
     "tersangka.\n\"Sudah ada tersangka,\" kata juru bicara Israel, Rabu (5/6/2024).", "ACCUSE", "ISR",
     (D(2024, 6, 6), D(2024, 6, 6), "unknown")),
]


@pytest.mark.parametrize("text,kind,source,expected", PERFECT_CASES)
def test_perfect_act_before_an_earlier_day(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


ROUNDUP_CASES = [
    # a round-up: the story's day so far is the previous story's; the act restated next with its own day
    ("Warga Qatar berunjuk rasa pada Senin (3/6/2024).\nDua warga Hamas yang ditahan Israel dibawa ke kantor polisi. "
     "Keduanya ditahan Israel di rumah masing-masing pada Rabu (5/6/2024) malam.", "COERCE", "ISR",
     (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # ... not by the day that only tags the statement restating it
    ("Warga Qatar berunjuk rasa pada Senin (3/6/2024).\nDua warga Hamas yang ditahan Israel dibawa ke kantor polisi. "
     "\"Saat itu keduanya ditahan Israel,\" kata Qatar, Rabu (5/6/2024).", "COERCE", "ISR",
     (D(2024, 6, 3), D(2024, 6, 3), "unknown")),
]


@pytest.mark.parametrize("text,kind,source,expected", ROUNDUP_CASES)
def test_restated_act_with_its_day(stages, text, kind, source, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events
             if e.type == kind and e.source == source and e.sentence == 1]
    assert found, [(e.type, e.source, e.sentence) for e in doc.events]
    assert found[0] == expected


OTHER_CASES = [
    # a date in a "usai" clause after the trigger dates that other event, not the apology
    ("Dalam jumpa pers pada Rabu (5/6/2024), Israel meminta maaf usai Hamas melakukan serangan di tahun ini.",
     "CONCEDE", "ISR", (D(2024, 6, 5), D(2024, 6, 5), "day")),
    # "kemarin" after an event noun is the recent one, not yesterday
    ("\"Kami mengulang cara demo kemarin,\" kata Israel. Israel menyerang Hamas dalam demo kemarin.", "ASSAULT", "ISR",
     REPORT),
    ("Israel menyerang Hamas kemarin.", "ASSAULT", "ISR", (D(2024, 6, 6), D(2024, 6, 6), "day")),
    # a weekday before a capitalised word is a name ("program Jumat Peduli"), no day
    ("Dalam program Jumat Peduli Israel memberikan bantuan kepada Hamas.", "AID", "ISR", REPORT),
    # ... a weekday after a preposition is still a day
    ("Israel memberikan bantuan kepada Hamas pada Rabu Pagi.", "AID", "ISR", (D(2024, 6, 5), D(2024, 6, 5), "day")),
]


@pytest.mark.parametrize("text,kind,source,expected", OTHER_CASES)
def test_dates_of_other_things(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected
