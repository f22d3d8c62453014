"""Stage `numbers`: numbers as written in Indonesian news, parsed to values.

"1.200" -> 1200, "1,3 juta" -> 1300000, "Rp 13 triliun" -> 13e12 rupiah,
"hampir selusin" -> 12 nearly, "ribuan" -> 1000 at_least, "10 hingga 15" -> 10..15.

One combined regex finds every candidate in one pass: its first branch consumes
what only looks like a number (dates, clock times, ordinals) so that it is never
emitted; the second branch is a quantity with its optional qualifier, currency,
range and unit. Years (a bare 1900-2099 with no unit, currency or scale) are
dropped by the resolver. Word lists are in `resources/id/numbers.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document, Quantity
from ..pipeline import register
from ..resources import Resources, load_data
from .alternation import phrase_alternation


def _alternation(words) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace (a trie: alternation.py)."""
    return phrase_alternation(words, lower=True)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def digits_value(text: str, *, scaled: bool = False) -> float:
    """Value of a written number: '.' groups thousands, ',' is the decimal mark.

    A comma followed by exactly three digits and no scale word ("1,200") is read as
    a thousands separator, as in English-style text; "1,3 juta" stays 1.3 million.
    """
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if "," in text:
        whole, frac = text.split(",", 1)
        if len(frac) == 3 and not scaled:
            return float(whole + frac)
        return float(f"{whole}.{frac}")
    if "." in text:
        whole, frac = text.split(".", 1)
        if len(frac) == 3:
            return float(whole + frac)
        return float(f"{whole}.{frac}")
    return float(text)


MAX_NUMERAL_WORDS = 16
# What a quantity is never followed by: more digits after a dot or colon ("22:13",
# "20.10.2025", "1.100.2": a clock time, a dotted date, a version string) or a dash or
# slash and a letter ("130-PKE", "15/IV"): an identifier.
_PART_OF_CODE = re.compile(r"[.:]\d|[-/][^\W\d_]")


class NumberParser:
    """Finds and parses quantities in a stretch of text. Built once from numbers.yaml."""

    def __init__(self, data: dict | None = None, months: list[str] | None = None):
        data = data or load_data("id/numbers.yaml")
        months = months or list(load_data("id/time.yaml")["months"])
        self.units = {k: float(v) for k, v in data["units"].items()}
        self.whole = {k: float(v) for k, v in data["whole"].items()}
        self.inner = {k: float(v) for k, v in data["inner_scales"].items()}
        self.scales = {k: float(v) for k, v in data["scales"].items()}
        self.se_scales = {k: float(v) for k, v in data["se_scales"].items()}
        self.vague = {_key(k): (float(v[0]), v[1]) for k, v in data["vague"].items()}
        self.qual_before = {_key(k): v for k, v in data["qualifiers_before"].items()}
        self.qual_after = {_key(k): v for k, v in data["qualifiers_after"].items()}
        self.units_after = {_key(k): v for k, v in data["units_after"].items()}
        self.currency = {_key(k): v for k, v in data["currency_before"].items()}

        start_words = _alternation([*self.units, *self.whole, *self.se_scales])
        all_words = _alternation([*self.units, *self.whole, *self.se_scales, *self.inner,
                                  *self.scales, "belas"])
        scale_words = _alternation(self.scales)
        digits = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
        # Bounded repetition: the longest written numeral ("dua ratus tiga puluh lima ribu enam ratus
        # dua puluh satu") has 11 words; MAX_NUMERAL_WORDS leaves room. Unbounded, a run of number words made the timex pattern,
        # which embeds this one, quadratic: 2.2 s on a 5,000-character sentence, 150 s on 40,000
        # (tests/test_regex_backtracking.py).
        numeral = (rf"(?:{digits}(?:\s*(?:{scale_words})(?![\w])){{0,4}}"
                   rf"|(?:{start_words})(?![\w-])(?:\s+(?:{all_words})(?![\w-])){{0,{MAX_NUMERAL_WORDS - 1}}})")
        month_words = _alternation(months)
        not_date = rf"(?!\s*/\s*\d|\s+(?:{month_words})(?![\w]))"
        joiners = _alternation(data["range_joiners"])
        unit = rf"(?:{_alternation(self.units_after)})(?![\w])"
        skip = (r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
                r"|\d{4}-\d{2}-\d{2}"
                r"|(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?"
                r"|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)(?![\w])"
                rf"|\d{{1,2}}\s+(?:{month_words})(?![\w])"
                # ordinals are glued or hyphenated ("ke-3", "ke3"); "ke 565 ribu guru" is "to 565,000"
                r"|ke-\s?\d+|ke\d+"
                # an age or a list number in brackets after a name: "Erwin (45)", "(2)"
                r"|\(\s*\d{1,3}\s*\)"
                # a copyright line's years ("© 2025 - 2026")
                r"|(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?")
        skip += rf"|(?:{_alternation(data['identifier_words'])})\.?\s*\d+(?:[-/.]\w+)*"
        self.pattern = re.compile(
            rf"(?<![\w/.,:-])(?:(?P<skip>{skip})"
            rf"|(?:(?P<qual>{_alternation(self.qual_before)})\s+)?"
            rf"(?:(?P<cur>{_alternation(self.currency)})\s*)?"
            rf"(?:(?P<vague>{_alternation(self.vague)})(?![\w])"
            rf"|(?P<num>{numeral}){not_date}"
            rf"(?:\s*(?:{joiners})\s*(?:(?:{_alternation(self.currency)})\s*)?(?P<num2>{numeral}){not_date})?)"
            rf"(?:\s+(?P<after>{_alternation(self.qual_after)})(?![\w])(?!\s+(?:dari|daripada)(?![\w])))?"
            rf"(?:\s*(?P<unit>{unit}))?"
            rf"(?:\s+(?P<after2>{_alternation(self.qual_after)})(?![\w])(?!\s+(?:dari|daripada)(?![\w])))?)",
            re.IGNORECASE,
        )
        self.number_words = frozenset({*self.units, *self.whole, *self.se_scales, *self.inner, *self.scales, "belas"})
        # the numeral grammar, for other stages' patterns ("tiga hari lalu")
        self.numeral_pattern = numeral
        self._digits = re.compile(digits)
        self._word = re.compile(r"[^\W\d]+|\d[\d.,]*")
        self._year = re.compile(r"(?:19|20)\d\d")

    def numeral_value(self, text: str) -> float | None:
        """Value of a numeral: digits with scale words, or number words ("dua puluh lima")."""
        total = group = last = 0.0
        words = self._word.findall(text.lower())
        scaled = any(w in self.scales for w in words)
        for word in words:
            if word[0].isdigit():
                last += digits_value(word, scaled=scaled)
            elif word in self.units:
                last += self.units[word]
            elif word == "belas":
                group += last + 10
                last = 0.0
            elif word in self.inner:
                group += (last or 1) * self.inner[word]
                last = 0.0
            elif word in self.whole:
                value = self.whole[word]
                if value < 1:
                    last += value
                else:
                    group += value
            elif word in self.scales:
                total += ((group + last) or 1) * self.scales[word]
                group = last = 0.0
            elif word in self.se_scales:
                total += self.se_scales[word]
            else:
                return None
        return total + group + last

    def parse(self, text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
        """Quantities in `text[start:end]`, offsets into `text`, `sentence` = -1."""
        end = len(text) if end is None else end
        found = []
        for match in self.pattern.finditer(text, start, end):
            if match.group("skip"):
                continue
            quantity = self._resolve(text, match)
            if quantity is not None:
                found.append(quantity)
        return found

    def _resolve(self, text: str, match: re.Match) -> Quantity | None:
        if _PART_OF_CODE.match(text, match.end()):
            return None
        qual, cur, unit = match.group("qual"), match.group("cur"), match.group("unit")
        num, num2, vague = match.group("num"), match.group("num2"), match.group("vague")
        qualifier = self.qual_before.get(_key(qual)) if qual else None
        value_max = None
        if vague:
            value, vague_qualifier = self.vague[_key(vague)]
            qualifier = qualifier or vague_qualifier
        else:
            if num.lower() == "satu" and re.search(r"salah\s+$", text[max(0, match.start() - 8):match.start("num")], re.I):
                return None
            value = self.numeral_value(num)
            if value is None:
                return None
            if num2:
                value_max = self.numeral_value(num2)
                # "1-2 juta": a scale written only after the second number applies to both
                first_words, second_words = self._word.findall(num.lower()), self._word.findall(num2.lower())
                if value_max is not None and not any(w in self.scales for w in first_words):
                    for word in second_words:
                        value *= self.scales.get(word, 1.0)
            is_year = (self._year.fullmatch(num) is not None
                       and (num2 is None or self._year.fullmatch(num2) is not None))
            if is_year and not (unit or cur or qual):
                return None
        after = match.group("after") or match.group("after2")
        if after and qualifier is None:
            qualifier = self.qual_after.get(_key(after))
        unit_name = self.units_after.get(_key(unit)) if unit else None
        if cur:
            unit_name = self.currency.get(_key(cur), unit_name)
        span_end = match.end()
        return Quantity(-1, match.start(), span_end, text[match.start():span_end], value,
                        value_max, qualifier or "exact", unit_name)


def parse_quantities(text: str, start: int = 0, end: int | None = None,
                     parser: NumberParser | None = None) -> list[Quantity]:
    """Quantities in `text[start:end]` (offsets into `text`; `sentence` is -1).

    Building a `NumberParser` compiles its pattern; pass one in when calling often.
    """
    return (parser or NumberParser()).parse(text, start, end)


@register("numbers", requires=("sentences",), adds=("quantities",))
class NumberStage:
    """Finds the quantities of each sentence.

    Adds:
        quantities: `Quantity` records (value, value_max for ranges, qualifier
            exact/about/more_than/less_than/nearly/at_least, unit such as orang,
            rupiah, dolar, persen). Years, dates, clock times and ordinals are not emitted.
    """

    def __init__(self, resources: Resources):
        self.parser = NumberParser(resources.data("id/numbers.yaml"),
                                   list(resources.data("id/time.yaml")["months"]))

    def __call__(self, doc: Document) -> Document:
        quantities = []
        for sentence in doc.sentences:
            for quantity in self.parser.parse(doc.text, sentence.start, sentence.end):
                quantities.append(replace(quantity, sentence=sentence.index))
        doc.quantities = quantities
        return doc
