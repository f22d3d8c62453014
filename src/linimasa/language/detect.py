"""Stage `language`: which language the content is written in.

Adds:
- `doc.language`: an ISO 639-1 code ("id", "ms", "en", "jv", ...). Documents
  whose language the pipeline cannot code are reported by the pipeline runner
  (E210 note); this stage only records the finding. A Malay document is coded
  with the Indonesian rules and gets an E219 note.

cld2 (pycld2) reads the content text (boilerplate and headline excluded; the
headline is added back when the body is short). Short Indonesian news (briefs,
captions, alerts, headlines) is where cld2 fails: it gives no answer, or reads
it as Malay, Javanese, English, Samoan... So cld2 only proposes, and counted
words (`resources/id/function_words.yaml`) decide between the
Indonesian/Malay family and a foreign language:

1. cld2's verdict, or when it is unreliable its best-effort guess. A verdict
   outside the family (id, ms, jw) stands only when the text does not read as
   Indonesian: fewer than `min_hits` family words (function words, id/stopwords,
   common news words, words with Indonesian affixes; one is enough in a text of
   fewer than `short_text_words` words, such as a headline of names), under a
   quarter of its words, or no more than the English function words when cld2
   says English.
2. Within the family the words decide, not cld2: Javanese when its Javanese
   words (at least `min_hits`) outnumber the Indonesian function words; Malay
   when the Malay-only spellings outnumber the Indonesian-only ones; otherwise
   Indonesian (the two standard languages share almost all their words, and a
   text with no telling spelling is read as the project's language).
3. A text of fewer than `min_hits` words, or with no verdict and no family
   word: "und" (undetermined).
"""
from __future__ import annotations

import logging
import re
from collections import Counter

import pycld2

from ..document import Document
from ..limits import note
from ..pipeline import register
from ..resources import Resources

log = logging.getLogger(__name__)

# cld2 reads at most this many characters: the lead decides, and it keeps the
# stage well under a millisecond on long articles.
MAX_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+")
# cld2 chokes on C0 controls and lone surrogates; they carry no language.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


# Languages of the Indonesian/Malay family as cld2 names them: cld2 reads short Indonesian as any of them.
FAMILY = frozenset({"id", "ms", "jw", "un"})
# A foreign verdict is overturned only when family words are at least this share of the text's words.
FAMILY_SHARE = 0.25


@register("language", requires=("boilerplate",), adds=("language",))
class LanguageStage:
    """Detects the document language.

    Adds `language` (ISO 639-1 code, "und" when undetermined).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/function_words.yaml")
        stopwords = resources.data("id/stopwords.yaml")["words"]
        self.function_words = frozenset(w.casefold() for w in data["words"])
        self.lexicon = self.function_words | {w.casefold() for w in [*stopwords, *data["news_words"]]}
        self.min_hits = int(data["min_hits"])
        self.short_words = int(data["short_text_words"])
        self.indonesian_only = frozenset(w.casefold() for w in data["indonesian_only"])
        self.malay_only = frozenset(w.casefold() for w in data["malay_only"])
        self.english = frozenset(w.casefold() for w in data["english"])
        self.javanese = frozenset(w.casefold() for w in data["javanese"])
        self.min_affixed = int(data["affix_min_length"])
        self.prefixes = tuple(data["affixes"]["prefixes"])
        self.suffixes = tuple(data["affixes"]["suffixes"])
        self.javanese_suffixes = tuple(data["javanese_suffixes"])
        # First words of the two-word entries of the Indonesian and Malay lists.
        self._pair_starts = frozenset(w.split(" ", 1)[0] for w in self.indonesian_only | self.malay_only if " " in w)

    def __call__(self, doc: Document) -> Document:
        text = " ".join(doc.text[s:e] for s, e in doc.content_spans())
        if not text.strip():
            # All boilerplate (a lone caption line): the analysis refuses it (E212), but its language is still known.
            text = doc.text
        if len(text.strip()) < 200 and doc.title:
            text = f"{doc.title} {text}"
        doc.language = self.detect(text)
        if doc.language == "ms":
            doc.notes.append(note("E219"))
        return doc

    def detect(self, text: str) -> str:
        sample = _BAD_CHARS.sub(" ", text[:MAX_CHARS])
        words = _WORD.findall(sample.casefold())
        if len(words) < self.min_hits:
            return "und"  # a lone name ("Jakarta") is in no language
        # cld2 is unsure on short text: then its best-effort guess counts.
        best = _cld2(sample, best_effort=False) or _cld2(sample, best_effort=True) or "un"
        # The family's word count decides only when cld2 named another language or none: when it
        # named one of the family (most documents) the words are not counted.
        if best not in FAMILY:
            family = self._family_words(words)
            against = sum(1 for w in words if w in self.english) if best == "en" else 0
            enough = family >= (1 if len(words) < self.short_words else self.min_hits)
            if not enough or family < FAMILY_SHARE * len(words) or family <= against:
                return _iso(best)
        elif best == "un" and not self._family_words(words):
            return "und"
        return self._within_family(words)

    def _family_words(self, words: list[str]) -> int:
        return sum(1 for w in words if w in self.lexicon or self._affixed(w))

    def _affixed(self, word: str) -> bool:
        return len(word) >= self.min_affixed and (word.startswith(self.prefixes) or word.endswith(self.suffixes))

    def _within_family(self, words: list[str]) -> str:
        """Javanese, Malay or Indonesian, by counted words (entries of two words match consecutive words).

        Each distinct word is looked up once (with its count), and a pair of words is
        built only after a word that begins a two-word entry."""
        counts = Counter(words)
        javanese = sum(n for w, n in counts.items() if w in self.javanese
                       or (len(w) >= self.min_affixed and w.endswith(self.javanese_suffixes)))
        if javanese >= self.min_hits and javanese > sum(counts[w] for w in self.function_words & counts.keys()):
            return "jv"
        pairs = Counter(f"{a} {b}" for a, b in zip(words, words[1:]) if a in self._pair_starts)
        indonesian = _counted(self.indonesian_only, counts, pairs)
        malay = _counted(self.malay_only, counts, pairs)
        return "ms" if malay > indonesian else "id"


def _counted(entries: frozenset[str], counts: Counter, pairs: Counter) -> int:
    """How often the words and word pairs of `entries` occur."""
    return sum(counts[w] for w in entries & counts.keys()) + sum(pairs[p] for p in entries & pairs.keys())


def _cld2(sample: str, best_effort: bool) -> str | None:
    """cld2's top language code when it is reliable (or any guess with `best_effort`), else None."""
    try:
        reliable, _, details = pycld2.detect(sample, bestEffort=best_effort)
    except pycld2.error as exc:
        log.debug("cld2 could not read the text: %s", exc)
        return None
    best = details[0][1] if details else "un"
    if best == "un" or not (reliable or best_effort):
        return None
    return best


def _iso(code: str) -> str:
    """cld2 codes are ISO 639-1 except for a few (zh-Hant, 'iw' for Hebrew...)."""
    return {"iw": "he", "in": "id", "jw": "jv"}.get(code, code.split("-")[0])
