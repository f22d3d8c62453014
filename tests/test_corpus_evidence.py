"""Evidence similarity: lightly stemmed content words, without stopwords, digits and the words the caller
already compares. Sentences and names are invented for these tests."""
from __future__ import annotations

import pytest

from linimasa.corpus.evidence import EvidenceTerms


@pytest.fixture(scope="module")
def terms():
    return EvidenceTerms()


@pytest.mark.parametrize("word, stem", [
    ("menyerang", "serang"), ("serangan", "serang"), ("disita", "sita"), ("penyitaan", "sita"),
    ("memukul", "pukul"), ("mengirimkan", "kirim"), ("dikirim", "kirim"), ("bantuannya", "bantu"),
    ("menolak", "tolak"), ("penolakan", "tolak"),
])
def test_corpus_evidence_stems(terms, word, stem):
    assert stem in terms.stems(word)


def test_corpus_evidence_skips_known_words_stopwords_and_digits(terms):
    a = "Bupati Wiranata meresmikan jembatan gantung di Desa Cibening pada 12 Mei 2024."
    b = "Bupati Wiranata meresmikan pasar ikan di Kecamatan Lebakwangi pada 12 Mei 2024."
    assert terms.similarity(a, b, frozenset({"bupati", "wiranata", "meresmikan"})) < terms.similarity(a, b) < 1
    assert terms.similarity(a, a) == 1.0
    assert terms.similarity("pada 12 Mei 2024", a) == 0.0
