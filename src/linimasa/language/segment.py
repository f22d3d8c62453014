"""Stage `sentences`: split the content into sentences, repairing machine-translation breaks.

Adds:
- `doc.sentences`: `Sentence(index, start, end, text)` with
  `text == doc.text[start:end]`, surrounding whitespace outside the span,
  numbered in text order. Boilerplate and the headline are not segmented.

Splitting. A paragraph break (newline) always ends a sentence. Inside a
paragraph a sentence ends at ".", "!", "?", "…" or "..." (with any closing
quotes or brackets after it: `."`, `.”`, `.\\”`, `?)`) followed by whitespace,
non-breaking spaces included. A period directly followed by a digit or letter
is no end, so thousand separators ("1.200"), decimals ("1,3 juta"), dates
("(4/2/2025)") and times ("pukul 10.30") stay whole. A period after an
abbreviation from `resources/id/abbreviations.yaml` ("Dr.", "S.H.", "dll.",
"Jl.") or after a single capital initial ("H. Agus") is no end either.

Repair. Machine-translated news often breaks one clause with a stray period.
The pieces are joined back into one sentence (whose span then contains the
stray period) when:

1. the next piece starts with a lowercase letter:
   "Bantuan dikirim ke masing-masing desa. sebagai bagian dari program itu."
   (this also joins `"Kapan?" tanya dia.`, which is one sentence);
2. the piece ends with a word that cannot end a sentence, a preposition or
   conjunction such as dari, ke, dan, yang, untuk, bahwa:
   "Ada kabar baik dari. Jakarta mengenai harga beras."
3. a list of names is broken after its first member: the piece ends with a
   capitalised word and the next reads "Y dan Z untuk ...":
   "Menteri meminta Jepang. Korea dan Vietnam untuk menambah kuota."
4. the next piece is a one-word fragment: "Tim itu terus. Bekerja."

Rule 3 asks for a clause-continuing word (untuk, agar, yang, ...) after the
list, so two real sentences such as "Ia tiba di Jepang. Korea dan Vietnam
juga mengirim utusan." stay apart.
"""
from __future__ import annotations

import re

from ..document import Document, Sentence
from ..pipeline import register
from ..resources import Resources

_CLOSERS = "\"”’'»)\\]\\\\"
_END = re.compile(rf"(?:\.\.\.|…|[.!?])+[{_CLOSERS}]*(?=\s|$)")
_CLOSER_CHARS = "\"”’'»)]\\"
_TRAILING_WORD = re.compile(rf"([^\W\d_]+)[.!?…]*[{_CLOSERS}]*$")
_INITIAL = re.compile(r"^[(\"“]?[A-Z]$")
# Longer than any abbreviation or initial: a longer last word is cut, and still is neither.
_WORD_WINDOW = 64


@register("sentences", requires=("boilerplate", "title_span"), adds=("sentences",))
class SentenceStage:
    """Segments content spans into sentences.

    Adds `sentences` (list of Sentence).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/abbreviations.yaml")
        self.abbreviations = frozenset(a.casefold() for a in data["abbreviations"])
        self.continuation_words = frozenset(w.casefold() for w in data["continuation_words"])
        self.fragment_max_words = int(data["fragment_max_words"])
        name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
        continuations = "|".join(re.escape(w) for w in data["list_continuations"])
        self.broken_list = re.compile(
            rf"^{name}(?:\s*,\s*{name})*,?\s+(?:dan|serta)\s+{name}\s+(?:{continuations})\b")

    def __call__(self, doc: Document) -> Document:
        sentences: list[Sentence] = []
        text = doc.text
        for span_start, span_end in doc.content_spans():
            pos = span_start
            for paragraph in text[span_start:span_end].split("\n"):
                for start, end in self.split_paragraph(text, pos, pos + len(paragraph)):
                    sentences.append(Sentence(len(sentences), start, end, text[start:end]))
                pos += len(paragraph) + 1
        doc.sentences = sentences
        return doc

    def split_paragraph(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans (stripped) of text[start:end], a paragraph without newlines."""
        pieces, begin = [], start
        for match in _END.finditer(text, start, end):
            if self._is_end(text, begin, match):
                pieces.append((begin, match.end()))
                begin = match.end()
        pieces.append((begin, end))
        spans = [span for span in (_strip(text, s, e) for s, e in pieces) if span]
        return self._repair(text, spans)

    def _is_end(self, text: str, begin: int, match: re.Match) -> bool:
        if match.group(0) != ".":
            return True
        # Only the last word matters; searching from `begin` rescanned the whole paragraph at each
        # period that is no sentence end ("A. B. C. ..."), quadratic: 7 s on 20,000 characters.
        word = _last_word(text, max(begin, match.start() - _WORD_WINDOW), match.start())
        if word is None:
            return True
        token = word.lstrip("(\"“'‘")
        if (token + ".").casefold() in self.abbreviations or _INITIAL.match(token):
            return False
        return True

    def _repair(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if len(spans) < 2:
            return spans
        merged = [spans[0]]
        for start, end in spans[1:]:
            previous = text[merged[-1][0]:merged[-1][1]]
            current = text[start:end]
            if self._continues(previous, current):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def _continues(self, previous: str, current: str) -> bool:
        if current[0].islower():
            return True
        if not previous.endswith("."):
            return False  # "?", "!" and closing quotes end sentences for real
        last = _trailing_word(previous)
        if last is None:
            return False
        word = last.group(1)
        if word.casefold() in self.continuation_words:
            return True
        if word[0].isupper() and " " in previous.strip() and self.broken_list.match(current):
            return True
        return len(current.split()) <= self.fragment_max_words and current[0] not in "\"“'‘("


def _last_word(text: str, start: int, end: int) -> str | None:
    r"""What `re.compile(rf"(\S+?)[{_CLOSERS}]*$").search(text, start, end).group(1)` gives (None for no match): the
    run of non-spaces ending at `end`, its closing quotes and brackets cut, one character at least.
    The pattern was tried at every position of the window, each try running to the next space."""
    window = text[start:end]
    if not window or window[-1].isspace():
        return None  # "$" must follow a non-space (a paragraph holds no newline)
    run = window.rsplit(None, 1)[-1]
    return run.rstrip(_CLOSER_CHARS) or run[:1]


def _trailing_word(text: str) -> re.Match | None:
    """`_TRAILING_WORD.search(text)`, started near the end (the "$"-anchored search tried every position).

    A match that begins where the search began may be the tail of a longer word;
    then the whole text is searched, so the result is always the same.
    """
    begin = max(0, len(text) - _WORD_WINDOW)
    found = _TRAILING_WORD.search(text, begin)
    if begin and (found is None or found.start() == begin):
        return _TRAILING_WORD.search(text)
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
