"""Tokens: the faster prefix and suffix searches answer exactly as spaCy's own.

`make_nlp` replaces spaCy's `prefix_search` and `suffix_search` (linimasa/language/tokens.py)
because they retried the whole alternation at every position of every word. These
tables hold Indonesian news words with the affixes spaCy strips, and the corner cases
the replacements guard: spaCy's one unanchored prefix (`<a ...>` anywhere in the word),
the unbounded `\\.\\.+$` suffix, lookbehinds before the search start, and a final newline.
"""
import re

import pytest
import spacy

from linimasa.language.tokens import anchored_prefix_search, bounded_suffix_search, make_nlp

WORDS = [
    "Jakarta", "(Jakarta)", '"Kami', "kata:", "Hamas\"", "(4/2/2025)", "Rp100", "Rp", "US$5", "S$",
    "10km", "5%", "50persen", "3juta", "Rp2,5", "\u201cKami", "Gaza\u201d", "bebas</b>", "tegas</strong>",
    "<a href=x>Gaza", "kata<a x>", "<b/>Gaza", "...", "Gaza..", "Gaza...", "ya.", "x.....", "\u2026",
    "lalu\u2026", "-nya", "Gaza-nya", "bukumu", "akhir\n", "ok.\n", "5%\n", "#Gaza", "@Hamas", "\u00a7",
    "(((", ")))", "\u201c\u201d", "ke-3", "COVID-19", "\u00bfqu\u00e9?", "'",
]


def _every_piece(words):
    """Each word with each of its suffixes and prefixes removed: the strings spaCy searches."""
    for word in words:
        for i in range(len(word)):
            yield word[i:]
            yield word[:len(word) - i]


@pytest.fixture(scope="module")
def searches():
    ours, spacys = make_nlp().tokenizer, spacy.blank("id").tokenizer
    return ours, spacys


def _span(match):
    return None if match is None else match.span()


@pytest.mark.parametrize("piece", sorted(set(_every_piece(WORDS))))
def test_prefix_and_suffix_agree_with_spacy(searches, piece):
    ours, spacys = searches
    assert _span(ours.prefix_search(piece)) == _span(spacys.prefix_search(piece))
    assert _span(ours.suffix_search(piece)) == _span(spacys.suffix_search(piece))


def test_the_replacements_are_in_effect(searches):
    ours, spacys = searches
    assert ours.prefix_search is not spacys.prefix_search
    assert getattr(ours.suffix_search, "__name__", "") == "suffix_search"
    assert not make_nlp().vocab.lex_attr_getters  # no lexical attributes computed


@pytest.mark.parametrize("text", [
    "Delegasi (Mesir) tiba di Doha, Qatar.. lalu \"bertemu\" Hamas\u2026 kemarin <a href=x>Gaza</a>.",
    "Harga naik 5% menjadi Rp2,5 juta/kg; US$3 per 10km\u2014katanya.",
])
def test_whole_sentences_tokenize_as_before(searches, text):
    ours, spacys = searches
    before = make_nlp()
    before.tokenizer.prefix_search, before.tokenizer.suffix_search = spacys.prefix_search, spacys.suffix_search
    assert [(t.idx, t.text) for t in ours(text)] == [(t.idx, t.text) for t in before.tokenizer(text)]


@pytest.mark.parametrize("pattern", [
    r"^a|b+c",       # an unanchored branch with no literal at its start
    r"(?m)^a|^b",    # multiline: "^" matches after every newline
    r"(?i)^a|xa",    # case-insensitive: a literal guard would miss "XA"
])
def test_prefix_patterns_it_cannot_prove_stay_unchanged(pattern):
    search = re.compile(pattern).search
    assert anchored_prefix_search(search) is search


@pytest.mark.parametrize("pattern", [
    r"a$|b",          # a branch not anchored at the end
    r"a$|[xy]+z*$",   # unbounded, and its last item is not a literal
    r"(?m)a$",        # multiline
])
def test_suffix_patterns_it_cannot_prove_stay_unchanged(pattern):
    search = re.compile(pattern).search
    assert bounded_suffix_search(search) is search


@pytest.mark.parametrize("piece", sorted(set(_every_piece(WORDS + [
    "tanda-tanda", "masing-masing", "pro-Israel", "Israel-Hamas", "PDI-P", "F-16", "20/10", "4/2/2025",
    "Gaza-nya", "Kupu-Kupu", "Undang-Undang", "a/b", "-", "/", "rumah", "Gaza"]))))
def test_keep_whole_guard_answers_as_the_regex(piece):
    from linimasa.language.tokens import _KEEP_WHOLE, keep_whole
    assert _span(keep_whole(piece)) == _span(_KEEP_WHOLE.match(piece))


@pytest.mark.parametrize("text", [
    "Hamas menolak.\nIsrael diam.\n\nMesir\u00a0dan Qatar  menengahi\t(lagi).",
    "No. 5 di Jl.\nSudirman, kata Dr. Budi\n",
])
def test_whitespace_rules_dropped_without_changing_tokens(text):
    """Without spaCy's whitespace special cases (which stopped its cache), the tokens stay the same."""
    ours = make_nlp()
    with_rules = make_nlp()
    whitespace = {k: v for k, v in spacy.blank("id").tokenizer.rules.items() if not k.strip()}
    with_rules.tokenizer.rules = {**with_rules.tokenizer.rules, **whitespace}
    assert "\n" not in ours.tokenizer.rules and "\n" in with_rules.tokenizer.rules
    assert ours.tokenizer.max_cache_size > 10_000
    for _ in range(2):  # the second pass reads the cache
        assert [(t.idx, t.text) for t in ours.tokenizer(text)] == [(t.idx, t.text) for t in with_rules.tokenizer(text)]
