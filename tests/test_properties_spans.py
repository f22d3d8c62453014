"""Issue 9: property tests. On any text, the cleaner, sentence splitter, number
parser, date parser and the whole analysis never raise, and every record they
give has valid offsets: 0 <= start <= end <= len(text), `text` equal to the
slice it claims, sentences in order without overlap.

Two kinds of input: arbitrary Unicode (hypothesis' `text()`), and "news-like"
text assembled from pieces that reach deep into the rules (numbers with dots
and commas, Indonesian month and weekday names, relative words, quotes,
datelines, boilerplate lines, stray periods, newlines). `max_examples` is
bounded so the default suite stays fast; raise it for a long run with
LINIMASA_HYPOTHESIS_SCALE=10 (a multiplier).
"""
from __future__ import annotations

import json
import os
from datetime import date

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linimasa.contract import to_contract
from linimasa.document import Document
from linimasa.errors import InputError
from linimasa.language.numbers import NumberParser
from linimasa.language.timexes import TimexParser
from linimasa.pipeline import build_pipeline
from linimasa.resources import Resources

SCALE = max(1, int(os.environ.get("LINIMASA_HYPOTHESIS_SCALE", "1")))


def bounded(examples: int):
    return settings(max_examples=examples * SCALE, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Pieces of Indonesian news text, written for these tests: words, numbers in
# every notation the parsers read, dates, quotes and boilerplate lines.
PIECES = [
    "Presiden", "Menteri Luar Negeri", "Polisi", "warga", "Jakarta", "Gaza", "Hamas", "Israel", "DPR", "KPK",
    "menolak", "menyerang", "bertemu", "mengatakan", "menangkap", "mengirim bantuan", "berkata", "yang", "dan",
    "pada", "sejak", "hingga", "sekitar", "lebih dari", "hampir", "setidaknya", "Rp", "US$", "juta", "miliar",
    "triliun", "ribu", "ratusan", "puluhan", "orang", "persen", "jiwa", "dua", "tiga puluh", "setengah",
    "1.200", "1,3", "46.000", "10-15", "2024", "2025", "07.30", "pukul 10.30 WIB", "(4/2/2025)", "20/10/2025",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Oktober", "Desember",
    "kemarin", "besok", "lusa", "pekan lalu", "bulan depan", "tahun lalu", "akhir pekan", "awal 2024",
    "7 Oktober 2023", "tiga hari lalu", "dua minggu", "“", "”", "\"", "'", "‘", "’", "(", ")", ",", ".", "...",
    "?", "!", "-", "—", ":", ";", "\n", "\n\n", " ", "  ", "\u00a0", "Dr.", "H.", "Jl.", "dll.", "S.H.",
    "Baca juga:", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Copyright ©", "(detik/abc)",
    "JAKARTA, KOMPAS.com -", "Foto:", "Editor:", "\u200b", "\ufffd", "é", "ß", "中文", "😀", "0", "9999999999",
    "........", "1.2.3.4.5.6", "A.B.C.D.E", "MENTERI LUAR NEGERI",
]

news_like = st.lists(st.sampled_from(PIECES), min_size=0, max_size=80).map(
    lambda parts: "".join(p if p in "“”\"'‘’(),.?!:;-—" or p.isspace() else " " + p for p in parts))
any_text = st.text(max_size=400)
texts = st.one_of(news_like, any_text)


@pytest.fixture(scope="module")
def resources():
    return Resources()


@pytest.fixture(scope="module")
def cleaner(resources):
    return build_pipeline(resources, ["boilerplate", "headline", "language", "sentences"])


@pytest.fixture(scope="module")
def numbers():
    return NumberParser()


@pytest.fixture(scope="module")
def timexes():
    return TimexParser()


def assert_span(text: str, start: int, end: int, claimed: str | None = None) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if claimed is not None:
        assert text[start:end] == claimed


def assert_sentences(doc: Document) -> None:
    previous_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert_span(doc.text, s.start, s.end, s.text)
        assert s.start < s.end and s.start >= previous_end, "sentences overlap or are out of order"
        assert s.text == s.text.strip(), "a sentence span includes surrounding whitespace"
        previous_end = s.end


@bounded(150)
@given(text=texts)
def test_properties_cleaner_and_splitter_keep_spans_inside_the_text(cleaner, text):
    doc = cleaner(Document(text=text))
    for b in doc.boilerplate:
        assert_span(doc.text, b.start, b.end, b.text)
    if doc.title_span:
        assert_span(doc.text, *doc.title_span)
    assert_sentences(doc)
    assert doc.text == text  # no stage rewrites the text


@bounded(200)
@given(text=texts)
def test_properties_number_parser_never_raises_and_spans_are_valid(numbers, text):
    for q in numbers.parse(text):
        assert_span(text, q.start, q.end, q.text)
        assert q.value == q.value  # not NaN
        assert q.qualifier in ("exact", "about", "more_than", "less_than", "nearly", "at_least")


@bounded(200)
@example(text="9999999999 tahun lalu", anchor=date(2025, 1, 12))  # found here: date() out of range
@example(text="9999999999 minggu lagi", anchor=date(2025, 1, 12))
@given(text=texts, anchor=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_properties_date_parser_never_raises_and_spans_are_valid(timexes, text, anchor):
    for t in timexes.parse(text, anchor):
        assert_span(text, t.start, t.end, t.text)
        assert t.precision in ("day", "week", "month", "year", "unknown")
        if t.value is not None and t.value_end is not None:
            assert t.value <= t.value_end


@bounded(200)
@given(text=texts, offset=st.integers(0, 50))
def test_properties_parsers_respect_a_window(numbers, timexes, text, offset):
    """Sentence-local parsing: what is found in text[start:end] lies inside that window."""
    start = min(offset, len(text))
    end = max(start, len(text) - offset)
    for record in [*numbers.parse(text, start, end), *timexes.parse(text, date(2025, 1, 12), start, end)]:
        assert start <= record.start <= record.end <= end


@pytest.fixture(scope="module")
def schema():
    from importlib.resources import files

    return json.loads(files("linimasa").joinpath("schemas/analysis-1.schema.json").read_text(encoding="utf-8"))


@bounded(60)
@given(text=texts, published=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))))
def test_properties_analyze_output_is_valid_on_any_text(analyzer, schema, text, published):
    if not text.strip():
        return  # the readers refuse empty text (E202) before analysis
    try:
        doc = analyzer.analyze(Document(text=text, published=published))
    except InputError as exc:
        # The only expected refusal: a text that is all boilerplate. A stage crash (E211) fails the test.
        assert exc.code == "E212", exc.message
        return
    assert_sentences(doc)
    n = len(doc.sentences)
    for group in (doc.mentions, doc.timexes, doc.quantities, doc.quotes, doc.figures):
        for record in group:
            assert_span(doc.text, record.start, record.end, record.text)
            assert -1 <= record.sentence < max(n, 1)
    for event in doc.events:
        assert_span(doc.text, event.start, event.end)
        assert 0 <= event.sentence < n
        assert event.source is None or event.source in doc.actors
        assert event.target is None or event.target in doc.actors
    for mention in doc.mentions:
        assert mention.actor is None or mention.actor in doc.actors
    record = to_contract(doc)
    jsonschema.validate(record, schema)
    json.dumps(record, ensure_ascii=False)
