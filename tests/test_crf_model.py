"""The numpy CRF decoder (linimasa/language/crf_model.py) against pycrfsuite, the library that trains our models.

The tagger and NER stages decode the shipped CRFsuite models themselves, from
per-word weight vectors; these tests hold them to `pycrfsuite.Tagger.tag` over the
feature strings of `crf_features`, sentence by sentence and batched, on Indonesian
news sentences written for these tests.
"""
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from linimasa.language.crf_features import CueLexicon, WordFeatures, ner_features, pos_features
from linimasa.language.crf_model import CrfModel, ModelFileError, WordVectors
from linimasa.language.entities import CUES_FILE, NerModel
from linimasa.language.tagger import Tagger
from linimasa.resources import load_data, model_path

SENTENCES = [
    "Menteri Luar Negeri Mesir Sameh Shoukry bertemu delegasi Hamas di Kairo pada Selasa ( 4/2/2025 ) .",
    "Juru bicara Kementerian Kesehatan Gaza mengatakan 45.000 orang tewas sejak Oktober 2023 .",
    "\u201c Kami menolak usulan itu , \u201d kata pejabat senior Hamas kepada Reuters , Senin .",
    "Presiden AS Joe Biden menelepon Perdana Menteri Israel Benjamin Netanyahu pekan lalu .",
    "Harga beras di Pasar Induk Cipinang naik Rp2.000 per kilogram .",
    "Qatar dan Mesir terus menengahi perundingan gencatan senjata yang macet sejak Juli .",
    "Warga Rafah mengungsi ke Khan Younis setelah serangan udara semalam .",
    "Ia pergi .",
    "Gaza",
    "PBB : bantuan kemanusiaan tertahan di perbatasan Kerem Shalom , kata UNRWA dalam pernyataan tertulis hari Minggu .",
]
WORDS = [s.split() for s in SENTENCES]


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


@pytest.fixture(scope="module")
def ner(tagger):
    return NerModel(tagger=tagger, cues=CueLexicon(load_data(CUES_FILE)))


def _reference(name):
    crf = pycrfsuite.Tagger()
    crf.open(str(model_path(name, how="")))
    return crf


@pytest.mark.parametrize("words", WORDS, ids=[w[0] for w in WORDS])
def test_pos_tags_equal_pycrfsuite(tagger, words):
    assert tagger.tag_words(words) == _reference("pos_crf.crfsuite").tag(pos_features(words, WordFeatures()))


def test_pos_batched_equals_one_by_one(tagger):
    assert tagger.tag_sentences(WORDS) == [tagger.tag_words(words) for words in WORDS]


@pytest.mark.parametrize("words", WORDS, ids=[w[0] for w in WORDS])
def test_ner_labels_equal_pycrfsuite(tagger, ner, words):
    tags = tagger.tag_words(words)
    classes = ner.cues.classes([w.lower() for w in words])
    expected = _reference("ner_crf.crfsuite").tag(ner_features(words, tags, classes, WordFeatures()))
    assert ner.labels(words, tags, classes) == expected


def test_ner_finds_the_names(ner):
    words = WORDS[3]
    spans = {(" ".join(words[a:b]), kind) for a, b, kind in ner.spans(words)}
    assert ("Joe Biden", "PER") in spans and ("Benjamin Netanyahu", "PER") in spans


def test_feature_strings_path_equals_vector_path(tagger):
    """`CrfModel.tag` (feature strings) and the stage's per-word vectors give the same tags."""
    features = WordFeatures()
    for words in WORDS:
        assert tagger.model.tag(pos_features(words, features)) == tagger.tag_words(words)


def test_state_scores_are_crfsuites_sums_bit_for_bit(tagger):
    """The per-word vectors add up, in order, to exactly what summing the strings' weights gives."""
    words = WORDS[0]
    features = pos_features(words, WordFeatures())
    by_strings = tagger.model.state(features)
    lengths = [len(words)]
    rows = tagger._words.rows(words)
    assert rows.shape == (len(words),)
    decoded = tagger.tag_ids(words, lengths)
    assert decoded.tolist() == tagger.model.decode(by_strings, lengths).tolist()
    manual = np.zeros(len(tagger.model.labels))
    for name in features[2]:
        manual = manual + tagger.model.vector([name])
    assert np.array_equal(by_strings[2], manual)


def test_decode_handles_empty_and_uneven_sequences(tagger):
    model = tagger.model
    rng = np.random.default_rng(7)
    lengths = [3, 0, 1, 7, 2]
    state = rng.normal(size=(sum(lengths), len(model.labels)))
    batched = model.decode(state, lengths).tolist()
    one_by_one, at = [], 0
    for n in lengths:
        one_by_one.extend(model.decode(state[at:at + n], [n]).tolist())
        at += n
    assert batched == one_by_one
    assert model.decode(np.zeros((0, len(model.labels))), []).tolist() == []
    with pytest.raises(ValueError):
        model.decode(state, [1, 2])


def test_decode_breaks_ties_as_crfsuite_does(tagger):
    """All scores equal: crfsuite keeps the first label at every position."""
    model = CrfModel(["A", "B"], np.zeros((2, 2)), {}, np.zeros((0, 2)))
    assert model.decode(np.zeros((4, 2)), [4]).tolist() == [0, 0, 0, 0]


def test_word_cache_is_bounded(tagger):
    vectors = WordVectors(tagger.model, [lambda w: ("w=" + w.lower(),)], limit=5)
    first = vectors.rows(["satu", "dua", "tiga"])
    assert first.tolist() == [0, 1, 2]
    again = vectors.rows(["empat", "lima", "enam"])   # past the limit: the cache starts over
    assert len(vectors._row) == 3 and again.tolist() == [0, 1, 2]
    assert np.array_equal(vectors.table[again[0], 0], tagger.model.vector(["w=empat"]))


def test_not_a_model_file_is_refused(tmp_path: Path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, but long enough for a header......")
    with pytest.raises(ModelFileError):
        CrfModel.load(bad)


def test_word_tables_hold_crfsuites_sums_bit_for_bit(tagger):
    """Each role vector of the per-word table is 0 + w1 + w2 + ... in the features' order, to the last bit."""
    words = [w for sentence in WORDS for w in sentence]
    rows = tagger._words.rows(words)
    for word, row in zip(words, rows.tolist()):
        for role, attributes in enumerate(tagger._words.roles):
            manual = np.zeros(len(tagger.model.labels))
            for name in attributes(word):
                if name in tagger.model._attributes:
                    manual = manual + tagger.model._weights[tagger.model._attributes[name]]
            assert np.array_equal(tagger._words.table[row, role], manual), (word, role)
