"""Issue 17, boundary: an office named by the list of fields it covers keeps the whole list in its span.

"Dinas Pekerjaan Umum, Perumahan, dan Tata Ruang" is one office; the entity model often stops its span at the
first comma or at "dan". `_field_list_into_body` runs the span on over the list when the list closes with a link
word; a list of two bodies, a person in apposition or a place is never joined. The sentences are written for
these tests; the names and places in them are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from linimasa.language.entities import _field_list_into_body, _head_after_office
from linimasa.pipeline import build_pipeline

HEADS = (("direktorat", "jenderal"), ("dinas",), ("biro",), ("balai",), ("kantor",), ("pusat",))
STOPS = frozenset({"kabupaten", "kota", "dinas", "badan", "kepala", "ministry", "muhammad"})
PLACES = {"Sukamaju": "IDN", "Sumber": "IDN", "Bukit Indah": "IDN", "Victoria": "AUS"}


def _span(text: str, surface: str, kind: str = "ORG", origin: str = "model"):
    at = text.index(surface)
    return (at, at + len(surface), kind, origin)


@pytest.mark.parametrize("text, spans, expected", [
    # the list after the first field, closed by "dan"
    ("Dinas Pekerjaan Umum, Perumahan, dan Tata Ruang Kabupaten Sukamaju memperbaiki jalan.",
     [("Dinas Pekerjaan Umum", "ORG")], "Dinas Pekerjaan Umum, Perumahan, dan Tata Ruang"),
    # a model span already over the first comma runs on; an ORG span of the last field is taken in whole
    ("Kepala Dinas Pemuda, Olahraga, Pariwisata dan Kebudayaan Lembah Hijau hadir.",
     [("Dinas Pemuda, Olahraga", "ORG"), ("Kebudayaan Lembah Hijau", "ORG")],
     "Dinas Pemuda, Olahraga, Pariwisata dan Kebudayaan Lembah Hijau"),
    # two fields joined by "dan" alone; a PER-typed span of the model (a head's title) runs on too
    ("Kepala Biro Hukum dan Kerja Sama Rina Wahyuni menjelaskan aturan itu.",
     [("Biro Hukum", "PER"), ("Rina Wahyuni", "PER")], "Biro Hukum dan Kerja Sama"),
    ("Balai Benih Padi serta Palawija menyalurkan bibit.", [("Balai Benih Padi", "ORG")],
     "Balai Benih Padi serta Palawija"),
    # a place of the gazetteer at the end of the last field is the office's place, not a field
    ("Kantor Pengadaan Barang dan Jasa Sukamaju membuka lelang.", [("Kantor Pengadaan Barang", "ORG")],
     "Kantor Pengadaan Barang dan Jasa"),
    # a one-word place followed by a field word is the field ("Sumber Daya"), a two-word place ends the field
    ("Biro Keuangan dan Sumber Daya Manusia menyusun anggaran.", [("Biro Keuangan", "ORG")],
     "Biro Keuangan dan Sumber Daya Manusia"),
    ("Balai Bibit dan Benih Bukit Indah ditutup.", [("Balai Bibit", "ORG")], "Balai Bibit dan Benih"),
    # an ORG span of the model over the last field and the parent body keeps the parent's part
    ("Kepala Pusat Data, Arsip, dan Humas BPSK Sukamaju hadir.",
     [("Pusat Data", "ORG"), ("Humas BPSK Sukamaju", "ORG")], "Pusat Data, Arsip, dan Humas"),
    # one field word the model typed a place, and a MISC span over the last field and the office's place
    ("Kepala Balai Pupuk, Obat, dan Alat Tani Sukamaju datang.",
     [("Balai Pupuk", "PER"), ("Obat", "LOC"), ("Alat Tani Sukamaju", "MISC")], "Balai Pupuk, Obat, dan Alat Tani"),
])
def test_field_list_joined(text, spans, expected):
    accepted = [_span(text, surface, kind) for surface, kind in spans]
    out = _field_list_into_body(text, accepted, HEADS, STOPS, len(text), PLACES)
    assert text[out[0][0]:out[0][1]] == expected
    assert all(not (out[0][0] < s[1] and s[0] < out[0][1]) for s in out[1:])  # no span left inside
    if "BPSK" in text:
        assert [text[s[0]:s[1]] for s in out[1:]] == ["BPSK Sukamaju"]


@pytest.mark.parametrize("text, spans", [
    # a person in apposition after the office: no link word closes a list of fields
    ("Kepala Dinas Pendidikan, Budi Santoso, mengatakan sekolah libur.",
     [("Dinas Pendidikan", "ORG"), ("Budi Santoso", "PER")]),
    # two bodies: the second opens with a body's head
    ("Dinas Kesehatan dan Dinas Sosial membagikan makanan.", [("Dinas Kesehatan", "ORG"), ("Dinas Sosial", "ORG")]),
    # a listed body after "dan"
    ("Dinas Perhubungan dan Polres Sukamaju menutup jalan.",
     [("Dinas Perhubungan", "ORG"), ("Polres Sukamaju", "ORG", "dictionary")]),
    # a person after "dan"
    ("Dinas Pertanian dan Joko Prasetyo meninjau sawah.", [("Dinas Pertanian", "ORG"), ("Joko Prasetyo", "PER")]),
    # an acronym is no field: "dan KPK" is another body
    ("Dinas Kominfo dan KPK menggelar sosialisasi.", [("Dinas Kominfo", "ORG")]),
    # a region after the comma is the office's place, no list
    ("Dinas Perikanan, Kabupaten Sukamaju, dan warga menebar benih.", [("Dinas Perikanan", "ORG")]),
    # a personal name's lead word after "dan" is the head's name, not a field
    ("Kepala Biro Hukum dan Muhammad Rais Tanjung hadir.", [("Biro Hukum", "ORG")]),
    # a place of the gazetteer typed LOC is no field
    ("Dinas Pertanian, Sukamaju, dan Bukit Indah meninjau sawah.",
     [("Dinas Pertanian", "ORG"), ("Sukamaju", "LOC"), ("Bukit Indah", "LOC")]),
    # an English body after "dan" is a second body
    ("Badan Pangan Sukamaju dan Ministry of Food signed it.", [("Badan Pangan Sukamaju", "ORG")]),
    # no office head
    ("Koperasi Tani Makmur dan Sejahtera membeli gabah.", [("Koperasi Tani Makmur", "ORG")]),
])
def test_field_list_not_joined(text, spans):
    accepted = [_span(text, *s) if len(s) == 3 else _span(text, s[0], s[1]) for s in spans]
    accepted.sort()
    assert _field_list_into_body(text, accepted, HEADS, STOPS, len(text), PLACES) == accepted


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.mark.parametrize("text, office, other", [
    ("Kepala Dinas Pekerjaan Umum, Perumahan, dan Tata Ruang Kabupaten Sukamaju Rudi Hartono mengatakan jalan "
     "itu rusak.", "Dinas Pekerjaan Umum, Perumahan, dan Tata Ruang", "Rudi Hartono"),
    ("Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Lembah menggelar lomba lari pada Minggu pagi.",
     "Dinas Pariwisata, Pemuda dan Olahraga", None),
])
def test_field_list_in_pipeline(pipeline, text, office, other):
    doc = pipeline(Document(text=text, published=date(2025, 10, 20)))
    surfaces = [m.text for m in doc.mentions]
    assert office in surfaces
    if other is not None:
        assert other in surfaces  # the head's name stays a mention of its own


def test_two_offices_in_pipeline(pipeline):
    doc = pipeline(Document(text="Kepala Dinas Pendidikan, Budi Santoso, mengatakan sekolah libur pekan depan.",
                            published=date(2025, 10, 20)))
    surfaces = [m.text for m in doc.mentions]
    assert "Dinas Pendidikan" in surfaces and "Budi Santoso" in surfaces


@pytest.mark.parametrize("text, office, person", [
    # a titled office, its place, then its head's name: two mentions
    ("Plt Kepala Dinas Perikanan Sukamaju Rina Wati membenarkan hal itu.", "Dinas Perikanan Sukamaju", "Rina Wati"),
    ("Kepala Biro Umum Bukit Indah Dodi Prasetya Lubis hadir.", "Biro Umum Bukit Indah", "Dodi Prasetya Lubis"),
    # no place before the last words: nothing is split ("Dinas Pangan Rina Wati" could be a field's name)
    ("Kepala Dinas Pangan Rina Wati hadir.", "Dinas Pangan Rina Wati", None),
    # a foreign place's name inside the run is as often a given name: nothing is split
    ("Kepala Dinas Pangan Maria Victoria Dewi Lestari hadir.", "Dinas Pangan Maria Victoria Dewi Lestari", None),
    # a region after the place is the office's, not a person
    ("Kepala Dinas Pangan Sukamaju Kota Lama hadir.", "Dinas Pangan Sukamaju Kota Lama", None),
])
def test_head_after_office(text, office, person):
    start = text.index("Dinas") if "Dinas" in text else text.index("Biro")
    end = text.index(" hadir") if " hadir" in text else text.index(" membenarkan")
    out = _head_after_office(text, [(start, end, "ORG", "model")], HEADS, STOPS, PLACES, frozenset({start}))
    assert [text[s:e] for s, e, _, _ in out] == [office] + ([person] if person else [])
    if person:
        assert out[1][2] == "PER"
    # without a title before the office, the span is left whole
    assert _head_after_office(text, [(start, end, "ORG", "model")], HEADS, STOPS, PLACES, frozenset()) == \
        [(start, end, "ORG", "model")]
