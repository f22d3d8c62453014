"""Event dates around a quotation tagged through a citation (issue 18, class "citation day").

A quotation's tag written through a citation cue ("..., kata X dalam keterangannya, dikutip, Rabu (5/6)",
"ujar X dilansir Warta, Rabu (5/6)") gives the day the words were quoted, the report's day. When the
meeting or act the words tell of is dated at most `cited_tag_reach` sentences before the tag ("Rapat itu
digelar pada Senin (3/6)"), what is told after the tag and the quotation's own "hari ini" take that day;
with no day so near, the tag's day is still the day told at. A plain tag ("kata X, Rabu (5/6)") is the day
X spoke, as before.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.language.timexes import narrative_reference, speech_date
from tests.test_timexes_event_dates import code, first_date, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
MON = (D(2024, 6, 3), D(2024, 6, 3), "unknown")
WED = (D(2024, 6, 5), D(2024, 6, 5), "unknown")

MEETING = "Hal itu dibahas dalam rapat koordinasi di Kantor Gubernur Sukamaju pada Senin (3/6/2024).\n"
FILLER = "Pasar Lumbu dibuka pada Senin (3/6/2024) pagi.\nHarga beras di pasar itu naik.\nWarga mengeluh.\nPedagang diam.\n"

# (text, event type, source, (date, date_end, precision) expected)
CASES = [
    # after a tag through a citation, the meeting's day told just before it
    (MEETING + '"Kami terus berbenah," kata Menteri Qatar dalam keterangannya, dikutip, Rabu (5/6/2024).\n'
     "Qatar menyampaikan terima kasih kepada Israel atas kerja samanya.", "SUPPORT", "QAT", MON),
    (MEETING + '"Kami terus berbenah," ujar Menteri Qatar dilansir Warta, Rabu (5/6/2024).\n'
     "Qatar juga mengecam Israel atas blokade itu.", "ACCUSE", "QAT", MON),
    # ... a plain tag is the day its speaker spoke, as before
    (MEETING + '"Kami terus berbenah," kata Menteri Qatar kepada wartawan, Rabu (5/6/2024).\n'
     "Qatar menyampaikan terima kasih kepada Israel atas kerja samanya.", "SUPPORT", "QAT", WED),
    # ... a day told far before the tag is another episode: the tag's day stays
    (FILLER + '"Kami terus berbenah," kata Menteri Qatar dalam keterangannya, dikutip, Rabu (5/6/2024).\n'
     "Qatar menyampaikan terima kasih kepada Israel atas kerja samanya.", "SUPPORT", "QAT", WED),
    # ... with no day before the tag at all, the tag's day
    ('"Kami terus berbenah," kata Menteri Qatar dalam keterangannya, dikutip, Rabu (5/6/2024).\n'
     "Qatar menyampaikan terima kasih kepada Israel atas kerja samanya.", "SUPPORT", "QAT", WED),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_cited_tag_gives_way_to_meeting_day(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected


def test_quoted_today_is_the_meeting_day(stages):  # noqa: F811
    doc = code(stages, MEETING + '"Hari ini kami membahas laporan Israel," kata Menteri Qatar dalam keterangannya, '
               "dikutip, Rabu (5/6/2024).", FRI)
    today = next(t for t in doc.timexes if t.text.lower() == "hari ini")
    assert today.value == D(2024, 6, 3)
    assert speech_date(doc, doc.sentences[1]) == D(2024, 6, 3)


def test_quoted_today_after_plain_tag_is_the_tag_day(stages):  # noqa: F811
    doc = code(stages, MEETING + '"Hari ini kami membahas laporan Israel," kata Menteri Qatar kepada wartawan, '
               "Rabu (5/6/2024).", FRI)
    today = next(t for t in doc.timexes if t.text.lower() == "hari ini")
    assert today.value == D(2024, 6, 5)


def test_reference_after_cited_tag(stages):  # noqa: F811
    doc = code(stages, MEETING + '"Kami terus berbenah," kata Menteri Qatar, dikutip dari Warta, Rabu (5/6/2024).\n'
               "Warga menunggu hasilnya.", FRI)
    assert narrative_reference(doc, doc.sentences[-1]) == D(2024, 6, 3)


def _event(doc, kind: str, source: str):
    return next(e for e in doc.events if e.type == kind and e.source is not None and source in e.source)


ATTEMPT_INCIDENT = "Bentrokan yang terjadi pada Senin (3/6/2024) itu berawal dari utang.\n"
ATTEMPT_TOLD = '"Warga sempat lari," kata Kapolsek Lumbu, Rabu (5/6/2024).\n'

# an attempt told with "berusaha"/"mencoba" was made: asserted, dated as the incident it belongs to;
# an effort aimed at ("berupaya") and one announced ("akan berusaha") stay planned
ATTEMPT_CASES = [
    (ATTEMPT_INCIDENT + ATTEMPT_TOLD + "Israel lalu berusaha menyerang Hamas dengan parang.", "asserted", MON),
    (ATTEMPT_INCIDENT + ATTEMPT_TOLD + "Israel kemudian mencoba menyerang Hamas di depan warga.", "asserted", MON),
    (ATTEMPT_INCIDENT + ATTEMPT_TOLD + "Israel akan berusaha menyerang Hamas.", "planned", WED),
    (ATTEMPT_INCIDENT + ATTEMPT_TOLD + "Israel berupaya menyerang Hamas.", "planned", WED),
]


@pytest.mark.parametrize("text,modality,expected", ATTEMPT_CASES)
def test_attempt_is_dated_as_incident(stages, text, modality, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    assert _event(doc, "ASSAULT", "ISR").modality == modality
    assert first_date(doc, "ASSAULT", "ISR") == expected


# an act alleged before its telling ("diduga menyerang ..., kata X, Rabu (5/6)") is not of the statement's day:
# the telling's day at the latest, with no day's precision; an act the tag reports plainly keeps the day
ALLEGED_CASES = [
    ("Israel diduga menyerang Hamas di Pasar Lumbu, kata Kapolsek Lumbu, Rabu (5/6/2024).", WED),
    ("Israel disinyalir menyerang Hamas di Pasar Lumbu, ujar Kapolsek Lumbu, Rabu (5/6/2024).", WED),
    ("Israel menyerang Hamas di Pasar Lumbu, kata Kapolsek Lumbu, Rabu (5/6/2024).",
     (D(2024, 6, 5), D(2024, 6, 5), "day")),
]


@pytest.mark.parametrize("text,expected", ALLEGED_CASES)
def test_alleged_act_not_dated_by_statement_day(stages, text, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), "ASSAULT", "ISR") == expected


def test_quoted_today_after_cited_report_day(stages):  # noqa: F811
    # an outlet's report day ("Dilansir Warta, Jumat (7/6)") is not when quoted words were said: "tadi" takes the
    # day the narration names after it ("pada Rabu malam"), not the report's
    doc = code(stages, "Dilansir Warta, Jumat (7/6/2024), ribuan warga Qatar berdemo di ibu kota.\n"
               "Polisi membubarkan massa pada Rabu malam.\n"
               '"Pagi tadi massa berkumpul dengan damai," kata juru bicara polisi.', FRI)
    tadi = next(t for t in doc.timexes if t.text.lower() == "tadi")
    assert tadi.value == D(2024, 6, 5)


def test_quoted_today_after_cited_report_day_alone(stages):  # noqa: F811
    doc = code(stages, "Dilansir Warta, Kamis (6/6/2024), ribuan warga Qatar berdemo di ibu kota.\n"
               '"Pagi tadi massa berkumpul dengan damai," kata juru bicara polisi.', FRI)
    tadi = next(t for t in doc.timexes if t.text.lower() == "tadi")
    assert tadi.value == D(2024, 6, 6)
