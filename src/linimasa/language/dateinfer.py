"""Stage `dateinfer`: when a document has no publication date, infer the dates it can have been written on.

Each clue in the text is a constraint: a set of date intervals the writing date must
lie in. The window is their intersection. Clues, strongest first:

1. the upper bound "today" (nothing is written in the future); a window whose last day
   is today says so in its evidence ("latest:today") and is never used to date anything;
2. the dated roles of the people named with a title: "Presiden terpilih Donald Trump"
   only fits the role "Presiden terpilih" (2024-11-06..2025-01-19), "mantan Menteri X"
   only fits after that role ended (roles come from the actor dictionary);
3. a copyright year ("© 2025"): the page was rendered in that year, so the article is
   not later than its end;
4. fully written dates the text mentions as past ("pada 7 Oktober 2023", "(4/2/2025)"):
   the document is not earlier; a date the text announces ("akan ... pada 5 Mei 2025")
   bounds it from above instead;
5. durations counted from a known event (`resources/id/date_anchors.yaml`): "konflik
   10 bulan", "hampir memasuki bulan kesembilan", and the event's day named alone
   ("sejak 7 Oktober");
6. months and years mentioned as past ("Januari 2024", "pada 2023").

Constraints are applied strongest first; one that would empty the window is dropped
and noted in the evidence, so a wrong clue cannot erase the right ones. With no clue
but "today" the window stays None. With no lower bound the window opens at the
data file's `floor`.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..document import DateWindow, Document, Role
from ..pipeline import register
from ..resources import Resources, load_data
from .alternation import phrase_alternation
from .numbers import NumberParser
from .timexes import RUN_DATE_EVIDENCE, TimexParser, add_months

log = logging.getLogger(__name__)

Intervals = tuple[tuple[date, date], ...]
# A date line is searched for in the first lines only, and may carry a couple of
# words besides its date ("Diperbarui", an author's name); calibrated on the sample
# corpus's date lines and checked against the seeds, whose captions must not count.
DATE_LINE_SEARCH_LINES = 6
DATE_LINE_EXTRA_WORDS = 2
OPEN_END = date(2100, 12, 31)
# A role clue that leaves fewer days than this is two successive holders of one office
# meeting at the handover, not a date (issue 18: a Detik article placed on 2025-01-20);
# offices last years and the shortest role window (an elect period) is about 80 days.
ROLE_MIN_DAYS = 30


def _days(intervals) -> int:
    return sum((hi - lo).days + 1 for lo, hi in intervals)


def intersect(a: Intervals, b: Intervals) -> Intervals:
    out = []
    for lo1, hi1 in a:
        for lo2, hi2 in b:
            lo, hi = max(lo1, lo2), min(hi1, hi2)
            if lo <= hi:
                out.append((lo, hi))
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class Constraint:
    """Dates the document fits according to one clue; `strength` orders application."""

    intervals: Intervals
    strength: int
    evidence: str


def _alternation(words) -> str:
    return phrase_alternation(words, lower=True)  # longest first, as a trie (alternation.py)


@dataclass(frozen=True, slots=True)
class Anchor:
    id: str
    start: date
    context: re.Pattern
    event_words: re.Pattern
    day_month: tuple[int, int] | None


_COPYRIGHT_CUE = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)  # what timexes' "copyright" rule starts with


class DateInferrer:
    """Builds the constraints of a document and intersects them. Built once."""

    def __init__(self, anchors: dict, timex: TimexParser, dictionary=None, today: date | None = None):
        self.timex = timex
        self.numbers: NumberParser = timex.numbers
        self.dictionary = dictionary
        self.today = today
        self.floor = _as_date(anchors["floor"])
        self.slack = {k: int(v) for k, v in anchors["slack"].items()}
        self.anchors = [
            Anchor(a["id"], _as_date(a["start"]),
                   re.compile(rf"(?<!\w)(?:{_alternation(a['context'])})(?!\w)", re.IGNORECASE),
                   re.compile(rf"(?<!\w)(?:{_alternation(a['event_words'])})(?!\w)", re.IGNORECASE),
                   tuple(a["day_month"]) if a.get("day_month") else None)
            for a in anchors["anchors"]
        ]
        event_words = _alternation({w for a in anchors["anchors"] for w in a["event_words"]})
        unit = r"hari|minggu|pekan|bulan|tahun"
        num = self.numbers.numeral_pattern
        nearly = _alternation(anchors["nearly_words"])
        entering = _alternation(anchors["entering_words"])
        ordinal_words = _alternation(anchors["ordinal_words"])
        # "konflik 10 bulan", "perang yang telah berlangsung delapan bulan", "perang selama setahun"
        self.elapsed = re.compile(
            rf"(?<!\w)(?P<ev>{event_words})(?:\s+[\w-]+){{0,3}}?\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?"
            rf"(?:berlangsung\s+|berjalan\s+|berkecamuk\s+)?(?:selama\s+|hampir\s+|lebih\s+dari\s+)?"
            rf"(?:(?P<n>\d+|{num})\s+|(?P<se>se))(?P<unit>{unit})(?!\w)(?!\s+(?:lalu|terakhir|silam|kemudian))",
            re.IGNORECASE)
        # "hampir memasuki bulan kesembilan", "memasuki hari ke-100"
        self.ordinal = re.compile(
            rf"(?<!\w)(?:(?P<nearly>{nearly})\s+)?(?:(?P<entering>{entering})\s+)?(?P<unit>{unit})\s+"
            rf"(?:ke-?\s?(?P<n>\d+)|ke(?P<word>[a-z]+)|(?P<first>{ordinal_words}))(?!\w)",
            re.IGNORECASE)
        self.ordinal_words = {k.lower(): int(v) for k, v in anchors["ordinal_words"].items()}
        # What a date line may hold besides its date: clock times, zones, weekdays, outlet names
        weekdays = _alternation(timex.weekdays)
        zones = _alternation(timex.time_zones)
        self.date_line_filler = re.compile(
            rf"\d{{1,2}}[:.]\d{{2}}|\b(?:{zones})\b|(?<!\w)(?:{weekdays})(?!\w)|"
            rf"(?<!\S)\S+\.(?:com|id|co|net|org|tv)\b\S*|[|,·•()\-–—:/]", re.IGNORECASE)
        self.former = re.compile(rf"(?:{_alternation(anchors['former_words'])})\s+$", re.IGNORECASE)
        self.elect_word = anchors["elect_word"].lower()
        self.elect_lead = int(anchors["elect_lead_days"])
        self.filler_max = int(anchors["title_filler_max"])

    # -- constraints ----------------------------------------------------------

    def constraints(self, doc: Document) -> list[Constraint]:
        found = [Constraint(((self.floor, self._today()),), 9, "today")]
        found += self.copyright(doc)
        found += self.date_line(doc)
        found += self.role_constraints(doc)
        found += self.text_dates(doc)
        found += self.durations(doc)
        return found

    def copyright(self, doc: Document) -> list[Constraint]:
        # the footer is usually boilerplate, so the whole text is read here; only a text with a copyright
        # sign or word can hold the timex rule "copyright", so the others are not scanned whole for nothing
        out = []
        if not _COPYRIGHT_CUE.search(doc.text):
            return out
        for raw in self.timex.scan(doc.text):
            if raw.rule == "copyright":
                year = int(raw.get("y"))
                out.append(Constraint(((self.floor, date(year, 12, 31)),), 7, f"copyright:{year}"))
        return out

    def date_line(self, doc: Document) -> list[Constraint]:
        """A line near the top that holds nothing but a full date is the publication date.

        "Rabu, 7 Februari 2024 | 21:40 WIB" or "KabarContoh.id | Senin, 20 Januari 2025":
        once the date, the clock time, weekday names and outlet-like tokens are taken away,
        at most DATE_LINE_EXTRA_WORDS words may remain, so a caption or a lead sentence that
        merely contains a date ("... bertemu pada Selasa, (4/2/2025) waktu setempat") does
        not count. It may precede publication by a day (a late-evening dateline).
        """
        out, seen = [], 0
        pos = 0
        for line in doc.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip():
                continue
            seen += 1
            if seen > DATE_LINE_SEARCH_LINES:
                break
            for raw in self.timex.scan(doc.text, start, start + len(line)):
                if raw.rule not in ("written_date", "numeric_date", "weekday_numeric") or not raw.get("y"):
                    continue
                month = (self.timex.month_number(raw.get("mon")) if raw.rule == "written_date"
                         else int(raw.get("m")))
                try:
                    value = date(self.timex.full_year(raw.get("y")), month, int(raw.get("d")))
                except (TypeError, ValueError):
                    continue
                rest = doc.text[start:raw.start] + " " + doc.text[raw.end:start + len(line)]
                if len(self.date_line_filler.sub(" ", rest).split()) <= DATE_LINE_EXTRA_WORDS:
                    out.append(Constraint(((value, value + timedelta(days=1)),), 9, f"date-line:{value}"))
                    return out
        return out

    def text_dates(self, doc: Document) -> list[Constraint]:
        out = []
        document_anchors = [a for a in self.anchors if a.context.search(doc.text)]
        for sentence in doc.sentences:
            for raw in self.timex.scan(doc.text, sentence.start, sentence.end):
                constraint = self._date_constraint(doc, sentence, raw, document_anchors)
                if constraint is not None:
                    out.append(constraint)
        return out

    def _date_constraint(self, doc, sentence, raw, document_anchors) -> Constraint | None:
        timex = self.timex
        rule = raw.rule
        where = f"{rule}@{raw.start}"
        context_future = timex.future_cue.search(doc.text, max(sentence.start, raw.start - 40), raw.start)
        if rule in ("written_date", "numeric_date", "weekday_numeric"):
            day = int(raw.get("d"))
            month = timex.month_number(raw.get("mon")) if rule == "written_date" else int(raw.get("m"))
            if month is None:
                return None
            if not raw.get("y"):
                for anchor in document_anchors:
                    if anchor.day_month == (day, month):
                        return Constraint(((anchor.start, OPEN_END),), 4, f"anchor-day:{anchor.id}@{raw.start}")
                return None
            year = timex.full_year(raw.get("y"))
            try:
                value = date(year, month, day)
            except ValueError:
                return None
            if context_future:
                return Constraint(((self.floor, value),), 5, f"future-date:{value}@{raw.start}")
            return Constraint(((value, OPEN_END),), 5, f"date:{value}@{raw.start}")
        if rule in ("month_year", "month_range", "year", "year_range", "decade", "year_part"):
            rel = (raw.get("rel") or "").lower()
            if context_future or rel in ("depan", "mendatang", "berikutnya"):
                return None
            year = int(raw.get("y2") or raw.get("y") or 0) if rule != "decade" else None
            if rule == "decade":
                return None
            if rule in ("month_year", "month_range"):
                month = timex.month_number(raw.get("mon2") or raw.get("mon"))
                first = date(year, month, 1)
            else:
                first = date(year, 1, 1)
            return Constraint(((first, OPEN_END),), 2, f"{rule}:{first}@{raw.start}")
        return None

    def durations(self, doc: Document) -> list[Constraint]:
        document_anchors = [a for a in self.anchors if a.context.search(doc.text)]
        if not document_anchors:
            return []
        out = []
        for sentence in doc.sentences:
            for match in self.elapsed.finditer(doc.text, sentence.start, sentence.end):
                anchor = self._anchor_near(doc.text, match.start(), match.end(), sentence, document_anchors)
                amount = 1 if match.group("se") else self.numbers.numeral_value(match.group("n"))
                if anchor is None or not amount or amount != int(amount):
                    continue
                unit = match.group("unit").lower()
                low = self._after(anchor.start, unit, int(amount)) - timedelta(days=self.slack["before"])
                high = self._after(anchor.start, unit, int(amount) + 1) + timedelta(days=self.slack["after"])
                out.append(Constraint(((low, high),), 3, f"elapsed:{anchor.id}:{match.group(0)}"))
            for match in self.ordinal.finditer(doc.text, sentence.start, sentence.end):
                ordinal = self._ordinal_value(match)
                anchor = self._anchor_near(doc.text, match.start(), match.end(), sentence, document_anchors)
                if anchor is None or not ordinal:
                    continue
                unit = match.group("unit").lower()
                begins = self._after(anchor.start, unit, ordinal - 1)
                ends = self._after(anchor.start, unit, ordinal)
                if match.group("nearly"):
                    low, high = self._after(anchor.start, unit, ordinal - 2), begins + timedelta(
                        days=self.slack["nearly_after"])
                elif match.group("entering"):
                    low, high = begins - timedelta(days=self.slack["entering_before"]), ends
                else:
                    low, high = begins, ends
                out.append(Constraint(((low, high),), 3, f"ordinal:{anchor.id}:{match.group(0)}"))
        return out

    def _ordinal_value(self, match: re.Match) -> int | None:
        if match.group("n"):
            return int(match.group("n"))
        if match.group("first"):
            return self.ordinal_words[match.group("first").lower()]
        value = self.numbers.numeral_value(match.group("word"))
        return int(value) if value and value == int(value) else None

    @staticmethod
    def _after(start: date, unit: str, amount: int) -> date:
        if unit == "hari":
            return start + timedelta(days=amount)
        if unit in ("minggu", "pekan"):
            return start + timedelta(weeks=amount)
        if unit == "bulan":
            return add_months(start, amount)
        return add_months(start, 12 * amount)

    @staticmethod
    def _anchor_near(text, start, end, sentence, anchors, reach: int = 80):
        """The anchor whose event word stands within `reach` characters, same sentence."""
        low, high = max(sentence.start, start - reach), min(sentence.end, end + reach)
        for anchor in anchors:
            if anchor.event_words.search(text, low, high):
                return anchor
        return None

    # -- roles ------------------------------------------------------------------

    def role_constraints(self, doc: Document) -> list[Constraint]:
        if self.dictionary is None:
            return []
        out = []
        seen = set()
        for sentence in doc.sentences:
            for match in self.dictionary.match(doc.text, sentence.start, sentence.end):
                if (match.start, match.end) in seen:
                    continue
                seen.add((match.start, match.end))
                constraint = self._role_constraint(doc.text, sentence.start, match)
                if constraint is not None:
                    out.append(constraint)
        return out

    def _role_constraint(self, text: str, sentence_start: int, match) -> Constraint | None:
        best: list[tuple[str, Role, bool, bool]] = []
        best_length = 0
        before = text[max(sentence_start, match.start - 80):match.start]
        for entry_id in match.entry_ids:
            entry = self.dictionary.entries.get(entry_id)
            if entry is None:
                continue
            for role in entry.roles:
                found = self._title_before(before, match.text, role.title)
                if found is None:
                    continue
                former, elect = found
                length = len(role.title) + (len(self.elect_word) if elect else 0)
                if length > best_length:
                    best, best_length = [], length
                if length == best_length:
                    best.append((entry_id, role, former, elect))
        if not best:
            return None
        intervals, names = [], []
        for entry_id, role, former, elect in best:
            names.append(f"{entry_id}:{'mantan ' if former else ''}{role.title}{' terpilih' if elect else ''}")
            if former:
                if role.end is None:
                    continue
                intervals.append((role.end, OPEN_END))
            elif elect:
                if role.start is None:
                    continue
                intervals.append((role.start - timedelta(days=self.elect_lead), role.start - timedelta(days=1)))
            else:
                intervals.append((role.start or self.floor, role.end or OPEN_END))
        if not intervals:
            return None
        return Constraint(tuple(sorted(intervals)), 8, "role:" + "|".join(sorted(set(names))))

    def _title_before(self, before: str, alias: str, title: str) -> tuple[bool, bool] | None:
        """(former, elect) when `title` names the person: written before the name or inside the alias."""
        title_re = re.escape(title).replace(r"\ ", r"\s+")
        elect = re.escape(self.elect_word)
        if re.match(rf"(?i:{title_re})(?!\w)", alias):
            return False, False
        found = re.search(
            rf"(?i:(?P<title>{title_re}))(?P<elect>\s+(?i:{elect}))?"
            rf"(?:[\s,]+(?:[A-Z][\w.'-]*|\((?:[A-Z][\w.'-]*)\)|(?i:dari|untuk)\s+[A-Z][\w.'-]*)){{0,{self.filler_max}}}"
            rf"[\s,]*$", before)
        if not found:
            return None
        title_lower = title.lower()
        if found.group("elect") and not title_lower.endswith(self.elect_word):
            # "Presiden terpilih X" read through the plain role "Presiden": the elect period
            return False, True
        former = self.former.search(before[:found.start()]) is not None
        return former, False

    # -- window -----------------------------------------------------------------

    def infer(self, doc: Document) -> DateWindow | None:
        constraints = sorted(self.constraints(doc), key=lambda c: -c.strength)
        window: Intervals = ((date.min, date.max),)
        evidence = []
        for constraint in constraints:
            narrowed = intersect(window, constraint.intervals)
            if narrowed and constraint.evidence.startswith("role:") and _days(narrowed) < ROLE_MIN_DAYS <= _days(window):
                # Two office-holders named with the same title ("Presiden Trump", "Presiden
                # Biden") meet only on the handover day: one of them is named for the past.
                narrowed = ()
            if not narrowed:
                evidence.append(f"conflict:{constraint.evidence}")
                log.debug("dateinfer: dropped %s (conflicts)", constraint.evidence)
                continue
            window = narrowed
            evidence.append(constraint.evidence)
        if len(evidence) <= 1:
            return None
        earliest, latest = window[0][0], window[-1][1]
        if latest == self._today():
            # nothing in the text bounds it from above: say so, so that no date is read off it
            evidence.append(RUN_DATE_EVIDENCE)
        return DateWindow(earliest, latest, tuple(evidence))

    def _today(self) -> date:
        return self.today or date.today()


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@register("dateinfer", requires=("sentences", "mentions"), adds=("published_window",))
class DateInferStage:
    """Infers the dates an undated document can have been written on.

    Runs only when `doc.published` is None (otherwise it leaves the document as is).

    Adds:
        published_window: `DateWindow(earliest, latest, evidence)`, the intersection of the
            constraints the text gives (see module docstring); None when the text gives none.
            `evidence` lists each constraint applied, and "conflict:..." for those dropped.
    """

    def __init__(self, resources: Resources):
        time_data = resources.data("id/time.yaml")
        numbers = NumberParser(resources.data("id/numbers.yaml"), list(time_data["months"]))
        today = resources.options.get("today")
        self.inferrer = DateInferrer(
            resources.data("id/date_anchors.yaml"), TimexParser(time_data, numbers),
            dictionary=resources.actor_dictionary,
            today=_as_date(today) if today else None,
        )

    def __call__(self, doc: Document) -> Document:
        if doc.published is None:
            doc.published_window = self.inferrer.infer(doc)
        return doc
