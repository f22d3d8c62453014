"""Stage `language`: which language the content is written in.

Adds:
- `doc.language`: an ISO 639-1 code ("id", "ms", "en", ...). Documents whose
  language is not "id" are reported by the pipeline runner; this stage only
  records the finding.

cld2 (pycld2) reads the content text (boilerplate and headline excluded; the
headline is added back when the body is short). Its verdict is taken when it is
reliable, Malay included, unless a "ms" text has more Indonesian-only than
Malay-only spellings (`indonesian_only`, `malay_only`: cld2 reads short
Indonesian news as Malay). When it is not (short or mixed text), the text is
taken as Indonesian if it has enough Indonesian function words
(`resources/id/function_words.yaml`), else cld2's best guess stands, else
"und" (undetermined).
"""
from __future__ import annotations

import logging
import re

import pycld2

from ..document import Document
from ..pipeline import register
from ..resources import Resources

log = logging.getLogger(__name__)

# cld2 reads at most this many characters: the lead decides, and it keeps the
# stage well under a millisecond on long articles.
MAX_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+")
# cld2 chokes on C0 controls and lone surrogates; they carry no language.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@register("language", requires=("boilerplate",), adds=("language",))
class LanguageStage:
    """Detects the document language.

    Adds `language` (ISO 639-1 code, "und" when undetermined).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/function_words.yaml")
        self.function_words = frozenset(w.casefold() for w in data["words"])
        self.min_hits = int(data["min_hits"])
        self.indonesian_only = frozenset(w.casefold() for w in data["indonesian_only"])
        self.malay_only = frozenset(w.casefold() for w in data["malay_only"])

    def __call__(self, doc: Document) -> Document:
        text = " ".join(doc.text[s:e] for s, e in doc.content_spans())
        if len(text.strip()) < 200 and doc.title:
            text = f"{doc.title} {text}"
        doc.language = self.detect(text)
        return doc

    def detect(self, text: str) -> str:
        sample = _BAD_CHARS.sub(" ", text[:MAX_CHARS])
        try:
            reliable, _, details = pycld2.detect(sample)
        except pycld2.error as exc:
            log.debug("cld2 could not read the text: %s", exc)
            reliable, details = False, ()
        best = details[0][1] if details else "un"
        if reliable and best == "ms" and self._indonesian_spelling(sample):
            return "id"
        if reliable and best != "un":
            return _iso(best)
        hits = {w for w in _WORD.findall(sample.casefold()) if w in self.function_words}
        if len(hits) >= self.min_hits:
            return "id"
        return _iso(best) if best != "un" else "und"

    def _indonesian_spelling(self, sample: str) -> bool:
        """More Indonesian-only than Malay-only words: cld2 reads short Indonesian news as Malay."""
        words = _WORD.findall(sample.casefold())
        indonesian = sum(1 for w in words if w in self.indonesian_only)
        malay = sum(1 for w in words if w in self.malay_only)
        return indonesian > malay


def _iso(code: str) -> str:
    """cld2 codes are ISO 639-1 except for a few (zh-Hant, 'iw' for Hebrew...)."""
    return {"iw": "he", "in": "id", "jw": "jv"}.get(code, code.split("-")[0])
