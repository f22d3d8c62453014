"""Event dates taken from the same episode elsewhere in the article (issue 18, HeidelTime's narrative strategy).

(a) An act named by its event noun ("pertemuan", "penyerangan") or followed by an anaphor ("aksi itu") is the
same act as an earlier sentence that writes a day with its number next to a word of the same stem: it takes
that day, not the day the story is told at. A plain verb is not resolved back (it may be another act), and a
day written next to another act does not count.
(b) A cited outlet's report day ("..., dilansir Warta, Kamis (6/6)") is no day of the story: the undated
sentences after it keep the story's day told before it; with none, the cited day is still the day told at.

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
THU = (D(2024, 6, 6), D(2024, 6, 6), "unknown")

TOLD = '\n\n"Semua berjalan baik," kata juru bicara Qatar, Kamis (6/6/2024).\n\n'
ATTACK_TOLD = '\n\n"Situasi sudah kondusif," kata Kapolsek Lumbu, Rabu (5/6/2024).\n\n'
BANNER = "Spanduk besar terbentang di depan gedung parlemen, dilansir Warta, Kamis (6/6/2024).\n"

# (text, event type, source, the later event's (date, date_end, precision) expected)
CASES = [
    # (a) the meeting named again by its noun, paragraphs after its day: that day
    ("Pertemuan Qatar dan Hamas di Doha, Senin (3/6/2024), berlangsung tertutup." + TOLD
     + "Pengamat menilai pertemuan Qatar dengan Hamas membawa pesan damai.", "CONSULT", MON),
    # ... a day written next to another act is not the meeting's: the day the story is told at
    ("Qatar dan Hamas menandatangani nota di Doha, Senin (3/6/2024)." + TOLD
     + "Pengamat menilai pertemuan Qatar dengan Hamas membawa pesan damai.", "CONSULT", THU),
    # ... a plain verb is not resolved back: it may tell another attack
    ("Israel menyerang Hamas di perbatasan pada Senin (3/6/2024) malam." + ATTACK_TOLD
     + "Israel juga menyerang Qatar di pelabuhan.", "ASSAULT", WED),
    # (b) a cited report's day gives way to the story's day told before it
    ("Ribuan warga Hamas berunjuk rasa menentang Israel di alun-alun Kota Lumbu pada Rabu (5/6/2024).\n" + BANNER
     + "Hamas juga mengecam Israel di depan gedung parlemen.", "ACCUSE", WED),
    # ... with no day of the story before it, the cited day is still the day told at
    (BANNER + "Hamas juga mengecam Israel di depan gedung parlemen.", "ACCUSE", THU),
]


@pytest.mark.parametrize("text,kind,expected", CASES)
def test_date_from_same_episode(stages, text, kind, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    later = [(e.date, e.date_end, e.date_precision) for e in doc.events
             if e.type == kind and e.sentence == len(doc.sentences) - 1]
    assert later and later[0] == expected, [(e.sentence, e.type, e.date, e.date_precision) for e in doc.events]


def test_noun_act_keeps_own_day(stages):  # noqa: F811
    """The sentence that writes the day keeps it at day precision."""
    doc = code(stages, "Pertemuan Qatar dan Hamas di Doha, Senin (3/6/2024), berlangsung tertutup." + TOLD
               + "Pengamat menilai pertemuan Qatar dengan Hamas membawa pesan damai.", FRI)
    assert first_date(doc, "CONSULT", "QAT") == (D(2024, 6, 3), D(2024, 6, 3), "day")


INCIDENT = "Peristiwa itu terjadi pada Senin (3/6/2024) malam di Pasar Lumbu.\n"

TELLING_CASES = [
    # two tellings of the same story between the incident and the narrated act: still the incident's day
    (INCIDENT + '"Kami kaget sekali," kata seorang pedagang, Rabu (5/6/2024).\n'
     + '"Kami sudah di lokasi," kata Kapolsek Lumbu, Rabu (5/6/2024).\n'
     + "Israel lalu menyerang Hamas dengan senjata tajam.", MON),
    # ... a day of another event between (not a telling) still ends the incident
    (INCIDENT + "Pasar Lumbu dibuka kembali pada Selasa (4/6/2024) pagi.\n"
     + '"Kami sudah di lokasi," kata Kapolsek Lumbu, Rabu (5/6/2024).\n'
     + "Israel lalu menyerang Hamas dengan senjata tajam.", WED),
]


@pytest.mark.parametrize("text,expected", TELLING_CASES)
def test_incident_day_past_other_tellings(stages, text, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), "ASSAULT", "ISR") == expected


LAWYER = '"Klien kami sakit," kata pengacara Hamas kepada wartawan, Jumat (7/6/2024).\n'
FRI_TOLD = (FRI, FRI, "unknown")

REQUESTED_CASES = [
    # a day ahead after the event a request asks for dates that event: the request keeps its telling's day
    (LAWYER + "Hamas akan meminta penjadwalan ulang pemeriksaan kepada Israel pekan depan.", "REQUEST", FRI_TOLD),
    (LAWYER + "Hamas akan meminta Israel menunda pemeriksaan pekan depan.", "REQUEST", FRI_TOLD),
    # ... a plan with no requested event: the day ahead is the plan's own
    (LAWYER + "Hamas akan menemui Israel pekan depan.", "CONSULT", (D(2024, 6, 10), D(2024, 6, 16), "week")),
]


@pytest.mark.parametrize("text,kind,expected", REQUESTED_CASES)
def test_day_ahead_of_requested_event(stages, text, kind, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, "HAMAS") == expected


DEC = D(2024, 12, 9)  # publication day of a trial report
INDICTED = ("Jaksa membacakan dakwaan terhadap Israel di Pengadilan Negeri Lumbu, kata jaksa, Senin (9/12/2024).\n\n"
            "Kemudian (7/10), Israel mengenakan seragam palsu ketika dijemput rekannya.\n\n"
            "Mereka lalu pergi ke kantor kejaksaan.\n\n")

SEQUENCE_CASES = [
    # the episode goes on across paragraphs with a connective of the sequence: the day told in the narration
    (INDICTED + "Di sana, Israel berupaya menemui Hamas dengan identitas palsu.", (D(2024, 10, 7), D(2024, 10, 7), "unknown")),
    # ... without one, the sentence is not carried back: the day the story is told at
    (INDICTED + "Israel berupaya menemui Hamas dengan identitas palsu.", (DEC, DEC, "unknown")),
    # ... nor past a quotation, which hands the story back to its telling
    (INDICTED.replace("Mereka lalu pergi ke kantor kejaksaan.", '"Kami pergi ke kantor kejaksaan," ujar rekannya.')
     + "Di sana, Israel berupaya menemui Hamas dengan identitas palsu.", (DEC, DEC, "unknown")),
]


@pytest.mark.parametrize("text,expected", SEQUENCE_CASES)
def test_narrated_sequence_across_paragraphs(stages, text, expected):  # noqa: F811
    doc = code(stages, text, DEC)
    later = [(e.date, e.date_end, e.date_precision) for e in doc.events
             if e.type == "CONSULT" and e.sentence == len(doc.sentences) - 1]
    assert later and later[0] == expected, [(e.sentence, e.type, e.date, e.date_precision) for e in doc.events]


DESIGNATED = ("Israel menggelar perkara pada pekan lalu dan menetapkan Hamas sebagai tersangka.\n\n"
              '"Semua berjalan baik," kata juru bicara Mesir, Kamis (6/6/2024).\n\n')
LAST_WEEK = (D(2024, 5, 27), D(2024, 6, 2), "week")

RESTATED_CASES = [
    # a perfect act restated with the same name: the span the earlier sentence gave it
    (DESIGNATED + "Israel telah menetapkan Hamas sebagai tersangka perusakan pasar.", LAST_WEEK),
    # ... another name: another act, told on the telling's day
    (DESIGNATED + "Israel telah menetapkan Qatar sebagai tersangka perusakan pasar.", THU),
    # ... not told as done before (no "telah"): not resolved back
    (DESIGNATED + "Israel menetapkan Hamas sebagai tersangka perusakan pasar.", THU),
]


@pytest.mark.parametrize("text,expected", RESTATED_CASES)
def test_restated_perfect_act(stages, text, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    later = [(e.date, e.date_end, e.date_precision) for e in doc.events
             if e.type == "ACCUSE" and e.sentence == len(doc.sentences) - 1]
    assert later and later[0] == expected, [(e.sentence, e.type, e.date, e.date_precision) for e in doc.events]


SPOKE = '"Semua berjalan baik," kata juru bicara Mesir, Kamis (6/6/2024).\n'

PAST_AFTER_CASES = [
    # a past adverbial with no day right after the act: background, not the telling's day
    (SPOKE + "Israel menyerang Hamas di perbatasan beberapa waktu lalu.", (None, None, "unknown")),
    # ... one inside a relative clause or an apposition dates that clause, not the act
    (SPOKE + "Israel menyerang Hamas yang bertahan di perbatasan sejak beberapa waktu lalu.", THU),
    (SPOKE + "Israel menyerang Hamas, kelompok yang kalah beberapa waktu lalu.", THU),
]


@pytest.mark.parametrize("text,expected", PAST_AFTER_CASES)
def test_past_adverbial_after_trigger(stages, text, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), "ASSAULT", "ISR") == expected
