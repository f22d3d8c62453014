"""Near-duplicate documents: MinHash over word shingles, found with LSH (datasketch).

Syndicated wire copy and re-posted pages share almost every sentence but differ
in headline, outlet line, a dropped or rewritten paragraph. Word shingles of the
cleaned content catch that; the headline and boilerplate are left out so a new
headline or outlet line does not hide a copy.

Calibration (re-run `scripts/corpus_report.py --calibrate` after changing these):
- SHINGLE_SIZE = 5 words: on the five seed articles (one story, different
  outlets) 5-word shingles overlap 0-2 %, while a copy with one of ~8 paragraphs
  dropped keeps Jaccard ~0.8 and a rewritten headline/outlet line ~0.95.
  Shorter shingles (3) raise the overlap of unrelated Detik articles on the same
  topic (stock phrases such as 'Bank Indonesia mempertahankan suku bunga').
- NUM_PERM = 128: standard error of the Jaccard estimate is about
  sqrt(J(1-J)/128) = 0.044 at J = 0.5, small next to the gap found between
  copies (>= 0.6) and distinct articles (< 0.2) on the Detik corpus.
- THRESHOLD = 0.5 estimated Jaccard: the LSH index is built for this threshold
  and every candidate is confirmed with the signature estimate.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_SIZE = 5
NUM_PERM = 128
THRESHOLD = 0.5
# Fixed so signatures stored by one run compare with those of the next.
SEED = 1
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures are only comparable within one scheme

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[bytes]:
    """Word `size`-grams of the case-folded text; a text shorter than `size` words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Drawing the permutations is most of the cost of building a MinHash
    # (it was 17 of 24 s in a 3,000-document corpus update); they depend only
    # on NUM_PERM, SEED and SCHEME, so draw them once.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> np.ndarray:
    """The MinHash hash values (uint64, NUM_PERM of them) of the text's shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64)


def _minhash(values: np.ndarray) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=values, permutations=_permutations())


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity estimated from two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class DuplicateIndex:
    """An LSH index over stored signatures; `find` returns the most similar indexed document."""

    def __init__(self, entries: Iterable[tuple[str, np.ndarray]] = (), threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.values: dict[str, np.ndarray] = {}
        for doc_id, values in entries:
            self.add(doc_id, values)

    def add(self, doc_id: str, values: np.ndarray) -> None:
        if doc_id in self.values:
            return
        self.values[doc_id] = values
        self.lsh.insert(doc_id, _minhash(values))

    def find(self, values: np.ndarray) -> tuple[str, float] | None:
        """The indexed document most similar to `values` at or above the threshold, or None."""
        best: tuple[str, float] | None = None
        for doc_id in sorted(self.lsh.query(_minhash(values))):
            score = jaccard(values, self.values[doc_id])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (doc_id, score)
        return best
