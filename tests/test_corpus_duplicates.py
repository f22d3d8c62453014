"""Near-duplicate detection: word shingles, MinHash, LSH."""
from __future__ import annotations

import pytest

from linimasa.corpus.duplicates import DuplicateIndex, jaccard, shingles, signature

PARAGRAPHS = [
    "Pemerintah kota mengumumkan perbaikan jembatan utama yang rusak akibat banjir pekan lalu.",
    "Wali kota menyebut pekerjaan akan dimulai awal bulan depan dan selesai dalam tiga bulan.",
    "Selama perbaikan, kendaraan berat dialihkan ke jalan lingkar selatan yang baru dibuka.",
    "Warga di sekitar jembatan diminta berhati-hati karena alat berat akan lalu lalang siang dan malam.",
    "Anggaran perbaikan berasal dari dana darurat yang disetujui dewan kota dalam rapat khusus.",
    "Dinas perhubungan menambah petugas di persimpangan yang diperkirakan akan padat kendaraan.",
]
ORIGINAL = "\n".join(PARAGRAPHS)
OTHER = ("Tim sepak bola daerah memenangi laga tandang dengan skor dua gol tanpa balas. Pelatih memuji "
         "disiplin para pemain muda yang baru pertama kali tampil. Pertandingan berikutnya digelar di kandang "
         "sendiri pada akhir pekan dengan tiket yang hampir habis terjual.")


@pytest.mark.parametrize("copy, is_copy", [
    (ORIGINAL, True),
    ("\n".join(PARAGRAPHS[:3] + PARAGRAPHS[4:]), True),  # a paragraph dropped
    ("Kabar Kota - " + ORIGINAL + "\nIkuti kami di media sosial.", True),  # outlet line and footer
    (OTHER, False),
])
def test_corpus_duplicates_finds_copies(copy, is_copy):
    index = DuplicateIndex([("a", signature(ORIGINAL))])
    found = index.find(signature(copy))
    assert (found is not None and found[0] == "a") == is_copy


def test_corpus_duplicates_signature_is_stable_and_estimates_jaccard():
    assert (signature(ORIGINAL) == signature(ORIGINAL)).all()
    exact = len(shingles(ORIGINAL) & shingles(OTHER)) / len(shingles(ORIGINAL) | shingles(OTHER))
    assert exact == 0 and jaccard(signature(ORIGINAL), signature(OTHER)) < 0.1


def test_corpus_duplicates_short_text_is_one_shingle():
    assert shingles("Banjir surut") == {b"banjir surut"}
