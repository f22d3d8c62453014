"""Issue 18, wrong dates: an act told again takes its own day, not the day it is told again at.

(a) A possessed event noun ("kunjungannya", "penolakannya") names an act already told, whatever its prefix; its
    possessive is cut before its suffix, so it meets the earlier sentence's "kunjungan".
(b) A fronted phrase that names an episode again with an anaphor ("Dalam sidang itu, ...") dates the main
    clause by the day an earlier sentence writes for that episode.
(c) A speech tag ("..., kata X, Kamis (6/6)") dates the telling: an act the quotation tells as done before
    ("sudah", "telah", "sebelumnya") is dated by it at the latest, never with a day's precision.
(d) A cited outlet's day in the sentence ("Dilansir Warta, Kamis (6/6), ...") is the outlet's report day,
    not the act's day.
(f) An act quoted before its statement tag ('"... melakukan pertemuan ...," ujar X, Kamis (6/6)') that the next
    sentences restate with a day of their own takes that day; the restatement may use a synonym of the
    act's word (time.yaml `coreferent_act.synonyms`: "pertemuan"/"koordinasi", "ditangkap"/"diamankan").
(g) A verb restating an earlier act with the same party named after it, as the complement of another verb
    ("Qatar mengecam Israel menangkap Hamas"), takes the earlier telling's day or past span ("menangkap Hamas ...
    pada pekan lalu"), as a perfect one does ("telah menangkap Hamas", test_event_dates_episode); another party
    after the verb is another act, and a main verb without "telah" may tell a new one (test_event_dates_episode).
(h) At a trial, a quotation the prosecutor's tag closes ('"..., Israel menangkap Hamas," ungkap jaksa') goes on
    with the indictment's story: it is dated by the day that story wrote a few sentences before ("Kemudian
    (20/5), ..."), not by the hearing's; an earlier hearing's day ("menjatuhkan vonis ... pada Senin (20/5)") is
    no day of the story.
(i) An event noun resolved back to an earlier telling needs compatible parties: a meeting of other countries'
    actors ("pertemuan Israel dengan Mesir") is not the meeting of Qatar and Hamas told before.
(j) A lead's act told within an episode ("bertemu Hamas saat menghadiri acara di Doha") takes the day the article
    gives that episode ("Kunjungan Israel ke Doha untuk menghadiri undangan ... pada Senin (20/5/2024) lalu"),
    with a name the lead names within three words of the restating word, before or after it.
(e) A lead's act restated further down with a day written with its number before the report's days
    ("Pasukan Israel menangkap Hamas di Rafah pada 20 Mei 2024") takes that day when the restatement names
    the same party after the act's word; another party's act of the same kind does not count.

Sentences written for the project; names and places are invented. Documents go through the real
`timexes` stage and the event coder (helpers from test_timexes_event_dates).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_timexes_event_dates import code, stages  # noqa: F401  (fixture)

D = date
FRI = D(2024, 6, 7)  # publication day, a Friday
MON = (D(2024, 6, 3), D(2024, 6, 3), "unknown")
WED = (D(2024, 6, 5), D(2024, 6, 5), "unknown")
THU = (D(2024, 6, 6), D(2024, 6, 6), "unknown")
THU_DAY = (D(2024, 6, 6), D(2024, 6, 6), "day")
LAST_WEEK = (D(2024, 5, 27), D(2024, 6, 2), "week")
MAY20 = (D(2024, 5, 20), D(2024, 5, 20), "unknown")

TOLD = '\n\n"Semua berjalan baik," kata juru bicara Qatar, Kamis (6/6/2024).\n\n'

TRIAL = ("Jaksa penuntut umum membacakan dakwaan terhadap terdakwa dalam sidang di Pengadilan Negeri Lumbu, "
         "Senin (3/6/2024).\n\n")

# (text, event type, sentence index of the event, its (date, date_end, precision) expected)
CASES = [
    # (a) the visit named again with its possessive, in a quotation of a later day: the visit's day
    ("Qatar melakukan kunjungan ke Hamas di Gaza.\nKunjungan tersebut disambut pimpinan Hamas di Gaza, "
     "Senin (3/6/2024).\n" + TOLD + "Qatar menjelaskan bahwa kunjungannya ke Hamas membawa pesan damai.",
     "CONSULT", -1, MON),
    # (b) the hearing named again by a fronted phrase with "itu": the hearing's day
    ("Sidang gugatan Hamas digelar di Doha pada Senin (3/6/2024)." + TOLD
     + "Dalam sidang itu, Hamas membantah tuduhan Israel.", "REJECT", -1, MON),
    # ... a fronted phrase naming no episode told before keeps the day the story is told at
    ("Sidang gugatan Hamas digelar di Doha pada Senin (3/6/2024)." + TOLD
     + "Dalam rapat itu, Hamas membantah tuduhan Israel.", "REJECT", -1, THU),
    # (c) a perfect act in a quotation: the tag's day at the latest, not its day
    ('"Israel sudah menyerang Hamas di perbatasan," kata juru bicara Qatar, Kamis (6/6/2024).',
     "ASSAULT", 0, THU),
    ('"Sebelumnya Israel menyerang Hamas di perbatasan," kata juru bicara Qatar, Kamis (6/6/2024).',
     "ASSAULT", 0, THU),
    # ... an act the quotation does not tell as done before keeps the tag's day
    ('"Israel menyerang Hamas di perbatasan," kata juru bicara Qatar, Kamis (6/6/2024).',
     "ASSAULT", 0, THU_DAY),
    # (d) a cited outlet's day in the sentence: not the protest's day, which the story gives next
    ("Dilansir Warta, Kamis (6/6/2024), Hamas mengecam Israel di depan gedung parlemen.\n"
     "Aksi itu digelar di Gaza pada Rabu (5/6/2024).", "ACCUSE", 0, WED),
    # (f) the quoted meeting restated next with a synonym and its own day
    ('"Qatar melakukan pertemuan dengan Hamas di Doha," ujar juru bicara Qatar, Kamis (6/6/2024).\n'
     "Koordinasi Qatar dengan Hamas itu berlangsung pada Senin (3/6/2024).", "CONSULT", 0, MON),
    # ... a day written next to no word of the act: the tag's day stands
    ('"Qatar melakukan pertemuan dengan Hamas di Doha," ujar juru bicara Qatar, Kamis (6/6/2024).\n'
     "Cuaca di Doha cerah pada Senin (3/6/2024).", "CONSULT", 0, THU_DAY),
    # (g) the arrest restated inside a condemnation, with the same party: last week's span
    ("Israel menangkap Hamas di Rafah pada pekan lalu." + TOLD + "Qatar mengecam Israel menangkap Hamas di Rafah.",
     "COERCE", -1, LAST_WEEK),
    # ... another party arrested is another act: the day the story is told at
    ("Israel menangkap Hamas di Rafah pada pekan lalu." + TOLD + "Qatar mengecam Israel menangkap Mesir di Rafah.",
     "COERCE", -1, THU),
    # (h) the prosecutor's quotation goes on with the indictment's story and its day
    (TRIAL + "Kemudian (20/5), terdakwa pergi ke Rafah bersama rekannya.\n\n"
     + '"Di Rafah, Israel menangkap Hamas," ungkap jaksa.', "COERCE", -1, MAY20),
    # ... an earlier hearing's day is not the story's: the hearing the story is told at
    (TRIAL + "Majelis hakim menjatuhkan vonis terhadap terdakwa lain pada Senin (20/5/2024).\n\n"
     + '"Di Rafah, Israel menangkap Hamas," ungkap jaksa.', "COERCE", -1, MON),
    # (i) another countries' meeting named by the same noun keeps the day the story is told at
    ("Pertemuan Qatar dan Hamas di Doha, Senin (3/6/2024), berlangsung tertutup." + TOLD
     + "Di tempat lain, pertemuan Israel dengan Mesir berlangsung terbuka.", "CONSULT", -1, THU),
    # (j) the lead's meeting, during an episode restated with its day and a place the lead names
    ("Israel bertemu Hamas saat menghadiri acara di Doha.\n\n" + TOLD
     + "Kunjungan Israel ke Doha untuk menghadiri undangan Qatar pada Senin (20/5/2024) lalu.", "CONSULT", 0, MAY20),
    # ... without the episode in the lead, the visit's day is another act's
    ("Israel bertemu Hamas di Doha.\n\n" + TOLD
     + "Kunjungan Israel ke Doha untuk menghadiri undangan Qatar pada Senin (20/5/2024) lalu.", "CONSULT", 0, THU),
    # (e) the lead's arrest restated further down with its day, before the report's days, and the same party
    ("Israel menangkap anggota Hamas di perbatasan Gaza.\n\n"
     "Pasukan Israel menangkap Hamas di Rafah pada 20 Mei 2024 dini hari.", "COERCE", 0, MAY20),
]


@pytest.mark.parametrize("text,kind,index,expected", CASES)
def test_date_of_act_told_again(stages, text, kind, index, expected):  # noqa: F811
    doc = code(stages, text, FRI)
    sentence = doc.sentences[index].index
    found = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == kind and e.sentence == sentence]
    assert found and found[0] == expected, [(e.sentence, e.type, e.date, e.date_precision) for e in doc.events]


def test_lead_not_dated_by_another_party_of_the_same_kind(stages):  # noqa: F811
    """(e) Another party arrested on an earlier day is another act: the lead keeps the report's day."""
    doc = code(stages, "Israel menangkap anggota Hamas di perbatasan Gaza.\n\n"
                       "Israel juga menangkap warga Mesir di Rafah pada 20 Mei 2024 dini hari.", FRI)
    lead = [(e.date, e.date_end, e.date_precision) for e in doc.events if e.type == "COERCE" and e.sentence == 0]
    assert lead == [(FRI, FRI, "unknown")], lead


@pytest.mark.parametrize("speaker", ["Kapten Budi N. Santoso", "AKBP R. Wibowo saat ditemui", "Kapten Budi Santoso"])
def test_statement_tag_spans_a_speakers_initial(stages, speaker):  # noqa: F811
    """An initial's period in the speaker's name ("kata AKBP Niko N. Adi Putra, Kamis (16/10)") does not end the
    statement's tag: the day is still the telling's, so an act narrated after it takes the incident's day."""
    from linimasa.document import Document, Sentence
    from linimasa.language.timexes import statement_tagged

    timexes, _ = stages
    text = f'"Tiga orang terluka," kata {speaker}, Kamis (6/6/2024).'
    doc = Document(text=text, published=FRI)
    doc.sentences.append(Sentence(0, 0, len(text), text))
    doc = timexes(doc)
    days = [t for t in doc.timexes if t.value == D(2024, 6, 6)]
    assert days and statement_tagged(doc, days[0])
