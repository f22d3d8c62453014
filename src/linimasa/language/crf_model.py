"""A CRFsuite linear-chain model read from its file and decoded with numpy, many sentences at once.

The tagger and the NER model are trained with python-crfsuite (`make train-tagger`,
`make train-ner`) and shipped as CRFsuite files. Decoding them through
`pycrfsuite.Tagger.tag` costs, per sentence, the conversion of every feature string
to a C++ item and a lookup of each in the model's dictionary: with ~11 POS and
~16 NER features per token that was most of both stages (docs/performance.md).
This module reads the same file (its weights as stored, float64) and decodes the
same way, so its labels are those of `pycrfsuite.Tagger.tag`, bit for bit:

- a token's state score for label y is the sum of the weights of (attribute, y)
  over the token's attributes, added in the order the features are listed, each
  attribute adding one weight per label (crfsuite's `crf1dc_state_score`);
- Viterbi keeps, for each label, the best previous label with the first maximum
  winning ties, and the last label is the first maximum of the final scores
  (crfsuite's `crf1dc_viterbi`).

What it adds is speed: the stages sum per-word weight vectors (cached per word,
see `WordVectors`) instead of building feature strings, and `decode` runs the
Viterbi recursion for all sentences of a document in one numpy pass per position.
tests/test_crf_model.py checks it against pycrfsuite on real sentences.

File layout (CRFsuite 0.12, `crf1dmodel.c`): a 48-byte header ("lCRF", size,
"FOMC", version, counts, offsets), a "FEAT" chunk of (type, source, destination,
weight) records, type 0 being attribute -> label and type 1 label -> label, and
two CQDB string databases (labels, attributes) whose backward arrays map ids to strings.
"""
from __future__ import annotations

import itertools
import struct
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sI8I")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])


class ModelFileError(ValueError):
    """The file is not a CRFsuite CRF1d model this reader understands."""


def _cqdb_strings(buffer: bytes, offset: int, count: int) -> list[str]:
    """The strings of ids 0..count-1 of the CQDB database at `offset` (through its backward array)."""
    magic, _size, _flag, _order, backward_size, backward_offset = struct.unpack_from("<4sIIIII", buffer, offset)
    if magic != b"CQDB" or backward_size < count:
        raise ModelFileError("bad string database in the model file")
    strings = []
    for ident in range(count):
        (record,) = struct.unpack_from("<I", buffer, offset + backward_offset + 4 * ident)
        found, size = struct.unpack_from("<II", buffer, offset + record)
        if found != ident:
            raise ModelFileError("bad string database in the model file")
        start = offset + record + 8
        strings.append(buffer[start:start + size - 1].decode("utf-8"))
    return strings


class CrfModel:
    """Labels, transition weights and per-attribute weight vectors of one CRFsuite model.

    >>> model = CrfModel.load(path)                     # doctest: +SKIP
    >>> model.tag([["w=ia", "BOS"], ["w=pergi", "EOS"]]) # doctest: +SKIP
    ['PR', 'VB']
    """

    def __init__(self, labels: list[str], transitions: np.ndarray, attributes: dict[str, int], weights: np.ndarray):
        self.labels = labels
        self.transitions = transitions           # (L, L): [from, to]
        self._transposed = np.ascontiguousarray(transitions.T)
        self._attributes = attributes            # attribute -> row of `weights`
        # (A + 1, L): the attributes' weights, then a row of zeros (see `sums`).
        self._weights = np.vstack([weights, np.zeros((1, len(labels)))])
        self._zero = len(weights)

    @classmethod
    def load(cls, path: Path | str) -> CrfModel:
        buffer = Path(path).read_bytes()
        if len(buffer) < _HEADER.size:
            raise ModelFileError(f"{path}: too short for a CRFsuite model")
        (magic, _size, kind, _version, _features, n_labels, n_attributes, at_features, at_labels, at_attributes,
         _at_label_refs, _at_attribute_refs) = _HEADER.unpack_from(buffer, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelFileError(f"{path}: not a CRFsuite CRF1d model")
        chunk, _chunk_size, count = _CHUNK.unpack_from(buffer, at_features)
        if chunk != b"FEAT":
            raise ModelFileError(f"{path}: no feature chunk where the header says")
        features = np.frombuffer(buffer, dtype=_FEATURE, count=count, offset=at_features + _CHUNK.size)
        labels = _cqdb_strings(buffer, at_labels, n_labels)
        attributes = _cqdb_strings(buffer, at_attributes, n_attributes)
        state = features[features["type"] == 0]
        edges = features[features["type"] == 1]
        weights = np.zeros((n_attributes, n_labels))
        weights[state["source"], state["target"]] = state["weight"]
        transitions = np.zeros((n_labels, n_labels))
        transitions[edges["source"], edges["target"]] = edges["weight"]
        return cls(labels, transitions, {name: i for i, name in enumerate(attributes)}, weights)

    def sums(self, groups: Sequence[Iterable[str]]) -> np.ndarray:
        """(len(groups), L): each group's summed attribute weights, added in its order; unknown ones add nothing.

        Each group's sum runs 0 + w1 + w2 + ... exactly as crfsuite's does (numpy's own
        reductions may add in pairs, which rounds differently): the groups are taken
        longest first, and at column c the rows of the groups longer than c, a prefix,
        are added to their totals. An unknown attribute adds the zero row, which changes
        no sum (a total is never -0.0). Most groups are one attribute long (a word as a
        neighbour), so this gathers a row per attribute, not a row per longest group.
        """
        zero, get = self._zero, self._attributes.get
        rows = [[get(attribute, zero) for attribute in group] for group in groups]
        count, n_labels = len(rows), len(self.labels)
        if not count:
            return np.zeros((0, n_labels))
        lengths = np.fromiter(map(len, rows), dtype=np.intp, count=count)
        flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.intp, count=int(lengths.sum()))
        order = np.argsort(-lengths, kind="stable")
        sizes = lengths[order]
        starts = (np.cumsum(lengths) - lengths)[order]
        # running[c]: how many groups are longer than c.
        running = np.searchsorted(-sizes, -np.arange(int(sizes[0])), side="left").tolist()
        weights = self._weights
        ordered = np.zeros((count, n_labels))
        for column, k in enumerate(running):
            ordered[:k] += weights[flat[starts[:k] + column]]
        total = np.empty_like(ordered)
        total[order] = ordered
        return total

    def vector(self, attributes: Iterable[str]) -> np.ndarray:
        """The summed weights of `attributes`, added in their order (unknown ones add nothing)."""
        return self.sums([attributes])[0]

    def state(self, items: Sequence[Sequence[str]]) -> np.ndarray:
        """(n, L) state scores of one sequence given as feature-string lists (pycrfsuite's input)."""
        if not items:
            return np.zeros((0, len(self.labels)))
        return np.stack([self.vector(item) for item in items])

    def tag(self, items: Sequence[Sequence[str]]) -> list[str]:
        """Labels of one sequence of feature-string lists, as `pycrfsuite.Tagger.tag` gives them."""
        if not items:
            return []
        labels = self.labels
        return [labels[i] for i in self.decode(self.state(items), [len(items)]).tolist()]

    def names(self, ids: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """Label ids of consecutive sequences of `lengths`, as one list of label names per sequence."""
        labels, flat = self.labels, ids.tolist()
        out, at = [], 0
        for n in lengths:
            out.append([labels[i] for i in flat[at:at + n]])
            at += n
        return out

    def decode(self, state: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """Viterbi labels (ids) of consecutive sequences of `lengths` whose state scores are the rows of `state`."""
        total = int(sum(lengths))
        if total != len(state):
            raise ValueError(f"{len(state)} state rows for sequences of {total} tokens")
        out = np.zeros(total, dtype=np.intp)
        lengths = np.asarray(lengths, dtype=np.intp)
        keep = lengths > 0
        if not keep.any():
            return out
        # Sequences longest first: at position t the ones still running are a prefix, alpha[:k].
        order = np.argsort(-lengths, kind="stable")
        order = order[keep[order]]
        sizes = lengths[order]
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[order]
        count, longest, n_labels = len(order), int(sizes[0]), len(self.labels)
        rank = np.repeat(np.arange(count), sizes)
        position = np.arange(len(rank)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        rows = np.repeat(starts, sizes) + position
        padded = np.zeros((count, longest, n_labels))
        padded[rank, position] = state[rows]
        # running[t]: how many sequences are longer than t (a Python list: it indexes slices).
        running = np.searchsorted(-sizes, -np.arange(longest), side="left").tolist()
        # back[t, s, to] = best previous label; position-major so back[t] is one contiguous block.
        back = np.zeros((longest, count, n_labels), dtype=np.intp)
        alpha = padded[:, 0].copy()
        # scores[s, to, from]: the reduction runs over the contiguous last axis, and the
        # maximum is read back through the argmax (numpy's max over 16-wide rows was slower).
        scores = np.empty((count, n_labels, n_labels))
        flat_scores = scores.reshape(-1)
        cells = np.arange(count * n_labels) * n_labels
        into = self._transposed
        add, argmax = np.add, np.argmax
        for t in range(1, longest):
            k = running[t]
            here = scores[:k]
            add(alpha[:k, None, :], into, out=here)
            best = back[t, :k]
            argmax(here, axis=2, out=best)
            add(flat_scores[cells[:k * n_labels] + best.reshape(-1)].reshape(k, n_labels), padded[:k, t], out=alpha[:k])
        labels = np.zeros((longest, count), dtype=np.intp)
        labels[sizes - 1, np.arange(count)] = alpha.argmax(axis=1)
        # Trace back through the flat array: back[t, s, label] is at (t * count + s) * L + label.
        flat = back.reshape(-1)
        offsets = np.arange(count) * n_labels
        for t in range(longest - 1, 0, -1):
            k = running[t]
            labels[t - 1, :k] = flat[t * count * n_labels + offsets[:k] + labels[t, :k]]
        out[rows] = labels[position, rank]
        return out


class WordVectors:
    """Per word, the weight vectors of the attributes it contributes in each role, cached.

    `roles` are functions word -> attribute strings, e.g. its own features, or
    ["-1=" + lower] for the word as the left neighbour. `rows(words)` gives each
    word's row of `table` (shape (capacity, roles, L)); a word's vectors are
    computed once, and the cache is dropped when it reaches `limit` words, as
    `crf_features.WordFeatures` is, so long batches keep a bounded memory: at
    50,000 words the POS table is 50 MB (float64, which the exact sums need),
    and the Detik 1,000 hold about 35,000 distinct words.
    """

    def __init__(self, model: CrfModel, roles: Sequence[Callable[[str], Sequence[str]]], limit: int = 50_000):
        self.model, self.roles, self.limit = model, tuple(roles), limit
        self._row: dict[str, int] = {}
        self.table = np.zeros((1024, len(self.roles), len(model.labels)))

    def rows(self, words: Sequence[str]) -> np.ndarray:
        row = self._row
        found = list(map(row.get, words))
        if None in found:
            if len(row) + len(words) > self.limit:
                row.clear()
            new = list(dict.fromkeys(w for w in words if w not in row))
            self._add(new)
            found = [row[w] for w in words]
        return np.array(found, dtype=np.intp)

    def _add(self, words: list[str]) -> None:
        """Rows for `words` (none of them known yet), all their vectors summed in one numpy call."""
        first = len(self._row)
        needed = first + len(words)
        if needed > len(self.table):
            grown = np.zeros((max(needed, len(self.table) * 2), *self.table.shape[1:]))
            grown[:first] = self.table[:first]
            self.table = grown
        sums = self.model.sums([attributes(word) for word in words for attributes in self.roles])
        self.table[first:needed] = sums.reshape(len(words), len(self.roles), -1)
        for offset, word in enumerate(words):
            self._row[word] = first + offset


def sequence_positions(lengths: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """For tokens of consecutive sequences of `lengths`: each one's position in its sequence and its sequence's length."""
    lengths = np.asarray(lengths, dtype=np.intp)
    ends = np.cumsum(lengths)
    size = np.repeat(lengths, lengths)
    position = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - lengths, lengths)
    return position, size


def shifted(values: np.ndarray, by: int) -> np.ndarray:
    """values[i - by] at i (clipped at the ends; the caller masks positions outside the sequence).

    Two slice copies: an index array clipped with np.clip and gathered cost several times as
    much (15 calls an article)."""
    n = len(values)
    out = np.empty_like(values)
    if n == 0:
        return out
    if by >= 0:
        cut = min(by, n)
        out[cut:] = values[:n - cut]
        out[:cut] = values[0]
    else:
        cut = min(-by, n)
        out[:n - cut] = values[cut:]
        out[n - cut:] = values[n - 1]
    return out
