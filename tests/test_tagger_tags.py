"""The CRF POS tagger: plain API and the "tagger" stage."""
import pytest

from linimasa.document import Document, Sentence, Token
from linimasa.language.tagger import Tagger


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


@pytest.mark.parametrize("words, expected", [
    (["Dia", "tidak", "membeli", "tiga", "buku", "di", "toko", "itu", "."],
     ["PR", "NEG", "VB", "NUM", "NN", "IN", "NN", "DT", "SYM"]),
    (["Warga", "Bandung", "dievakuasi", "ke", "Jakarta", "."],
     ["NN", "NNP", "VB", "IN", "NNP", "SYM"]),
    (["Harga", "beras", "naik", "dan", "pedagang", "mengeluh", "."],
     ["NN", "NN", "VB", "CC", "NN", "VB", "SYM"]),
])
def test_tag_words_gives_nlp_id_tags(tagger, words, expected):
    assert tagger.tag_words(words) == expected


def test_tag_words_of_nothing_is_nothing(tagger):
    assert tagger.tag_words([]) == []


def test_stage_tags_every_token_and_keeps_offsets(tagger):
    text = "Ia pergi. Mereka pulang."
    doc = Document(text=text)
    doc.sentences = [Sentence(0, 0, 9, "Ia pergi."), Sentence(1, 10, 24, "Mereka pulang.")]
    doc.tokens = [Token(0, 0, 2, "Ia"), Token(0, 3, 8, "pergi"), Token(0, 8, 9, "."),
                  Token(1, 10, 16, "Mereka"), Token(1, 17, 23, "pulang"), Token(1, 23, 24, ".")]
    doc = tagger(doc)
    assert [(t.sentence, t.start, t.end, t.text, t.tag) for t in doc.tokens] == [
        (0, 0, 2, "Ia", "PR"), (0, 3, 8, "pergi", "VB"), (0, 8, 9, ".", "SYM"),
        (1, 10, 16, "Mereka", "PR"), (1, 17, 23, "pulang", "VB"), (1, 23, 24, ".", "SYM"),
    ]
