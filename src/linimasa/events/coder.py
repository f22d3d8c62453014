"""The event coder: PLOVER events from Indonesian sentences, by trigger words and argument rules.

A cascade per trigger, each step named in the event's `rule`:
1. find triggers (`resources/id/triggers.yaml`, longest phrase first), and for a word
   with senses the first sense whose context holds ("menyerang X lewat media sosial"
   is a verbal attack, ACCUSE; "mendukung ketahanan pangan" no event);
2. skip triggers inside the content of a request ("mendesak X untuk menyerang Y"
   codes the REQUEST, not the attack);
3. read the source and target from the sentence's one clause analysis
   (`events.clauses`): the subject of an active predicate acts, the agent of a passive
   one, the genitive of a noun; the object, or an actor governed by one of the rule's
   target prepositions, is acted on;
4. one event per coordinated actor ("mendesak Qatar, Mesir dan Turki");
5. modality, negation, date and location from the words around the trigger.

An event needs a resolved source, because an event nobody did is of little use
to the analyst; PROTEST is the exception (crowds are rarely named actors).
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..document import Document, Event
from ..actors.coref import PRONOUN_WINDOW
from ..pipeline import register
from ..resources import Resources
from .arguments import VERBAL, Arg, Grammar, SentenceView, build_view, coordinated, governing_preposition, subject_before, words_between
from .groups import GroupNouns
from .clauses import ClauseAnalyzer, ClauseWords, Predicate, PredicateHint
from .lexicon import trie_pattern
from .modality import ModalityReader
from .nonevents import NonEventFilter

log = logging.getLogger(__name__)

SOURCELESS_TYPES = frozenset({"PROTEST"})
# Prepositions before a passive verb whose object is the one acted on: "Terhadap X dikenakan pasal ..."
FRONTED_PATIENT = frozenset({"terhadap", "kepada"})
# Verbs whose "untuk/agar/akan ..." complement is their content, not a second event.
CONTENT_TAKING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
# Confidence multipliers for weaker argument strategies (the clause analysis's `how`).
# Set by hand; on the seed articles events found through these were right somewhat less
# often. A subject shared along a chain of verbs ("X menyatakan menolak") keeps full
# confidence: the old coder found the same subjects directly.
FALLBACK_FACTOR = 0.85
SYMMETRIC_PAIR_FACTOR = 0.9
# Types whose coordinated subject acts towards each other both ways ("X dan Y menandatangani
# perjanjian": each side agrees with the other). PLOVER's AGREE has a direction and the agreement
# binds both; CONSULT and COOPERATE are symmetric in the evaluation, so one direction says it all.
RECIPROCAL_PAIR_TYPES = frozenset({"AGREE"})
# Types whose target may be the subject of a condition after them: "mengancam ... apabila X tidak ...".
CONDITION_TARGET_TYPES = frozenset({"THREATEN"})
# Types of stance whose target, when none stands after them, is the subject of a condition that opens
# right after the trigger (one word may stand between): "mendukung jika kepala daerah memakai ...",
# "setuju apabila X ...", "menolak kalau X ...": the stance is towards what X would do.
STANCE_CONDITION_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE"})
# Types whose target, when none stands after them, is the one acted on in their content: "mengancam
# akan menyerang X" threatens X (the content's predicate must be a trigger of its own).
CONTENT_OBJECT_TYPES = frozenset({"THREATEN"})
# Types addressed to the subject of their complement clause ("meminta agar X mulai ...") or to
# whom their content verb concerns ("meminta bertemu dengan X", "mengancam akan mengusir X"); a
# meeting to whom invited its subject ("X mengajak Y bertemu"); a protest to what its stance verb
# is against ("berunjuk rasa menolak X").
ADDRESSEE_TYPES = frozenset({"REQUEST", "THREATEN", "CONSULT", "PROTEST"})
# Types whose noun, standing alone after "setelah"/"saat", is an act of the main clause's
# subject: one visits or talks oneself ("X tiba di Y setelah kunjungan ke Z"). Not ASSAULT:
# "X berduka setelah serangan ke Z" does not make X the attacker.
CONTEXT_SUBJECT_TYPES = frozenset({"CONSULT"})
# Types whose target, when none stands in an object position, is a victim named anywhere after the
# trigger in its clause ("mengancam akan menyebarkan video korban", "mengevakuasi lalu mengantar korban
# banjir"; clauses.yaml victim_words).
VICTIM_TYPES = frozenset({"THREATEN", "ASSAULT", "COERCE", "AID"})  # AID: a rescue of the victim
# Acts between two parties that a noun names by a hyphenated pair of names: "pertemuan Joni-Anton", "kesepakatan
# A-B", "perang A-B": the first is the noun's genitive source, the second its target (`_paired_name`).
PAIRED_NAME_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
# Between a body in a person's title and the name ("Sekjen MPR RI Siti ..."): capitalised words (a place, a
# rank), an abbreviation in brackets, a comma; at most TITLE_BODY_GAP characters.
TITLE_GAP = re.compile(r"(?:[\s,]|\([^()]{1,20}\)|[A-Z][\w.-]*)*")
TITLE_BODY_GAP = 30
TITLE_BODY_KINDS = frozenset({"organization"})
# Acts done together with a partner: a passive's agent "bersama" someone acted with that one ("disetujui oleh X
# bersama Y": X agreed with Y), as the active voice reads its partner (clauses.yaml comitative_preps).
PARTNER_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
PAIR_HYPHEN = re.compile(r"\s?[-–]\s?")
# An event with no target takes the target of the nearest event of its own source (the same actor)
# in the sentences around it: "Ia kembali meminta uang itu dikembalikan" after "X meminta Y ..." two
# sentences before. Same type within CONTEXT_BEFORE sentences before or CONTEXT_AFTER after; any
# type in the same sentence ("meminta bertemu dengan Y dan sepakat ...") or the next one either way;
# the nearest wins. Set by hand on invented stories; re-run the dev scorer after changing them.
CONTEXT_BEFORE = 3
CONTEXT_AFTER = 1
# Trigger forms whose source is the speaker of the quote or reported speech that holds them
# (triggers.yaml: deontic, opinion).
SPEAKER_FORMS = frozenset({"deontic", "opinion"})
# How far back a description of an act ("aksi tersebut") looks for the act it refers to, in sentences.
REFERENCE_WINDOW = 8
# Types that take no target from their context and give none: a protest or a meeting names its own, and
# whom one meets or protests at (often a default, "the government") is not whom one asks or rejects.
CONTEXT_TARGET_SKIP = frozenset({"PROTEST", "CONSULT", "COOPERATE"})
# How the clause analysis finds the actor of a noun standing alone ("permintaan korban").
# How far (characters) before an agentless passive the actor holding its subject may stand.
HOLDER_REACH = 80
# How many words may stand between a patient noun ("pembebasan") and its "oleh" agent.
PATIENT_NOUN_WORDS = 7
NOUN_STRATEGIES = frozenset({"genitive", "doneby", "possessive", "antara", "none"})
# No rule is certain: a type judged right every time still leaves room for error.
CONFIDENCE_CAP = 0.95
# the capitalised word right before a "yang" clause: a name (`_named_before_relative`)
LAST_NAME_WORD = re.compile(r"\b([A-Z][\w'-]+)\s*$")
# an active verb (meN-, ber-) whose object may stand before a reporting verb after a comma (`_speaker`)
ACTIVE_VERB = re.compile(r"^(?:me|ber)\w{4,}$")


@dataclass(frozen=True, slots=True)
class TriggerRule:
    type: str
    mode: str | None
    form: str
    confidence: float
    needs: re.Pattern | None
    target_preps: frozenset[str]
    target_required: bool
    foreign_only: bool
    object_adjacent: bool
    symmetric: bool
    # sectors of the story's authority that acts when the text names no one ("X dijerat pasal ...": the
    # police or prosecutors the document names most, or no source where it names none; only with a
    # target); empty: no source, no event
    story_source: frozenset[str] = frozenset()
    story_source_needed: bool = False  # with story_source: no authority in the story, no event
    # a noun whose genitive is the one acted on ("pembebasan 3 sandera X oleh Y": X the target, the
    # "oleh" agent Y the source); with no agent, no event
    patient_noun: bool = False
    # a regex that must match the clause text right before the word, else the word is no trigger at all
    # (not even a predicate of the clause analysis): "usulan itu diterima X" but not "tunjangan yang diterima X"
    needs_before: re.Pattern | None = None
    # a passive with no agent: an actor right after a text this regex matches at its end ("sandera yang
    # ditahan X dibebaskan": X), before the trigger in its sentence, is the source (who held them acts)
    holder: re.Pattern | None = None
    senses: tuple["Sense", ...] = ()
    sense: str | None = None  # the name of the sense this rule was chosen as


# What stands in the object position right after a trigger (see `EventCoder._object_kind`).
OBJECT_KINDS = frozenset({"actor", "owned", "thing", "absent"})
# How many words a thing may run before the actor that owns it ("kebijakan baru Presiden X").
OWNER_WINDOW = 5


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a trigger word: a context condition and the rule it gives (None: no event)."""

    name: str
    rule: TriggerRule | None
    after: re.Pattern | None = None  # searched in the clause text right after the trigger
    before: re.Pattern | None = None  # searched in the clause text before the trigger
    object: frozenset[str] | None = None  # OBJECT_KINDS the object position must be
    opened_by: re.Pattern | None = None  # matched against the clause break word that opens the trigger's clause


RULE_KEYS = ("type", "mode", "confidence", "needs", "target_preps", "target_required", "foreign_only",
             "object_adjacent", "symmetric", "story_source", "story_source_needed", "patient_noun",
             "needs_before", "holder")


@dataclass(frozen=True, slots=True)
class Hit:
    rule: TriggerRule
    start: int
    end: int
    text: str
    possessive: bool
    owner: Arg | None = None  # the actor in the object position a sense read ("usulan Bupati X")


def _rule(entry: dict, default_preps: frozenset[str]) -> TriggerRule:
    return TriggerRule(
        type=entry["type"], mode=entry.get("mode"), form=entry["form"],
        confidence=float(entry.get("confidence", 0.6)),
        needs=re.compile(entry["needs"]) if entry.get("needs") else None,
        target_preps=frozenset(entry.get("target_preps", default_preps)),
        target_required=bool(entry.get("target_required", False)),
        foreign_only=bool(entry.get("foreign_only", False)),
        object_adjacent=bool(entry.get("object_adjacent", False)),
        symmetric=bool(entry.get("symmetric", False)),
        story_source=frozenset(entry.get("story_source", ())),
        story_source_needed=bool(entry.get("story_source_needed", False)),
        patient_noun=bool(entry.get("patient_noun", False)),
        needs_before=re.compile(entry["needs_before"]) if entry.get("needs_before") else None,
        holder=re.compile(entry["holder"]) if entry.get("holder") else None,
    )


def _sense(entry: dict, sense: dict, index: int, default_preps: frozenset[str]) -> Sense:
    """A sense of a trigger entry: its own keys override the entry's; `type: none` is no event."""
    unknown = set(sense) - {"name", "when", *RULE_KEYS}
    if unknown:
        raise ValueError(f"trigger sense {sense!r}: unknown keys {sorted(unknown)} (a sense cannot change the form)")
    when = sense.get("when") or {}
    kinds = when.get("object")
    if kinds is not None:
        kinds = frozenset([kinds] if isinstance(kinds, str) else kinds)
        if not kinds <= OBJECT_KINDS:
            raise ValueError(f"trigger sense {sense!r}: object must be among {sorted(OBJECT_KINDS)}")
    name = sense.get("name") or f"{entry['words'][0]}#{index}"
    merged = {**{k: v for k, v in entry.items() if k not in ("words", "senses")},
              **{k: v for k, v in sense.items() if k in RULE_KEYS}}
    rule = None if str(merged["type"]).lower() == "none" else replace(_rule(merged, default_preps), sense=name)
    return Sense(name, rule,
                 after=re.compile(when["after"]) if when.get("after") else None,
                 before=re.compile(when["before"]) if when.get("before") else None,
                 object=kinds,
                 opened_by=re.compile(when["opened_by"]) if when.get("opened_by") else None)


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


@register("events", requires=("sentences", "mentions", "actors", "timexes"), adds=("events",))
class EventCoder:
    """Codes PLOVER events.

    Adds `doc.events`: Event(type, mode, source, target, participants, date, date_end,
    date_precision, location, modality, negated, sentence, trigger, start, end
    (the clause that is the evidence), confidence, rule).
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/triggers.yaml")
        grammar = resources.data("id/modality.yaml")
        default_preps = frozenset(data["default_target_preps"])
        self.owner_sectors = frozenset(data.get("owner_sectors", ()))
        self.rules: dict[str, TriggerRule] = {}
        for entry in data["triggers"]:
            rule = _rule(entry, default_preps)
            if entry.get("senses"):
                rule = replace(rule, senses=tuple(_sense(entry, sense, i, default_preps)
                                                  for i, sense in enumerate(entry["senses"])))
            for word in entry["words"]:
                self.rules[" ".join(word.lower().split())] = rule
        phrases = sorted(self.rules, key=len, reverse=True)
        self.trigger_re = re.compile(r"(?<!\w)(" + trie_pattern(phrases) + r")(nya)?(?![\w-])")  # lexicon.py: speed
        self.story_source_not = tuple(w.lower() for w in data.get("story_source_not", ()))
        light = sorted(data["light_verbs"], key=len, reverse=True)
        self.light_verb_re = re.compile(r"(?<!\w)(?:" + "|".join(_phrase_pattern(p) for p in light) + r")(?!\w)")
        breaks = "|".join(f"(?:{p})" for p in grammar["clause_breaks"])
        complement = "|".join(grammar["complement"])
        self.grammar = Grammar(
            prepositions=frozenset(grammar["prepositions"]),
            np_fillers=frozenset(grammar["np_fillers"]),
            fronted=frozenset(grammar["fronted"]),
            complement=frozenset(grammar["complement"]),
            conditional=frozenset(grammar["conditional"]),
            object_pronouns=frozenset(grammar["object_pronouns"]),
            agent_markers=frozenset(grammar["agent_markers"]),
            clause_prepositions=frozenset(grammar["clause_prepositions"]),
            adverbs=frozenset(grammar["adverbs"]),
            clause_breaks=re.compile(breaks),
            # a quote closed after its punctuation ends the quoted words: the speaker named after it
            # ('...," kata X') is no object of a verb inside the quote; a word in scare quotes
            # ('"sangat kecewa" atas X') has no punctuation before its closing mark
            stop_forward=re.compile(r"\b(?:" + complement + r")\b|" + breaks + r"|[,.!?][\"\u201d]"),
        )
        self.complement_re = re.compile(r"\b(?:" + complement + r"|akan)\b")
        self.third_party_re = re.compile("|".join(re.escape(c) for c in grammar["third_party_cues"]))
        self.media_not_source = frozenset(resources.data("actors/media.yaml").get("not_source_of", ()))
        self.mediator_res = [re.compile(p) for p in grammar["mediator_patterns"]]
        self.mediator_subject_res = [re.compile(p) for p in grammar["mediator_subject_patterns"]]
        self.phone_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in grammar["phone_cues"]) + r")\b")
        self.purpose_re = re.compile(r"\b(?:" + "|".join(grammar["purpose"]) + r")\s+$")
        self.power_re = re.compile(r"\b(?:" + "|".join(grammar.get("power") or ["(?!)"]) + r")\s+(?:\w+\s+){0,2}$")
        clause_data = resources.data("id/clauses.yaml")
        self.bare_content = frozenset(clause_data.get("bare_content_types", ()))
        # "menghasut massa untuk melakukan penyerangan": an act urged or plotted, not done (clauses.yaml)
        self.embedding_re = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, clause_data.get("embedding_verbs") or ["(?!)"])) + r")(?!\w)"
            + r"(?:\s+[^\s,;]+){0,%d}\s+$" % int(clause_data.get("embedding_window", 6)))
        self.poll_re = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, clause_data.get("poll_words") or ["(?!)"])) + r")(?!\w)")
        self.occurrence_re = re.compile(r"\b(?:" + "|".join(clause_data.get("occurrence_verbs") or ["(?!)"]) + r")\b")
        self.references = {" ".join(w.split()): kind for kind, words in (clause_data.get("event_references") or {}).items()
                           for w in words}
        # A recipient named by a possessed noun ("meminta kepada jajarannya", "mengapresiasi seluruh
        # anggotanya") is the source's own people, whom no actor names: no target from the context.
        own = clause_data["own_recipient"]
        self.own_recipient_re = re.compile(
            r"\s*+(?<=\s)(?:(?:" + "|".join(own["prepositions"]) + r")\s++)?(?:(?:" + "|".join(own["quantifiers"])
            + r")\s++)?[a-z-]+nya\b")
        staff = own.get("staff_nouns") or ()
        self.own_duty_agents = frozenset(clause_data.get("own_duty_agents", ()))
        self.own_staff_re = re.compile(
            r"\s*+(?<=\s)(?:(?:" + "|".join(own["prepositions"]) + r")\s++)?(?:(?:" + "|".join(own["quantifiers"])
            + r")\s++)?(" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(staff, key=len, reverse=True))
            + r")nya\b") if staff else None
        region = clause_data.get("region_objects") or {}
        self.region_types = frozenset(region.get("types", ()))
        # (each starts after a non-space: matched right after a trigger, and linear when searched: test_regex_backtracking)
        self.region_object_re = re.compile(
            r"(?<!\s)\s++(?i:(?:" + "|".join(map(re.escape, region["preps"])) + r")\s++)?(?i:pemerintah\s++)?(?i:"
            + "|".join(map(re.escape, region["words"])) + r")(?:\s++[A-Z]|(?=\s++[a-z]|\s*+[,;.]))") if region.get("words") else None
        recipients = clause_data.get("aid_recipients") or {}
        self.recipient_types = frozenset(recipients.get("types", ()))
        self.recipient_re = re.compile(
            r"(?<!\s)\s++(?:[^\s,;.:]++\s++){0,%d}?(?:%s)\s++(?:(?:[\d.,]++|%s)\s++)*+" % (
                int(recipients.get("window", 5)), "|".join(map(re.escape, recipients.get("preps", ()))),
                "|".join(map(re.escape, recipients.get("between", ())))), re.IGNORECASE) if self.recipient_types else None
        counted = clause_data.get("counted_roles") or {}
        self.counted_types = frozenset(counted.get("types", ()))
        self.counted_role_re = re.compile(
            r"(?<!\s)\s++(?:\d[\d.,]*+|" + "|".join(map(re.escape, counted["counts"])) + r")\s++orang\s++(?:lagi\s++)?sebagai\s++("
            + "|".join(map(re.escape, counted["roles"])) + r")(?![\w-])", re.IGNORECASE) if self.counted_types else None
        self.reference_re = re.compile(
            r"\s*+(?<=\s)(?:(?:" + "|".join(clause_data["reference_quantifiers"]) + r")\s++)?(" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                    for w in sorted(self.references, key=len, reverse=True))
            + r")\s+(?:" + "|".join(clause_data["determiners"]) + r")\b") if self.references else None
        reporting = resources.data("id/reporting_verbs.yaml")
        # a modal of obligation in reported speech without a quote mark: "X menilai Y seharusnya ..."
        self.reporting_re = re.compile(r"\b(?:" + "|".join(map(re.escape, [*reporting["before"], *reporting["before_direct_only"],
                                                                        *reporting["before_modal"]]))
                                       + r")\b")
        self.clauses = ClauseAnalyzer(self.grammar, replace(ClauseWords.from_data(clause_data),
                                                            reporting=frozenset(reporting["before"])
                                                            | frozenset(clause_data.get("reporting_more", ())),
                                                            speech_tags=frozenset(w for w in reporting["after"] if " " not in w)),
                                      self.light_verb_re)
        self.modality = ModalityReader(grammar)
        self.groups = GroupNouns(resources.data("id/group_nouns.yaml"), resources.actor_dictionary)
        # Per-type factors fitted on judged events by scripts/calibrate_confidence.py
        self.type_factor = {kind: float(row["factor"])
                            for kind, row in resources.data("id/event_confidence.yaml")["types"].items()}

    # ---- the stage
    def __call__(self, doc: Document) -> Document:
        events: list[Event] = []
        by_sentence: dict[int, list] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        timexes: dict[int, list] = {}
        for t in doc.timexes:
            timexes.setdefault(t.sentence, []).append(t)
        tokens: dict[int, list] | None = None
        story: str | None = None
        pending: dict = {}  # generic group actors ("IDN.COP"), kept only where an event uses them
        unnamed: set = set()  # (sentence, trigger start) of events whose object no actor names
        references: dict = {}  # events whose object is "aksi tersebut": the type of the act referred to
        for sentence in doc.sentences:
            if not self.trigger_re.search(sentence.text.lower()):
                continue  # most sentences have no trigger: skip building their view
            if tokens is None:
                tokens = {}
                for token in doc.tokens:
                    tokens.setdefault(token.sentence, []).append(token)
            view = build_view(sentence, by_sentence.get(sentence.index, []), doc.actors, self.grammar)
            if story is None:
                story = self.groups.story_country(doc)
            local = self.groups.story_at(doc, sentence.index, story)  # a round-up's other story stays its own
            view.args = self.groups.args(view, doc, local, pending,
                                         [m.span() for m in self.trigger_re.finditer(view.low)])
            events.extend(self._code_sentence(doc, view, timexes.get(sentence.index, []), tokens.get(sentence.index, []),
                                              pending, unnamed, local, references))
        events = _targets_from_references(events, references)
        events = _targets_from_context(events, unnamed)
        doc.events = NonEventFilter()(doc, events)  # links, subheads, captions: issue 18
        used = {a for e in doc.events for a in (e.source, e.target, *e.participants)}
        for ident, actor in pending.items():
            if ident in used:
                doc.actors[ident] = actor
        return doc

    def _hits(self, view: SentenceView) -> list[Hit]:
        hits = []
        for found in self.trigger_re.finditer(view.low):
            phrase = " ".join(found.group(1).split())
            rule = self.rules[phrase]
            if any(a.start < found.end() and found.start() < a.end for a in view.args):
                continue  # part of a name
            if rule.needs_before is not None and not rule.needs_before.search(
                    view.low, view.clause(found.start())[0], found.start()):
                continue
            hits.append(Hit(rule, found.start(), found.end(), view.text[found.start():found.end()],
                            possessive=found.group(2) is not None))
        return hits

    @staticmethod
    def _media(doc: Document, actor_id: str | None) -> bool:
        actor = doc.actors.get(actor_id) if actor_id else None
        return actor is not None and actor.sector == "MED"

    def _code_sentence(self, doc: Document, view: SentenceView, timexes: list, tokens: list,
                       pending: dict | None = None, unnamed: set | None = None, story: str | None = None,
                       references: dict | None = None) -> list[Event]:
        pending = {} if pending is None else pending
        unnamed = set() if unnamed is None else unnamed
        references = {} if references is None else references
        events: list[Event] = []
        seen: set[tuple] = set()
        hits = self._hits(view)
        speakers = {h.start: self._speaker(doc, view, h) for h in hits if h.rule.form in SPEAKER_FORMS}
        hits = [h for h in hits if h.rule.form not in SPEAKER_FORMS or speakers[h.start] is not None]
        analysis = self.clauses.analyse(
            view, [PredicateHint(h.start, h.end, "active" if h.rule.form in SPEAKER_FORMS else h.rule.form, h.possessive)
                   for h in hits], tokens)
        # each word's sense in its context; a sense of no event keeps its place as a predicate
        hits = [self._in_sense(view, hit) for hit in hits]
        for index, hit in enumerate(hits):
            if hit is None:
                continue
            rule = hit.rule
            clause = view.clause(hit.start)
            if rule.needs is not None and not rule.needs.search(view.low[hit.end:clause[1]]):
                continue
            if self._inside_request(view, hits[:index], hit):
                continue
            if self.purpose_re.search(view.low[max(0, hit.start - 12):hit.start]):
                continue  # "guna mendukung target X": the purpose of an act, not an act
            if self.power_re.search(view.low[max(0, hit.start - 40):hit.start]):
                continue  # "punya wewenang memberikan teguran": a power held, not an act
            if self.embedding_re.search(view.low, max(clause[0], hit.start - 120), hit.start):
                continue  # "menghasut massa untuk melakukan penyerangan": urged, not done
            if self.poll_re.search(view.low, clause[0], hit.start):
                continue  # "70 persen responden setuju": a survey's answer, not an act
            found = self._roles(view, hit, analysis.predicates[index])
            if found is None:
                continue
            sources, targets, strategy = found
            if strategy == "possessive" and not hit.possessive and self._member_modifier(view, hit):
                continue  # "tuntutan rekannya": the colleagues' demand, whom no actor names, not his
            if strategy == "possessive" and sources and self._reported_owner(view, sources[-1].end, hit.start):
                continue  # "X memperkirakan dewan itu ... hingga rapat tahunannya": the board's
            if strategy.startswith("unnamed"):
                sources = self._named_before_relative(doc, view, hit)  # "Eddy yang juga Waketum PAN ini ..."
            apposed = self._apposed_person(view, sources)
            if apposed is not None:  # "Hasan, pengusaha dari PT X asal Y, menyambut ...": the person, not his firm
                sources, strategy = [apposed], strategy + "+apposed"
            described = self._described_person(doc, view, sources)
            if described is not None:  # "Wakil Ketua Komisi X DPR itu mengapresiasi ...": the person, not DPR
                sources, strategy = [described], strategy + "+described"
            if rule.type in self.media_not_source and sources and all(self._media(doc, a.actor) for a in sources):
                # "menurut AFP, X dan Y mengadakan pertemuan": the outlet reports the act, the parties do it
                if len(targets) < 2:
                    continue
                sources, targets, strategy = targets[:1], targets[1:], strategy + "+reported"
            if rule.form in SPEAKER_FORMS and self.modality.negated(view, hit.start, view.clause(hit.start)[0]):
                continue  # "gak harus seorang dokter": no obligation, no call
            if rule.form == "opinion":
                # the speaker judges; what is judged belongs to the nearest other actor before it
                speaker = speakers[hit.start]
                judged = [a for a in view.args if a.end <= hit.start and a.actor != speaker and not a.place
                          and governing_preposition(view, a, 0, self.grammar) not in self.clauses.w.location_preps]
                sources, targets, strategy = ([Arg(hit.start, hit.end, speaker, "PER", hit.text)], judged[-1:],
                                              "speaker")
            if rule.form == "deontic":
                # the one who ought to act is asked to by the speaker
                speaker = speakers[hit.start]
                if strategy == "relative":
                    continue  # "pemilik yang harus memelihara": whose duty it is, no call on anyone
                obliged = [a for a in sources if a.actor != speaker]
                if obliged and (len(obliged) < len(sources) or not self._obliged(view, obliged, hit)):
                    continue  # "kami dan X harus ...", or actors in a parenthetical before the modal
                # "X menilai sudah sepantasnya Y ...": the subject is the speaker's, Y follows the modal
                obliged = obliged or self._subject_after(view, hit)
                if not obliged:
                    continue  # "kami harus ...": the speaker's own duty
                if self._duty_not_called(view, obliged, hit):
                    continue  # "program pemerintah harus berjalan", "warga harus saya perhatikan": no call on X
                if len(obliged) == 1 and obliged[0].generic and self._speaker_side(doc, speaker, pending) == obliged[0].actor:
                    continue  # the President: "pemerintah harus berani ...": the body he serves in, his own duty
                sources, targets, strategy = [Arg(hit.start, hit.end, speaker, "PER", hit.text)], obliged, strategy + "+speaker"
            # the clitic is the object: "mengkritiknya di depan wartawan" is not aimed at the journalists
            if rule.form == "active" and (not targets or ((hit.possessive or hit.text.lower().endswith("nya"))
                                                          and all(a.generic for a in targets))):
                person = self._antecedent(doc, view, hit, sources)
                if person is not None:  # "Polisi menahannya", "mengkritik dia": the person named just before
                    targets, strategy = [person], strategy + "+antecedent"
                elif rule.object_adjacent and not targets:
                    continue  # "menahannya" with no one to refer to: as "menahan" with no object
            if not targets and rule.form == "active":
                named = self._short_name_object(doc, view, hit)
                if named is not None:  # "menetapkan Lisa sebagai tersangka": the document's Lisa X
                    targets, strategy = [named], strategy + "+shortname"
            if not targets and rule.type in VICTIM_TYPES:
                # a clitic object ("sambil mengancamnya") refers back past its clause: "memaksa korban ..., sambil
                # mengancamnya" threatens the victim named before
                targets = self._named_by(view, hit, self.clauses.w.victim_words,
                                         whole_sentence=hit.text.lower().endswith("nya"))
                if targets:
                    strategy += "+victim"
            if not targets and rule.type == "ACCUSE" and rule.mode == "allege":
                targets = [a for a in self._named_by(view, hit, self.clauses.w.culprit_words, whole_sentence=True)
                           if a not in sources]
                if targets:
                    strategy += "+culprit"
            if not targets and rule.form == "noun":
                undergoer = self._undergoer(view, hit)
                if undergoer:
                    targets, strategy = undergoer, strategy + "+undergoer"
            if not targets and rule.form == "noun" and rule.type in PAIRED_NAME_TYPES and len(sources) == 1:
                paired = self._paired_name(view, sources[0])
                if paired is not None:  # "pertemuan Joni-Anton": Anton is met
                    targets, strategy = [paired], strategy + "+pair"
            if not targets and len(sources) == 1 and self.own_staff_re is not None:
                staff = self.own_staff_re.match(view.low, hit.end)
                if staff is not None:  # "menginstruksikan jajarannya": the source's own body
                    body = self._own_body(doc, view, sources[0], pending)
                    if body is not None:
                        targets = [Arg(staff.start(1), staff.end(), body, "NORP", view.text[staff.start(1):staff.end()],
                                       generic=True)]
                        strategy += "+staff"
            if not targets and rule.type in self.counted_types and len(sources) == 1:
                counted = self.counted_role_re.match(view.text, hit.end)
                if counted is not None:  # "menetapkan 8 orang sebagai tersangka": suspects, where the source has power
                    authority = doc.actors.get(sources[0].actor) or pending.get(sources[0].actor)
                    group = self.groups.role_group(counted.group(1), doc,
                                                   (authority.country if authority is not None else None) or story, pending)
                    if group is not None:
                        targets = [Arg(counted.start(1), counted.end(1), group.id, "NORP", counted.group(1), generic=True)]
                        strategy += "+counted"
            if not targets and rule.type in self.recipient_types:
                recipient = self._recipient(view, hit, sources)
                if recipient is not None:  # "menyalurkan bantuan untuk 35 juta keluarga penerima manfaat"
                    targets, strategy = [recipient], strategy + "+recipient"
            if not targets and rule.type in self.region_types and not rule.target_required \
                    and self.region_object_re is not None:  # a visit "terbang ke Kota X" goes to a place
                region = self.region_object_re.match(view.text, hit.end)
                if region is not None and not any(a.start < region.end() and region.start() < a.end for a in view.args):
                    # "bekerja sama dengan Kabupaten X": its government (one an actor names is the resolver's)
                    body = self.groups.regional_government(doc, pending)
                    if body is not None and body.id not in {a.actor for a in sources}:
                        start = region.end() - 1 if view.text[region.end() - 1].isupper() else region.end()
                        targets = [Arg(start, start + 1, body.id, "NORP", view.text[start:start + 1], generic=True)]
                        strategy += "+region"
            if not targets and hit.owner is not None and rule.type not in SOURCELESS_TYPES:
                targets, strategy = [hit.owner], strategy + "+owner"  # the actor a sense found in the object
            if not targets and rule.type in CONTENT_OBJECT_TYPES and rule.form != "noun":
                inner = self._content_object(view, hits, analysis.predicates, index)
                if inner:
                    targets, strategy = inner, strategy + "+content"
            if rule.form not in SPEAKER_FORMS:  # "meminta kita": the speaker's side; "kita harus ..." is no call
                targets = [self._own_side(doc, view, a, pending, sources) for a in targets]
            if strategy in NOUN_STRATEGIES and rule.type not in self.groups.noun_types:
                sources = [a for a in sources if not a.generic]  # "tuntutan massa": talk about a demand
            authority = None
            if not sources and rule.story_source:
                if not targets:
                    continue  # an inferred source and no one acted on: the event says nothing
                authority = _authority(doc, rule.story_source, self.story_source_not)
                if authority is None and rule.story_source_needed:
                    continue  # "tawanan ditahan": held by no authority the story names
                if authority is None:
                    # "Kapolres X, AKBP Y, mengatakan ... Tersangka dikenakan pasal ...": the story names the
                    # officer, not his body: his body (the police of his country), else the officer himself
                    authority = self._authority_person(doc, rule.story_source, pending)
                strategy += "+story"
            elif not sources and rule.type not in SOURCELESS_TYPES:
                continue
            if not sources and rule.type in SOURCELESS_TYPES and story is not None \
                    and (self.occurrence_re.search(view.low, clause[0], clause[1])
                         or (strategy == "blocked" and rule.form == "active")):
                # a protest no one is named for, said to take place, is the crowd's of where it happens; so is
                # a protest verb whose subject no actor names ("lebih dari 20.000 orang berdemonstrasi")
                crowd = self.groups.crowd(view, doc, story, pending)
                sources, strategy = [Arg(hit.start, hit.end, crowd.id, "NORP", hit.text, generic=True)], strategy + "+crowd"
            if not sources and strategy in NOUN_STRATEGIES:
                continue  # a protest merely mentioned ("selama unjuk rasa"): no one, nowhere, no event
            if rule.target_required and not targets:
                continue
            if not targets and rule.type == "PROTEST" and sources:
                targets = self._protested_body(doc, view, hit, clause)  # "demo terkait tunjangan DPR": DPR
                if targets:
                    strategy += "+topic"
            pairs = [(s, t, False) for s in dict.fromkeys(a.actor for a in sources) or [authority]
                     for t in dict.fromkeys(a.actor for a in targets) or [None]]
            if strategy.endswith("+pair") and rule.type in RECIPROCAL_PAIR_TYPES:
                pairs += [(t, s, True) for s, t, _ in pairs if t is not None]
            modality = self.modality.modality(view, hit.start, clause[0], rule.type, noun=rule.form == "noun")
            negated = self.modality.negated(view, hit.start, clause[0])
            when = self.modality.date(view, timexes, hit.start, clause, doc, modality)
            mode, participants = self._mode_and_participants(view, rule, clause)
            location = self._location(view, clause)
            confidence = min(CONFIDENCE_CAP, rule.confidence * self.type_factor.get(rule.type, 1.0)) * (
                FALLBACK_FACTOR if strategy.endswith(("fronted", "relative", "pronoun", "condition", "inner", "main", "addressee", "owner", "content")) else 1.0)
            for source, target, paired in pairs:
                if source is not None and target is not None and source == target:
                    continue
                if target is None and source in pending and not self.groups.names_object(view.text, hit.end):
                    default = self.groups.default_target(rule.type, pending[source], doc, pending,
                                                         noun=strategy in NOUN_STRATEGIES)
                    target = default.id if default is not None and default.id != source else None
                    if target is not None:
                        # "warga meminta ..." in a story about DPRD X: that body, not the national government
                        target = self.groups.regional_target(rule.type, pending[source], doc, view.sentence.index) or target
                if rule.foreign_only and not self._foreign(doc, pending, source, target):
                    continue
                if target is None and rule.mode == "visit" and source in pending:
                    continue  # "ramai dikunjungi wisatawan": an unnamed crowd visiting no one named is no visit
                key = (rule.type, source, target, hit.start)
                if key in seen:
                    continue
                if target is None and (self.groups.names_object(view.text, hit.end)
                                       or self.own_recipient_re.match(view.low, hit.end)
                                       or strategy.startswith(("patient-noun", "passive+holder"))):
                    # the captives are named but no actor ("pembebasan 20 sandera oleh X"): no target from context
                    unnamed.add((view.sentence.index, view.sentence.start + clause[0], hit.text))
                if target is None and self.reference_re is not None:
                    referred = self.reference_re.match(view.low, hit.end)
                    if referred is not None:  # "menentang aksi tersebut": the protest told before
                        references[(view.sentence.index, view.sentence.start + clause[0], hit.text)] = \
                            self.references[" ".join(referred.group(1).split())]
                seen.add(key)
                events.append(Event(
                    type=rule.type, sentence=view.sentence.index,
                    start=view.sentence.start + clause[0], end=view.sentence.start + clause[1],
                    trigger=hit.text, source=source, target=target, mode=mode,
                    participants=tuple(p for p in participants if p not in (source, target)),
                    date=when.date, date_end=when.date_end, date_precision=when.precision,
                    time=when.time, location=location, modality=modality, negated=negated,
                    confidence=round(confidence * (SYMMETRIC_PAIR_FACTOR if paired else 1.0), 2),
                    rule=f"{rule.type}.{rule.form}.{strategy}" + (f"@{rule.sense}" if rule.sense else ""),
                ))
        # "Serangan Israel terhadap Gaza menewaskan ...": the targetless event says less than its sibling
        targeted = {(e.type, e.source) for e in events if e.target is not None}
        return [e for e in events if e.target is not None or (e.type, e.source) not in targeted]

    # ---- senses
    def _reported_owner(self, view: SentenceView, start: int, end: int) -> bool:
        """Between the actor before a possessed noun trigger and the trigger, a verb of saying or judging
        whose clause opens with a noun phrase closed by a determiner ("memperkirakan dewan itu belum
        akan ..."): that phrase, which no actor names, is the one the clitic refers to."""
        first, last = bisect_left(view.starts, start), bisect_left(view.starts, end)
        words = view.words[first:last]
        w = self.clauses.w
        for i, (_, w_end, word, _) in enumerate(words):
            if word not in w.reporting:
                continue
            following = words[i + 1:i + 6]
            for j, (w_start, _, later, _) in enumerate(following):
                if later in w.determiners:
                    return j > 0 and not any(a.start >= w_end and a.end <= w_start for a in view.args)
            return False
        return False

    def _member_modifier(self, view: SentenceView, hit: Hit) -> bool:
        """The possessed word after a noun trigger is a member noun ("tuntutan rekannya", "aksi
        pendukungnya"; clauses.yaml members_of): the members act, not the one the clitic names."""
        after = words_between(view, hit.end, min(len(view.text), hit.end + 30))[:1]
        if not after:
            return False
        word = after[0][0]
        members = self.clauses.w.members_of
        return word.endswith("nya") and (word in members or word[:-3] in members)

    def _in_sense(self, view: SentenceView, hit: Hit) -> Hit | None:
        """The hit with the rule of its word's first sense whose condition holds; None for a
        sense of no event; the hit unchanged when its word has no senses or none matches."""
        senses = hit.rule.senses
        if not senses:
            return hit
        clause = view.clause(hit.start)
        # the word that closes the clause is what follows the trigger too: "sepakat bahwa ..."
        after_end = next((end for start, end in view.breaks if start == clause[1]), clause[1])
        kind, owner = None, None
        before_start = clause[0]
        if view.break_before(clause[0]) == "yang":
            # "tanah yang dibebaskan": the head a relative clause describes stands before its "yang"
            opened = next((b for b, e in view.breaks if e == clause[0]), None)
            if opened is not None and opened > 0:
                before_start = view.clause(opened - 1)[0]
        for sense in senses:
            if sense.after is not None and not sense.after.search(view.low[hit.end:after_end]):
                continue
            if sense.before is not None and not sense.before.search(view.low[before_start:hit.start]):
                continue
            if sense.opened_by is not None and not sense.opened_by.fullmatch(view.break_before(clause[0])):
                continue
            if sense.object is not None:
                if kind is None:
                    kind, owner = self._object_kind(view, hit, clause)
                if kind not in sense.object:
                    continue
            if sense.rule is None:
                return None
            return replace(hit, rule=sense.rule, owner=owner if sense.object is not None else None)
        return hit

    def _object_kind(self, view: SentenceView, hit: Hit, clause: tuple[int, int]) -> tuple[str, Arg | None]:
        """What stands right after the trigger: an actor ("mendukung Bupati X", fillers such as
        "para" allowed), a thing owned by an actor within OWNER_WINDOW words and no preposition
        ("mendukung kebijakan Bupati X"), another thing ("mendukung ketahanan pangan"), or nothing;
        with the actor for the first two."""
        if hit.possessive:
            return "actor", None  # "mendukungnya": the clitic is a person
        first = bisect_left(view.starts, hit.end)
        words = [w for w in view.words[first:first + OWNER_WINDOW + 4] if w[1] <= clause[1]]
        if not words:
            return "absent", None
        arg = next((a for a in view.args if a.start >= hit.end), None)
        if arg is not None and arg.start < clause[1]:
            between = [w[2] for w in words if w[1] <= arg.start]
            if all(w in self.grammar.np_fillers for w in between):
                return "actor", arg  # a place right after the verb stands for its government ("mendorong Kota X")
            if (not arg.place and len(between) <= OWNER_WINDOW
                    and not any(w in self.grammar.prepositions or w in self.grammar.complement for w in between)
                    and (not arg.generic or arg.actor.rsplit(".", 1)[-1] in self.owner_sectors)):
                return "owned", arg
        return "thing", None

    def _content_object(self, view: SentenceView, hits: list[Hit | None], predicates: list[Predicate],
                        index: int) -> list:
        """The object of the first trigger after hit `index` in its content ("mengancam akan
        menyerang X": X), in the same clause and right after a complement word or "akan"."""
        hit = hits[index]
        for later, frame in zip(hits[index + 1:], predicates[index + 1:]):
            if later is None or frame.voice == "passive":
                continue
            between = view.low[hit.end:later.start]
            if self.grammar.clause_breaks.search(between) or not self.complement_re.search(between):
                return []
            return list(frame.object(later.rule.target_preps))
        return []

    # ---- arguments
    def _inside_request(self, view: SentenceView, earlier: list[Hit | None], hit: Hit) -> bool:
        """True when `hit` is the content of an earlier request, refusal, agreement or threat
        in its clause ("mendesak X untuk menyerang Y", "menolak untuk menarik diri",
        "mengancam akan membekukan"), or of a request or denial without a complementiser
        ("meminta dipertemukan dengan X", clauses.yaml bare_content_types): the content is not an
        event that happened."""
        for prior in reversed(earlier):
            if prior is None:
                continue
            if prior.rule.type not in CONTENT_TAKING or prior.rule.form == "noun":
                continue
            between = view.low[prior.end:hit.start]
            if self.grammar.clause_breaks.search(between):
                continue
            if prior.rule.type == "THREATEN" or self.complement_re.search(between):
                return True
            # a noun stays an event ("menolak permintaan X": the request was made)
            # an invitation codes the meeting ("mengajak Y bertemu", clauses.yaml inviting)
            if (prior.rule.type in self.bare_content and prior.rule.form not in SPEAKER_FORMS and hit.rule.form != "noun"
                    and " ".join(prior.text.lower().split()) not in self.clauses.w.inviting and "," not in between
                    and not any(w in self.clauses.w.coordinators for w in between.split())):
                return True  # "meminta dipertemukan dengan X", "membantah bertemu X": asked for or denied
        return False

    def _roles(self, view: SentenceView, hit: Hit, frame: Predicate):
        """Sources, targets and the strategy that found them, read from the hit's predicate."""
        rule = hit.rule
        if frame.voice == "passive":
            if hit.possessive:
                # "mendukung dihukumnya X oleh Y": a passive made a noun by "-nya" names the one acted
                # on right after it, and only an agent marked by "oleh" acts
                return self._nominal_passive(view, hit, frame)
            targets = list(frame.subject)
            if not targets and rule.story_source:
                # "Terhadap pelaku dikenakan pasal ...": the one charged, fronted in a prepositional phrase
                low = view.clause(hit.start)[0]
                targets = [a for a in view.args if low <= a.start and a.end <= hit.start
                           and governing_preposition(view, a, low, self.grammar) in FRONTED_PATIENT][-1:]
            if not frame.agent and rule.holder is not None:
                holders = [a for a in view.args if hit.start - HOLDER_REACH <= a.start and a.end <= hit.start
                           and rule.holder.search(view.low, max(0, a.start - 40), a.start)]
                if holders:
                    return holders[-1:], [a for a in targets if a.actor != holders[-1].actor], "passive+holder"
            if not targets and frame.agent and rule.type in PARTNER_TYPES:
                # "disetujui oleh Komisi X bersama pemerintah": the agent's partner, as in the active voice
                partner = next((c.args for c in frame.complements if c.prep in self.clauses.w.comitative), ())
                if partner:
                    return list(frame.agent), list(partner), "passive+partner"
            return list(frame.agent), targets, "passive"
        if frame.voice == "noun" and rule.patient_noun and frame.how in ("genitive", "none", "doneby"):
            return self._patient_noun(view, hit)
        sources = list(frame.subject)
        if frame.voice == "noun":
            how = frame.how
            if not sources and rule.type in CONTEXT_SUBJECT_TYPES and frame.context_subject:
                sources, how = list(frame.context_subject), "main"
            if not sources and rule.type not in SOURCELESS_TYPES:
                return None
            targets = list(frame.object(rule.target_preps))
            return sources, targets, how
        strategy = frame.how
        targets = list(frame.object(rule.target_preps, adjacent=rule.object_adjacent))
        if rule.object_adjacent and not targets:
            # "menahannya": the clitic is the adjacent object; the coder reads whom it refers to (`_antecedent`)
            return (sources, [], strategy) if hit.possessive else None
        if not targets and rule.mode != "visit":
            for how, found in (("inner", frame.inner_agent), ("pronoun", frame.pronoun_object),
                               ("condition", frame.condition_subject if rule.type in CONDITION_TARGET_TYPES else ()),
                               ("addressee", frame.addressee if rule.type in ADDRESSEE_TYPES else ())):
                if found:
                    targets, strategy = list(found), strategy + "+" + how
                    break
        if not targets and rule.type in STANCE_CONDITION_TYPES and frame.condition_subject:
            gap = words_between(view, hit.end, frame.condition_subject[0].start)
            if any(w in self.grammar.conditional for w, _ in gap[:2]):
                targets, strategy = list(frame.condition_subject), strategy + "+condition"
        if not targets and rule.symmetric and len(sources) > 1:
            return sources[:1], sources[1:], strategy + "+pair"
        return sources, targets, strategy

    def _recipient(self, view: SentenceView, hit: Hit, sources: list[Arg]) -> Arg | None:
        """The actor or group right after a word of purpose or address that follows an aid's object
        (clauses.yaml aid_recipients), with no punctuation between; None where none stands there. The clause
        may end in between: "bantuan langsung tunai sementara (BLTS) untuk ..." reads "sementara" as "while"."""
        found = self.recipient_re.match(view.text, hit.end)
        if found is None:
            return None
        arg = next((a for a in view.args if a.start >= found.end()), None)
        if arg is None or arg.start != found.end() or arg.place or arg in sources:
            return None
        return arg

    def _named_by(self, view: SentenceView, hit: Hit, words: frozenset[str], *, whole_sentence: bool) -> list[Arg]:
        """A group actor whose noun is one of `words`: after the trigger in its clause ("video korban"),
        or anywhere in the sentence."""
        start, end = (0, len(view.text)) if whole_sentence else (hit.end, view.clause(hit.start)[1])
        for arg in view.args:
            if start <= arg.start < end and arg.generic:
                tail = arg.text.lower().split()
                if tail[-1] in words or " ".join(tail[-2:]) in words:
                    return [arg]
        return []

    def _speaker(self, doc: Document, view: SentenceView, hit: Hit) -> str | None:
        """The resolved speaker of the quote that holds the hit, or None."""
        at = view.sentence.start + hit.start
        for quote in doc.quotes:
            if quote.speaker is not None and quote.start <= at < quote.end and quote.speaker in doc.actors:
                return quote.speaker
        # "X menyatakan Y seharusnya ...": the subject of a reporting verb before it in the sentence
        verb = None
        for verb in self.reporting_re.finditer(view.low, 0, hit.start):
            pass
        if verb is None:
            return None
        clause_start = view.clause(verb.start())[0]
        said = subject_before(view, verb.start(), clause_start, self.grammar)
        if len(said) == 1 and "," in view.text[said[0].end:verb.start()]:
            # "X merespons pengumuman Y, menyebut ...": Y is the object of X's verb, and X speaks
            first = bisect_left(view.starts, clause_start)
            last = bisect_left(view.starts, said[0].start)
            prior = next((w for w in reversed(view.words[first:last]) if ACTIVE_VERB.match(w[2])), None)
            if prior is not None:
                said = subject_before(view, prior[0], clause_start, self.grammar) or said
        return said[0].actor if len(said) == 1 and not said[0].generic else None

    def _named_before_relative(self, doc: Document, view: SentenceView, hit: Hit) -> list[Arg]:
        """The person whose name, unresolved in this sentence, stands before the verbless "yang" clause of
        the hit's clause ("Eddy yang juga Waketum PAN ini menyampaikan ..."): a person of the document with
        that word as name or alias; [] where none or several."""
        clause_start = view.clause(hit.start)[0]
        yang = next((b for b, e in view.breaks if e == clause_start), clause_start)
        found = LAST_NAME_WORD.search(view.text, max(0, yang - 40), yang)
        if found is None:
            return []
        word = found.group(1)
        people = [a for a in doc.actors.values() if a.kind == "person" and (
            word == a.name or word in a.aliases or word in a.name.split())]
        if len(people) != 1:
            return []
        return [Arg(found.start(1), found.end(1), people[0].id, "PER", word)]

    def _authority_person(self, doc: Document, sectors: frozenset[str], pending: dict) -> str | None:
        """The person of one of `sectors` the document names most (not a judge: story_source_not
        opens his role), as his body where his sector has one, else himself; None where none."""
        counts: dict[str, int] = {}
        for mention in doc.mentions:
            actor = doc.actors.get(mention.actor) if mention.actor else None
            if actor is not None and actor.kind == "person" and actor.sector in sectors \
                    and not (actor.role or "").lower().startswith(self.story_source_not):
                counts[actor.id] = counts.get(actor.id, 0) + 1
        if not counts:
            return None
        person = doc.actors[max(counts, key=counts.get)]
        body = self.groups.own_body(person, person.role or "", doc, pending)
        return body.id if body is not None else person.id

    def _apposed_person(self, view: SentenceView, sources: list[Arg]) -> Arg | None:
        """A subject that is a description in apposition to a person named right before it and a comma
        ("Ahmed, pengusaha dari PT Nil Rempah, menyambut ..."; "Budi, warga Sukamaju, meminta ..."): the person,
        whose country and office the description only tells. None where the subject is no such description."""
        if len(sources) != 1 or sources[0].type == "PER" or not sources[0].text[:1].islower():
            return None
        before = [a for a in view.args if a.end <= sources[0].start]
        if not before or before[-1].type != "PER" or view.text[before[-1].end:sources[0].start].strip() != ",":
            return None
        if governing_preposition(view, before[-1], 0, self.grammar) is not None:
            return None  # "Menurut X, sekolah telah mengimbau ...": X is who tells, the school acts
        return before[-1]

    def _described_person(self, doc: Document, view: SentenceView, sources: list[Arg]) -> Arg | None:
        """A subject that describes a person by office and closes with a determiner ("Wakil Ketua Komisi X
        DPR itu mengapresiasi ...") refers to the person told of just before, not to the body: the speaker of
        a quote that ends in the two sentences before, else the first person named in the sentence before.
        None where the subject is no such description or no person is found."""
        if len(sources) != 1 or sources[0].type == "PER" or sources[0].generic or not self.clauses.w.offices:
            return None
        arg = sources[0]
        after = words_between(view, arg.end, min(len(view.text), arg.end + 12))[:1]
        if not after or after[0][0] not in self.clauses.w.determiners:
            return None
        before = [w for w, _ in words_between(view, view.clause(arg.start)[0], arg.start)]
        if not before or len(before) > 5 or not any(" ".join(before[:n]) in self.clauses.w.offices for n in (1, 2, 3)):
            return None
        index = view.sentence.index
        person = None
        for quote in doc.quotes:
            if quote.speaker is not None and index - 2 <= quote.sentence < index and quote.end <= view.sentence.start:
                person = quote.speaker
        if person is None:
            person = next((m.actor for m in doc.mentions if m.sentence == index - 1 and m.type == "PER"), None)
        actor = doc.actors.get(person) if person is not None else None
        if actor is None or actor.kind != "person":
            return None
        return Arg(arg.start, arg.end, person, "PER", arg.text)

    def _obliged(self, view: SentenceView, subject: list[Arg], hit: Hit) -> bool:
        """The subject a modal of obligation binds: right before it, with no punctuation between
        ("Hamas harus", "pemerintah daerah juga harus"), or the sentence's first words ("X selaku
        pembina ..., apabila ..., harus ..."); not actors in a parenthetical before it ("para pihak,
        dengan bantuan mediator - X, Y dan Z - harus")."""
        last = subject[-1]
        if not re.search(r"[,;:()\-–—]", view.text[last.end:hit.start]) and len(words_between(view, last.end, hit.start)) <= 2:
            return True
        return not words_between(view, 0, subject[0].start)

    def _duty_not_called(self, view: SentenceView, obliged: list[Arg], hit: Hit) -> bool:
        """A modal of obligation that makes no call on the actor before it: the actor owns the thing that ought
        to be so ("program pemerintah harus berjalan": a noun of clauses.yaml possessed_nouns right before it),
        or the speaker is the one who ought to act on it ("warga harus betul-betul saya perhatikan": a
        first-person agent, clauses.yaml own_duty_agents, within three words after the modal, before its verb)."""
        before = words_between(view, max(0, obliged[0].start - 40), obliged[0].start)
        if before and before[-1][0].lower() in self.clauses.w.possessed:
            return True
        after = words_between(view, hit.end, min(len(view.text), hit.end + 60))[:4]
        for i, (word, _) in enumerate(after[:3]):
            word = word.lower()
            if word in self.own_duty_agents:
                return i + 1 < len(after) and after[i + 1][0].lower() not in self.grammar.prepositions
            if word in self.grammar.prepositions or ACTIVE_VERB.match(word) or word.startswith("di"):
                return False
        return False

    def _subject_after(self, view: SentenceView, hit: Hit) -> list[Arg]:
        """"sudah sepantasnya (bahwa) negara-negara X untuk bertindak": a modal with no subject of its own
        before it names the one obliged right after it (fillers and "bahwa" between)."""
        after = next((a for a in view.args if a.start >= hit.end), None)
        if after is None:
            return []
        gap = words_between(view, hit.end, after.start)
        if len(gap) > 3 or any(w not in self.grammar.np_fillers and w != "bahwa" for w, _ in gap):
            return []
        return [after]

    def _own_body(self, doc: Document, view: SentenceView, source: Arg, pending: dict) -> str | None:
        """The body whose staff the source addresses ("Wakil Bupati X menginstruksikan jajarannya"), read
        from its role or the title before its name; None when it is not known or is the source itself."""
        actor = doc.actors.get(source.actor) or pending.get(source.actor)
        if actor is None:
            return None
        # the title before the name here, or before the name's first occurrence ("Wakil Wali Kota X ..." then "Ia ...")
        title = view.text[max(0, source.start - 40):source.start]
        first = min((at for at in (doc.text.find(name) for name in (actor.name, *actor.aliases) if name) if at >= 0),
                    default=-1)
        if first >= 0:
            title += " " + doc.text[max(0, first - 40):first]
        named = None
        if actor.kind == "person":
            named = self._title_body(doc, view.sentence.start + source.start, source.actor)
        if actor.kind == "person" and named is None and first >= 0:
            named = self._title_body(doc, first, source.actor)
        if named is not None:
            return named
        body = self.groups.own_body(actor, title, doc, pending)
        return body.id if body is not None and body.id != source.actor else None

    @staticmethod
    def _title_body(doc: Document, name_start: int, person: str) -> str | None:
        """The body a person's title names right before the name ("Sekjen MPR RI X", "Sekretaris DPRD Y Z"):
        the organisation mention that ends within TITLE_BODY_GAP characters before it, with only capitalised
        words and brackets between; None where the title names none."""
        before = [m for m in doc.mentions if m.end <= name_start and name_start - m.end <= TITLE_BODY_GAP]
        if not before:
            return None
        nearest = max(before, key=lambda m: m.end)
        if nearest.type != "ORG" or not nearest.actor or nearest.actor == person or nearest.actor not in doc.actors:
            return None
        if doc.actors[nearest.actor].kind not in TITLE_BODY_KINDS:
            return None
        return nearest.actor if TITLE_GAP.fullmatch(doc.text, nearest.end, name_start) else None

    def _protested_body(self, doc: Document, view: SentenceView, hit: Hit, clause: tuple[int, int]) -> list[Arg]:
        """"berunjuk rasa terkait tunjangan anggota DPR", "aksi mahasiswa menolak tunjangan DPR": the first named
        public body after a protest in its clause (clauses.yaml protest_topic_sectors), with no verb but one of
        stance (clauses.yaml stance_verbs) between; [] when there is none."""
        sectors = self.clauses.w.protest_topic_sectors
        for arg in view.args:
            if arg.start < hit.end:
                continue
            if arg.start >= clause[1] or any(VERBAL.match(w) and w not in self.clauses.w.stance_verbs
                                             for w, _ in words_between(view, hit.end, arg.start)):
                return []  # a verb between ends the protest's phrase; a stance ("demo menolak ...") goes on
            actor = doc.actors.get(arg.actor)
            if arg.place or arg.generic or actor is None or actor.kind == "person":
                continue
            if actor.sector in sectors:
                return [arg]
        return []

    def _short_name_object(self, doc: Document, view: SentenceView, hit: Hit) -> Arg | None:
        """A capitalised word right after the verb that no mention covers but that is one word of the name of
        exactly one person of the document ("menetapkan Lisa sebagai tersangka" in a story about Lisa X):
        that person; None otherwise."""
        first = bisect_left(view.starts, hit.end)
        if first >= len(view.words) or hit.possessive or hit.rule.mode == "visit" \
                or hit.text.lower().split()[-1] in self.grammar.prepositions:
            return None  # "berada di Kunming", "berkunjung ke X": a place, not a person's short name
        start, end, word, capital = view.words[first]
        if not capital or view.text[hit.end:start].strip() or any(a.start < end and start < a.end for a in view.args):
            return None
        following = view.words[first + 1][2] if first + 1 < len(view.words) else ""
        if following.startswith("di") and VERBAL.match(following) and following not in self.clauses.w.not_verbs:
            return None  # "meminta Mansur dikembalikan": asks that he be returned, not him
        text = view.text[start:end]
        people = [a for a in doc.actors.values() if a.kind == "person" and (
            text == a.name or text in a.aliases or text in a.name.split())]
        if len(people) > 1:
            # "Seskab Teddy Indra Wijaya" and a bare "Teddy" the resolver kept apart: the one the document calls
            # by this very name (not by an alias: a resolver's "Kunjungan Cook" may hold the word as one)
            people = [a for a in people if text == a.name]
        if len(people) != 1:
            return None
        return Arg(start, end, people[0].id, "PER", text)

    def _speaker_side(self, doc: Document, speaker: str | None, pending: dict) -> str | None:
        """The id of the body a person speaks for (groups.own_side, read from the title before the name's first
        occurrence), or None."""
        actor = doc.actors.get(speaker) if speaker else None
        if actor is None or actor.kind != "person":
            return None
        first = min((at for at in (doc.text.find(name) for name in (actor.name, *actor.aliases) if name) if at >= 0),
                    default=-1)
        side = self.groups.own_side(actor, doc.text[max(0, first - 40):first] if first >= 0 else "", doc, pending)
        # a side of the speaker's own sector: a DPRD member is no part of the regional government his title names
        return side.id if side is not None and side.sector == actor.sector else None

    def _own_side(self, doc: Document, view: SentenceView, arg: Arg, pending: dict, sources: list[Arg]) -> Arg:
        """A target "kita"/"kami" that the speech stage resolved to the quote's speaker stands for the
        speaker's side (groups.own_side): "Arab Saudi meminta kita ..." said by the President falls on the
        government; the speaker himself where no side is known."""
        if arg.text.lower() not in self.clauses.w.own_side_pronouns or any(a.actor == arg.actor for a in sources):
            return arg  # "kami mengadukan permasalahan kami": the speaker's own matter, no one else acts on him
        actor = doc.actors.get(arg.actor)
        if actor is None or actor.kind != "person":
            return arg
        first = min((at for at in (doc.text.find(name) for name in (actor.name, *actor.aliases) if name) if at >= 0),
                    default=-1)
        title = doc.text[max(0, first - 40):first] if first >= 0 else ""
        side = self.groups.own_side(actor, title, doc, pending)
        return replace(arg, actor=side.id, type="NORP", generic=True) if side is not None else arg

    def _antecedent(self, doc: Document, view: SentenceView, hit: Hit, sources: list[Arg]) -> Arg | None:
        """The person a verb's clitic ("menahannya") or an object pronoun right after it ("mengkritik dia",
        clauses.yaml object_person_pronouns) refers to: the one person, other than the verb's subject,
        named in this sentence before it or in the sentence before (coref.PRONOUN_WINDOW)."""
        if hit.possessive or hit.text.lower().endswith("nya"):  # some triggers list the clitic form ("memeriksanya")
            if any(c.isspace() for c in hit.text):
                return None  # "menyampaikan aspirasinya": the clitic is on the noun, whose owner speaks
            span = (hit.start, hit.end)
        else:
            first = bisect_left(view.starts, hit.end)
            if first >= len(view.words) or view.words[first][2] not in self.clauses.w.object_person_pronouns \
                    or view.text[hit.end:view.words[first][0]].strip():
                return None
            span = view.words[first][:2]
        index, floor = view.sentence.index, view.sentence.start + hit.start
        taken = {a.actor for a in sources}
        # the speaker of an earlier sentence's quote or report ("Ferry mengatakan, ...") tells the story and
        # is no one it is about; named in the verb's own sentence, he may be ("Dia memohon hakim membebaskannya")
        speakers = {(q.sentence, q.speaker) for q in doc.quotes if index - PRONOUN_WINDOW < q.sentence < index}
        people = {m.actor for m in doc.mentions
                  if index - PRONOUN_WINDOW < m.sentence <= index and m.end <= floor and m.type == "PER"
                  and m.actor in doc.actors and doc.actors[m.actor].kind == "person" and m.actor not in taken
                  and (m.sentence, m.actor) not in speakers}
        if len(people) != 1:
            return None
        return Arg(span[0], span[1], next(iter(people)), "PER", view.text[span[0]:span[1]])

    @staticmethod
    def _paired_name(view: SentenceView, source: Arg) -> Arg | None:
        """The actor joined to `source` by a hyphen ("Joni-Anton", "RI - Afsel"), another than the source."""
        for arg in view.args:
            if arg.start >= source.end:
                if arg.actor != source.actor and not arg.place \
                        and PAIR_HYPHEN.fullmatch(view.text, source.end, arg.start) is not None:
                    return arg
                return None
        return None

    def _undergoer(self, view: SentenceView, hit: Hit) -> list[Arg]:
        """"X menghadapi gugatan Y": the subject of a verb of undergoing right before the noun."""
        first = bisect_left(view.starts, hit.start)
        if first == 0 or view.words[first - 1][2] not in self.clauses.w.undergoing_verbs:
            return []
        verb_start = view.words[first - 1][0]
        clause_start = view.clause(hit.start)[0]
        found = subject_before(view, verb_start, clause_start, self.grammar)
        if not found and view.break_before(clause_start) == "yang":
            found = subject_before(view, verb_start, 0, self.grammar)  # "X yang akan menghadapi gugatan Y": X
        return [a for a in found if not a.place]

    def _patient_noun(self, view: SentenceView, hit: Hit):
        """"pembebasan (tiga) sandera X oleh Y": Y (after an agent marker, at most PATIENT_NOUN_WORDS
        words past the noun) acts, X (an actor before the marker) is acted on; no agent, no event."""
        clause_end = view.clause(hit.start)[1]
        before: list[Arg] = []
        for arg in view.args:
            if arg.start < hit.end:
                continue
            if arg.start >= clause_end:
                break
            gap = [w for w, _ in words_between(view, hit.end, arg.start)]
            if len(gap) > PATIENT_NOUN_WORDS:
                return None
            if any(w in self.grammar.agent_markers for w in gap[-2:]):
                return coordinated(view, arg, True, clause_end), before[:1], "patient-noun"
            if before or any(w in self.grammar.prepositions for w in gap):
                return None  # a second actor, or one behind a preposition, before any agent
            before.append(arg)
        return None

    def _nominal_passive(self, view: SentenceView, hit: Hit, frame: Predicate):
        after = [a for a in view.args if a.start >= hit.end]
        if not after or words_between(view, hit.end, after[0].start):
            return None
        patient = coordinated(view, after[0], True, view.clause(hit.start)[1])
        agents: list[Arg] = []
        later = next((a for a in view.args if a.start >= patient[-1].end), None)
        if later is not None and later.start < view.clause(hit.start)[1]:
            gap = [w for w, _ in words_between(view, patient[-1].end, later.start)]
            if gap and gap[0] in self.grammar.agent_markers and len(gap) <= 3:
                agents = coordinated(view, later, True, len(view.text))
        return agents, list(patient), "nominal-passive"

    def _foreign(self, doc: Document, pending: dict, source: str | None, target: str | None) -> bool:
        if source is None or target is None:
            return False
        a = doc.actors.get(source) or pending.get(source)
        b = doc.actors.get(target) or pending.get(target)
        return bool(a and b and b.country and a.country != b.country)

    def _mode_and_participants(self, view: SentenceView, rule: TriggerRule, clause: tuple[int, int]):
        if rule.type != "CONSULT":
            return rule.mode, ()
        mode = rule.mode
        participants: list[str] = []
        if self.third_party_re.search(view.low):
            mode = "third-party"
            for pattern in self.mediator_res:
                for found in pattern.finditer(view.low):
                    first = [a for a in view.args if a.start >= found.end()][:1]
                    if first and len(words_between(view, found.end(), first[0].start)) <= 2:
                        participants += [a.actor for a in coordinated(view, first[0], True, len(view.text))]
            for pattern in self.mediator_subject_res:
                for found in pattern.finditer(view.low):
                    participants += [a.actor for a in subject_before(view, found.start(), 0, self.grammar)]
        elif mode is None and self.phone_re.search(view.low, clause[0], clause[1]):
            mode = "phone"
        return mode, tuple(dict.fromkeys(participants))

    def _location(self, view: SentenceView, clause: tuple[int, int]) -> str | None:
        for arg in view.args:
            if clause[0] <= arg.start < clause[1] and arg.type in ("LOC", "GPE"):
                if governing_preposition(view, arg, clause[0], self.grammar) == "di":
                    return arg.text
        return None


def _targets_from_references(events: list[Event], references: dict) -> list[Event]:
    """"Pemerintah menentang aksi tersebut": the act referred to is the latest event of its type before
    (REFERENCE_WINDOW sentences at most), and whoever did it is the target."""
    if not references:
        return events
    out = []
    for event in events:
        kind = references.get((event.sentence, event.start, event.trigger)) if event.target is None else None
        if kind is not None:
            earlier = [e for e in events if e.type == kind and e.source is not None and e.source != event.source
                       and 0 <= event.sentence - e.sentence <= REFERENCE_WINDOW and e is not event]
            if earlier:
                event = replace(event, target=earlier[-1].source, rule=event.rule + "+reference",
                                confidence=round(event.confidence * FALLBACK_FACTOR, 2))
        out.append(event)
    return out


def _targets_from_context(events: list[Event], unnamed: set = frozenset()) -> list[Event]:
    """Events with a source and no target take the target of the nearest event of the same source
    around them (see CONTEXT_BEFORE): a speaker's second request is to whom the first was."""
    by_source: dict[str, list[Event]] = {}
    for event in events:
        if event.source is not None and event.target is not None and event.type not in CONTEXT_TARGET_SKIP:
            by_source.setdefault(event.source, []).append(event)
    if not by_source:
        return events
    out = []
    for event in events:
        if event.target is None and event.source in by_source and event.type not in CONTEXT_TARGET_SKIP \
                and (event.sentence, event.start, event.trigger) not in unnamed:
            best = None
            for other in by_source[event.source]:
                distance = event.sentence - other.sentence
                if other.target == event.source or not -CONTEXT_AFTER <= distance <= CONTEXT_BEFORE \
                        or (distance == 0 and other.trigger == event.trigger):
                    continue
                if other.type != event.type and abs(distance) > 1:
                    continue
                rank = (abs(distance), other.type != event.type, distance < 0)
                if best is None or rank < best[0]:
                    best = (rank, other)
            if best is not None:
                event = replace(event, target=best[1].target, rule=event.rule + "+context",
                                confidence=round(event.confidence * FALLBACK_FACTOR, 2))
        out.append(event)
    return out


def _authority(doc: Document, sectors: frozenset[str], courts: tuple[str, ...] = ()) -> str | None:
    """The body of one of `sectors` (police, prosecutors) the document names most, or None; not a
    body whose name starts with one of `courts`, unless `sectors` holds "COURT": then only such a
    body of sector JUD (a conviction: "X divonis ...")."""
    court = "COURT" in sectors
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        actor = doc.actors.get(mention.actor) if mention.actor else None
        if actor is None or actor.kind == "person":
            continue
        named_court = actor.name.lower().startswith(courts)
        if (actor.sector == "JUD" and named_court) if court else (actor.sector in sectors and not named_court):
            counts[actor.id] = counts.get(actor.id, 0) + 1
    return max(counts, key=counts.get) if counts else None
