"""A document's characteristic terms: frequent content words and two-word phrases, for story matching and labels."""
from __future__ import annotations

import re
from collections import Counter

from ..resources import Resources

# Words shorter than this are mostly function words or abbreviations of units.
MIN_LENGTH = 4
# Terms kept per document: enough to cover a 300-word article's topic words.
TOP_TERMS = 20
# Two-word terms kept per document ("gencatan senjata", "tambang ilegal"): a phrase names a matter more
# precisely than its words, and reads better in a story label. Only phrases used at least twice count.
TOP_PHRASES = 5
MIN_PHRASE_COUNT = 2

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


class TermExtractor:
    """Counts case-folded content words, skipping the stopwords of `id/stopwords.yaml`."""

    def __init__(self, resources: Resources | None = None):
        data = (resources or Resources.default()).data("id/stopwords.yaml")
        self.stopwords = frozenset(word.casefold() for word in data["words"])

    def top_terms(self, text: str, limit: int = TOP_TERMS, phrases: int = TOP_PHRASES) -> dict[str, int]:
        """The `limit` most frequent content words and the `phrases` most frequent two-word phrases of
        adjacent content words (used at least MIN_PHRASE_COUNT times), with their counts."""
        words = [w.casefold() for w in _WORD.findall(text)]
        content = [len(w) >= MIN_LENGTH and w not in self.stopwords for w in words]
        counts = Counter(w for w, keep in zip(words, content) if keep)
        pairs = Counter(f"{a} {b}" for a, b, ka, kb in zip(words, words[1:], content, content[1:])
                        if ka and kb and a != b)
        # Ties broken alphabetically so the same text always gives the same terms.
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        ranked_pairs = sorted(((p, n) for p, n in pairs.items() if n >= MIN_PHRASE_COUNT),
                              key=lambda item: (-item[1], item[0]))[:phrases] if phrases else []
        return dict(ranked + ranked_pairs)
