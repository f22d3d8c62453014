"""Event dates where a story is told on a later day than its incident (issue 18, sixth and seventh rounds).

An act narrated after a statement's tag ("..., kata X, Rabu (5/6)") took place on the incident's day the
same story gave just before ("Peristiwa itu terjadi pada Senin (3/6)"), not on the day it was told; the
speaker's own acts of saying and the incident's aftermath ("Atas kejadian itu, ...") keep the telling's
day. A lead is not dated by a cited outlet's report day ("Dilansir dari Warta, Rabu (5/6)"), unless that
day tags a statement ("kata X dikutip dari Warta, Rabu (5/6)"), which is the day X spoke.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, first_date, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
MON = (D(2024, 6, 3), D(2024, 6, 3), "unknown")
WED = (D(2024, 6, 5), D(2024, 6, 5), "unknown")

INCIDENT = "Peristiwa itu terjadi pada Senin (3/6/2024) malam di Pasar Lumbu.\n"
TOLD = '"Mereka datang lalu langsung ribut," kata Kapolsek Lumbu, Rabu (5/6/2024).\n'

# (text, event type, source, (date, date_end, precision) expected)
CASES = [
    # an act narrated after the statement's tag: the incident's day
    (INCIDENT + TOLD + "Israel lalu menyerang Hamas dengan senjata tajam.", "ASSAULT", "ISR", MON),
    ("Bentrokan yang terjadi pada Senin (3/6/2024) itu berawal dari utang.\n" + TOLD
     + "Israel kemudian menyerang Hamas di depan warga.", "ASSAULT", "ISR", MON),
    # ... without a day told as the incident's, the telling's day as before
    ("Pasar Lumbu dibuka pada Senin (3/6/2024) pagi.\n" + TOLD + "Israel lalu menyerang Hamas dengan senjata tajam.",
     "ASSAULT", "ISR", WED),
    # ... the incident named as a whole: its aftermath, told on the telling's day
    (INCIDENT + TOLD + "Atas kejadian itu, Israel menyerang Hamas.", "ASSAULT", "ISR", WED),
    # a quotation in the tag's own sentence narrates the incident: its day, not the telling's
    (INCIDENT + '"Israel menyerang Hamas dengan parang," kata Kapolsek Lumbu, Rabu (5/6/2024).', "ASSAULT", "ISR",
     MON),
    # ... not without an incident's day before it
    ('"Israel menyerang Hamas dengan parang," kata Kapolsek Lumbu, Rabu (5/6/2024).', "ASSAULT", "ISR",
     (D(2024, 6, 5), D(2024, 6, 5), "day")),
    # the tag's own quotation opens with the incident's day
    ('"Senin, 3 Juni 2024, pukul 08.30 kami sedang menunggu di teras pasar," kata Kapolsek Lumbu, Rabu (5/6/2024).\n'
     "Beberapa saat kemudian Israel menyerang Hamas di teras itu.", "ASSAULT", "ISR", MON),
    # ... a plan is dated by its statement
    (INCIDENT + TOLD + "Israel akan menyerang Hamas.", "ASSAULT", "ISR", WED),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_incident_day_after_statement_tag(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


LEAD_CASES = [
    # a lead followed by a cited report's day and then the story's own day: the story's
    ("Israel menangkap dua warga Hamas di perbatasan.\nDilansir dari Warta, Rabu (5/6/2024), pada Senin (3/6) "
     "polisi menerima laporan keributan.", "COERCE", "ISR", MON),
    # ... a cited statement's day is the day its speaker spoke
    ("Israel menangkap dua warga Hamas di perbatasan.\n\"Keduanya kami periksa,\" kata Qatar dikutip dari Warta, "
     "Rabu (5/6/2024).", "COERCE", "ISR", WED),
]


@pytest.mark.parametrize("text,kind,source,expected", LEAD_CASES)
def test_lead_not_dated_by_citation(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


CASE_CASES = [
    # the years a case covers, after its noun in the trigger's complement: not the act's date
    ("Israel menahan dua warga Hamas tersangka perkara korupsi dana desa tahun 2019-2021 hari ini.", "COERCE",
     "ISR", (FRI, FRI, "day")),
    ("Israel menggeledah kantor Hamas terkait kasus pengadaan tenda tahun 2022.", "ACCUSE", "ISR",
     (FRI, FRI, "unknown")),
    ("Israel menahan dua warga Hamas tersangka perkara korupsi pembangunan Pasar Lumbu, periode 2015-2018.",
     "COERCE", "ISR", (FRI, FRI, "unknown")),
    # ... a year of the act itself, with no case noun before it, still dates it
    ("Israel menahan dua warga Hamas pada Maret 2024.", "COERCE", "ISR", (D(2024, 3, 1), D(2024, 3, 31), "month")),
]


@pytest.mark.parametrize("text,kind,source,expected", CASE_CASES)
def test_case_period_not_act_date(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


DOCUMENT_CASES = [
    # a warrant's day ("Nomor ... tanggal ...") is not the day the story is told at: the act narrated
    # after it keeps the statement's day
    ("Qatar berbicara kepada wartawan, Rabu (5/6/2024).\nPenggeledahan berdasarkan Surat Perintah Nomor "
     "PRINT-12/Fd.1/06/2024 tanggal 3 Juni 2024.\nIsrael menyita dokumen milik Hamas.", "COERCE", "ISR", WED),
    # ... a day written after "tanggal" with no document before it is still the story's
    ("Qatar berbicara kepada wartawan, Rabu (5/6/2024).\nPenggeledahan dilakukan tanggal 3 Juni 2024.\n"
     "Israel menyita dokumen milik Hamas.", "COERCE", "ISR", MON),
]


@pytest.mark.parametrize("text,kind,source,expected", DOCUMENT_CASES)
def test_document_day_not_narrative(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


def test_numeric_date_glued_to_a_code(stages):  # noqa: F811
    """"Fd.1/06/2024" inside a document number is no date; "(1/6/2024)" still is."""
    doc = code(stages, "Surat Nomor PRINT-12/Fd.1/06/2024 dibacakan pada (1/6/2024).", FRI)
    assert [t.text for t in doc.timexes if t.value is not None] == ["(1/6/2024)"]
