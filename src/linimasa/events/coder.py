"""The event coder: PLOVER events from Indonesian sentences, by trigger words and argument rules.

A cascade per trigger, each step named in the event's `rule`:
1. find triggers (`resources/id/triggers.yaml`, longest phrase first);
2. skip triggers inside the content of a request ("mendesak X untuk menyerang Y"
   codes the REQUEST, not the attack);
3. find the source and target by the trigger's form (active, passive, noun; a noun
   after a light verb - "melancarkan serangan" - acts as an active verb);
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
from .arguments import (
    WORD, Arg, Grammar, SentenceView, build_view, coordinated, forward_stop, governing_preposition,
    object_after, relative_head, subject_after_fronted, subject_before, words_between,
)
from .lexicon import trie_pattern
from .modality import ModalityReader
from .nonevents import NonEventFilter

log = logging.getLogger(__name__)

SOURCELESS_TYPES = frozenset({"PROTEST"})
# Verbs whose "untuk/agar/akan ..." complement is their content, not a second event.
CONTENT_TAKING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
# Confidence multipliers for weaker argument strategies. Set by hand; on the seed
# articles events found through these fallbacks were right somewhat less often.
FALLBACK_FACTOR = 0.85
SYMMETRIC_PAIR_FACTOR = 0.9
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
        self.antara_re = re.compile(r"\bantara\s+")
        self.done_by_re = re.compile(r"\s*(?:\w+\s+){0,2}?yang\s+(?:di)?lakukan\s+(?:oleh\s+)?")
        self.conditional_re = re.compile(r"\b(?:" + "|".join(grammar["conditional"]) + r")\b")
        self.purpose_re = re.compile(r"\b(?:" + "|".join(grammar["purpose"]) + r")\s+$")
        self.modality = ModalityReader(grammar)
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
        for sentence in doc.sentences:
            if not self.trigger_re.search(sentence.text.lower()):
                continue  # most sentences have no trigger: skip building their view
            view = build_view(sentence, by_sentence.get(sentence.index, []), doc.actors, self.grammar)
            events.extend(self._code_sentence(doc, view, timexes.get(sentence.index, [])))
        doc.events = NonEventFilter()(doc, events)  # links, subheads, captions: issue 18
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

    def _code_sentence(self, doc: Document, view: SentenceView, timexes: list) -> list[Event]:
        events: list[Event] = []
        seen: set[tuple] = set()
        hits = self._hits(view)
        for index, hit in enumerate(hits):
            rule = hit.rule
            clause = view.clause(hit.start)
            if rule.needs is not None and not rule.needs.search(view.low[hit.end:clause[1]]):
                continue
            if self._inside_request(view, hits[:index], hit):
                continue
            if self.purpose_re.search(view.low[max(0, hit.start - 12):hit.start]):
                continue  # "guna mendukung target X": the purpose of an act, not an act
            found = self._arguments(doc, view, hit, clause)
            if found is None:
                continue
            sources, targets, strategy = found
            if not sources and rule.type not in SOURCELESS_TYPES:
                continue
            if rule.target_required and not targets:
                continue
            pairs = self._pairs(rule, sources, targets)
            modality = self.modality.modality(view, hit.start, clause[0])
            negated = self.modality.negated(view, hit.start, clause[0])
            when = self.modality.date(view, timexes, hit.start, clause, doc, modality)
            mode, participants = self._mode_and_participants(view, rule, clause)
            location = self._location(view, clause)
            confidence = min(CONFIDENCE_CAP, rule.confidence * self.type_factor.get(rule.type, 1.0)) * (
                FALLBACK_FACTOR if strategy.endswith(("fronted", "relative", "pronoun", "condition", "location", "main")) else 1.0)
            for source, target, paired in pairs:
                if source is not None and target is not None and source == target:
                    continue
                if rule.foreign_only and not self._foreign(doc, source, target):
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

    def _arguments(self, doc: Document, view: SentenceView, hit: Hit, clause: tuple[int, int]):
        rule, g = hit.rule, self.grammar
        form, anchor, strategy = rule.form, hit.start, "direct"
        if form == "noun":
            light = self._light_verb_before(view, hit, clause[0])
            if light is not None:
                form, anchor, strategy = "active", light, "lightverb"
            elif hit.possessive or self._possessive_modifier(view, hit):
                form, strategy = "active", "possessive"
        stop = forward_stop(view, hit.end, g)
        if form == "active":
            sources = subject_before(view, anchor, clause[0], g)
            if not sources and strategy == "possessive":
                # "-nya" points back to the nearest actor, across clause breaks
                sources = subject_before(view, anchor, 0, g)
            elif not sources:
                sources, strategy = self._fallback_subject(view, hit, anchor, clause)
            targets = object_after(view, hit.end, stop, rule.target_preps, g, adjacent=rule.object_adjacent)
            if rule.object_adjacent and not targets:
                return None
            if not targets and rule.mode != "visit":
                targets, how = self._fallback_target(view, hit, sources, clause)
                if targets:
                    strategy += "+" + how
            if not targets and rule.symmetric and len(sources) > 1:
                return sources[:1], sources[1:], strategy + "+pair"
            return sources, targets, strategy
        if form == "passive":
            targets = subject_before(view, hit.start, clause[0], g)
            sources = self._agent_after(view, hit, stop)
            return sources, targets, "passive"
        return self._noun_arguments(view, hit, clause, stop)

    @staticmethod
    def _possessive_modifier(view: SentenceView, hit: Hit) -> bool:
        """"invasi daratnya": the possessive sits on the noun's modifier."""
        after = words_between(view, hit.end, min(len(view.text), hit.end + 30))[:1]
        return bool(after) and len(after[0][0]) > 5 and after[0][0].endswith("nya")

    def _light_verb_before(self, view: SentenceView, hit: Hit, clause_start: int) -> int | None:
        window = view.low[max(clause_start, hit.start - 60):hit.start]
        best = None
        for found in self.light_verb_re.finditer(window):
            best = found
        if best is None:
            return None
        offset = hit.start - len(window)
        between = WORD.findall(view.low, offset + best.end(), hit.start)
        if len(between) > 3:
            return None
        return offset + best.start()

    def _fallback_subject(self, view: SentenceView, hit: Hit, anchor: int, clause: tuple[int, int]):
        opener = view.break_before(clause[0])
        if opener == "yang":
            head = relative_head(view, clause[0])
            if head:
                return head, "relative"
        first = words_between(view, clause[0], anchor)[:1]
        inside_fronted = "," not in view.text[clause[0]:anchor]
        if inside_fronted and (opener in self.grammar.fronted or (first and first[0][0] in self.grammar.fronted)):
            after = subject_after_fronted(view, hit.end, self.grammar)
            if after:
                return after, "fronted"
            # "X ditangkap saat berunjuk rasa": the subordinate clause shares the sentence's subject
            first_arg = [a for a in view.args if a.end <= clause[0] and governing_preposition(view, a, 0, self.grammar) is None][:1]
            return first_arg, "main" if first_arg else "none"
        return [], "none"

    def _fallback_target(self, view: SentenceView, hit: Hit, sources: list[Arg], clause: tuple[int, int]):
        after = words_between(view, hit.end, min(len(view.text), hit.end + 12))
        if after and after[0][0] in self.grammar.object_pronouns:
            source_ids = {s.actor for s in sources}
            for arg in reversed(view.args):
                if arg.end <= hit.start and arg.type in ("NORP", "GPE", "ORG") and arg.actor not in source_ids:
                    return [arg], "pronoun"
        if hit.rule.type == "THREATEN":
            cond = self.conditional_re.search(view.low, hit.end)
            if cond:
                subject = object_after(view, cond.end(), len(view.text), frozenset(), self.grammar, max_words=3)
                if subject:
                    return subject[:1], "condition"
        if hit.rule.type == "ASSAULT":
            source_ids = {s.actor for s in sources}
            for arg in view.args:
                if arg.actor not in source_ids and governing_preposition(view, arg, 0, self.grammar) == "di":
                    return [arg], "location"
        return [], ""

    def _agent_after(self, view: SentenceView, hit: Hit, stop: int) -> list[Arg]:
        for arg in view.args:
            if arg.start < hit.end or arg.start >= max(stop, hit.end + 1):
                continue
            words = [w for w, _ in words_between(view, hit.end, arg.start)]
            if not words or (words[0] in self.grammar.agent_markers and len(words) <= 3):
                return coordinated(view, arg, forward=True, limit=len(view.text))
            return []
        return []

    def _noun_arguments(self, view: SentenceView, hit: Hit, clause: tuple[int, int], stop: int):
        g = self.grammar
        # "pembicaraan ... antara X dan Y"
        antara = self.antara_re.search(view.low, hit.end, min(len(view.low), hit.end + 120))
        if antara:
            members = [a for a in view.args if a.start >= antara.end()]
            if members and len(words_between(view, antara.end(), members[0].start)) <= 4:
                group = coordinated(view, members[0], forward=True, limit=len(view.text))
                if len(group) > 1:
                    return group[:1], group[1:], "antara"
        # "serangan yang dilakukan (oleh) X"
        done_by = self.done_by_re.match(view.low, hit.end)
        sources: list[Arg] = []
        strategy = "genitive"
        if done_by:
            sources = [a for a in view.args if a.start >= done_by.end()][:1]
            if sources and len(words_between(view, done_by.end(), sources[0].start)) > 3:
                sources = []
            strategy = "doneby"
        if not sources:
            # genitive: "serangan (mematikan) Israel"
            for arg in view.args:
                if arg.start < hit.end:
                    continue
                if arg.start >= clause[1]:
                    break
                between = words_between(view, hit.end, arg.start)
                if re.search(r"[,;:.()\"“”]", view.text[hit.end:arg.start]):
                    break  # "Pada pertemuan itu, KPK ...": a genitive never stands past punctuation
                if len(between) <= 2 and not any(w in g.prepositions for w, _ in between):
                    sources = [arg]
                break
        if not sources:
            return None
        stop = forward_stop(view, sources[-1].end, g)
        targets = object_after(view, sources[-1].end, stop, hit.rule.target_preps, g)
        targets = [t for t in targets if governing_preposition(view, t, sources[-1].end, g) is not None]
        if not targets and hit.rule.type == "ASSAULT":
            targets, how = self._fallback_target(view, hit, sources, clause)
            if targets:
                strategy += "+" + how
        return sources, targets, strategy

    @staticmethod
    def _pairs(rule: TriggerRule, sources: list[Arg], targets: list[Arg]):
        source_ids = list(dict.fromkeys(s.actor for s in sources)) or [None]
        target_ids = list(dict.fromkeys(t.actor for t in targets)) or [None]
        return [(s, t, False) for s in source_ids for t in target_ids]

    def _foreign(self, doc: Document, source: str | None, target: str | None) -> bool:
        if source is None or target is None:
            return False
        a, b = doc.actors.get(source), doc.actors.get(target)
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
