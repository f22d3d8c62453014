"""Incremental corpus update: link copies, assign stories and merge events for newly stored documents.

`update_corpus(store, doc_ids)` is called by ingest after each stored batch.
It processes each document once, in the order given: a document already in
`corpus_documents` is skipped, so a re-ingest (or a second call) changes no
row. Only the stories and merged events a new document touches are rewritten;
nothing is rebuilt.

For each new document:
1. Duplicates: its MinHash signature is looked up in the LSH index of every
   processed document. A copy links to its cluster's canonical document, the
   earliest by date and then by ingest order (a new, earlier copy takes over).
2. Story: a copy joins its original's story; any other document is embedded
   and assigned (stories.py).
3. Events: a copy's events attach only to the merged events of its original,
   so they raise `support` but never add an event; other documents' events
   are merged (merging.py).
"""
from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

import numpy as np

from ..resources import Resources
from ..store import corpus as tables
from ..store.db import Store
from .duplicates import DuplicateIndex, signature
from .encoder import Encoder, default_encoder, lead_text
from .evidence import EvidenceTerms
from .merging import ActorRef, EventMerger, MergedEvent, Report
from .stories import DocumentProfile, Story, StoryAssigner, StoryReason, story_labels
from .terms import TermExtractor

log = logging.getLogger(__name__)


@dataclass(slots=True)
class CorpusUpdate:
    """What one call changed."""

    documents: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (copy, canonical, similarity)
    new_stories: int = 0
    stories_touched: int = 0
    events_touched: int = 0
    events_removed: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class _Doc:
    doc_id: str
    seq: int
    title: str | None
    content: str
    day: date | None
    outlet: str | None
    earliest: date | None = None
    latest: date | None = None


def update_corpus(store: Store, doc_ids: Sequence[str], *, encoder: Encoder | None = None,
                  resources: Resources | None = None) -> CorpusUpdate:
    """Process the stored documents `doc_ids` not yet in the corpus tables; return what changed."""
    started = time.perf_counter()
    con = store.con
    done = {r[0] for r in con.execute("SELECT doc_id FROM corpus_documents WHERE doc_id IN (SELECT unnest(?))",
                                      [list(doc_ids)]).fetchall()}
    wanted = [d for d in dict.fromkeys(doc_ids) if d not in done]
    result = CorpusUpdate()
    if not wanted:
        return result
    docs = _load_documents(store, wanted)
    if not docs:
        return result
    # The state is taken from the store's cache for the length of the call: if
    # anything below fails, it is dropped and the next call reloads it from the
    # committed tables, so a half-applied update is never reused.
    state = _State.take(store)
    terms = TermExtractor(resources)

    # 1. duplicates, in ingest order
    new_rows: dict[str, dict] = {}
    repointed: dict[str, tuple[str, str, float]] = {}
    fresh: list[_Doc] = []  # documents that start a duplicate cluster
    for doc in docs:
        values = signature(doc.content)
        found = state.index.find(values)
        state.index.add(doc.doc_id, values)
        row = {"doc_id": doc.doc_id, "seq": doc.seq, "canonical_id": doc.doc_id, "duplicate_kind": "canonical",
               "similarity": None, "story_id": None, "doc_date": doc.day, "outlet": doc.outlet}
        state.docs[doc.doc_id] = row
        new_rows[doc.doc_id] = row
        if found is None:
            state.add_member(row)
            fresh.append(doc)
            continue
        original, similarity = found
        canonical = state.docs[original]["canonical_id"]
        kind = "exact" if similarity >= 1.0 else "near"
        row.update(canonical_id=canonical, duplicate_kind=kind, similarity=similarity)
        state.add_member(row)
        result.duplicates.append((doc.doc_id, canonical, similarity))
        if _order(row) < _order(state.docs[canonical]):
            _make_canonical(state, row, canonical, kind, similarity, repointed, new_rows)

    # 2. events (before stories: a shared merged event is evidence that two documents are one story)
    fresh_at = {d.doc_id: i for i, d in enumerate(fresh)}
    merger = state.merger
    merger.changed, merger.removed = set(), set()
    refs = _actor_refs(store)
    found_reports = _reports(store, new_rows, refs)
    for doc in docs:
        row = new_rows[doc.doc_id]
        reports = found_reports.get(doc.doc_id, [])
        if doc.doc_id in fresh_at:
            for report in reports:
                merger.add(report)
            continue
        allowed = {event_id for d in state.members[row["canonical_id"]] if d != doc.doc_id
                   for event_id in merger.events_of(d)}
        for report in reports:
            if merger.attach(report, allowed) is None:
                log.debug("copy %s: event %s matches none of its original's events; not counted",
                          doc.doc_id, report.idx)

    # 3. stories
    vectors = (encoder or default_encoder()).embed([lead_text(d.title, d.content) for d in fresh]) if fresh else []
    doc_actors = _document_actors(store, [d.doc_id for d in fresh])
    profiles: dict[str, DocumentProfile] = {}
    assigner = state.assigner
    assigner.changed, assigner.created, assigner.profiled, assigner.merged = set(), set(), set(), {}
    cluster_story = state.cluster_story
    reasons: dict[str, StoryReason] = {}
    for doc in docs:
        row = new_rows[doc.doc_id]
        if doc.doc_id in fresh_at:
            actors, generic = doc_actors.get(doc.doc_id, ({}, frozenset()))
            profile = DocumentProfile(doc.doc_id, vectors[fresh_at[doc.doc_id]], actors,
                                      terms.top_terms(f"{doc.title or ''}\n{doc.content}"), doc.day,
                                      doc.earliest, doc.latest, generic)
            profiles[doc.doc_id] = profile
            story_id, reasons[doc.doc_id] = assigner.assign(profile)
            for term in profile.terms:
                state.term_df[term] = state.term_df.get(term, 0) + 1
        else:
            story_id = assigner.merged.get(cluster_story[row["canonical_id"]], cluster_story[row["canonical_id"]])
            assigner.add_copy(story_id, doc.day)
            reasons[doc.doc_id] = StoryReason("copy", row["similarity"], row["canonical_id"])
        row["story_id"] = story_id
        cluster_story[row["canonical_id"]] = story_id
    moved = _apply_merges(state, assigner.merged)

    _write(store, state, new_rows, repointed, profiles, assigner, merger, reasons, moved)
    state.give_back(store)
    result.documents = len(docs)
    result.new_stories = len(assigner.created)
    result.stories_touched = len(assigner.changed)
    result.events_touched = len(merger.changed)
    result.events_removed = len(merger.removed)
    result.seconds = time.perf_counter() - started
    log.info("corpus: %d documents, %d copies, %d new stories, %d merged events touched in %.2fs",
             result.documents, len(result.duplicates), result.new_stories, result.events_touched, result.seconds)
    return result


def _apply_merges(state: "_State", merged: dict[int, int]) -> dict[int, int]:
    """Point every document of a story merged into another (during this call) at the story it joined."""
    if merged:
        for canonical, story_id in state.cluster_story.items():
            if story_id in merged:
                state.cluster_story[canonical] = merged[story_id]
        for row in state.docs.values():
            if row["story_id"] in merged:
                row["story_id"] = merged[row["story_id"]]
        for story_id in merged:
            state.labelled_at.pop(story_id, None)
    return merged


def warm(store: Store, *, encoder: bool = True) -> float:
    """Load the corpus state (and the sentence encoder's weights) now; returns the seconds it took.

    A long-running writer (the web server with ingest enabled) calls this at
    start, so its first update does not spend 1.5 s (10,000 documents) loading
    the state and ~4 s loading the encoder while readers wait.
    """
    started = time.perf_counter()
    _State.take(store).give_back(store)
    if encoder:
        default_encoder().embed(["pemanasan"])
    return time.perf_counter() - started


def _order(row: dict) -> tuple:
    return (row["doc_date"] or date.max, row["seq"])


def _make_canonical(state: "_State", row: dict, old: str, kind: str, similarity: float,
                    repointed: dict, new_rows: dict) -> None:
    """An earlier copy arrived: it becomes the canonical document of the cluster."""
    cluster = state.members.pop(old)
    for doc_id in sorted(cluster, key=lambda d: state.docs[d]["seq"]):
        other = state.docs[doc_id]
        if doc_id != row["doc_id"]:
            other["canonical_id"] = row["doc_id"]
            if doc_id == old:
                other.update(duplicate_kind=kind, similarity=similarity)
            if doc_id not in new_rows:
                repointed[doc_id] = other
    row.update(canonical_id=row["doc_id"], duplicate_kind="canonical", similarity=None)
    state.members[row["doc_id"]] = cluster
    if old in state.cluster_story:
        state.cluster_story[row["doc_id"]] = state.cluster_story.pop(old)


class _State:
    """What is already stored, in memory: loaded from the tables once, then kept up to date.

    Loading it reads every corpus table, so doing that per batch made a large
    ingest quadratic (31 of 92 s on 3,000 documents, and rising with the
    corpus). The state is kept on the Store between calls, with a fingerprint
    of the tables taken after its last write; a call whose fingerprint no
    longer matches (another writer changed the tables) reloads it.
    """

    def __init__(self):
        self.docs: dict[str, dict] = {}
        self.members: dict[str, set[str]] = {}  # canonical doc -> its cluster, itself included
        self.cluster_story: dict[str, int] = {}  # canonical doc -> story
        self.index = DuplicateIndex()
        self.term_df: dict[str, int] = {}
        self.merger = EventMerger(evidence=_evidence_terms())
        self.assigner = StoryAssigner([], 1, term_df=self.term_df, events_of=self._events_of)
        self.fingerprint: tuple = ()
        self.labelled_at: dict[int, int] = {}  # story -> the canonical document count its label was made with

    def _events_of(self, doc_id: str) -> set[str]:
        return self.merger.events_of(doc_id)

    @property
    def canonical_documents(self) -> int:
        return len(self.members)

    def add_member(self, row: dict) -> None:
        self.members.setdefault(row["canonical_id"], set()).add(row["doc_id"])

    @classmethod
    def take(cls, store: Store) -> "_State":
        """The store's cached state if the tables still match it, else a fresh load; the cache is emptied."""
        cached = getattr(store, "_corpus_state", None)
        store._corpus_state = None
        if cached is not None and cached.fingerprint == _fingerprint(store.con):
            return cached
        return cls.load(store)

    def give_back(self, store: Store) -> None:
        """Keep this state for the next call, after a successful write."""
        self.fingerprint = _fingerprint(store.con)
        store._corpus_state = self

    @classmethod
    def load(cls, store: Store) -> "_State":
        con, state = store.con, cls()
        for row in tables.rows(con, "SELECT * FROM corpus_documents ORDER BY seq"):
            state.docs[row["doc_id"]] = row
            state.add_member(row)
            if row["story_id"] is not None:
                state.cluster_story[row["canonical_id"]] = row["story_id"]
        for doc_id, values in con.execute("SELECT doc_id, hashvalues FROM corpus_signatures").fetchall():
            state.index.add(doc_id, np.array(values, dtype=np.uint64))
        actors: dict[int, tuple[Counter, Counter]] = {}
        for story_id, actor_id, docs, mentions in con.execute("SELECT * FROM story_actors").fetchall():
            pair = actors.setdefault(story_id, (Counter(), Counter()))
            pair[0][actor_id], pair[1][actor_id] = docs, mentions
        terms: dict[int, tuple[Counter, Counter]] = {}
        for story_id, term, docs, count in con.execute("SELECT * FROM story_terms").fetchall():
            pair = terms.setdefault(story_id, (Counter(), Counter()))
            pair[0][term], pair[1][term] = docs, count
        stories, next_story = [], 1
        for row in tables.rows(con, "SELECT * FROM stories ORDER BY story_id"):
            story_actors, story_mentions = actors.get(row["story_id"], (Counter(), Counter()))
            story_terms, story_counts = terms.get(row["story_id"], (Counter(), Counter()))
            stories.append(Story(row["story_id"], np.array(row["centroid"], dtype=np.float32), row["size"],
                                 row["documents"], row["first_date"], row["last_date"], story_actors,
                                 story_terms, story_mentions, story_counts, row["label"] or "",
                                 row.get("label_en") or "", row.get("follows")))
            next_story = max(next_story, row["story_id"] + 1)
        state.term_df.update(con.execute("SELECT term, docs FROM corpus_term_df").fetchall())
        state.assigner = StoryAssigner(stories, next_story, term_df=state.term_df, events_of=state._events_of)
        _index_documents(store, state.assigner)
        refs, names = _actor_refs(store), _actor_words(store)
        members: dict[str, list[Report]] = {}
        for row in tables.rows(con, f"""
                SELECT m.event_id, e.*, {_DATING}, c.doc_date, c.seq, c.canonical_id, c.outlet
                FROM merged_event_members m JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx
                JOIN corpus_documents c ON c.doc_id = m.doc_id ORDER BY c.seq, e.idx"""):
            members.setdefault(row["event_id"], []).append(_report(row, refs, names))
        state.merger = EventMerger((MergedEvent(event, reports) for event, reports in sorted(members.items())),
                                   evidence=_evidence_terms())
        return state


def _index_documents(store: Store, assigner: StoryAssigner) -> None:
    """Give the assigner every embedded document with its story, terms, actors and dates, in ingest order."""
    con = store.con
    doc_terms: dict[str, dict[str, int]] = {}
    for doc_id, term, count in con.execute("SELECT doc_id, term, count FROM corpus_doc_terms").fetchall():
        doc_terms.setdefault(doc_id, {})[term] = count
    found = con.execute("""
        SELECT c.doc_id, c.story_id, e.vector, coalesce(d.published, d.window_latest),
               coalesce(d.published, d.window_earliest)
        FROM corpus_embeddings e JOIN corpus_documents c USING (doc_id) JOIN documents d USING (doc_id)
        WHERE c.story_id IS NOT NULL ORDER BY c.seq""").fetchall()
    doc_actors = _document_actors(store, [r[0] for r in found])
    for doc_id, story_id, vector, day, earliest in found:
        actors, generic = doc_actors.get(doc_id, ({}, frozenset()))
        assigner.index(DocumentProfile(doc_id, np.array(vector, dtype=np.float32), actors,
                                       doc_terms.get(doc_id, {}), day, earliest, day, generic), story_id)
        assigner.actor_df.update(actors.keys())


def _fingerprint(con) -> tuple:
    """Cheap aggregates of the corpus tables that any other writer's change would move."""
    return con.execute("""
        SELECT (SELECT count(*) FROM corpus_documents), (SELECT coalesce(max(seq), 0) FROM corpus_documents),
               (SELECT count(*) FROM stories), (SELECT coalesce(sum(documents), 0) FROM stories),
               (SELECT coalesce(max(story_id), 0) FROM stories), (SELECT count(*) FROM merged_event_members),
               (SELECT count(*) FROM merged_events)""").fetchone()


def _load_documents(store: Store, doc_ids: list[str]) -> list[_Doc]:
    con = store.con
    start = con.execute("SELECT coalesce(max(seq), 0) FROM corpus_documents").fetchone()[0]
    found = {row["doc_id"]: row for row in tables.rows(con, """
        SELECT d.doc_id, d.title, d.text, coalesce(d.published, d.window_latest) AS day,
               coalesce(d.published, d.window_earliest) AS earliest,
               coalesce(d.outlet, d.source) AS outlet, d.url,
               (SELECT string_agg(s.text, '\n' ORDER BY s.idx) FROM sentences s WHERE s.doc_id = d.doc_id) AS content
        FROM documents d WHERE d.doc_id IN (SELECT unnest(?))""", [doc_ids])}
    docs = []
    for doc_id in doc_ids:
        row = found.get(doc_id)
        if row is None:
            log.warning("corpus update: %s is not stored; skipped", doc_id)
            continue
        outlet = row["outlet"] or (urlparse(row["url"]).hostname if row["url"] else None)
        docs.append(_Doc(doc_id, start + len(docs) + 1, row["title"], row["content"] or row["text"], row["day"],
                         outlet, row["earliest"], row["day"]))
    return docs


def _document_actors(store: Store, doc_ids: list[str]) -> dict[str, tuple[dict[str, int], frozenset[str]]]:
    """Non-local actors of each document with their number of mentions (at least 1), and which of them are
    country-level actors. News media (sector MED: the agency a report cites) are not actors of a story."""
    result: dict[str, tuple[dict[str, int], set[str]]] = {}
    for doc_id, actor_id, mentions, generic in store.con.execute("""
            SELECT da.doc_id, da.actor_id, coalesce(m.n, 0), coalesce(a.kind = 'country', FALSE)
            FROM document_actors da JOIN actors a USING (actor_id)
            LEFT JOIN (SELECT doc_id, actor_id, count(*) AS n FROM mentions
                       WHERE doc_id IN (SELECT unnest($1)) GROUP BY ALL) m USING (doc_id, actor_id)
            WHERE da.doc_id IN (SELECT unnest($1)) AND NOT coalesce(a.local, FALSE)
              AND coalesce(a.sector, '') <> 'MED'
            ORDER BY da.doc_id, da.actor_id""", [doc_ids]).fetchall():
        actors, countries = result.setdefault(doc_id, ({}, set()))
        actors[actor_id] = max(1, mentions)
        if generic:
            countries.add(actor_id)
    return {doc_id: (actors, frozenset(countries)) for doc_id, (actors, countries) in result.items()}


def _actor_refs(store: Store) -> dict[str, ActorRef]:
    return {actor_id: ActorRef(actor_id, country, kind == "country")
            for actor_id, kind, country in store.con.execute("SELECT actor_id, kind, country FROM actors").fetchall()}


def _actor_words(store: Store, doc_ids: list[str] | None = None) -> dict[tuple[str, str], frozenset[str]]:
    """(doc id, actor id) -> the case-folded words of the actor's name and of the names the document calls it
    by: evidence similarity leaves them out, since matching the actors is a criterion of its own."""
    words = _evidence_terms().words
    where = "WHERE da.doc_id IN (SELECT unnest(?))" if doc_ids is not None else ""
    found = store.con.execute(f"""SELECT da.doc_id, da.actor_id, a.name, da.aliases FROM document_actors da
                                  JOIN actors a USING (actor_id) {where}""",
                              [doc_ids] if doc_ids is not None else []).fetchall()
    return {(doc_id, actor_id): frozenset(words(" ".join([name or "", *(aliases or [])])))
            for doc_id, actor_id, name, aliases in found}


def _ref(actor_id: str | None, refs: dict[str, ActorRef]) -> ActorRef | None:
    if actor_id is None:
        return None
    return refs.get(actor_id) or ActorRef(actor_id)


@lru_cache(maxsize=1)
def _evidence_terms() -> EvidenceTerms:
    return EvidenceTerms()


# What merging needs to know of an event's date beyond the event row: whether
# the event is dated by its own text, or only by its report (the coder gives an
# event without a time expression the document's day or inferred publication
# window), and whether the document's date is its publication day (else only
# the end of an inferred window). `e` is the events table.
_DATING = """
    NOT (e.date IS NULL OR coalesce(e.date_precision, 'unknown') = 'unknown'
         OR EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = e.doc_id AND (
             (e.date = d.window_earliest AND coalesce(e.date_end, e.date) = d.window_latest)
             OR (e.date = d.published AND coalesce(e.date_end, e.date) = d.published AND e.date_precision <> 'day'))))
      AS dated_by_text,
    (SELECT d.published IS NOT NULL FROM documents d WHERE d.doc_id = e.doc_id) AS doc_date_known"""


def _report(row: dict, refs: dict[str, ActorRef], names: dict[tuple[str, str], frozenset[str]]) -> Report:
    known = frozenset(_evidence_terms().words(row["trigger"] or "")).union(
        *(names.get((row["doc_id"], row[role]), ()) for role in ("source", "target") if row[role]))
    return Report(row["doc_id"], row["idx"], row["type"], _ref(row["source"], refs), _ref(row["target"], refs),
                  row["date"], row["date_end"], row["date_precision"] or "unknown", mode=row["mode"],
                  modality=row["modality"] or "asserted", evidence=row["evidence"] or "", doc_date=row["doc_date"],
                  seq=row["seq"], canonical_id=row["canonical_id"], outlet=row["outlet"], location=row["location"],
                  dated_by_text=bool(row["dated_by_text"]), doc_date_known=bool(row["doc_date_known"]),
                  known_words=known)


def _reports(store: Store, doc_rows: dict[str, dict], refs: dict[str, ActorRef]) -> dict[str, list[Report]]:
    """The non-negated events of the documents `doc_rows` (doc id -> corpus row) as reports, per document."""
    found = tables.rows(store.con, f"SELECT e.*, {_DATING} FROM events e WHERE e.doc_id IN (SELECT unnest(?)) "
                        "AND NOT coalesce(e.negated, FALSE) ORDER BY e.doc_id, e.idx", [list(doc_rows)])
    names = _actor_words(store, list(doc_rows))
    reports: dict[str, list[Report]] = {}
    for row in found:
        doc_row = doc_rows[row["doc_id"]]
        row.update(doc_date=doc_row["doc_date"], seq=doc_row["seq"], canonical_id=doc_row["canonical_id"],
                   outlet=doc_row["outlet"])
        reports.setdefault(row["doc_id"], []).append(_report(row, refs, names))
    return reports


def _insert(con, table: str, rows: list[list], *, replace: bool = False) -> None:
    """Insert many rows in one statement: one list per column, unnested (executemany goes row by row)."""
    if not rows:
        return
    columns = list(zip(*rows))
    select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    con.execute(f"{verb} INTO {table} SELECT {select}", [list(c) for c in columns])


def _write(store: Store, state: _State, new_rows: dict, repointed: dict, profiles: dict[str, DocumentProfile],
           assigner: StoryAssigner, merger: EventMerger, reasons: dict[str, StoryReason],
           merged: dict[int, int]) -> None:
    con = store.con
    @lru_cache(maxsize=1)
    def names() -> dict[str, tuple[str, str]]:
        return {a: (n, k) for a, n, k in con.execute("SELECT actor_id, name, kind FROM actors").fetchall()}

    total = state.canonical_documents
    columns = ("doc_id", "seq", "canonical_id", "duplicate_kind", "similarity", "story_id", "doc_date", "outlet")
    story_rows, actor_rows, term_rows = [], [], []
    relabel = [s for s in sorted(assigner.changed)
               if s in assigner.profiled or state.labelled_at.get(s) != total]
    inputs = _label_inputs(store, {s: assigner.members.get(s, []) for s in relabel})
    for story_id in sorted(assigner.changed):
        story = assigner.stories[story_id]
        # A story that only gained copies keeps its profile, so its actor and
        # term rows stand, and so does its label unless new canonical documents
        # (which alone change the term counts it is weighed by) arrived since it
        # was made: relabelling and rewriting them for every copy cost more
        # than the rest of a copy's update, and gave the same label.
        profiled = story_id in assigner.profiled
        if profiled or state.labelled_at.get(story_id) != total:
            story.label, story.label_en = _labels(story, names(), state, total, assigner, merger, inputs)
            state.labelled_at[story_id] = total
        story_rows.append([story.id, story.label, story.size, story.documents, story.first_date, story.last_date,
                           story.centroid.astype(np.float32).tolist(), story.label_en, story.follows])
        if profiled:
            actor_rows += [[story.id, a, n, story.actor_mentions[a]] for a, n in sorted(story.actors.items())]
            term_rows += [[story.id, t, n, story.term_counts[t]] for t, n in sorted(story.terms.items())]
    reason_rows = [[doc_id, new_rows[doc_id]["story_id"], r.kind, r.score, r.matched_doc, r.cosine, r.centroid_cosine,
                    r.shared_actors, r.shared_events, r.shared_terms, r.gap_days, r.follows]
                   for doc_id, r in reasons.items()]
    event_rows, member_rows = [], []
    for event_id in sorted(merger.changed):
        event = merger.by_id[event_id]
        event_rows.append(list(event.summary().values()))
        member_rows += [[m.doc_id, m.idx, event_id] for m in event.members]
    touched_terms = sorted({t for p in profiles.values() for t in p.terms})
    con.execute("BEGIN TRANSACTION")
    try:
        for old, new in sorted(merged.items()):
            # A story merged into another during this call: its documents follow, its rows go.
            con.execute("UPDATE corpus_documents SET story_id = ? WHERE story_id = ?", [new, old])
            con.execute("UPDATE story_reasons SET story_id = ? WHERE story_id = ?", [new, old])
            con.execute("UPDATE stories SET follows = ? WHERE follows = ?", [new, old])
            for table in ("stories", "story_actors", "story_terms"):
                con.execute(f"DELETE FROM {table} WHERE story_id = ?", [old])
        _insert(con, "corpus_documents", [[row[c] for c in columns] for row in new_rows.values()])
        for doc_id, row in repointed.items():
            con.execute("UPDATE corpus_documents SET canonical_id = ?, duplicate_kind = ?, similarity = ? "
                        "WHERE doc_id = ?", [row["canonical_id"], row["duplicate_kind"], row["similarity"], doc_id])
        _insert(con, "corpus_signatures", [[d, state.index.values[d].tolist()] for d in new_rows])
        _insert(con, "corpus_embeddings", [[d, p.vector.tolist()] for d, p in profiles.items()])
        _insert(con, "corpus_doc_terms", [[d, t, n] for d, p in profiles.items() for t, n in p.terms.items()])
        _insert(con, "corpus_term_df", [[t, state.term_df[t]] for t in touched_terms], replace=True)
        _insert(con, "stories", story_rows, replace=True)
        _insert(con, "story_actors", actor_rows, replace=True)
        _insert(con, "story_terms", term_rows, replace=True)
        _insert(con, "story_reasons", reason_rows, replace=True)
        if merger.removed:
            con.execute("DELETE FROM merged_events WHERE event_id IN (SELECT unnest(?))", [sorted(merger.removed)])
        _insert(con, "merged_events", event_rows, replace=True)
        _insert(con, "merged_event_members", member_rows, replace=True)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _label_inputs(store: Store, members: dict[int, list[str]]) -> dict[str, dict]:
    """For the stories to label: how their documents write each actor (story -> actor -> mention text -> count),
    in how many distinct sentences each actor is named (story -> actor -> count), their documents' texts (for the
    capitals of label terms) and their headlines with leads (title and first sentence). One query each for all the
    stories."""
    story_of = {d: s for s, docs in members.items() for d in docs}
    found: dict[str, dict] = {"surfaces": {}, "sentences": {}, "texts": {}, "heads": {}}
    if not story_of:
        return found
    ids = sorted(story_of)
    surfaces, sentences = found["surfaces"], found["sentences"]
    for doc_id, actor_id, text, n, in_sentences in store.con.execute("""
            SELECT doc_id, actor_id, text, count(*), count(DISTINCT sentence) FROM mentions
            WHERE doc_id IN (SELECT unnest(?)) AND actor_id IS NOT NULL GROUP BY ALL""", [ids]).fetchall():
        story_id = story_of[doc_id]
        surfaces.setdefault(story_id, {}).setdefault(actor_id, Counter())[text] += n
        sentences.setdefault(story_id, Counter())[actor_id] += in_sentences
    for doc_id, title, text in store.con.execute(
            "SELECT doc_id, title, text FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]).fetchall():
        text = text or ""
        found["texts"].setdefault(story_of[doc_id], []).append(text)
        found["heads"].setdefault(story_of[doc_id], []).append(f"{title or ''}\n{_LEAD.match(text[:300]).group(0)}")
    return found


# A document's lead: its first sentence, at most 300 characters.
_LEAD = re.compile(r"[^\n]*?(?:[.!?](?=\s)|\n|$)")


def _labels(story, names: dict, state: _State, total: int, assigner: StoryAssigner, merger: EventMerger,
            inputs: dict[str, dict]) -> tuple[str, str]:
    story_id = story.id
    types, sources = _story_events(assigner, merger, story_id)
    return story_labels(story, names, state.term_df, total, types, assigner.actor_df,
                        surfaces=inputs["surfaces"].get(story_id), texts=inputs["texts"].get(story_id, ()),
                        sources=sources, sentences=inputs["sentences"].get(story_id),
                        heads=inputs["heads"].get(story_id, ()))


def relabel_stories(store: Store) -> int:
    """Recompute every story's labels from its stored profile (membership unchanged); returns how many changed."""
    state = _State.load(store)
    assigner, merger, con = state.assigner, state.merger, store.con
    names = {a: (n, k) for a, n, k in con.execute("SELECT actor_id, name, kind FROM actors").fetchall()}
    inputs = _label_inputs(store, dict(assigner.members))
    total = state.canonical_documents
    rows = []
    for story_id, story in sorted(assigner.stories.items()):
        label, label_en = _labels(story, names, state, total, assigner, merger, inputs)
        if (label, label_en) != (story.label, story.label_en):
            rows.append([label, label_en, story_id])
    if rows:
        con.executemany("UPDATE stories SET label = ?, label_en = ? WHERE story_id = ?", rows)
    store._corpus_state = None  # the cached state holds the old labels
    return len(rows)


def _story_events(assigner: StoryAssigner, merger: EventMerger, story_id: int) -> tuple[Counter, Counter]:
    """How many distinct merged events of each type the story's documents report, and of how many each actor is
    the source."""
    events = {e for doc_id in assigner.members.get(story_id, ()) for e in merger.events_of(doc_id)
              if e in merger.by_id}
    types, sources = Counter(), Counter()
    for e in events:
        event = merger.by_id[e]
        types[event.key[0]] += 1
        if event.source is not None:
            sources[event.source.id] += 1
    return types, sources
