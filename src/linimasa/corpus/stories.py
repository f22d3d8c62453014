"""Stories: documents grouped incrementally by meaning, shared actors, shared terms and time.

A story keeps a profile: the sum of its documents' embeddings (the centroid,
up to scale), how many of its documents mention each actor and each term, and
its first and last dates. A new canonical document is scored against every
story; it joins the best one when the score reaches JOIN_THRESHOLD, else it
starts a story. Copies (see duplicates.py) join their original's story and do
not change its profile, so syndicated copy does not pull a story's centre.

score = W_EMBEDDING * cosine(document, centroid)
      + W_ACTORS * share of the document's actors the story mentions (weighted by how many of its documents do)
      + W_TERMS * the same for the document's top terms
      - TIME_PENALTY * min(1, days outside the story's date range / TIME_SCALE_DAYS)

Calibration (replay the assignment on a Detik database built by
scripts/corpus_report.py with different thresholds; see docs/corpus.md): on the
seeds and samples, documents of one story score 0.50-0.70 against its profile
and documents of other stories 0.05-0.25. On the 909 distinct Detik articles
(keyword-sampled national news, mostly one article per event) the number of
stories falls steeply with the threshold: 0.45 -> 377 stories (251 single
documents), 0.40 -> 249, 0.38 -> 204, 0.37 -> 181, 0.35 -> 135; below ~0.375 a
broad 'government and economy' story starts absorbing neighbours (largest story
88 -> 149 -> 190 documents). 0.37 is the highest value that gives at most 200
stories on that corpus; it still leaves the Gaza, KPK and DPR samples apart.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

W_EMBEDDING = 0.7
W_ACTORS = 0.15
W_TERMS = 0.15
TIME_PENALTY = 0.15
TIME_SCALE_DAYS = 180
JOIN_THRESHOLD = 0.37
LABEL_ACTORS = 2
LABEL_TERMS = 3


@dataclass(slots=True)
class DocumentProfile:
    doc_id: str
    vector: np.ndarray
    actors: dict[str, int]  # actor id -> mentions in the document
    terms: dict[str, int]  # term -> occurrences in the document
    day: date | None


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

    def add(self, doc: DocumentProfile) -> None:
        self.centroid = self.centroid + doc.vector
        self.size += 1
        self.documents += 1
        self.actors.update(doc.actors.keys())
        self.terms.update(doc.terms.keys())
        self.actor_mentions.update(doc.actors)
        self.term_counts.update(doc.terms)
        self.widen(doc.day)

    def widen(self, day: date | None) -> None:
        if day is not None:
            self.first_date = day if self.first_date is None else min(self.first_date, day)
            self.last_date = day if self.last_date is None else max(self.last_date, day)

    def score(self, doc: DocumentProfile) -> float:
        norm = float(np.linalg.norm(self.centroid))
        cosine = float(self.centroid @ doc.vector) / norm if norm else 0.0
        return (W_EMBEDDING * cosine + W_ACTORS * self._share(doc.actors.keys(), self.actors)
                + W_TERMS * self._share(doc.terms.keys(), self.terms) - TIME_PENALTY * self._time_gap(doc.day))

    def _share(self, items, counts: Counter) -> float:
        items = list(items)
        if not items or not self.size:
            return 0.0
        return sum(min(1.0, counts.get(item, 0) / self.size) for item in items) / len(items)

    def _time_gap(self, day: date | None) -> float:
        if day is None or self.first_date is None:
            return 0.0
        gap = max((self.first_date - day).days, (day - self.last_date).days, 0)
        return min(1.0, gap / TIME_SCALE_DAYS)


class StoryAssigner:
    """Assigns documents to stories one at a time; remembers which stories changed."""

    def __init__(self, stories: list[Story], next_id: int, threshold: float = JOIN_THRESHOLD):
        self.stories = {s.id: s for s in stories}
        self.next_id = next_id
        self.threshold = threshold
        self.changed: set[int] = set()
        self.created: set[int] = set()
        self.profiled: set[int] = set()  # stories whose profile (not just their copy count) changed

    def assign(self, doc: DocumentProfile) -> tuple[int, float]:
        """The story `doc` joins (a new one when no story scores high enough) and its score."""
        best: tuple[float, int] | None = None
        for story in self.stories.values():
            score = story.score(doc)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, story.id)
        if best is None:
            story = Story(self.next_id, np.zeros_like(doc.vector))
            self.next_id += 1
            self.stories[story.id] = story
            self.created.add(story.id)
            score = 1.0
        else:
            score, story = best[0], self.stories[best[1]]
        story.add(doc)
        self.changed.add(story.id)
        self.profiled.add(story.id)
        return story.id, score

    def add_copy(self, story_id: int, day: date | None) -> None:
        story = self.stories[story_id]
        story.documents += 1
        story.widen(day)
        self.changed.add(story_id)


def story_label(story: Story, actor_names: dict[str, tuple[str, str]], term_df: dict[str, int],
                total_docs: int) -> str:
    """'Actor, Actor: term, term, term' from the story's most shared actors and most distinctive terms.

    `actor_names` maps an actor id to (name, kind); country-level actors come
    last because they are shared by most stories of the same country.
    """
    ranked_actors = sorted(
        (a for a in story.actors if a in actor_names),
        key=lambda a: (actor_names[a][1] == "country", -story.actors[a], -story.actor_mentions[a], a))
    names = [actor_names[a][0] for a in ranked_actors[:LABEL_ACTORS]]
    taken = " ".join(names).casefold()

    def weight(term: str) -> float:
        return (story.terms[term] + 0.1 * story.term_counts[term]) * math.log(
            (total_docs + 1) / (term_df.get(term, 0) + 1) + 1)

    terms = [t for t in sorted(story.terms, key=lambda t: (-weight(t), t)) if t not in taken][:LABEL_TERMS]
    return ", ".join(names) + (": " if names and terms else "") + ", ".join(terms)
