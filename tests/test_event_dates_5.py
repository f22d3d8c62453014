"""Issue 18, wrong dates: an act placed in a past week or month by a later sentence takes that span.

(a) Past the lead, an act named again with an anaphor in one of the next `coreferent_act.ahead` sentences
    ("Penyitaan tersebut terjadi pekan lalu di Gaza") takes that past week, at week precision, not the day of the
    statement that tells it. Without the anaphor, or further ahead, the statement's day stands.
(b) A since-span into a past week ("sejak pekan lalu") after a perfect marker ("sudah diputuskan sejak pekan
    lalu") says a lead's act was done already in that week: the lead takes that week, not the span that runs
    to the report's day. Without the perfect marker, the since-span dates nothing. A verb's "-kan" form is
    restated by its noun's "-an" form ("menetapkan" / "penetapan", `coreferent_act.verb_noun_suffixes`).
(c) A day written after "per"/"terhitung" (time.yaml `effective_markers`) inside a quotation is the day a measure
    holds from: it is no narrative reference for the undated sentences after it; in the narration it still is.
(d) A sentence opened by a recap word ("Diketahui, ...", `coreferent_act.recap_openers`) restates an act told
    before: it takes the day an earlier sentence writes next to the same act's word.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
THU = (D(2024, 6, 6), D(2024, 6, 6), "unknown")
LAST_WEEK = (D(2024, 5, 27), D(2024, 6, 2), "week")

OPENING = ("Warga Kampung Lumbu berkumpul di balai desa.\nKepala desa membuka acara itu dengan doa.\n"
           "Hujan turun sejak pagi di Lumbu.\nBeberapa warga membawa payung.\n")
TAG = ', kata juru bicara Qatar, Kamis (6/6/2024).'

CASES = [
    # (a) the seizure named again with "tersebut" in the sentence after the tag: last week
    (OPENING + '"Israel sudah menyita kapal Hamas di pelabuhan"' + TAG
     + "\nMenurut dia, penyitaan tersebut terjadi pekan lalu di Gaza.", "COERCE", 4, LAST_WEEK),
    (OPENING + '"Pasukan Israel menyita kapal Hamas di pelabuhan"' + TAG
     + "\nPenyitaan itu berlangsung pekan lalu, tambahnya.", "COERCE", 4, LAST_WEEK),
    # ... a past week next to no anaphor of the act: the statement's day stands
    (OPENING + '"Israel sudah menyita kapal Hamas di pelabuhan"' + TAG
     + "\nIa menyebut cuaca buruk terjadi pekan lalu.", "COERCE", 4, THU),
    # ... the act's word without the anaphor may be another seizure: the statement's day stands
    (OPENING + '"Israel sudah menyita kapal Hamas di pelabuhan"' + TAG
     + "\nIa menyebut penyitaan lain dilakukan pekan lalu.", "COERCE", 4, THU),
    # (b) the lead's arrest done already since last week, with a perfect marker: last week
    ("Israel menangkap anggota Hamas di perbatasan.\nPenangkapan anggota Hamas itu sudah dijalankan sejak pekan "
     "lalu, kata juru bicara Qatar.", "COERCE", 0, LAST_WEEK),
    ("Israel menangkap anggota Hamas di perbatasan.\nPenangkapan anggota Hamas ternyata sudah berlangsung sejak "
     "pekan lalu.", "COERCE", 0, LAST_WEEK),
    # ... the verb's "-kan" form restated by its noun ("menetapkan" / "penetapan"; verb_noun_suffixes)
    ("Israel menetapkan anggota Hamas sebagai tersangka.\nPenetapan anggota Hamas sebagai tersangka itu sudah diputuskan sejak "
     "pekan lalu.", "ACCUSE", 0, LAST_WEEK),
]


@pytest.mark.parametrize("text, kind, index, expected", CASES)
def test_act_dated_by_a_past_span_told_after(stages, text, kind, index, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == kind and e.sentence == index]
    assert found and found[0] == expected, [(e.sentence, e.type, e.date, e.date_end, e.date_precision)
                                           for e in doc.events]


def test_since_span_without_perfect_dates_nothing(stages):  # noqa: F811
    """(b) "Hamas ditahan sejak pekan lalu" without a perfect marker is a state running to the report: the lead's
    arrest is not moved into last week by it."""
    doc = code(stages, "Israel menangkap anggota Hamas di perbatasan.\nPenangkapan anggota Hamas berlangsung sejak "
                       "pekan lalu hingga kini.", FRI)
    lead = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == "COERCE" and e.sentence == 0]
    assert lead and lead[0] != LAST_WEEK, lead


WED = (D(2024, 6, 5), D(2024, 6, 5), "unknown")
MON = (D(2024, 6, 3), D(2024, 6, 3), "unknown")

EFFECTIVE = [
    # (c) a day a measure holds from, in a quotation ("per 3 Juni sudah dihentikan"): the next undated act is told
    # at the meeting's day, not at that day
    ('Pertemuan Qatar dan Hamas digelar di Doha, Rabu (5/6/2024).\n"Terkait bantuan, per 3 Juni sudah dihentikan,"'
     ' kata juru bicara Qatar.\nHamas juga mengecam Israel.', WED),
    ('Pertemuan Qatar dan Hamas digelar di Doha, Rabu (5/6/2024).\n"Bantuan itu terhitung 3 Juni sudah dihentikan,"'
     ' kata juru bicara Qatar.\nHamas juga mengecam Israel.', WED),
    # ... the same day in the narration still dates what is told next
    ("Pertemuan Qatar dan Hamas digelar di Doha, Rabu (5/6/2024).\nPer 3 Juni, bantuan itu sudah dihentikan.\n"
     "Hamas juga mengecam Israel.", MON),
]


@pytest.mark.parametrize("text, expected", EFFECTIVE)
def test_quoted_effective_day_is_no_story_day(stages, text, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == "ACCUSE" and e.sentence == 2]
    assert found and found[0] == expected, [(e.sentence, e.type, e.date, e.date_end, e.date_precision)
                                           for e in doc.events]


MAY20 = (D(2024, 5, 20), D(2024, 5, 20), "unknown")
MAY21 = (D(2024, 5, 21), D(2024, 5, 21), "unknown")

RECAP_STORY = (OPENING + "Israel menangkap anggota Hamas pada 20 Mei 2024 di Rafah. Pasukan itu sudah menetapkan "
               "anggota Hamas sebagai tersangka pada 21 Mei 2024. ")
RECAP = [
    # (d) a recap sentence ("Diketahui, ...") restates the arrest told before with its day: that day, not the nearest
    # day told before it in the paragraph (the day another act, the charge, was done)
    (RECAP_STORY + "Diketahui, Israel menangkap anggota Hamas di perbatasan.", MAY20),
    (RECAP_STORY + "Seperti diketahui, anggota Hamas ditangkap Israel di perbatasan.", MAY20),
    # ... without the recap word, a plain sentence goes on with the story at the nearest day, as before
    (RECAP_STORY + "Israel menangkap anggota Hamas di perbatasan.", MAY21),
]


@pytest.mark.parametrize("text, expected", RECAP)
def test_recap_sentence_takes_the_acts_own_day(stages, text, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == "COERCE" and e.sentence == 6]
    assert found and found[0] == expected, [(e.sentence, e.type, e.date, e.date_end, e.date_precision)
                                           for e in doc.events]
