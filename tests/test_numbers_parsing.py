"""Quantities parsed from short Indonesian sentences: value, range, qualifier and unit."""
import pytest

from linimasa.document import Document, Sentence
from linimasa.language.numbers import NumberParser, NumberStage, parse_quantities
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def parser():
    return NumberParser()


CASES = [
    ("Banjir merendam 1.200 rumah warga.", "1.200", 1200, None, "exact", None),
    ("Sebanyak 46.000 pengungsi tiba.", "46.000", 46000, None, "exact", None),
    ("Kota itu dihuni 1,3 juta warga.", "1,3 juta warga", 1_300_000, None, "exact", "warga"),
    ("Proyek itu menelan Rp 13 triliun.", "Rp 13 triliun", 13e12, None, "exact", "rupiah"),
    ("Bantuan senilai US$ 5 miliar disetujui.", "US$ 5 miliar", 5e9, None, "exact", "dolar"),
    ("Negara itu meminjam 5 miliar dolar.", "5 miliar dolar", 5e9, None, "exact", "dolar"),
    ("Ia membeli selusin telur.", "selusin", 12, None, "exact", None),
    ("Menteri melakukan hampir selusin panggilan.", "hampir selusin", 12, None, "nearly", None),
    ("Ribuan orang turun ke jalan.", "Ribuan orang", 1000, None, "at_least", "orang"),
    ("Puluhan rumah rusak.", "Puluhan", 10, None, "at_least", None),
    ("Ratusan pekerja dirumahkan.", "Ratusan", 100, None, "at_least", None),
    ("Rapat berlangsung dua setengah jam.", "dua setengah", 2.5, None, "exact", None),
    ("Ada dua kapal di pelabuhan.", "dua", 2, None, "exact", None),
    ("Sebanyak dua puluh lima siswa lulus.", "dua puluh lima", 25, None, "exact", None),
    ("Korban tewas mencapai lebih dari 40.000 jiwa.", "lebih dari 40.000 jiwa", 40000, None, "more_than", "jiwa"),
    ("Sekitar 300 orang mengungsi.", "Sekitar 300 orang", 300, None, "about", "orang"),
    ("Hampir 90 persen lahan terendam.", "Hampir 90 persen", 90, None, "nearly", "persen"),
    ("Setidaknya 12 orang luka.", "Setidaknya 12 orang", 12, None, "at_least", "orang"),
    ("Sedikitnya 7 warga hilang.", "Sedikitnya 7 warga", 7, None, "at_least", "warga"),
    ("Paling sedikit 30 rumah roboh.", "Paling sedikit 30", 30, None, "at_least", None),
    ("Kurang dari 5 persen suara sah.", "Kurang dari 5 persen", 5, None, "less_than", "persen"),
    ("Antara 10-15 orang ditahan.", "10-15 orang", 10, 15, "exact", "orang"),
    ("Mereka menahan 10 hingga 15 orang.", "10 hingga 15 orang", 10, 15, "exact", "orang"),
    ("Harga naik 1-2 juta rupiah.", "1-2 juta rupiah", 1e6, 2e6, "exact", "rupiah"),
    ("Tim menemukan 40.000 lebih dokumen.", "40.000 lebih", 40000, None, "more_than", None),
    ("Jumlahnya dua ribu lima ratus.", "dua ribu lima ratus", 2500, None, "exact", None),
    ("Inflasi tercatat 2,5 persen.", "2,5 persen", 2.5, None, "exact", "persen"),
    ("Suku bunga naik 50% tahun ini.", "50%", 50, None, "exact", "persen"),
]


@pytest.mark.parametrize("sentence, text, value, value_max, qualifier, unit", CASES)
def test_quantity_parses(parser, sentence, text, value, value_max, qualifier, unit):
    found = parser.parse(sentence)
    assert [q.text for q in found] == [text]
    quantity = found[0]
    assert sentence[quantity.start:quantity.end] == text
    assert (quantity.value, quantity.value_max, quantity.qualifier, quantity.unit) == (value, value_max, qualifier, unit)


NOT_QUANTITIES = [
    "Perjanjian itu ditandatangani pada 2023.",
    "Mereka bertemu Selasa (4/2/2025) di istana.",
    "Upacara dimulai pukul 10.30 WIB.",
    "Acara dimulai 10.30 WIB tepat.",
    "Ini kunjungan ke-9 sang menteri.",
    "Ini kunjungan kesembilan sang menteri.",
    "Serangan terjadi pada 7 Oktober lalu.",
    "Ia salah satu saksi kunci.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_years_dates_times_and_ordinals_are_not_quantities(parser, sentence):
    assert parser.parse(sentence) == []


def test_glued_word_does_not_swallow_the_number(parser):
    sentence = "Serangan itu menewaskan lebih dari 46.000 warga desalebih dari separuhnya anak-anak."
    found = parser.parse(sentence)
    assert [(q.text, q.value, q.qualifier, q.unit) for q in found] == [
        ("lebih dari 46.000 warga", 46000, "more_than", "warga")]


def test_parse_quantities_keeps_offsets_of_the_whole_text():
    text = "Pembuka. Sebanyak 251 orang disandera."
    (quantity,) = parse_quantities(text, start=9)
    assert (text[quantity.start:quantity.end], quantity.value, quantity.sentence) == ("251 orang", 251, -1)


def test_stage_sets_sentence_index():
    text = "Ada 3 kapal. Ada sekitar 20 perahu."
    doc = Document(text)
    doc.sentences = [Sentence(0, 0, 12, text[:12]), Sentence(1, 13, len(text), text[13:])]
    doc = NumberStage(Resources())(doc)
    assert [(q.sentence, q.text, q.value, q.qualifier) for q in doc.quantities] == [
        (0, "3", 3, "exact"), (1, "sekitar 20", 20, "about")]
