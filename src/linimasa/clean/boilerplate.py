"""Stage `boilerplate`: mark the lines (and dateline prefixes) that are not the article.

Adds:
- `doc.boilerplate`: `Boilerplate(start, end, text, reason)` spans into `doc.text`,
  sorted by `start`. A removed line is covered whole (its leading spaces
  included); a dateline covers only its prefix ("JAKARTA, KOMPAS.com - ").
- `doc.outlet`: the outlet named in the dateline ("KOMPAS.com", "ANTARA"), or None.

The text is never changed; later stages read `doc.content_spans()`.

The cascade, each step with its reason code:

1. Line rules from `resources/id/boilerplate.yaml` (`read-also`, `credit`,
   `caption`, `pagination`, `widget`, `copyright`, `promotion`, `navigation`,
   `byline`): anchored patterns on short, NFKC-normalised lines, so a paragraph
   that mentions "Foto" stays. A line of rule characters ("-------") is a
   `widget`. Below a list heading ("Populer", "Berita Terkait") the short
   headline-like lines are the list's items (`widget`) until the first line
   that reads as text.
   `page-header`: when the headline is known from metadata, the short lines above
   its line (date stamps, breadcrumbs, rubrics, captions of the top photo) are
   page furniture, since an article's text starts at its headline.
2. `section-label`: a 1-3 word first line with no final punctuation directly
   above a longer line (the rubric above the headline, "Perang Gaza").
3. `repeated-headline`: a later line equal to the headline, the headline
   followed by " - Site" / " | Site", or the headline run into the next
   capitalised phrase with no stop between (a photo caption glued to it by text
   extraction). `headline-fragment`: a short line in the
   body that is a prefix of the headline (extraction debris).
4. `teaser`: a line that is a strict prefix of a later paragraph (a truncated
   summary, often cut mid-word). `duplicate`: a long line repeated verbatim.
5. `caption`: the "LABEL - " prefix of an ALL-CAPS "LABEL - text" photo
   caption (three or more words in the label, or a photo cue such as
   "(kiri)"). The description is kept: it often states who met whom and when.
6. `dateline`: the "CITY, Outlet.com - " prefix of one of the first paragraphs.
7. `recurring`: lines that a `RecurringLines` model (options["recurring_lines"])
   learned to recur across many documents of the outlet.

Within step 1: the title on the line below a bare link label ("Baca Juga") goes
with the label when it is headline-sized; a link label and title glued to the next
paragraph lose only the label and title; the caption of the top photo ending in its
agency credit in brackets is a `caption` among the first three lines only. In step 6
a bracketed outlet name opening the first paragraph ("(Contoh ID) – ") and a city with
a colon opening a lead paragraph ("Gaza: ...", 12+ words ending in a stop) are datelines.
"""
from __future__ import annotations

import logging
import re
import unicodedata

from ..document import Boilerplate, Document
from ..pipeline import register
from ..resources import Resources

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
_BULLETS = " \t\u00a0•·▪►»*-–—"
# How many non-empty lines from the top a dateline may appear in: captions,
# credits and teasers come before it on Tribun pages.
DATELINE_WINDOW = 12
# A dateline with a city and no outlet is taken only from the first lines
# (headline, first paragraph): deeper, "AKRA - Buy 1110" is a stock ticker.
CITY_DATELINE_WINDOW = 2
# Shortest line (characters) checked as a teaser or duplicate: shorter lines
# repeat by chance ("Namun,").
MIN_REPEAT_CHARS = 40
# Shortest stray headline fragment, in words; below this a prefix is chance.
MIN_FRAGMENT_WORDS = 3
# How many non-empty lines from the top the headline line is looked for when
# marking the page header above it; further down a title match is a repeat.
HEADER_WINDOW = 8
# Longest line (words) above the headline taken as page furniture, and longest
# item of a list below a list heading: the header lines of the Gaza dev pages
# (dates, bylines, breadcrumbs, photo captions) have at most 24 words, and a
# lead paragraph ends with a stop.
MAX_FURNITURE_WORDS = 25
_SENTENCE_END = (".", "!", "?", '."', ".”", "?”", '?"')
_DASH = r"\s*(?:-{1,2}|–|—)\s*"
# A lowercase letter (or closing bracket/quote) right before a capitalised word: two
# lines run together by text extraction ("...di GazaTidak biasanya ...").
_GLUED = re.compile(r"[a-z)\"”’](?=[A-Z][a-z])")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


@register("boilerplate", adds=("boilerplate", "outlet"))
class BoilerplateStage:
    """Finds boilerplate spans and the dateline outlet.

    Adds `boilerplate` (list of Boilerplate) and `outlet` (str | None).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/boilerplate.yaml")
        self.max_line_chars = int(data["max_line_chars"])
        date = data["date_pattern"]
        self.rules = [(re.compile(rule["pattern"].replace("<DATE>", date)), rule["reason"], bool(rule.get("opens_list")))
                      for rule in data["rules"] if not rule.get("top_lines")]
        # rules that hold only among the first lines of the page (the top photo's caption)
        self.top_rules = [(re.compile(rule["pattern"]), rule["reason"], int(rule["top_lines"]))
                          for rule in data["rules"] if rule.get("top_lines")]
        self.takes_next = [re.compile(rule["pattern"]) for rule in data["rules"] if rule.get("takes_next")]
        self.glued_label = re.compile(data["glued_link_label"])
        outlets = "|".join(re.escape(o) for o in sorted(data["dateline_outlets"], key=len, reverse=True))
        city = r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}"
        self.datelines = [
            # "JAKARTA, KOMPAS.com - ", "GenPI.co - ", "TRIBUNNEWS.COM, JAKARTA - "
            re.compile(rf"^(?:{city},\s*)?(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:co\.id|com|co|id|net|org|tv|news))"
                       rf"(?:\s*,\s*{city})?{_DASH}(?=\S)", re.IGNORECASE),
            # "Jakarta (ANTARA) - "
            re.compile(rf"^(?:{city}\s*)?\((?P<outlet>{outlets})\){_DASH}(?=\S)"),
            # "Jakarta, CNN Indonesia -- "
            re.compile(rf"^{city},\s*(?P<outlet>{outlets}){_DASH}(?=\S)"),
        ]
        # "(Contoh ID) – ": a bracketed outlet name opening the first paragraph
        self.bracket_dateline = re.compile(rf"^\((?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\){_DASH}(?=[A-Z\"“])")
        # "Gaza: Kelompok itu ...": a city and a colon opening a lead paragraph (Metro TV style);
        # the paragraph must read as text (12+ words, final stop) so "Viral: Judul" headlines stay
        self.colon_dateline = re.compile(r"^(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}):\s+(?=[A-Z])(?=(?:\S+\s+){11}).*[.!?\"”]$")
        # "BANDA ACEH - " (no outlet named): only in the first paragraphs, since
        # deeper down "AKRA - Buy 1110" is a stock ticker in a list.
        self.city_dateline = re.compile(r"^(?P<city>[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2})\s+(?:-{1,2}|–|—)\s+(?=[A-Z\"“])")
        self.caption = re.compile(r"^(?P<label>[A-Z0-9][A-Z0-9'’&/,.()]*(?:\s+[A-Z0-9][A-Z0-9'’&/,.()]*)+)(?P<dash>\s+[-–—]\s+)\S")
        self.caption_cues = tuple(cue.casefold() for cue in data["caption_cues"])
        self.headline_suffix = re.compile(r"^\s*[-|–—:]\s*\S.{0,60}$")
        self.recurring = resources.options.get("recurring_lines")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        lines, pos = [], 0
        for raw in text.split("\n"):
            lines.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        body = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
        reasons: dict[int, str] = {}
        glued: list[Boilerplate] = []
        list_open = link_open = False
        for rank, i in enumerate(body):
            raw = text[lines[i][0]:lines[i][1]]
            cut = self._glued_link(raw)
            if cut:
                glued.append(Boilerplate(lines[i][0], lines[i][0] + cut, raw[:cut], "read-also"))
                list_open = link_open = False
                continue
            reason, opens_list = self._line_rule(raw)
            if reason is None:
                reason = self._top_rule(raw, rank)
            if reason:
                reasons[i] = reason
            elif list_open and _furniture_sized(raw):
                reasons[i] = "widget"
                continue
            elif link_open and _furniture_sized(raw):
                reasons[i] = "read-also"  # the title of the link labelled on the line above
            list_open = opens_list or (list_open and reason is not None)
            link_open = reason == "read-also" and any(p.search(raw.strip()) for p in self.takes_next)
        self._page_header(doc, lines, body, reasons)
        headlines, headline_line = self._headline_candidates(doc, lines, body, reasons)
        repeated = self._repeats(text, lines, body, reasons, headlines, headline_line)
        spans = [Boilerplate(lines[i][0], lines[i][1], text[lines[i][0]:lines[i][1]], r) for i, r in reasons.items()]
        spans.extend(b for b in repeated if not any(b.start >= s.start and b.end <= s.end for s in spans))
        spans.extend(glued)
        spans.extend(self._caption_labels(text, lines, body, reasons))
        dateline = self._dateline(text, lines, body, reasons)
        outlet = None
        if dateline is not None:
            spans.append(dateline[0])
            outlet = dateline[1]
        if self.recurring is not None:
            key = doc.source or outlet
            for i in body:
                if i not in reasons and self.recurring.is_recurring(key, text[lines[i][0]:lines[i][1]]):
                    spans.append(Boilerplate(lines[i][0], lines[i][1], text[lines[i][0]:lines[i][1]], "recurring"))
        doc.boilerplate = sorted(spans, key=lambda b: (b.start, b.end))
        doc.outlet = outlet
        return doc

    def _line_rule(self, line: str) -> tuple[str | None, bool]:
        """The reason a line is boilerplate (or None) and whether it opens a list of links."""
        bare = line.strip()
        stripped = bare.lstrip(_BULLETS).strip()
        if not stripped:
            # "-------", "• • •": a rule between the story and the notes below it
            return ("widget" if len(bare) >= 3 else None), False
        if len(stripped) > self.max_line_chars:
            return None, False
        stripped = unicodedata.normalize("NFKC", stripped)
        for pattern, reason, opens_list in self.rules:
            if pattern.search(stripped):
                return reason, opens_list
        return None, False

    def _top_rule(self, line: str, rank: int) -> str | None:
        """The reason from a rule that holds only among the first lines (or None)."""
        stripped = unicodedata.normalize("NFKC", line.strip())
        for pattern, reason, top in self.top_rules:
            if rank < top and pattern.search(stripped):
                return reason
        return None

    def _glued_link(self, line: str) -> int:
        """Length of a link label and title glued to the paragraph after it, else 0.

        "BACA JUGA: Judul Berita di KotaWarga desa itu ...": the title ends at the
        first lowercase-to-capital junction after three title words that leaves a
        sentence (six words or more, ending in a stop) behind it.
        """
        lead = len(line) - len(line.lstrip())
        label = self.glued_label.match(line, lead)
        if not label:
            return 0
        for junction in _GLUED.finditer(line, label.end()):
            title, rest = line[label.end():junction.start() + 1], line[junction.start() + 1:].rstrip()
            if len(title.split()) >= 3 and len(rest.split()) >= 6 and rest.endswith(_SENTENCE_END):
                return junction.start() + 1
        return 0

    def _page_header(self, doc, lines, body, reasons) -> None:
        """Marks the short unmarked lines above the headline's line as `page-header`."""
        if not doc.title:
            return
        title = _norm(doc.title)
        text = doc.text
        top = body[:HEADER_WINDOW]
        found = next((k for k, i in enumerate(top) if _norm(text[lines[i][0]:lines[i][1]]) == title), None)
        if not found:
            return
        above = top[:found]
        if all(i in reasons or _furniture_sized(text[lines[i][0]:lines[i][1]]) for i in above):
            for i in above:
                reasons.setdefault(i, "page-header")

    def _headline_candidates(self, doc, lines, body, reasons) -> tuple[list[str], int | None]:
        """The headline as given and the first unmarked line; marks a section label above it."""
        text = doc.text
        free = [i for i in body[:4] if i not in reasons]
        candidates = [_norm(doc.title)] if doc.title else []
        if len(free) >= 2:
            first = text[lines[free[0]][0]:lines[free[0]][1]].strip()
            second = text[lines[free[1]][0]:lines[free[1]][1]].strip()
            if is_section_label(first, second):
                reasons[free[0]] = "section-label"
                free = free[1:]
        if free:
            candidates.append(_norm(text[lines[free[0]][0]:lines[free[0]][1]]))
        return [c for c in candidates if c], (free[0] if free else None)

    def _repeats(self, text, lines, body, reasons, headlines, owner) -> list[Boilerplate]:
        """Marks lines that repeat the headline; returns the repeated first sentences cut off a
        longer paragraph (only the sentence goes: the rest of the paragraph is content)."""
        norms = {i: _norm(text[lines[i][0]:lines[i][1]]) for i in body}
        prefixes: list[Boilerplate] = []
        for i in body:
            if i in reasons or i == owner:
                continue
            line = norms[i]
            for headline in headlines:
                if line == headline or (line.startswith(headline) and self.headline_suffix.match(line[len(headline):])):
                    reasons[i] = "repeated-headline"
                    break
                if line.startswith(headline + " ") and headline.endswith(_SENTENCE_END):
                    # the "headline" is a sentence (a page whose first line repeats its lead):
                    # whatever follows it on the line is the next sentence, capitalised or not
                    cut = _raw_prefix_end(text[lines[i][0]:lines[i][1]], headline)
                    if cut:
                        start = lines[i][0]
                        prefixes.append(Boilerplate(start, start + cut, text[start:start + cut], "repeated-headline"))
                    break
                if line.startswith(headline + " ") and _runs_on_capitalised(text[lines[i][0]:lines[i][1]], len(headline)):
                    reasons[i] = "repeated-headline"
                    break
                if (len(line) < len(headline) and headline.startswith(line) and len(line.split()) >= MIN_FRAGMENT_WORDS
                        and not line.endswith((".", "?", "!"))):
                    reasons[i] = "headline-fragment"
                    break
        # Teasers and duplicates: bucket lines by their first characters so that
        # each line is compared only with lines that could share its prefix.
        buckets: dict[str, list[int]] = {}
        for i in body:
            if len(norms[i]) >= MIN_REPEAT_CHARS:
                buckets.setdefault(norms[i][:MIN_REPEAT_CHARS], []).append(i)
        for group in buckets.values():
            if len(group) < 2:
                continue
            for a, i in enumerate(group):
                if i in reasons or i == owner:
                    continue
                for j in group[a + 1:]:
                    if norms[j] == norms[i]:
                        reasons[j] = "duplicate"
                    elif norms[j].startswith(norms[i].rstrip(".… ")) and len(norms[j]) > len(norms[i]):
                        reasons[i] = "teaser"
                        break
        return prefixes

    def _caption_labels(self, text, lines, body, reasons) -> list[Boilerplate]:
        """The "LABEL - " prefix of ALL-CAPS photo captions; the description itself is kept.

        Captions state facts (who met whom, where, on which date) that the
        article body does not always repeat, so only the label goes.
        """
        found = []
        for i in body:
            if i in reasons:
                continue
            start, end = lines[i]
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip())
            match = self.caption.match(raw[lead:])
            if not match:
                continue
            label = match.group("label")
            if "." in label.rstrip("."):
                continue  # "SERAMBINEWS.COM - ": a dateline, not a caption
            folded = raw.casefold()
            if len(label.split()) >= 3 or any(cue in folded for cue in self.caption_cues):
                reasons[i] = "caption"  # keeps the dateline search off this line
                label_end = start + lead + match.end("dash")
                found.append(Boilerplate(start, label_end, text[start:label_end], "caption"))
        return found

    def _dateline(self, text, lines, body, reasons):
        for rank, i in enumerate([i for i in body if i not in reasons][:DATELINE_WINDOW]):
            start, end = lines[i]
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip())
            line = raw[lead:]
            patterns = (self.datelines + [self.city_dateline, self.bracket_dateline] if rank < CITY_DATELINE_WINDOW
                        else self.datelines)
            if rank < CITY_DATELINE_WINDOW and (colon := self.colon_dateline.match(line.rstrip())):
                span_end = start + lead + colon.end("city") + 1
                span_end += len(text[span_end:end]) - len(text[span_end:end].lstrip())
                return Boilerplate(start, span_end, text[start:span_end], "dateline"), None
            for pattern in patterns:
                match = pattern.match(line)
                if match:
                    outlet = match.groupdict().get("outlet")
                    span_end = start + lead + match.end()
                    return Boilerplate(start, span_end, text[start:span_end], "dateline"), outlet
        return None


def _furniture_sized(line: str) -> bool:
    """A short line that is not a sentence: page furniture when it stands where furniture stands."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= MAX_FURNITURE_WORDS and not stripped.endswith(_SENTENCE_END)


def _raw_prefix_end(raw: str, headline: str) -> int:
    """End offset in `raw` of the prefix whose normalised text is `headline` (0 when none),
    with the spaces after it: counts the headline's non-space characters along `raw`."""
    wanted = sum(1 for ch in headline if not ch.isspace())
    seen = 0
    for k, ch in enumerate(raw):
        if not ch.isspace():
            seen += 1
            if seen == wanted:
                end = k + 1
                if _norm(raw[:end]) != headline:
                    return 0
                while end < len(raw) and raw[end].isspace():
                    end += 1
                return end
    return 0


def _runs_on_capitalised(raw: str, headline_chars: int) -> bool:
    """The headline (its first `headline_chars` normalised characters) goes on with a
    capitalised word and no stop in between: "Judul Berita Keterangan Foto ..."."""
    flat = _SPACE.sub(" ", unicodedata.normalize("NFKC", raw)).strip()
    rest = flat[headline_chars:]
    return rest.startswith(" ") and rest[1:2].isupper()


# Breadcrumb separators ("Dunia › Timur Tengah") are not words of a rubric.
_CRUMB_SEPARATORS = frozenset("›»>/|•·")


def is_section_label(first: str, second: str) -> bool:
    """A rubric: 1-3 words, no final punctuation, above a longer headline-like line.

    The line below must read as a headline (4+ words, no final period); a short
    headline directly above the lead paragraph is not a rubric. Breadcrumbs
    count their words without the separators.
    """
    words = [word for word in first.split() if word not in _CRUMB_SEPARATORS]
    return (1 <= len(words) <= 3 and not first.endswith((".", "!", "?", ":", ","))
            and len(second.split()) >= 4 and len(second) > len(first) and not second.endswith("."))
