"""linimasa's time expressions against dateparser's Indonesian cases (issue 22).

    python scripts/eval_dateparser_id.py [--repo PATH] [--json] [-v]

`--repo` is a local copy of the dateparser repository: a checkout, or a bare git directory
(read at HEAD with `git show`); default /work/.mirror/scrapinghub+dateparser/repo. Nothing of
dateparser is stored in the project: its files are read at run time.

Two sets of cases:

* tests: the Indonesian phrases of dateparser's own test suite, each with its expected value
  - tests/test_languages.py: every `param("id", phrase, english)` translation case; the English
    translation ("3 week ago", "in 43 minute", "07 february 2015 20:15") is the expected value,
    resolved against the freshness suite's base date (those tests give none of their own);
  - tests/test_freshness_date_parser.py: the `param(...)` cases under its "# id" comments
    (`ago=` / `in_future=` against the suite's `self.now`);
  - tests/test_search.py: `param("id", sentence, [(text, datetime)], settings=RELATIVE_BASE)`.
* forms: the forms of dateparser/data/date_translation_data/id.py that name a time relative to
  now: every `relative-type` form whose key says "ago" or "in" (not the bare durations "1 year"
  = "setahun"), and every `relative-type-regex` form, its number group filled with 3. The
  45-form set of the issue is the relative-type forms and the "ago" regex forms; the "in" regex
  forms ("dalam 3 hari", "dlm 3 dtk") are reported as a second, wider figure.

Each phrase is placed in a sentence written for this script (a plan, "Rapat koordinasi itu akan
digelar <phrase>.", for a phrase ahead of now; a report, "Pengumuman itu disampaikan <phrase>.",
otherwise; test_search's sentences are used as they are), published on the base date, and run
through linimasa's whole pipeline in process (`Analyzer`, as `linimasa analyze` does).

A case is RIGHT when the time expression of linimasa that overlaps the phrase most:
  - has a value; and
  - dateparser's period is a day (dates, days, hours, minutes, seconds: dateparser's own
    `period` for them): linimasa's precision is "day" and its value is the expected day;
    a week, month or year: linimasa's precision is that unit and its span contains the
    expected day;
  - and, where the phrase writes a clock time ("07 Feb 2015 20:15"), linimasa's `time`
    equals it to the minute. Times dateparser computes from an offset ("3 jam lalu" = 07:30)
    are not compared: the publication date carries no time of day.
Anything else is WRONG, including a document linimasa skips or a phrase it does not find.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from linimasa.analysis import Analyzer
from linimasa.document import Document

DEFAULT_REPO = "/work/.mirror/scrapinghub+dateparser/repo"
TEST_LANGUAGES = "tests/test_languages.py"
TEST_FRESHNESS = "tests/test_freshness_date_parser.py"
TEST_SEARCH = "tests/test_search.py"
LANGUAGE_DATA = "dateparser/data/date_translation_data/id.py"
REGEX_NUMBER = 3
PLAN = "Rapat koordinasi itu akan digelar {}."
REPORT = "Pengumuman itu disampaikan {}."
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_UNITS = {"day", "hour", "minute", "second"}
SECONDS = {"day": 86400, "hour": 3600, "minute": 60, "second": 1}


@dataclass
class Case:
    set: str
    phrase: str
    sentence: str
    base: datetime
    expected: datetime
    period: str  # day, week, month, year
    time: str | None  # "HH:MM" when the phrase writes a clock time
    origin: str


class Repo:
    """Files of a dateparser checkout or bare git directory."""

    def __init__(self, path: str):
        self.path = Path(path)
        self.bare = not (self.path / "dateparser").is_dir()

    def read(self, name: str) -> str:
        if not self.bare:
            return (self.path / name).read_text(encoding="utf-8")
        return subprocess.run(["git", "-C", str(self.path), "show", f"HEAD:{name}"], check=True,
                              capture_output=True, text=True).stdout


def add_months(day: datetime, months: int) -> datetime:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, monthrange(year, month + 1)[1]))


def shift(base: datetime, unit: str, amount: int) -> datetime:
    """`base` moved by `amount` units (negative: back), as dateparser's relativedelta does."""
    unit = unit.rstrip("s")
    if unit == "year":
        return add_months(base, 12 * amount)
    if unit == "month":
        return add_months(base, amount)
    if unit == "week":
        return base + timedelta(weeks=amount)
    return base + timedelta(seconds=SECONDS[unit] * amount)


def period_of(unit: str) -> str:
    unit = unit.rstrip("s")
    return "day" if unit in DAY_UNITS else unit


_RELATIVE = re.compile(r"^(?P<in>in )?(?P<n>\d+) (?P<unit>year|month|week|day|hour|minute|second)(?P<ago> ago)?$")
_ABSOLUTE = re.compile(r"^(?:(?P<wd>[a-z]+) )?(?P<d>\d{1,2}) (?P<mon>[a-z]+) (?P<y>\d{4})"
                       r"(?: (?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?)?$")


def from_english(text: str, base: datetime) -> tuple[datetime, str, str | None] | None:
    """dateparser's English normal form -> (expected, period, written time)."""
    match = _RELATIVE.match(text)
    if match:
        amount = int(match.group("n"))
        # dateparser reads a bare count ("5 week") as past, as "ago"
        return shift(base, match.group("unit"), amount if match.group("in") else -amount), \
            period_of(match.group("unit")), None
    match = _ABSOLUTE.match(text)
    if match and match.group("mon") in MONTHS:
        hour, minute = int(match.group("hh") or 0), int(match.group("mm") or 0)
        value = datetime(int(match.group("y")), MONTHS.index(match.group("mon")) + 1, int(match.group("d")),
                         hour, minute)
        return value, "day", f"{hour:02d}:{minute:02d}" if match.group("hh") else None
    return None


def _calls(source: str):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "param":
            yield node


def _constant(node):
    return ast.literal_eval(node)


def _datetime(node) -> datetime:
    return datetime(*[ast.literal_eval(arg) for arg in node.args])


def sentence_for(phrase: str, ahead: bool) -> str:
    return (PLAN if ahead else REPORT).format(phrase)


def test_cases(repo: Repo) -> list[Case]:
    freshness = repo.read(TEST_FRESHNESS)
    now_match = re.search(r"self\.now = datetime\(([^)]*)\)", freshness)
    now = datetime(*[int(x) for x in now_match.group(1).split(",")])
    cases = []
    for node in _calls(repo.read(TEST_LANGUAGES)):
        args = node.args
        if len(args) == 3 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args) \
                and args[0].value == "id":
            phrase, english = args[1].value, args[2].value
            parsed = from_english(english, now)
            if parsed is None:
                print(f"cannot read dateparser's expected value {english!r}", file=sys.stderr)
                continue
            expected, period, time = parsed
            cases.append(Case("tests", phrase, sentence_for(phrase, expected > now), now, expected, period, time,
                              f"{TEST_LANGUAGES}:{node.lineno}"))
    section = None
    lines = freshness.splitlines()
    for lineno, line in enumerate(lines, 1):
        comment = re.match(r"\s*#\s*([a-z]{2,3}(?:-[A-Za-z]+)?)\s*$", line)
        if comment:
            section = comment.group(1)
            continue
        if section != "id" or not line.strip().startswith("param("):
            continue
        node = ast.parse(line.strip().rstrip(",")).body[0].value
        phrase = node.args[0].value
        keywords = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
        ago, ahead = keywords.get("ago"), keywords.get("in_future")
        expected = now
        for unit, amount in (ago or ahead).items():
            expected = shift(expected, unit, amount if ahead else -amount)
        period = keywords.get("period", "day")
        cases.append(Case("tests", phrase, sentence_for(phrase, bool(ahead)), now, expected, period, None,
                          f"{TEST_FRESHNESS}:{lineno}"))
    for node in _calls(repo.read(TEST_SEARCH)):
        args = node.args
        if len(args) == 3 and isinstance(args[0], ast.Constant) and args[0].value == "id" \
                and isinstance(args[2], ast.List):
            settings = next((k.value for k in node.keywords if k.arg == "settings"), None)
            base_node = next(v for k, v in zip(settings.keys, settings.values) if _constant(k) == "RELATIVE_BASE")
            base = _datetime(base_node)
            for element in args[2].elts:
                phrase = _constant(element.elts[0])
                expected = _datetime(element.elts[1])
                cases.append(Case("tests", phrase, _constant(args[1]), base, expected, "day", None,
                                  f"{TEST_SEARCH}:{node.lineno}"))
    return cases


_KEY = re.compile(r"^(?P<in>in )?(?P<n>\d+|\\1) (?P<unit>year|month|week|day|hour|minute|second)(?P<ago> ago)?$")


def form_cases(repo: Repo, now: datetime) -> list[Case]:
    source = repo.read(LANGUAGE_DATA)
    info = ast.literal_eval(source[source.index("{"):])
    cases = []
    for group, subset_in in (("relative-type", "forms"), ("relative-type-regex", "forms+in")):
        for key, forms in info.get(group, {}).items():
            match = _KEY.match(key)
            if match is None or not (match.group("in") or match.group("ago")):
                continue  # "1 year" (setahun), "sunday": durations and names, not a time relative to now
            amount = REGEX_NUMBER if match.group("n") == "\\1" else int(match.group("n"))
            ahead = bool(match.group("in"))
            expected = shift(now, match.group("unit"), amount if ahead else -amount)
            for form in forms:
                phrase = re.sub(r"\(\\d[^)]*\)", str(REGEX_NUMBER), form) if group.endswith("regex") else form
                name = subset_in if ahead else "forms"
                cases.append(Case(name, phrase, sentence_for(phrase, ahead), now, expected,
                                  period_of(match.group("unit")), None, f"{LANGUAGE_DATA}:{group}:{key}"))
    return cases


def judge(case: Case, analyzer: Analyzer) -> tuple[bool, str]:
    doc = analyzer.analyze(Document(text=case.sentence, published=case.base.date()))
    start = case.sentence.lower().find(case.phrase.lower())
    end = start + len(case.phrase)
    overlapping = [(min(end, t.end) - max(start, t.start), t) for t in doc.timexes
                   if t.start < end and t.end > start]
    if not overlapping:
        return False, f"not found (language {doc.language})"
    timex = max(overlapping, key=lambda pair: (pair[0], pair[1].value is not None))[1]
    got = f"{timex.text!r} {timex.value}..{timex.value_end} {timex.precision} {getattr(timex, 'time', None) or ''}".rstrip()
    if timex.value is None:
        return False, got
    expected = case.expected.date()
    if case.period == "day":
        right = timex.precision == "day" and timex.value == expected and timex.value_end in (None, expected)
    else:
        right = timex.precision == case.period and timex.value <= expected <= (timex.value_end or timex.value)
    if right and case.time is not None:
        right = getattr(timex, 'time', None) == case.time
    return right, got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=DEFAULT_REPO, help="dateparser checkout or bare git directory")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case")
    args = parser.parse_args(argv)
    repo = Repo(args.repo)
    tests = test_cases(repo)
    forms = form_cases(repo, tests[0].base if tests else datetime(2014, 9, 1, 10, 30))
    analyzer = Analyzer()
    results: dict[str, list[int]] = {}
    for case in [*tests, *forms]:
        right, got = judge(case, analyzer)
        for name in {"tests": ["tests"], "forms": ["forms", "forms+in"], "forms+in": ["forms+in"]}[case.set]:
            tally = results.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += 1
        if args.verbose or not right:
            mark = "ok  " if right else "MISS"
            print(f"{mark} [{case.set}] {case.phrase!r}: expected {case.expected:%Y-%m-%d %H:%M} ({case.period}"
                  f"{', time ' + case.time if case.time else ''}), got {got}  <{case.origin}>", file=sys.stderr)
    if args.json:
        print(json.dumps({name: {"right": r, "total": t} for name, (r, t) in results.items()}, indent=2))
    else:
        for name, (right, total) in results.items():
            print(f"{name:9s} {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
