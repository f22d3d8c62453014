"""Stage "tagger": part-of-speech tags (nlp-id tag set) from a CRF model.

The model, `models/pos_crf.crfsuite`, is trained by `scripts/train_tagger.py`
(`make train-tagger`) on nlp-id's POS corpus (MIT); see docs/models.md for its
data, accuracy and speed. Tags: NN NNP VB JJ ADV IN PR SC CC DT NUM NEG RP FW UH SYM.

It is decoded by `crf_model.CrfModel`, which gives the tags `pycrfsuite.Tagger.tag`
gives for the features of `crf_features.pos_features`, from per-word weight vectors
and one Viterbi pass over all of a document's sentences.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from ..document import Document, Token
from ..pipeline import register
from ..resources import Resources, model_path
from .crf_features import POS_FEATURE_VERSION, WordFeatures
from .crf_model import CrfModel, WordVectors, sequence_positions, shifted

log = logging.getLogger(__name__)

MODEL_NAME = "pos_crf.crfsuite"
BUILD_HOW = "make train-tagger"


def model_metadata(path: Path) -> dict:
    """The training metadata written next to a model (`<model>.json`), or {} when absent."""
    meta = path.with_suffix(".json")
    if not meta.is_file():
        return {}
    return json.loads(meta.read_text(encoding="utf-8"))


def check_feature_version(path: Path, expected: str) -> None:
    found = model_metadata(path).get("feature_version")
    if found is not None and found != expected:
        log.warning("model %s was trained with features %s but the code extracts %s; retrain it",
                    path.name, found, expected)


@register("tagger", requires=("tokens",), adds=("tokens.tag",))
class Tagger:
    """Tags every token with its part of speech.

    Adds: `tokens[].tag` (each `Token` is replaced by a copy carrying its tag).
    Tags per sentence; tokens are grouped by `Token.sentence`.
    """

    def __init__(self, resources: Resources | None = None, *, path: Path | None = None):
        path = path or model_path(MODEL_NAME, how=BUILD_HOW)
        check_feature_version(path, POS_FEATURE_VERSION)
        self.model = CrfModel.load(path)
        # Shared with the NER model's tagger through `resources` (a pure per-word cache).
        self.features = getattr(resources, "crf_word_features", None) or WordFeatures()
        # The roles a word plays in `pos_features`: its own features, then the
        # strings it adds as the word at -1, +1, -2, +2 and the suffix at -1.
        self._words = WordVectors(self.model, self.features.roles(6))
        self._bos = self.model.vector(["BOS"])
        self._eos = self.model.vector(["EOS"])

    def tag_words(self, words: list[str]) -> list[str]:
        """Tags for one sentence's words: `tag_words(["Ia", "pergi"]) -> ["PR", "VB"]`."""
        return self.tag_sentences([list(words)])[0]

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags for each sentence's words, decoded together."""
        lengths = [len(words) for words in sentences]
        return self.model.names(self.tag_ids([w for words in sentences for w in words], lengths), lengths)

    def tag_ids(self, words: list[str], lengths: list[int]) -> np.ndarray:
        """Tag ids (into `model.labels`) of `words`, consecutive sentences of `lengths` tokens.

        The state scores add, in `pos_features`' order, each token's own
        vector, then its neighbours' (or BOS/EOS at the ends), so they equal
        the sums crfsuite makes from those feature strings.
        """
        if not words:
            return np.zeros(0, dtype=np.intp)
        rows = self._words.rows(words)
        table = self._words.table
        position, size = sequence_positions(lengths)
        first, last = (position >= 1)[:, None], (position + 1 < size)[:, None]
        before = shifted(rows, 1)
        state = table[rows, 0]
        state += np.where(first, table[before, 1], self._bos)
        state += np.where(last, table[shifted(rows, -1), 2], self._eos)
        state += np.where((position >= 2)[:, None], table[shifted(rows, 2), 3], 0.0)
        state += np.where((position + 2 < size)[:, None], table[shifted(rows, -2), 4], 0.0)
        state += np.where(first, table[before, 5], 0.0)
        return self.model.decode(state, lengths)

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        runs = _by_sentence(tokens)
        ids = self.tag_ids([t.text for t in tokens], [len(run) for run in runs]).tolist()
        labels = self.model.labels
        # The constructor, not dataclasses.replace: replace re-reads the
        # fields on every call and cost a fifth of this stage.
        doc.tokens = [Token(t.sentence, t.start, t.end, t.text, labels[i]) for t, i in zip(tokens, ids)]
        return doc


def _by_sentence(tokens: list[Token]) -> list[list[Token]]:
    """Runs of consecutive tokens with the same sentence index (itertools.groupby without a key call per token)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    sentence = None
    for token in tokens:
        if token.sentence != sentence:
            if current:
                runs.append(current)
            current = []
            sentence = token.sentence
        current.append(token)
    if current:
        runs.append(current)
    return runs
