"""Evidence similarity: how much two sentences say alike, by their lightly stemmed content words.

Event merging (merging.py) asks whether two reports' evidence sentences say the
same thing. Reports of one act by two outlets reuse the statement's words in
other forms ("menyita", "disita", "penyitaan"), so each content word is cut to
a few possible stems (resources/id/evidence_terms.yaml: suffix groups,
prefixes with the letter a nasal prefix replaced) and two words match when any
stems do. Stopwords, calendar words and digits are skipped: the dates are
compared by the date criterion. The caller passes the words its other criteria
already compare (the trigger, the actors' names), which would otherwise make
any two reports of one actor look alike.

Cost: a dict lookup per sentence after its first use, and set intersections
per word; the whole merge of the Detik 1,000 takes well under a second.
"""
from __future__ import annotations

import re

from ..resources import Resources


class EvidenceTerms:
    """Compares two evidence sentences by their lightly stemmed content words (resources/id/evidence_terms.yaml)."""

    # Evidence sentences seen, with their terms; emptied past this many so a long-running writer stays bounded.
    CACHE_LIMIT = 200_000
    _WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

    def __init__(self, resources: Resources | None = None):
        resources = resources or Resources.default()
        data = resources.data("id/evidence_terms.yaml")
        self.min_length = int(data["min_length"])
        self.min_stem = int(data["min_stem"])
        self.suffix_groups = [tuple(group) for group in data["suffix_groups"]]
        self.prefixes = [(row["prefix"], row.get("vowel")) for row in data["prefixes"]]
        self.stopwords = frozenset(w.casefold() for name in ("id/stopwords.yaml", "id/function_words.yaml")
                                   for w in resources.data(name)["words"]) | frozenset(data["skip"])
        self._cache: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}

    def words(self, text: str) -> list[str]:
        """The case-folded words of `text`, digits left out."""
        return [m.casefold() for m in self._WORD.findall(text)]

    def stems(self, word: str) -> frozenset[str]:
        """The word's possible stems: the word cut of its suffixes and prefix, and the nasal-restored root."""
        cut = {word}
        for group in self.suffix_groups:
            shorter = {stem[: -len(suffix)] for stem in cut for suffix in group
                       if stem.endswith(suffix) and len(stem) - len(suffix) >= self.min_stem}
            cut = shorter or cut
        found = set(cut)
        for stem in cut:
            for prefix, vowel in self.prefixes:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= self.min_stem - 1:
                    root = stem[len(prefix):]
                    found.add(root)
                    if vowel and root[0] in "aeiou":
                        found.add(vowel + root)
                    break
        return frozenset(found)

    def terms(self, text: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each distinct content word of `text` with its stems."""
        found = self._cache.get(text)
        if found is None:
            words = dict.fromkeys(w for w in self.words(text) if len(w) >= self.min_length and w not in self.stopwords)
            found = tuple((w, self.stems(w)) for w in words)
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = found
        return found

    def similarity(self, a: str, b: str, known: frozenset[str] = frozenset()) -> float:
        """The share of the content words of both sentences, `known` words left out, with a stem in the other."""
        terms_a = [stems for word, stems in self.terms(a) if word not in known]
        terms_b = [stems for word, stems in self.terms(b) if word not in known]
        if not terms_a or not terms_b:
            return 0.0
        stems_a, stems_b = frozenset().union(*terms_a), frozenset().union(*terms_b)
        shared = sum(1 for t in terms_a if t & stems_b) + sum(1 for t in terms_b if t & stems_a)
        return shared / (len(terms_a) + len(terms_b))
