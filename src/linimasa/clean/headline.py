"""Stage `headline`: find the article's headline in the text.

Adds:
- `doc.title`: the headline (stripped), kept as given when metadata supplied it;
  None when the text has no headline.
- `doc.title_span`: `(start, end)` of the headline line in `doc.text`, or None.

Rules, in order:
1. A title given by metadata is kept; if the first content line equals it
   (whitespace and case aside), that line is its span.
2. Otherwise the headline is the first non-empty line that is not boilerplate
   (a section label such as "Perang Gaza" is already marked by the boilerplate
   stage, and is skipped here too).
3. A first line that reads as a lead (ends with a period and has 10 words or
   more, holds two sentences, is longer than any headline, or ends with a
   colon) means the text has no headline: title stays None. So does a first
   line that is the only content line (a one-sentence brief, perhaps followed
   by a credit or "Baca juga"): it is the content.
"""
from __future__ import annotations

import re

from ..document import Document
from ..pipeline import register
from ..resources import Resources
from .boilerplate import is_section_label

_SPACE = re.compile(r"\s+")
# A line of at least this many words that ends with a period is a lead
# sentence, not a headline: Indonesian headlines carry no final period. On the
# 1,000 Detik bodies (which start with the lead, no headline) every first line
# ending in a period has 10 words or more; and no Detik title (`judul`) is
# longer than LONGEST_HEADLINE_WORDS, so a longer line is never a headline.
LEAD_SENTENCE_WORDS = 10
LONGEST_HEADLINE_WORDS = 30
# Share of a line's characters covered by boilerplate above which it is not content.
COVERED = 0.5


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


@register("headline", requires=("boilerplate",), adds=("title", "title_span"))
class HeadlineStage:
    """Sets the headline.

    Adds `title` (str | None) and `title_span` ((start, end) | None).
    """

    def __init__(self, resources: Resources):
        pass

    def __call__(self, doc: Document) -> Document:
        lines = self._content_lines(doc, 2)
        first = lines[0] if lines else None
        if doc.title:
            doc.title = doc.title.strip()
            if first is not None and _norm(doc.text[first[0]:first[1]]) == _norm(doc.title):
                doc.title_span = first
            return doc
        if first is None:
            return doc
        line = doc.text[first[0]:first[1]]
        # A document of one content line is all content, whatever follows it that is
        # boilerplate (a credit, "Baca juga", a photo line): taking its line as the
        # headline would leave nothing to analyse (issue 22: a one-sentence brief lost
        # all its entities).
        if _is_lead_sentence(line) or len(lines) < 2:
            return doc
        doc.title = line
        doc.title_span = first
        return doc

    def _content_lines(self, doc: Document, most: int) -> list[tuple[int, int]]:
        """Spans (stripped) of the first `most` non-empty lines not covered by boilerplate."""
        text, pos = doc.text, 0
        found: list[tuple[int, int]] = []
        lines = []
        for raw in text.split("\n"):
            lines.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        nonempty = [(s, e) for s, e in lines if text[s:e].strip()]
        for k, (start, end) in enumerate(nonempty):
            covered = sum(max(0, min(end, b.end) - max(start, b.start)) for b in doc.boilerplate)
            if covered > COVERED * (end - start):
                continue
            line = text[start:end]
            following = text[nonempty[k + 1][0]:nonempty[k + 1][1]].strip() if k + 1 < len(nonempty) else ""
            if is_section_label(line.strip(), following):
                continue
            lead = len(line) - len(line.lstrip())
            found.append((start + lead, start + len(line.rstrip())))
            if len(found) >= most:
                break
        return found



# A sentence end inside the line ("... kemiskinan. Prabowo juga ..."): a
# headline is one phrase. The word before it must be lowercase so that
# "Prof. Ani Dilantik" still counts as one.
# Starts only at a word's first lowercase letter: from inside a long word the search rescanned
# the rest of it at every position (quadratic, tests/test_regex_backtracking.py); same matches.
_INNER_END = re.compile(r"(?<![a-z])[a-z]{3,}[.!?][\"”’]?\s+[\"“]?[A-Z]")


def _is_lead_sentence(line: str) -> bool:
    stripped = line.strip().rstrip("\"”’'")
    words = len(stripped.split())
    return ((stripped.endswith(".") and words >= LEAD_SENTENCE_WORDS) or words > LONGEST_HEADLINE_WORDS
            or stripped.endswith(":") or bool(_INNER_END.search(stripped)))
