"""Stage `tokens`, and the spaCy pipeline linimasa tokenises with.

Adds:
- `doc.tokens`: `Token(sentence, start, end, text)` for every token of every
  sentence, offsets into `doc.text`, `tag` left None (the tagger fills it).

`make_nlp()` is `spacy.blank("id")` without spaCy's 15,614 hyphenated
special cases (slow to load, and covered by the rule below) and with a
`token_match` that keeps
whole what Indonesian news needs whole:
- dates written with slashes, "(4/2/2025)" -> "(", "4/2/2025", ")";
- hyphenated words whose parts are not both capitalised: reduplications
  ("tanda-tanda", "masing-masing", "serangan-serangan"), "pro-Israel", "ke-3";
- a capitalised name with a number, "COVID-19", "F-16".
Between two capitalised parts the hyphen still splits, so each name of
"Israel-Hamas" or "AS-Hamas" is its own token: "Israel", "-", "Hamas".
Clitics stay split off ("Gaza-nya" -> "Gaza", "-nya").

Only the tokenizer runs: no tagger or parser is loaded.
"""
from __future__ import annotations

import re

from spacy.attrs import IDX, LENGTH
from spacy.lang.id import Indonesian

from ..document import Document, Token
from ..pipeline import register
from ..resources import Resources

_KEEP_WHOLE = re.compile(
    r"^(?:"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"                       # 4/2/2025, 20/10
    r"|([^\W\d_]+)-(?i:\1)[^\W\d_]*"                        # Undang-Undang, Kupu-Kupu: reduplications in any case
    r"|(?!.*-(?:nya|ku|mu|lah|kah|pun)$)"                   # not a clitic: those split off
    r"(?:[^\W\d_][\w]*-[^\W\d_A-Z][\w]*(?:-\w+)*"           # Xxx-yyy: Gaza-bound, Peace-keeping
    r"|[^\W\d_A-Z][\w]*-\w+(?:-\w+)*)"                      # tanda-tanda, pro-Israel, ke-3
    r"|[A-Z][A-Za-z]*-\d+"                                  # COVID-19, F-16
    r"|[A-Z]{2,}-[A-Z]"                                     # PDI-P: an acronym with a letter suffix
    r")$"
)


# Whitespace-free runs longer than this are tokenized in pieces (see TokenStage._offsets);
# the longest one in the 1,000 Detik articles has 80 characters.
_LONG_RUN = 200
_LONG_RUN_RE = re.compile(r"\S{%d,}" % (_LONG_RUN + 1))


class _NewsIndonesianDefaults(Indonesian.Defaults):
    # spaCy's Indonesian exceptions list 15,614 hyphenated words one by one
    # (reduplications such as "tanda-tanda"); adding them as special cases took
    # 3-8 s at every start. `_KEEP_WHOLE` keeps every such word whole by rule,
    # so only the non-hyphenated exceptions (abbreviations, emoticons) remain.
    tokenizer_exceptions = {key: value for key, value in Indonesian.Defaults.tokenizer_exceptions.items()
                            if "-" not in key}


class NewsIndonesian(Indonesian):
    """`spacy.blank("id")` with the hyphenated exceptions left to `_KEEP_WHOLE`."""

    Defaults = _NewsIndonesianDefaults


def make_nlp():
    """A blank Indonesian spaCy pipeline with linimasa's tokenizer exceptions."""
    nlp = NewsIndonesian()
    nlp.tokenizer.token_match = _KEEP_WHOLE.match
    return nlp


@register("tokens", requires=("sentences",), adds=("tokens",))
class TokenStage:
    """Tokenises each sentence with `Resources.spacy_nlp`'s tokenizer.

    Adds `tokens` (list of Token).
    """

    def __init__(self, resources: Resources):
        self.tokenizer = resources.spacy_nlp.tokenizer

    def __call__(self, doc: Document) -> Document:
        # One tokenizer call per content span, not per sentence: a sentence
        # always ends before whitespace, so no token straddles two sentences
        # and tokens are assigned by walking both lists in order.
        text, sentences = doc.text, doc.sentences
        tokens: list[Token] = []
        append = tokens.append
        count = len(sentences)
        k = 0
        for span_start, span_end in doc.content_spans():
            if k >= len(sentences):
                break
            if sentences[k].start >= span_end:
                continue
            first = sentences[k].start
            last = span_end
            offsets = self._offsets(text[first:last])
            # The current sentence's bounds live in locals: this loop runs once per
            # token and attribute lookups were most of its cost.
            sentence_start, sentence_end = sentences[k].start, sentences[k].end
            for idx, length in offsets:
                start = first + idx
                if sentence_end <= start:
                    while k < count and sentences[k].end <= start:
                        k += 1
                    if k == count:
                        break
                    sentence_start, sentence_end = sentences[k].start, sentences[k].end
                if start >= span_end:
                    break
                if start < sentence_start or text[start].isspace():
                    continue  # whitespace between or inside sentences
                end = start + length
                append(Token(k, start, end, text[start:end]))
        doc.tokens = tokens
        return doc

    def _offsets(self, piece: str) -> list[list[int]]:
        """[start, length] of each token of `piece`; whitespace-free runs past `_LONG_RUN` are cut first.

        spaCy strips prefixes and suffixes one character at a time, copying the
        rest of the word each time: quadratic in a word's length. A 5,000-char
        run of brackets or quotes took 6 s, a 100,000-char document of them
        would take most of an hour (tests/test_regex_backtracking.py). No real
        token is that long, so such runs are tokenized in pieces of
        `_LONG_RUN` characters; text without them is tokenized exactly as before.
        """
        if not _LONG_RUN_RE.search(piece):
            return self.tokenizer(piece).to_array([IDX, LENGTH]).tolist()
        cuts, pos = [], 0
        for run in _LONG_RUN_RE.finditer(piece):
            cuts.extend(range(run.start() + _LONG_RUN, run.end(), _LONG_RUN))
        offsets = []
        for start, end in zip([0, *cuts], [*cuts, len(piece)]):
            offsets.extend([start + idx, length] for idx, length in
                           self.tokenizer(piece[start:end]).to_array([IDX, LENGTH]).tolist())
        return offsets
