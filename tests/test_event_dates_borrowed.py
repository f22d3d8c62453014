"""Event dates not borrowed from something else (issue 18, wrong-date class).

A date near the event that belongs to another thing must not date it: a document's own date in a
list of seized items, the story's day of a crime for the charge the police announce later, the trial
day for an act an indictment tells of, the report's day for an act the text places before a dated
one, a count kept "sejak" a month. Where the text gives no day of the act, no day is better than a
wrong one.

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

# (text, event type, source, (date, date_end, precision) expected)
CASES = [
    # a document's date ("surat ... tertanggal", "tgl") among the things seized is not the seizure's
    ("Israel menyita surat keterangan tertanggal 3 Februari 2013 dari Hamas.", "COERCE", "ISR", REPORT),
    ("Israel menyita dua lembar surat keterangan Nomor 12 tgl 3 Februari 2013 dari Hamas.",
     "COERCE", "ISR", REPORT),
    # ... but "pada tanggal" dates the act, and so does the document the act is done through
    ("Israel menyita surat itu pada tanggal 3 Juni 2024 dari Hamas.", "COERCE", "ISR",
     (D(2024, 6, 3), D(2024, 6, 3), "day")),
    ("Israel menetapkan Hamas sebagai tersangka melalui surat penetapan tertanggal 3 Juni 2024.",
     "ACCUSE", "ISR", (D(2024, 6, 3), D(2024, 6, 3), "day")),
    # a count kept since a month: the window from then to the report, not a day of it
    ("Sejak Oktober 2023, gempuran Israel sudah menewaskan sekitar 40.000 anggota Hamas.",
     "ASSAULT", "ISR", (D(2023, 10, 1), FRI, "year")),
    ("Hari Rabu (5/6/2024) sekolah dibuka lagi.\nSejak Oktober 2023, Israel menyerang Hamas.",
     "ASSAULT", "ISR", (D(2023, 10, 1), FRI, "year")),
    # a charge under an article is made in the police statement, not on the story's day of the crime
    ("Hamas menyerbu rumah warga pada Senin (3/6/2024).\n"
     "Para pelaku dari Hamas ditangkap Israel dan dijerat pasal 5 undang-undang itu.",
     "ACCUSE", None, REPORT),
    ("Hamas menyerbu rumah warga pada Senin (3/6/2024). \"Mereka kami tangkap,\" kata juru bicara "
     "polisi Israel, Kamis (6/6/2024).\nPara pelaku dari Hamas dijerat pasal 5 undang-undang itu.",
     "ACCUSE", None, (D(2024, 6, 6), D(2024, 6, 6), "unknown")),
    # an act a prosecutor tells of at trial lies before the trial day
    ("Sidang perkara itu digelar Kamis (6/6/2024).\nJaksa mengatakan Israel menolak kerja sama dengan Mesir.",
     "REJECT", "ISR", NONE),
    ("Jaksa Qatar membeberkan bahwa Israel meminta Mesir menutup perbatasan.", "REQUEST", "ISR", NONE),
    ("Terdakwa dari Israel menjalani sidang, Kamis (6/6/2024).\n"
     "Israel disebut menyetujui serangan terhadap Hamas tanpa rapat.", "AGREE", "ISR", NONE),
    # ... a day the indictment names still dates it
    ("Jaksa mengatakan Israel meminta Mesir menutup perbatasan pada 3 Maret 2020.", "REQUEST", "ISR",
     (D(2020, 3, 3), D(2020, 3, 3), "day")),
    # ... but the defendant's own reply in court is not a claim told of
    ("Menanggapi tuntutan penuntut umum, Israel mengatakan pihaknya menolak tuduhan Mesir.", "REJECT", "ISR",
     REPORT),
    # ... and a passive of attribution outside a trial story keeps the report's day
    ("Israel disebut menyetujui serangan terhadap Hamas tanpa rapat.", "AGREE", "ISR", REPORT),
    # a past act told before a sentence that dates a later step was done before that day
    ("Israel menahan Hamas, Kamis (6/6/2024).\nIsrael telah menuduh Hamas. Hamas itu telah diadili "
     "Israel pada Senin (3/6/2024).", "ACCUSE", "ISR", NONE),
    # "nanti" (later) names no day an act was done: no day precision from it
    ("\"Nanti jumlah uang yang disita Israel dari Hamas bisa ditanyakan,\" ujarnya.", "COERCE", "ISR", REPORT),
    # a past span relative to the report in the sentence right before dates the undated act told next
    ("Perseteruan itu memanas akhir bulan lalu. Israel menentang keras usulan Qatar.", "ACCUSE", "ISR",
     (D(2024, 5, 1), D(2024, 5, 31), "month")),
    # ... not across a paragraph
    ("Perseteruan itu memanas akhir bulan lalu.\nIsrael menentang keras usulan Qatar.", "ACCUSE", "ISR", REPORT),
    # an act in a "setelah" clause, with no day of the story named, is not dated at the report's day
    ("Setelah Israel menyerang Hamas, Qatar mengecam Israel.", "ASSAULT", "ISR", NONE),
    ("Setelah Israel menyerang Hamas, Qatar mengecam Israel.", "ACCUSE", "QAT", REPORT),
    # ... but a story day named before still dates it (mostly the same day)
    ("Pada Rabu (5/6/2024), Qatar mengecam Israel.\nSetelah Israel menyerang Hamas, Qatar berbicara kepada wartawan.",
     "ASSAULT", "ISR", (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # a future cue inside a quotation does not make the weekday after it a coming one
    ("\"Kami akan menang!\" tulis Israel pada hari Sabtu. Israel menyerang Hamas pada hari Sabtu.",
     "ASSAULT", "ISR", (D(2024, 6, 1), D(2024, 6, 1), "day")),
    # "sebelumnya" inside the clause puts the act before the day told just before it
    ("Parlemen Mesir mengesahkan kesepakatan itu pada Rabu (5/6/2024). Kesepakatan itu sebelumnya telah "
     "disetujui Israel bersama Qatar.", "AGREE", "ISR", NONE),
    # ... but "sejak dulu" is no background cue
    ("Parlemen Mesir mengesahkan kesepakatan itu pada Rabu (5/6/2024). Qatar yang dikenal sejak dulu "
     "menyetujui usulan Israel.", "AGREE", "QAT", (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # a lead's undated act takes the day the story gives the same act further down
    ("Unjuk rasa warga Hamas awalnya berlangsung damai.\nPolisi Israel mengatakan seorang warga tewas "
     "dalam unjuk rasa pada Rabu (5/6/2024).", "PROTEST", "HAMAS", (D(2024, 6, 5), D(2024, 6, 5), "unknown")),
    # ... not a day of an earlier story than the report's days
    ("Unjuk rasa warga Hamas awalnya berlangsung damai.\nWarga Hamas juga pernah menggelar unjuk rasa "
     "pada Rabu (6/3/2024).", "PROTEST", "HAMAS", REPORT),
    # ... not when the earlier day only tags the statement the act is told in
    ("Israel menahan Hamas, Jumat (7/6/2024).\nIsrael telah bersedia menerima Qatar. \"Ini baik,\" kata "
     "Qatar, Kamis (6/6/2024).", "AGREE", "ISR", REPORT),
]


@pytest.mark.parametrize("text,kind,source,expected", CASES)
def test_event_date_not_borrowed(stages, text, kind, source, expected):  # noqa: F811
    assert first_date(code(stages, text, FRI), kind, source) == expected
