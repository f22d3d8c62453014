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

A token that a page's lost space ran together from two words ("kataBudi",
"Martosudah") is split in two (`Unglue`, words in resources/id/glued_words.yaml);
the text is not changed, only the token offsets.

Only the tokenizer runs: no tagger or parser is loaded, and no lexical
attributes are computed. Three profiled hot spots of spaCy's tokenizer are
answered faster with the same results (`anchored_prefix_search`,
`bounded_suffix_search`, `keep_whole`; tests/test_tokens_affix_search.py).
"""
from __future__ import annotations

import bisect
import itertools
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable

from spacy.attrs import IDX, LENGTH
from spacy.lang.id import Indonesian

from ..document import Document, Token
from ..pipeline import register
from ..resources import Resources

GLUED_FILE = "id/glued_words.yaml"

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


_CACHE_CHUNKS = 200_000


def keep_whole(piece: str, _match=_KEEP_WHOLE.match):
    """`_KEEP_WHOLE.match`, skipped for pieces with neither "-" nor "/": every branch needs one.

    spaCy calls its token_match on every piece it tries to split, most of them
    plain words; the guard answers those without running the regex (0.4 ms an article).
    """
    if "-" in piece or "/" in piece:
        return _match(piece)
    return None


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
    nlp.tokenizer.token_match = keep_whole
    nlp.tokenizer.prefix_search = anchored_prefix_search(nlp.tokenizer.prefix_search)
    nlp.tokenizer.suffix_search = bounded_suffix_search(nlp.tokenizer.suffix_search)
    # linimasa reads only each token's offset and length: no lexical attributes
    # (lower, norm, shape, prefix, suffix, like_num, is_stop, ... 23 functions) are
    # computed for each new word the vocabulary meets (0.4 ms an article).
    nlp.vocab.lex_attr_getters = {}
    # spaCy caches the tokens of each whitespace-delimited chunk, but (spaCy #1250)
    # stops caching for the rest of a call once a special case is hit, and "\n" is
    # one: after a document's first line break nothing was cached, and every word
    # went through the affix searches again. A whitespace chunk gives the same
    # single token without its rule. The cache also stopped at 10,000 chunks; a
    # day of news has far more (the Detik 1,000: 41,000), and an entry is a few
    # dozen bytes. Together 2.5 -> 1.6 ms an article, tokens identical.
    tokenizer = nlp.tokenizer
    tokenizer.rules = {orth: tokens for orth, tokens in tokenizer.rules.items() if orth.strip()}
    tokenizer.max_cache_size = _CACHE_CHUNKS
    return nlp


def anchored_prefix_search(search: Callable) -> Callable:
    """`search`, answered by `match` wherever the two must agree: the same results, faster.

    spaCy's prefix pattern is one alternation of "^..." pieces that it calls with
    `re.Pattern.search`, and Python's `re` does not see that every branch is
    anchored: it retries the whole alternation at every position of the word.
    That was 1.5-2 ms of each article (the largest single cost of tokenizing).
    Where every branch begins with "^", `search(s)` can only match at 0, where it
    does exactly what `match(s)` does. spaCy's Indonesian prefixes hold one
    unanchored branch, `<a([^>]+)>` (an HTML tag that spaCy then strips from the
    word's start even when it was found in the middle); a word containing that
    branch's leading literal ("<a") still goes to `search`, so the results are
    identical for every string. A pattern with an unanchored branch that has no
    leading literal is returned unchanged.
    """
    branches = _branches(search)
    if branches is None:
        return search
    guards = []
    for subpattern in branches:
        branch = subpattern.data
        if branch and branch[0] == (_sre.AT, _sre.AT_BEGINNING):
            continue
        leading = itertools.takewhile(lambda item: item[0] == _sre.LITERAL, branch)
        literal = "".join(chr(value) for _, value in leading)
        if not literal:
            return search
        guards.append(literal)
    match = search.__self__.match
    if not guards:
        return match

    def prefix_search(string: str):
        if any(guard in string for guard in guards):
            return search(string)
        return match(string)

    return prefix_search


def bounded_suffix_search(search: Callable) -> Callable:
    r"""`search` started near the end of the word wherever that cannot change its result.

    spaCy's suffix pattern is an alternation of "...$" pieces; `search` tries it at
    every position of the word (0.7 ms of each article). Each branch that can only
    match a bounded number of characters (at most 9 in spaCy's Indonesian
    suffixes) can only match within that many characters of the end (one more for
    `$` before a final newline), so the search starts there; lookbehinds still see
    the characters before. A branch of unbounded width (`\.\.+$`) must end with a
    literal character, and a word ending with it goes to the full `search`.
    Any other pattern is returned unchanged.
    """
    branches = _branches(search)
    if branches is None:
        return search
    width, endings = 0, set()
    for subpattern in branches:
        branch = subpattern.data
        if not branch or branch[-1] != (_sre.AT, _sre.AT_END):
            return search
        high = subpattern.getwidth()[1]
        if high < _sre.MAXREPEAT:
            width = max(width, high)
            continue
        last = branch[-2] if len(branch) >= 2 else None
        if last and last[0] == _sre.LITERAL:
            endings.add(chr(last[1]))
        elif (last and last[0] == _sre.MAX_REPEAT and last[1][0] >= 1 and len(last[1][2]) == 1
              and last[1][2][0][0] == _sre.LITERAL):
            endings.add(chr(last[1][2][0][1]))
        else:
            return search
    reach = width + 1
    endings = tuple(endings)

    def suffix_search(string: str):
        if endings and string.endswith(endings):
            return search(string)
        return search(string, max(0, len(string) - reach))

    return suffix_search


def _branches(search: Callable) -> list | None:
    """The top-level branches (the re parser's SubPatterns) of the pattern behind a bound
    `re.Pattern.search`; None when `search` is something else, or its flags (MULTILINE,
    IGNORECASE) would make the shortcuts above unsound."""
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or getattr(search, "__name__", "") != "search":
        return None
    if pattern.flags & (re.MULTILINE | re.IGNORECASE):
        return None
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    top = tree.data
    return list(top[0][1][1]) if len(top) == 1 and top[0][0] == _sre.BRANCH else [tree]


@register("tokens", requires=("sentences",), adds=("tokens",))
class TokenStage:
    """Tokenises each sentence with `Resources.spacy_nlp`'s tokenizer.

    Adds `tokens` (list of Token).
    """

    def __init__(self, resources: Resources):
        self.tokenizer = resources.spacy_nlp.tokenizer
        self.unglue = Unglue.from_resources(resources)

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
        doc.tokens = self.unglue(text, tokens)
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


# A lower-case letter followed by a capital: the only place a case join can be. One scan of the text.
_CASE_JOIN = re.compile(r"[a-z][A-Z]")
_JOIN_IN_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A capitalised word of seven letters or more (a name of four and a tail word of three).
_LONG_CAPITALISED = re.compile(r"\b[A-Z][a-z]{6,}\b")
# Suffixes that go on with a word ("lapor" + "annya"): a listed word followed by one is no word of its own.
_SUFFIXES = ("an", "kan", "nya", "lah", "kah", "pun", "ku", "mu")


class Unglue:
    """Split tokens that a lost space ran together from two words (resources/id/glued_words.yaml).

    - a lower-to-upper case join whose left or right letters are a listed word ("dilansirKantor",
      "NamaBerikut"), or whose two sides are both written as capitalised words of their own elsewhere
      in the document ("BudiSantoso");
    - a capitalised word ending in a listed lower-case word whose rest is written as a word of its own
      elsewhere in the document ("Martosudah" where "Marto" also stands alone).
    Names with an inner capital ("DeepSeek", "McKenzie") stay whole: no side is a listed word and their
    halves are not words of the text. Offsets stay exact; the text is not changed.
    """

    def __init__(self, words, tail_words, min_part: int = 3, min_tail: int = 3, min_head: int = 4,
                 name_prefixes=()):
        self.words = frozenset(w.lower() for w in words)
        self.name_prefixes = tuple(str(w).lower() for w in name_prefixes)
        self.min_part = int(min_part)
        self.min_head = int(min_head)
        self.min_tail = int(min_tail)
        self.tails = frozenset(w.lower() for w in tail_words if len(w) >= max(3, self.min_tail))
        self.tail_lengths = tuple(sorted({len(w) for w in self.tails}, reverse=True))
        self.tail_ends = frozenset(w[-3:] for w in self.tails)  # every tail word has three letters or more
        self.by_length = tuple(sorted((w for w in self.words if len(w) >= self.min_part), key=len, reverse=True))

    @classmethod
    def from_resources(cls, resources: Resources) -> "Unglue":
        data = resources.data(GLUED_FILE)
        words = list(data.get("words", ()))
        words += list(resources.data("id/function_words.yaml").get("words", ()))
        words += list(resources.data("id/reporting_verbs.yaml").get("after", ()))
        return cls(words, data.get("tail_words", ()), data.get("min_part", 3), data.get("min_tail", 3),
                   data.get("min_head", 4), data.get("name_prefixes", ()))

    def __call__(self, text: str, tokens: list[Token]) -> list[Token]:
        # Candidates come from two scans of the text (a case join; a long capitalised word ending in a tail
        # word), not from a loop over every token: most documents have none.
        joins = [m.start() + 1 for m in _CASE_JOIN.finditer(text)]
        tails, lengths, min_head, ends = self.tails, self.tail_lengths, self.min_head, self.tail_ends
        glued = []
        for found in _LONG_CAPITALISED.finditer(text):
            lower = found.group()
            if lower[-3:] not in ends:
                continue
            for size in lengths:
                if len(lower) - size >= min_head and lower[-size:] in tails:
                    glued.append((found.start(), size))
                    break
        if not joins and not glued:
            return tokens
        starts = [t.start for t in tokens]
        standalone = {t.text for t in tokens}
        split: dict[int, list[str]] = {}
        for at in joins:
            i = bisect.bisect_right(starts, at) - 1
            if i < 0 or i in split or not tokens[i].start < at < tokens[i].end:
                continue
            pieces = self._camel_pieces(tokens[i].text, standalone)
            if pieces is not None:
                split[i] = pieces
        for at, size in glued:
            i = bisect.bisect_left(starts, at)
            if i >= len(tokens) or tokens[i].start != at or i in split:
                continue
            word = tokens[i].text
            if len(word) - size >= min_head and word[-size:].lower() in tails and word[:-size] in standalone:
                split[i] = [word[:-size], word[-size:]]
        if not split:
            return tokens
        out: list[Token] = []
        last = 0
        for i in sorted(split):
            out.extend(tokens[last:i])
            token, pos = tokens[i], tokens[i].start
            for piece in split[i]:
                out.append(Token(token.sentence, pos, pos + len(piece), piece))
                pos += len(piece)
            last = i + 1
        out.extend(tokens[last:])
        return out

    def _camel_pieces(self, word: str, standalone: set[str]) -> list[str] | None:
        """`word` cut at its case joins where a side is a listed word, both sides stand alone in the text, or a
        lower-case word (four letters or more) runs into a capitalised word that stands alone in the text,
        and after a listed word (of three letters or more) that opens a lower-case first part."""
        parts = _JOIN_IN_WORD.split(word)
        if len(parts) < 2:
            return None
        words, min_part = self.words, self.min_part
        first = parts[0]
        if first.isalpha() and first.islower() and first not in words:
            # "kepadaoutletX": a listed word run into a lower-case name that has a case join of its own
            lead = next((w for w in self.by_length if first.startswith(w) and len(first) - len(w) >= min_part
                         and not first.startswith(_SUFFIXES, len(w))), None)
            if lead is not None:
                rest = self._camel_pieces(word[len(lead):], standalone) or [word[len(lead):]]
                return [lead, *rest]
        pieces = [parts[0]]
        for part in parts[1:]:
            left = pieces[-1]
            left_letters = _trailing_letters(left)
            right_letters = _leading_letters(part)
            if (left_letters.lower() in words
                    or (right_letters[1:].islower() and right_letters.lower() in words)
                    or (len(left_letters) >= min_part and len(right_letters) >= min_part
                        and left_letters[:1].isupper() and left_letters == left
                        and left_letters in standalone and right_letters in standalone)
                    or (len(left_letters) > min_part and left_letters.islower() and len(right_letters) >= min_part
                        and right_letters[1:].islower() and right_letters in standalone
                        and not left_letters.endswith(self.name_prefixes))):
                pieces.append(part)
            else:
                pieces[-1] = left + part
        return pieces if len(pieces) > 1 else None


def _trailing_letters(piece: str) -> str:
    k = len(piece)
    while k > 0 and piece[k - 1].isalpha():
        k -= 1
    return piece[k:]


def _leading_letters(piece: str) -> str:
    k = 0
    while k < len(piece) and piece[k].isalpha():
        k += 1
    return piece[:k]
