"""Time expressions of undated documents anchor to the last date the text writes out
(HeidelTime's narrative rule, issue 18), never to the clock of the machine.

Sentences written for the project; names and places are invented.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.document import Boilerplate, DateWindow, Document, Sentence
from linimasa.language.timexes import TimexStage
from linimasa.resources import Resources

D = date


@pytest.fixture(scope="module")
def stage():
    return TimexStage(Resources.default())


def resolve(stage, text: str, published: date | None = None, window: DateWindow | None = None):
    doc = Document(text=text, published=published)
    doc.published_window = window
    for index, found in enumerate(re.finditer(r"[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)", text)):
        if found.group().strip():
            start = found.start() + len(found.group()) - len(found.group().lstrip())
            doc.sentences.append(Sentence(len(doc.sentences), start, found.end(), text[start:found.end()]))
    return {t.text: (t.value, t.value_end) for t in stage(doc).timexes}


# (text, expression, expected value, expected value_end) for documents with no date at all
NARRATIVE = [
    # a dateline two lines up anchors the weekday: the most recent Monday at or before it
    ("Warga Kampung Sukamaju berkumpul Ahad (5/10/2025) pagi.\nPada Senin, camat datang meninjau.",
     "Senin", D(2025, 9, 29), None),
    ("Kapal nelayan tenggelam pada Sabtu, (1/2/2025) malam. Kemarin tim SAR belum menemukan korban.",
     "Kemarin", D(2025, 1, 31), None),
    # the anchor moves with each fully written date
    ("Rapat pertama digelar 3 Maret 2024. Rapat kedua digelar 10 Maret 2024. Sehari kemudian, "
     "panitia bertemu lagi pada Selasa.", "Selasa", D(2024, 3, 5), None),
    # within one sentence, the date written first anchors the weekday after it
    ("Banjir melanda Desa Cempaka pada Jumat (7/3/2025) dan surut pada Minggu.", "Minggu", D(2025, 3, 2), None),
    # a future cue after the anchor looks ahead of it
    ("Bupati meresmikan jembatan Rabu (12/2/2025). Ia akan kembali meninjau pada Senin.",
     "Senin", D(2025, 2, 17), None),
    ("Pasar Baru terbakar pada 4 Juni 2024. Pekan lalu pedagang sudah mengeluh.",
     "Pekan lalu", D(2024, 5, 27), D(2024, 6, 2)),
    # "sejak X" runs to the present: X anchors nothing
    ("Harga gula naik sejak 2 Januari 2025. Kemarin pedagang protes.", "Kemarin", None, None),
    # a date announced as ahead anchors nothing
    ("Sidang akan digelar pada 9 Oktober 2025. Kemarin saksi diperiksa.", "Kemarin", None, None),
    # nothing written out: no date at all rather than the run date
    ("Kemarin ratusan warga antre minyak goreng.", "Kemarin", None, None),
    ("Pada Senin, kepala desa menemui warga.", "Senin", None, None),
]


@pytest.mark.parametrize("text, words, value, value_end", NARRATIVE, ids=[c[0][:40] for c in NARRATIVE])
def test_timexes_narrative_anchor_when_undated(stage, text, words, value, value_end):
    assert resolve(stage, text)[words] == (value, value_end)


def test_timexes_published_date_wins_over_narrative(stage):
    # news with a known date: relative words resolve against the publication date
    text = "Gudang itu terbakar 3 Maret 2024. Kemarin polisi memeriksa saksi."
    assert resolve(stage, text, published=D(2024, 6, 7))["Kemarin"] == (D(2024, 6, 6), None)


def test_timexes_narrative_after_a_narrow_window(stage):
    window = DateWindow(D(2024, 6, 6), D(2024, 6, 7), ("date-line",))
    assert resolve(stage, "Kemarin ratusan warga antre.", window=window)["Kemarin"] == (D(2024, 6, 6), None)


def test_timexes_wide_window_is_not_an_anchor(stage):
    window = DateWindow(D(2024, 1, 1), D(2025, 12, 31), ("copyright:2025",))
    assert resolve(stage, "Pada Minggu, wali kota berpidato.", window=window)["Minggu"] == (None, None)


# Indonesian numeric dates are day/month/year
NUMERIC = [
    ("Kecelakaan terjadi Kamis (3/4/2025) dini hari.", "Kamis (3/4/2025)", D(2025, 4, 3)),
    ("Pengumuman itu keluar pada 12/11/2024 sore.", "12/11/2024", D(2024, 11, 12)),
    ("Surat itu bertanggal (5/1/25) dan diteken lurah.", "(5/1/25)", D(2025, 1, 5)),
    ("Rapat warga digelar Senin (14/10) di balai desa.", "Senin (14/10)", D(2024, 10, 14)),
]


@pytest.mark.parametrize("text, words, value", NUMERIC, ids=[c[1] for c in NUMERIC])
def test_timexes_numeric_dates_are_day_month_year(stage, text, words, value):
    assert resolve(stage, text, published=D(2024, 12, 1))[words][0] == value


# deadlines look ahead of the report: the next such day, not the last one
DEADLINES = [
    ("Gubernur memberi waktu kepada pengembang hingga hari Minggu untuk menjawab.", "hingga hari Minggu", D(2024, 6, 9)),
    ("Berkas harus diserahkan paling lambat Rabu ke kantor kecamatan.", "Rabu", D(2024, 6, 12)),
    ("Warga diberi waktu sampai Senin untuk mengosongkan lahan.", "sampai Senin", D(2024, 6, 10)),
]


@pytest.mark.parametrize("text, words, value", DEADLINES, ids=[c[1] for c in DEADLINES])
def test_timexes_deadline_weekday_lies_ahead(stage, text, words, value):
    assert resolve(stage, text, published=D(2024, 6, 7))[words][0] == value


@pytest.mark.parametrize("window, value", [
    # 20 October was a Monday in 2025 only, within the window or the year before it
    ((D(2025, 1, 20), D(2026, 6, 30)), D(2025, 10, 20)),
    # a window too wide holds several such Mondays: no guess
    ((D(2010, 1, 1), D(2026, 6, 30)), None),
])
def test_timexes_weekday_names_the_year_when_undated(stage, window, value):
    text = "Dua kepala daerah menandatangani nota kerja sama Senin (20/10) di Kota Baru."
    assert resolve(stage, text, window=DateWindow(*window, ("role",)))["Senin (20/10)"] == (value, None)


# words inside a quotation are the speaker's: they resolve against the day they were said
SPEECH = [
    ('"Saya ke kantor gubernur kemarin," kata Wali Kota Banyuasri, Selasa (21/10/2025).', "kemarin",
     D(2025, 10, 20)),
    ('Bupati Sendangwaru berbicara di pendopo, Selasa (21/10/2025).\n"Hari ini kami meresmikan pasar," ujarnya.',
     "Hari ini", D(2025, 10, 21)),
    # outside the quotation the publication date still anchors
    ("Kemarin bupati meresmikan pasar, kata camat, Selasa (21/10/2025).", "Kemarin", D(2025, 10, 21)),
    # "Sabtu (18/10/2025) kemarin": the word only says the written day was recent
    ('"Bantuan tiba Sabtu (18/10/2025) kemarin," kata camat, Selasa (21/10/2025).', "kemarin", D(2025, 10, 21)),
]


@pytest.mark.parametrize("text, words, value", SPEECH, ids=[c[0][:40] for c in SPEECH])
def test_timexes_quoted_words_resolve_at_speech_time(stage, text, words, value):
    assert resolve(stage, text, published=D(2025, 10, 22))[words][0] == value


@pytest.mark.parametrize("text, index, expected", [
    # a flashback is dated by the next day the text names, when it is earlier than the day told so far
    ("Bupati Sukamaju meresmikan pasar baru, Selasa (7/10/2025).\nSebelumnya, Camat Mekarsari menegur para "
     "pedagang.\n\"Kami mohon ketertiban,\" kata camat itu dalam rapat, Senin (6/10).", 1, D(2025, 10, 6)),
    # without the opener the sentence keeps the day told before it
    ("Bupati Sukamaju meresmikan pasar baru, Selasa (7/10/2025).\nCamat Mekarsari menegur para "
     "pedagang.\n\"Kami mohon ketertiban,\" kata camat itu dalam rapat, Senin (6/10).", 1, D(2025, 10, 7)),
    # a later day that is no earlier than the day told so far says nothing about the flashback
    ("Bupati Sukamaju meresmikan pasar baru, Senin (6/10/2025).\nSebelumnya, Camat Mekarsari menegur para "
     "pedagang.\n\"Kami mohon ketertiban,\" kata camat itu, Selasa (7/10).", 1, D(2025, 10, 6)),
])
def test_timexes_flashback_takes_the_next_earlier_day(stage, text, index, expected):
    from linimasa.language.timexes import narrative_reference
    doc = Document(text=text, published=D(2025, 10, 8))
    for found in re.finditer(r"[^\n]+", text):
        doc.sentences.append(Sentence(len(doc.sentences), found.start(), found.end(), found.group()))
    doc = stage(doc)
    assert narrative_reference(doc, doc.sentences[index]) == expected


def _captioned(text: str, window: DateWindow | None, published: date | None = None) -> Document:
    """A document whose first line is a photo caption ("LABEL - description")."""
    doc = Document(text=text, published=published)
    doc.published_window = window
    label = text.index(" - ") + 3
    doc.boilerplate.append(Boilerplate(0, label, text[:label], "caption"))
    for found in re.finditer(r"[^\n]+", text):
        doc.sentences.append(Sentence(len(doc.sentences), found.start(), found.end(), found.group()))
    return doc


# (text, expression, window, expected value): issue 18, a photo caption's day is the photo's
CAPTIONS = [
    # the caption's written day does not anchor the body's weekday: no anchor, no date
    ("BUPATI MENINJAU BENDUNGAN - Bupati Sukamaju meninjau bendungan, Rabu (5/3/2025).\n"
     "Kepala dinas menyatakan pada Minggu bahwa pintu air sudah diperbaiki.",
     "Minggu", DateWindow(D(2025, 3, 5), D(2025, 12, 31)), None),
    # counter-test: the same day written in the body does anchor it
    ("Bupati Sukamaju meninjau bendungan - Rabu (5/3/2025) siang.\n"
     "Kepala dinas menyatakan pada Minggu bahwa pintu air sudah diperbaiki.",
     "Minggu", None, D(2025, 3, 2)),
]


@pytest.mark.parametrize("text, words, window, value", CAPTIONS, ids=[c[0][:30] for c in CAPTIONS])
def test_timexes_caption_day_anchors_nothing(stage, text, words, window, value):
    doc = _captioned(text, window) if window is not None else _captioned(text, None)
    if window is None:
        doc.boilerplate.clear()  # counter-test: no caption, an ordinary line
    found = {t.text: t.value for t in stage(doc).timexes}
    assert found[words] == value


def test_caption_day_is_not_the_narrative_reference(stage):
    from linimasa.language.timexes import narrative_reference
    text = ("WARGA MENGUNGSI - Warga Kampung Sukamaju mengungsi, Rabu (5/3/2025).\n"
            "Camat Mekarsari membagikan selimut kepada pengungsi.")
    doc = stage(_captioned(text, DateWindow(D(2025, 3, 5), D(2025, 12, 31))))
    assert narrative_reference(doc, doc.sentences[1]) is None
    doc.boilerplate.clear()  # counter-test: an ordinary first line dates the body
    assert narrative_reference(doc, doc.sentences[1]) == D(2025, 3, 5)
