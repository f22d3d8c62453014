"""Time expressions found in short Indonesian sentences and resolved against an anchor date."""
from datetime import date

import pytest

from linimasa.document import Document, Sentence
from linimasa.language.timexes import TimexParser, TimexStage
from linimasa.resources import Resources

FRI = date(2024, 6, 7)  # a Friday
SUN = date(2025, 1, 12)  # a Sunday
D = date


@pytest.fixture(scope="module")
def parser():
    return TimexParser()


CASES = [
    # absolute
    ("Serangan itu terjadi pada 7 Oktober 2023 dini hari.", FRI, "7 Oktober 2023", D(2023, 10, 7), None, "day"),
    ("Pelantikan akan digelar pada 20 Januari di ibu kota.", SUN, "20 Januari", D(2025, 1, 20), None, "day"),
    ("Ia tiba di kota itu pada 20 Januari.", SUN, "20 Januari", D(2024, 1, 20), None, "day"),
    ("Warga berkumpul Senin (20/10/2025) di alun-alun.", FRI, "Senin (20/10/2025)", D(2025, 10, 20), None, "day"),
    ("Kedua pemimpin bertemu pada Selasa, (4/2/2025) waktu setempat.", FRI, "Selasa, (4/2/2025)",
     D(2025, 2, 4), None, "day"),
    ("Harga beras naik sejak (4/2/2025) lalu.", None, "sejak (4/2/2025)", D(2025, 2, 4), None, "day"),
    ("Harga naik tajam pada Januari 2024.", FRI, "Januari 2024", D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("Pabrik itu dibangun pada 2023 oleh investor.", FRI, "2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Aturan itu berlaku tahun 2021 di seluruh provinsi.", None, "tahun 2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("Ia pertama kali datang pada bulan Oktober.", FRI, "bulan Oktober", D(2023, 10, 1), D(2023, 10, 31), "month"),
    ("Panen raya dimulai awal Januari.", FRI, "awal Januari", D(2024, 1, 1), D(2024, 1, 10), "month"),
    ("Proyek selesai pada akhir Mei.", FRI, "akhir Mei", D(2024, 5, 21), D(2024, 5, 31), "month"),
    ("Sidang ditunda hingga pertengahan Maret.", FRI, "hingga pertengahan Maret", D(2024, 3, 11), D(2024, 3, 20),
     "month"),
    # relative
    ("Menteri menelepon rekannya pada hari Minggu.", SUN, "hari Minggu", D(2025, 1, 12), None, "day"),
    ("Para pejabat bertemu pada Senin di Jakarta.", FRI, "Senin", D(2024, 6, 3), None, "day"),
    ("Kami sudah membahasnya Selasa lalu.", FRI, "Selasa lalu", D(2024, 6, 4), None, "day"),
    ("Rapat itu digelar Jumat lalu.", FRI, "Jumat lalu", D(2024, 5, 31), None, "day"),
    ("Tim itu tiba pekan lalu.", FRI, "pekan lalu", D(2024, 5, 27), D(2024, 6, 2), "week"),
    ("Utusan itu berada di Kairo minggu lalu.", FRI, "minggu lalu", D(2024, 5, 27), D(2024, 6, 2), "week"),
    ("Utusan itu berada di Kairo minggu ini.", FRI, "minggu ini", D(2024, 6, 3), D(2024, 6, 9), "week"),
    ("Pasar ramai pekan ini.", SUN, "pekan ini", D(2025, 1, 6), D(2025, 1, 12), "week"),
    ("Harga cabai naik bulan lalu.", FRI, "bulan lalu", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("Kesepakatan itu dicapai tahun lalu.", SUN, "tahun lalu", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Bupati itu ditangkap kemarin.", FRI, "kemarin", D(2024, 6, 6), None, "day"),
    ("Sekolah libur hari ini karena banjir.", FRI, "hari ini", D(2024, 6, 7), None, "day"),
    ("Ia sudah menelepon lima kali sejak hari Jumat.", FRI, "sejak hari Jumat", D(2024, 5, 31), D(2024, 6, 7), "day"),
    ("Hujan turun sejak Rabu.", FRI, "sejak Rabu", D(2024, 6, 5), D(2024, 6, 7), "day"),
    ("Perundingan berlangsung dalam beberapa hari terakhir.", FRI, "dalam beberapa hari terakhir",
     D(2024, 5, 31), D(2024, 6, 7), "week"),
    ("Jawaban diharapkan dalam beberapa hari mendatang.", FRI, "dalam beberapa hari mendatang",
     D(2024, 6, 8), D(2024, 6, 14), "week"),
    ("Menteri akan menemui gubernur nanti.", FRI, "nanti", D(2024, 6, 7), None, "day"),
    ("Tim itu berangkat besok pagi.", FRI, "besok pagi", D(2024, 6, 8), None, "day"),
    ("Delegasi akan tiba di Doha pada Senin.", FRI, "Senin", D(2024, 6, 10), None, "day"),
    ("Rapat lanjutan digelar Senin depan.", FRI, "Senin depan", D(2024, 6, 10), None, "day"),
    ("Hasilnya diumumkan Kamis mendatang.", FRI, "Kamis mendatang", D(2024, 6, 13), None, "day"),
    ("Kunjungan itu terjadi dua tahun lalu.", FRI, "dua tahun lalu", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("Kapal itu tenggelam tiga hari lalu.", FRI, "tiga hari lalu", D(2024, 6, 4), None, "day"),
    ("Harga naik selama seminggu terakhir.", FRI, "selama seminggu terakhir", D(2024, 5, 31), D(2024, 6, 7), "week"),
]


@pytest.mark.parametrize("sentence, anchor, text, value, value_end, precision", CASES)
def test_timex_resolves(parser, sentence, anchor, text, value, value_end, precision):
    found = parser.parse(sentence, anchor)
    assert [t.text for t in found] == [text]
    timex = found[0]
    assert sentence[timex.start:timex.end] == text
    assert (timex.value, timex.value_end, timex.precision) == (value, value_end, precision)


UNANCHORED = [
    ("Mereka bertemu pada Senin.", "Senin"),
    ("Rapat digelar pekan lalu.", "pekan lalu"),
    ("Ia datang pada 20 Januari.", "20 Januari"),
]


@pytest.mark.parametrize("sentence, text", UNANCHORED)
def test_relative_timex_without_anchor_is_unknown(parser, sentence, text):
    (timex,) = parser.parse(sentence, None)
    assert (timex.text, timex.value, timex.value_end, timex.precision) == (text, None, None, "unknown")


NOT_DATES = [
    "Konflik itu hampir memasuki bulan kesembilan.",
    "Ini kunjungannya yang kesembilan ke kawasan itu.",
    "Ia datang setiap Senin ke pasar.",
    "Dua minggu berlalu tanpa kabar.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_ordinals_and_recurrences_are_not_dates(parser, sentence):
    assert all(t.value is None for t in parser.parse(sentence, FRI))


@pytest.mark.parametrize("sentence, rule, text", [
    ("Konflik 10 bulan itu belum usai.", "duration", "10 bulan"),
    ("Rapat dimulai pukul 10.30 WIB di balai kota.", "clock", "pukul 10.30 WIB"),
])
def test_durations_and_clock_times_carry_no_date(parser, sentence, rule, text):
    (timex,) = parser.parse(sentence, FRI)
    assert (timex.rule, timex.text, timex.value, timex.precision) == (rule, text, None, "unknown")


def test_stage_offsets_point_into_document_text():
    text = "Judul berita\nMenteri bertemu Presiden pada Senin. Rapat berikutnya pekan depan."
    doc = Document(text, published=FRI)
    first = text.index("Menteri")
    second = text.index("Rapat")
    doc.sentences = [Sentence(0, first, second - 1, text[first:second - 1]),
                     Sentence(1, second, len(text), text[second:])]
    doc = TimexStage(Resources())(doc)
    assert [(t.sentence, text[t.start:t.end], t.value, t.value_end) for t in doc.timexes] == [
        (0, "Senin", D(2024, 6, 3), None),
        (1, "pekan depan", D(2024, 6, 10), D(2024, 6, 16)),
    ]


@pytest.mark.parametrize("window, expected", [
    # a two-month window says nothing about which day "kemarin" was (issue 18: never its last day)
    ((D(2024, 1, 1), D(2024, 3, 5)), None),
    # a window of a few days (a date line) is close enough
    ((D(2024, 3, 4), D(2024, 3, 5)), D(2024, 3, 4)),
])
def test_stage_uses_inferred_window_only_when_narrow(window, expected):
    from linimasa.document import DateWindow

    text = "Mereka bertemu kemarin."
    doc = Document(text, published_window=None)
    doc.published_window = DateWindow(*window, ("test",))
    doc.sentences = [Sentence(0, 0, len(text), text)]
    doc = TimexStage(Resources())(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("kemarin", expected)]
