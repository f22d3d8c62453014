"""Modality, negation and date of a coded event, from the words around its trigger.

Cue words are data (`resources/id/modality.yaml`). Precedence when several cues
apply: hypothetical > expected > planned > reported > asserted, because a
condition or a forecast qualifies a plan, and a plan reported by someone is still
a plan to the analyst. Questions ("Apakah Israel akan menyerang?", "tahanan mana
yang bisa dibebaskan") and conditionals are hypothetical: they assert nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from ..document import Document, Timex
from ..language.alternation import phrase_alternation
from ..language.timexes import (EXPLICIT_RULES, chronology_span, incident_day, latest_date, narrative_reference,
                                past_span, report_floor, report_window, previous_span, since_past_span, statement_day,
                                statement_tagged, cited_day)
from ..resources import load_data
from .arguments import SentenceView, words_between


SINCE = re.compile(r"\s*sejak\s+(?:hari\s+|tanggal\s+)?")
TEMPORAL = re.compile(r"\s*(?:sejak|selama|pada)\b")
# A relative clause in the passive or ter- voice describes the event itself
# ("serangan yang dilakukan militan pada 7 Oktober 2023", "ledakan yang terjadi Senin"),
# so a time expression inside it dates the event.
RELATIVE_EVENT = re.compile(r"\s*yang\s+(?:di|ter)[a-z]+\b")
# Punctuation that closes a topic complement before a date.
TOPIC_CLOSE = re.compile(r"[,;:\"\u201c\u201d]")
# What closes a case noun's complement before a year (a comma does not: "..., periode 2008-2022").
CASE_CLOSE = re.compile(r"[;:\"\u201c\u201d]")
# A sentence stop between a trigger and a question mark ("." inside "Rp 1.000" is none).
STOP = re.compile(r"!|\.(?!\w)")


WORD = re.compile(r"\w+")
# A quote closed after its punctuation: the words after it are the speech tag ('..., jika perlu," kata X saat
# bertemu Y'), and a condition or a question inside the quote is not the tag's.
CLOSE_QUOTE = re.compile(r"[,.!?][\"\u201d]")
# The comma or semicolon that may close a condition before its main clause.
CLAUSE_COMMA = re.compile(r"[,;]")
QUOTE_MARKS = "\"\u201d\u201c"
# What stops a modal cue from carrying over a coordinated verb: punctuation between ("mencoba meredakan
# situasi: Presiden ... memerintahkan ...").
CUE_BARRIER = re.compile(r"[,;:()\"\u201c\u201d]")
NEAR_BARRIER = re.compile(r"[;:()\"\u201c\u201d]")


def _alternation(words) -> str:
    return phrase_alternation(words, spaces=r"\ ")  # longest first, as a trie (language/alternation.py)


def _ending(words) -> re.Pattern | None:
    """A pattern for one of `words` ending the text searched (trailing punctuation allowed)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})\W*$") if words else None


def _first_after(timexes: list[Timex], base: int, pos: int) -> Timex | None:
    after = [t for t in timexes if t.start - base >= pos and t.value is not None]
    return min(after, key=lambda t: t.start) if after else None


@dataclass(frozen=True, slots=True)
class DateGuess:
    date: date | None
    date_end: date | None
    precision: str
    rule: str
    time: str | None = None  # the timex's time of day ("14:00"), where it gives one


class ModalityReader:
    """Reads modality, negation and the date of an event from its sentence."""

    def __init__(self, data: dict):
        self.window = int(data.get("window", 4))
        self.cues = {name: frozenset(words) for name, words in data["modality"].items()}
        self.negation = frozenset(data["negation"]["words"])
        self.negation_window = int(data["negation"].get("window", 2))
        self.negation_skip = frozenset(data["negation"].get("skip", ()))
        self.negation_modifiers = frozenset(data["negation"].get("modifiers", ()))
        self.reported = frozenset(data["reported_cues"])
        self.conditional = frozenset(data["conditional"])
        self.condition_closers = frozenset(data.get("condition_closers", ()))
        self.kalau_that_after = frozenset(data.get("complementizer_kalau_after", ()))
        that = data.get("complementizer_jika", {})
        self.jika_that = frozenset(that.get("words", ()))
        self.jika_that_after = frozenset(that.get("after", ()))
        self.jika_that_window = int(that.get("window", 1))
        self.jika_saying = frozenset(data.get("complementizer_jika_saying", ()))
        self.topic_after = frozenset(data.get("topic_after_conditional", ()))
        reporting = load_data("id/reporting_verbs.yaml")
        tags = [w for w in (*reporting["after"], *reporting.get("after_quote_only", ())) if " " not in w]
        # "..., jika X sudah datang," kata Y / ..., ujarnya: a speech tag, not a main clause
        self.speech_tags = frozenset([*tags, *(w + "nya" for w in tags)])
        possibility = data.get("possibility", {})
        self.possible = frozenset(possibility.get("words", ()))
        self.possible_window = int(possibility.get("window", 2))
        self.achieved = frozenset(possibility.get("achieved_before", ()))
        opened = data.get("open_possibility", {})
        self.open_cues = frozenset(opened.get("cues", ()))
        self.opened_by = frozenset(opened.get("opened_by", ()))
        self.purpose_words = frozenset(data.get("complement", ()))
        grounds = data.get("grounds", {})
        self.grounds = frozenset(grounds.get("nouns", ()))
        self.grounds_gap = int(grounds.get("gap", 3))
        self.grounds_reach = int(grounds.get("reach", 4))
        self.condition_content = frozenset(data.get("condition_content_types", ()))
        wish = data.get("wish", {})
        self.wish = frozenset(wish.get("words", ()))
        self.wish_performative = frozenset(wish.get("performative_types", ()))
        self.wish_window = int(wish.get("window", self.window))
        self.conditional_modals = frozenset(data.get("conditional_modals", ()))
        content = data.get("request_content", {})
        self.request_verbs = frozenset(content.get("verbs", ()))
        self.request_window = int(content.get("window", 6))
        self.request_not_types = frozenset(content.get("keep_types", ()))
        self.request_sequence = frozenset(content.get("sequence", ()))
        self.request_not_before = frozenset(content.get("not_before", ()))
        self.precondition_openers = frozenset(data.get("precondition_openers", ()))
        denial = data.get("denial", {})
        self.denial_verbs = frozenset(denial.get("verbs", ()))
        self.denial_markers = frozenset(denial.get("markers", ()))
        self.denial_window = int(denial.get("window", 12))
        proposal = data.get("proposal_content", {})
        self.proposal_nouns = frozenset(proposal.get("nouns", ()))
        self.proposal_verbs = frozenset(proposal.get("verbs", ()))
        self.proposal_frames = frozenset(w for f in proposal.get("frames", ()) for w in f.split()[-1:])
        self.proposal_keep = frozenset(proposal.get("keep_types", ()))
        self.proposal_window = int(proposal.get("window", 10))
        self.attempts = frozenset(proposal.get("attempts", ()))
        self.goals = frozenset(proposal.get("goals", ()))
        self.deadlines = frozenset(proposal.get("deadlines", ()))
        self.given_time = frozenset(proposal.get("given_time", ()))
        self.giving = frozenset(proposal.get("giving", ()))
        self.deadline_window = int(proposal.get("deadline_window", 6))
        question = data.get("question", {})
        self.question_words = frozenset(question.get("words", ()))
        self.which = question.get("which")
        self.which_not_after = frozenset(question.get("which_not_after", ()))
        self.which_window = int(question.get("which_window", 6))
        self.asking = frozenset(question.get("asking", ()))
        self.alleged = frozenset(data.get("alleged_before", ()))
        self.reported_before = frozenset(data.get("reported_before", ()))
        coordinated = data.get("coordinated_cues", {})
        self.coordinators = frozenset(coordinated.get("coordinators", ()))
        self.carriers = self.coordinators | frozenset(coordinated.get("purposes", ()))
        self.coordinated_window = int(coordinated.get("window", 12))
        self.perfect = frozenset(data["perfect"])
        elaborators = data.get("elaborators", {})
        # "..., salah satunya bekerja sama dengan X": an item announced right before the trigger
        self.elaborator = (re.compile(rf"(?<!\w)(?:{_alternation(elaborators['words'])})\s*[,:]?\s*$")
                           if elaborators.get("words") else None)
        self.elaborated_window = int(elaborators.get("window", 10))
        ahead = data.get("noun_ahead", {})
        self.schedule = frozenset(ahead.get("schedule", ()))
        self.noun_window = int(ahead.get("window", 8))
        self.noun_stop = frozenset(ahead.get("stop", ()))
        self.ahead_preps = frozenset(ahead.get("ahead_prepositions", ()))
        self.until_preps = frozenset(ahead.get("until_prepositions", ()))
        self.occurrence = frozenset(load_data("id/clauses.yaml").get("occurrence_verbs", ()))
        factual = data.get("factual_condition", {})
        self.factual = (re.compile(rf"(?<!\w)(?:{_alternation(factual['words'])})(?!\w)") if factual.get("words") else None)
        self.factual_not = frozenset(factual.get("not_with", ()))
        self.factual_window = int(factual.get("window", 6))
        words = "|".join(re.escape(w) for w in load_data("id/time.yaml")["subordinators"])
        self.subordinate = re.compile(rf"(?<!\w)(?:{words})(?!\w)")
        self.subordinators = frozenset(load_data("id/time.yaml")["subordinators"]) - frozenset(
            load_data("id/time.yaml").get("since_words", ()))
        time = load_data("id/time.yaml")
        topic = "|".join(re.escape(w) for w in time.get("topic_prepositions", ()))
        nouns = "|".join(re.escape(w) for w in sorted(time.get("event_nouns", ()), key=len, reverse=True))
        # "atas serangan rudal Israel": a topic preposition, then an event noun within two words
        self.topic_event = re.compile(rf"(?<!\w)(?:{topic})\s+(?:\S+\s+){{0,2}}?(?:{nouns})(?!\w)")
        asked = time.get("requested_event", {})
        self.requested = re.compile(
            rf"(?:{_alternation(asked['triggers'])})\s+(?:\S+\s+){{0,{int(asked.get('reach', 2))}}}?"
            rf"(?:{_alternation(asked['nouns'])})(?!\w)") if asked.get("triggers") and asked.get("nouns") else None
        self.requested_ahead = re.compile(rf"(?<!\w)(?:{_alternation(asked.get('ahead', ()))})(?!\w)") \
            if asked.get("ahead") else None
        links = "|".join(re.escape(w) for w in sorted(time.get("role_links", ()), key=len, reverse=True))
        self.role_link = re.compile(rf"(?<!\w)(?:{links})(?!\w)") if links else None
        cases = "|".join(re.escape(w) for w in sorted(time.get("case_nouns", ()), key=len, reverse=True))
        self.case_noun = re.compile(rf"(?<!\w)(?:{cases})(?!\w)") if cases else None
        self.verb_prefix = re.compile("(?:%s)" % "|".join(map(re.escape, time.get("verb_prefixes", ()))) or "(?!)")
        self.nominal_words = frozenset(time.get("nominal_words", ()))
        dashes = "".join(re.escape(d) for d in time.get("aside_dashes", ()))
        self.dash = re.compile(rf"\s[{dashes}]\s") if dashes else None
        cues = "|".join(re.escape(w) for w in sorted(time.get("citation_cues", ()), key=len, reverse=True))
        self.citation = re.compile(rf"(?<!\w)(?:{cues})(?!\w)[^;\"\u201c\u201d.]*$") if cues else None
        self.citation_window = int(time.get("citation_window", 40))
        self.when_openers = frozenset(time.get("when_openers", ()))
        cues = "|".join(re.escape(w) for w in sorted(time.get("background_cues", ()), key=len, reverse=True))
        self.background = re.compile(rf"(?<!\w)(?:{cues})(?!\w)") if cues else None
        self.background_since = frozenset(time.get("background_since", ()))
        cues = "|".join(re.escape(w) for w in sorted(time.get("alleged_past", ()), key=len, reverse=True))
        self.alleged_past = re.compile(rf"(?<!\w)(?:{cues})(?!\w)") if cues else None
        self.background_since_window = int(time.get("background_since_window", 4))
        self.fronted_time = frozenset(time.get("fronted_time_openers", ()))
        documents = time.get("document_dates", {})
        dated_words = list(documents.get("dated_words", ())) + list(documents.get("markers", ()))
        self.document_marker = _ending(documents.get("markers", ()))
        if documents.get("nouns") and dated_words:
            nouns, dated = _alternation(documents["nouns"]), _alternation(dated_words)
            # "surat keterangan Nomor 12 tgl": the noun, up to `window` words without a comma or "pada", the word
            self.document_dated = re.compile(
                rf"(?<!\w)(?:{nouns})(?!\w)(?:\s+(?!pada\b)[^\s,;:\"\u201c\u201d]+){{0,{int(documents.get('window', 8))}}}?"
                rf"\s+(?:{dated})\W*$")
        else:
            self.document_dated = None
        self.dated_words = frozenset(dated_words)
        self.instruments = frozenset(documents.get("instruments", ()))
        cues = time.get("indictment_cues", ())
        self.indictment = re.compile(rf"(?<!\w)(?:{_alternation(cues)})(?!\w)") if cues else None
        self.attributed = frozenset(time.get("attributed_passives", ()))
        words = time.get("trial_words", ())
        self.trial = re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)") if words else None
        self.attributed_window = int(time.get("attributed_window", 2))
        self.claim_window = int(time.get("claim_window", 6))
        self.statement_day = frozenset(time.get("statement_day_triggers", ()))
        self.perfect_lookahead = int(time.get("perfect_lookahead", 2))
        self.claim_story_reach = int(time.get("claim_story_reach", 0))
        self.prior_openers = frozenset(time.get("prior_openers", ()))
        act = time.get("coreferent_act", {})
        self.lead_sentences = int(act.get("lead_sentences", 0))
        self.stem_prefixes = tuple(sorted(act.get("prefixes", ()), key=len, reverse=True))
        self.stem_suffixes = tuple(sorted(act.get("suffixes", ()), key=len, reverse=True))
        self.outer_suffixes = tuple(sorted(act.get("outer_suffixes", ()), key=len, reverse=True))
        self.min_stem = int(act.get("min_stem", 5))
        self.verb_noun_suffixes = [tuple(pair) for pair in act.get("verb_noun_suffixes", ())]
        self.coreferent_reach = int(act.get("reach", 60))
        self.coreferent_after = int(act.get("after_reach", 0))
        self.coreferent_ahead = int(act.get("ahead", 0))
        self.noun_prefixes = tuple(act.get("noun_prefixes", ()))
        self.noun_suffixes = tuple(act.get("noun_suffixes", ()))
        self.possessed_suffixes = tuple(act.get("possessed_suffixes", ()))
        self.synonym_groups = [tuple(dict.fromkeys(f for w in group for f in self._forms(w)))
                               for group in act.get("synonyms", ())]
        self.act_anaphors = frozenset(act.get("anaphors", ()))
        recap = act.get("recap_openers", ())
        self.recap_opener = re.compile(rf"^\W*(?:{_alternation(recap)})\s*,") if recap else None
        self.since_perfect = frozenset(act.get("since_perfect", ()))
        self.since_perfect_window = int(act.get("since_perfect_window", 3))
        self.light_verbs = frozenset(w for w in load_data("id/triggers.yaml").get("light_verbs", ()) if " " not in w)
        self.ahead_words = frozenset(time.get("future_cues", ()))
        self.dayless = frozenset(time.get("dayless_deictics", ()))
        speech = load_data("id/reporting_verbs.yaml")
        # "JPU membeberkan bahwa ...": the words that put a claim between its teller and the act
        self.saying = frozenset(self.reported) | frozenset(
            w for key in ("before", "before_direct_only") for w in speech.get(key, ()) if " " not in w) | frozenset(
            time.get("claim_verbs", ()))

    def _words_before(self, view: SentenceView, start: int, clause_start: int) -> list[str]:
        return [w for w, _ in words_between(view, clause_start, start)]

    def modality(self, view: SentenceView, trigger_start: int, clause_start: int, kind: str | None = None,
                 noun: bool = False) -> str:
        """`kind` is the event's type: a threat's condition is its content (`condition_content_types`),
        and a wish to perform a speech act performs it (`wish.performative_types`). `noun`: the trigger is a
        noun, whose own predicate may stand after it ("Demo buruh itu dijadwalkan berlangsung")."""
        words = [w for _, _, w, _ in view.words]
        last = bisect_left(view.starts, trigger_start)
        first = self._scope_start(view, trigger_start)
        sentence_before = words[:last]
        content = kind in self.condition_content
        if content:
            conditional = self._conditional_in_clause(view, words, trigger_start)
        else:
            conditional = any(self._conditional_at(view, words, i) and not self._condition_closed(view, words, i, last)
                              for i in range(first, last))
        if conditional or self._question(view, words, trigger_start, first, last):
            return "hypothetical"
        # a cue before a colon, a semicolon or a quote mark is another sentence's ("mencoba bertahan: X bertemu Y")
        barrier = None
        for barrier in NEAR_BARRIER.finditer(view.text, clause_start, trigger_start):
            pass
        near = self._words_before(view, trigger_start, clause_start if barrier is None else barrier.end())[-self.window:]
        if self._wished(view, trigger_start, clause_start, negated=kind in self.wish_performative):
            return "hypothetical"  # "berharap dapat bertemu X", "berharap tidak lagi meminta ...": a wish is no act
        if kind not in self.request_not_types and self._requested(view, trigger_start, clause_start):
            return "hypothetical"  # "meminta warga mendukung pemda": what is asked for is not done
        governed = self._precondition(view, words, clause_start)
        if governed is not None:
            return governed  # "perlu dipastikan sehat sebelum ditahan": the detention is not yet made
        if self._proposal_content(words, last, kind):
            return "hypothetical"  # "usulan itu mencakup pembebasan ...", "berupaya mencapai kesepakatan"
        # a call made with a modal of obligation ("..., para akademisi harus hadir") is no obligation's object
        deontic = last < len(words) and words[last] in self.cues.get("hypothetical", ())
        if any(w in self.open_cues and i and near[i - 1] in self.opened_by for i, w in enumerate(near)):
            return "hypothetical"  # "tidak menutup kemungkinan menerima tawaran": a possibility left open
        for name in ("hypothetical", "expected", "planned"):
            if not (deontic and name == "hypothetical") and any(w in self.cues.get(name, ()) for w in near):
                if name != "hypothetical" and not content and self._conditional_after(view, words, trigger_start):
                    return "hypothetical"
                return name
        clause_first = bisect_left(view.starts, clause_start)
        carried = self._coordinated_cue(view, words, clause_first, last, trigger_start)
        if carried is not None and not (deontic and carried == "hypothetical"):
            return carried  # "akan melakukan pengecekan dan melakukan penyelidikan"
        elaborated = self._elaborated(view, words, trigger_start)
        if elaborated is not None:
            return elaborated  # "akan mencoba menstabilkan harga, antara lain bekerja sama dengan X"
        if noun:
            ahead = self._noun_ahead(view, words, last, clause_first)
            if ahead is not None:
                return ahead  # "Demo itu dijadwalkan berlangsung ...", "menjelang pertemuan X dan Y"
        if self._possible(words, clause_first, last) or self._on_grounds(view, words, clause_first, last, trigger_start):
            return "hypothetical"  # "bisa ditolak oleh X": what could happen has not
        # "Pemda dapat mengecek ..., hingga memberlakukan sanksi apabila ...": a modal anywhere before the
        # trigger in its clause, with a condition after it
        if (not content and any(w in self.conditional_modals for w in words[clause_first:last])
                and self._conditional_after(view, words, trigger_start)):
            return "hypothetical"
        if ("bahwa" in sentence_before or self._that_kalau(view, words, last)
                or any(w in self.alleged or w in self.reported_before for w in sentence_before)
                or any(w in self.reported for w in words)):
            return "reported"
        return "asserted"

    def _cue_back(self, words: list[str], first: int, last: int) -> str | None:
        """The modality of the nearest planned, expected or hypothetical cue in words[first:last], read
        backwards; None at a perfect marker or without a cue."""
        for j in range(last - 1, first - 1, -1):
            if words[j] in self.perfect:
                return None
            for name in ("hypothetical", "expected", "planned"):
                if words[j] in self.cues.get(name, ()):
                    return name
        return None

    def _elaborated(self, view: SentenceView, words: list[str], trigger_start: int) -> str | None:
        """An item of a plan announced right before the trigger ("..., salah satunya bekerja sama dengan
        X", modality.yaml `elaborators`): the modality of a cue in the words before the announcing words."""
        if self.elaborator is None:
            return None
        found = self.elaborator.search(view.low, max(0, trigger_start - 40), trigger_start)
        if found is None:
            return None
        begin = 0
        for barrier in NEAR_BARRIER.finditer(view.text, 0, found.start()):
            begin = barrier.end()
        first, last = bisect_left(view.starts, begin), bisect_left(view.starts, found.start())
        return self._cue_back(words, max(first, last - self.elaborated_window), last)

    def _noun_ahead(self, view: SentenceView, words: list[str], last: int, clause_first: int) -> str | None:
        """A noun trigger that looks ahead (modality.yaml `noun_ahead`): its own predicate after it is
        scheduled ("dijadwalkan berlangsung"), or a preposition of time before it looks ahead."""
        if last > 0 and words[last - 1] in self.ahead_preps:
            return "planned"
        if last > 0 and words[last - 1] in self.until_preps:
            return self._cue_back(words, clause_first, last - 1)
        end = min(len(words), last + self.noun_window)
        for j in range(last + 1, end):
            word = words[j]
            if word in self.perfect or word in self.noun_stop or CUE_BARRIER.search(view.text, view.words[j - 1][1], view.words[j][0]):
                return None
            for name in ("expected", "planned"):
                if word in self.cues.get(name, ()) and (
                        word in self.schedule or any(w in self.occurrence for w in words[j + 1:j + 3])):
                    return name
        return None

    @staticmethod
    def _scope_start(view: SentenceView, trigger_start: int) -> int:
        """The index of the first word after the last closing quote before the trigger: a condition or a
        question before it is the quoted speech's, not the speech tag's that holds the trigger."""
        closed = None
        for closed in CLOSE_QUOTE.finditer(view.text, 0, trigger_start):
            pass
        return 0 if closed is None else bisect_left(view.starts, closed.end())

    def _conditional_at(self, view: SentenceView, words: list[str], i: int) -> bool:
        """Whether words[i] opens a condition: a conditional conjunction that means neither "that"
        nor "as for" ("kalau soal anggaran, ...")."""
        if words[i] not in self.conditional:
            return False
        if i + 1 < len(words) and words[i + 1] in self.topic_after:
            return False
        if self._factual_condition(view, words, i):
            return False
        return not self._is_that(view, words, i)

    def _condition_closed(self, view: SentenceView, words: list[str], i: int, last: int) -> bool:
        """Whether a clause of another kind opens after a comma between the condition at words[i] and the
        trigger at words[last] ("Kalau ..., silakan ..., karena ... semua warga harus patuh": the condition
        governs the request to leave, not the reason after "karena"; `condition_closers`)."""
        for j in range(i + 2, last):
            if words[j] in self.condition_closers and "," in view.text[view.words[j - 1][1]:view.words[j][0]]:
                return True
        return False

    def _factual_condition(self, view: SentenceView, words: list[str], i: int) -> bool:
        """"kalau hasilnya seperti ini", "kalau dulu ...": a time past or the present situation within
        `factual_condition.window` words after the conjunction, before a comma, makes it "when", not "if"."""
        if self.factual is None:
            return False
        end = min(len(words), i + 1 + self.factual_window)
        stop = CLAUSE_COMMA.search(view.text, view.words[i][1])
        limit = view.words[end - 1][1] if end > i + 1 else view.words[i][1]
        if stop is not None:
            limit = min(limit, stop.start())
        if not self.factual.search(view.low, view.words[i][1], limit):
            return False
        return not any(w in self.factual_not for w, (s, _e) in zip(words[i + 1:end], (x[:2] for x in view.words[i + 1:end]))
                       if s < limit)

    def _is_that(self, view: SentenceView, words: list[str], i: int) -> bool:
        """Colloquial "kalau" right after a verb of saying or knowing means "that"; so do "jika",
        "apabila" shortly after a verb of finding or knowing ("terbukti jika", "mengetahui jika"), and
        after a verb of saying when no main clause follows their clause ("mengatakan jika polisi telah
        meminta ...", not "mengatakan jika X menyerang, Y akan membalas")."""
        if words[i] == "kalau" and i > 0 and words[i - 1] in self.kalau_that_after:
            return True
        if words[i] not in self.jika_that:
            return False
        before = words[max(0, i - self.jika_that_window):i]
        if any(w in self.jika_that_after for w in before):
            return True
        return any(w in self.jika_saying for w in before) and not self._main_clause_after(view, i)

    def _main_clause_after(self, view: SentenceView, i: int) -> bool:
        """Whether a comma or semicolon after the word at `i` opens a main clause: any word but a speech
        tag ('..., jika X sudah datang," kata Y', '..., ujarnya') and not a closing quote."""
        comma = CLAUSE_COMMA.search(view.text, view.words[i][1])
        if comma is None:
            return False
        rest = view.low[comma.end():]
        if rest[:1] in QUOTE_MARKS:
            return False
        word = WORD.search(rest)
        return word is not None and word.group() not in self.speech_tags

    def _coordinated_cue(self, view: SentenceView, words: list[str], clause_first: int, last: int,
                         trigger_start: int) -> str | None:
        """The modality of a cue further back in the clause that a coordinator carries over to the
        trigger ("akan datang ke X dan bertemu Y"): no comma and no perfect marker between."""
        joined = False
        for j in range(last - 1, max(clause_first, last - self.coordinated_window) - 1, -1):
            word = words[j]
            if word in self.perfect:
                return None
            if word in self.carriers:
                joined = True
                continue
            if not joined:
                continue
            for name in ("hypothetical", "expected", "planned"):
                if word in self.cues.get(name, ()):
                    between = view.text[view.words[j][1]:trigger_start]
                    return None if CUE_BARRIER.search(between) else name
        return None

    def _on_grounds(self, view: SentenceView, words: list[str], clause_first: int, last: int, trigger_start: int) -> bool:
        """Grounds or room to act before the trigger ("punya dasar untuk melakukan penolakan"): a noun of
        `grounds`, "untuk" within `grounds.gap` words after it, the trigger within `grounds.reach` words
        after that, and no comma between."""
        for j in range(last - 1, max(clause_first, last - self.grounds_reach - 1) - 1, -1):
            if words[j] != "untuk":
                continue
            for k in range(j - 1, max(clause_first, j - self.grounds_gap - 1) - 1, -1):
                if words[k] in self.grounds:
                    return CLAUSE_COMMA.search(view.text, view.words[k][1], trigger_start) is None
            return False
        return False

    def _possible(self, words: list[str], clause_first: int, last: int) -> bool:
        """A modal of possibility within `possibility.window` words before the trigger, with no
        achievement or feeling about it just before the modal ("sudah bisa", "terhormat bisa")."""
        for j in range(last - 1, max(clause_first, last - self.possible_window) - 1, -1):
            if words[j] not in self.possible:
                continue
            for k in range(j - 1, max(clause_first, j - 3) - 1, -1):
                if words[k] in self.purpose_words:
                    return True  # "untuk bisa bekerja sama": a purpose
                if words[k] in self.achieved:
                    return False
            return True
        return False

    def _wished(self, view: SentenceView, trigger_start: int, clause_start: int, negated: bool = False) -> bool:
        """A wish word within `wish.window` words before the trigger in its clause, no comma between
        ("berharap Kementerian X bisa terus bekerja sama"; not "Berharap dapat bantuan, warga mendatangi ...").
        `negated`: for a speech act that a wish performs ("ingin berterima kasih"), only a wish with a negation
        between ("berharap tidak lagi meminta ...": a wish not to have to ask)."""
        first = bisect_left(view.starts, clause_start)
        last = bisect_left(view.starts, trigger_start)
        if negated and not self.negated(view, trigger_start, clause_start):
            return False
        for start, end, word, _ in reversed(view.words[max(first, last - self.wish_window):last]):
            if negated and word in self.coordinators:
                return False  # "berharap X tak terulang dan meminta ...": a request made after the wish
            if word in self.wish:
                between = view.text[end:trigger_start]
                return "," not in between and ";" not in between
        return False

    def _proposal_content(self, words: list[str], last: int, kind: str | None) -> bool:
        """The trigger at word `last` is a term of a proposal, demand or draft, or an agreement aimed at
        (`proposal_content` in modality.yaml)."""
        if kind == "REQUEST":
            return False
        if (last >= 2 and words[last - 1] in self.goals and words[last - 2] in self.attempts) or \
                (last >= 3 and words[last - 2] in self.goals and words[last - 3] in self.attempts):
            return True  # "berupaya mencapai kesepakatan", "untuk mencapai sebuah kesepakatan"
        if last >= 2 and words[last - 1] == "untuk":
            before = words[max(0, last - 1 - self.deadline_window):last - 1]
            for i, word in enumerate(before):
                if word in self.deadlines or (word in self.given_time and self.giving.intersection(before[max(0, i - 4):i])):
                    return True  # "memberi Hamas tenggat tiga hari untuk menerima rencana itu"
        low = max(0, last - self.proposal_window)
        for j in range(last - 1, low - 1, -1):
            word = words[j]
            if word not in self.proposal_nouns and not (word.endswith("nya") and word[:-3] in self.proposal_nouns):
                continue
            if any(w in self.proposal_verbs for w in words[j + 1:last]):
                return True
            return kind not in self.proposal_keep and any(w in self.proposal_frames for w in words[max(0, j - 3):j])
        return False

    def _requested(self, view: SentenceView, trigger_start: int, clause_start: int) -> bool:
        """A verb of asking or urging within `request_content.window` words before the trigger in its
        clause, no comma, quote or verb of sequence between ("meminta masyarakat mendoakan dan mendukung
        pemda", "diminta bertemu X"): the trigger is the content of the request, not an act done."""
        first = bisect_left(view.starts, clause_start)
        last = bisect_left(view.starts, trigger_start)
        near = view.words[max(first, last - self.request_window):last]
        for i in range(len(near) - 1, -1, -1):
            word = near[i][2]
            if word in self.request_sequence:
                return False  # "meminta keterangan saksi, lalu menangkap ...": a second act
            if word in self.coordinators and (i == 0 or self.verb_prefix.match(near[i - 1][2]) is None):
                # "meminta bertemu dengan X dan sepakat ...": the main verb's second act; only verbs of the
                # content are joined ("meminta warga mendoakan dan mendukung ...")
                return False
            if word in self.request_verbs:
                following = near[i + 1][2] if i + 1 < len(near) else ""
                return following not in self.request_not_before and \
                    CUE_BARRIER.search(view.text, near[i][1], trigger_start) is None
        return False

    def _precondition(self, view: SentenceView, words: list[str], clause_start: int) -> str | None:
        """The modality of the clause that a "sebelum"/"setelah" clause holding the trigger depends on
        ("Tersangka perlu diperiksa sebelum ditahan", "X akan dibebaskan setelah Y menyerahkan ..."): a
        hypothetical, expected or planned cue in the words before the opener, back to the last barrier."""
        opener = view.break_before(clause_start)
        if opener not in self.precondition_openers:
            return None
        opened = next((b for b, e in view.breaks if e == clause_start), None)
        if opened is None:
            return None
        # the governing clause: back to the clause break or the barrier before the opener
        begin = max((e for b, e in view.breaks if e <= opened), default=0)
        for barrier in NEAR_BARRIER.finditer(view.text, begin, opened):
            begin = barrier.end()
        before = [w for _, end, w, _ in view.words if begin <= end <= opened]
        for name in ("hypothetical", "expected", "planned"):
            if any(w in self.cues.get(name, ()) for w in before):
                return name
        return None

    def _conditional_in_clause(self, view: SentenceView, words: list[str], trigger_start: int) -> bool:
        """A conditional that the trigger itself stands in: no comma between the conjunction and the
        trigger ("jika X mengancam Y, ..."). "Jika X tidak membayar, Y mengancam ..." is a threat made,
        whose condition is its content."""
        last = bisect_left(view.starts, trigger_start)
        for i in range(last - 1, -1, -1):
            if self._conditional_at(view, words, i):
                between = view.low[view.words[i][1]:trigger_start]
                return "," not in between and ";" not in between
        return False

    def _that_kalau(self, view: SentenceView, words: list[str], last: int) -> bool:
        return any(words[i] in self.conditional and self._is_that(view, words, i) for i in range(last))

    def _conditional_after(self, view: SentenceView, words: list[str], trigger_start: int) -> bool:
        first = bisect_left(view.starts, trigger_start)
        return any(self._conditional_at(view, words, i) for i in range(first, len(words)))

    def _question(self, view: SentenceView, words: list[str], trigger_start: int, first: int, last: int) -> bool:
        """A yes-no question word before the trigger with no comma between, "X mana" (which X) just
        before it, or a question mark ending the trigger's sentence whose question word or verb of
        asking does not stand after the trigger ("meminta persetujuan, apakah ...?" is a request made)."""
        for i in range(first, last):
            if words[i] in self.question_words and CLAUSE_COMMA.search(view.text, view.words[i][1], trigger_start) is None:
                return True
        near = words[max(first, last - self.which_window):last]
        for i, word in enumerate(near):
            if word == self.which and i and near[i - 1] not in self.which_not_after:
                return True
        mark = view.text.find("?", trigger_start)
        if mark < 0 or STOP.search(view.text, trigger_start, mark) is not None:
            return False
        after = bisect_left(view.starts, trigger_start + 1)
        return not any(w in self.question_words or w in self.asking
                       for start, _, w, _ in view.words[after:] if start < mark)

    def negated(self, view: SentenceView, trigger_start: int, clause_start: int) -> bool:
        if self._denied(view, trigger_start):
            return True  # "membantah laporan bahwa X telah menyetujui ...": the act is denied
        words = self._words_before(view, trigger_start, clause_start)
        seen = 0
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if word in self.negation:
                # "orang tak dikenal menculik ...": the negation makes a modifier of the noun, "unknown"
                return index + 1 >= len(words) or words[index + 1] not in self.negation_modifiers
            if word in self.negation_skip:
                continue
            seen += 1
            if seen >= self.negation_window:
                return False
        return False

    def _denied(self, view: SentenceView, trigger_start: int) -> bool:
        """A denial verb before the trigger in its sentence whose complement holds it (`denial`)."""
        last = bisect_left(view.starts, trigger_start)
        for d in range(last - 1, max(-1, last - 1 - self.denial_window), -1):
            if view.words[d][2] not in self.denial_verbs:
                continue
            between = [w for _, _, w, _ in view.words[d + 1:last]]
            return any(w in self.denial_markers for w in between[:4]) or (
                len(between) <= 2 and all(w in self.negation_skip or w in self.perfect for w in between))
        return False

    def _fronted_perfect(self, view: SentenceView, trigger_start: int) -> bool:
        """Whether the trigger stands in a fronted phrase ("Dalam rangkaian kunjungan X bertemu Y, telah
        disepakati ...") whose main clause after the comma is perfect: the phrase shares its time."""
        first = WORD.match(view.low)
        if first is None or first.group() not in self.fronted_time:
            return False
        comma = view.low.find(",", trigger_start)
        if comma < 0 or "," in view.low[:trigger_start]:
            return False
        after = bisect_left(view.starts, comma)
        return any(w in self.perfect for _, _, w, _ in view.words[after:after + self.window])

    def perfect_before(self, view: SentenceView, trigger_start: int, clause_start: int) -> bool:
        near = self._words_before(view, trigger_start, clause_start)[-self.window:]
        return any(w in self.perfect for w in near)

    def date(self, view: SentenceView, timexes: list[Timex], trigger_start: int, clause: tuple[int, int],
             doc: Document, modality: str) -> DateGuess:
        """The event's date, from the text's own dates first (issue 18), in this order:

        1. the time expression nearest the trigger in its clause, or in a temporal or
           relative clause right after it ("sejak X" runs to the report's date);
        2. hypothetical events get no other date; planned and expected ones are dated by
           their statement through the steps below;
        3. a day named elsewhere in the sentence ("..., kata X, Senin (6/10)");
        4. a year or month that opens the story's chronology a few sentences before (`chronology_span`),
           then the narrative reference: the day the story is told at (`narrative_reference`);
        5. the report itself: the publication date, or an undated document's inferred
           window, with that window's precision, never "day".
        No asserted or reported event is dated after the last day the document can have
        been written: a date past it is a misreading and falls through to the next step.
        """
        base = view.sentence.start
        latest = latest_date(doc)
        future = modality in FUTURE_MODALITIES
        timexes = [t for t in timexes if not self._topic(view, trigger_start, t.start - base)
                   and not self._requested_event(view, trigger_start, t)
                   and not self._aside(view, trigger_start, t.start - base)
                   and not self._document_date(view, t, t.start - base)
                   and not self._case_period(view, trigger_start, t)
                   and not self._past_subordinator(view, trigger_start, t.start - base)
                   and (future or t.text.lower() not in self.ahead_words)  # "nanti" names no day an act was done
                   and t.text.lower() not in self.dayless]  # ... nor one a plan is for
        spoken = None
        if not future and self._told_past(view, trigger_start, clause):
            # '"Penyidik sudah menetapkan X tersangka," tutur Y, Selasa (21/10)': the tag dates the telling;
            # the act told as done before it is not of that day (see `spoken` below)
            tags = [t for t in timexes if t.start - base > trigger_start and t.precision == "day"
                    and t.value is not None and t.value_end is None and statement_tagged(doc, t)]
            spoken = tags[0] if tags else None
            timexes = [t for t in timexes if t not in tags]
        verb = self._verb_trigger(view, trigger_start)
        # a citation date ("seperti dilansir Warta, Sabtu (1/2/2025)") is the cited report's day
        cited = [t for t in timexes if self._cited(view, t.start - base)]
        own = self._own_timex(view, [t for t in timexes if t not in cited], trigger_start, clause, verb)
        when = None if own is not None else self._when_timex(view, timexes, clause[0])
        if own is None and when is None and (modality in FUTURE_MODALITIES or not self._claimed(view, trigger_start, doc)):
            # a fronted "Dalam sidang, Senin (8/12)" dates a claim's telling, not the act claimed
            own = self._fronted_timex(view, [t for t in timexes if t not in cited], trigger_start, clause)
        if when is not None:
            # "Sejak 3 Maret 2024 ketika X menyerang Y": the "ketika" clause happened on that day
            return DateGuess(when.value, when.value_end or when.value if not when.text.lower().startswith(
                tuple(self.background_since)) else when.value, when.precision, "timex.when")
        earlier = None if own is None or future else self._incident(view, own, trigger_start, doc)
        if earlier is not None:
            # the quotation before the tag narrates the incident (see `_incident`)
            return DateGuess(earlier, earlier, "unknown", "incident")
        if own is not None and not future and self._quoted_before_tag(view, own, trigger_start, doc):
            # '"KPK melakukan pertemuan ...," ujar X, Rabu (11/6). Koordinasi itu berlangsung pada Selasa
            # (10/6).': the act the quotation tells is dated by its own telling, not by the tag's day
            told = self._coreferent_day(view, trigger_start, doc, own.value)
            if told is not None:
                return told
        if own is not None:
            guess = self._from_timex(view, own, base, doc)
            if future or latest is None:
                return guess
            if guess.date <= latest:
                # "minggu ini" in an article of Friday: the event took place by Friday
                if guess.date_end is not None and guess.date_end > latest:
                    return DateGuess(guess.date, latest, guess.precision, guess.rule)
                return guess
        if modality == "hypothetical":
            return NO_DATE
        if not future and self._habitual(view, trigger_start, clause):
            # "Setiap Senin kami rapat dengan X", "berlangsung beberapa kali": done on many days, dated by none
            return DateGuess(None, None, "unknown", "habitual")
        # "Saat itu X menyebut telah menetapkan ...": the time told before dates the telling, not a perfect act
        anaphoric = None if future or self.perfect_before(view, trigger_start, clause[0]) else self._anaphoric(
            view, trigger_start, clause, doc)
        if anaphoric is not None:
            # "Sejumlah caleg saat itu diminta ..." after "pada pemilu tahun 2024": at the time told before
            return anaphoric
        episode = None if future or latest is None else self._fronted_episode(view, trigger_start, doc, latest)
        if episode is not None:
            # "Dalam sidang pemeriksaan itu, X membantah ..." after "Sidang ... digelar pada Kamis (15/8)"
            return episode
        # a plan or a forecast without a date of its own is dated by its statement: "X
        # menyatakan siap mendukung ..." was stated, and so coded, on the day it was told
        same = [t for t in timexes if t.precision == "day" and t.value is not None and t.value_end is None
                and (latest is None or t.value <= latest) and t is not own and t not in cited
                and not self._subordinate(view, t.start - base)]
        if not future and self._claimed(view, trigger_start, doc):
            # "JPU membeberkan bahwa X menawarkan ...": an earlier act told at trial; the trial's
            # day does not date it, a day of the story before the report's days still does
            floor = report_floor(doc)
            told = [t for t in same if floor is None or t.value < floor]
            if told:
                best = min(told, key=lambda t: abs(t.start - base - trigger_start))
                return DateGuess(best.value, best.value, "day", "sentence")
            chronology = chronology_span(doc, view.sentence)
            if chronology is not None:
                return DateGuess(chronology.value, chronology.value_end or chronology.value, chronology.precision,
                                 "chronology")
            reference = narrative_reference(doc, view.sentence)
            if reference is not None and floor is not None and reference < floor:
                return DateGuess(reference, reference, "unknown", "narrative")
            story = self._story_day(view, doc)
            if story is not None:
                # the indictment's story named its own day a few sentences before, past a paragraph break
                return DateGuess(story, story, "unknown", "claimed.story")
            return DateGuess(None, None, "unknown", "claimed")
        if spoken is not None and (latest is None or spoken.value <= latest):
            # the act done before its telling: the day another sentence gives the same act, else by the
            # telling's day at the latest, never with a day's precision
            told = self._coreferent_day(view, trigger_start, doc, spoken.value)
            return told or DateGuess(spoken.value, spoken.value, "unknown", "told")
        if same:
            best = min(same, key=lambda t: abs(t.start - base - trigger_start))
            earlier = None if future else self._incident(view, best, trigger_start, doc)
            if earlier is not None:
                # '"Tiga orang menganiaya korban," kata X, Kamis (9/10)' after "Peristiwa itu terjadi pada
                # Minggu (5/10)": the quotation narrates the incident, the tag dates only its telling
                return DateGuess(earlier, earlier, "unknown", "incident")
            return DateGuess(best.value, best.value, "day", "sentence")
        if not future and self._charge(view, trigger_start):
            # "Pelaku dijerat Pasal 368 KUHP": charged in the statement, not on the story's day of the crime
            told = statement_day(doc, view.sentence)
            if told is not None:
                return DateGuess(told, told, "unknown", "statement")
            window = report_window(doc)
            return NO_DATE if window is None else DateGuess(window[0], window[1], window[2], "statement")
        chronology = None if future else chronology_span(doc, view.sentence)
        if chronology is not None:
            # "Kasus ini dimulai pada 2017, ... . Kemudian, X meminta Y ...": told within that year
            return DateGuess(chronology.value, chronology.value_end or chronology.value, chronology.precision,
                             "chronology")
        span = None if future else previous_span(doc, view.sentence)
        if span is not None:
            # "Perseteruan itu memanas akhir bulan lalu. X menentang keras RUU itu.": told within that span
            return DateGuess(span.value, span.value_end or span.value, span.precision, "previous")
        reference = narrative_reference(doc, view.sentence)
        if reference is None:
            # "Seperti dilansir Warta, Rabu (5/6), X mengecam Y" with no day of the story: told by that report
            reference = next((t.value for t in cited if t.precision == "day" and t.value is not None
                              and t.value_end is None and (latest is None or t.value <= latest)), None)
        told = None if future or (reference or latest) is None else self._coreferent_day(
            view, trigger_start, doc, reference or latest)
        if told is not None:
            # "SF ditembak polisi saat ditangkap." ... "Polisi menangkap SF ... pada Jumat (17/10/2025)."
            return told
        if (not future and reference is not None and (self.perfect_before(view, trigger_start, clause[0])
                                                      or self._fronted_perfect(view, trigger_start))
                and self._earlier_day_ahead(doc, view.sentence, reference)):
            # "Penyidik telah menetapkan X tersangka. X telah ditahan pada Kamis (7/8).": done before that day
            return DateGuess(None, None, "unknown", "perfect")
        if not future and self._background(view, trigger_start, clause):
            # "Sebelumnya, X menyerang Y": told as background, not on the report's day; a flashback
            # day the narrative names before the report's day still dates it
            if reference is not None and latest is not None and reference < latest \
                    and not self._past_adverbial(view, trigger_start) \
                    and not self._before_told_day(view, trigger_start, clause, doc, reference):
                return DateGuess(reference, reference, "unknown", "narrative")
            return DateGuess(None, None, "unknown", "background")
        if reference is not None:
            incident = None if future else self._anaphoric_incident(view, trigger_start, doc, reference)
            if incident is not None:
                # "Peristiwa itu terjadi pada Sabtu (11/10). ... setelah melakukan pembunuhan itu, X menginap ...":
                # the act named again with "itu" took place on the incident's day, not the telling's
                return DateGuess(incident, incident, "unknown", "incident")
            head = None if future else WORD.match(view.low, trigger_start)
            if head is not None and head.group() not in self.saying:
                # "Peristiwa itu terjadi pada Minggu (5/10). ... kata X, Kamis (9/10). Pelaku lalu
                # mengancam korban ...": the act narrated after the telling took place on the incident's day
                reference = narrative_reference(doc, view.sentence, incident=True) or reference
            return DateGuess(reference, reference, "unknown", "narrative")
        if self.perfect_before(view, trigger_start, clause[0]):
            return DateGuess(None, None, "unknown", "perfect")
        if not future and self._prior(view, trigger_start, clause):
            # "Setelah X mengkritik RUU itu, Y mengancam ...", with no day of the story to tell it at:
            # done before the main clause's act, so not at the report's day either
            return DateGuess(None, None, "unknown", "prior")
        window = report_window(doc)
        if window is None:
            return NO_DATE
        return DateGuess(window[0], window[1], window[2], "document")

    def _incident(self, view: SentenceView, timex: Timex, trigger_start: int, doc: Document) -> date | None:
        """The incident's day for an act quoted before the statement tag `timex` of its own sentence
        ('"Tiga orang menganiaya korban," kata X, Kamis (9/10)' after "Peristiwa itu terjadi pada Minggu
        (5/10)"), see `timexes.incident_day`; None for a verb of saying or an act after the tag."""
        if trigger_start > timex.start - view.sentence.start:
            return None
        head = WORD.match(view.low, trigger_start)
        if head is None or head.group() in self.saying:
            return None
        return incident_day(doc, timex, view.sentence)

    def _quoted_before_tag(self, view: SentenceView, timex: Timex, trigger_start: int, doc: Document) -> bool:
        """Whether the trigger, not a verb of saying, stands in a quotation that closes before `timex`, a
        statement's tag of its sentence ('"... melakukan pertemuan ...," ujar X, Rabu (11/6)')."""
        local = timex.start - view.sentence.start
        if trigger_start > local or QUOTE_MARK.search(view.low, trigger_start, local) is None:
            return False
        head = WORD.match(view.low, trigger_start)
        return head is not None and head.group() not in self.saying and statement_tagged(doc, timex)

    def _topic(self, view: SentenceView, trigger_start: int, local: int) -> bool:
        """Whether the date at `local` follows a topic complement of the trigger with an event
        noun of its own ("kecewa atas serangan rudal pada September", "imbauan terkait rencana
        unjuk rasa yang berlangsung Minggu"): it dates that topic event, not the trigger's."""
        if local <= trigger_start:
            # "X selaku Komisaris PT Y 2006 sampai 2023, meminta ...": a tenure before the trigger too
            last = None
            if self.role_link is not None:
                for last in self.role_link.finditer(view.low, 0, local):
                    pass
            return last is not None and TOPIC_CLOSE.search(view.low, last.end(), local) is None
        last = None
        for last in self.topic_event.finditer(view.low, trigger_start, local):
            pass
        # a comma or a quotation mark closes the topic: '... atas pertemuan itu," ujar X, Rabu'
        if last is not None and TOPIC_CLOSE.search(view.low, last.end(), local) is None:
            return True
        # "menahan X selaku Direktur PT Y pada 2007 sampai sekarang": the tenure of a role, not the event's date
        if self.role_link is not None:
            last = None
            for last in self.role_link.finditer(view.low, trigger_start, local):
                pass
            return last is not None and TOPIC_CLOSE.search(view.low, last.end(), local) is None
        return False

    def _requested_event(self, view: SentenceView, trigger_start: int, timex: Timex) -> bool:
        """Whether `timex`, a day ahead ("pekan depan", "besok"), follows the event a request asks for
        (`requested_event`: "meminta penjadwalan ulang pemeriksaan pekan depan"): it dates the requested event,
        not the request."""
        if self.requested is None or self.requested_ahead is None:
            return False
        asked = self.requested.match(view.low, trigger_start)
        local = timex.start - view.sentence.start
        return (asked is not None and local >= asked.end()
                and self.requested_ahead.search(timex.text.lower()) is not None)

    def _case_period(self, view: SentenceView, trigger_start: int, timex: Timex) -> bool:
        """Whether `timex`, a year or month after the trigger, follows a case noun of its complement
        with no quotation or semicolon between ("menahan dua tersangka perkara korupsi dana desa tahun 2021-2023"): the
        period the case covers, not the act's date."""
        local = timex.start - view.sentence.start
        if self.case_noun is None or timex.precision not in ("year", "month") or local <= trigger_start:
            return False
        found = self.case_noun.search(view.low, trigger_start, local)
        # a comma may open the case's apposition ("... Rusunawa X, periode 2008-2022"); a quotation closes it
        return found is not None and CASE_CLOSE.search(view.low, found.end(), local) is None

    def _document_date(self, view: SentenceView, timex: Timex, local: int) -> bool:
        """Whether the date at `local` is written after a document noun ("surat keterangan tgl 3
        Februari 2013", "SK Nomor 12 tertanggal 1 Mei 2020"): it dates that document."""
        prefix = view.low[max(0, local - DOCUMENT_REACH):local]
        first = WORD.match(timex.text.lower())
        if first is not None and first.group() in self.dated_words:
            prefix += first.group()  # the span may open with its "tgl"
        found = self.document_dated.search(prefix) if self.document_dated is not None else None
        if found is None and self.document_marker is not None:
            found = self.document_marker.search(prefix)
        if found is None:
            return False
        # "menetapkan X tersangka melalui surat penetapan tertanggal ...": the act's own instrument
        before = WORD.findall(prefix, 0, found.start())[-INSTRUMENT_WORDS:]
        return not any(w in self.instruments for w in before)

    def _claimed(self, view: SentenceView, trigger_start: int, doc: Document) -> bool:
        """Whether the act is told as a prosecutor's claim: an indictment cue before the trigger with a
        verb of saying or "bahwa" right after it ("jaksa mengatakan X menolak ...", "JPU membeberkan
        bahwa ..."), or a passive of attribution right before it ("X disebut menyetujui ...") in a
        document that tells a trial (`trial_words`)."""
        if self.indictment is None:
            return False
        for cue in self.indictment.finditer(view.low, 0, trigger_start):
            # the cue tells the claim: its verb of saying follows within a few words, no comma between
            # ("JPU Kejari X membeberkan bahwa ..."; not "tuntutan penuntut umum, dengan ini saya menyampaikan")
            first = bisect_left(view.starts, cue.end())
            for start, end, word, _ in view.words[first:first + self.claim_window]:
                if end > trigger_start:
                    break
                if word in self.saying:
                    if "," not in view.low[cue.end():start]:
                        return True
                    break
        before = self._words_before(view, trigger_start, 0)[-self.attributed_window:]
        if any(w in self.attributed for w in before) and self.trial is not None \
                and self.trial.search(doc.text.lower()) is not None:
            return True
        return self._narrated(view, trigger_start, doc)

    def _narrated(self, view: SentenceView, trigger_start: int, doc: Document) -> bool:
        """Whether a trial document narrates the act of a defendant or witness (`narrated_parties` before
        the trigger): in a quotation the prosecutor's tag closes after it ('"... terdakwa menyetujui ...," ujar
        jaksa') or closed in the sentence before (the story goes on), after a narrative connective
        ("Terdakwa kemudian menemui X"), or as the court's finding
        ("Majelis hakim berpendapat perbuatan terdakwa ... menembakkan ..."). The hearing's own acts
        (`hearing_acts`) are not narrated."""
        if NARRATED_PARTY is None or self.trial is None:
            return False
        head = WORD.match(view.low, trigger_start)
        if head is None or head.group() in HEARING_ACTS or head.group() in self.statement_day:
            return False
        if PROSECUTOR_TAG is not None and self.trial.search(doc.text.lower()) is not None:
            # '"... Bobby langsung diamankan," ungkap JPU' after the indictment's own day ("Kemudian (6/10), ..."):
            # the prosecutor's quotation goes on with the story told, whoever acts in it
            tag = PROSECUTOR_TAG.search(view.low, trigger_start)
            if tag is not None and QUOTE_MARK.search(view.low, trigger_start, tag.start()) is not None \
                    and self._story_day(view, doc) is not None:
                return True
        party = None
        for party in NARRATED_PARTY.finditer(view.low, 0, trigger_start):
            pass
        if party is None or self.trial.search(doc.text.lower()) is None:
            return False
        # "Pengacara terdakwa, X menyampaikan ...": the defendant's lawyer speaks at the hearing
        owner = None
        for owner in WORD.finditer(view.low, max(0, party.start() - PARTY_OWNER_REACH), party.start()):
            pass
        if owner is not None and owner.group() in PARTY_OWNERS:
            return False
        if PROSECUTOR_TAG is not None and PROSECUTOR_TAG.search(view.low, trigger_start) is not None:
            return True
        if CONNECTIVE is not None and CONNECTIVE.search(view.low, 0, trigger_start) is not None:
            return True
        if view.sentence.index > 0 and PROSECUTOR_TAG is not None:
            # the story goes on from a quotation the prosecutor's tag closed in the sentence before
            before = doc.sentences[view.sentence.index - 1]
            if PROSECUTOR_TAG.search(before.text.lower()) is not None:
                return True
        if FINDING is None:
            return False
        for cue in FINDING.finditer(view.low, 0, party.start()):
            first = bisect_left(view.starts, cue.end())
            if any(word in self.saying and end <= party.start()
                   for _, end, word, _ in view.words[first:first + self.claim_window]):
                return True
        return False

    def _story_day(self, view: SentenceView, doc: Document) -> date | None:
        """The nearest day before the report's days (`report_floor`) written with its number in the
        `claim_story_reach` sentences before the trigger's, not a statement's tag nor in a sentence telling a
        hearing's act (`hearing_acts`): the day the story told at a hearing ("Kemudian (6/10), Bobby mengenakan
        seragam ...") has reached."""
        floor = report_floor(doc)
        if floor is None:
            return None
        best = None
        for timex in doc.timexes:
            if timex.sentence >= view.sentence.index:
                break
            if timex.sentence < view.sentence.index - self.claim_story_reach or timex.rule not in EXPLICIT_RULES \
                    or timex.precision != "day" or timex.value is None or timex.value_end is not None:
                continue
            if timex.value < floor and not statement_tagged(doc, timex) and not HEARING_ACTS.intersection(
                    WORD.findall(doc.sentences[timex.sentence].text.lower())):
                best = timex.value  # not an earlier hearing's day ("menjatuhkan hukuman ... pada Senin (11/8)")
        return best

    def _prior(self, view: SentenceView, trigger_start: int, clause: tuple[int, int]) -> bool:
        """Whether the trigger stands in a clause opened by a "setelah" (`prior_openers`) that no comma
        has closed before it ("Setelah X menyerang Y, Z mengecam X": "menyerang", not "mengecam")."""
        opener = view.break_before(clause[0])
        if opener in self.prior_openers:
            return "," not in view.low[clause[0]:trigger_start]
        first = WORD.match(view.low)  # "Setelah ..." opening the sentence, with no break before it
        return (clause[0] == 0 and first is not None and first.group() in self.prior_openers
                and "," not in view.low[:trigger_start])

    def _before_told_day(self, view: SentenceView, trigger_start: int, clause: tuple[int, int], doc: Document,
                         reference: date) -> bool:
        """Whether a background cue inside the clause ("... yang sebelumnya telah dibahas dan disetujui")
        puts the act before the day told just before the sentence: that day is the later event's."""
        if self.background is None or self.background.match(view.low) is not None:
            return False
        # "dikenal sejak dulu": a since-phrase, not the act told as background
        if not any(not view.low[max(0, cue.start() - 9):cue.start()].rstrip().endswith(tuple(self.background_since))
                   for cue in self.background.finditer(view.low, clause[0], trigger_start)):
            return False
        return any(t.value == reference and t.precision == "day" and t.start < view.sentence.start
                   for t in doc.timexes)

    def _stem(self, word: str) -> str:
        """The word with one prefix and one suffix of `coreferent_act` cut ("ditangkap", "menangkap",
        "penangkapan" -> "tangkap", "angkap", "angkap"); compared by one ending the other."""
        word = self._unprefixed(word)
        for suffix in self.outer_suffixes:
            # "kunjungannya" -> "kunjungan" -> "kunjung": a possessive closes the word after its own suffix
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                word = word[:-len(suffix)]
                break
        for suffix in self.stem_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                return word[:-len(suffix)]
        return word

    def _unprefixed(self, word: str) -> str:
        for prefix in self.stem_prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= self.min_stem:
                return word[len(prefix):]
        return word

    def _forms(self, word: str) -> tuple[str, ...]:
        """The stem and the word with its prefix cut only: a nasal prefix takes the root's first sound
        ("menetapkan" -> "etapkan", too short to cut "kan"), so "ditetapkan" matches on "tetapkan". A verb's
        "-kan" form also gives its noun's "-an" form (`coreferent_act.verb_noun_suffixes`): "menetapkan" ->
        "etapan", which "penetapan" meets."""
        forms = {self._stem(word), self._unprefixed(word)}
        for verbal, nominal in self.verb_noun_suffixes:
            forms |= {f[:-len(verbal)] + nominal for f in tuple(forms) if f.endswith(verbal)}
        return tuple(f for f in forms if len(f) >= self.min_stem)

    def _coreferent_day(self, view: SentenceView, trigger_start: int, doc: Document, reference: date) -> DateGuess | None:
        """For a lead sentence, the day a later sentence gives the same act: a word of the same stem as
        the trigger's head (its noun after a light verb: "melakukan penyitaan") within `reach` characters
        before a day of the report's days before `reference`, or within `after_reach` characters after it
        with no comma between ("pada Rabu (8/10) menetapkan X"). A past week or month written relative to
        the report ("penyitaan itu dilakukan pekan lalu") dates the act to that span, at its precision.
        Any sentence is dated so by the next `coreferent_act.ahead` sentences restating the act with a day
        written with its number that is not the story's day so far nor a statement's tag."""
        lead = view.sentence.index < self.lead_sentences
        stems: tuple[str, ...] = ()
        head = None
        for head in WORD.finditer(view.low, trigger_start):
            stems = self._forms(head.group())
            if head.group() not in self.light_verbs:
                break
        if not stems or head is None:
            return None
        stems = self._with_synonyms(stems)
        if self._named_act(view, head) or self._recap(view):
            back = self._earlier_act_day(view, doc, stems, reference)
            if back is not None:
                return back
        elif self.perfect_before(view, trigger_start, 0) or self._embedded(view, trigger_start):
            # "Bareskrim telah menetapkan Lisa sebagai tersangka.", "X mengapresiasi Bareskrim menetapkan Lisa
            # Mariana sebagai tersangka" restate "menetapkan Lisa sebagai tersangka ... pekan lalu"
            named = NAME_AFTER.match(view.text, head.end())
            if named is not None:
                back = self._earlier_act_day(view, doc, stems, reference, named.group(1).lower())
                if back is not None:
                    return back
        if not lead and not self.coreferent_ahead:
            return None
        if lead:
            # "X bertemu Y saat menghadiri acara di Bali": the episode the act took place in is restated too
            # ("kunjungan X ke Bali untuk menghadiri undangan ... pada Rabu (1/10)"), and shares its time
            stems = tuple(dict.fromkeys([*stems, *self._episode_stems(view, head.end())]))
        floor = report_floor(doc)
        latest = latest_date(doc)
        for timex in doc.timexes:
            if timex.sentence <= view.sentence.index or timex.value is None:
                continue
            # the next sentences restating the act with a written day of the report ("Pelaku yang diamankan ada
            # dua orang. Keduanya diamankan ... pada Jumat (17/10/2025)."), also where the story's day so far is
            # another story's (a round-up); not the day that only tags a statement ("..., kata X, Kamis (9/10)")
            near = (timex.sentence <= view.sentence.index + self.coreferent_ahead and timex.rule in EXPLICIT_RULES
                    and timex.precision == "day" and timex.value_end is None and timex.value != reference
                    and (floor is None or timex.value >= floor) and (latest is None or timex.value <= latest)
                    and not statement_tagged(doc, timex))
            span = None
            if not near:
                if not lead:
                    if timex.sentence > view.sentence.index + self.coreferent_ahead:
                        break
                    # '"... tim kami melakukan penggeledahan," kata X, Senin (3/6). Penggeledahan tersebut
                    # berlangsung pekan lalu.': the act named again with an anaphor in a past span dates the act to that span
                    if not past_span(timex, reference) or not self._anaphored(doc, timex, stems):
                        continue
                elif timex.precision == "day":
                    if timex.value_end is not None or timex.value >= reference:
                        continue
                    if floor is not None and timex.value < floor:
                        # a day before the report's days restates the lead's act only when written with its
                        # number, the act's word followed by a name the lead names ("DS ... ditetapkan sebagai
                        # tersangka" ... "menetapkan DS sebagai tersangka ... tertanggal 9 Oktober 2025")
                        if timex.rule not in EXPLICIT_RULES or not self._restated_with_name(view, doc, timex, stems):
                            continue
                elif not past_span(timex, reference):
                    # "pencopotan itu sudah diputuskan sejak pekan lalu": done already in that week
                    span = since_past_span(timex, reference)
                    if span is None or not self._perfect_since(doc, timex):
                        continue
            lo = doc.sentences[timex.sentence].start
            # a restatement close ahead may name the act anywhere before its day ("Koordinasi antara ... itu
            # berlangsung pada Selasa (10/6)"); a lead's act further down only within `reach`
            before = doc.text[lo if near else max(lo, timex.start - self.coreferent_reach):timex.start].lower()
            after = doc.text[timex.end:min(doc.sentences[timex.sentence].end, timex.end + self.coreferent_after)]
            after = after[:after.find(",")] if "," in after else after
            for word in WORD.findall(before) + WORD.findall(after.lower()):
                if any(o.endswith(t) or t.endswith(o) for o in self._forms(word) for t in stems):
                    if timex.precision == "day":
                        return DateGuess(timex.value, timex.value, "unknown", "coreferent")
                    if span is not None:
                        return DateGuess(span[0], span[1], timex.precision, "coreferent.since")
                    return DateGuess(timex.value, timex.value_end, timex.precision, "coreferent")
        return None

    def _anaphored(self, doc: Document, timex: Timex, stems: tuple[str, ...]) -> bool:
        """Whether the sentence of `timex` names the act of `stems` with an anaphor right after it before the
        timex ("penggeledahan tersebut berlangsung pekan lalu", "pertemuan itu digelar ...")."""
        text = doc.text[doc.sentences[timex.sentence].start:timex.start].lower()
        words = WORD.findall(text)
        return any(words[i + 1] in self.act_anaphors
                   and any(o.endswith(t) or t.endswith(o) for o in self._forms(words[i]) for t in stems)
                   for i in range(len(words) - 1))

    def _perfect_since(self, doc: Document, timex: Timex) -> bool:
        """Whether a perfect marker ('telah', 'sudah': `coreferent_act.since_perfect`) stands at most
        `since_perfect_window` words before the since-span `timex`: an act done already since then."""
        text = doc.text[doc.sentences[timex.sentence].start:timex.start].lower()
        words = WORD.findall(text)[-self.since_perfect_window:]
        return any(w in self.since_perfect for w in words)

    def _with_synonyms(self, stems: tuple[str, ...]) -> tuple[str, ...]:
        """`stems` and the forms of the words `coreferent_act.synonyms` groups with them ("pertemuan" and
        "koordinasi", "ditangkap" and "diamankan"): the same act told again with another word."""
        extra = [forms for forms in self.synonym_groups
                 if any(o.endswith(t) or t.endswith(o) for o in forms for t in stems)]
        return tuple(dict.fromkeys([*stems, *(f for forms in extra for f in forms)]))

    @staticmethod
    def _compatible(doc: Document, here: int, there: int) -> bool:
        """Whether two sentences may tell the same act by their parties' countries: one names no actor of a
        known country, or both name one country at least."""
        def countries(index: int) -> set[str]:
            found = (doc.actors.get(m.actor) for m in doc.mentions if m.sentence == index and m.actor)
            return {a.country for a in found if a is not None and a.country}
        ours, theirs = countries(here), countries(there)
        return not ours or not theirs or not ours.isdisjoint(theirs)

    def _embedded(self, view: SentenceView, trigger_start: int) -> bool:
        """Whether the trigger is the complement of another verb a few words before it ("kami mengapresiasi
        Bareskrim menetapkan Lisa ...", "Qatar mengecam Israel menangkap Hamas"): an act presupposed, told
        before, not a new one."""
        return any(self.verb_prefix.match(w) and w not in self.nominal_words and w not in self.light_verbs
                   for w in self._words_before(view, trigger_start, 0)[-self.window:])

    def _told_past(self, view: SentenceView, trigger_start: int, clause: tuple[int, int]) -> bool:
        """Whether the act is told as done before its telling: a perfect marker ("sudah", "telah") or a
        background cue ("sebelumnya") before the trigger in its clause."""
        if self.perfect_before(view, trigger_start, clause[0]):
            return True
        # "Pelaku diduga meminta uang kepada korban, kata X, Senin (13/10)": an act alleged is one done before
        # its telling (time.yaml `alleged_past`)
        return any(pattern is not None and any(
            QUOTE_MARK.search(view.low, cue.end(), trigger_start) is None
            for cue in pattern.finditer(view.low, clause[0], trigger_start))
            for pattern in (self.background, self.alleged_past))

    def _fronted_episode(self, view: SentenceView, trigger_start: int, doc: Document,
                         latest: date) -> DateGuess | None:
        """The day of the episode a fronted phrase names again with an anaphor before the trigger
        ("Dalam sidang pemeriksaan itu, X membantah ..."): the day an earlier sentence writes for a word
        of the same stem as the phrase's nouns ("Sidang ... digelar pada Kamis (15/8)", `_earlier_act_day`)."""
        first = WORD.match(view.low)
        if first is None or first.group() not in self.fronted_time:
            return None
        comma = view.low.find(",", 0, trigger_start)
        if comma < 0:
            return None
        words = WORD.findall(view.low, first.end(), comma)
        if not 0 < len(words) <= EPISODE_WORDS + 1 or words[-1] not in self.act_anaphors:
            return None
        stems = tuple(f for w in words[:-1] if w not in self.light_verbs for f in self._forms(w))
        return self._earlier_act_day(view, doc, stems, latest) if stems else None

    def _episode_stems(self, view: SentenceView, start: int) -> tuple[str, ...]:
        """The forms of the verb right after a "saat"/"ketika" (`when_openers`) after `start` in the sentence."""
        words = [w for _, _, w, _ in view.words[bisect_left(view.starts, start):]]
        for index, word in enumerate(words[:-1]):
            if word in self.when_openers and self.verb_prefix.match(words[index + 1]):
                return self._forms(words[index + 1])
        return ()

    def _restated_with_name(self, view: SentenceView, doc: Document, timex: Timex, stems: tuple[str, ...]) -> bool:
        """Whether a word of the same stem as the trigger's stands within `coreferent_act.reach` characters
        before `timex` with a capitalised name within `NAME_WORDS` words of it (before or after) that the
        trigger's sentence names too: the same act of or to the same party ("kunjungan Jokowi ke Bali untuk
        menghadiri ...")."""
        sentence = doc.sentences[timex.sentence]
        text = doc.text[max(sentence.start, timex.start - self.coreferent_reach):timex.start]
        own = set(CAPITALISED.findall(view.text[1:]))
        words = WORD.findall(text)
        for index, word in enumerate(words):
            if any(o.endswith(t) or t.endswith(o) for o in self._forms(word.lower()) for t in stems) \
                    and any(w in own for w in words[max(0, index - NAME_WORDS):index + 1 + NAME_WORDS]
                            if w[:1].isupper() and w != word):
                return True
        return False

    def _recap(self, view: SentenceView) -> bool:
        """Whether the sentence opens with a recap word (`coreferent_act.recap_openers`: "Diketahui, X ditangkap
        ..."): it sums up an act the story told before, so its act is resolved back like an event noun."""
        return self.recap_opener is not None and self.recap_opener.match(view.low) is not None

    def _named_act(self, view: SentenceView, head) -> bool:
        """Whether the trigger's head names the act as a whole: an event noun ("pertemuan", "penangkapan",
        `coreferent_act.noun_prefixes`/`noun_suffixes`) or a word an anaphor follows ("aksi itu")."""
        word = head.group()
        if word.startswith(self.noun_prefixes) and word.endswith(self.noun_suffixes) and len(word) > self.min_stem + 2:
            return True
        if word.endswith(self.possessed_suffixes) and len(word) > self.min_stem + 4:
            return True  # "kunjungannya", "penolakannya": someone's act, told before
        following = WORD.match(view.low, head.end() + 1) if head.end() < len(view.low) else None
        return following is not None and following.group() in self.act_anaphors

    def _earlier_act_day(self, view: SentenceView, doc: Document, stems: tuple[str, ...],
                         reference: date, name: str | None = None) -> DateGuess | None:
        """The day an earlier sentence gives the same act (`coreferent_act` "Back"): the nearest day written
        with its number, or past week or month written relative to the report ("pekan lalu"), before the
        sentence, not a statement's tag nor a cited report's day, not after the document's latest day, with
        a word of the same stem in its sentence before it or right after it (before a comma). With `name` (a
        perfect act restated: "telah menetapkan Lisa ..."), the same name must follow that word within
        `NAME_WORDS` words ("menetapkan Lisa sebagai tersangka pada pekan lalu")."""
        latest = latest_date(doc)
        for timex in reversed(doc.timexes):
            if timex.sentence >= view.sentence.index:
                continue
            if timex.value is None or (latest is not None and timex.value > latest) \
                    or statement_tagged(doc, timex) or cited_day(doc, timex):
                continue
            day = timex.rule in EXPLICIT_RULES and timex.precision == "day" and timex.value_end is None
            if not day and not past_span(timex, latest):
                continue
            sentence = doc.sentences[timex.sentence]
            if not self._compatible(doc, view.sentence.index, timex.sentence):
                continue  # "pertemuan Yoon dan Moon" is not the meeting of Prabowo and Jokowi told before
            before = doc.text[sentence.start:timex.start].lower()
            after = doc.text[timex.end:min(sentence.end, timex.end + self.coreferent_after)].lower()
            after = after[:after.find(",")] if "," in after else after
            for text in (before, after):
                words = WORD.findall(text)
                for index, word in enumerate(words):
                    if not any(o.endswith(t) or t.endswith(o) for o in self._forms(word) for t in stems):
                        continue
                    if name is not None and name not in words[index + 1:index + 1 + NAME_WORDS]:
                        continue
                    if day and timex.value == reference:
                        return None
                    if day:
                        return DateGuess(timex.value, timex.value, "unknown", "coreferent")
                    return DateGuess(timex.value, timex.value_end, timex.precision, "coreferent")
        return None

    def _charge(self, view: SentenceView, trigger_start: int) -> bool:
        """Whether the trigger charges someone under an article ("dijerat", "disangkakan")."""
        found = WORD.match(view.low, trigger_start)
        return found is not None and found.group() in self.statement_day

    def _earlier_day_ahead(self, doc: Document, sentence, reference: date) -> bool:
        """Whether the next `perfect_lookahead` sentences of the paragraph name a day before `reference`,
        or the sentence right before names a day of an earlier story than the report's (before
        `report_floor`: "X telah ditahan pada Kamis (7/8). Penyidik juga telah menetapkan Y ..." in a report of
        October)."""
        floor = report_floor(doc)
        for index in range(sentence.index + 1, sentence.index + 1 + self.perfect_lookahead):
            if index >= len(doc.sentences):
                break
            # past the paragraph only a day of an earlier story than the report's still bounds the act
            crossed = "\n" in doc.text[sentence.end:doc.sentences[index].start]
            # a statement's tag ("..., kata X, Selasa (21/10)") dates the telling, not an act; a telling
            # of an earlier story than the report's ("kata X, Senin (2/12)" a year before) still bounds it
            if any(t.precision == "day" and t.value is not None and t.value_end is None and t.value < reference
                   and ((not crossed and not statement_tagged(doc, t)) or (floor is not None and t.value < floor))
                   for t in doc.timexes_of(index)):
                return True
        if floor is None or sentence.index == 0:
            return False
        return any(t.precision == "day" and t.value is not None and t.value_end is None
                   and t.value < min(floor, reference) for t in doc.timexes_of(sentence.index - 1))

    def _past_subordinator(self, view: SentenceView, trigger_start: int, local: int) -> bool:
        """Whether the date at `local`, after the trigger, stands in a "usai"/"setelah" clause about
        another event that opens between them ("meminta maaf usai KPK melakukan OTT di tahun ini"), with a
        word or more between the subordinator and the date and no comma closing the clause before it.
        "sejak Jumat", "setelah Senin" date the trigger's own clause."""
        if local <= trigger_start:
            return False
        first = bisect_left(view.starts, trigger_start) + 1
        last = bisect_left(view.starts, local)
        for i in range(first, last - 1):
            if view.words[i][2] in self.subordinators:
                return "," not in view.low[view.words[i][1]:local]
        return False

    def _subordinate(self, view: SentenceView, local: int) -> bool:
        """Whether the date at `local` stands in a clause about another event: its clause
        opens with a subordinator and no comma has closed it before the date
        ("setelah upaya sebelumnya pada Rabu gagal", but not "setelah kunjungan ke
        Yordania, pada Selasa (30/4/2024)", where the date is the main clause's again)."""
        clause_start = view.clause(local)[0]
        opener = view.break_before(clause_start)
        return (self.subordinate.fullmatch(opener) is not None
                and "," not in view.low[clause_start:local])

    def _verb_trigger(self, view: SentenceView, trigger_start: int) -> bool:
        """Whether the trigger is a verb ("menuduh", "bertemu"), not an event noun ("serangan")."""
        found = WORD.match(view.low, trigger_start)
        word = found.group() if found else ""
        return word not in self.nominal_words and self.verb_prefix.match(word) is not None

    def _aside(self, view: SentenceView, trigger_start: int, local: int) -> bool:
        """Whether the date at `local`, after the trigger, stands in an aside about another event:
        between dashes the trigger is not inside ("membebaskan 30 warga – dari 90 yang ditangkap
        pada 3 Maret – pekan depan"), or in a relative clause on another noun after a verb
        ("menuduh X melanggar kesepakatan yang disepakati pada 19 Januari") that no comma or
        dash has closed before the date."""
        if local <= trigger_start:
            return False
        if self.dash is not None:
            dashes = [d.start() for d in self.dash.finditer(view.low, trigger_start, local)]
            if len(dashes) % 2 == 1:
                return True
        if not self._verb_trigger(view, trigger_start):
            return False
        yang = view.low.rfind(" yang ", trigger_start, local)
        if yang < 0:
            return False
        between = view.low[yang:local]
        return TOPIC_CLOSE.search(between) is None and (self.dash is None or self.dash.search(between) is None)

    def _cited(self, view: SentenceView, local: int) -> bool:
        """Whether the date at `local` follows a citation cue ("seperti dilansir Warta, Sabtu")."""
        if self.citation is None:
            return False
        return self.citation.search(view.low, max(0, local - self.citation_window), local) is not None

    def _when_timex(self, view: SentenceView, timexes: list[Timex], clause_start: int) -> Timex | None:
        """The date standing right before the "ketika" that opens the event's clause."""
        if view.break_before(clause_start) not in self.when_openers:
            return None
        opener = next((b for b, e in view.breaks if e == clause_start), None)
        if opener is None:
            return None
        base = view.sentence.start
        for t in timexes:
            if t.value is not None and t.end - base <= opener and not view.low[t.end - base:opener].strip(" ,"):
                return t
        return None

    def _fronted_timex(self, view: SentenceView, timexes: list[Timex], trigger_start: int,
                       clause: tuple[int, int]) -> Timex | None:
        """The date in a fronted phrase before the subject ("Dalam serangan pada Oktober 2023 lalu
        yang ..., X menculik ..."), for a trigger in the main clause right after its comma."""
        first = WORD.match(view.low)
        if first is None or first.group() not in self.fronted_time:
            return None
        comma = view.low.find(",", 0, trigger_start)
        if comma < 0 or clause[0] > comma + 1 and any(comma < b < trigger_start for b, _ in view.breaks):
            return None
        base = view.sentence.start
        inside = [t for t in timexes if t.value is not None and t.end - base <= comma]
        return inside[-1] if inside else None

    def _background(self, view: SentenceView, trigger_start: int, clause: tuple[int, int]) -> bool:
        """Whether the event is told as background: a background cue before the trigger in its
        clause or opening the sentence ("Sebelumnya, ..."), or a dateless "sejak" clause after it."""
        if self.background is not None:
            # a cue inside a quotation closed before the trigger belongs to that quotation
            if any(QUOTE_MARK.search(view.low, cue.end(), trigger_start) is None
                   for cue in self.background.finditer(view.low, clause[0], trigger_start)):
                return True
            if self.background.match(view.low) is not None:
                return True
        if self._past_adverbial(view, trigger_start):
            return True
        after = WORD.match(view.low, clause[1])
        # "X menyerang Y sejak perang dimulai", not "menyesalkan kasus itu tak selesai sejak ...":
        # the dateless "sejak" clause must follow the trigger within a few words
        return (after is not None and after.group() in self.background_since
                and len(WORD.findall(view.low, trigger_start, clause[1])) <= self.background_since_window)

    def _anaphoric_incident(self, view: SentenceView, trigger_start: int, doc: Document, reference: date) -> date | None:
        """The incident's day for an act the trigger names again as a noun with "itu"/"tersebut" ("melakukan
        pembunuhan itu", "Penganiayaan tersebut ..."): the nearest earlier day the text writes after an incident
        cue (time.yaml `incident_cues`: "Peristiwa itu terjadi pada Sabtu (11/10)"), before `reference`."""
        noun = None
        for found in WORD.finditer(view.low, trigger_start):
            if noun is not None:
                if found.group() not in INCIDENT_ANAPHORS:
                    return None
                break
            if found.group() in self.light_verbs:
                continue
            noun = found.group()
            if self._verb_trigger(view, found.start()) or not noun.startswith(NOUN_PREFIXES):
                return None
        else:
            return None
        best = None
        for timex in doc.timexes:
            if timex.start >= view.sentence.start:
                break
            if timex.precision != "day" or timex.value is None or timex.value_end is not None \
                    or timex.value >= reference or INCIDENT_CUE is None:
                continue
            if INCIDENT_CUE.search(doc.text[max(0, timex.start - 40):timex.start].lower()):
                best = timex.value
        return best

    @staticmethod
    def _past_adverbial(view: SentenceView, trigger_start: int) -> bool:
        """Whether a past time with no day (time.yaml `past_adverbials`: "Saya ingat beberapa saat yang lalu, ada
        anak ditangkap ...") stands before the trigger in its sentence, outside a quotation closed before it."""
        if PAST_ADVERBIAL is None:
            return False
        if any(QUOTE_MARK.search(view.low, cue.end(), trigger_start) is None
               for cue in PAST_ADVERBIAL.finditer(view.low, 0, trigger_start)):
            return True
        # "... karena demonstrasi berujung ricuh beberapa waktu lalu": right after the trigger, in its clause
        after = PAST_ADVERBIAL.search(view.low, trigger_start)
        return (after is not None and PAST_ADVERBIAL_CLOSE.search(view.low, trigger_start, after.start()) is None
                and len(WORD.findall(view.low, trigger_start, after.start())) <= PAST_ADVERBIAL_AFTER)

    def _habitual(self, view: SentenceView, trigger_start: int, clause: tuple[int, int]) -> bool:
        """Whether the trigger's clause tells a repeated act (time.yaml `habitual`): "Setiap Senin kami rapat
        dengan X", "unjuk rasa berlangsung beberapa kali", "Polisi rutin menggelar razia". After a verb
        trigger the cue counts only before the next verb ("meminta X membantu ... setiap minggu" asks once
        for a habit of X's)."""
        if HABITUAL is None:
            return False
        verb = self._verb_trigger(view, trigger_start)
        for found in HABITUAL.finditer(view.low, clause[0], clause[1]):
            if found.start() < trigger_start:
                return True
            if found.group() in HABITUAL_BEFORE:
                continue
            if not verb:
                return True
            first = bisect_left(view.starts, trigger_start) + 1
            last = bisect_left(view.starts, found.start())
            return not any(self.verb_prefix.match(word) and word not in self.nominal_words
                           and word not in HABITUAL_PASS for _, _, word, _ in view.words[first:last])
        return False

    @staticmethod
    def _anaphoric(view: SentenceView, trigger_start: int, clause: tuple[int, int], doc: Document) -> DateGuess | None:
        """The time a "saat itu" in the trigger's clause refers back to (time.yaml `anaphoric_time`): the
        nearest time named in the `anaphoric_reach` sentences before it, a year or month before the report's
        days at its span, a day not tagging a statement at that day; none named: no date. None where the
        clause has no such word or the time named is a span of the report's days (the other rules date it)."""
        found = None
        if ANAPHORIC is not None:
            # in the clause, or fronted before it ("Kala itu, X meminta ...")
            found = next((f for f in ANAPHORIC.finditer(view.low, 0, clause[1])
                          if f.start() >= clause[0] or f.end() <= trigger_start), None)
        limit = None if found is None else view.sentence.start + found.start()
        opener = WORD.match(view.low)
        if found is None and ANAPHORIC is not None and opener is not None and opener.group() in ANAPHORIC_FOLLOWERS \
                and opener.start() < 3 and view.sentence.index > 0:
            # "... tidak terealisasi saat itu. Sehingga X meminta ...": the story goes on at that time
            before = doc.sentences[view.sentence.index - 1]
            if "\n" not in doc.text[before.end:view.sentence.start]:
                found = ANAPHORIC.search(before.text.lower())
                limit = None if found is None else before.start + found.start()
        if found is None or limit is None:
            return None
        latest, floor = latest_date(doc), report_floor(doc)
        best = None
        for timex in doc.timexes:
            if timex.start >= limit:
                break
            if timex.value is None or timex.sentence < view.sentence.index - ANAPHORIC_REACH \
                    or (latest is not None and timex.value > latest) or statement_tagged(doc, timex):
                continue
            best = timex
        if best is None:
            return DateGuess(None, None, "unknown", "anaphoric")
        if best.precision == "day" and best.value_end is None:
            return DateGuess(best.value, best.value, "unknown", "anaphoric")
        end = best.value_end or best.value
        if best.precision in ("year", "month") and floor is not None and end < floor:
            return DateGuess(best.value, end, best.precision, "anaphoric")
        return None

    @staticmethod
    def _own_timex(view: SentenceView, timexes: list[Timex], trigger_start: int,
                   clause: tuple[int, int], verb: bool = False) -> Timex | None:
        """The time expression of the event's clause nearest its trigger."""
        base = view.sentence.start
        clause_start, clause_end = clause
        inside = [t for t in timexes if t.value is not None and clause_start <= t.start - base < clause_end]
        if not inside:
            # "... sejak hari Jumat", "... selama serangannya pada 7 Oktober", "... yang dilakukan
            # X pada 7 Oktober": a temporal or relative clause right after the event's clause dates it
            following = _first_after(timexes, base, clause_end)
            if following is not None and (following.start - base == clause_end or (
                    (TEMPORAL.match(view.low, clause_end) or (not verb and RELATIVE_EVENT.match(view.low, clause_end)))
                    and sum(clause_end <= b < following.start - base for b, _ in view.breaks) <= 1)):
                inside = [following]
        return min(inside, key=lambda t: abs(t.start - base - trigger_start)) if inside else None

    @staticmethod
    def _from_timex(view: SentenceView, best: Timex, base: int, doc: Document) -> DateGuess:
        local = best.start - base
        before = view.low[max(0, local - 8):local]
        if best.text.lower().startswith(("sejak", "semenjak")) and best.value_end is not None:
            span = (best.value_end - best.value).days
            precision = "week" if span <= 7 else "month" if span <= 62 else "year"
            return DateGuess(best.value, best.value_end, precision, "timex.since")
        until = doc.published or narrative_reference(doc, view.sentence)
        if re.search(r"\bsejak\s*$", before) and until is not None and until >= best.value:
            span = (until - best.value).days
            precision = "week" if span <= 7 else "month" if span <= 31 else "year"
            return DateGuess(best.value, until, precision, "timex.since")
        return DateGuess(best.value, best.value_end or best.value, best.precision, "timex", best.time)


# How far before a date a document noun may stand (characters): a noun and `document_dates.window` words.
DOCUMENT_REACH = 160
# How many words before a document noun may name it the act's instrument ("melalui surat ...").
INSTRUMENT_WORDS = 2
FUTURE_MODALITIES = frozenset({"planned", "expected", "hypothetical"})


def _words_re(words, tail: str = "") -> re.Pattern | None:
    words = [w for w in words if w]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(words)}){tail}(?!\w)") if words else None


_TIME = load_data("id/time.yaml")
_HABIT = _TIME.get("habitual", {})
_EVERY = [f"{cue} {unit}" for cue in _TIME.get("recurrence_cues", ())
          for unit in [*_HABIT.get("units", ()), *_TIME.get("weekdays", {})]]
# "setiap Senin", "beberapa kali", "rutin" (before the trigger only): a repeated act
HABITUAL = _words_re([*_EVERY, *_HABIT.get("cues", ())])
HABITUAL_BEFORE = frozenset(_HABIT.get("before_only", ()))
HABITUAL_PASS = frozenset(_HABIT.get("not_verbs", ()))
# "saat itu": the time told before
ANAPHORIC = _words_re(_TIME.get("anaphoric_time", ()))
ANAPHORIC_FOLLOWERS = frozenset(_TIME.get("anaphoric_followers", ()))
ANAPHORIC_REACH = int(_TIME.get("anaphoric_reach", 6))
NARRATED_PARTY = _words_re(_TIME.get("narrated_parties", ()))
# "telah menetapkan Lisa Mariana ...": the name a restated perfect act is done to (`_earlier_act_day`)
NAME_AFTER = re.compile(r"(?<!\s)\s++(?:[a-z]\w*+\s++)?([A-Z][\w-]{2,})")
# How many words after the restated act's stem word the same name may stand in the earlier sentence.
NAME_WORDS = 3
# How many words a fronted phrase naming an episode again may hold before its anaphor ("Dalam sidang
# pemeriksaan itu,"): set by hand on invented sentences.
EPISODE_WORDS = 3
# A capitalised word of two characters or more ("DS", "Majalengka"), not one opening the sentence.
CAPITALISED = re.compile(r"(?<=[\s(])[A-Z][\w-]+")
CONNECTIVE = _words_re(_TIME.get("narrative_connectives", ()))
FINDING = _words_re(_TIME.get("finding_cues", ()))
HEARING_ACTS = frozenset(_TIME.get("hearing_acts", ()))
_TELLERS = [w for w in [*load_data("id/reporting_verbs.yaml").get("after", ()), *_TIME.get("claim_verbs", ())]
            if " " not in w]
# "terjadi pada Sabtu (11/10)": a day an incident took place on (the cue, then up to two words)
INCIDENT_CUE = (re.compile(rf"(?<!\w)(?:{phrase_alternation(_TIME.get('incident_cues', ()))})(?!\w)\W+(?:\w+\W+){{0,2}}$")
                if _TIME.get("incident_cues") else None)
INCIDENT_ANAPHORS = frozenset(_TIME.get("incident_anaphors", ()))
NOUN_PREFIXES = tuple(_TIME.get("event_noun_prefixes", ()))
PAST_ADVERBIAL = _words_re(_TIME.get("past_adverbials", ()))
QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# A past adverbial after the trigger dates it only within this many words, with no comma, quotation mark or
# clause word between (time.yaml `past_adverbial_after`, `past_adverbial_closers`).
PAST_ADVERBIAL_AFTER = int(_TIME.get("past_adverbial_after", 0))
PAST_ADVERBIAL_CLOSE = re.compile(
    rf"[,;:\"\u201c\u201d]|(?<!\w)(?:{_alternation(_TIME['past_adverbial_closers'])})(?!\w)")
PARTY_OWNERS = frozenset(_TIME.get("party_owners", ()))
PARTY_OWNER_REACH = 20  # characters before a party word its owner noun may stand in
# '..., ujar jaksa', '..." beber JPU': the prosecutor's tag after the act ("tambahnya di hadapan jaksa" is none)
PROSECUTOR_TAG = (re.compile(rf"(?<!\w)(?:{phrase_alternation(_TELLERS)})(?:nya)?\s+"
                             rf"(?:{phrase_alternation(_TIME.get('indictment_cues', ()))})(?!\w)")
                  if _TELLERS and _TIME.get("indictment_cues") else None)
NO_DATE = DateGuess(None, None, "unknown", "none")
