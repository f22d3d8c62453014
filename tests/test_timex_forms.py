"""Issue 22's time-expression forms: abbreviated units, "baru saja", "dalam N unit" after a
plan, sub-day offsets, "jam ini"/"menit ini" and clock times after a day.

Every sentence is written for the project. Unless a row says otherwise the document is
published on Wednesday 12 March 2025 (its week runs Monday 10 to Sunday 16 March).
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.analysis import Analyzer
from linimasa.document import Document
from linimasa.language.timexes import TimexParser, clock_time

WED = date(2025, 3, 12)
D = date

# sentence, expression as found, value, value_end, precision, time of day
FORMS = [
    # abbreviated units
    ("Akun itu dibuat 4 thn lalu.", "4 thn lalu", D(2021, 1, 1), D(2021, 12, 31), "year", None),
    ("Kebijakan itu berlaku 4 bln lalu.", "4 bln lalu", D(2024, 11, 1), D(2024, 11, 30), "month", None),
    ("Foto itu diunggah 2 mgg lalu.", "2 mgg lalu", D(2025, 2, 24), D(2025, 3, 2), "week", None),
    ("Rapat pengurus dijadwalkan mgg depan.", "mgg depan", D(2025, 3, 17), D(2025, 3, 23), "week", None),
    ("Pesan itu masuk 10 mnt lalu.", "10 mnt lalu", WED, None, "day", None),
    ("Komentar itu ditulis 30 dtk lalu.", "30 dtk lalu", WED, None, "day", None),
    ("Bantuan akan tiba dlm 23 dtk.", "dlm 23 dtk", WED, None, "day", None),
    ("Harga pupuk naik 3 thn lalu.", "3 thn lalu", D(2022, 1, 1), D(2022, 12, 31), "year", None),
    ("Proyek jalan desa selesai 6 bln lalu.", "6 bln lalu", D(2024, 9, 1), D(2024, 9, 30), "month", None),
    ("Festival itu akan digelar dlm 2 mgg.", "dlm 2 mgg", D(2025, 3, 24), D(2025, 3, 30), "week", None),
    ("Gedung baru itu akan rampung dlm 2 thn.", "dlm 2 thn", D(2027, 1, 1), D(2027, 12, 31), "year", None),
    ("Sidang lanjutan akan digelar dlm 5 hr.", "dlm 5 hr", D(2025, 3, 17), None, "day", None),
    ("Panen padi lebih baik dari thn lalu.", "thn lalu", D(2024, 1, 1), D(2024, 12, 31), "year", None),
    ("Target penjualan bln ini tercapai.", "bln ini", D(2025, 3, 1), D(2025, 3, 31), "month", None),
    ("Usulan itu akan dibahas bln depan.", "bln depan", D(2025, 4, 1), D(2025, 4, 30), "month", None),
    ("Kunjungan itu dilakukan mgg lalu.", "mgg lalu", D(2025, 3, 3), D(2025, 3, 9), "week", None),
    ("Produksi kopi thn depan diperkirakan naik.", "thn depan", D(2026, 1, 1), D(2026, 12, 31), "year", None),
    ("Laporan 2 hr lalu ramai dibicarakan.", "2 hr lalu", D(2025, 3, 10), None, "day", None),
    ("Jembatan itu dibangun 10 thn yang lalu.", "10 thn yang lalu", D(2015, 1, 1), D(2015, 12, 31), "year", None),
    ("Gempa kecil terjadi 3 mgg yang lalu.", "3 mgg yang lalu", D(2025, 2, 17), D(2025, 2, 23), "week", None),
    ("Penjualan mgg ini naik tajam.", "mgg ini", D(2025, 3, 10), D(2025, 3, 16), "week", None),
    ("Anggaran thn ini dipangkas.", "thn ini", D(2025, 1, 1), D(2025, 12, 31), "year", None),
    ("Pameran bln berikutnya dibuka untuk umum.", "bln berikutnya", D(2025, 4, 1), D(2025, 4, 30), "month", None),
    # "baru saja": the day of the report
    ("Gubernur baru saja meresmikan pasar itu.", "baru saja", WED, None, "day", None),
    ("Tim SAR baru saja menemukan dua pendaki yang hilang.", "baru saja", WED, None, "day", None),
    # "dalam N unit" after a plan: the document date plus N
    ("Delegasi akan berangkat dalam dua hari.", "dalam dua hari", D(2025, 3, 14), None, "day", None),
    ("Rapat itu akan digelar dalam 2 minggu.", "dalam 2 minggu", D(2025, 3, 24), D(2025, 3, 30), "week", None),
    ("Hasilnya akan diumumkan dalam 3 hari.", "dalam 3 hari", D(2025, 3, 15), None, "day", None),
    ("Pesawat dijadwalkan mendarat dalam 43 menit.", "dalam 43 menit", WED, None, "day", None),
    ("Bendungan itu direncanakan rampung dalam lima tahun.", "dalam lima tahun",
     D(2030, 1, 1), D(2030, 12, 31), "year", None),
    ("Pemerintah akan memutuskan dalam sebulan.", "dalam sebulan", D(2025, 4, 1), D(2025, 4, 30), "month", None),
    ("Warga akan dievakuasi dalam 48 jam.", "dalam 48 jam", D(2025, 3, 14), None, "day", None),
    ("Pasukan bakal ditarik dalam enam bulan.", "dalam enam bulan", D(2025, 9, 1), D(2025, 9, 30), "month", None),
    ("Keputusan akan keluar dlm 3 jam.", "dlm 3 jam", WED, None, "day", None),
    # without a plan before it, "dalam" is "within": a duration, no date
    ("Polisi menangkap 20 orang dalam 3 hari.", "3 hari", None, None, "unknown", None),
    ("Harga beras naik dua kali dalam sebulan.", "sebulan", None, None, "unknown", None),
    # sub-day offsets: the report's day, or whole days away
    ("Ledakan itu terdengar 5 jam lalu.", "5 jam lalu", WED, None, "day", None),
    ("Video itu diunggah 10 menit yang lalu.", "10 menit yang lalu", WED, None, "day", None),
    ("Kapal itu tenggelam 30 jam lalu.", "30 jam lalu", D(2025, 3, 11), None, "day", None),
    ("Pengumuman itu keluar sejam yang lalu.", "sejam yang lalu", WED, None, "day", None),
    ("Banjir mulai surut 72 jam yang lalu.", "72 jam yang lalu", D(2025, 3, 9), None, "day", None),
    ("Kereta akan tiba 20 menit lagi.", "20 menit lagi", WED, None, "day", None),
    ("Pesan terakhir terkirim 45 detik yang lalu.", "45 detik yang lalu", WED, None, "day", None),
    ("Dua jam kemudian, petugas datang.", "Dua jam kemudian", None, None, "unknown", None),
    # "jam ini", "menit ini"
    ("Harga emas jam ini turun.", "jam ini", WED, None, "day", None),
    ("Data menit ini menunjukkan kenaikan.", "menit ini", WED, None, "day", None),
    ("Angka mnt ini stabil.", "mnt ini", WED, None, "day", None),
    # clock times after a day: day precision plus a time
    ("Rapat digelar Senin pukul 14.00 WIB.", "Senin", D(2025, 3, 10), None, "day", "14:00"),
    ("Diunggah 07 Feb 2015 20:15 oleh redaksi.", "07 Feb 2015", D(2015, 2, 7), None, "day", "20:15"),
    ("Laga itu berlangsung Minggu, 18 Mar 2018 07:30.", "Minggu, 18 Mar 2018", D(2018, 3, 18), None, "day",
     "07:30"),
    ("Kebakaran terjadi pada 3 Juni 2015 13:05:46.", "3 Juni 2015", D(2015, 6, 3), None, "day", "13:05"),
    ("Gempa mengguncang Selasa (11/3/2025) pukul 09.15 WIB.", "Selasa (11/3/2025)", D(2025, 3, 11), None, "day",
     "09:15"),
    ("Sidang itu dibuka Kamis, pukul 10.00.", "Kamis", D(2025, 3, 6), None, "day", "10:00"),
    ("Upacara akan digelar Jumat pukul 08.30 WITA.", "Jumat", D(2025, 3, 14), None, "day", "08:30"),
    ("Pemungutan suara dimulai 14 Februari 2024 pukul 07.00 WIB.", "14 Februari 2024", D(2024, 2, 14), None,
     "day", "07:00"),
    ("Aksi damai dimulai hari ini pukul 13.00.", "hari ini", WED, None, "day", "13:00"),
    ("Petugas datang kemarin jam 9 malam.", "kemarin", D(2025, 3, 11), None, "day", "21:00"),
    ("Gempa susulan terjadi Senin malam pukul 23.10 WIB.", "Senin malam", D(2025, 3, 10), None, "day", "23:10"),
    # clock times on their own: a time, no date
    ("Pesawat mendarat pukul 16.45 WIB.", "pukul 16.45 WIB", None, None, "unknown", "16:45"),
    ("Sidang dimulai pukul 9 pagi.", "pukul 9 pagi", None, None, "unknown", "09:00"),
    ("Bom rakitan meledak pukul 9 malam.", "pukul 9 malam", None, None, "unknown", "21:00"),
    ("Toko tutup jam 3 sore.", "jam 3 sore", None, None, "unknown", "15:00"),
    # the older relative forms next to them
    ("Sehari yang lalu ia tiba di kota itu.", "Sehari yang lalu", D(2025, 3, 11), None, "day", None),
    ("Kantor itu pindah seminggu yang lalu.", "seminggu yang lalu", D(2025, 3, 3), D(2025, 3, 9), "week", None),
    ("Pabrik itu tutup sebulan yang lalu.", "sebulan yang lalu", D(2025, 2, 1), D(2025, 2, 28), "month", None),
    ("Jalan itu diperbaiki setahun yang lalu.", "setahun yang lalu", D(2024, 1, 1), D(2024, 12, 31), "year", None),
    ("Hujan deras turun kemarin lusa.", "kemarin lusa", D(2025, 3, 10), None, "day", None),
    ("Kios itu terbakar 3 minggu yang lalu.", "3 minggu yang lalu", D(2025, 2, 17), D(2025, 2, 23), "week", None),
    ("Taman itu dibuka 5 tahun yang lalu.", "5 tahun yang lalu", D(2020, 1, 1), D(2020, 12, 31), "year", None),
]

# published on another day: across a month's or a year's end
OTHER_DAYS = [
    (D(2025, 12, 30), "Tim itu akan kembali dalam 3 hari.", "dalam 3 hari", D(2026, 1, 2), None, "day", None),
    (D(2025, 2, 15), "Kebun itu dijual 4 bln lalu.", "4 bln lalu", D(2024, 10, 1), D(2024, 10, 31), "month", None),
    (D(2025, 3, 1), "Kapal itu karam 30 jam lalu.", "30 jam lalu", D(2025, 2, 28), None, "day", None),
    (D(2025, 1, 31), "Kontrak itu akan diteken dalam sebulan.", "dalam sebulan", D(2025, 2, 1), D(2025, 2, 28),
     "month", None),
]

PARSER = TimexParser()


def _found(sentence: str, published: date, text: str):
    timexes = PARSER.parse(sentence, published)
    matching = [t for t in timexes if t.text == text]
    assert matching, f"{text!r} not found in {[t.text for t in timexes]}"
    return matching[0]


@pytest.mark.parametrize(("sentence", "text", "value", "value_end", "precision", "time"), FORMS)
def test_form(sentence, text, value, value_end, precision, time):
    timex = _found(sentence, WED, text)
    assert (timex.value, timex.value_end, timex.precision, timex.time) == (value, value_end, precision, time)


@pytest.mark.parametrize(("published", "sentence", "text", "value", "value_end", "precision", "time"), OTHER_DAYS)
def test_form_on_other_days(published, sentence, text, value, value_end, precision, time):
    timex = _found(sentence, published, text)
    assert (timex.value, timex.value_end, timex.precision, timex.time) == (value, value_end, precision, time)


@pytest.mark.parametrize(("sentence", "forbidden"), [
    ("Sekolah baru di desa itu saja yang dibuka.", "baru"),  # "baru ... saja" apart: not "just now"
    ("Pada 5 Maret 2025 12.500 warga mengungsi.", "12.500"),  # a number after a date is no clock time
    ("Pada 5 Maret 2025 20 orang terluka.", "2025 20"),
])
def test_not_a_time(sentence, forbidden):
    timexes = PARSER.parse(sentence, WED)
    assert all(forbidden not in t.text for t in timexes)
    assert all(t.time is None for t in timexes)


def test_form_table_size():
    assert len(FORMS) + len(OTHER_DAYS) >= 60


@pytest.mark.parametrize(("text", "expected"), [
    ("14.00", "14:00"), ("20:15", "20:15"), ("9", "09:00"), ("24.00", "00:00"), ("25.10", None), ("10.75", None),
])
def test_clock_time(text, expected):
    assert clock_time(text) == expected


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_event_keeps_the_time_of_day(analyzer):
    doc = analyzer.analyze(Document(
        text="Polisi menangkap tiga tersangka pencurian di Bandung pada Senin pukul 14.00 WIB.",
        published=WED))
    dated = [e for e in doc.events if e.date == D(2025, 3, 10)]
    assert dated, [(e.type, e.date) for e in doc.events]
    assert all(e.time == "14:00" and e.date_precision == "day" for e in dated)


def test_contract_carries_time(analyzer):
    from linimasa.contract import to_contract

    doc = analyzer.analyze(Document(text="Rapat koordinasi digelar Senin pukul 14.00 WIB di Bandung.",
                                    published=WED))
    out = to_contract(doc)
    days = [t for t in out["timexes"] if t["value"] == "2025-03-10"]
    assert days and days[0]["time"] == "14:00" and days[0]["precision"] == "day"


def test_plan_in_a_quotation_counts_from_the_day_it_was_said(analyzer):
    doc = analyzer.analyze(Document(
        text='Rombongan pedagang dari Kabupaten Sukamaju tertahan di pelabuhan karena cuaca buruk. '
             '"Kami akan berangkat dalam dua hari," kata Ketua Rombongan Sutarjo, Senin (10/3/2025).',
        published=WED))
    found = [t for t in doc.timexes if t.text == "dalam dua hari"]
    assert found and found[0].value == D(2025, 3, 12) and found[0].precision == "day"
