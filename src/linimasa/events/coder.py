"""The event coder: PLOVER events from Indonesian sentences, by trigger words and argument rules.

A cascade per trigger, each step named in the event's `rule`:
1. find triggers (`resources/id/triggers.yaml`, longest phrase first);
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
from dataclasses import dataclass

from ..document import Document, Event
from ..pipeline import register
from ..resources import Resources
from .arguments import Grammar, SentenceView, build_view, coordinated, governing_preposition, subject_before, words_between
from .groups import GroupNouns
from .clauses import ClauseAnalyzer, ClauseWords, Predicate, PredicateHint
from .lexicon import trie_pattern
from .modality import ModalityReader
from .nonevents import NonEventFilter

log = logging.getLogger(__name__)

SOURCELESS_TYPES = frozenset({"PROTEST"})
# Verbs whose "untuk/agar/akan ..." complement is their content, not a second event.
CONTENT_TAKING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
# Confidence multipliers for weaker argument strategies (the clause analysis's `how`).
# Set by hand; on the seed articles events found through these were right somewhat less
# often. A subject shared along a chain of verbs ("X menyatakan menolak") keeps full
# confidence: the old coder found the same subjects directly.
FALLBACK_FACTOR = 0.85
SYMMETRIC_PAIR_FACTOR = 0.9
# Types whose target may be the subject of a condition after them: "mengancam ... apabila X tidak ...".
CONDITION_TARGET_TYPES = frozenset({"THREATEN"})
# Types addressed to the subject of their complement clause ("meminta agar X mulai ...") or to
# whom their content verb concerns ("meminta bertemu dengan X", "mengancam akan mengusir X"); a
# meeting to whom invited its subject ("X mengajak Y bertemu"); a protest to what its stance verb
# is against ("berunjuk rasa menolak X").
ADDRESSEE_TYPES = frozenset({"REQUEST", "THREATEN", "CONSULT", "PROTEST"})
# Types whose noun, standing alone after "setelah"/"saat", is an act of the main clause's
# subject: one visits or talks oneself ("X tiba di Y setelah kunjungan ke Z"). Not ASSAULT:
# "X berduka setelah serangan ke Z" does not make X the attacker.
CONTEXT_SUBJECT_TYPES = frozenset({"CONSULT"})
# How the clause analysis finds the actor of a noun standing alone ("permintaan korban").
NOUN_STRATEGIES = frozenset({"genitive", "doneby", "possessive", "antara", "none"})
# No rule is certain: a type judged right every time still leaves room for error.
CONFIDENCE_CAP = 0.95


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


@dataclass(frozen=True, slots=True)
class Hit:
    rule: TriggerRule
    start: int
    end: int
    text: str
    possessive: bool


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
        self.rules: dict[str, TriggerRule] = {}
        for entry in data["triggers"]:
            rule = TriggerRule(
                type=entry["type"], mode=entry.get("mode"), form=entry["form"],
                confidence=float(entry.get("confidence", 0.6)),
                needs=re.compile(entry["needs"]) if entry.get("needs") else None,
                target_preps=frozenset(entry.get("target_preps", default_preps)),
                target_required=bool(entry.get("target_required", False)),
                foreign_only=bool(entry.get("foreign_only", False)),
                object_adjacent=bool(entry.get("object_adjacent", False)),
                symmetric=bool(entry.get("symmetric", False)),
            )
            for word in entry["words"]:
                self.rules[" ".join(word.lower().split())] = rule
        phrases = sorted(self.rules, key=len, reverse=True)
        self.trigger_re = re.compile(r"(?<!\w)(" + trie_pattern(phrases) + r")(nya)?(?![\w-])")  # lexicon.py: speed
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
            stop_forward=re.compile(r"\b(?:" + complement + r")\b|" + breaks),
        )
        self.complement_re = re.compile(r"\b(?:" + complement + r"|akan)\b")
        self.third_party_re = re.compile("|".join(re.escape(c) for c in grammar["third_party_cues"]))
        self.mediator_res = [re.compile(p) for p in grammar["mediator_patterns"]]
        self.mediator_subject_res = [re.compile(p) for p in grammar["mediator_subject_patterns"]]
        self.phone_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in grammar["phone_cues"]) + r")\b")
        self.purpose_re = re.compile(r"\b(?:" + "|".join(grammar["purpose"]) + r")\s+$")
        self.clauses = ClauseAnalyzer(self.grammar, ClauseWords.from_data(resources.data("id/clauses.yaml")),
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
            view.args = self.groups.args(view, doc, story, pending,
                                         [m.span() for m in self.trigger_re.finditer(view.low)])
            events.extend(self._code_sentence(doc, view, timexes.get(sentence.index, []), tokens.get(sentence.index, []),
                                              pending))
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
            hits.append(Hit(rule, found.start(), found.end(), view.text[found.start():found.end()],
                            possessive=found.group(2) is not None))
        return hits

    def _code_sentence(self, doc: Document, view: SentenceView, timexes: list, tokens: list,
                       pending: dict | None = None) -> list[Event]:
        pending = {} if pending is None else pending
        events: list[Event] = []
        seen: set[tuple] = set()
        hits = self._hits(view)
        analysis = self.clauses.analyse(
            view, [PredicateHint(h.start, h.end, h.rule.form, h.possessive) for h in hits], tokens)
        for index, hit in enumerate(hits):
            rule = hit.rule
            clause = view.clause(hit.start)
            if rule.needs is not None and not rule.needs.search(view.low[hit.end:clause[1]]):
                continue
            if self._inside_request(view, hits[:index], hit):
                continue
            if self.purpose_re.search(view.low[max(0, hit.start - 12):hit.start]):
                continue  # "guna mendukung target X": the purpose of an act, not an act
            found = self._roles(view, hit, analysis.predicates[index])
            if found is None:
                continue
            sources, targets, strategy = found
            if strategy in NOUN_STRATEGIES and rule.type not in self.groups.noun_types:
                sources = [a for a in sources if not a.generic]  # "tuntutan massa": talk about a demand
            if not sources and rule.type not in SOURCELESS_TYPES:
                continue
            if rule.target_required and not targets:
                continue
            pairs = [(s, t, False) for s in dict.fromkeys(a.actor for a in sources) or [None]
                     for t in dict.fromkeys(a.actor for a in targets) or [None]]
            modality = self.modality.modality(view, hit.start, clause[0])
            negated = self.modality.negated(view, hit.start, clause[0])
            when = self.modality.date(view, timexes, hit.start, clause, doc, modality)
            mode, participants = self._mode_and_participants(view, rule, clause)
            location = self._location(view, clause)
            confidence = min(CONFIDENCE_CAP, rule.confidence * self.type_factor.get(rule.type, 1.0)) * (
                FALLBACK_FACTOR if strategy.endswith(("fronted", "relative", "pronoun", "condition", "inner", "main", "addressee")) else 1.0)
            for source, target, paired in pairs:
                if source is not None and target is not None and source == target:
                    continue
                if target is None and source in pending and not self.groups.names_object(view.text, hit.end):
                    default = self.groups.default_target(rule.type, pending[source], doc, pending,
                                                         noun=strategy in NOUN_STRATEGIES)
                    target = default.id if default is not None and default.id != source else None
                if rule.foreign_only and not self._foreign(doc, pending, source, target):
                    continue
                key = (rule.type, source, target, hit.start)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(
                    type=rule.type, sentence=view.sentence.index,
                    start=view.sentence.start + clause[0], end=view.sentence.start + clause[1],
                    trigger=hit.text, source=source, target=target, mode=mode,
                    participants=tuple(p for p in participants if p not in (source, target)),
                    date=when.date, date_end=when.date_end, date_precision=when.precision,
                    location=location, modality=modality, negated=negated,
                    confidence=round(confidence * (SYMMETRIC_PAIR_FACTOR if paired else 1.0), 2),
                    rule=f"{rule.type}.{rule.form}.{strategy}",
                ))
        # "Serangan Israel terhadap Gaza menewaskan ...": the targetless event says less than its sibling
        targeted = {(e.type, e.source) for e in events if e.target is not None}
        return [e for e in events if e.target is not None or (e.type, e.source) not in targeted]

    # ---- arguments
    def _inside_request(self, view: SentenceView, earlier: list[Hit], hit: Hit) -> bool:
        """True when `hit` is the content of an earlier request, refusal, agreement or threat
        in its clause ("mendesak X untuk menyerang Y", "menolak untuk menarik diri",
        "mengancam akan membekukan"): the content is not an event that happened."""
        for prior in reversed(earlier):
            if prior.rule.type not in CONTENT_TAKING or prior.rule.form == "noun":
                continue
            between = view.low[prior.end:hit.start]
            if self.grammar.clause_breaks.search(between):
                continue
            if prior.rule.type == "THREATEN" or self.complement_re.search(between):
                return True
        return False

    def _roles(self, view: SentenceView, hit: Hit, frame: Predicate):
        """Sources, targets and the strategy that found them, read from the hit's predicate."""
        rule = hit.rule
        if frame.voice == "passive":
            return list(frame.agent), list(frame.subject), "passive"
        sources = list(frame.subject)
        if frame.voice == "noun":
            how = frame.how
            if not sources and rule.type in CONTEXT_SUBJECT_TYPES and frame.context_subject:
                sources, how = list(frame.context_subject), "main"
            if not sources:
                return None
            targets = list(frame.object(rule.target_preps))
            return sources, targets, how
        strategy = frame.how
        targets = list(frame.object(rule.target_preps, adjacent=rule.object_adjacent))
        if rule.object_adjacent and not targets:
            return None
        if not targets and rule.mode != "visit":
            for how, found in (("inner", frame.inner_agent), ("pronoun", frame.pronoun_object),
                               ("condition", frame.condition_subject if rule.type in CONDITION_TARGET_TYPES else ()),
                               ("addressee", frame.addressee if rule.type in ADDRESSEE_TYPES else ())):
                if found:
                    targets, strategy = list(found), strategy + "+" + how
                    break
        if not targets and rule.symmetric and len(sources) > 1:
            return sources[:1], sources[1:], strategy + "+pair"
        return sources, targets, strategy

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
