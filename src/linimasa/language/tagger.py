"""Stage "tagger": part-of-speech tags (nlp-id tag set) from a CRF model.

The model, `models/pos_crf.crfsuite`, is trained by `scripts/train_tagger.py`
(`make train-tagger`) on nlp-id's POS corpus (MIT); see docs/models.md for its
data, accuracy and speed. Tags: NN NNP VB JJ ADV IN PR SC CC DT NUM NEG RP FW UH SYM.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pycrfsuite

from ..document import Document, Token
from ..pipeline import register
from ..resources import Resources, model_path
from .crf_features import POS_FEATURE_VERSION, WordFeatures, pos_features

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
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(path))
        self._features = WordFeatures()

    def tag_words(self, words: list[str]) -> list[str]:
        """Tags for one sentence's words: `tag_words(["Ia", "pergi"]) -> ["PR", "VB"]`."""
        if not words:
            return []
        return self._crf.tag(pos_features(words, self._features))

    def __call__(self, doc: Document) -> Document:
        tagged: list[Token] = []
        for tokens in _by_sentence(doc.tokens):
            tags = self.tag_words([t.text for t in tokens])
            # The constructor, not dataclasses.replace: replace re-reads the
            # fields on every call and cost a fifth of this stage.
            tagged.extend(Token(t.sentence, t.start, t.end, t.text, tag) for t, tag in zip(tokens, tags))
        doc.tokens = tagged
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
