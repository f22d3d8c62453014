"""Figures that are not figures, and the word that governs a number (issue 18).

Clock times, dates, years, version strings, identifiers, ordinals, fractions without a
count and vague plurals are never figures; the category comes from the cue word that
governs the number, so killed and injured counts of one sentence are not swapped.
Sentences written for the project; names and places are invented.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.document import Actor, Document, Mention, Sentence
from linimasa.events.figures import FigureFinder
from linimasa.language.timexes import TimexStage
from linimasa.pipeline import registered
from linimasa.resources import Resources

PUBLISHED = date(2025, 3, 10)


@pytest.fixture(scope="module")
def stages():
    resources = Resources.default()
    return registered()["numbers"].factory(resources), TimexStage(resources), FigureFinder(resources)


def analyse(stages, text: str, mentions=(), published: date | None = PUBLISHED) -> Document:
    numbers, timexes, figures = stages
    doc = Document(text=text, published=published)
    for index, found in enumerate(re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", text)):
        doc.sentences.append(Sentence(index, found.start(), found.end(), found.group()))
    for words, actor in mentions:
        start = text.index(words)
        doc.mentions.append(Mention(doc.sentence_at(start).index, start, start + len(words), words, "ORG", actor.id))
        doc.actors[actor.id] = actor
    return figures(numbers(timexes(doc)))


# (text, expected [(value, category)])
CASES = [
    # clock times, dates, years, versions, identifiers, ordinals
    ("Diperbarui 22:13, sebanyak 22 sandera dibebaskan.", [(22, "hostages")]),
    ("Pada 07:30 pagi tiga warga terluka.", [(3, "injured")]),
    ("Sidang digelar 22 Januari di gedung pengadilan.", []),
    ("Pada 2024 sebanyak 30 warga tewas di Desa Lembah.", [(30, "killed")]),
    ("Sebanyak 12% pemilih belum menentukan pilihan.", []),
    ("Pengumuman (1/2/2025) menyebut 40 tahanan dipulangkan.", [(40, "detained")]),
    ("Aplikasi Kabar Desa versi 1.100.2 kini bisa diunduh.", []),
    ("Tulisan diperbarui 20.10.2025 oleh redaksi.", []),
    ("Berkas perkara bernomor 45-PID/2025 sudah lengkap.", []),
    ("Ia dijerat Pasal 6 dan dipanggil ke lantai 4.", []),
    ("Pembebasan tahap ke-3 berjalan lancar.", []),
    ("Putaran ke empat pertukaran tawanan digelar di Kota Baru.", []),
    ("Ini pembebasan yang ke tiga bagi 40 tahanan itu.", [(40, "detained")]),
    ("Tak satu pun sandera dibebaskan pekan ini.", []),
    ("Bank sentral menahan kurs ke Rp 15.900 hari ini.", [(15900, "money")]),
    ("Keduanya menerima uang Rp 9 juta dari tiga orang saksi.", [(9000000, "money")]),
    # a part takes its whole's category; breakdown items take the total's (issue 18)
    ("Kelompok itu akan melepas 20 dari sekitar 90 sandera dengan imbalan 60 tahanan.",
     [(20, "hostages"), (90, "hostages"), (60, "detained")]),
    ("Kota Baru akan membebaskan 120 tahanan, termasuk 15 orang yang menjalani hukuman seumur hidup, "
     "35 orang yang menjalani hukuman panjang dan 70 orang lainnya.",
     [(120, "detained"), (15, "detained"), (35, "detained"), (70, "detained")]),
    ("Seorang pun tidak terluka, tetapi 12 warga mengungsi.", [(12, "displaced")]),
    ("Polisi menangkap Darto (45) dan Wiryo (31) di Kota Baru.", []),
    ("Hak cipta © 2025 - 2026 Warta Contoh.", []),
    # fractions without a count, vague plurals, percentages
    ("Kesepakatan itu akan membebaskan setengah dari sandera.", []),
    ("Puluhan warga mengungsi akibat longsor.", []),
    ("Ratusan ribu orang turun ke jalan di Kota Baru.", []),
    ("Ribuan pendukung tewas dalam perang saudara itu.", []),
    ("Sebanyak 40 persen warga menolak kebijakan itu.", []),
    # things counted, not people
    ("Pertukaran dilakukan dalam dua tahap di perbatasan.", [(2, "other")]),
    ("Serangan menghancurkan 14 rumah dan menewaskan 9 orang.", [(14, "other"), (9, "killed")]),
    # the governing word, in either order, never swapped
    ("Ledakan itu menewaskan 8 orang dan melukai 20 lainnya.", [(8, "killed"), (20, "injured")]),
    ("Sebanyak 15 orang luka-luka dan 4 orang tewas dalam kecelakaan itu.", [(15, "injured"), (4, "killed")]),
    ("Korban luka tercatat 31 warga sipil dan 17 petugas.", [(31, "injured"), (17, "injured")]),
    ("Polisi meringkus 6 pelaku di sebuah gudang.", [(6, "detained")]),
    ("Polisi menyita 12 ekor burung dari rumah tersangka.", [(12, "other")]),
    ("Sebanyak 7 anggota Ikatan Pemuda Desa (IPD) ditahan polisi.", [(7, "detained")]),
    ("Sebanyak 9 orang terjaring razia malam itu.", [(9, "detained")]),
    ("Tentara membunuhi tidak kurang dari 70 petani.", [(70, "killed")]),
    ("Bantuan diberikan ke 120 ribu guru honorer.", [(120000, "people")]),
    ("Pemerintah menyalurkan Rp 2,5 triliun untuk korban banjir.", [(2.5e12, "money")]),
    ("Tersangka menerima suap sebesar SGD 300 ribu dari kontraktor.", [(300000, "money")]),
    ("Total anggarannya mencapai 4,2 triliun untuk tahun depan.", [(4.2e12, "money")]),
    ("Anggaran itu disiapkan untuk 1,5 juta penumpang kapal.", [(1500000, "people")]),
    # a headcount of a few named people is an enumeration, not a figure
    ("Pelaku melarikan diri bersama satu orang lainnya.", []),
    ("Rapat dihadiri tiga anggota dewan, yakni Amir, Budi dan Citra.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_figures_junk_and_governing_word(stages, text, expected):
    figures = analyse(stages, text).figures
    assert [(f.value, f.category) for f in figures] == expected


def test_figures_released_people_by_who_frees_them(stages):
    militia = Actor("XX.FRONT", "Front Bersenjata Utara", "group", None, "REB")
    police = Actor("XX.POL", "Kepolisian Kota Baru", "organization", None, "COP")
    freed_by_group = analyse(stages, "Front Bersenjata Utara membebaskan 11 orang.",
                             mentions=[("Front Bersenjata Utara", militia)]).figures
    freed_by_police = analyse(stages, "Kepolisian Kota Baru melepaskan 7 orang.",
                              mentions=[("Kepolisian Kota Baru", police)]).figures
    assert [(f.value, f.category) for f in freed_by_group] == [(11, "hostages")]
    assert [(f.value, f.category) for f in freed_by_police] == [(7, "detained")]


def test_figures_repeated_count_is_kept_once(stages):
    text = "Sebanyak 30 warga tewas dalam banjir. Sebanyak 30 warga tewas, kata kepala desa."
    assert [(f.value, f.category) for f in analyse(stages, text).figures] == [(30, "killed")]


def test_figures_as_of_from_the_texts_own_dates(stages):
    text = "Bentrokan pecah pada Sabtu (8/3/2025) malam. Sebanyak 7 orang tewas."
    (figure,) = analyse(stages, text).figures
    assert figure.as_of == date(2025, 3, 8)


def test_figures_as_of_never_from_a_wide_window(stages):
    from linimasa.document import DateWindow

    numbers, timexes, figures = stages
    text = "Sebanyak 7 orang tewas."
    doc = Document(text=text)
    doc.published_window = DateWindow(date(2024, 1, 1), date(2025, 12, 31), ("copyright:2025",))
    doc.sentences = [Sentence(0, 0, len(text), text)]
    (figure,) = figures(numbers(timexes(doc))).figures
    assert figure.as_of is None


SUBJECTS = [
    ("Sebanyak 30 sandera akan dibebaskan pekan depan.", "sandera"),
    ("Sebanyak 25 tahanan masih berada di penjara Kota Baru.", "tahanan"),
    ("Sebanyak 60 tahanan dengan hukuman panjang dipulangkan.", "tahanan"),
    ("Sebanyak 45 tahanan politik berdasarkan daftar itu dibebaskan.", "tahanan politik"),
]


@pytest.mark.parametrize("text, subject", SUBJECTS, ids=[c[0][:40] for c in SUBJECTS])
def test_figures_subject_stops_at_auxiliary_and_preposition(stages, text, subject):
    doc = analyse(stages, text)
    assert [f.subject for f in doc.figures] == [subject]
