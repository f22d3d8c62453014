"""A document's characteristic terms: frequent content words, for story matching and labels."""
from __future__ import annotations

import re
from collections import Counter

from ..resources import Resources

# Words shorter than this are mostly function words or abbreviations of units.
MIN_LENGTH = 4
# Terms kept per document: enough to cover a 300-word article's topic words.
TOP_TERMS = 20

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


class TermExtractor:
    """Counts case-folded content words, skipping the stopwords of `id/stopwords.yaml`."""

    def __init__(self, resources: Resources | None = None):
        data = (resources or Resources.default()).data("id/stopwords.yaml")
        self.stopwords = frozenset(word.casefold() for word in data["words"])

    def top_terms(self, text: str, limit: int = TOP_TERMS) -> dict[str, int]:
        counts = Counter(word for word in (w.casefold() for w in _WORD.findall(text))
                         if len(word) >= MIN_LENGTH and word not in self.stopwords)
        # Ties broken alphabetically so the same text always gives the same terms.
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return dict(ranked[:limit])
