"""Sentence segmentation and the repair of machine-translation breaks."""
import pytest

from linimasa.document import Boilerplate, Document
from linimasa.language.segment import SentenceStage
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def stage():
    return SentenceStage(Resources())


def sentences(stage, text, **fields):
    return [s.text for s in stage(Document(text=text, **fields)).sentences]


@pytest.mark.parametrize("text, expected", [
    # numbers, dates and times
    ("Harga naik menjadi Rp 1.200 per liter. Ekspor turun 1,3 juta ton.",
     ["Harga naik menjadi Rp 1.200 per liter.", "Ekspor turun 1,3 juta ton."]),
    ("Rapat digelar Senin (20/10/2025) di Bandung. Semua hadir.",
     ["Rapat digelar Senin (20/10/2025) di Bandung.", "Semua hadir."]),
    ("Acara selesai pukul 10.30 WIB. Tamu pulang.", ["Acara selesai pukul 10.30 WIB.", "Tamu pulang."]),
    # abbreviations and initials
    ("Dr. Ani, S.H., M.Si. hadir di Jl. Merdeka No. 5 kemarin. Acara lancar.",
     ["Dr. Ani, S.H., M.Si. hadir di Jl. Merdeka No. 5 kemarin.", "Acara lancar."]),
    ("Prof. Budi dan Hj. Sari membawa buku, pena, dll. ke sekolah. Murid senang.",
     ["Prof. Budi dan Hj. Sari membawa buku, pena, dll. ke sekolah.", "Murid senang."]),
    ("H. Agus Salim datang. Ia tersenyum.", ["H. Agus Salim datang.", "Ia tersenyum."]),
    ("Delegasi A.S. tiba di Kab. Bogor. Mereka disambut.", ["Delegasi A.S. tiba di Kab. Bogor.", "Mereka disambut."]),
    # quotes, ellipses, non-breaking spaces
    ('"Kami siap." Dia lalu pergi.', ['"Kami siap."', "Dia lalu pergi."]),
    ("“Kami siap.” Dia lalu pergi.", ["“Kami siap.”", "Dia lalu pergi."]),
    ('Kata dia, "Kami tidak mundur.\\” Itu tegas.', ['Kata dia, "Kami tidak mundur.\\”', "Itu tegas."]),
    ("Dia diam… Lalu ia bicara... dan pergi.", ["Dia diam…", "Lalu ia bicara... dan pergi."]),
    ("Hujan turun.\u00a0Jalan licin.", ["Hujan turun.", "Jalan licin."]),
    ('"Kapan?" tanya dia. Aku diam.', ['"Kapan?" tanya dia.', "Aku diam."]),
    # paragraph breaks always end a sentence
    ("Hujan turun sejak pagi\nJalan licin.", ["Hujan turun sejak pagi", "Jalan licin."]),
    # machine-translation breaks repaired
    ("Ada kabar baik dari. Jakarta mengenai harga beras.", ["Ada kabar baik dari. Jakarta mengenai harga beras."]),
    ("Menteri meminta Jepang. Korea dan Vietnam untuk menambah kuota.",
     ["Menteri meminta Jepang. Korea dan Vietnam untuk menambah kuota."]),
    ("Bantuan dikirim ke masing-masing desa. sebagai bagian dari program itu.",
     ["Bantuan dikirim ke masing-masing desa. sebagai bagian dari program itu."]),
    ("Tim itu terus. Bekerja. Hasilnya baik.", ["Tim itu terus. Bekerja.", "Hasilnya baik."]),
    ("Polisi menyatakan bahwa. Pelaku sudah ditangkap.", ["Polisi menyatakan bahwa. Pelaku sudah ditangkap."]),
    # ... but real sentence ends stay
    ("Ia tiba di Jepang. Korea dan Vietnam juga mengirim utusan.",
     ["Ia tiba di Jepang.", "Korea dan Vietnam juga mengirim utusan."]),
    ("Warga marah! Mereka protes.", ["Warga marah!", "Mereka protes."]),
])
def test_sentences(stage, text, expected):
    assert sentences(stage, text) == expected


def test_offsets_skip_boilerplate_and_headline(stage):
    text = "Judul Berita\nBACA JUGA: Lain\n  Kalimat pertama.  Kalimat kedua. \n"
    doc = Document(text=text, title_span=(0, 12))
    doc.boilerplate = [Boilerplate(13, 28, text[13:28], "read-also")]
    doc = stage(doc)
    assert [(s.index, s.text) for s in doc.sentences] == [(0, "Kalimat pertama."), (1, "Kalimat kedua.")]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize("text", [
    "Hamas menolak usulan itu.",
    "Pertemuan digelar di Kairo pada 2025.",
    "Ia berkata, \"Kami menolak.\"",
    "x" * 70 + ".",
    "Kata terakhir " + "a" * 100 + "!!",
    "Sangat panjang " + "b" * 40 + " " + "c" * 30 + "...",
    "Kalimat biasa yang cukup panjang untuk melewati jendela enam puluh empat karakter di akhir kalimat ini dr.",
    "123",
    "",
    "Akhir dengan tutup kurung (Reuters)",
    "tanda " + "." * 80,
])
def test_trailing_word_window_answers_as_full_search(text):
    from linimasa.language.segment import _TRAILING_WORD, _trailing_word
    full = _TRAILING_WORD.search(text)
    fast = _trailing_word(text)
    assert (full and (full.span(), full.group(1))) == (fast and (fast.span(), fast.group(1)))
