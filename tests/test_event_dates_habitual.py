"""Event dates of repeated, earlier and narrated acts (issue 18).

A habitual or repeated act ("setiap Senin", "rutin", "beberapa kali") is done on many days and gets no
date; an experiential "pernah" puts the act before the story; "saat itu"/"kala itu" refers back to the time
told before; a trial document's narrated acts (the prosecutor's quoted story, "Terdakwa kemudian ...", the
court's finding) lie before the hearing; a past-time adverbial with no day ("beberapa waktu yang lalu") makes
the act background; an act named again as a noun with "itu" took place on the incident's day told before; a
"kemarin" quoted in another sentence is the speaker's anecdote, not a day of the story.

Sentences written for the project; names and places are invented. Documents go through the real `timexes`
stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, first_date, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
MON = D(2024, 6, 10)  # publication day, a Monday
THU = (D(2024, 6, 6), D(2024, 6, 6), "unknown")
NONE = (None, None, "unknown")
LEAD = "Menteri itu berbicara di Kairo, Kamis (6/6/2024).\n"
TRIAL = "Sidang terdakwa digelar di pengadilan, Kamis (6/6/2024).\n"

# (text, published, event type, source, (date, date_end, precision) expected)
CASES = [
    # habitual: a recurrence before the trigger, or after it before any other verb
    (LEAD + "Setiap Senin, Mesir bertemu Qatar di Kairo.", FRI, "CONSULT", "EGY", NONE),
    (LEAD + "Mesir bertemu Qatar setiap pekan di Kairo.", FRI, "CONSULT", "EGY", NONE),
    (LEAD + "Mesir rutin bertemu Qatar untuk membahas perbatasan.", FRI, "CONSULT", "EGY", NONE),
    (LEAD + "Mesir berulang kali mengecam Israel.", FRI, "ACCUSE", "EGY", NONE),
    # ... a repeated noun event
    (LEAD + "Unjuk rasa warga Israel menentang Hamas berlangsung beberapa kali sebelumnya.", FRI,
     "PROTEST", "ISR.CVL", NONE),
    # ... but a habit asked of the addressee is asked once, on the story's day
    (LEAD + "Mesir meminta Qatar membantu memantau perbatasan secara rutin setiap minggu.", FRI,
     "REQUEST", "EGY", THU),
    # experiential "pernah": before the story, not on its day
    (LEAD + "Mesir pernah menolak usulan Qatar.", FRI, "REJECT", "EGY", NONE),
    # ... but not a "pernah" of a quotation closed before the trigger (a sentence the splitter missed)
    (LEAD + "\"Kami tidak pernah diajak bicara,\" kata menteri itu.Selain itu, Mesir mengecam Israel atas serangan itu.",
     FRI, "ACCUSE", "EGY", THU),
    # a past-time adverbial anywhere before the trigger: background
    (LEAD + "Saya ingat beberapa waktu yang lalu, Mesir menolak usulan Qatar.", FRI, "REJECT", "EGY", NONE),
    # "saat itu"/"kala itu": the year told in the sentence before, fronted or inside the clause
    ("Pada pemilu tahun 2019, Hamas menang besar.\nSaat itu, Qatar meminta Hamas menunda pengumuman.", FRI,
     "REQUEST", "QAT", (D(2019, 1, 1), D(2019, 12, 31), "year")),
    ("Pada pemilu tahun 2019, Hamas menang besar.\nQatar kala itu meminta Hamas menunda pengumuman.", FRI,
     "REQUEST", "QAT", (D(2019, 1, 1), D(2019, 12, 31), "year")),
    # ... a day told before it
    (LEAD + "Kala itu, Qatar meminta Hamas menunda pengumuman.", FRI, "REQUEST", "QAT", THU),
    # ... and the next sentence of the paragraph opened by "Sehingga"/"Kemudian" goes on at that time
    ("Pada pemilu tahun 2019, Hamas menang besar. Qatar kala itu mendukung Hamas. Sehingga Mesir meminta Qatar "
     "menunda pengumuman.", FRI, "REQUEST", "EGY", (D(2019, 1, 1), D(2019, 12, 31), "year")),
    # ... not across a paragraph break
    ("Pada pemilu tahun 2019, Hamas menang besar. Qatar kala itu mendukung Hamas.\nSehingga Mesir meminta Qatar "
     "menunda pengumuman.", FRI, "REQUEST", "EGY", (FRI, FRI, "unknown")),
    # a trial's narrated acts: the prosecutor's quoted story, a narrative connective, the court's finding
    (TRIAL + "\"Terdakwa lalu bertemu utusan Qatar di Doha,\" ujar jaksa.", FRI, "CONSULT", "QAT.CRM", NONE),
    (TRIAL + "Terdakwa kemudian menemui utusan Qatar di Doha.", FRI, "CONSULT", "QAT.CRM", NONE),
    (TRIAL + "\"Terdakwa bertemu utusan Qatar di Doha,\" ujar jaksa.\nTerdakwa meminta utusan Qatar mengirim uang.",
     FRI, "REQUEST", "QAT.CRM", NONE),
    (TRIAL + "Majelis hakim berpendapat perbuatan terdakwa bersama Hamas menyerang Israel dilakukan dengan sengaja.",
     FRI, "ASSAULT", "PSE.CRM", NONE),
    # an act named again as a noun with "itu": the incident's day told before, not the telling's
    ("Peristiwa itu terjadi pada Minggu (2/6/2024) malam.\nHamas dihadirkan dalam rilis media pada Jumat (7/6/2024).\n"
     "Mesir menyebut setelah melakukan penyerangan itu, Hamas bersembunyi.", MON, "ASSAULT", "EGY",
     (D(2024, 6, 2), D(2024, 6, 2), "unknown")),
    # ... without "itu" the act is not named as that incident: the story's day
    ("Peristiwa itu terjadi pada Minggu (2/6/2024) malam.\nHamas dihadirkan dalam rilis media pada Jumat (7/6/2024).\n"
     "Mesir menyebut Hamas melakukan penyerangan terhadap Israel.", MON, "ASSAULT", "HAMAS",
     (D(2024, 6, 7), D(2024, 6, 7), "unknown")),
    # a "kemarin" quoted in another sentence is the speaker's anecdote; written outside a quotation it dates
    ("Mesir mengecam Israel di Kairo, Kamis (6/6/2024).\n\"Kemarin saya naik mobil biasa,\" ujar menteri itu.\n"
     "Kemudian, Mesir meminta Qatar menggunakan mobil buatan sendiri.", MON, "REQUEST", "EGY", THU),
    ("Mesir mengecam Israel di Kairo, Kamis (6/6/2024).\nKemarin menteri itu naik mobil biasa.\n"
     "Kemudian, Mesir meminta Qatar menggunakan mobil buatan sendiri.", MON, "REQUEST", "EGY",
     (D(2024, 6, 9), D(2024, 6, 9), "unknown")),
]


@pytest.mark.parametrize("text, published, kind, source, expected", CASES)
def test_repeated_earlier_and_narrated_acts(stages, text, published, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, published), kind, source) == expected


def test_a_plan_of_a_habit_keeps_its_statement_day(stages):  # noqa: F811
    """"akan rutin bertemu": a plan is dated by its statement, habit or not."""
    doc = code(stages, LEAD + "Mesir akan rutin bertemu Qatar di Kairo.", FRI)
    found = [e for e in doc.events if e.type == "CONSULT" and e.source == "EGY"]
    assert found and found[0].modality == "planned" and found[0].date is not None
