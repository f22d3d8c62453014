"""Stories: threads of one developing matter, grown one document at a time, each document with its reason.

A story is not a topic ("politics", "the economy") but one matter that
develops: the Gaza ceasefire talks across outlets and months, or one
commission's sanction of one election body. A new canonical document joins a
story through one of its documents, never through the story's average alone:

1. Candidates: the CANDIDATES stored documents most similar to it by embedding
   (cosine of the headline-and-lead vectors, see encoder.py), at least
   MIN_CANDIDATE_COSINE.
2. Pair score with each candidate m:

       pair = W_COSINE * cosine(document, m)
            + W_TERMS * tf-idf cosine of their top terms
            + W_ACTORS * min(1, idf of the actors both name / ACTOR_FULL_IDF)
            + W_EVENT * (1 if they report a merged event together)
            - GAP_PENALTY * min(1, days between them beyond GAP_FREE_DAYS / GAP_SCALE_DAYS)

   Frequent actors (the president, the national police) and country-level
   actors weigh little, so "both about the KPK" is not "the same case"; a
   rare name both share (a suspect, a mediator) weighs fully.
3. The document joins the story of its best pair when that reaches
   JOIN_THRESHOLD and it is still about the story as a whole: its cosine with
   the story's centroid reaches COHERENCE. A document that matches one member
   but not the story's centre is drift: it starts a new story that records the
   story it split from (`follows`).

Every document gets a reason (StoryReason): how it came in (started, joined,
split, copy), the document it joined through, the pair score and cosine, the
shared actors, merged events and terms, and the days between them.

Calibration on the Detik 1,000 plus the seeds and 14 Gaza-talk pages of other
outlets (headline-and-lead vectors; replayed in memory from the stored
embeddings, see docs/corpus.md): pairs of documents about one matter (one OTT,
one court case, one regulation withdrawn, the seeds) score 0.58-1.0, pairs of
one topic but different matters (two KPK arrests in two provinces, two stock
market notes, two CSR plantings of one company) 0.40-0.57. In that replay, 16
of 20 drawn multi-document stories (seed 7001) were one matter at 0.55 and 19
of 20 at 0.58 (seeds 7001 and 7002); on the database ingested with 0.58 the
draws 7001, 7002 and 7003 gave 16, 18 and 17 (docs/corpus.md lists what is
still wrong). The seeds and Gaza pages form one story up to 0.60. COHERENCE
stops a chain from walking from one matter to the next (members of one thread
score 0.55-0.95 against its centroid); at 0.60 one Gaza page falls out.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np

from ..resources import Resources

W_COSINE = 0.55
W_TERMS = 0.30
W_ACTORS = 0.15
W_EVENT = 0.10
# The idf at which one shared actor counts fully: an actor named in about 1 % of documents.
ACTOR_FULL_IDF = math.log(101)
# Country-level actors (Israel, Indonesia) say little about which matter a document is about.
GENERIC_ACTOR_WEIGHT = 0.3
PRIOR_DOCUMENTS = 100
GAP_FREE_DAYS = 21
GAP_SCALE_DAYS = 120
GAP_PENALTY = 0.10
CANDIDATES = 30
MIN_CANDIDATE_COSINE = 0.40
JOIN_THRESHOLD = 0.58
COHERENCE = 0.55
# Two threads that one document joins become one only when their centroids agree this much.
MERGE_COHERENCE = 0.75
LABEL_ACTORS = 2
LABEL_TERMS = 3
LABEL_TYPES = 1
REASON_TERMS = 6


@dataclass(slots=True)
class DocumentProfile:
    doc_id: str
    vector: np.ndarray
    actors: dict[str, int]  # actor id -> mentions in the document
    terms: dict[str, int]  # term -> occurrences in the document
    day: date | None
    earliest: date | None = None  # the days the document can be from (publication day, or its inferred window)
    latest: date | None = None
    generic: frozenset[str] = frozenset()  # its country-level actors

    def interval(self) -> tuple[date, date] | None:
        first = self.earliest or self.day
        last = self.latest or self.day
        if first is None or last is None:
            return None
        return (first, last) if first <= last else (last, first)


@dataclass(slots=True)
class StoryReason:
    """Why a document is in its story."""

    kind: str  # started | joined | split | copy
    score: float | None = None
    matched_doc: str | None = None
    cosine: float | None = None
    centroid_cosine: float | None = None
    shared_actors: list[str] = field(default_factory=list)
    shared_events: list[str] = field(default_factory=list)
    shared_terms: list[str] = field(default_factory=list)
    gap_days: int | None = None
    follows: int | None = None  # the story a split document drifted from


@dataclass(slots=True)
class Story:
    id: int
    centroid: np.ndarray
    size: int = 0  # canonical documents
    documents: int = 0  # all documents, copies included
    first_date: date | None = None
    last_date: date | None = None
    actors: Counter = field(default_factory=Counter)  # documents mentioning each actor
    terms: Counter = field(default_factory=Counter)  # documents using each term
    actor_mentions: Counter = field(default_factory=Counter)
    term_counts: Counter = field(default_factory=Counter)
    label: str = ""
    label_en: str = ""
    follows: int | None = None

    def add(self, doc: DocumentProfile) -> None:
        self.centroid = self.centroid + doc.vector
        self.size += 1
        self.documents += 1
        self.actors.update(doc.actors.keys())
        self.terms.update(doc.terms.keys())
        self.actor_mentions.update(doc.actors)
        self.term_counts.update(doc.terms)
        # the span: a document's publication day, or for an undated one the earliest day it can be from
        # (the latest date its text names), never the end of its window, which is often the day of the run
        self.widen(doc.earliest if doc.earliest is not None else doc.day)

    def widen(self, day: date | None) -> None:
        if day is not None:
            self.first_date = day if self.first_date is None else min(self.first_date, day)
            self.last_date = day if self.last_date is None else max(self.last_date, day)

    def coherence(self, vector: np.ndarray) -> float:
        norm = float(np.linalg.norm(self.centroid))
        return float(self.centroid @ vector) / norm if norm else 0.0


def _idf(df: int, total: int) -> float:
    """Inverse document frequency, as if the corpus had PRIOR_DOCUMENTS more documents without the word: a young
    corpus cannot yet tell a rare name from a common one, and should not weigh every name at zero."""
    return math.log((total + PRIOR_DOCUMENTS + 1) / (df + 1))


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norm if norm else 0.0


def _gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    if a is None or b is None:
        return None
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


class StoryAssigner:
    """Assigns documents to story threads one at a time; remembers which stories changed and why each joined."""

    def __init__(self, stories: Iterable[Story], next_id: int, *, term_df: dict[str, int] | None = None,
                 actor_df: Counter | None = None, events_of: Callable[[str], Iterable[str]] | None = None,
                 threshold: float = JOIN_THRESHOLD):
        self.stories = {s.id: s for s in stories}
        self.next_id = next_id
        self.threshold = threshold
        self.term_df = term_df if term_df is not None else {}
        self.actor_df = actor_df if actor_df is not None else Counter()
        self.events_of = events_of or (lambda doc_id: ())
        self.changed: set[int] = set()
        self.created: set[int] = set()
        self.profiled: set[int] = set()  # stories whose profile (not just their copy count) changed
        self.profiles: dict[str, DocumentProfile] = {}
        self.merged: dict[int, int] = {}  # story -> the story it was merged into, during this update
        self.doc_story: dict[str, int] = {}
        self.members: dict[int, list[str]] = {}  # story -> its embedded documents, in order
        self._ids: list[str] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)

    @property
    def total(self) -> int:
        return len(self._ids)

    def index(self, doc: DocumentProfile, story_id: int) -> None:
        """Remember a stored document as a possible match (used when loading the stored stories)."""
        n = len(self._ids)
        if self._matrix.shape[0] <= n:
            grown = np.zeros((max(64, 2 * n), doc.vector.shape[0]), dtype=np.float32)
            if n:
                grown[:n] = self._matrix[:n]
            self._matrix = grown
        self._matrix[n] = doc.vector
        self._ids.append(doc.doc_id)
        self.profiles[doc.doc_id] = doc
        self.doc_story[doc.doc_id] = story_id
        self.members.setdefault(story_id, []).append(doc.doc_id)

    def assign(self, doc: DocumentProfile) -> tuple[int, StoryReason]:
        """The story `doc` joins (a new one when no thread takes it) and why.

        A document that joins two threads, each as a whole, shows they are one
        matter told apart so far (two outlets' first reports of one deal): the
        other thread is merged into the one it joins, when their centroids
        agree too (`merged` records it).
        """
        accepted: list[tuple[float, int, StoryReason]] = []
        drifted: tuple[float, int] | None = None
        for story_id, reason in self._best_pairs(doc).items():
            if reason.score < self.threshold:
                continue
            reason.centroid_cosine = round(self.stories[story_id].coherence(doc.vector), 4)
            if reason.centroid_cosine < COHERENCE:
                if drifted is None or reason.score > drifted[0]:
                    drifted = (reason.score, story_id)
                continue
            accepted.append((reason.score, story_id, reason))
        if not accepted:
            story = Story(self.next_id, np.zeros_like(doc.vector), follows=drifted[1] if drifted else None)
            self.next_id += 1
            self.stories[story.id] = story
            self.created.add(story.id)
            reason = StoryReason("split", follows=drifted[1]) if drifted else StoryReason("started")
        else:
            accepted.sort(key=lambda item: (-item[0], item[1]))
            story, reason = self.stories[accepted[0][1]], accepted[0][2]
            for _, other_id, _ in accepted[1:]:
                other = self.stories.get(other_id)
                if (other is not None and other_id != story.id
                        and _cosine(story.centroid, other.centroid) >= MERGE_COHERENCE):
                    self._merge(story, other)
        story.add(doc)
        self.changed.add(story.id)
        self.profiled.add(story.id)
        self.index(doc, story.id)
        self.actor_df.update(doc.actors.keys())
        return story.id, reason

    def _merge(self, story: Story, other: Story) -> None:
        """Fold `other` into `story`: its documents, profile and copies move over."""
        story.centroid = story.centroid + other.centroid
        story.size += other.size
        story.documents += other.documents
        story.actors.update(other.actors)
        story.terms.update(other.terms)
        story.actor_mentions.update(other.actor_mentions)
        story.term_counts.update(other.term_counts)
        story.widen(other.first_date)
        story.widen(other.last_date)
        moved = self.members.pop(other.id, [])
        for doc_id in moved:
            self.doc_story[doc_id] = story.id
        self.members.setdefault(story.id, []).extend(moved)
        for old, new in self.merged.items():
            if new == other.id:
                self.merged[old] = story.id
        self.merged[other.id] = story.id
        del self.stories[other.id]
        for kept in self.stories.values():
            if kept.follows == other.id:
                kept.follows = story.id if kept.id != story.id else other.follows
        self.changed.discard(other.id)
        self.profiled.discard(other.id)
        self.created.discard(other.id)
        self.changed.add(story.id)
        self.profiled.add(story.id)

    def add_copy(self, story_id: int, day: date | None) -> None:
        story = self.stories[story_id]
        story.documents += 1
        story.widen(day)
        self.changed.add(story_id)

    def _best_pairs(self, doc: DocumentProfile) -> dict[int, StoryReason]:
        """Per story, the reason of the best-scoring pair of `doc` with one of its documents."""
        n = len(self._ids)
        if not n:
            return {}
        sims = self._matrix[:n] @ doc.vector
        k = min(CANDIDATES, n)
        top = np.argpartition(-sims, k - 1)[:k] if n > k else np.arange(n)
        found: dict[int, StoryReason] = {}
        doc_events = set(self.events_of(doc.doc_id))
        doc_terms = self._tfidf(doc)
        for i in top:
            cosine = float(sims[i])
            if cosine < MIN_CANDIDATE_COSINE:
                continue
            other = self.profiles[self._ids[i]]
            reason = self._pair(doc, other, cosine, doc_terms, doc_events)
            story_id = self.doc_story[other.doc_id]
            if story_id not in found or reason.score > found[story_id].score:
                found[story_id] = reason
        return found

    def _pair(self, doc: DocumentProfile, other: DocumentProfile, cosine: float, doc_terms: dict[str, float],
              doc_events: set[str]) -> StoryReason:
        other_terms = self._tfidf(other)
        shared_terms = sorted((t for t in doc_terms if t in other_terms),
                              key=lambda t: (-doc_terms[t] * other_terms[t], t))
        term_score = sum(doc_terms[t] * other_terms[t] for t in shared_terms)
        total = max(self.total, 1)
        shared_actors = sorted(set(doc.actors) & set(other.actors),
                               key=lambda a: (-self._actor_weight(a, doc, total), a))
        actor_score = min(1.0, sum(self._actor_weight(a, doc, total) for a in shared_actors) / ACTOR_FULL_IDF)
        shared_events = sorted(doc_events & set(self.events_of(other.doc_id))) if doc_events else []
        gap = _gap_days(doc.interval(), other.interval())
        penalty = GAP_PENALTY * min(1.0, max(0, (gap or 0) - GAP_FREE_DAYS) / GAP_SCALE_DAYS)
        score = (W_COSINE * cosine + W_TERMS * term_score + W_ACTORS * actor_score
                 + (W_EVENT if shared_events else 0.0) - penalty)
        return StoryReason("joined", round(score, 4), other.doc_id, round(cosine, 4), None, shared_actors,
                           shared_events, shared_terms[:REASON_TERMS], gap)

    def _actor_weight(self, actor: str, doc: DocumentProfile, total: int) -> float:
        weight = _idf(self.actor_df.get(actor, 0), total)
        return weight * GENERIC_ACTOR_WEIGHT if actor in doc.generic else weight

    def _tfidf(self, doc: DocumentProfile) -> dict[str, float]:
        total = max(self.total, 1)
        weights = {t: (1 + math.log(n)) * _idf(self.term_df.get(t, 0), total) for t, n in doc.terms.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}


@lru_cache(maxsize=1)
def type_names() -> dict[str, dict[str, str]]:
    """PLOVER type -> {"id": phrase, "en": phrase} (resources/id/story_labels.yaml)."""
    return Resources.default().data("id/story_labels.yaml")["types"]


@lru_cache(maxsize=1)
def _label_rules() -> dict:
    data = Resources.default().data("id/story_labels.yaml")
    return {"type_share": float(data.get("type_share", 0.6)), "type_min_events": int(data.get("type_min_events", 2)),
            "country_kinds": frozenset(data.get("country_kinds", ["country"])),
            "qualified": re.compile(data.get("qualified_collective", r"\s\([^()]+\)$")),
            "not_short": frozenset(w.casefold() for w in data.get("not_short_names", [])),
            "not_matter": frozenset(w.casefold() for w in data.get("not_matter_words", [])),
            "max_words": int(data.get("max_term_words", 4)),
            "not_matter_form": re.compile(data.get("not_matter_form", r"(?!)")),
            "country_weight": float(data.get("country_weight", 0.5)),
            "collective_weight": float(data.get("collective_weight", 0.2)),
            "second_share": float(data.get("second_actor_share", 0.5)),
            "source_weight": float(data.get("source_weight", 0.0)),
            "head_weight": float(data.get("head_weight", 0.0)),
            "subject_weight": float(data.get("subject_weight", 0.0)),
            "rarity_power": float(data.get("rarity_power", 1.0)),
            "rarity_cap": float(data.get("rarity_cap", math.inf)),
            "passing_sentences": int(data.get("passing_sentences", 0)),
            "head_term_weight": float(data.get("head_term_weight", 0.0))}


def _actor_factor(name: str, kind: str) -> float:
    """How much an actor's weight counts towards leading a label: fully for a named person or body, less for a
    country, least for a collective qualified by its nationality ('Buruh (Indonesia)')."""
    rules = _label_rules()
    if rules["qualified"].search(name):
        return rules["collective_weight"]
    return rules["country_weight"] if kind in rules["country_kinds"] else 1.0


def _one_within(a: str, b: str) -> bool:
    """Whether one name's words hold the other's ('Pemerintah Kamboja' and 'Kamboja' name one side)."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` could be the name shortened: its letters come in order from the name ('KPK', 'Polri' of
    'Kepolisian Negara Republik Indonesia', 'Kemensos', 'Jokowi'); not so a title ('Presiden' for a person) or
    the capital a government is called by ('Jakarta')."""
    letters, at = name.casefold(), 0
    for ch in short.casefold():
        at = letters.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _short_name(name: str, surfaces: Counter | None) -> str:
    """The one word the story's documents mostly write for an actor when it shortens its name ('KPK', 'Polri',
    'Prabowo'), else its full name."""
    if not surfaces or " " not in name:
        return name
    not_short = _label_rules()["not_short"]
    words = [(n, s) for s, n in surfaces.items()
             if s and " " not in s and len(s) > 1 and s[0].isupper() and s.replace("-", "").isalnum()
             and s.casefold() not in not_short and _abbreviates(s, name)]
    if not words:
        return name
    count, best = max(words)
    return best if count >= 2 and count >= surfaces.get(name, 0) else name


def _named_in(heads: Sequence[str], actors: dict[str, tuple[str, Counter | None]]) -> tuple[Counter, Counter]:
    """Actor -> how many of `heads` (a headline, a line break, its lead) name it, by its name or a way the story's
    documents write it (a capitalised mention text of two letters or more that is not a pronoun, nor a common noun
    the documents also write in lower case: 'Pemerintah' beside 'pemerintah'); and actor -> how many
    headlines name it first, as their subject ('Polisi Lembah Serahkan Bantuan untuk Korban Geng Sarwa')."""
    named: Counter = Counter()
    first: Counter = Counter()
    if not heads:
        return named, first
    not_short = _label_rules()["not_short"]
    folded = [h.casefold() for h in heads]
    at: list[dict[str, int]] = [{} for _ in heads]
    for actor, (name, surfaces) in actors.items():
        common = {s.casefold() for s in (surfaces or ()) if s and s[0].islower()}  # 'pemerintah', 'polisi'
        forms = {name} | {s for s in (surfaces or ()) if s and len(s) > 1 and s[0].isupper()
                          and s.casefold() not in not_short and s.casefold() not in common}
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, (f.casefold() for f in forms)),
                                                              key=len, reverse=True)) + r")(?!\w)")
        for i, head in enumerate(folded):
            m = pattern.search(head)
            if m:
                named[actor] += 1
                if "\n" not in head[:m.start()]:
                    at[i][actor] = m.start()
    for positions in at:
        if positions:
            first[min(positions, key=lambda a: (positions[a], a))] += 1
    return named, first


def _written(term: str, texts: Sequence[str]) -> str | None:
    """The term as the documents write it inside sentences: 'lisa mariana' -> 'Lisa Mariana', 'gaza' -> 'Gaza',
    while 'mata uang' stays lower case (a capital that only starts a sentence does not count). None for a piece
    of something else: a term whose capitalised form mostly runs on into a further capitalised word is a cut
    name ('dinas pekerjaan' of 'Dinas Pekerjaan Umum'), and one written with a capital inside a word is two
    words glued together."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, term.split())) + r"(?![\w-])", re.IGNORECASE)
    forms: Counter = Counter()
    runs_on = 0
    for text in texts:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \"'“‘(")
            if not before or before[-1] in ".!?\n:":
                continue
            form = " ".join(m.group(0).split())
            forms[form] += 1
            if form != term and re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2]):
                runs_on += 1
    if not forms:
        return term
    lower = forms.get(term, 0)
    form, n = max(forms.items(), key=lambda item: (item[1], item[0] != term))
    if form == term or n <= lower:
        return term
    if any(re.search(r"[a-z][A-Z]", w) for w in form.split()) or runs_on * 2 > sum(forms.values()) - lower:
        return None
    return form


def story_labels(story: Story, actor_names: dict[str, tuple[str, str]], term_df: dict[str, int], total_docs: int,
                 event_types: Counter | None = None, actor_df: Counter | None = None, *,
                 surfaces: dict[str, Counter] | None = None, texts: Sequence[str] = (),
                 sources: Counter | None = None, sentences: Counter | None = None,
                 heads: Sequence[str] = ()) -> tuple[str, str]:
    """(Indonesian, English) labels as a newsroom slug, 'Main actor: the matter (event type)'.

    The main actor is the one most of the story's documents name, ranked by how
    many documents name it times how rare it is in the corpus (`actor_df`), a
    named person or body before a country, and a country before a collective
    qualified by its nationality ('Warga (Indonesia)') (`country_weight`,
    `collective_weight`); a second actor, not a collective, joins only when as
    many documents name it, its weight is at least `second_actor_share` of the
    first's and it is as much a protagonist: a headline or lead names it and it
    is a headline's subject too, or the source of as many of the story's events
    ("Hamas–Israel"). An actor is written
    as the documents mostly write it when that is one word (`surfaces`: actor
    -> the texts of its mentions in the story, so 'KPK', 'Prabowo').

    The matter is the most distinctive terms, weighed by how many of the
    story's documents use them times their inverse document frequency, a
    two-word term in place of its words, up to `max_term_words` words, leaving
    out terms that repeat a key actor's name or the one-word names its
    documents call it ('bareskrim polri' after Polri) and terms of only
    general words (`not_matter_words`: 'sampai', 'triliun'), and written with the
    capitals the documents (`texts`) give them inside sentences.

    An actor's weight grows with how often it is the source of the story's
    merged events (`sources`: actor -> events, times `source_weight`) and with
    the share of the story's headlines and leads that name it (`heads`, times
    `head_weight`), so the one acting leads, not its counterpart or a country
    the documents mention; an actor named in at most `passing_sentences`
    sentences of the story (`sentences`: actor -> sentences), no headline or
    lead and no event's source, or a country no headline or lead names and that
    is no event's source, is mentioned in passing and does not lead. A
    term the headlines and leads use weighs more (`head_term_weight`).

    The dominant event type is named only when it covers `type_share` of the
    story's merged events (at least `type_min_events`).
    """
    rules = _label_rules()
    df = actor_df or Counter()
    surfaces = surfaces or {}

    def raw_weight(a: str) -> float:
        return story.actors[a] * min(_idf(df.get(a, 0), total_docs), rules["rarity_cap"]) ** rules["rarity_power"]

    sources = sources or Counter()
    top_source = max(sources.values(), default=0)
    in_heads, subject = _named_in(heads, {a: (actor_names[a][0], surfaces.get(a))
                                          for a in story.actors if a in actor_names})

    def prominence(a: str) -> float:
        """1, more for the source of the story's events and for an actor its headlines and leads name."""
        acting = sources[a] / top_source if top_source else 0.0
        headed = in_heads[a] / len(heads) if heads else 0.0
        first = subject[a] / len(heads) if heads else 0.0
        return 1.0 + rules["source_weight"] * acting + rules["head_weight"] * headed + rules["subject_weight"] * first

    def actor_weight(a: str) -> float:
        return raw_weight(a) * _actor_factor(*actor_names[a]) * prominence(a)

    def in_passing(a: str) -> bool:
        if sources[a] or in_heads[a] or not (heads or sentences is not None):
            return False
        return (actor_names[a][1] in rules["country_kinds"]
                or (sentences is not None and sentences[a] <= rules["passing_sentences"]))

    # Key actors are those most of the story's documents name; a rare actor one document mentions in
    # passing (a comparison with the G20) does not lead the label.
    shared = max(1, math.ceil(story.size / 2))
    ranked_actors = sorted((a for a in story.actors if a in actor_names and actor_names[a][0]),
                           key=lambda a: (story.actors[a] < shared, -actor_weight(a), -story.actor_mentions[a], a))
    chosen = [a for a in ranked_actors[:1] if not in_passing(a)]
    if chosen and len(ranked_actors) > 1 and LABEL_ACTORS > 1:
        first, second = ranked_actors[0], ranked_actors[1]
        if (story.actors[second] >= max(shared, story.actors[first])
                and _actor_factor(*actor_names[second]) >= rules["country_weight"]
                and (not heads or (in_heads[second] and (subject[second] or sources[second] >= max(1, sources[first]))))
                and raw_weight(second) * prominence(second) >= rules["second_share"] * raw_weight(first)
                * prominence(first)
                and not _one_within(actor_names[first][0], actor_names[second][0])):
            chosen.append(second)
    names: list[str] = []
    for actor in chosen:
        name = _short_name(actor_names[actor][0], surfaces.get(actor))
        if name not in names:
            names.append(name)
    # Words a term must not repeat: the key actors' names and the one-word names the documents give them.
    taken_words: set[str] = set()
    for actor in ranked_actors:
        if story.actors[actor] < shared:
            break
        taken_words.update(w.casefold() for w in re.findall(r"\w+", actor_names[actor][0]) if len(w) > 2)
        taken_words.update(s.casefold() for s in (surfaces.get(actor) or ()) if s and " " not in s and len(s) > 2)
    taken_words.update(w.casefold() for n in names for w in re.findall(r"\w+", n) if len(w) > 1)

    counts = Counter({t: n for t, n in (event_types or Counter()).items() if t in type_names()})
    types = [t for t, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
             if n >= rules["type_min_events"] and n >= rules["type_share"] * sum(counts.values())][:LABEL_TYPES]
    # nor the words of the event type the label names ('bantuan' beside '(bantuan)')
    taken_words.update(w for t in types for w in type_names()[t]["id"].casefold().split())

    head_words = [" " + " ".join(re.findall(r"\w+", h.casefold())) + " " for h in heads]

    def weight(term: str) -> float:
        headed = sum(f" {term} " in h for h in head_words) / len(head_words) if head_words else 0.0
        return (story.terms[term] + 0.1 * story.term_counts[term]) * math.log(
            (total_docs + 1) / (term_df.get(term, 0) + 1) + 1) * (1.5 if " " in term else 1.0) * (
            1.0 + rules["head_term_weight"] * headed)

    terms: list[str] = []
    written: dict[str, str] = {}
    for term in sorted(story.terms, key=lambda t: (-weight(t), t)):
        words = term.split()
        if (any(w in taken_words for w in words) or any(term in chosen_term.split() for chosen_term in terms)
                or all(w in rules["not_matter"] for w in words)
                or (len(words) > 1 and (words[0] in rules["not_matter"] or words[-1] in rules["not_matter"]))
                or (len(words) == 1 and rules["not_matter_form"].fullmatch(term))):
            continue
        overlap = next((t for t in terms if len(t.split()) > 1 and len(words) > 1
                        and (t.split()[-1] == words[0] or t.split()[0] == words[-1])), None)
        if overlap is not None:
            # 'pencemaran nama' and 'nama baik' are one phrase cut in two: 'pencemaran nama baik' when the
            # documents write it so, else the second piece is left out
            left, right = (overlap, term) if overlap.split()[-1] == words[0] else (term, overlap)
            joined = left.split() + right.split()[1:]
            phrase = " ".join(joined)
            written_so = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, joined)) + r"(?!\w)", re.IGNORECASE)
            if (len(joined) + sum(len(t.split()) for t in terms if t != overlap and t not in joined)
                    <= rules["max_words"] and joined[-1] not in rules["not_matter"]
                    and joined[0] not in rules["not_matter"] and any(written_so.search(text) for text in texts)):
                terms[terms.index(overlap)] = phrase
                terms = [t for t in terms if t not in joined]
                written[phrase] = _written(phrase, texts) or phrase
            continue
        if sum(len(t.split()) for t in terms if t not in words) + len(words) > rules["max_words"]:
            if len(terms) >= 2:
                break
            continue
        form = _written(term, texts) if texts else term
        if form is None:
            continue
        if len(words) > 1:
            terms = [t for t in terms if t not in words]
        terms.append(term)
        written[term] = form
        if len(terms) == LABEL_TERMS:
            break
    terms = [written[t] for t in terms]
    head = "–".join(names)
    labels = []
    for lang in ("id", "en"):
        kinds = ", ".join(type_names()[t][lang] for t in types)
        body = ", ".join(terms)
        if lang == "en" and kinds:
            body = kinds + (f" ({body})" if body else "")
        elif kinds:
            body = body + (f" ({kinds})" if body else kinds)
        labels.append(head + (": " if head and body else "") + body)
    return labels[0], labels[1]
