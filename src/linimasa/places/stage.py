"""The place stage: Event.place for every event whose clause, or failing that whose article's dateline,
names a gazetteer place.

1. In the event's clause (Event.start..end), a place is a gazetteer form written after a locative word
   (rules.yaml `locatives`: "di", "ke", "setibanya di", ...), through place nouns if any ("di kota Rafah",
   "di wilayah utara Jalur Gaza"). The longest form that starts the capitalised run wins ("di Jakarta
   Selatan, Senin"); "kota"/"kabupaten" before the run are tried as part of it ("Kota Bekasi"). A run that
   is no form may end in one ("di Pengadilan Negeri Jakarta Selatan"), but not in a country (a body of that
   country: "di Kedutaan Besar Mesir"). A run inside a person's name is none.
2. Names elsewhere in the clause are not read: a subject or object named by a place is an actor
   ("Washington menolak", "Senayan mengesahkan") or a modifier ("warga Gaza"), and an actor that is the
   event's source or target is not its place ("serangan Israel di Doha": Doha). "dari X" (where the event
   comes from) counts only when the clause names nothing else, and never for the source's own country.
3. A place of what the event is about is not the event's: one after a content marker or purpose word
   between the trigger and it ("berdiskusi mengenai gencatan senjata di Gaza", "... untuk menambah dana
   ke X"), or one past the object of a request, offer, promise, approval, rejection or threat ("meminta
   gencatan senjata di Gaza", "setuju pembangunan kampung di Makkah"; a signing excepted), unless a day
   follows it: "di X, Senin (20/10)" sets the scene of the whole event. An event reported inside a quote
   of someone who is not its source takes no place from outside the quote: that is where the quote was
   said ("..., dia mendukungnya," kata X di Tel Aviv).
   Places listed after the first ("ke Yordania dan Arab Saudi") count too; a coarser one that holds the
   one before it ("di Doha, Qatar") does not. Of several places left, one in the event's target's
   country wins (the event with Saudi Arabia is placed there), then the one nearest the trigger
   (counted from the locative word); one after "dari" only when there is no other; none after a word
   that describes a person ("tumbuh besar di X", "tinggal di X", "asal X"). With none, the
   coder's `location` (a LOC argument it read after "di") is looked up where it read it.
4. A form that names several entries ("Tanah Abang": districts of Jakarta and of South Sumatra) takes the
   first in the story's first-level regions (the dateline's and those of its places that name one entry
   only), else the first (the build's order: curated, countries, cities, provinces, regencies, big cities,
   districts, other cities). Countries are not used so: a story datelined Kairo is often about Rafah, Gaza.
5. An event with no place in its clause gets the dateline's ("KAIRO (Antara) -"), basis "dateline", at the
   coarser precision of rules.yaml `dateline_precision`, unless the clauses of the article name places in
   another country (then the dateline is where the reporter is, not where the story is).

`Event.location` (the coder's bare string) is left as it is.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from ..document import Document, Event, Place
from ..pipeline import register
from ..resources import Resources, load_data
from .gazetteer import Entry, Gazetteer, load

RULES_FILE = "places/rules.yaml"
# A capitalised word ("Al-Mawasi", "Tel"), and a run of them with name particles ("Sharm el-Sheikh",
# "Deir al-Balah"). No match crosses a comma, a full stop or a lower-case word.
_WORD = r"[A-Z][\w'’]*+(?:-[\w'’]++)*+"
# (the particles, rules.yaml `name_particles`, join the words: see PlaceFinder.__init__)
# the dateline: a line that opens with a place (capitals or capitalised) and an optional outlet, then a dash
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[\w.]+\.(?:com|id|co\.id|net|org)[ \t]*,[ \t]*)?"
    r"(?P<name>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,3})[ \t]*,?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?(?:,[ \t]*[\w.]{2,30}[ \t]*)?[-–—]{1,2}[ \t]")
_LEVELS = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}


@dataclasses.dataclass(frozen=True, slots=True)
class _Found:
    entry: Entry
    text: str
    start: int
    weight: int
    locative: str
    forms: int  # how many entries its form names (1: unambiguous)
    at: int = -1  # where its locative phrase starts


@register("places", requires=("sentences", "mentions", "actors", "quotes", "events"), adds=("events.place",))
class PlaceFinder:
    """Adds `events[].place`: the gazetteer place of each event, from its clause or the dateline."""

    def __init__(self, resources: Resources):
        rules = load_data(RULES_FILE)
        particles = "|".join(map(re.escape, sorted(set(rules["name_particles"]), key=len, reverse=True)))
        name = rf"{_WORD}(?:[ \t]++(?:(?:{particles})-)?{_WORD}){{0,6}}"
        joiners = "|".join(map(re.escape, rules["list_joiners"]))
        # the next place of a list after a locative phrase's place ("di Qatar dan Israel", "ke Bogor, Depok, dan Bekasi")
        self.list_re = re.compile(
            rf"(?:[ \t]*+,[ \t]*+(?:(?:{joiners})[ \t]++)?|[ \t]++(?:{joiners})[ \t]++)({name})")
        # ", Doha" after a locative phrase's name, past a bracketed short form and a few more capitalised words
        # ("ke Rumah Sakit Umum Daerah (RSUD) Sentosa Raya, Denpasar")
        self.apposition_re = re.compile(
            rf"(?:[ \t]*+\([^()\n]{{1,30}}\))?(?:[ \t]++[A-Z][\w'’.]*+){{0,4}},[ \t]++({name})")
        self.weights: dict[str, int] = {}
        for group in rules["locatives"]:
            for word in group["words"]:
                self.weights[word] = group["weight"]
        locs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(self.weights, key=len, reverse=True))
        nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules["place_nouns"], key=len, reverse=True))
        self.pattern = re.compile(
            rf"(?<![\w-])(?P<loc>(?i:{locs}))\s+(?P<nouns>(?:(?i:{nouns})\s+){{0,3}})(?P<name>{name})")
        self.joinable = {w: w[:1].upper() + w[1:] for w in rules["joinable_nouns"]}
        self.joinable["kab."] = "Kabupaten"
        self.street_words = frozenset(w.lower() for w in rules["street_words"])
        self.place_words = frozenset(w.lower() for w in rules["place_words"])
        self.content_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, rules["content_markers"])) + r")(?![\w-])",
                                     re.IGNORECASE)
        self.content_types = frozenset(rules["content_types"])
        self.content_gap = int(rules["content_gap"])
        self.person_words = frozenset(rules["person_words"])
        self.content_acts = frozenset(rules["content_acts"])
        self.setting_re = re.compile(r"[ \t]*+,?[ \t]*+(?:pada[ \t]++)?(?:" + "|".join(map(re.escape, rules["setting_days"]))
                                     + r")(?![\w-])")
        self.dateline_chars = int(rules["dateline_chars"])
        self.dateline_precision: dict[str, str] = rules["dateline_precision"]
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load()
        return self._gazetteer

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        persons = sorted((m.start, m.end) for m in doc.mentions if m.type == "PER")
        person_starts = [p[0] for p in persons]
        found = [self._event_places(doc, event, self._in_clause(doc, event, persons, person_starts))
                 for event in doc.events]
        dateline = self._dateline(doc)
        context: set[str] = set()
        if dateline is not None:
            context.add(dateline[0].admin1 or "")
        for places in found:
            for place in places:
                if place.forms == 1:
                    context.add(place.entry.admin1 or "")
        context.discard("")
        countries = {p.entry.country for places in found for p in places}
        use_dateline = dateline is not None and countries <= {dateline[0].country}
        events = []
        for event, places in zip(doc.events, found):
            place = None
            if not places and event.location:
                entries = self.gazetteer.lookup(event.location)  # the coder's "di X" (an argument it typed LOC)
                if entries:
                    # the occurrence the coder read: the one after "di" (not "Gubernur DKI Jakarta" before it)
                    found = re.search(r"(?<![\w-])[Dd]i\s+(?:\S+\s+){0,4}?(" + re.escape(event.location) + ")",
                                      doc.text[event.start:event.end])
                    if found is not None and not self._describes_person(
                            doc, event, event.start + found.start(), event.trigger.lower().split()):
                        places = self._event_places(doc, event, [_Found(
                            entries[0], event.location, event.start + found.start(1), 3, "di", len(entries),
                            event.start + found.start())])
            if places:
                best = self._best(doc, event, places)
                entry = best.entry
                if best.forms > 1 and context:
                    entry = self.gazetteer.find(best.text, context) or entry
                place = _place(entry, best.text, entry.precision, "clause")
            elif use_dateline:
                entry, text = dateline
                place = _place(entry, text, self.dateline_precision.get(entry.precision, entry.precision), "dateline")
            events.append(dataclasses.replace(event, place=place) if place is not None else event)
        doc.events = events
        return doc

    def _in_clause(self, doc: Document, event: Event, persons, person_starts) -> list[_Found]:
        out = []
        trigger_words = event.trigger.lower().split()
        for match in self.pattern.finditer(doc.text, event.start, event.end):
            found = self._resolve(doc.text, match)
            if found is None:
                continue
            entry, text, start, forms = found
            i = bisect_right(person_starts, start) - 1
            if i >= 0 and persons[i][0] <= start < persons[i][1]:
                continue  # a person's name ("Budi Kairo")
            loc = " ".join(match.group("loc").lower().split())
            if self._describes_person(doc, event, match.start(), trigger_words):
                continue  # "pria yang tumbuh besar di Italia": who a person is, not where the event was
            if self.weights.get(loc, 1) == 1 and entry.level == "country":
                continue  # "dukungan dari Amerika Serikat": who gives, not where
            weight = self.weights.get(loc, 1)
            out.append(_Found(entry, text, start, weight, loc, forms, match.start()))
            end = start + len(text)
            while (more := self.list_re.match(doc.text, end, event.end)) is not None:  # "ke Yordania dan Arab Saudi"
                listed = self._run(more.group(1), more.start(1), None)
                if listed is None or listed[2] != more.start(1):
                    break
                if not (listed[0].country == entry.country and _LEVELS[listed[0].level] > _LEVELS[entry.level]):
                    out.append(_Found(listed[0], listed[1], listed[2], weight, loc, listed[3], match.start()))
                # else "di Doha, Qatar": the coarser place that holds it, no list
                end = listed[2] + len(listed[1])
        return out

    def _describes_person(self, doc: Document, event: Event, at: int, trigger_words: list[str]) -> bool:
        """Whether a locative phrase at `at` follows a word that describes a person (rules.yaml `person_words`)."""
        before = doc.text[max(event.start, at - 24):at].lower().split()[-2:]
        return any(w in self.person_words and w not in trigger_words for w in before)

    def _event_places(self, doc: Document, event: Event, places: list[_Found]) -> list[_Found]:
        """The places of the event itself: not those of what it is about (see rules.yaml `content_markers`)."""
        if not places:
            return places
        at = doc.text.find(event.trigger, event.start, event.end)
        if at < 0:
            return places
        after = at + len(event.trigger)
        content = event.type in self.content_types and not any(
            w in self.content_acts for w in event.trigger.lower().split())
        quote = next((q for q in doc.quotes if q.start <= at < q.end), None)

        def own(p: _Found) -> bool:
            if p.start < after or self.setting_re.match(doc.text, p.start + len(p.text)):
                return True
            if quote is not None and not quote.start <= p.start < quote.end:
                return True  # the frame of the quote ("..., kata X di Kairo"): see below
            begins = p.at if p.at >= 0 else p.start
            if self.content_re.search(doc.text, after, begins):
                return False
            # a request, offer, promise, approval...: a place right after the trigger is the act's ("sepakat di
            # Kairo"); one past the object is the object's ("setuju pembangunan kampung di Makkah")
            return not content or len(doc.text[after:begins].split()) <= self.content_gap

        places = [p for p in places if own(p)]
        if quote is not None and quote.speaker != event.source:
            # "..., dia mendukungnya," kata X kepada wartawan di Tel Aviv: where X spoke, not where the
            # reported event happened (unless the speaker is the event's source: the statement is the act)
            places = [p for p in places if quote.start <= p.start < quote.end]
        return places

    def _resolve(self, text: str, match: re.Match) -> tuple[Entry, str, int, int] | None:
        """The gazetteer entry a locative phrase names (see the module docstring, step 1), made finer by an
        apposition ("di ibu kota Qatar, Doha"; "di KPK, Jakarta": the body's place)."""
        nouns = list(re.finditer(r"\S+", match.group("nouns")))
        noun = (match.start("nouns") + nouns[-1].start(), nouns[-1].group()) if nouns else None
        found = self._run(match.group("name"), match.start("name"), noun)
        after = self.apposition_re.match(text, match.end("name"))
        if after is not None and (found is None or found[0].level == "country"):
            finer = self._run(after.group(1), after.start(1), None)
            if finer is not None and (found is None or (finer[0].country == found[0].country
                                                        and finer[0].level != "country")):
                return finer
        return found

    def _run(self, run: str, base: int, noun: tuple[int, str] | None) -> tuple[Entry, str, int, int] | None:
        """The longest form that starts a capitalised run, when the words after it are place words or
        a place themselves ("Gaza Utara", "Doha Qatar"; not "Palang Merah Internasional", a body's name);
        else, not a country, the longest form that ends it ("Pengadilan Negeri Jakarta Selatan")."""
        gaz = self.gazetteer
        words = [(m.start() + base, m.group()) for m in re.finditer(r"\S+", run)]
        prefix = self.joinable.get(noun[1].lower()) if noun else None
        for n in range(min(len(words), gaz.max_words), 0, -1):
            form = " ".join(w for _, w in words[:n])
            rest = [w for _, w in words[n:]]
            found = None
            if prefix:  # "di kota Bekasi": "Kota Bekasi", written "kota Bekasi"
                entries = gaz.lookup(f"{prefix} {form}")
                if entries:
                    found = entries[0], f"{noun[1]} {form}", noun[0], len(entries)
            if found is None:
                entries = gaz.lookup(form)
                if entries:
                    found = entries[0], form, words[0][0], len(entries)
            if found is not None and (not rest or self._within(found[0], rest)):
                return found
        if words[0][1].lower() in self.street_words:
            return None  # "di Jalan Kertanegara": a street, named after a place elsewhere
        for i in range(1, len(words)):
            form = " ".join(w for _, w in words[i:])
            entries = gaz.lookup(form)
            # a body's or building's name ending in a place: an Indonesian region or a name of two words or more
            # ("Kantor Gubernur Bali", "Pengadilan Negeri Jakarta Selatan"); not one foreign word ("Patung Kuda")
            if entries and entries[0].level != "country" and (entries[0].country == "IDN" or len(words) - i > 1):
                return entries[0], form, words[i][0], len(entries)
        if len(words) == 1 and "-" in words[0][1]:  # "Bojonegara-Puloampel": two places joined, the first
            first = words[0][1].split("-")
            if all(p[:1].isupper() for p in first):
                entries = gaz.lookup(first[0])
                if entries and entries[0].level != "country":
                    return entries[0], first[0], words[0][0], len(entries)
        return None

    def _within(self, entry: Entry, rest: list[str]) -> bool:
        """Whether the words after a place's name in its run still say where it is: place words ("Gaza
        Utara") or a coarser place that holds it ("Doha Qatar"). Else the run is a longer name: a person's
        ("Siman Bahar"), a body's ("Palang Merah Internasional") or a region's ("Amerika Latin")."""
        if all(w.lower() in self.place_words for w in rest):
            return True
        rank = _LEVELS.get(entry.level, 0)
        return any(e.country == entry.country and _LEVELS.get(e.level, 0) > rank
                   for e in self.gazetteer.lookup(" ".join(rest)))

    def _best(self, doc: Document, event: Event, places: list[_Found]) -> _Found:
        strong = [p for p in places if p.weight > 1] or places
        target = doc.actors.get(event.target) if event.target else None
        if target is not None and target.country and len(strong) > 1:
            # "kunjungan ke Yordania dan Arab Saudi": the event with Saudi Arabia is in Saudi Arabia
            own = [p for p in strong if p.entry.country == target.country]
            strong = own or strong
        at = doc.text.find(event.trigger, event.start, event.end)
        trigger = at if at >= 0 else event.start
        end = trigger + len(event.trigger)

        def distance(p: _Found) -> int:  # from the trigger to the locative phrase, either side
            begins = p.at if p.at >= 0 else p.start
            return begins - end if begins >= end else max(0, trigger - (p.start + len(p.text)))

        return min(strong, key=distance)

    def _dateline(self, doc: Document) -> tuple[Entry, str] | None:
        head = doc.text[:self.dateline_chars]
        for match in _DATELINE.finditer(head):
            name = match.group("name").strip(" .,")
            entry = self.gazetteer.find(name)
            if entry is not None:
                return entry, name
        return None


def _place(entry: Entry, text: str, precision: str, basis: str) -> Place:
    return Place(name=entry.name, text=text, country=entry.country, precision=precision, basis=basis,
                 geonames_id=entry.geonames_id, lat=entry.lat, lon=entry.lon, admin1=entry.admin1)
