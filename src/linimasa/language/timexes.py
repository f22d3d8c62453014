"""Stage `timexes`: Indonesian time expressions, resolved against the document date.

As dateparser does, parsing is an ordered table of named strategies, each a regex
and a resolver. The strategies are joined into ONE alternation, built once, so a
sentence is scanned in a single `finditer` pass: at each position the first
strategy in table order that matches wins, which is why specific forms ("Senin
(20/10/2025)") come before general ones ("Senin"). Group names are prefixed with
the strategy name so the alternation stays valid; `match.lastgroup` is the outer
group, i.e. the strategy that matched.

Resolution rules that are not obvious:
- a weekday alone is the most recent such day on or before the document date;
  "lalu"/"kemarin" or "sejak" make it strictly before, "depan"/"mendatang"
  strictly after, and a future cue before it ("akan ... pada Senin") on or after;
- a day and month without a year take the document's year, unless that lies ahead
  of the document date and nothing in the sentence speaks of the future, in which
  case the previous year;
- "sejak X" is a span from X to the document date;
- durations ("10 bulan") and clock times ("pukul 10.30 WIB") are found but carry
  no date: value None, precision "unknown" (rule "duration" / "clock"); a clock time
  carries its time of day (`time`, "10:30"), and so does the day right before it
  ("Senin pukul 14.00 WIB", "07 Feb 2015 20:15"), which keeps day precision;
- offsets in hours, minutes or seconds ("5 jam lalu") name a day: the document's, or one
  whole days away; "dalam N unit" after a future cue ("akan berangkat dalam dua hari")
  is N units ahead, without one a duration;
- with no document date, relative expressions get value None and precision
  "unknown"; fully written dates still resolve.

Word lists are in `resources/id/time.yaml`.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..document import Document, Sentence, Timex
from ..pipeline import register
from ..resources import Resources, load_data
from .alternation import phrase_alternation
from .numbers import NumberParser

Resolved = tuple[date | None, date | None, str]
UNKNOWN: Resolved = (None, None, "unknown")


def _alternation(words) -> str:
    return phrase_alternation(words, lower=True)  # longest first, as a trie (alternation.py)


_TIME_DATA = load_data("id/time.yaml")


def _listed(words) -> str:
    """A regex source matching any of `words` (a word list of the data files) as written, spaces literal; one that never
    matches when the list is empty."""
    return phrase_alternation(words, spaces=r"\ ") or "(?!)"


def _key(text: str | None) -> str | None:
    return " ".join(text.lower().split()) if text else None


def clock_time(text: str | None) -> str | None:
    """"14.00", "20:15", "9" -> "14:00", "20:15", "09:00"; None for no time of day ("25.10")."""
    if not text:
        return None
    hour, _, minute = text.replace(".", ":").partition(":")
    hour, minute = int(hour), int(minute or 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour % 24:02d}:{minute:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    day = min(day, calendar.monthrange(year, month)[1]) if day > 28 else day
    return date(year, month, day)


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def week_span(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True, slots=True)
class Context:
    """What a resolver may look at besides its own match."""

    text: str
    sentence_start: int
    sentence_end: int
    anchor: date | None
    # an undated document's inferred window (first, last day), when there is no anchor
    window: tuple[date, date] | None = None


@dataclass(frozen=True, slots=True)
class RawTimex:
    """A strategy's match before resolution, for callers that need the parts (dateinfer)."""

    rule: str
    start: int
    end: int
    parts: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        for key, value in self.parts:
            if key == name:
                return value
        return None


class TimexParser:
    """Finds and resolves time expressions. Built once from time.yaml and numbers.yaml."""

    def __init__(self, data: dict | None = None, numbers: NumberParser | None = None):
        data = data or load_data("id/time.yaml")
        self.numbers = numbers or NumberParser()
        self.months = {k: int(v) for k, v in data["months"].items()}
        self.month_abbr = {k: int(v) for k, v in data["month_abbreviations"].items()}
        self.weekdays = {k: int(v) for k, v in data["weekdays"].items()}
        self.time_zones = tuple(data["time_zones"])
        self.month_parts = {k: tuple(v) for k, v in data["month_parts"].items()}
        self.year_parts = {k: tuple(v) for k, v in data["year_parts"].items()}
        self.units = dict(data["units"])
        self.subday = dict(data.get("subday_units", {}))
        self.afternoon = {_key(k): tuple(v) for k, v in data.get("afternoon_hours", {}).items()}
        self.in_words = {w.lower() for w in data.get("in_words", ())}
        self.deictic = {_key(k): int(v) for k, v in data["deictic"].items()}
        self.few_days = int(data["few_units"])
        self.few_count = int(data["few_count"])
        self.since_words = set(data["since_words"])
        self.span_drop = re.compile(rf"(?:{_alternation(data['span_drop'])})\s+", re.IGNORECASE)
        rel = data["relative"]
        self.past_words = {_key(w) for w in rel["past"]}
        self.future_words = {_key(w) for w in rel["future"]}
        self.recent_words = {_key(w) for w in rel["recent_span"]}
        self.recurrence = set(data["recurrence_cues"])
        recent = data.get("recent_after_noun", {})
        self.recent_after_noun = {_key(w) for w in recent.get("words", ())}
        nouns = [*data.get("event_nouns", ()), *recent.get("nouns", ())]
        self.recent_noun = re.compile(rf"(?<!\w)(?:{_alternation(nouns)})(?:\s+yang)?\s+$", re.IGNORECASE) \
            if nouns and self.recent_after_noun else None
        self.future_cue = re.compile(rf"(?<!\w)(?:{_alternation(data['future_cues'])})(?!\w)", re.IGNORECASE)
        self.strategies = self._strategies(data)
        self.pattern = re.compile(
            "|".join(f"(?P<{name}>{self._prefix(name, pattern)})" for name, pattern, _ in self.strategies),
            re.IGNORECASE,
        )
        self.resolvers: dict[str, Callable] = {name: resolver for name, _, resolver in self.strategies}
        self._token = re.compile(r"\w+")
        # a bare "20:15" right after a day written with its number (seconds dropped)
        self.in_word = re.compile(rf"(?:{_alternation(self.in_words or ['dalam'])})\s++", re.IGNORECASE)
        self.bare_clock = re.compile(r"\s*+(?<=\s)(?P<clk>[0-2]?\d[.:][0-5]\d)(?::[0-5]\d)?(?![\w:/]|[.,]\d)")
        self.triggers = self._trigger_words(data)
        self._group_names = {
            name: [g for g in self.pattern.groupindex if g.startswith(name + "__")]
            for name, _, _ in self.strategies
        }

    def _trigger_words(self, data: dict) -> frozenset[str]:
        """Words at or near which every strategy's match lies (see `scan`)."""
        words = {*self.months, *self.month_abbr, *self.weekdays, *self.units, *data["duration_units"],
                 *self.month_parts, *self.year_parts, "beberapa", "pukul", "c", "copyright",
                 "jumat", "jum"}
        # "malam ini" is reached through "malam": "ini" alone is too common to try at
        words |= {w for phrase in self.deictic for w in phrase.split()} - {"ini"}
        words |= {"se" + unit for unit in data["duration_units"]}
        # only words that can open a numeral: "dua" of "dua juta", not "juta"
        words |= set(self.numbers.units) | set(self.numbers.whole) | set(self.numbers.se_scales)
        return frozenset(w.lower() for w in words)

    @staticmethod
    def _prefix(name: str, pattern: str) -> str:
        return pattern.replace("(?P<", f"(?P<{name}__")

    def _strategies(self, data: dict) -> list[tuple[str, str, Callable]]:
        wd = _alternation(self.weekdays)
        zones = _alternation(self.time_zones)
        mon = _alternation(self.months)
        abbr = _alternation(self.month_abbr)
        monx = rf"{mon}|(?:{abbr})\.?"
        year = r"(?:19|20)\d\d"
        num = self.numbers.numeral_pattern
        prep = rf"(?:(?P<prep>{_alternation(data['prepositions'])})\s+)?"
        year_noun = _alternation(data["year_nouns"])
        part = _alternation(data["day_parts"])
        dur = _alternation(data["duration_units"])
        cal = _alternation(self.units)
        sub = _alternation(self.subday)
        into = _alternation(self.in_words or ["dalam"])
        b, e = r"(?<![\w/])", r"(?![\w])"
        wdp = rf"(?:(?:hari\s+)?(?P<wd>{wd})\s*,?\s*)?"
        rel_all = _alternation([*self.past_words, *self.future_words, "ini"])
        count = rf"(?:(?P<n>\d+|{num})\s+|(?P<few>beberapa)\s+|(?P<se>se)(?=\w))"
        return [
            ("weekday_numeric", rf"{b}{prep}{wdp}\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)"
                                rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)", self._numeric),
            # "Nomor PRINT-3/Fd.1/10/2025": a number glued to a code after "." or "-" is no date
            ("numeric_date", rf"(?<![\w/.\-]){prep}{wdp}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{{4}}|\d{{2}})(?![\w/])",
             self._numeric),
            ("written_date", rf"{b}{prep}{wdp}(?:tanggal\s+)?(?P<d>[0-3]?\d)"
                             rf"(?:\s*(?:-|–|hingga|sampai|dan)\s*(?P<d2>[0-3]?\d))?\s+(?P<mon>{monx})"
                             rf"(?:\s+(?P<y>{year}))?{e}", self._written),
            ("month_part", rf"{b}{prep}(?P<part>{_alternation(self.month_parts)})\s+(?:bulan\s+)?(?P<mon>{mon})"
                           rf"(?:\s+(?P<y>{year}))?{e}", self._month_part),
            ("year_part", rf"{b}{prep}(?P<part>{_alternation(self.year_parts)})\s+(?:tahun\s+)?(?P<y>{year}){e}",
             self._year_part),
            ("month_range", rf"{b}{prep}(?:bulan\s+)?(?P<mon>{mon})\s*(?:-|–|hingga|sampai)\s*(?P<mon2>{mon})"
                            rf"\s+(?P<y>{year}){e}", self._month_range),
            ("month_year", rf"{b}{prep}(?:bulan\s+)?(?P<mon>{mon})\s+(?:tahun\s+)?(?P<y>{year}){e}", self._month),
            ("month", rf"{b}{prep}(?P<bulan>bulan\s+)?(?P<mon>{mon})(?:\s+(?P<rel>{rel_all}))?{e}", self._month),
            ("decade", rf"{b}{prep}(?:tahun\s+)?(?P<dec>(?:19|20)?\d0)-?an{e}", self._decade),
            ("year_range", rf"{b}{prep}(?:(?P<kw>{year_noun})\s+)?(?P<y>{year})\s*(?:-|–|hingga|sampai|s\.d\.?|/)\s*"
                           rf"(?P<y2>{year}){e}", self._year_range),
            ("copyright", r"(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)(?!\d)", self._year),
            ("year", rf"{b}{prep}(?:(?P<kw>{year_noun})\s+)?(?P<y>{year})(?:\s+(?P<rel>{rel_all}))?{e}", self._year),
            ("offset", rf"{b}(?P<dalam>(?:{into}|selama)\s+)?{count}(?P<unit>{cal}|{sub})\s+(?:yang\s+)?"
                       rf"(?P<dir>lalu|silam|sebelumnya|kemudian|lagi|mendatang|ke\s+depan|yang\s+akan\s+datang"
                       rf"|terakhir(?:\s+ini)?|belakangan(?:\s+ini)?){e}", self._offset),
            # "dalam 3 hari", "dlm 23 dtk": ahead of the document date after a future cue, else a duration
            ("in_offset", rf"{b}(?P<dalam>{into})\s+{count}(?P<unit>{cal}|{sub}){e}", self._in_offset),
            ("weekend", rf"{b}{prep}akhir\s+(?:pekan|minggu)(?:\s+(?P<rel>{rel_all}))?{e}", self._weekend),
            ("unit_relative", rf"{b}{prep}(?P<unit>{cal})\s+(?P<rel>{rel_all}){e}", self._unit_relative),
            ("deictic", rf"{b}{prep}(?P<word>{_alternation(self.deictic)})(?:\s+(?P<part>{part}))?{e}",
             self._deictic),
            ("weekday", rf"{b}(?:(?P<prep>{_alternation([*data['prepositions'], *self.recurrence])})\s+)?"
                        rf"(?:(?P<hari>hari)\s+)?(?P<wd>{wd})(?:\s*,?\s*(?P<part>{part}))?"
                        rf"(?:\s+(?P<rel>{rel_all}))?{e}", self._weekday),
            ("clock", rf"{b}(?:(?:pukul|jam)\s+(?P<clk>\d{{1,2}}(?:[.:]\d{{2}})?)(?:\s+(?P<dpart>{part}))?"
                      rf"(?:\s*(?:{zones}))?"
                      rf"|(?P<clk2>\d{{1,2}}[.:]\d{{2}})\s*(?:{zones})){e}", self._no_date),
            ("duration", rf"{b}{count}(?P<unit>{dur}){e}", self._no_date),
        ]

    # -- scanning ---------------------------------------------------------

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[RawTimex]:
        """Every strategy match in `text[start:end]`, unresolved.

        Trying the alternation at every character costs ~10 ms per article (Python's
        regex engine has no prefix index for a 19-branch alternation), so the pattern
        is tried only where a time expression can begin: at a trigger word (a digit,
        month, weekday, unit, deictic or number word) or at most two words before it
        (a preposition, "hari", "dalam"), or at a "(" or "©" just before it. Same
        matches, about 10x faster (benchmarks/bench_timex.py).
        """
        end = len(text) if end is None else end
        found = []
        words = list(self._token.finditer(text, start, end))
        covered = start
        triggers = self.triggers
        for index, word in enumerate(words):
            if word.start() < covered:
                continue
            token = word.group(0)
            if token[0].isdigit():
                if word.start() > start and text[word.start() - 1] in ".,":
                    continue  # the rest of "1.200" or "2,5": its first digits were the trigger
            elif token.lower() not in triggers:
                continue
            starts = [words[j].start() for j in range(max(0, index - 2), index)]
            before = text[max(start, word.start() - 2):word.start()]
            if "(" in before or "©" in before:
                starts.append(word.start() - len(before) + max(before.find("("), before.find("©")))
            starts.append(word.start())
            for candidate in sorted(set(starts)):
                if candidate < covered:
                    continue
                match = self.pattern.match(text, candidate, end)
                if match is not None and match.end() > word.start():
                    found.append(self._raw(match))
                    covered = match.end()
                    break
        return found

    def _raw(self, match: re.Match) -> RawTimex:
        rule = match.lastgroup
        parts = tuple((g.split("__", 1)[1], match.group(g)) for g in self._group_names[rule]
                      if match.group(g) is not None)
        return RawTimex(rule, match.start(), match.end(), parts)

    def parse(self, text: str, anchor: date | None, start: int = 0, end: int | None = None,
              sentence: int = -1) -> list[Timex]:
        """Time expressions of `text[start:end]` (one sentence), resolved against `anchor`."""
        return self.parse_narrative(text, anchor, start, end, sentence, narrative=False)[0]

    def parse_narrative(self, text: str, anchor: date | None, start: int = 0, end: int | None = None,
                        sentence: int = -1, *, narrative: bool = True,
                        window: tuple[date, date] | None = None) -> tuple[list[Timex], date | None]:
        """As `parse`, but a fully written past day ("Sabtu (1/2/2025)", "7 Oktober 2023")
        becomes the anchor of the expressions after it, as HeidelTime does for narrative
        documents. Returns the timexes and the anchor in force at the sentence's end.
        A date announced as ahead ("akan digelar pada 9 Oktober 2025") anchors nothing.
        """
        end = len(text) if end is None else end
        context = Context(text, start, end, anchor, window)
        timexes = []
        for raw in self.scan(text, start, end):
            if raw.rule == "in_offset" and not self.future_before(raw, context):
                # no plan before it: "dalam tiga hari" is a duration, spanned as before
                raw = RawTimex("duration", self.in_word.match(text, raw.start).end(), raw.end, raw.parts)
            resolved = self.resolvers[raw.rule](raw, context)
            if resolved is None:
                continue
            value, value_end, precision = resolved
            prep = (raw.get("prep") or "").lower()
            since = prep in self.since_words
            if value is not None and since and context.anchor and value <= context.anchor:
                value_end = context.anchor
            if (narrative and value is not None and not since and self.is_explicit(raw)
                    and not self.future_before(raw, context)):
                # "sejak X" runs to the present: X is not the time the story is told at
                context = Context(text, start, end, value, window)
            span_start = raw.start
            dropped = self.span_drop.match(text, span_start, raw.end)
            if dropped:
                span_start = dropped.end()
            timexes.append(Timex(sentence, span_start, raw.end, text[span_start:raw.end], value,
                                 value_end, precision, raw.rule,
                                 self.clock_of(raw) if raw.rule == "clock" else None))
        return self._times_of_day(text, timexes, end), context.anchor

    def _times_of_day(self, text: str, timexes: list[Timex], end: int) -> list[Timex]:
        """A clock time right after a day ("Senin pukul 14.00 WIB", "07 Feb 2015 20:15") is
        that day's time of day: the day keeps its value and precision and gains `time`. A bare
        "20:15" is a clock time only there, after a day written with its number."""
        out: list[Timex] = []
        for index, timex in enumerate(timexes):
            out.append(timex)
            if timex.precision != "day" or timex.value is None or timex.value_end is not None:
                continue
            following = timexes[index + 1] if index + 1 < len(timexes) else None
            if following is not None and following.rule == "clock" and following.time is not None \
                    and _CLOCK_GAP.fullmatch(text, timex.end, following.start):
                out[-1] = replace(timex, time=following.time)
            elif timex.rule in EXPLICIT_RULES and (following is None or following.start > timex.end):
                bare = self.bare_clock.match(text, timex.end, following.start if following else end)
                if bare is not None and (time := clock_time(bare.group("clk"))) is not None:
                    out[-1] = replace(timex, time=time)
                    out.append(Timex(timex.sentence, bare.start("clk"), bare.end(), text[bare.start("clk"):bare.end()],
                                     None, None, "unknown", "clock", time))
        return out

    # -- helpers ------------------------------------------------------------

    def clock_of(self, raw: RawTimex) -> str | None:
        """The time of day of a clock match, a day part after the hour read ("pukul 9 malam" = 21:00)."""
        time = clock_time(raw.get("clk") or raw.get("clk2"))
        part = _key(raw.get("dpart"))
        if time is None or part not in self.afternoon:
            return time
        low, high = self.afternoon[part]
        hour = int(time[:2])
        return f"{hour + 12:02d}{time[2:]}" if low <= hour <= high else time

    @staticmethod
    def is_explicit(raw: RawTimex) -> bool:
        """A day written with its year: it needs no anchor and can be one."""
        return raw.rule in EXPLICIT_RULES and raw.get("y") is not None

    def future_before(self, raw: RawTimex, context: Context, reach: int = 80) -> bool:
        """A future cue shortly before the expression, in the same sentence and on the same side of a
        quotation mark ('"... kalian akan melihatnya nanti!" tulisnya di media sosial pada hari Minggu' is past)."""
        begin = max(context.sentence_start, raw.start - reach)
        for mark in _QUOTE_MARKS.finditer(context.text, begin, raw.start):
            begin = mark.end()
        return self.future_cue.search(context.text, begin, raw.start) is not None

    def future_in_sentence(self, context: Context) -> bool:
        return self.future_cue.search(context.text, context.sentence_start, context.sentence_end) is not None

    def month_number(self, word: str | None) -> int | None:
        if not word:
            return None
        word = word.lower().rstrip(".")
        return self.months.get(word) or self.month_abbr.get(word)

    def count(self, raw: RawTimex, unit: str) -> float | None:
        if raw.get("few"):
            return self.few_days if unit == "day" else self.few_count
        if raw.get("se"):
            return 1
        number = raw.get("n")
        return self.numbers.numeral_value(number) if number else None

    @staticmethod
    def full_year(text: str) -> int:
        year = int(text)
        return year + 2000 if year < 100 else year

    def place_year(self, month: int, day: int, raw: RawTimex, context: Context) -> date | None:
        """The year of a day and month written without one (see module docstring)."""
        anchor = context.anchor
        if anchor is None:
            return self._place_in_window(month, day, raw, context)
        candidate = safe_date(anchor.year, month, day)
        if candidate is None:
            return None
        if candidate > anchor and not self.future_in_sentence(context):
            candidate = safe_date(anchor.year - 1, month, day)
        elif candidate < anchor and self.future_before(raw, context, reach=40) and (anchor - candidate).days > 31:
            candidate = safe_date(anchor.year + 1, month, day)
        return candidate

    def _place_in_window(self, month: int, day: int, raw: RawTimex, context: Context) -> date | None:
        """With no anchor but a window under a year wide: the last such day before the
        window opens ("7 Oktober" in a text written in August 2024 is 2023-10-07). A day
        that falls inside the window could be this year's or last year's: None."""
        if context.window is None or self.future_in_sentence(context):
            return None
        first, last = context.window
        candidate = safe_date(last.year, month, day)
        if candidate is not None and candidate > last:
            candidate = safe_date(last.year - 1, month, day)
        if candidate is None or candidate >= first or (last - first).days >= 365:
            return None
        return candidate

    # -- resolvers: each returns (value, value_end, precision) or None to drop the match

    def _numeric(self, raw: RawTimex, context: Context) -> Resolved | None:
        day, month = int(raw.get("d")), int(raw.get("m"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if raw.get("y"):
            value = safe_date(self.full_year(raw.get("y")), month, day)
        else:
            value = self.place_year(month, day, raw, context) or self._year_by_weekday(month, day, raw, context)
        return (value, None, "day") if value else UNKNOWN

    def _year_by_weekday(self, month: int, day: int, raw: RawTimex, context: Context) -> date | None:
        """With no anchor, the weekday names the year: "Senin (20/10)" in a text written
        between 2025 and 2026 is 2025-10-20, the only such Monday in the window or the
        year before it (a date the text reports lies at most a year before it was written)."""
        if context.anchor is not None or context.window is None or not raw.get("wd"):
            return None
        first, last = context.window
        weekday = self.weekdays.get(raw.get("wd").lower())
        fits = [value for year in range(first.year - 1, last.year + 1)
                if (value := safe_date(year, month, day)) is not None and value.weekday() == weekday
                and first - timedelta(days=366) <= value <= last]
        return fits[0] if len(fits) == 1 else None

    def _written(self, raw: RawTimex, context: Context) -> Resolved | None:
        month = self.month_number(raw.get("mon"))
        day = int(raw.get("d"))
        if month is None or not 1 <= day <= 31:
            return None
        day2 = int(raw.get("d2")) if raw.get("d2") else None
        if raw.get("y"):
            value = safe_date(int(raw.get("y")), month, day)
        else:
            value = self.place_year(month, day, raw, context)
        if value is None:
            return UNKNOWN
        value_end = safe_date(value.year, month, day2) if day2 and day2 > day else None
        return value, value_end, "day"

    def _month_year_of(self, month: int, raw: RawTimex, context: Context) -> int | None:
        if raw.get("y"):
            return int(raw.get("y"))
        anchor = context.anchor
        if anchor is None:
            placed = self._place_in_window(month, 1, raw, context)
            # the whole month must lie before the window, not just its first day
            return placed.year if placed is not None and month_span(placed.year, month)[1] < context.window[0] \
                and raw.get("rel") is None else None
        rel = _key(raw.get("rel"))
        if rel in self.past_words:
            return anchor.year if month < anchor.month else anchor.year - 1
        if rel in self.future_words:
            return anchor.year if month > anchor.month else anchor.year + 1
        if rel == "ini":
            return anchor.year
        if month > anchor.month and not self.future_in_sentence(context):
            return anchor.year - 1
        if month < anchor.month and self.future_before(raw, context, reach=40):
            return anchor.year + 1
        return anchor.year

    def _month(self, raw: RawTimex, context: Context) -> Resolved | None:
        month = self.month_number(raw.get("mon"))
        if not (raw.get("prep") or raw.get("bulan") or raw.get("rel") or raw.get("y")):
            # a bare month name directly before a capitalised word is a name ("Agustus Salim")
            if re.match(r"\s+[A-Z]", context.text[raw.end:raw.end + 2]):
                return None
        year = self._month_year_of(month, raw, context)
        if year is None:
            return UNKNOWN
        first, last = month_span(year, month)
        return first, last, "month"

    def _month_part(self, raw: RawTimex, context: Context) -> Resolved | None:
        month = self.month_number(raw.get("mon"))
        year = self._month_year_of(month, raw, context)
        if year is None:
            return UNKNOWN
        low, high = self.month_parts[raw.get("part").lower()]
        return safe_date(year, month, low), safe_date(year, month, high), "month"

    def _year_part(self, raw: RawTimex, context: Context) -> Resolved:
        year = int(raw.get("y"))
        low, high = self.year_parts[raw.get("part").lower()]
        return date(year, low, 1), month_span(year, high)[1], "month"

    def _month_range(self, raw: RawTimex, context: Context) -> Resolved:
        year = int(raw.get("y"))
        first = month_span(year, self.month_number(raw.get("mon")))[0]
        last = month_span(year, self.month_number(raw.get("mon2")))[1]
        return first, last, "month"

    def _decade(self, raw: RawTimex, context: Context) -> Resolved:
        decade = int(raw.get("dec"))
        if decade < 100:
            decade += 2000 if decade < 30 else 1900
        return date(decade, 1, 1), date(decade + 9, 12, 31), "year"

    def _year_range(self, raw: RawTimex, context: Context) -> Resolved | None:
        first, last = int(raw.get("y")), int(raw.get("y2"))
        if last < first:
            return None
        return date(first, 1, 1), date(last, 12, 31), "year"

    def _year(self, raw: RawTimex, context: Context) -> Resolved | None:
        if raw.rule == "year" and not (raw.get("prep") or raw.get("kw")):
            return None
        year = int(raw.get("y"))
        return date(year, 1, 1), date(year, 12, 31), "year"

    def _offset(self, raw: RawTimex, context: Context) -> Resolved | None:
        if raw.get("unit").lower() in self.subday:
            return self._subday_offset(raw, context, _key(raw.get("dir")))
        unit = self.units[raw.get("unit").lower()]
        amount = self.count(raw, unit)
        direction = _key(raw.get("dir"))
        anchor = context.anchor
        if amount is None or unit in ("decade", "century"):
            return None
        if anchor is None or direction in ("kemudian", "sebelumnya"):
            return UNKNOWN
        amount_int = max(1, round(amount))
        if amount_int > _MAX_OFFSET[unit]:
            # "9999999999 tahun lalu" names no date a calendar holds (date() raised; found by
            # tests/test_properties_spans.py): the expression is kept, unresolved.
            return UNKNOWN
        if direction.startswith(("terakhir", "belakangan")):
            return self._back(anchor, unit, amount_int), anchor, _SPAN_PRECISION[unit]
        ahead = direction in ("lagi", "mendatang", "ke depan", "yang akan datang")
        if raw.get("few") or (ahead and direction != "lagi" and raw.get("dalam")):
            if ahead:
                return anchor + timedelta(days=1), self._shift(anchor, unit, amount_int)[1], _SPAN_PRECISION[unit]
            return self._back(anchor, unit, amount_int), anchor - timedelta(days=1), _SPAN_PRECISION[unit]
        first, last = self._shift(anchor, unit, amount_int if ahead else -amount_int)
        precision = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
        return first, (last if last != first else None), precision

    def _subday_offset(self, raw: RawTimex, context: Context, direction: str | None) -> Resolved | None:
        """"5 jam lalu", "dalam 10 menit": the document's day, or the day that many whole days
        away ("48 jam lalu"); "3 jam kemudian" counts from a time the text does not give."""
        amount = self.count(raw, "hour")
        if amount is None:
            return None
        if context.anchor is None or direction in ("kemudian", "sebelumnya"):
            return UNKNOWN
        days = int(amount * _SUBDAY_SECONDS[self.subday[raw.get("unit").lower()]] // 86_400)
        if days > _MAX_OFFSET["day"]:
            return UNKNOWN
        ahead = direction is None or direction in ("lagi", "mendatang", "ke depan", "yang akan datang")
        return context.anchor + timedelta(days=days if ahead else -days), None, "day"

    def _in_offset(self, raw: RawTimex, context: Context) -> Resolved | None:
        """"akan berangkat dalam dua hari": the document date plus the count, as "dua hari lagi".
        Only after a future cue; without one `parse_narrative` reads it as a duration
        ("menangkap 20 orang dalam tiga hari": within)."""
        unit_word = raw.get("unit").lower()
        if unit_word in self.subday:
            return self._subday_offset(raw, context, None)
        unit = self.units[unit_word]
        amount = self.count(raw, unit)
        if amount is None or unit in ("decade", "century"):
            return None
        if context.anchor is None:
            return UNKNOWN
        amount_int = max(1, round(amount))
        if amount_int > _MAX_OFFSET[unit]:
            return UNKNOWN
        first, last = self._shift(context.anchor, unit, amount_int)
        return first, (last if last != first else None), unit

    @staticmethod
    def _back(anchor: date, unit: str, amount: int) -> date:
        """The day `amount` units before `anchor`, counted in days, not calendar units."""
        if unit in ("day", "week"):
            return anchor - timedelta(days=amount * (7 if unit == "week" else 1))
        return add_months(anchor, -amount * (12 if unit == "year" else 1))

    @staticmethod
    def _shift(anchor: date, unit: str, amount: int) -> tuple[date, date]:
        """The calendar unit `amount` units from `anchor` (negative: back), as a span."""
        if unit == "day":
            day = anchor + timedelta(days=amount)
            return day, day
        if unit == "week":
            return week_span(anchor + timedelta(weeks=amount))
        if unit == "month":
            shifted = add_months(anchor, amount)
            return month_span(shifted.year, shifted.month)
        return date(anchor.year + amount, 1, 1), date(anchor.year + amount, 12, 31)

    def _relative_unit(self, unit: str, rel: str | None, anchor: date) -> Resolved | None:
        if rel in self.past_words:
            step = -1
        elif rel in self.future_words:
            step = 1
        elif rel == "ini":
            step = 0
        else:
            return None
        first, last = self._shift(anchor, unit, step)
        if unit == "day":
            return first, None, "day"
        return first, last, unit

    def _unit_relative(self, raw: RawTimex, context: Context) -> Resolved | None:
        unit = self.units[raw.get("unit").lower()]
        rel = _key(raw.get("rel"))
        if unit in ("decade", "century"):
            return None
        if unit == "day" and rel not in ("ini",):
            return None
        if context.anchor is None:
            return UNKNOWN
        return self._relative_unit(unit, rel, context.anchor)

    def _weekend(self, raw: RawTimex, context: Context) -> Resolved | None:
        if context.anchor is None:
            return UNKNOWN
        rel = _key(raw.get("rel"))
        monday = week_span(context.anchor)[0]
        if rel in self.past_words:
            monday -= timedelta(weeks=1)
        elif rel in self.future_words:
            monday += timedelta(weeks=1)
        return monday + timedelta(days=5), monday + timedelta(days=6), "week"

    def _deictic(self, raw: RawTimex, context: Context) -> Resolved | None:
        if context.anchor is None:
            return UNKNOWN
        word = _key(raw.get("word"))
        if word in self.recent_after_noun and self.recent_noun is not None \
                and self.recent_noun.search(context.text, max(0, raw.start - 40), raw.start):
            return UNKNOWN  # "demo kemarin", "pemilihan kemarin": the recent one, not yesterday's
        return context.anchor + timedelta(days=self.deictic[word]), None, "day"

    def _weekday(self, raw: RawTimex, context: Context) -> Resolved | None:
        word = raw.get("wd")
        prep = (raw.get("prep") or "").lower()
        rel = _key(raw.get("rel"))
        if prep in self.recurrence:
            return None
        if not (prep or raw.get("hari") or rel) and re.match(r"\s+[A-Z][a-z]", context.text[raw.end:raw.end + 3]):
            # a bare weekday directly before a capitalised word is a name ("program Jumat Peduli")
            return None
        if word.lower() == "minggu" and not raw.get("hari"):
            if rel in self.past_words or rel in self.future_words or rel == "ini":
                # "Minggu lalu" reads as "last week", as the lower-case form does
                return UNKNOWN if context.anchor is None else self._relative_unit("week", rel, context.anchor)
            if not word.startswith("M"):
                return None
        anchor = context.anchor
        if anchor is None:
            return UNKNOWN
        target = self.weekdays[word.lower()]
        back = (anchor.weekday() - target) % 7
        ahead = (target - anchor.weekday()) % 7
        if rel in self.past_words or prep in self.since_words:
            day = anchor - timedelta(days=back or 7)
        elif rel in self.future_words:
            day = anchor + timedelta(days=ahead or 7)
        elif rel == "ini":
            day = week_span(anchor)[0] + timedelta(days=target)
        elif rel in ("nanti", "besok") or self.future_before(raw, context):
            day = anchor + timedelta(days=ahead)
        else:
            day = anchor - timedelta(days=back)
        return day, None, "day"

    def _no_date(self, raw: RawTimex, context: Context) -> Resolved | None:
        if raw.rule == "duration":
            unit_count = raw.get("n")
            if unit_count and self.numbers.numeral_value(unit_count) is None:
                return None
        return UNKNOWN


# What may stand between a day and its clock time: "Senin pukul 14.00", "Senin (6/10/2025), pukul 9".
_CLOCK_GAP = re.compile(r"\s*+,?\s*+(?:pada\s++)?", re.IGNORECASE)
# Rules whose match, written with a year, names a day without any anchor.
EXPLICIT_RULES = frozenset({"weekday_numeric", "numeric_date", "written_date"})
# An undated document's window this narrow (days) is close enough to its writing date
# to resolve "kemarin" or "Senin" against its last day; a wider one resolves nothing.
NARROW_WINDOW_DAYS = 7
# The evidence dateinfer adds when a window's last day is the run date (no clue in the
# text bounds it): such a window never anchors anything (issue 18).
RUN_DATE_EVIDENCE = "latest:today"


def window_anchor(window) -> date | None:
    """The last day of an undated document's window when it can stand for the writing date:
    at most NARROW_WINDOW_DAYS wide and not bounded by the run date."""
    if window is None or RUN_DATE_EVIDENCE in window.evidence:
        return None
    return window.latest if (window.latest - window.earliest).days <= NARROW_WINDOW_DAYS else None

# Offsets past a thousand years ("9999999999 hari lalu") cannot be real references.
_MAX_OFFSET = {"day": 366_000, "week": 52_200, "month": 12_000, "year": 1_000}
_SUBDAY_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_SPAN_PRECISION = {"day": "week", "week": "week", "month": "month", "year": "year"}


# -- the report's dates: what events and figures with no date of their own are dated by

# Rules whose value depends on the day they are said on.
SPEAKER_RULES = frozenset({"deictic", "weekday", "unit_relative", "offset", "in_offset", "weekend"})
_QUOTE_MARKS = re.compile(r'["\u201c\u201d]')
_DAY_BEFORE = re.compile(r"\)\s*$")


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return len(_QUOTE_MARKS.findall(text, line_start, pos)) % 2 == 1


def _after_a_day(text: str, pos: int) -> bool:
    """"Sabtu (18/10/2025) kemarin": the word only says the written day was recent."""
    return _DAY_BEFORE.search(text, max(0, pos - 3), pos) is not None


def speech_date(doc: Document, sentence: Sentence) -> date | None:
    """The day a quotation in `sentence` was said: a written day of the report outside the
    quotation in the same sentence ("..., kata X, Senin (20/10/2025)"), else the nearest
    such day before the sentence, else the first after it. Only days written with their
    number ("Senin (20/10)", "20 Oktober 2025") count, none after the publication date."""
    if doc.published is None:
        return None
    floor = doc.published - timedelta(days=REPORT_DAYS)
    days = [t for t in doc.timexes if t.rule in EXPLICIT_RULES and t.precision == "day" and t.value is not None
            and t.value_end is None and floor <= t.value <= doc.published and not _quoted(doc.text, t.start)]
    same = [t for t in days if t.sentence == sentence.index]
    before = [t for t in days if t.start < sentence.start]
    if same and before and cited_tag(doc, same[0]) and not statement_tagged(doc, before[-1]) \
            and before[-1].value < same[0].value and sentence.index - before[-1].sentence <= _CITED_TAG_REACH:
        # '"Hari ini kita membahas ...," kata X, dikutip, Minggu (6/7)' after "Rapat itu digelar pada Rabu (2/7)":
        # the words were quoted on Sunday and said at the meeting the story dated before (see `cited_tag`)
        return before[-1].value
    if same:
        return same[0].value
    if before and cited_day(doc, before[-1]):
        # "Dilansir AFP, Minggu (19/10), ..." then "... pada Sabtu malam." then '"... pagi tadi ...," ungkap X':
        # the outlet's report day is not when the words were said; a day the narration names after it is
        told = [t for t in doc.timexes if before[-1].end <= t.start < sentence.start and t.precision == "day"
                and t.value is not None and t.value_end is None and floor <= t.value < before[-1].value
                and not _quoted(doc.text, t.start)]
        if told:
            return told[-1].value
    if before:
        return before[-1].value
    after = [t for t in days if t.start >= sentence.end]
    return after[0].value if after else None


# "..., kata Kasat Reskrim AKP X kepada wartawan, Senin (13/10)": a day that tags a statement
_STATEMENT_TAG = re.compile(
    r"(?<!\w)(?:%s)(?:nya)?(?!\w)(?:[^.!?\"\u201c\u201d]|(?<=\s[A-Z])\.){0,120},\s*$"
    % _listed(load_data("id/reporting_verbs.yaml").get("after", ())))
# (an initial's period does not end the tag: "kata AKBP Niko N. Adi Putra, Kamis (16/10)")
# How far before a day its statement tag may begin (characters).
STATEMENT_TAG_REACH = 160


def statement_tagged(doc: Document, timex: Timex) -> bool:
    """Whether `timex` is the day a statement was made, written after its verb of saying and
    speaker ("..., kata X kepada wartawan, Senin (13/10/2025)")."""
    start = doc.sentences[timex.sentence].start if 0 <= timex.sentence < len(doc.sentences) else 0
    return _STATEMENT_TAG.search(doc.text, max(start, timex.start - STATEMENT_TAG_REACH), timex.start) is not None


def statement_day(doc: Document, sentence: Sentence) -> date | None:
    """The day of the nearest statement of the report's days at or before `sentence` ("..., kata X,
    Senin (13/10)"), else of the first one after it: the day the story's teller spoke, not a day the
    story tells of."""
    latest, floor = latest_date(doc), report_floor(doc)
    # a statement quoted from an earlier story ("kata X, Rabu (1/10)" in a report of 21 October) is not this one's
    tagged = [t for t in doc.timexes if t.precision == "day" and t.value is not None and t.value_end is None
              and (latest is None or t.value <= latest) and (floor is None or t.value >= floor)
              and statement_tagged(doc, t)]
    before = [t for t in tagged if t.start < sentence.end]
    if before:
        return before[-1].value
    return tagged[0].value if tagged else None


_SINCE_WORDS = tuple(_TIME_DATA.get("since_words", ()))
_PAST_WORDS = re.compile(r"(?<!\w)(?:%s)(?!\w)" % _listed(_TIME_DATA["relative"]["past"]))


def past_span(timex: Timex, before: date | None) -> bool:
    """Whether `timex` is a past week or month written relative to the report ("pekan lalu", "akhir
    bulan lalu"; not "sejak pekan lalu", which runs to the report) that ends before `before`."""
    return (timex.precision in ("week", "month") and timex.value is not None and timex.value_end is not None
            and (before is None or timex.value_end < before)
            and _PAST_WORDS.search(timex.text.lower()) is not None
            and not timex.text.lower().startswith(_SINCE_WORDS))


def since_past_span(timex: Timex, before: date | None) -> tuple[date, date] | None:
    """The past week or month a since-span starts in ("sejak pekan lalu" runs from last week's Monday to the
    report): (first day, last day) of that week or month, when it ends before `before`; else None. An act
    told as done already since then ("sudah diputuskan sejak pekan lalu") was done in that span."""
    if (timex.precision not in ("week", "month") or timex.value is None or timex.value_end is None
            or not timex.text.lower().startswith(_SINCE_WORDS) or _PAST_WORDS.search(timex.text.lower()) is None):
        return None
    start = timex.value
    if timex.precision == "week":
        end = start + timedelta(days=6)
    else:
        end = (date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1))
    if before is not None and end >= before:
        return None
    return start, end


def previous_span(doc: Document, sentence: Sentence) -> Timex | None:
    """A past week, month or year written relative to the report ("akhir bulan lalu", "pekan lalu") in
    the sentence right before `sentence`, in its paragraph, with no day named there: the span an
    undated past act told next took place in."""
    index = sentence.index - 1
    if index < 0 or index >= len(doc.sentences) or "\n" in doc.text[doc.sentences[index].end:sentence.start]:
        return None
    found = None
    for timex in doc.timexes_of(index):
        if timex.precision == "day":
            return None
        if timex.precision in ("week", "month", "year") and timex.value is not None \
                and _PAST_WORDS.search(timex.text.lower()) is not None:
            found = timex
    latest = latest_date(doc)
    if found is None or (latest is not None and (found.value_end or found.value) >= latest):
        return None
    return found


# A day this close before the report's date (days) is the day the story is told at: the
# date of a lead ("kata X, Selasa (21/10/2025)") one or two days before publication, or a
# Friday meeting reported on Monday. Calibrated on the dev set's leads (0-5 days).
REPORT_DAYS = 7
# "bermula pada 3 Maret 2025 saat ...": a day that opens the story's chronology
_CHRONOLOGY = re.compile(
    r"(?<!\w)(?:%s)\W+(?:\w+\W+){0,3}$"
    % _listed(_TIME_DATA.get("chronology_openers", ())))
# "Sebelumnya, X menegur ...": a sentence that opens with one of these tells an earlier event
_FLASHBACK = re.compile(
    r"^\W*+(?:%s)\s*+,"
    % _listed(_TIME_DATA.get("flashback_openers", ())))
# Characters between a day and the clock time that make it a page stamp (" | ", ", ").
PAGE_STAMP_GAP = 4


def latest_date(doc: Document) -> date | None:
    """The last day the document can have been written: published, else its window's end."""
    if doc.published is not None:
        return doc.published
    return doc.published_window.latest if doc.published_window is not None else None


def report_window(doc: Document) -> tuple[date, date, str] | None:
    """When the report was written, as (first, last, precision); precision is never "day"."""
    if doc.published is not None:
        return doc.published, doc.published, "unknown"
    window = doc.published_window
    if window is None or RUN_DATE_EVIDENCE in window.evidence:
        return None  # nothing in the text bounds the report from above: no date from the run date
    # the coarsest unit whose two neighbours still cover the window: a 47-day window is
    # "month" (it meets two months at most), a 200-day one "year"
    days = (window.latest - window.earliest).days + 1
    precision = "week" if days <= 7 else "month" if days <= 62 else "year" if days <= 366 else "unknown"
    return window.earliest, window.latest, precision


def caption_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines of photo captions (their "LABEL - " prefix is `caption` boilerplate): a
    day written there dates the photo, not the story of the body under it."""
    lines = []
    for b in doc.boilerplate:
        if b.reason == "caption":
            end = doc.text.find("\n", b.start)
            lines.append((b.start, len(doc.text) if end < 0 else end))
    return lines


def _in_lines(lines: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in lines)


def report_floor(doc: Document) -> date | None:
    """The earliest day that still counts as a day of the report (see REPORT_DAYS): a
    week before publication, or for an undated document a week before the first day its
    window allows (the text's latest past date is what opens that window)."""
    if doc.published is not None:
        return doc.published - timedelta(days=REPORT_DAYS)
    if doc.published_window is not None:
        return doc.published_window.earliest - timedelta(days=REPORT_DAYS)
    return None


def _page_stamp(doc: Document, index: int) -> bool:
    """A day followed by a clock time ("Selasa, 20 Agustus 2024 | 14:27 WIB") stamps the
    page; it says when the report went out, not when its story took place. A page stamp is
    never quoted: '"Rabu, 15 Oktober 2025, pukul 08.30 saksi ..."' is a witness's day."""
    timex = doc.timexes[index]
    following = doc.timexes[index + 1] if index + 1 < len(doc.timexes) else None
    return (following is not None and following.rule == "clock"
            and following.start - timex.end <= PAGE_STAMP_GAP and not _quoted(doc.text, timex.start))


# How many sentences a year or month that opens a story's chronology ("Kasus ini dimulai pada 2017")
# dates the undated sentences after it. Set by hand on invented stories; re-run the dev scorer's
# event_dates after changing it.
CHRONOLOGY_SENTENCES = 3


def chronology_span(doc: Document, sentence: Sentence) -> Timex | None:
    """The year or month that opens the story's chronology a few sentences before `sentence` ("Kasus ini
    dimulai pada 2017, ketika ... . Kemudian, X meminta Y ..."): the span an undated sentence of that
    chronology is told in. None where a day is named between them (the day dates it, see
    `narrative_reference`), or where the span is not before the document's latest date."""
    latest = latest_date(doc)
    found = None
    for timex in doc.timexes:
        if timex.start >= sentence.start:
            break
        if sentence.index - timex.sentence > CHRONOLOGY_SENTENCES:
            continue
        if timex.precision == "day" and timex.value is not None:
            found = None  # a day named since: the narrative reference's
            continue
        if timex.precision in ("year", "month") and timex.value is not None \
                and (latest is None or (timex.value_end or timex.value) < latest) \
                and _CHRONOLOGY.search(doc.text[max(0, timex.start - 40):timex.start].lower()):
            found = timex
    return found


# "peristiwa itu terjadi pada Minggu (5/10)": a day an incident took place on
_INCIDENT = re.compile(
    r"(?<!\w)(?:%s)(?!\w)\W+(?:\w+\W+){0,2}$"
    % _listed(_TIME_DATA.get("incident_cues", ())))
# "Atas kejadian itu, X melayangkan somasi": a sentence that names the incident as a whole tells its aftermath
_INCIDENT_ANAPHOR = re.compile(
    r"(?<!\w)(?:%s)\s+(?:itu|tersebut|ini)(?!\w)"
    % _listed(_TIME_DATA.get("incident_cues", ())))
_INCIDENT_REACH = int(_TIME_DATA.get("incident_reach", 8))
# "Dilansir dari Warta, Selasa (7/10/2025)": a day that tags a cited report, not a day of the story
_CITATION = re.compile(
    r"(?<!\w)(?:%s)(?!\w)[^.!?,]{0,40},?\s*$"
    % _listed(_TIME_DATA.get("citation_cues", ())))


def cited_day(doc: Document, timex: Timex) -> bool:
    """Whether `timex` is written right after a citation cue ("Dilansir dari Warta, Selasa (7/10)"),
    not as a statement's tag ("kata X dikutip dari Warta, Selasa (7/10)" is the day X spoke)."""
    return (_CITATION.search(doc.text[max(0, timex.start - 60):timex.start].lower()) is not None
            and not statement_tagged(doc, timex))


# How many sentences before a cited quotation's tag the day of the meeting it reports may be told (see
# `cited_tag`, time.yaml `cited_tag_reach`).
_CITED_TAG_REACH = int(_TIME_DATA.get("cited_tag_reach", 3))


def cited_tag(doc: Document, timex: Timex) -> bool:
    """Whether `timex` tags a statement through a citation cue ("kata X dalam keterangannya, dikutip,
    Minggu (6/7)", "ujar X dilansir Warta, Rabu (5/6)"): the day the words were quoted, so the day the
    report was written, which need not be the day of the meeting or act the words tell of (issue 18)."""
    return (_CITATION.search(doc.text[max(0, timex.start - 60):timex.start].lower()) is not None
            and statement_tagged(doc, timex))


_DOCS = _TIME_DATA.get("document_dates", {})
# "Surat Perintah ... Nomor 12/2025 tanggal 16 Oktober 2025": a day that dates a document
_DOCUMENT_NOUN = re.compile(
    r"(?<!\w)(?:nomor|%s)(?!\w)" % _listed(_DOCS.get("nouns", ())))
_DOCUMENT_DATED = re.compile(
    r"(?<!\w)(?:%s)\s*$"
    % _listed([*_DOCS.get("dated_words", ()), *_DOCS.get("markers", ())]))
# How far before its date a document's noun or number may stand (characters).
DOCUMENT_DAY_REACH = 120


def _document_day(doc: Document, timex: Timex) -> bool:
    """Whether `timex` dates a document: written after "tanggal"/"tertanggal" with a document noun or
    "Nomor" before it in its sentence ("Surat Perintah Nomor 12/2025 tanggal 16 Oktober 2025"). It says
    when the paper was signed, not the day the story is told at."""
    start = doc.sentences[timex.sentence].start if 0 <= timex.sentence < len(doc.sentences) else 0
    prefix = doc.text[max(start, timex.start - DOCUMENT_DAY_REACH):timex.start].lower()
    first = re.match(r"\w+", timex.text.lower())
    dated = prefix + (first.group() if first else "")
    return _DOCUMENT_DATED.search(dated) is not None and _DOCUMENT_NOUN.search(prefix) is not None


# '"Subsidi itu per 1 Mei sudah dicabut," kata X': the day a measure or a figure holds from or as of
_EFFECTIVE = re.compile(r"(?<!\w)(?:%s)\W*$" % _listed(_TIME_DATA.get("effective_markers", ())) or "(?!)")


def _effective_day(doc: Document, timex: Timex, sentence: Sentence) -> bool:
    """Whether `timex`, in a quotation of another sentence than `sentence`, is written right after a word of
    `effective_markers` ('"... per 1 Mei sudah dicabut," kata X'): the day a measure the speaker tells of
    holds from, no day the story is told at (issue 18: the meeting told after it is not of that day). In the
    narration ("Per 2 Mei, 40 rumah rusak ...") such a day often sums up the story's days and still counts."""
    if timex.sentence == sentence.index or not _TIME_DATA.get("effective_markers") or not _quoted(doc.text, timex.start):
        return False
    start = doc.sentences[timex.sentence].start if 0 <= timex.sentence < len(doc.sentences) else 0
    return _EFFECTIVE.search(doc.text[max(start, timex.start - 24):timex.start].lower()) is not None


def _incident_day(doc: Document, tag: Timex, days: list[Timex], floor: date | None) -> date | None:
    """The day an incident took place on, told at most `incident_reach` sentences before the
    statement tag `tag` ("peristiwa itu terjadi pada Minggu (5/10). ... kata X, Kamis (9/10)"):
    the nearest earlier day not itself a statement's tag, before the tag's day, written after an
    incident cue or in the tag's own sentence; None when there is none."""
    tagged = {tag.sentence}
    for timex in reversed(days):
        if timex.start >= tag.start:
            continue
        if timex.sentence < tag.sentence - _INCIDENT_REACH:
            return None
        if statement_tagged(doc, timex) and timex.value <= tag.value:
            # another telling of the same story ("..., kata Y, Kamis (16/10)") stands between: look past it
            tagged.add(timex.sentence)
            continue
        if timex.value >= tag.value or (floor is not None and timex.value < floor):
            return None
        # '"Rabu, 15 Oktober 2025, pukul 08.30 saksi duduk ...," ungkap X, Kamis (16/10)': the quotation
        # before a tag narrates the day it opens with
        if (timex.sentence in tagged and timex.rule in EXPLICIT_RULES and _quoted(doc.text, timex.start)) \
                or _INCIDENT.search(doc.text[max(0, timex.start - 40):timex.start].lower()):
            return timex.value
        return None
    return None


def incident_day(doc: Document, tag: Timex, sentence: Sentence) -> date | None:
    """The incident's day told before the statement tag `tag` in or before `sentence` (see
    `_incident_day`), unless `sentence` names the incident as a whole ("Atas kejadian itu, ...")."""
    if not statement_tagged(doc, tag) or _INCIDENT_ANAPHOR.search(sentence.text.lower()):
        return None
    latest = latest_date(doc)
    days = [t for t in doc.timexes if t.precision == "day" and t.value is not None and t.value_end is None
            and (latest is None or t.value <= latest) and t.start < tag.start]
    return _incident_day(doc, tag, days, report_floor(doc))


# Deictics naming the speech's own day ("hari ini", "tadi", "malam ini"): offset 0 in `deictic`.
_PRESENT_DEICTIC = re.compile(
    r"(?<!\w)(?:%s)(?!\w)" % _listed([w for w, offset in _TIME_DATA["deictic"].items() if offset == 0]))


def _anecdote_day(doc: Document, timex: Timex, sentence: Sentence) -> bool:
    """Whether `timex` is a past day a speaker names inside a quotation of another sentence without writing
    its date ('"Kemarin saya pakai mobil biasa," ucap dia.', '"Kami tiba hari Jumat."'): the speaker's
    anecdote, told relative to the speech, is no day of the story the next sentences go on with (issue 18).
    A quoted "hari ini"/"tadi" is the speech's own day and still counts."""
    return (timex.rule not in EXPLICIT_RULES and timex.sentence != sentence.index
            and _PRESENT_DEICTIC.search(timex.text.lower()) is None and _quoted(doc.text, timex.start))


_SEQUENCE = _TIME_DATA.get("narrative_sequence", {})
# "Di sana, X ...", "Mereka kemudian ...": a sentence that goes on with the episode told before it
_SEQUENCE_OPENER = re.compile(
    r"^\W*+(?:\w+\W+){0,%d}?(?:%s)(?!\w)" % (int(_SEQUENCE.get("opening_words", 3)),
                                             _listed(_SEQUENCE.get("connectives", ()))))


def _sequence_day(doc: Document, timex: Timex, sentence: Sentence) -> bool:
    """Whether `sentence` goes on with the narrated episode an earlier story's day opens in an earlier
    paragraph (HeidelTime's narrative strategy, issue 18: "Kemudian (6/10), X menjemput Y. ... Di sana, X
    menemui Z."): the sentence opens with a connective of the sequence (`narrative_sequence.connectives`),
    the day is written with its number in the narration, not as a statement's tag nor quoted, at most
    `narrative_sequence.sentences` before, and no sentence from it on quotes anyone (a quotation or a tag
    hands the story back to the days it is told on)."""
    if _SEQUENCE_OPENER.match(sentence.text.lower()) is None:
        return False
    if timex.rule not in EXPLICIT_RULES or statement_tagged(doc, timex) or _quoted(doc.text, timex.start):
        return False
    if not 0 < sentence.index - timex.sentence <= int(_SEQUENCE.get("sentences", 0)):
        return False
    return _QUOTE_MARKS.search(doc.text, doc.sentences[timex.sentence].start, sentence.end) is None


def narrative_reference(doc: Document, sentence: Sentence, incident: bool = False) -> date | None:
    """The day a sentence with no date of its own is told at (HeidelTime's reference time).

    The nearest earlier day the text names that is either a day of the report (at most
    REPORT_DAYS before its latest date) or in the same paragraph ("Lalu, pada 5 Oktober
    2025, ... . Awalnya, korban dihubungi ..."); before any such day, the first report
    day after the sentence (a lead's "Senin (6/10)" under the headline). The nearest earlier
    day carries across paragraphs too when it opens the story's chronology ("Kasus itu
    bermula pada 3 Maret ...", `chronology_openers`). Days after the
    document's latest date, spans and unresolved expressions never count. With `incident`, a
    statement tag's day ("..., kata X, Kamis (9/10)") gives way to the incident's day told before it
    ("peristiwa itu terjadi pada Minggu (5/10)", `_incident_day`): an act narrated after the
    telling took place then. A cited report's day ("Dilansir dari Warta, Selasa (7/10)") never
    dates a lead from after it.
    """
    latest = latest_date(doc)
    floor = report_floor(doc)
    captions = caption_lines(doc)
    days = [t for index, t in enumerate(doc.timexes)
            if t.precision == "day" and t.value is not None and t.value_end is None
            and (latest is None or t.value <= latest) and not _page_stamp(doc, index)
            and not _in_lines(captions, t.start) and not _document_day(doc, t)
            and not _anecdote_day(doc, t, sentence) and not _effective_day(doc, t, sentence)]
    if _FLASHBACK.match(sentence.text.lower()):
        # a flashback is dated by the next day the text names, when that day is earlier than the
        # day told before it ("Sebelumnya, X menegur Y. ... kata X, Senin (6/10).")
        told = next((t.value for t in reversed(days) if t.start < sentence.start), latest)
        later = next((t for t in days if t.start >= sentence.end), None)
        if later is not None and told is not None and later.value < told \
                and (floor is None or later.value >= floor):
            return later.value
    nearest = True
    cited = tagged = None
    for timex in reversed(days):
        if timex.start >= sentence.start:
            continue
        if tagged is None and cited_tag(doc, timex):
            # a quotation's tag through a citation ("kata X, dikutip, Minggu (6/7)") gives way to the day of the
            # meeting told at most `cited_tag_reach` sentences before it ("Rapat digelar pada Rabu (2/7)"): the
            # words were quoted on Sunday, said at the meeting; with none so near, it is the day told at
            tagged = timex
            continue
        if tagged is not None:
            if timex.rule not in EXPLICIT_RULES or _quoted(doc.text, timex.start):
                continue  # the quotation's own "tadi" is no day the narration gives the meeting
            if tagged.sentence - timex.sentence > _CITED_TAG_REACH:
                return tagged.value
        if cited_day(doc, timex):
            # "..., dilansir AFP, Minggu (19/10)": the day the cited outlet reported gives way to a day of the
            # story told before it ("... digelar pada Sabtu (18/10)"); with none, it is still the day told at
            if cited is None and (floor is None or timex.value >= floor or "\n" not in doc.text[timex.end:sentence.start]):
                cited = timex
            continue
        if (floor is not None and timex.value >= floor) or "\n" not in doc.text[timex.end:sentence.start]:
            if incident and statement_tagged(doc, timex) and not _INCIDENT_ANAPHOR.search(sentence.text.lower()):
                return _incident_day(doc, timex, days, floor) or timex.value
            return timex.value
        if nearest and (_CHRONOLOGY.search(doc.text[max(0, timex.start - 40):timex.start].lower())
                        or _sequence_day(doc, timex, sentence)):
            return timex.value
        nearest = False
    if tagged is not None:
        return tagged.value
    if floor is not None:
        for timex in days:
            if timex.start >= sentence.end and timex.value >= floor and not cited_day(doc, timex):
                return timex.value
    return None if cited is None else cited.value


@register("timexes", requires=("sentences",), adds=("timexes",))
class TimexStage:
    """Finds each sentence's time expressions and resolves them against `doc.anchor_date`.

    Adds:
        timexes: `Timex` records: offsets into `doc.text`, `value`..`value_end` (inclusive
            dates, None when unanchored), `precision` (day, week, month, year, unknown) and
            the strategy `rule` that matched. Durations and clock times are listed with
            value None (rules "duration" and "clock").
    """

    def __init__(self, resources: Resources):
        numbers = NumberParser(resources.data("id/numbers.yaml"), list(resources.data("id/time.yaml")["months"]))
        self.parser = TimexParser(resources.data("id/time.yaml"), numbers)

    def _speech_time(self, doc: Document) -> list[Timex]:
        """Relative words inside a quotation ("kemarin", "hari ini", "Senin") are the
        speaker's: they resolve against the day the words were said, the lead's
        "kata X, Selasa (21/10/2025)", not against a publication a day or more later."""
        out, changed = [], False
        by_sentence: dict[int, list[Timex]] = {}
        for timex in doc.timexes:
            by_sentence.setdefault(timex.sentence, []).append(timex)
        for sentence in doc.sentences:
            found = by_sentence.get(sentence.index, [])
            quoted = [t for t in found if t.rule in SPEAKER_RULES and _quoted(doc.text, t.start)]
            said = speech_date(doc, sentence) if quoted else None
            if said is None or said == doc.published:
                out.extend(found)
                continue
            again = {t.start: t for t in self.parser.parse(doc.text, said, sentence.start, sentence.end,
                                                            sentence.index)}
            for timex in found:
                if timex in quoted and timex.start in again and not _after_a_day(doc.text, timex.start):
                    out.append(again[timex.start])
                    changed = True
                else:
                    out.append(timex)
        return out if changed else doc.timexes

    def __call__(self, doc: Document) -> Document:
        if doc.published is not None:
            timexes = []
            for sentence in doc.sentences:
                timexes.extend(self.parser.parse(doc.text, doc.published, sentence.start, sentence.end,
                                                 sentence.index))
            doc.timexes = timexes
            doc.timexes = self._speech_time(doc)
            return doc
        # No document date: HeidelTime's narrative rule. Relative expressions anchor to the
        # last fully written date before them; before any, to the inferred window's last day
        # only when that window is narrow. Never to the clock of the machine.
        window = doc.published_window
        anchor = window_anchor(window)
        timexes = []
        captions = caption_lines(doc)
        for sentence in doc.sentences:
            found, carried = self.parser.parse_narrative(
                doc.text, anchor, sentence.start, sentence.end, sentence.index,
                window=(window.earliest, window.latest) if window is not None else None)
            if not _in_lines(captions, sentence.start):
                anchor = carried  # a photo caption's day is not the body's anchor
            timexes.extend(found)
        doc.timexes = timexes
        return doc
