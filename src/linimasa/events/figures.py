"""Figures: reported quantities of people (killed, injured, hostages, detained, displaced, people) and money.

For each quantity of the numbers stage, in order:
1. left out when it counts nobody: a vague plural ("ribuan warga"), a fraction
   without a count ("setengah dari sandera"), an ordinal written apart ("putaran ke
   empat") or negative polarity ("tak satu pun sandera");
2. money when its unit is a currency, or when it is scaled ("11,93 triliun") and a
   budget word stands before it with no people noun after it;
3. left out when it counts time (a duration: "10 bulan") or a percentage;
4. "other" when a noun of counted things follows ("dua tahap", "tiga putaran");
5. the category of the cue word that governs the number within its clause: the
   nearest one, an acting verb ("menewaskan 1.200 orang") preferring the number after
   it and a state or noun ("251 lainnya disandera") the number before it, and never a
   cue with another number in between (so killed and injured counts of one sentence
   are not swapped);
6. people set free ("bebaskan 17 orang"): hostages when a group frees them, else detained;
7. else "people" when a people noun follows ("1,3 juta warga sipil"), else "other".
A part of a whole ("50 dari sekitar 240 sandera") takes the whole's category, and the
people or other items of a breakdown after a casualty total in the same sentence
("183 tahanan, termasuk 18 orang ... dan 54 orang ...") take the total's category.
A "people" count under `people_min` is an enumeration, not a figure, and a count
repeated in one document (a deck or caption repeating the lead) is kept once.
The subject is the people noun phrase after the number; the source is "menurut X"
or "kata X" in the sentence (an actor id where X resolves, else the words); the
as-of date is the sentence's time expression, else the day the story is told at
(`language.timexes.narrative_reference`), else the report's date.
"""
from __future__ import annotations

import re

from ..document import Document, Figure, Quantity
from ..language.alternation import phrase_alternation
from ..language.timexes import narrative_reference, report_window
from ..pipeline import register
from ..resources import Resources

# How far (characters) after a casualty total its breakdown may list items ("183 tahanan, termasuk ... 54 anak")
BREAKDOWN_REACH = 300

WORD = re.compile(r"\w+(?:-\w+)*")
# A one-word parenthesis ("(LSM)", "(KPM)") spells out an abbreviation inside a clause.
ABBREVIATION = re.compile(r"\(\w+\)")


def _inside_abbreviation(text: str, pos: int) -> bool:
    """Whether the bracket at `pos` belongs to a one-word parenthesis."""
    found = ABBREVIATION.match(text, pos) if text[pos] == "(" else None
    if found is None and text[pos] == ")":
        opening = text.rfind("(", max(0, pos - 40), pos)
        found = ABBREVIATION.match(text, opening) if opening != -1 else None
        found = found if found is not None and found.end() == pos + 1 else None
    return found is not None


# Categories whose repeated count in one document is one figure reported twice.
REPEATABLE = frozenset({"killed", "injured", "hostages", "detained", "displaced", "people"})
CLAUSE_EDGE = re.compile(r"[;:()“”\"]|[.!?](?=\s|$)|,\s+(?:sementara|namun|tetapi|sedangkan)\b")


def _alternation(words) -> str:
    return phrase_alternation(words)  # longest first, as a trie (language/alternation.py)


@register("figures", requires=("sentences", "quantities", "mentions", "actors", "timexes"), adds=("figures",))
class FigureFinder:
    """Categorises reported quantities.

    Adds `doc.figures`: Figure(sentence, start, end, text, value, value_max, qualifier,
    category, subject, attributed_to, as_of).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/figure_categories.yaml")
        self.window = int(data.get("window", 7))
        self.cue_category = {}
        for category, words in data["categories"].items():
            for word in words:
                self.cue_category[" ".join(word.lower().split())] = category
        self.cue_re = re.compile(r"(?<!\w)(" + _alternation(self.cue_category) + r")(?![\w-])", re.IGNORECASE)
        self.people = frozenset(data["people_nouns"])
        self.people_re = re.compile(r"\s*(" + _alternation(data["people_nouns"]) + r")(?![\w-])", re.IGNORECASE)
        self.time_units = frozenset(data["time_units"])
        self.money_units = frozenset(data["money_units"])
        self.subject_stop = frozenset(data["subject_stop"])
        self.according_re = re.compile(r"(?<!\w)(?:" + _alternation(data["according_to"]) + r")\s+", re.IGNORECASE)
        self.people_min = float(data["people_min"])
        self.money_cue_re = re.compile(r"(?<!\w)(?:" + _alternation(data["money_cues"]) + r")(?:nya)?(?!\w)",
                                       re.IGNORECASE)
        self.scale_re = re.compile(r"(?<!\w)(?:" + _alternation(resources.data("id/numbers.yaml")["scales"])
                                   + r")(?!\w)", re.IGNORECASE)
        self.thing_re = re.compile(r"\s*(?:" + _alternation(data["thing_nouns"]) + r")(?![\w-])", re.IGNORECASE)
        self.acting_cues = frozenset(" ".join(w.lower().split()) for w in data["acting_cues"])
        self.release_re = re.compile(r"(?<!\w)(?:" + _alternation(data["release"]["cues"]) + r")(?![\w-])",
                                     re.IGNORECASE)
        self.release_by_group = data["release"]["by_group"]
        self.release_default = data["release"]["default"]
        self.release_after_window = int(data["release"].get("after_window", 0))
        held = {" ".join(w.lower().split()): category
                for category, words in (data["release"].get("held_as") or {}).items() for w in words}
        self.held_category = held
        self.held_re = re.compile(r"(?<!\w)(" + _alternation(held) + r")(?![\w-])", re.IGNORECASE) if held else None
        self.ordinal_before_re = re.compile(r"(?<!\w)(?:" + _alternation(data["ordinal_before"]) + r")\s+$", re.IGNORECASE)
        # matched right after a word: `\s*+(?<=\s)` is `\s+` there, and a leading `\s*` marks a continuation
        # for tests/test_regex_backtracking.py (a searched `\s+X` is quadratic on a long run of spaces)
        self.idiom_before_re = re.compile(r"(?<!\w)(?:" + _alternation(data["idiom_before"]) + r")\s+$", re.IGNORECASE) \
            if data.get("idiom_before") else None
        self.label_before_re = re.compile(r"(?<!\w)(?:" + _alternation(data["label_before"]) + r")\s+$", re.IGNORECASE) \
            if data.get("label_before") else None
        self.list_marks = tuple(data.get("list_marks", ()))
        self.according_before_re = re.compile(r"(?<!\w)(?:" + _alternation(data["according_to"]) + r")\s+$", re.IGNORECASE)
        self.informant_re = re.compile(r"\s*(?:" + _alternation(data["informant_nouns"]) + r")(?![\w-])", re.IGNORECASE) \
            if data.get("informant_nouns") else None
        self.informant_window = int(data.get("informant_window", 2))
        self.negative_after_re = re.compile(r"\s*+(?<=\s)(?:" + _alternation(data["negative_after"]) + r")(?!\w)", re.IGNORECASE)
        self.part_of_re = re.compile(r"\s*+(?<=\s)(?:" + _alternation(data["part_of"]) + r")\s+", re.IGNORECASE)
        self.part_of_previous_re = re.compile(r"\s*+(?<=\s)(?:" + _alternation(data["part_of_previous"]) + r")(?!\w)",
                                              re.IGNORECASE) if data.get("part_of_previous") else None
        self.breakdown_re = re.compile(r"(?<!\w)(?:" + _alternation(data["breakdown"]) + r")(?!\w)", re.IGNORECASE)
        joiners = _alternation(data.get("sequence_joiners", ()))
        # possessive throughout: matched on a short gap, but linear on any text (tests/test_regex_backtracking.py)
        self.sequence_gap_re = re.compile(r"\s*+,?+\s*+(?:(?:" + joiners + r")\s++)?+$" if joiners else r"\s*+,?+\s*+$",
                                          re.IGNORECASE)
        self.sequence_min = int(data.get("sequence_min", 3))
        widget = data.get("widget_count") or {}
        self.widget_before_re = re.compile(r"(?<!\w)(?:" + _alternation(widget["before"]) + r")\s+$", re.IGNORECASE) \
            if widget.get("before") else None
        self.widget_after_re = re.compile(r"\s*(?:" + _alternation(widget["after"]) + r")", re.IGNORECASE) \
            if widget.get("after") else None
        vague = resources.data("id/numbers.yaml")["vague"]
        self.vague_re = re.compile(r"(?<!\w)(?:" + _alternation(vague) + r")(?![\w-])", re.IGNORECASE)

    def __call__(self, doc: Document) -> Document:
        figures = []
        seen: set[tuple] = set()
        by_start = {q.start: q for q in doc.quantities}
        counted: list[tuple[int, int, str]] = []  # (sentence, end, category), repeats included
        sequence = self._sequences(doc)
        for q in doc.quantities:
            sentence = doc.sentence_at(q.start)
            if sentence is None or q.start in sequence or self._not_a_count(doc, q):
                continue
            whole = None if q.unit else self.part_of_re.match(doc.text, q.end)
            if whole and whole.end() in by_start:
                # "50 dari sekitar 240 sandera": a part counts what its whole counts
                category = self._category(doc, by_start[whole.end()], sentence)
            else:
                category = self._category(doc, q, sentence)
            if category is not None and category != "money" and self.part_of_previous_re is not None \
                    and self.part_of_previous_re.match(doc.text, q.end):
                # "251 sandera ..., dengan 97 di antaranya ...": the part counts what the whole before it counts
                previous = [c for i, end, c in counted if i == sentence.index and end <= q.start]
                category = previous[-1] if previous and previous[-1] in REPEATABLE else category
            if category in ("people", "other"):
                # "183 tahanan, termasuk 18 orang ..., 54 orang ... dan 111 orang ...": the items
                # of a breakdown count what the total before them counts
                category = self._breakdown_of(doc, counted, sentence.index, q) or category
            if category is None:
                continue
            counted.append((sentence.index, q.end, category))
            if category == "people" and q.value < self.people_min:
                continue
            if category in REPEATABLE:
                # a deck, caption or lead repeating a count reports it once
                key = (q.value, q.value_max, category)
                if key in seen:
                    continue
                seen.add(key)
            figures.append(Figure(
                sentence=sentence.index, start=q.start, end=q.end, text=q.text, value=q.value,
                value_max=q.value_max, qualifier=q.qualifier, category=category,
                subject=self._subject(doc, q) if category != "money" else None,
                attributed_to=self._source(doc, sentence),
                as_of=self._as_of(doc, q, sentence),
            ))
        doc.figures = figures
        return doc

    def _sequences(self, doc: Document) -> set[int]:
        """Starts of the bare numbers in runs of `sequence_min` or more joined only by a comma or a
        joiner word ("satu, dua dan tiga dan empat"): a spoken sequence or a list of labels."""
        found: set[int] = set()
        run: list[Quantity] = []
        quantities = sorted(doc.quantities, key=lambda q: q.start)
        for q in quantities + [None]:
            if q is not None and run and not q.unit and not run[-1].unit and q.start - run[-1].end <= 12 \
                    and self.sequence_gap_re.match(doc.text[run[-1].end:q.start]):
                run.append(q)
                continue
            if len(run) >= self.sequence_min:
                found.update(r.start for r in run)
            run = [q] if q is not None else []
        return found

    def _clause(self, doc: Document, q: Quantity, sentence) -> tuple[int, int]:
        start, end = sentence.start, sentence.end
        for edge in CLAUSE_EDGE.finditer(doc.text, sentence.start, sentence.end):
            if edge.group() in "()" and _inside_abbreviation(doc.text, edge.start()):
                continue  # "anggota Lembaga Swadaya Masyarakat (LSM) yang terjaring": one clause
            if edge.end() <= q.start:
                start = edge.end()
            elif edge.start() >= q.end:
                end = edge.start()
                break
        return start, end

    def _next_word(self, doc: Document, q: Quantity) -> str:
        found = WORD.search(doc.text, q.end, min(len(doc.text), q.end + 40))
        return found.group().lower() if found else ""

    def _not_a_count(self, doc: Document, q: Quantity) -> bool:
        """Quantities that count nobody: vague plurals ("ribuan warga", "puluhan tahanan")
        fractions without a count ("setengah dari sandera"), an ordinal written apart
        ("putaran ke empat") and negative polarity ("tak satu pun sandera")."""
        if q.value < 1:
            return True
        if not any(c.isdigit() for c in q.text) and self.ordinal_before_re.search(doc.text, max(0, q.start - 12), q.start):
            return True
        if self.negative_after_re.match(doc.text, q.end):
            return True
        before = doc.text[max(0, q.start - 14):q.start]
        if self.idiom_before_re is not None and not any(c.isdigit() for c in q.text) \
                and self.idiom_before_re.search(before):
            return True  # "salah satu syarat": one of the conditions
        if not q.unit and self.label_before_re is not None and self.label_before_re.search(before):
            return True  # "Channel 13", "Tahap 1", "Pasal 5": a thing named by its number
        if self._list_number(doc, q):
            return True
        if self.widget_before_re is not None and self.widget_after_re is not None \
                and self.widget_before_re.search(doc.text, max(0, q.start - 12), q.start) \
                and self.widget_after_re.match(doc.text, q.end):
            return True  # "daftar 3 item": a widget's item count
        return q.value_max is None and self.vague_re.search(q.text) is not None

    def _list_number(self, doc: Document, q: Quantity) -> bool:
        """A bare number opening a line with a list mark after it ("1. Hamas meminta ...")."""
        if q.unit or not q.text.isdigit() or not self.list_marks:
            return False
        after = doc.text[q.end:q.end + 2]
        if not after or after[0] not in self.list_marks or (len(after) > 1 and not after[1].isspace()):
            return False
        line_start = doc.text.rfind("\n", 0, q.start) + 1
        return not doc.text[line_start:q.start].strip()

    def _category(self, doc: Document, q: Quantity, sentence) -> str | None:
        unit = (q.unit or "").lower()
        if unit in self.money_units:
            return "money"
        following = self._next_word(doc, q)
        if unit in self.time_units or following in self.time_units or unit == "persen":
            return None
        if not unit and self.thing_re.match(doc.text, q.end):
            return "other"  # "dua tahap", "tiga putaran": things counted, not people
        if not unit and self.according_before_re.search(doc.text, max(0, q.start - 20), q.start):
            return "other"  # "kata dua pejabat", "menurut tiga sumber": the informants of a report
        window = self.window
        if not unit and self.informant_re is not None and self.informant_re.match(doc.text, q.end):
            window = self.informant_window  # "dua sumber mengatakan": counted informants, unless "dua pejabat tewas"
        start, end = self._clause(doc, q, sentence)
        if not unit and self._unmarked_money(doc, q, start):
            return "money"
        best, best_score = None, None
        others = [(o.start, o.end) for o in doc.quantities if o is not q and start <= o.start < end]
        for cue in self.cue_re.finditer(doc.text, start, end):
            if q.start <= cue.start() < q.end:
                continue
            after = cue.start() >= q.end
            low, high = (q.end, cue.start()) if after else (cue.end(), q.start)
            if any(low <= o_start and o_end <= high and self._adjacent(doc, cue, o_start, o_end)
                   for o_start, o_end in others):
                continue  # another number stands right at the cue ("menewaskan 5 orang dan 12 ..."): it is that number's
            distance = len(WORD.findall(doc.text, low, high))
            if distance > window:
                continue
            # An acting verb ("menewaskan", "melukai") governs the number after it; a state or
            # noun ("tewas", "luka-luka", "sandera") the number before it. The other side costs
            # half a word, so "12 orang luka-luka dan 5 orang tewas" keeps each count's own word.
            word = " ".join(cue.group(1).lower().split())
            acting = word in self.acting_cues
            if acting and after:
                continue  # "300 warga ... karena membunuh": a number before an acting verb counts its agents
            score = distance + (0.0 if acting != after else 0.5)
            if after and not acting and distance == 0:
                score = -0.25  # the noun right after the number names what it counts: "menangkap 251 sandera"

            if best is None or score < best_score:
                best, best_score = cue, score
        if best is not None:
            return self.cue_category[" ".join(best.group(1).lower().split())]
        if window != self.window:
            return "other"
        released = self._released(doc, q, start, end, sentence)
        if released is not None:
            return released
        if unit in ("orang", "warga", "jiwa") or self.people_re.match(doc.text, q.end):
            return "people"
        return "other"

    def _unmarked_money(self, doc: Document, q: Quantity, start: int) -> bool:
        """A scaled number after a budget word, with no people noun after it."""
        if not self.scale_re.search(q.text) or self.people_re.match(doc.text, q.end):
            return False
        cue = None
        for found in self.money_cue_re.finditer(doc.text, start, q.start):
            cue = found
        return cue is not None and len(WORD.findall(doc.text, cue.end(), q.start)) <= self.window

    @staticmethod
    def _adjacent(doc: Document, cue: re.Match, start: int, end: int) -> bool:
        """No word between the cue and the number at `start`..`end`."""
        low, high = (cue.end(), start) if cue.end() <= start else (end, cue.start())
        return not WORD.search(doc.text, low, high)

    def _breakdown_of(self, doc: Document, counted: list[tuple[int, int, str]], sentence: int,
                      q: Quantity) -> str | None:
        """The category of the casualty total in `sentence` that a breakdown word follows before `q`."""
        for total_sentence, total_end, category in reversed(counted):
            if total_sentence != sentence or q.start - total_end > BREAKDOWN_REACH:
                return None  # a breakdown follows its total closely; bounded, or a list of numbers is cubic
            if self.breakdown_re.search(doc.text, total_end, q.start):
                return category if category in REPEATABLE - {"people"} else None
        return None

    def _released(self, doc: Document, q: Quantity, start: int, end: int, sentence) -> str | None:
        """People set free: hostages when a group frees them ("Hamas bebaskan 17 orang"),
        else what the sentence calls them, nearest to the number ("sandera": hostages; "tahanan",
        "penjara": detainees), else detainees ("Israel bebaskan 39 orang", "polisi melepaskan 3 warga")."""
        cue = None
        for found in self.release_re.finditer(doc.text, start, q.start):
            cue = found
        if cue is not None and len(WORD.findall(doc.text, cue.end(), q.start)) > self.window:
            cue = None
        if cue is None and self.release_after_window:
            # a passive release after the freed: "10 warga Thailand dilepaskan"
            found = self.release_re.search(doc.text, q.end, end)
            if found is not None and len(WORD.findall(doc.text, q.end, found.start())) <= self.release_after_window:
                cue = found
        if cue is None:
            return None
        actor = None
        for mention in doc.mentions:
            if start <= mention.start and mention.end <= cue.start() and mention.actor in doc.actors:
                actor = doc.actors[mention.actor]
        if actor is not None and actor.kind == "group":
            return self.release_by_group
        if self.held_re is not None:
            best, distance = None, None
            for held in self.held_re.finditer(doc.text, sentence.start, sentence.end):
                gap = held.start() - q.end if held.start() >= q.end else q.start - held.end()
                if distance is None or gap < distance:
                    best, distance = held, gap
            if best is not None:
                return self.held_category[" ".join(best.group(1).lower().split())]
        return self.release_default

    def _subject(self, doc: Document, q: Quantity) -> str | None:
        begin = q.end
        if q.unit:  # the numbers stage keeps a people unit inside the quantity: "46.000 warga"
            last = list(WORD.finditer(doc.text, q.start, q.end))[-1:]
            if last and last[0].group().lower() in self.people:
                begin = last[0].start()
        found = self.people_re.match(doc.text, begin)
        if not found:
            return None
        words = []
        for word in WORD.finditer(doc.text, found.start(1), min(len(doc.text), found.start(1) + 60)):
            lowered = word.group().lower()
            if words and (lowered in self.subject_stop or lowered in self.cue_category or not doc.text[words[-1].end():word.start()].isspace()):
                break
            words.append(word)
            if len(words) == 3:
                break
        return doc.text[words[0].start():words[-1].end()] if words else None

    def _source(self, doc: Document, sentence) -> str | None:
        found = self.according_re.search(doc.text, sentence.start, sentence.end)
        if not found:
            return None
        stop = re.compile(r"[,.;:()]")
        edge = stop.search(doc.text, found.end(), sentence.end)
        end = edge.start() if edge else sentence.end
        for m in doc.mentions:
            if m.actor and m.actor in doc.actors and found.end() <= m.start < end:
                return m.actor
        words = doc.text[found.start():end].split()
        return " ".join(words[:8]) if len(words) > 1 else None

    @staticmethod
    def _as_of(doc: Document, q: Quantity, sentence):
        """The sentence's nearest dated expression, else the day the story is told at,
        else the report's date; never the last day of a wide inferred window."""
        best, best_distance = None, None
        for t in doc.timexes:
            if t.sentence != sentence.index or t.value is None:
                continue
            distance = abs(t.start - q.start)
            if best is None or distance < best_distance:
                best, best_distance = t, distance
        if best is None:
            reference = narrative_reference(doc, sentence)
            if reference is not None:
                return reference
            window = report_window(doc)
            return window[1] if window is not None and window[0] == window[1] else None
        # A count over a span ("sejak 7 Oktober": from then to the report) stands as of
        # the span's end; its start is when counting began.
        return best.value_end if best.value_end is not None and best.value_end != best.value else best.value
