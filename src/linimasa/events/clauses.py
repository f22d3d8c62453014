"""One shallow clause analysis per sentence: its predicates with subject, object, agent and obliques.

The event coder used to search for each trigger's arguments on its own, through a
chain of fallbacks. Here the sentence is read once, left to right, and every
predicate gets its roles from the same structure, as PETRARCH's verb patterns and
spaCy's DependencyMatcher read one parse:

1. predicates are the sentence's verbs (the tagger's VB, or meN-/ber-/di- words when a
   document has no tags) and the trigger phrases the coder hands in (with their form:
   active, passive or noun);
2. a predicate's subject is the nearest actor before it in its clause that stands in no
   prepositional phrase, unless that actor is the object or agent of an earlier verb:
   then coordination and serial verbs ("X menyerang Y, menewaskan ... dan menyandera ...")
   share the earlier verb's subject, and a relative clause ("kelompok yang didukung Y itu
   membunuh ...") gives its head;
3. a clause without a subject takes one from its context: the head of a relative clause
   ("yang"), the subject after a fronted subordinate clause ("Saat mengunjungi X, Y ..."),
   or the main clause's subject ("X ditangkap saat berunjuk rasa");
4. after the predicate: its complements (a direct object, or actors governed by a
   preposition, in text order), the agent of a passive ("oleh X", "ditangkap polisi"),
   an actor named inside the object ("menolak kondisi yang diterapkan X"), an object
   pronoun's antecedent ("menculik mereka") and the subject of a condition after it;
5. a noun predicate ("serangan Israel terhadap Gaza") reads its actor from a light verb
   before it, a possessive "-nya", "yang dilakukan oleh X", "antara X dan Y" or a genitive.

Word lists are data: `resources/id/clauses.yaml` and `resources/id/modality.yaml`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Token
from .arguments import (
    ANNOUNCED_LIST, CONJUNCTIONS, VERBAL, WORD, Arg, Grammar, SentenceView, coordinated, forward_stop, governing_preposition,
    subject_after_fronted, subject_before, words_between,
)

# A comma or semicolon between two predicates: the second does not take the actor
# between them as its subject.
PUNCTUATION_GAP = re.compile(r"[,;]")
ANTARA = re.compile(r"\bantara\s+")
# Matched right after a trigger; the lookbehinds and possessive runs keep a search linear.
DONE_BY = re.compile(r"(?<!\s)\s*+(?:(?<!\w)\w++\s++){0,2}?yang\s+(?:di)?lakukan\s+(?:oleh\s+)?")
# A noun of action (pe-/per-...-an) between a noun trigger and an actor: the actor is its object
# ("tuntutan pembubaran DPR", "desakan pencopotan X"), not the trigger's genitive.
ACTION_NOUN = re.compile(r"^pe[mnr]?\w{3,}an$")
GENITIVE_BLOCK = re.compile(r"[,;:.()\"“”]")
# A reporting verb and its comma right before a fronted clause: "X mengatakan, setelah ..., Y ..."
REPORT_COMMA = re.compile(r"\b(?:meng|men|mem|me|ber)\w+\s*,\s*$")
RETURN_TO_MAIN = re.compile(r",\s*(?:dan|serta)\s")
# A quote nested in the sentence, marked with single quotes ("dia bilang 'kita minta ...'"): its
# verbs have their subject inside it, never the reporting clause's. Four words at least, so that a
# word in scare quotes ("X 'meminta' Y") is no nested quote.
NESTED_QUOTE = re.compile(r"‘[^‘’\n]{1,400}’|(?<![\w'])'[^'\n]{1,400}'(?![\w'])")
NESTED_MIN_WORDS = 4
# Between a name and its abbreviation: "Pemerintah Daerah (Pemda)"
ABBREVIATION_GAP = re.compile(r"\s*+\(\s*+")
# a verbless "yang" clause of office after a name no actor resolves ("Eddy yang juga Waketum PAN ini ...")
UNNAMED = ("unnamed",)
# what stands before the verb of an inverted speech tag: a comma or a closing quote mark ('...," ujar X')
SPEECH_TAG_OPEN = re.compile(r"[,\"”]\s*$")
# A relative clause right after a noun phrase: "masyarakat yang memiliki ..."
RELATIVE_AFTER = re.compile(r"(?<!\s)\s++yang\b")
# Words a passive's agent phrase may run before its actor: "diajukan oleh para mediator dari X".
AGENT_PHRASE_WORDS = 4
# Words a noun of action and its object may run before the agent marker: "penangkapan dua aktivis oleh polisi".
NOUN_AGENT_WORDS = 4
# Words that may qualify a group noun before a relative "yang" ("pegawai pajak yang dipecat").
GROUP_MODIFIER_WORDS = 2


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The word lists of `resources/id/clauses.yaml`."""

    coordinators: frozenset[str]
    determiners: frozenset[str]
    quantity_heads: frozenset[str]
    no_shared_subject: frozenset[str]
    verb_tags: frozenset[str]
    subject_tags: frozenset[str]
    recipient_preps: frozenset[str]
    location_preps: frozenset[str]
    linking: frozenset[str]
    not_verbs: frozenset[str]
    relative_head_words: int
    title_words: frozenset[str] = frozenset()
    facing: frozenset[str] = frozenset()  # "di depan": a place before someone, who is faced
    scope: frozenset[str] = frozenset()  # "di lingkungan X": the body a measure applies within
    addressing: frozenset[str] = frozenset()  # "minta pada X": X is asked
    fronting_agents: frozenset[str] = frozenset()  # "X kami minta ...": X is asked
    active_prefixes: tuple[str, ...] = ()  # "meminta", "berharap": a verb with its own subject
    fronting_aux: frozenset[str] = frozenset()  # "X saya akan minta": may stand between pronoun and verb
    members_of: frozenset[str] = frozenset()  # "pendukung dari X": X is the object, not an origin
    content_openers: frozenset[str] = frozenset()  # "akan", "untuk": a content verb may follow
    direct_content: frozenset[str] = frozenset()  # "akan": the content verb's direct object is whom it concerns
    addressee_preps: frozenset[str] = frozenset()  # "meminta bertemu dengan X": X
    descriptions: dict[str, frozenset[str]] = field(default_factory=dict)  # "taipan": PER
    inviting: frozenset[str] = frozenset()  # "mengajak X bertemu": the inviter meets X
    long_object_words: int = 0  # the longest object an "oleh" relative clause may describe
    attention: re.Pattern | None = None  # "mohon menjadi perhatian X": X is addressed
    fronted_recipient: frozenset[str] = frozenset()  # "Kepada X, kami meminta ...": X
    recipient_connectives: frozenset[str] = frozenset()  # "Sedangkan untuk X, ...": may stand before it
    stance_verbs: frozenset[str] = frozenset()  # "berdemo menolak X": X is what the act is against
    undergoing_verbs: frozenset[str] = frozenset()  # "X menghadapi gugatan Y": X is acted on
    victim_words: frozenset[str] = frozenset()  # "video korban": the one harmed
    culprit_words: frozenset[str] = frozenset()  # "para pelaku": whom a report is about
    pronoun_subjects: frozenset[str] = frozenset()  # "Dia mengatakan ...": an unresolved subject
    object_person_pronouns: frozenset[str] = frozenset()  # "mengkritik dia": a person acted on (events.coder)
    own_side_pronouns: frozenset[str] = frozenset()  # "meminta kita": the speaker's side (events.coder)
    protest_topic_sectors: frozenset[str] = frozenset()  # "demo terkait tunjangan DPR": DPR (events.coder)
    quantifier_subjects: frozenset[str] = frozenset()  # "..., tapi mayoritas menolak": tagged as numbers
    not_action_nouns: frozenset[str] = frozenset()  # "pemerintahan": a body, not an act
    capacity_words: frozenset[str] = frozenset()  # "X selaku Komisaris PT Y": X acts
    role_markers: frozenset[str] = frozenset()  # "aktivis yang aktif sebagai pengurus X ditangkap": not X
    describing_words: frozenset[str] = frozenset()  # "pengemudi berpelat dinas Polri yang ...": the driver
    death_nouns: frozenset[str] = frozenset()  # "atas tewasnya X": X died, is no target
    agent_nouns: frozenset[str] = frozenset()  # "X penembak anggota Y dihukum": Y is the noun's object
    copulas: frozenset[str] = frozenset()  # "X yang merupakan staf Y ...": Y says what X is
    origin_preps: frozenset[str] = frozenset()  # "geng dari X yang ...": the group, not X, is the head
    example_markers: frozenset[str] = frozenset()  # "geng seperti A dan B dari X": A, B are examples
    reporting: frozenset[str] = frozenset()  # "X mengatakan Y meminta ...": Y, not X, asks (reporting_verbs.yaml)
    possessed: frozenset[str] = frozenset()  # "mengapresiasi kinerja para kader": what the object has or does
    comitative: frozenset[str] = frozenset()  # "X bersama Y menyepakati ...": Y acts with X
    act_nouns: frozenset[str] = frozenset()  # "keputusan dari X untuk ...": X acts
    offices: frozenset[str] = frozenset()  # "Ketua", "Waketum": a person's office (office_descriptions)
    speech_tags: frozenset[str] = frozenset()  # '"...," ujar X': X speaks (reporting_verbs.yaml `after`)

    @classmethod
    def from_data(cls, data: dict) -> ClauseWords:
        return cls(
            coordinators=frozenset(data["coordinators"]), determiners=frozenset(data["determiners"]),
            quantity_heads=frozenset(data["quantity_heads"]),
            no_shared_subject=frozenset(data["no_shared_subject"]),
            verb_tags=frozenset(data["verb_tags"]), subject_tags=frozenset(data["subject_tags"]),
            recipient_preps=frozenset(data["recipient_preps"]),
            location_preps=frozenset(data["location_preps"]),
            linking=frozenset(data["linking"]) | frozenset(data["coordinators"]), not_verbs=frozenset(data.get("not_verbs", ())),
            relative_head_words=int(data["relative_head_words"]),
            title_words=frozenset(data.get("title_words", ())),
            facing=frozenset(data.get("facing_preps", ())),
            scope=frozenset(data.get("scope_preps", ())),
            addressing=frozenset(data.get("addressing_preps", ())),
            fronting_agents=frozenset((data.get("fronted_patient") or {}).get("agents", ())),
            active_prefixes=tuple((data.get("fronted_patient") or {}).get("active_prefixes", ())),
            fronting_aux=frozenset((data.get("fronted_patient") or {}).get("auxiliaries", ())),
            members_of=frozenset(data.get("members_of", ())),
            content_openers=frozenset(data.get("content_openers", ())),
            direct_content=frozenset(data.get("direct_content", ())),
            addressee_preps=frozenset(data.get("addressee_preps", ())),
            inviting=frozenset(data.get("inviting", ())),
            stance_verbs=frozenset(data.get("stance_verbs", ())),
            undergoing_verbs=frozenset(data.get("undergoing_verbs", ())),
            victim_words=frozenset(data.get("victim_words", ())),
            culprit_words=frozenset(data.get("culprit_words", ())),
            pronoun_subjects=frozenset(data.get("pronoun_subjects", ())),
            object_person_pronouns=frozenset(data.get("object_person_pronouns", ())),
            own_side_pronouns=frozenset(data.get("own_side_pronouns", ())),
            protest_topic_sectors=frozenset(data.get("protest_topic_sectors", ())),
            quantifier_subjects=frozenset(data.get("quantifier_subjects", ())),
            not_action_nouns=frozenset(data.get("not_action_nouns", ())),
            capacity_words=frozenset(data.get("capacity_words", ())),
            role_markers=frozenset(data.get("role_markers", ())),
            describing_words=frozenset(data.get("describing_words", ())),
            death_nouns=frozenset(data.get("death_nouns", ())),
            agent_nouns=frozenset(data.get("agent_nouns", ())),
            origin_preps=frozenset(data.get("origin_preps", ())),
            copulas=frozenset(data.get("copulas", ())),
            act_nouns=frozenset(data.get("act_nouns", ())),
            offices=frozenset(" ".join(w.split()) for w in data.get("office_descriptions", ())),
            example_markers=frozenset(data.get("example_markers", ())),
            fronted_recipient=frozenset(data.get("fronted_recipient", ())),
            recipient_connectives=frozenset(data.get("recipient_connectives", ())),
            possessed=frozenset(data.get("possessed_nouns", ())),
            comitative=frozenset(data.get("comitative_preps", ())),
            attention=re.compile(r"\s*+(?:[\w-]++\s++){0,2}?(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                                        for p in data["attention_phrases"]) + r")\s++")
            if data.get("attention_phrases") else None,
            long_object_words=int(data.get("long_object_words", 0)),
            descriptions={word: frozenset(kinds.split("|")) for kinds, words in (data.get("descriptions") or {}).items()
                          for word in words},
        )


@dataclass(frozen=True, slots=True)
class PredicateHint:
    """A trigger phrase the caller knows to be a predicate, with its grammatical form."""

    start: int
    end: int
    form: str  # active, passive or noun
    possessive: bool = False  # "serangannya"


@dataclass(frozen=True, slots=True)
class Complement:
    """An actor after a predicate: a direct object (`prep` "") or the object of a preposition."""

    prep: str
    args: tuple[Arg, ...]
    content_before: int  # content words between the predicate and this actor


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate and its roles, in sentence-local offsets.

    `voice` is active, passive or noun. For an active verb the subject acts; for a
    passive one the subject is acted on and `agent` acts; for a noun the subject is
    the actor of the nominalisation (its genitive, light verb subject or "oleh" agent).
    `how` names the way the subject was found (direct, shared, relative, fronted,
    main, lightverb, possessive, genitive, doneby, antara), or why none was: none, or
    blocked where a subject stands that no actor names.
    """

    start: int
    end: int
    voice: str
    subject: tuple[Arg, ...]
    how: str
    complements: tuple[Complement, ...] = ()
    agent: tuple[Arg, ...] = ()
    inner_agent: tuple[Arg, ...] = ()  # "menolak kondisi yang diterapkan X": X
    pronoun_object: tuple[Arg, ...] = ()  # "menculik mereka": the group named before
    condition_subject: tuple[Arg, ...] = ()  # "... apabila X tidak ...": X
    context_subject: tuple[Arg, ...] = ()  # a noun without its own actor: "X ... setelah kunjungan ke Y": X
    addressee: tuple[Arg, ...] = ()  # "meminta agar semua anggota X mulai ...": X, the complement's subject

    def object(self, allowed: frozenset[str], *, adjacent: bool = False) -> tuple[Arg, ...]:
        """The first complement that is a direct object or governed by an `allowed` preposition."""
        for comp in self.complements:
            if adjacent and comp.content_before:
                return ()
            if not comp.prep or comp.prep in allowed:
                return comp.args
        return ()


@dataclass(slots=True)
class ClauseAnalysis:
    """The predicates of one sentence, each with its roles."""

    view: SentenceView
    predicates: list[Predicate] = field(default_factory=list)

    def at(self, start: int) -> Predicate | None:
        """The predicate that starts at `start` (a hint's start)."""
        for pred in self.predicates:
            if pred.start == start:
                return pred
        return None


@dataclass(slots=True)
class _Verb:
    start: int
    end: int
    voice: str
    hint: PredicateHint | None


class ClauseAnalyzer:
    """Builds the `ClauseAnalysis` of a sentence from its view, tags and predicate hints."""

    def __init__(self, grammar: Grammar, words: ClauseWords, light_verb_re: re.Pattern | None = None):
        self.g = grammar
        self.w = words
        self.light_verb_re = light_verb_re
        self.complement_re = re.compile(r"\b(?:" + "|".join(sorted(grammar.complement)) + r")\b")

    def analyse(self, view: SentenceView, hints: list[PredicateHint], tokens: list[Token] = ()) -> ClauseAnalysis:
        run = _Run(self, view, hints, tokens)
        return ClauseAnalysis(view, [run.predicate(h) for h in hints])


class _Run:
    """The analysis of one sentence; memoises the subject of every verb it reads."""

    def __init__(self, owner: ClauseAnalyzer, view: SentenceView, hints: list[PredicateHint], tokens):
        self.g, self.w, self.view = owner.g, owner.w, view
        self.light_verb_re = owner.light_verb_re
        self.complement_re = owner.complement_re
        self.fillers = owner.g.np_fillers | owner.w.title_words  # "X dan mantan Presiden AS Y"
        self.tags = {t.start - view.sentence.start: t.tag for t in tokens}
        self.verbs = self._verbs(hints, tokens)
        self.starts = [v.start for v in self.verbs]
        self.subjects: dict[int, tuple[tuple[Arg, ...], str]] = {}
        self._nested: list[tuple[int, int]] | None = None

    # ---- predicates
    def _verbs(self, hints: list[PredicateHint], tokens) -> list[_Verb]:
        view, base = self.view, self.view.sentence.start
        verbs = [_Verb(h.start, h.end, h.form, h) for h in hints if h.form != "noun"]
        taken = [(h.start, h.end) for h in hints]
        taken += [(a.start, a.end) for a in view.args]
        if tokens:
            candidates = [(t.start - base, t.end - base, t.text.lower()) for t in tokens if t.tag in self.w.verb_tags]
        else:
            candidates = [(s, e, word) for s, e, word, _ in view.words if VERBAL.match(word)]
        for start, end, word in candidates:
            if word in self.w.not_verbs or word in self.g.np_fillers or word in self.g.prepositions \
                    or any(s <= start < e for s, e in taken):
                continue
            verbs.append(_Verb(start, end, "passive" if word.startswith("di") else "active", None))
        verbs.sort(key=lambda v: v.start)
        return verbs

    def _stop(self, end: int) -> int:
        """Where the search for a predicate's complements stops: its clause's end, a
        complementiser ("untuk") or the next verb."""
        stop = forward_stop(self.view, end, self.g)
        following = self._verb_between(end, stop, last=False)
        return following.start if following is not None else stop

    def _verb_between(self, start: int, end: int, *, last: bool = True) -> _Verb | None:
        chosen = None
        for verb in self.verbs:
            if verb.start >= end:
                break
            if verb.start >= start:
                chosen = verb
                if not last:
                    return verb
        return chosen

    def predicate(self, hint: PredicateHint) -> Predicate:
        view = self.view
        if hint.form == "noun":
            return self._noun(hint)
        subject, how = self.subject(hint.start, hint.form)
        stop = self._stop(hint.end)
        agent = self._agent(hint.end, stop) if hint.form == "passive" else ()
        complements = self._complements(agent[-1].end if agent else hint.end, stop)
        if hint.form == "active" and how == "direct":
            fronted = self._fronted_patient(hint, subject)
            if fronted:  # "Ibu Kadinkes X kami minta ...": the one asked stands before the agent
                complements = (Complement("", fronted, 0), *complements)
                if fronted[0] in subject:  # the pronoun names no actor: the one asked does not ask
                    subject, how = tuple(a for a in subject if a not in fronted), "blocked"
        if hint.form == "active" and (how == "direct" or (how == "shared" and subject
                                                           and not PUNCTUATION_GAP.search(view.text, subject[-1].end, hint.start))):
            complements += self._partner(subject, hint.start)  # "X bersama Y menggelar rapat dan menyepakati ..."
        return Predicate(
            hint.start, hint.end, hint.form, subject, how, complements, agent,
            inner_agent=self._inner_agent(hint.end) if not complements else (),
            pronoun_object=self._pronoun_object(hint, subject),
            condition_subject=self._condition_subject(hint.end),
            addressee=((self._complement_subject(stop) or self._content_object(hint.end, stop)
                        or self._fronted_recipient(hint)) if not complements else self._scope(complements))
            or self._inviter(hint, subject, how),
        )

    # ---- subjects
    def subject(self, anchor: int, voice: str) -> tuple[tuple[Arg, ...], str]:
        if anchor not in self.subjects:
            self.subjects[anchor] = ((), "none")  # a cycle reads as no subject
            self.subjects[anchor] = self._subject(anchor, voice)
        return self.subjects[anchor]

    def _nested_start(self, anchor: int) -> int | None:
        """Where the nested quote holding `anchor` opens (past its mark), or None."""
        if self._nested is None:
            self._nested = [(m.start() + 1, m.end() - 1) for m in NESTED_QUOTE.finditer(self.view.text)
                            if len(m.group().split()) >= NESTED_MIN_WORDS]
        return next((start for start, end in self._nested if start < anchor < end), None)

    def _subject(self, anchor: int, voice: str) -> tuple[tuple[Arg, ...], str]:
        view, g = self.view, self.g
        clause_start, _ = view.clause(anchor)
        opener = view.break_before(clause_start)
        nested = self._nested_start(anchor)
        if nested is not None and nested > clause_start:
            # "X bilang 'kita minta ...'": the nested quote's subject stands inside it, else it is the
            # subject of the verb that reports it (X).
            inside = self._subject_from(anchor, nested, None, nested)
            if inside[0] or inside[1] == "blocked":
                return inside
            # Only a subject named in the reporting clause counts: one it shares from further back
            # ("Kami ... karena dia bilang '...'") is the outer speaker, not the nested one.
            reporting = self._verb_between(clause_start, nested)
            told = self.subject(reporting.start, reporting.voice) if reporting is not None else ((), "none")
            return (told[0], "shared") if told[1] == "direct" else ((), "none")
        return self._subject_from(anchor, clause_start, opener, nested)

    def _subject_from(self, anchor: int, clause_start: int, opener: str | None, nested: int | None):
        view, g = self.view, self.g
        candidate = None
        for arg in reversed(view.args):
            if arg.end > anchor or arg.start < clause_start:
                continue
            if (governing_preposition(view, arg, clause_start, g) is None or self._act_owner(arg, clause_start)) \
                    and not self._agent_noun_object(arg, clause_start) \
                    and not self._comitative_of(arg, clause_start) \
                    and not (self._speech_tag(arg) and "," in view.text[arg.end:anchor]):
                candidate = arg  # not the speaker of a tag in between ("Barang itu, jelas X, telah disita")
                break
        if candidate is not None:
            # "X menyerang Y, menewaskan ... dan menyandera ...", "X mengecam Y dan menyerukan ...":
            # Y is the object of the verb before it, and the later verbs share that verb's subject.
            # A verb only the tagger saw (no trigger) and with no subject of its own does not take
            # Y away: the tagger also calls some nouns verbs.
            between = self._verb_between(candidate.end, anchor)
            prior = self._verb_between(clause_start, candidate.start)
            # Y is the object only when no comma stands between the verb and Y
            # ("Seperti diketahui, Komandan X, ... berkonsultasi": X is a subject in apposition).
            object_of_prior = prior is not None and not PUNCTUATION_GAP.search(view.text, prior.end, candidate.start)
            sharing = between or (prior if object_of_prior and self._separated(candidate.end, anchor) else None)
            if sharing is not None:
                shared = self._share(sharing, sharing.end if sharing is between else candidate.end,
                                     anchor, clause_start, opener)
                if shared[0] or sharing.hint is not None or shared[1] == "blocked":
                    return shared
                if opener == "yang" and sharing is prior and prior.voice == "passive" \
                        and self._first_in_clause(prior, clause_start) and self._relative_agent(prior, candidate) \
                        and PUNCTUATION_GAP.search(view.text, candidate.end, anchor):
                    # "Saya dukung kajian honor yang diterima anggota DPR, setuju ...": the relative clause
                    # ends at its agent; the verb after the comma goes on with the main clause
                    main = self._main_subject(clause_start)
                    if main[0]:
                        return main
                if self._pronoun_opens(clause_start, candidate.start):
                    return (), "blocked"  # "Dia mengatakan ... utang AS dan berjanji": not AS
            elif prior is not None:
                # not after a verb of saying: "X, yang menyebut serikat pekerja harus mengajukan ...": the unions
                if opener == "yang" and self._first_in_clause(prior, clause_start) and self._closes_relative(prior, candidate) \
                        and view.low[prior.start:prior.end] not in self.w.reporting:
                    return self._relative_head(clause_start), "relative"  # "kelompok yang didukung Y itu membunuh"
            elif opener == "yang" and self._role_relative(clause_start, candidate):
                # "aktivis yang aktif sebagai pengurus X di Y ditangkap": the head, never X
                head = self._relative_head(clause_start)
                return (head, "relative") if head else ((), "none")
            elif opener == "yang" and candidate.type != "PER":
                head = self._verbless_relative(clause_start, candidate, anchor)
                if head is UNNAMED:
                    return (), "unnamed"
                if head:
                    return head, "relative"  # "X yang juga Wakil Ketua Partai Y ini menyampaikan": X, not Y
            candidate = self._in_capacity(candidate, clause_start)
            return tuple(coordinated(view, candidate, forward=False, limit=clause_start, fillers=self.fillers)), "direct"
        prior = self._verb_between(clause_start, anchor)
        if prior is not None:
            # "X menolak untuk menarik diri", "X telah menyerang dan membunuh"
            return self._share(prior, prior.end, anchor, clause_start, opener)
        if opener == "yang":
            return self._relative_head(clause_start), "relative"
        words = words_between(view, clause_start, anchor)
        first = words[0][0] if words else ""
        # A subordinate clause that opens the sentence: its subject stands after its comma.
        opens_sentence = not words_between(view, 0, self._break_start(clause_start))
        # "X mengatakan, setelah melakukan pembunuhan itu, Y ...": a fronted clause that opens what is reported
        opens_report = not opens_sentence and REPORT_COMMA.search(view.text, 0, self._break_start(clause_start)) is not None
        if (opens_sentence or opens_report) and (opener in g.fronted or first in g.fronted) \
                and "," not in view.text[clause_start:anchor]:
            after = subject_after_fronted(view, anchor, g)
            if after and self._impersonal_main(view.text.find(",", anchor), after[0].start):
                return (), "none"  # "Setelah melakukan penyidikan, disimpulkan pemilik toko ...": not the owner
            if after:
                return tuple(after), "fronted"
            if opens_report:
                return (), "none"  # the one who did it is named after the comma, by no actor: not the reporter
        if clause_start > 0 and nested is None and opener not in self.w.no_shared_subject \
                and not self._names_subject(clause_start, anchor):
            return self._main_subject(clause_start)  # "X ditangkap saat berunjuk rasa", not "..., namun Y berjanji"
        return (), "none"

    def _act_owner(self, arg: Arg, clause_start: int) -> bool:
        """`arg` owns the act a noun before "dari" names ("keputusan dari PSSI untuk memberhentikan ..."):
        it is the subject of the verb that says what the act is, as the bare genitive is ("keputusan PSSI")."""
        if not self.w.act_nouns:
            return False
        words = words_between(self.view, max(clause_start, arg.start - 30), arg.start)[-2:]
        return len(words) == 2 and words[1][0] == "dari" and words[0][0] in self.w.act_nouns

    def _speech_tag(self, arg: Arg) -> bool:
        """`arg` is the speaker of an inverted speech tag ('"...," ujar X', "Barang itu, jelas X, telah ..."):
        a verb of `speech_tags` right before it, and a comma or closing quote mark before that verb."""
        if not self.w.speech_tags:
            return False
        words = words_between(self.view, max(0, arg.start - 24), arg.start)
        if not words or words[-1][0] not in self.w.speech_tags:
            return False
        verb = self.view.low.rfind(words[-1][0], 0, arg.start)
        return SPEECH_TAG_OPEN.search(self.view.text, max(0, verb - 4), verb) is not None

    def _impersonal_main(self, comma: int, start: int) -> bool:
        """A passive verb opens the main clause after a fronted clause's comma, before the actor at `start`
        ("..., disimpulkan pemilik toko telah melanggar"): the actor is no agent of the fronted act."""
        verb = self._verb_between(comma, start, last=False)
        return verb is not None and verb.voice == "passive"

    def _verbless_relative(self, clause_start: int, candidate: Arg, anchor: int) -> tuple[Arg, ...]:
        """A "yang" clause with no verb that says what office a person holds ("Budi yang juga Ketua Partai X
        ini mengatakan ..."): the person it describes, when only determiners, linking words and adverbs stand
        between the office's body and the verb; else ()."""
        if any(w not in self.w.determiners and w not in self.w.linking and w not in self.g.adverbs
               for w, _ in words_between(self.view, candidate.end, anchor)) \
                or PUNCTUATION_GAP.search(self.view.text, clause_start, anchor):
            return ()
        office = [w for w, _ in words_between(self.view, clause_start, candidate.start)]
        if not any(w in self.w.offices or " ".join(office[i:i + 2]) in self.w.offices for i, w in enumerate(office)):
            return ()  # "wilayah X yang tentu Polrestabes berkoordinasi": no office, Polrestabes acts
        head = self._relative_head(clause_start)
        if not head:
            # "Eddy yang juga Waketum PAN ini ...": a name no actor resolves stands before "yang"; the person
            # acts, not the party (events.coder resolves the name against the document's persons)
            yang = self._break_start(clause_start)
            before = words_between(self.view, max(0, yang - 40), yang)[-1:]
            if before and before[0][1] and not any(a.start < yang and yang - 40 < a.end for a in self.view.args):
                return UNNAMED
        return head if len(head) == 1 and head[0].type == "PER" and not head[0].generic else ()

    def _role_relative(self, clause_start: int, candidate: Arg) -> bool:
        """A role word (clauses.yaml role_markers) opens what the verbless "yang" clause before `candidate`
        says of its head, within four words of "yang": "yang juga aktif sebagai pengurus X"."""
        if not self.w.role_markers or PUNCTUATION_GAP.search(self.view.text, clause_start, candidate.start):
            return False
        words = words_between(self.view, clause_start, candidate.start)
        return any(w in self.w.role_markers for w, _ in words[:4])

    def _agent_noun_object(self, arg: Arg, clause_start: int) -> bool:
        """`arg` is the object of an agent noun before it ("X, penembak tiga anggota Polres Y, dihukum"):
        the one acted on in the noun phrase that describes the subject, not the subject."""
        if not self.w.agent_nouns:
            return False
        words = words_between(self.view, max(clause_start, arg.start - 40), arg.start)[-4:]
        for index in range(len(words) - 1, -1, -1):
            word = words[index][0]
            if word in self.w.agent_nouns:
                return True
            if not (word.isdigit() or word in self.g.np_fillers or word in self.w.quantity_heads
                    or word in self.w.members_of):
                return False
        return False

    def _passive_at(self, anchor: int) -> bool:
        """A trigger's passive verb starts at `anchor` (a passive the tagger alone saw keeps its subject
        for the subordinate verbs that share it)."""
        return any(v.start == anchor and v.voice == "passive" and v.hint is not None for v in self.verbs)

    def _in_capacity(self, candidate: Arg, clause_start: int) -> Arg:
        """"X selaku Komisaris PT Y, meminta ...": the actor after a word of capacity is X's office, and
        X is the subject."""
        view = self.view
        for arg in reversed(view.args):
            if arg.end > candidate.start or arg is candidate:
                continue
            if arg.start < clause_start:
                break
            gap = words_between(view, arg.end, candidate.start)
            if gap and gap[0][0] in self.w.capacity_words and len(gap) <= 4 \
                    and not re.search(r"[;:.()]", view.text[arg.end:candidate.start]):
                return arg
            break
        return candidate

    def _pronoun_opens(self, clause_start: int, before: int) -> bool:
        """The clause opens with a pronoun no actor resolves ("Dia mengatakan ...")."""
        words = words_between(self.view, clause_start, before)[:1]
        return bool(words) and words[0][0] in self.w.pronoun_subjects \
            and not any(a.start <= clause_start + self.view.low.find(words[0][0], clause_start) < a.end for a in self.view.args)

    def _break_start(self, clause_start: int) -> int:
        for b_start, b_end in self.view.breaks:
            if b_end == clause_start:
                return b_start
        return clause_start

    def _linked(self, start: int, anchor: int) -> bool:
        """Past the last comma between a verb and `anchor` stand only linking words
        (", lalu menyita", ", dan tidak menyerang"), not a new subject no actor names."""
        comma = max(self.view.text.rfind(",", start, anchor), self.view.text.rfind(";", start, anchor))
        return comma < 0 or not self._names_subject(comma, anchor)

    def _names_subject(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds a subject that no actor names ("namun Adi berjanji").

        With tags, a noun or pronoun that is no linking word; without them, any word
        that is no linking word ("setelah seharian bertemu" has none only when tagged)."""
        first = bisect_left(self.view.starts, start)
        for w_start, w_end, word, _ in self.view.words[first:]:
            if w_end > end:
                break
            if word in self.w.linking:
                continue
            if not self.tags or self.tags.get(w_start) in self.w.subject_tags or word in self.w.quantifier_subjects:
                return True
        return False

    def _names_other_subject(self, start: int, end: int) -> bool:
        """Whether the word right before `end` (past linking words and adverbs), after a reporting verb at
        `start`, is a subject other than the reporter's side: a noun no actor names ("mengatakan Isa meminta"),
        not a pronoun ("mengatakan mereka menggelar") or the reporter's own body ("menyatakan partainya akan
        mendukung"). By the tags only: untagged, an adjective ("siap") would read as a noun."""
        first = bisect_left(self.view.starts, start)
        last = bisect_left(self.view.starts, end)
        if PUNCTUATION_GAP.search(self.view.text, start, end) \
                or any(w in self.w.coordinators for _, _, w, _ in self.view.words[first:last]):
            return False  # "menyampaikan keberatan dan menolak": a second verb of the reporter
        # "menjelaskan modus para oknum itu adalah bernegosiasi": past the determiner and the copula stands the
        # subject; not before a passive ("menjelaskan kabar ini diperolehnya usai ...": X got it)
        closers = frozenset() if self.view.low.startswith("di", end) else self.w.copulas | self.w.determiners
        for w_start, w_end, word, _ in reversed(self.view.words[first:last]):
            if word in self.w.linking or word in self.g.adverbs or word in closers:
                continue
            tag = self.tags.get(w_start)
            if tag == "JJ" and w_start > start:
                continue  # "aplikasi terpadu itu mampu ...": the noun stands before its adjective
            return tag in self.w.subject_tags and tag != "PR" and word not in self.w.pronoun_subjects \
                and not word.endswith("nya")
        return False

    def _share(self, verb: _Verb, start: int, anchor: int, clause_start: int, opener: str):
        """The subject the predicate at `anchor` shares with `verb` before it, or none where
        a subject stands between them that no actor names."""
        if not self._linked(start, anchor):
            return (), "blocked"  # "..., perusahaan akan menuntut"
        if self.tags and self.view.low[verb.start:verb.end] in self.w.reporting \
                and self._names_other_subject(verb.end, anchor):
            return (), "blocked"  # "Jaksa mengatakan Isa meminta ...": Isa asks, whom no actor names
        if self.tags and self._passive_at(anchor) and VERBAL.match(self.view.low[verb.start:verb.end]) \
                and verb.voice == "active" and self._names_subject(verb.end, anchor):
            return (), "blocked"  # "X mengatakan kedua personel diamankan": the personnel, not X, were held
        complement = self.complement_re.search(self.view.low, verb.end, anchor)
        if complement and any(w in self.w.recipient_preps for w, _ in words_between(self.view, verb.end, complement.start())):
            return (), "blocked"  # "memberi waktu kepada kelompok itu untuk menolak": the recipient acts
        if complement:
            owner = self._decision_owner(verb.end, complement.start())
            if owner is not None:
                return owner  # "menghormati keputusan dari Klub Y untuk memecat X": Klub Y dismisses
        if opener and opener not in self.w.no_shared_subject and RETURN_TO_MAIN.search(self.view.text, verb.end, anchor):
            return self._main_subject(clause_start)  # "X menyampaikan ..., setelah Y mengumumkan ..., dan menyatakan"
        return self._shared(verb)

    def _decision_owner(self, start: int, end: int) -> tuple[tuple[Arg, ...], str] | None:
        """A decision noun owned by someone between a verb and the complement of the trigger ("menyambut
        keputusan (dari) Klub Y untuk memecat X"; clauses.yaml act_nouns): the owner decides and acts, not the verb's subject. The actor
        named after the noun, else blocked where a capitalised word names an owner no actor resolves."""
        words = words_between(self.view, start, end)
        for i, (word, _) in enumerate(words):
            if word not in self.w.act_nouns:
                continue
            rest = words[i + 1:]
            if rest and rest[0][0] == "dari":
                rest = rest[1:]
            if not rest or not rest[0][1]:
                return None  # "mengambil keputusan untuk ...": the subject's own decision
            owner = [a for a in self.view.args if start <= a.start and a.end <= end and not a.place]
            return (tuple(owner[-1:]), "direct") if owner else ((), "blocked")
        return None

    def _shared(self, prior: _Verb) -> tuple[tuple[Arg, ...], str]:
        subject, how = self.subject(prior.start, prior.voice)
        return subject, "blocked" if how == "blocked" else "shared"

    def _separated(self, start: int, end: int) -> bool:
        """A comma or a coordinator stands between `start` and `end`."""
        if PUNCTUATION_GAP.search(self.view.text, start, end):
            return True
        return any(w in self.w.coordinators for w, _ in words_between(self.view, start, end))

    def _first_in_clause(self, verb: _Verb, clause_start: int) -> bool:
        return self._verb_between(clause_start, verb.start) is None

    def _closes_relative(self, prior: _Verb, candidate: Arg) -> bool:
        """`candidate` ends the relative clause `prior` opens: it is the agent of its passive
        ("yang didukung Y") or the object of its active verb ("yang menguasai Y"), and only
        a determiner ("itu") may follow it before the main verb."""
        if PUNCTUATION_GAP.search(self.view.text, prior.end, candidate.start):
            return False  # "yang hadir, X meminta ...": the relative clause ended at the comma
        gap = [w for w, _ in words_between(self.view, prior.end, candidate.start)]
        if prior.voice == "passive":
            return not gap or (gap[0] in self.g.agent_markers and len(gap) <= 3)
        if self.view.low[prior.start:prior.end] in self.w.copulas:
            # "X yang merupakan staf UPT Y Dinas Z berpura-pura ...": the office says what X is, X acts
            return len(gap) <= self.w.long_object_words
        return len(gap) <= 2 and not any(w in self.g.prepositions for w in gap)

    def _relative_agent(self, prior: _Verb, candidate: Arg) -> bool:
        """`candidate` is the agent of the passive relative verb `prior` ("yang diterima (oleh) anggota DPR")."""
        gap = [w for w, _ in words_between(self.view, prior.end, candidate.start)]
        return len(gap) <= 3 and all(w in self.g.agent_markers or w in self.w.members_of or w in self.g.np_fillers
                                     for w in gap)

    def _modifies(self, gap, start: int, end: int) -> bool:
        """Up to GROUP_MODIFIER_WORDS lower-case words, no verb, preposition or punctuation: words that
        qualify the group noun before them ("pegawai pajak", "guru honorer")."""
        return (0 < len(gap) <= GROUP_MODIFIER_WORDS and not any(capital or w in self.g.prepositions for w, capital in gap)
                and self._verb_between(start, end) is None and not re.search(r"[,;:.()\"“”]", self.view.text[start:end]))

    def _relative_head(self, clause_start: int) -> tuple[Arg, ...]:
        """The actor a "yang" clause describes: "Hizbullah yang", "Hizbullah, kelompok militan yang"."""
        view = self.view
        yang = clause_start
        for b_start, b_end in view.breaks:
            if b_end == clause_start:
                yang = b_start
        for arg in reversed(view.args):
            if arg.end > yang:
                continue
            gap = words_between(view, arg.end, yang)
            if arg.generic and self._modifies(gap, arg.end, yang):
                gap = []  # "26 pegawai pajak yang dipecat": a group noun and the words that qualify it
            if len(gap) > self.w.relative_head_words or any(w not in self.g.np_fillers for w, _ in gap):
                return ()  # "Mengutip X, pelanggan yang ...": only an apposition may stand between
            if re.search(r"[;:.()]", view.text[arg.end:yang]):
                return ()
            if "," in view.text[arg.end:yang] and governing_preposition(view, arg, 0, self.g) is not None:
                return ()  # "Menurut dia, yang melapor ...": a headless relative, not the one it is according to
            group = self._origin_head(arg)
            if group is not None:
                return (group,)  # "geng kriminal seperti A dan B dari Venezuela, yang ...": the gangs
            group = self._described_head(arg)
            if group is not None:
                return (group,)  # "pengemudi mobil berpelat dinas Polri yang ...": the driver
            return tuple(coordinated(view, arg, forward=False, limit=0))
        return ()

    def _described_head(self, arg: Arg) -> Arg | None:
        """The unnamed group an actor describes through a "ber-" word of having or wearing before it
        ("pengemudi mobil berpelat dinas Polri", "pria berseragam TNI"): the group, the nearest actor before
        that word with no punctuation, verb or more than `relative_head_words` words between."""
        view = self.view
        before = words_between(view, max(0, arg.start - 40), arg.start)[-3:]
        marker = next((i for i in range(len(before) - 1, -1, -1) if before[i][0] in self.w.describing_words), None)
        if marker is None or any(w not in self.g.np_fillers and not c for w, c in before[marker + 1:][1:]):
            return None
        for earlier in reversed(view.args):
            if earlier.end > arg.start or earlier is arg:
                continue
            gap = words_between(view, earlier.end, arg.start)
            if not earlier.generic or PUNCTUATION_GAP.search(view.text, earlier.end, arg.start) \
                    or len(gap) > self.w.relative_head_words + 3 \
                    or any(VERBAL.match(w) and w not in self.w.describing_words and w not in self.w.not_verbs
                           for w, _ in gap):
                return None
            return earlier
        return None

    def _origin_head(self, arg: Arg) -> Arg | None:
        """The unnamed group an actor after "dari" says the origin of ("geng kriminal ... dari X"): the
        nearest group before it, with no punctuation and at most `relative_head_words` + 5 words between."""
        view = self.view
        if arg.type not in ("GPE", "LOC") or governing_preposition(view, arg, 0, self.g) not in self.w.origin_preps:
            return None  # "dari tersangka RMP yang ...": a person is no origin
        for earlier in reversed(view.args):
            if earlier.end > arg.start:
                continue
            if PUNCTUATION_GAP.search(view.text, earlier.end, arg.start) \
                    or len(words_between(view, earlier.end, arg.start)) > self.w.relative_head_words + 8:
                return None
            if not earlier.generic:
                continue  # a member of the group's examples: "geng seperti A dan B dari X"
            following = words_between(view, earlier.end, arg.start)[:1]
            return earlier if following and following[0][0] in self.w.example_markers | self.w.origin_preps else None
        return None

    def _main_subject(self, clause_start: int) -> tuple[tuple[Arg, ...], str]:
        """A subordinate clause without a subject shares the main clause's ("X ditangkap saat berunjuk rasa")."""
        # the main clause's first verb: "X menyampaikan ... terkait Y, setelah ...": X
        break_start = self._break_start(clause_start)
        tagged = next((a for a in reversed(self.view.args) if a.end <= break_start), None)
        if tagged is not None and self._speech_tag(tagged) \
                and not words_between(self.view, tagged.end, break_start):
            return (tagged,), "main"  # '"...," ujar X ketika tiba di Y': X, the speaker, arrives
        main_start, _ = self.view.clause(max(0, break_start - 1))
        prior = self._verb_between(main_start, break_start, last=False) or self._verb_between(0, clause_start)
        if prior is not None and self.view.low[prior.start:prior.end] in self.w.reporting:
            # "X mengungkapkan Y kembali menyerang Z meski sudah menyepakati ...": the reported clause's subject Y
            later = self._verb_between(prior.end, break_start)
            if later is not None:
                told, how = self.subject(later.start, later.voice)
                if told and how in ("direct", "shared") and told[0].start > prior.end \
                        and not words_between(self.view, prior.end, told[0].start):  # right after the verb
                    return told, "main"
        if prior is not None:
            subject, _ = self.subject(prior.start, prior.voice)
            if subject:
                return subject, "main"
        for arg in self.view.args:
            if arg.end <= clause_start and governing_preposition(self.view, arg, 0, self.g) is None:
                return (arg,), "main"
        return (), "none"

    # ---- after the predicate
    def _complements(self, anchor: int, stop: int, max_words: int = 8) -> tuple[Complement, ...]:
        view, g = self.view, self.g
        found: list[Complement] = []
        used: set[Arg] = set()
        for arg in view.args:
            if arg.start < anchor or arg in used:
                continue
            if arg.start >= stop:
                break
            words = words_between(view, anchor, arg.start)
            if len(words) > max_words:
                break
            if not words and self._abbreviates_before(anchor, arg):
                continue  # "menandatangani Perjanjian Kerja Sama (PKS)": the agreement's initials, not a party
            if any(w in self.w.death_nouns for w, _ in words):
                continue  # "menuntut keadilan atas tewasnya seorang pengemudi": the one who died
            quantity = {i for i, (w, _) in enumerate(words) if w in self.w.quantity_heads or w[0].isdigit()
                        or (i and words[i - 1][0] in self.w.quantity_heads)}  # "lebih dari 40 warga X"
            # "mengapresiasi kinerja para kader", "menolak keputusan X": a noun of what the actor has or does
            # stands for the actor, so it is no content word that would make the actor its modifier
            content = [w for i, (w, c) in enumerate(words) if w not in g.np_fillers and not c and i not in quantity
                       and w not in self.w.possessed]
            preps = [i for i, (w, _) in enumerate(words) if w in g.prepositions and i not in quantity]
            if preps:
                prep = words[preps[-1]][0]
                if preps[-1] + 1 < len(words) and f"{prep} {words[preps[-1] + 1][0]}" in self.w.facing:
                    prep = f"{prep} {words[preps[-1] + 1][0]}"  # "berunjuk rasa di depan gedung X"
                elif preps[-1] + 2 == len(words) and f"{prep} {words[-1][0]}" in self.w.scope:
                    prep = f"{prep} {words[-1][0]}"  # "mengimbau pencatatan hadiah di lingkungan X"
                elif prep == "dari" and preps[-1] > 0 and words[preps[-1] - 1][0] in self.w.members_of \
                        and not any(w in g.prepositions for w, _ in words[:preps[-1]]):
                    prep = ""  # "menyerang pendukungnya dari Partai X": the members of X are the object
                elif prep == "dari" and preps[-1] > 0 and words[preps[-1] - 1][0] in self.w.possessed \
                        and not any(w in g.prepositions for w, _ in words[:preps[-1]]):
                    prep = ""  # "menyambut baik keputusan dari X": X's decision, X is the object
            elif ANNOUNCED_LIST.search(view.text, anchor, arg.start) and not any(VERBAL.match(w) for w in content):
                prep = ""  # "mengapresiasi lembaga penegak hukum, yakni X, Y dan Z": the ones listed
            elif len(content) > 2 or any(VERBAL.match(w) for w in content) or (content and arg.generic):
                continue  # "membatalkan keputusan mutasi guru": an unnamed group after a noun modifies it
            else:
                prep = ""
            group = coordinated(view, arg, forward=True, limit=stop, fillers=self.fillers)
            used.update(group)
            if prep.split(" ")[0] in self.w.location_preps and all(a.place for a in group):
                continue  # "serangan Israel di Doha": Doha is the location
            found.append(Complement(prep, tuple(group), len(content)))
        return tuple(found)

    def _abbreviates_before(self, anchor: int, arg: Arg) -> bool:
        """`arg` stands in parentheses right after `anchor` and spells the initials of the words before it."""
        if not ABBREVIATION_GAP.fullmatch(self.view.text, anchor, arg.start) or not arg.text.isalpha() \
                or not 2 <= len(arg.text) <= 6:
            return False
        letters = arg.text.lower()
        before = words_between(self.view, max(0, anchor - 80), anchor)[-len(letters):]
        return len(before) == len(letters) and "".join(w[0] for w, _ in before) == letters

    def _comitative_gap(self, start: int, end: int) -> str | None:
        """The preposition of company that text[start:end] consists of, numbers and fillers aside
        ("bersama 109", "bersama dengan para"), or None."""
        if PUNCTUATION_GAP.search(self.view.text, start, end):
            return None
        words = [w for w, _ in words_between(self.view, start, end) if w not in self.g.np_fillers and not w[0].isdigit()]
        return words[0] if words and " ".join(words) in self.w.comitative else None

    def _comitative_of(self, arg: Arg, clause_start: int) -> bool:
        """`arg` follows an actor of its clause after a preposition of company ("KPK bersama dengan Polri
        menandatangani ..."): the partner, not the subject."""
        if not self.w.comitative:
            return False
        earlier = [other for other in self.view.args if other.end <= arg.start and other.start >= clause_start]
        while earlier and ABBREVIATION_GAP.fullmatch(self.view.text, earlier[-1].end, arg.start):
            arg = earlier.pop()  # "109 pemerintah daerah (Pemda)": the abbreviation is its phrase's
        return bool(earlier) and self._comitative_gap(earlier[-1].end, arg.start) is not None

    def _partner(self, subject: tuple[Arg, ...], start: int) -> tuple[Complement, ...]:
        """"Pemkot X bersama DPRD X menyepakati ...": the actor after a preposition of company between the
        subject and the verb acts with the subject; it is read as the last complement, with that preposition,
        so that only an event type whose target_preps name it takes it as its target."""
        if not subject or not self.w.comitative:
            return ()
        view = self.view
        for arg in view.args:
            if arg.start < subject[-1].end:
                continue
            if arg.end > start:
                return ()
            prep = self._comitative_gap(subject[-1].end, arg.start)
            if prep is None:
                return ()
            group = coordinated(view, arg, forward=True, limit=start, fillers=self.fillers)
            verb = self._verb_between(group[-1].end, start, last=False)  # the subject's own verb, when shared
            limit = verb.start if verb is not None else start
            between = words_between(view, group[-1].end, limit)
            if len(between) > 3 or any(VERBAL.match(w) for w, _ in between) \
                    or PUNCTUATION_GAP.search(view.text, group[-1].end, limit):
                return ()
            return (Complement(prep, tuple(group), 0),)
        return ()

    def _agent(self, end: int, stop: int) -> tuple[Arg, ...]:
        """The agent of a passive: right after the verb or after "oleh" ("ditolak oleh X pada ...")."""
        for arg in self.view.args:
            if arg.start < end or arg.start >= max(stop, end + 1):
                continue
            words = [w for w, _ in words_between(self.view, end, arg.start)]
            if not words and PUNCTUATION_GAP.search(self.view.text, end, arg.start):
                return ()  # "Setelah X diamankan, korban melapor": the next clause's subject
            if not words or (words[0] in self.g.agent_markers and len(words) <= 3) \
                    or (not PUNCTUATION_GAP.search(self.view.text, end, arg.start) and self._agent_phrase(words)):
                return tuple(coordinated(self.view, arg, forward=True, limit=len(self.view.text)))
            return ()
        return ()

    def _agent_phrase(self, words: list[str]) -> bool:
        """The words before a passive's agent are the head of its noun phrase: "disodorkan mediator X",
        "diajukan oleh para mediator dari X": fillers (one origin preposition after them), an optional
        agent marker first, and no more than AGENT_PHRASE_WORDS words."""
        if words and words[0] in self.g.agent_markers:
            words = words[1:]
        if not words or len(words) > AGENT_PHRASE_WORDS or words[0] in self.w.origin_preps:
            return False
        if words[-1] in self.w.origin_preps:
            words = words[:-1]  # "mediator dari X"
        return all((w in self.g.np_fillers or w in self.w.members_of) and w not in CONJUNCTIONS for w in words)

    def _inner_agent(self, end: int) -> tuple[Arg, ...]:
        """"menolak kondisi yang diterapkan X": the object is described by a passive relative
        clause whose agent names whose it is."""
        view = self.view
        _, clause_end = view.clause(end)
        if not (view.low.startswith("yang", clause_end) and view.break_before(clause_end + 4) == "yang"):
            return ()
        head = words_between(view, end, clause_end)
        if head and head[0][0] in self.g.prepositions and head[0][0] not in self.w.location_preps:
            head = head[1:]  # "apresiasi atas kerja yang dipimpin X": the object of a preposition
        # A short head ("kondisi", "kerja sama"); a longer one only when "oleh" names the agent
        # ("percepatan penerbitan peraturan tentang X yang tengah diproses oleh Y").
        long_head = not head or len(head) > 3 or any(VERBAL.match(w) or w in self.g.prepositions for w, _ in head)
        if long_head and (not head or len(head) > self.w.long_object_words or any(VERBAL.match(w) for w, _ in head)
                          or PUNCTUATION_GAP.search(view.text, end, clause_end)):
            return ()
        verb = self._verb_between(clause_end, len(view.text), last=False)
        if verb is None or verb.voice != "passive" or self._verb_between(clause_end, verb.start) is not None:
            return ()
        after = words_between(view, verb.end, min(len(view.text), verb.end + 8))[:1]
        marked = bool(after) and after[0][0] in self.g.agent_markers
        # "yang" plus an adverb or two; three ("yang saat ini tengah diproses oleh") before a marked agent
        if len(words_between(view, clause_end, verb.start)) > (4 if marked else 3) or (long_head and not marked):
            return ()
        return self._agent(verb.end, forward_stop(view, verb.end, self.g))

    def _complement_subject(self, stop: int) -> tuple[Arg, ...]:
        """"meminta agar semua anggota X mulai ...": the actor that opens the complement
        clause at `stop` and is the subject of its verb; a request is addressed to it."""
        view = self.view
        found = self.complement_re.match(view.low, stop)
        if not found:
            return ()
        _, clause_end = view.clause(found.end())
        for arg in view.args:
            if arg.start < found.end():
                continue
            if arg.start >= clause_end:
                return ()
            gap = words_between(view, found.end(), arg.start)
            # "agar penyidik KPK ...", "agar seluruh jajaran Polres X ...": members stand for their body
            if len(gap) > 3 or any(w not in self.g.np_fillers and w not in self.w.members_of for w, _ in gap):
                return ()
            group = coordinated(view, arg, forward=True, limit=clause_end, fillers=self.fillers)
            if RELATIVE_AFTER.match(view.low, group[-1].end) and group[-1].generic:
                # "mengimbau agar masyarakat yang memiliki uang lama menukarkannya": a group the relative clause
                # describes is addressed, unless a passive follows ("agar polisi yang menembak diadili": acted on)
                after = [v for v in self.verbs if v.start > group[-1].end]
                return tuple(group) if after and all(v.voice == "active" for v in after) else ()
            verb = self._verb_between(group[-1].end, clause_end, last=False)
            if verb is None or verb.voice != "active" or self._names_subject(group[-1].end, verb.start) \
                    or len(words_between(view, group[-1].end, verb.start)) > 3:
                return ()
            return tuple(group)
        return ()

    def _content_verb(self, end: int, stop: int) -> _Verb | None:
        """The active verb that opens a predicate's content right after it ("mengancam akan
        mendeportasi", "meminta bertemu"), with only content openers between them."""
        verb = self._verb_between(end, len(self.view.text), last=False)
        if verb is None or verb.voice != "active" or verb.start > max(stop, end + 1) + 12:
            return None
        gap = [w for w, _ in words_between(self.view, end, verb.start)]
        if len(gap) > 2 or any(w not in self.w.content_openers for w in gap):
            return None
        return verb

    def _content_object(self, end: int, stop: int) -> tuple[Arg, ...]:
        """"meminta bertemu dengan X", "mengancam akan mendeportasi X": whom the content verb's
        act is with or for is whom the request or threat concerns. A direct object counts only
        after a future marker ("akan"), or of a verb of stance ("berdemo menolak X"): "meminta
        membebaskan X" asks someone else to act on X."""
        if self.w.attention is not None:
            found = self.w.attention.match(self.view.low, end)
            if found is not None:  # "mohon menjadi perhatian para gubernur"
                after = next((a for a in self.view.args if a.start >= found.end()), None)
                if after is not None and all(w in self.g.np_fillers for w, _ in words_between(self.view, found.end(), after.start)):
                    return tuple(coordinated(self.view, after, forward=True, limit=len(self.view.text), fillers=self.fillers))
        verb = self._content_verb(end, stop)
        if verb is None:
            return ()
        stance = self.view.low[verb.start:verb.end].split()[0] in self.w.stance_verbs  # "berdemo menolak X"
        direct = stance or any(w in self.w.direct_content for w, _ in words_between(self.view, end, verb.start))
        own = self.view.low[verb.start:verb.end].split()[-1]  # a trigger phrase may end in it: "bertemu dengan"
        for comp in self._complements(verb.end, self._stop(verb.end)):
            prep = comp.prep or (own if own in self.w.addressee_preps and not comp.content_before else "")
            # a stance is against the owner of what it rejects too: "berdemo menolak kenaikan tunjangan DPR"
            if prep in self.w.addressee_preps or (direct and not prep and (stance or not comp.content_before)):
                return comp.args
            return ()
        return ()

    def _scope(self, complements: tuple[Complement, ...]) -> tuple[Arg, ...]:
        """"mengimbau pencatatan hadiah di lingkungan X supaya ...": a measure asked for within a
        body (clauses.yaml scope_preps), or at a body named right after "di" (an organisation, not a
        place), is addressed to that body, where it is the first complement; so is one right after the
        predicate with an addressing preposition ("minta pada X untuk ...": clauses.yaml addressing_preps)."""
        first = complements[0]
        if any(a.place for a in first.args):
            return ()
        if first.prep in self.w.scope or (first.prep in self.w.addressing and first.content_before <= 1):
            return first.args  # "minta pada anak-anak untuk ...": asked right after the verb (the preposition is its one content word)
        # "mengimbau aturan di Kementerian X ... diperbarui": a body right after "di" (not "di tingkat DPD")
        if first.prep in self.w.location_preps and all(a.type == "ORG" for a in first.args) \
                and self.view.low[:first.args[0].start].rstrip().rsplit(None, 1)[-1:] == [first.prep]:
            return first.args
        return ()

    def _fronted_patient(self, hint: PredicateHint, subject: tuple[Arg, ...]) -> tuple[Arg, ...]:
        """"Ibu Kadinkes Kabupaten X kami minta agar ...", "Pak Ketua Y kita minta terbuka": a bare verb
        right after a personal pronoun (clauses.yaml fronted_patient) is the object-fronted passive, and
        the actor that opens the clause before the pronoun, with only its title, its place and a
        connective around it (its title may run long: "Maka Kepala Dinas X Y"), is the one acted on."""
        view = self.view
        first = bisect_left(view.starts, hint.start)
        agent = first - 1  # auxiliaries may stand between the pronoun and the verb: "X saya akan minta"
        while agent > 0 and view.words[agent][2] in self.w.fronting_aux and first - agent <= 2:
            agent -= 1
        if not first or agent < 0 or view.words[agent][2] not in self.w.fronting_agents \
                or PUNCTUATION_GAP.search(view.text, view.words[agent][1], hint.start):
            return ()
        if not self.w.active_prefixes or view.words[first][2].startswith(self.w.active_prefixes):
            return ()  # "X kami meminta": an active verb; its own subject acts
        pronoun = view.words[agent][0]
        clause_start = view.clause(pronoun)[0]
        # a comma may close the fronted phrase: "Kepala Dinas X, saya akan minta ..." (then it opens the clause before)
        comma = view.text[:pronoun].rstrip().endswith(",")
        if comma:
            clause_start = view.clause(view.text[:pronoun].rstrip().rfind(",") - 1)[0]
        patient = next((a for a in reversed(view.args) if clause_start <= a.start and a.end <= pronoun
                        and not a.place), None)
        if patient is None or PUNCTUATION_GAP.search(view.text, patient.end, pronoun) and \
                (not comma or view.text[patient.end:pronoun].count(",") > 1):
            return ()
        if any(mark in view.text[patient.end:pronoun] for mark in ':"\u201c\u201d'):
            return ()  # "X: Saya tantang Y": a speaker's label or a quotation opens before the pronoun; X speaks
        if any(not capital and w not in self.w.fronting_aux for w, capital in words_between(view, patient.end, pronoun)):
            return ()  # only the rest of its name, its place or an auxiliary between: "Kadinkes Kabupaten X sudah kami"
        before = words_between(view, clause_start, patient.start)
        if len(before) > 8 or any((not capital and w not in self.w.linking and w not in self.w.recipient_connectives
                                   and w not in self.w.fronting_aux) or w in self.g.prepositions for w, capital in before):
            return ()  # "Menurut X, kami minta ...": X is a source of the words, not the one asked
        return (patient,)

    def _fronted_recipient(self, hint: PredicateHint) -> tuple[Arg, ...]:
        """"Kepada X, kami meminta agar ...": a recipient phrase that opens the sentence and closes at
        its comma names whom the predicate after it addresses."""
        view = self.view
        # a connective may open the sentence first: "Sedangkan untuk pegawai lain, Prabowo meminta ..."
        opener = 1 if len(view.words) > 1 and view.words[0][2] in self.w.recipient_connectives else 0
        if len(view.words) <= opener or view.words[opener][2] not in self.w.fronted_recipient:
            return ()
        after = view.words[opener][1]
        comma = view.text.find(",", after, hint.start)
        if comma < 0:
            return ()
        for arg in view.args:
            if arg.start >= comma:
                return ()
            if arg.start >= after and not PUNCTUATION_GAP.search(view.text, arg.end, comma) \
                    and all(w in self.g.np_fillers or capital for w, capital in words_between(view, after, arg.start)):
                return tuple(coordinated(view, arg, forward=True, limit=comma, fillers=self.fillers))
        return ()

    def _inviter(self, hint: PredicateHint, subject: tuple[Arg, ...], how: str) -> tuple[Arg, ...]:
        """"X mengajak Y bertemu": Y, the subject of the meeting, is the object of an inviting verb
        right before it, and X, that verb's subject, is whom Y meets."""
        if how != "direct" or not subject:
            return ()
        prior = self._verb_between(self.view.clause(hint.start)[0], subject[0].start)
        if prior is None or self.view.low[prior.start:prior.end].split()[0] not in self.w.inviting:
            return ()
        if words_between(self.view, prior.end, subject[0].start) or words_between(self.view, subject[-1].end, hint.start):
            return ()  # "mengajak korban bertemu": nothing else between the verbs and the invitee
        inviter, _ = self.subject(prior.start, prior.voice)
        return tuple(a for a in inviter if a not in subject)

    def _pronoun_object(self, hint: PredicateHint, subject: tuple[Arg, ...]) -> tuple[Arg, ...]:
        view = self.view
        slot = hint.end
        verb = self._content_verb(hint.end, hint.end)
        if verb is not None and any(w in self.w.direct_content for w, _ in words_between(view, hint.end, verb.start)):
            slot = verb.end  # "mengancam akan mendeportasi taipan itu"
        first = bisect_left(view.starts, slot)
        after = view.words[first:first + 4]
        if not after:
            return ()
        if after[0][2] in self.g.object_pronouns:
            for arg in reversed(view.args):
                if arg.end <= hint.start and arg.type in ("NORP", "GPE", "ORG") and arg not in subject:
                    return (arg,)
            return ()
        return self._described(after, hint, subject)

    def _described(self, after: list, hint: PredicateHint, subject: tuple[Arg, ...]) -> tuple[Arg, ...]:
        """"taipan teknologi tersebut", "negara itu": a description closed by a determiner refers
        back to an actor of its kind named before the predicate; only where exactly one such
        actor, other than the subject, stands there."""
        kinds = self.w.descriptions.get(after[0][2])
        if kinds is None:
            return ()
        closing = next((i for i, w in enumerate(after) if w[2] in self.w.determiners), None)
        if closing is None or any(w[3] for w in after[1:closing]) \
                or PUNCTUATION_GAP.search(self.view.text, after[0][0], after[closing][0]):
            return ()  # a name or a clause boundary inside the phrase
        taken = {a.actor for a in subject}
        found = {a.actor: a for a in self.view.args
                 if a.end <= hint.start and a.type in kinds and a.actor not in taken and not a.generic}
        return (next(iter(found.values())),) if len(found) == 1 else ()

    def _condition_subject(self, end: int) -> tuple[Arg, ...]:
        view = self.view
        for start, stop, word, _ in view.words:
            if start < end or word not in self.g.conditional:
                continue
            following = [a for a in view.args if a.start >= stop][:1]
            if following and len(words_between(view, stop, following[0].start)) <= 3:
                return following
            return ()
        return ()

    # ---- nouns
    def _noun(self, hint: PredicateHint) -> Predicate:
        view, g = self.view, self.g
        clause_start, clause_end = view.clause(hint.start)
        light = self._light_verb_before(hint, clause_start)
        stop = self._stop(hint.end)
        if light is not None:
            subject, how = self.subject(light, "active")
            complements = self._complements(hint.end, stop)
            return Predicate(hint.start, hint.end, "active", subject, "lightverb" if how == "direct" else how,
                             complements, inner_agent=self._inner_agent(hint.end),
                             pronoun_object=self._pronoun_object(hint, subject),
                             # "mengeluarkan imbauan agar warga ...": addressed as a verb's request is
                             addressee=() if complements else (self._complement_subject(stop)
                                                                or self._content_object(hint.end, stop)))
        if hint.possessive or self._possessive_modifier(hint):
            subject = subject_before(view, hint.start, clause_start, g) or subject_before(view, hint.start, 0, g)
            return Predicate(hint.start, hint.end, "active", tuple(subject), "possessive",
                             self._complements(hint.end, stop), pronoun_object=self._pronoun_object(hint, ()))
        # from the trigger's start: a trigger phrase may end in "antara" itself ("kesepakatan antara X dan Y")
        antara = ANTARA.search(view.low, hint.start, min(len(view.low), hint.end + 120))
        if antara:
            members = [a for a in view.args if a.start >= antara.end()]
            if members and len(words_between(view, antara.end(), members[0].start)) <= 4:
                group = coordinated(view, members[0], forward=True, limit=len(view.text), fillers=self.fillers)
                if len(group) > 1:
                    return Predicate(hint.start, hint.end, "noun", (group[0],), "antara",
                                     (Complement("", tuple(group[1:]), 0),))
        marked = self._noun_agent(hint, clause_end)
        if marked is not None:
            # "penangkapan X oleh polisi", "pembebasan sandera oleh Hamas": the agent after "oleh" acts, and
            # an actor between the noun and "oleh" is acted on
            agent, complements = marked
            return Predicate(hint.start, hint.end, "noun", agent, "doneby", complements)
        subject, how = self._genitive(hint, clause_end)
        if not subject:
            return Predicate(hint.start, hint.end, "noun", (), "none",
                             tuple(c for c in self._complements(hint.end, self._stop(hint.end)) if c.prep),
                             context_subject=self._subordinate_subject(hint, clause_start))
        complements = tuple(c for c in self._complements(subject[-1].end, self._stop(subject[-1].end)) if c.prep)
        return Predicate(hint.start, hint.end, "noun", subject, how, complements)

    def _subordinate_subject(self, hint: PredicateHint, clause_start: int) -> tuple[Arg, ...]:
        """"X tiba di Y setelah kunjungan ke Z": a noun right after a temporal subordinator
        names an act of the main clause's subject ("Setelah kunjungan ke Z, X ..." too)."""
        view = self.view
        after = words_between(view, hint.end, min(len(view.text), hint.end + 12))[:1]
        if after and after[0][0] in self.w.determiners:
            return ()  # "Dalam pertemuan itu, X ...": the meeting was told before
        opener = view.break_before(clause_start)
        words = words_between(view, clause_start, hint.start)
        if opener in self.g.fronted and not words:
            if not words_between(view, 0, self._break_start(clause_start)):
                return tuple(subject_after_fronted(view, hint.end, self.g))
            subject, how = self._main_subject(clause_start)
            return subject
        if clause_start == 0 and len(words) == 1 and words[0][0] in self.g.fronted:
            return tuple(subject_after_fronted(view, hint.end, self.g))
        return ()

    def _genitive(self, hint: PredicateHint, clause_end: int) -> tuple[tuple[Arg, ...], str]:
        """"serangan yang dilakukan (oleh) X" or "serangan (mematikan) X"."""
        view = self.view
        done_by = DONE_BY.match(view.low, hint.end)
        if done_by:
            after = [a for a in view.args if a.start >= done_by.end()][:1]
            if after and len(words_between(view, done_by.end(), after[0].start)) <= 3:
                return tuple(after), "doneby"
        for arg in view.args:
            if arg.start < hint.end:
                continue
            if arg.start >= clause_end or GENITIVE_BLOCK.search(view.text, hint.end, arg.start):
                break  # "Pada pertemuan itu, KPK ...": a genitive never stands past punctuation
            between = words_between(view, hint.end, arg.start)
            if any(ACTION_NOUN.match(w) and w not in self.w.not_action_nouns for w, _ in between):
                break  # "tuntutan pembubaran X": X is what the act named between is done to, not who demands
            first = bisect_left(view.starts, hint.end)
            if any(self.tags.get(w_start) in self.w.verb_tags for w_start, w_end, _, _ in view.words[first:]
                   if w_end <= arg.start):
                break  # "permintaan melatih X": X is whom the verb between acts on, not who asks
            if len(between) <= 2 and not any(w in self.g.prepositions for w, _ in between) and not arg.place:
                return (arg,), "genitive"
            break  # "serangan Doha": a city is where, not who
        return (), "none"

    def _noun_agent(self, hint: PredicateHint, clause_end: int) -> tuple[tuple[Arg, ...], tuple[Complement, ...]] | None:
        """"penangkapan (X) oleh Y": the agent marked by "oleh" within NOUN_AGENT_WORDS words of the noun,
        with no verb or punctuation between, and the noun's complements around it; None when there is none."""
        view = self.view
        first = bisect_left(view.starts, hint.end)
        for position in range(first, min(len(view.words), first + NOUN_AGENT_WORDS + 1)):
            start, end, word, _ = view.words[position]
            if start >= clause_end or GENITIVE_BLOCK.search(view.text, hint.end, start):
                return None
            if word not in self.g.agent_markers:
                if VERBAL.match(word) or word == "yang":
                    return None  # "penangkapan yang dilakukan oleh", "serangan menewaskan ... oleh": not this pattern
                continue
            after = next((a for a in view.args if a.start >= end), None)
            if after is None or after.start >= clause_end \
                    or any(w not in self.g.np_fillers for w, _ in words_between(view, end, after.start)):
                return None
            agent = tuple(coordinated(view, after, forward=True, limit=clause_end, fillers=self.fillers))
            # what it is done to: before the agent ("penangkapan X oleh", "serangan terhadap X oleh") or in a
            # prepositional phrase after it ("serangan oleh X terhadap Y")
            return agent, self._complements(hint.end, start) + tuple(
                c for c in self._complements(agent[-1].end, self._stop(agent[-1].end)) if c.prep)
        return None

    def _light_verb_before(self, hint: PredicateHint, clause_start: int) -> int | None:
        """"melancarkan serangan": a noun after a light verb acts as an active verb."""
        if self.light_verb_re is None:
            return None
        view = self.view
        window_start = max(clause_start, hint.start - 60)
        best = None
        for found in self.light_verb_re.finditer(view.low, window_start, hint.start):
            best = found
        if best is None or len(WORD.findall(view.low, best.end(), hint.start)) > 3:
            return None
        return best.start()

    def _possessive_modifier(self, hint: PredicateHint) -> bool:
        """"invasi daratnya": the possessive sits on the noun's modifier."""
        after = words_between(self.view, hint.end, min(len(self.view.text), hint.end + 30))[:1]
        return bool(after) and len(after[0][0]) > 5 and after[0][0].endswith("nya")

