"""Feature extraction shared by the CRF part-of-speech tagger and the CRF NER model.

Training scripts and the stages call the same functions, so a model and the
code that runs it cannot drift apart: each model's metadata records the
`*_FEATURE_VERSION` it was trained with, and the stage refuses (logs) a mismatch.

Features are plain strings (python-crfsuite treats each as a binary feature).
They are deliberately cheap: the tagger must run at >= 50,000 tokens/s on one
core. The per-word part (`WordFeatures`) depends only on the word's text and is
cached per extractor instance, so frequent words cost one dict lookup.
"""
from __future__ import annotations

from collections.abc import Sequence

# Bump when a feature changes; retrain with `make train-tagger` / `make train-ner`.
POS_FEATURE_VERSION = "pos-2"
NER_FEATURE_VERSION = "ner-2"

# Curly quotes and dashes are read as their ASCII forms: the training corpora
# use straight quotes, news sites curly ones (unmapped, the tagger called "“" NN or NUM).
_TYPOGRAPHY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
                             "\u2013": "-", "\u2014": "-"})

# A cache larger than this is dropped and rebuilt: news vocabularies are open,
# and an unbounded cache would grow with every document of a long batch.
_CACHE_LIMIT = 200_000


def word_shape(word: str) -> str:
    """Collapsed character classes: "Jakarta" -> "Xx", "4/2/2025" -> "d/d/d", "COVID-19" -> "X-d"."""
    out = []
    last = ""
    for char in word:
        if char.isupper():
            cls = "X"
        elif char.islower():
            cls = "x"
        elif char.isdigit():
            cls = "d"
        else:
            cls = char
        if cls != last:
            out.append(cls)
            last = cls
    return "".join(out)


def _own_features(word: str) -> tuple[str, ...]:
    word = word.translate(_TYPOGRAPHY)
    lower = word.lower()
    features = [
        "w=" + lower,
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        # meN-, di-, ber-, ter-, pe- prefixes mark verbs and derived nouns.
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "sh=" + word_shape(word),
    ]
    if word.isdigit():
        features.append("digit")
    elif any(c.isdigit() for c in word):
        features.append("hasdigit")
    if word[:1].isupper():
        features.append("title")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    if "-" in word and len(word) > 1:
        features.append("hyphen")
    return tuple(features)


class WordFeatures:
    """Per-word features with a bounded per-instance cache.

    Besides a word's own features it caches the strings the word contributes
    as a neighbour ("-1=<lower>", "+1=...", "-2=...", "+2=...", "-1s3=<suffix>"):
    building them per occurrence was half the feature time of both CRF stages.
    """

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, ...]] = {}
        self._context: dict[str, tuple] = {}

    def __call__(self, word: str) -> tuple[str, ...]:
        features = self._cache.get(word)
        if features is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            features = _own_features(word)
            self._cache[word] = features
        return features

    def context(self, word: str) -> tuple:
        """(own features, "-1=l", "+1=l", "-2=l", "+2=l", "-1s3=" + l[-3:]) for l the word's folded lower case."""
        entry = self._context.get(word)
        if entry is None:
            if len(self._context) >= _CACHE_LIMIT:
                self._context.clear()
            lower = word.translate(_TYPOGRAPHY).lower()
            entry = (self(word), "-1=" + lower, "+1=" + lower, "-2=" + lower, "+2=" + lower, "-1s3=" + lower[-3:])
            self._context[word] = entry
        return entry

    def roles(self, count: int) -> list:
        """The first `count` parts of `context` as functions word -> attribute strings: the
        word's own features, then each context string alone (what the CRF decoders sum per role)."""
        context = self.context
        return [lambda w: context(w)[0]] + [lambda w, i=i: context(w)[i:i + 1] for i in range(1, count)]


def pos_features(words: Sequence[str], own: WordFeatures) -> list[list[str]]:
    """Features of each word of one sentence for the POS tagger: own features and words at +-1, +-2."""
    context = [own.context(w) for w in words]
    n = len(words)
    sequence = []
    for i in range(n):
        features = list(context[i][0])
        features.append(context[i - 1][1] if i >= 1 else "BOS")
        features.append(context[i + 1][2] if i + 1 < n else "EOS")
        if i >= 2:
            features.append(context[i - 2][3])
        if i + 2 < n:
            features.append(context[i + 2][4])
        if i >= 1:
            # The previous word's suffix generalises "yang di-", "akan me-" patterns to unseen words.
            features.append(context[i - 1][5])
        sequence.append(features)
    return sequence


def ner_features(
    words: Sequence[str],
    tags: Sequence[str],
    cues: Sequence[str],
    own: WordFeatures,
) -> list[list[str]]:
    """Features of each word of one sentence for the NER model.

    `tags` are POS tags from our tagger; `cues` is, per word, the cue class the
    word belongs to ("" when none), e.g. "title" for "Presiden", "orghead" for
    "Kementerian", "locprep" for "di" (see resources/id/entity_cues.yaml).
    """
    n = len(words)
    context = [own.context(w) for w in words]
    titles = [w[:1].isupper() for w in words]
    # Tag and cue feature strings built once per sentence, not three times per word.
    tag_here = ["t=" + t for t in tags]
    tag_prev = ["-1t=" + t for t in tags]
    tag_next = ["+1t=" + t for t in tags]
    sequence = []
    for i in range(n):
        features = list(context[i][0])
        features.append(tag_here[i])
        if cues[i]:
            features.append("cue=" + cues[i])
        if i >= 1:
            features.append(context[i - 1][1])
            features.append(tag_prev[i - 1])
            features.append("-1T" if titles[i - 1] else "-1l")
            if cues[i - 1]:
                features.append("-1cue=" + cues[i - 1])
        else:
            features.append("BOS")
        if i + 1 < n:
            features.append(context[i + 1][2])
            features.append(tag_next[i + 1])
            features.append("+1T" if titles[i + 1] else "+1l")
            if cues[i + 1]:
                features.append("+1cue=" + cues[i + 1])
        else:
            features.append("EOS")
        if i >= 2:
            features.append(context[i - 2][3])
            if cues[i - 2]:
                features.append("-2cue=" + cues[i - 2])
        if i + 2 < n:
            features.append(context[i + 2][4])
        sequence.append(features)
    return sequence


# Cue classes in the order they win when a word is in two lists ("di" is a
# preposition before it is a not-name).
CUE_CLASSES = (
    ("person_titles", "title"),
    ("org_heads", "orghead"),
    ("loc_heads", "lochead"),
    ("loc_prepositions", "locprep"),
    ("reporting_verbs", "report"),
    ("office_words", "office"),
    ("not_names", "notname"),
)


class CueLexicon:
    """The cue words of resources/id/entity_cues.yaml, matched on lower-cased token runs."""

    def __init__(self, data: dict):
        self.phrases: dict[tuple[str, ...], str] = {}
        for key, label in CUE_CLASSES:
            for entry in data.get(key) or ():
                self.phrases.setdefault(tuple(str(entry).lower().split()), label)
        self.longest = max((len(p) for p in self.phrases), default=1)
        # The phrase lengths that start with each word, longest first: most tokens start
        # none, and are passed over with one dict lookup instead of one per length.
        sizes: dict[str, set[int]] = {}
        for phrase in self.phrases:
            if phrase:
                sizes.setdefault(phrase[0], set()).add(len(phrase))
        self._sizes = {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}

    def spans(self, lowers: Sequence[str]) -> list[tuple[int, int, str]]:
        """Non-overlapping cue phrases as (first token, end token, class), longest first, left to right."""
        found = []
        i, n = 0, len(lowers)
        phrases, starting = self.phrases, self._sizes
        while i < n:
            for size in starting.get(lowers[i], ()):
                if size <= n - i:
                    label = phrases.get(tuple(lowers[i:i + size]))
                    if label is not None:
                        found.append((i, i + size, label))
                        i += size
                        break
            else:
                i += 1
        return found

    def classes(self, lowers: Sequence[str]) -> list[str]:
        """Per token, the class of the cue phrase it is in, or ""."""
        return span_classes(self.spans(lowers), len(lowers))


def span_classes(spans: Sequence[tuple[int, int, str]], count: int) -> list[str]:
    """Per token of `count`, the class of the cue span (`CueLexicon.spans`) it is in, or ""."""
    out = [""] * count
    for start, end, label in spans:
        for k in range(start, end):
            out[k] = label
    return out


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, type) for each entity of a BIO label sequence; a stray I- starts one."""
    spans = []
    start, kind = -1, ""
    for i, label in enumerate(labels):
        prefix, _, name = label.partition("-")
        if prefix == "I" and start >= 0 and name == kind:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start = -1
        if prefix in ("B", "I"):
            start, kind = i, name
    if start >= 0:
        spans.append((start, len(labels), kind))
    return spans
