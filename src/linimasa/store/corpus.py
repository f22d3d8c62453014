"""Corpus tables: duplicate links, stories, merged events, and the queries the timeline needs.

These tables hold what is known across documents. They are written only by
`linimasa.corpus.update.update_corpus`, which processes each stored document
once (a row in `corpus_documents` marks it done), so re-ingesting changes no row.

Tables:
- `corpus_documents`: one row per processed document, its ingest order (`seq`),
  its canonical document (itself when it is the canonical one), how it is a copy
  (`canonical`, `exact`, `near`) with the estimated Jaccard similarity, and its story.
- `corpus_signatures`: the MinHash signature of each document (for the LSH index).
- `corpus_embeddings`: the sentence-encoder vector of each canonical document.
- `corpus_doc_terms`: the top terms of each canonical document.
- `corpus_term_df`: in how many canonical documents each term occurs.
- `stories`, `story_actors`, `story_terms`: each story's profile, labels (`label`, `label_en`) and the
  story a split thread drifted from (`follows`).
- `story_reasons`: why each document is in its story (see corpus/stories.py StoryReason).
- `merged_events`, `merged_event_members`: one row per real event and the
  per-document events (`events.doc_id`, `events.idx`) that report it.
"""
from __future__ import annotations

from typing import Any

import duckdb

from .like import like_contains
from .migrations import migration


@migration("0010_corpus_tables")
def corpus_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE corpus_documents (
            doc_id VARCHAR PRIMARY KEY, seq INTEGER NOT NULL, canonical_id VARCHAR NOT NULL,
            duplicate_kind VARCHAR NOT NULL, similarity DOUBLE, story_id INTEGER,
            doc_date DATE, outlet VARCHAR)""")
    con.execute("CREATE TABLE corpus_signatures (doc_id VARCHAR PRIMARY KEY, hashvalues UBIGINT[] NOT NULL)")
    con.execute("CREATE TABLE corpus_embeddings (doc_id VARCHAR PRIMARY KEY, vector FLOAT[] NOT NULL)")
    con.execute("""
        CREATE TABLE corpus_doc_terms (
            doc_id VARCHAR NOT NULL, term VARCHAR NOT NULL, count INTEGER, PRIMARY KEY (doc_id, term))""")
    con.execute("CREATE TABLE corpus_term_df (term VARCHAR PRIMARY KEY, docs INTEGER NOT NULL)")
    con.execute("""
        CREATE TABLE stories (
            story_id INTEGER PRIMARY KEY, label VARCHAR, size INTEGER, documents INTEGER,
            first_date DATE, last_date DATE, centroid FLOAT[])""")
    con.execute("""
        CREATE TABLE story_actors (
            story_id INTEGER NOT NULL, actor_id VARCHAR NOT NULL, docs INTEGER, mentions INTEGER,
            PRIMARY KEY (story_id, actor_id))""")
    con.execute("""
        CREATE TABLE story_terms (
            story_id INTEGER NOT NULL, term VARCHAR NOT NULL, docs INTEGER, count INTEGER,
            PRIMARY KEY (story_id, term))""")
    con.execute("""
        CREATE TABLE merged_events (
            event_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, realis BOOLEAN,
            source VARCHAR, target VARCHAR, date DATE, date_end DATE, precision VARCHAR,
            span_start DATE, span_end DATE, first_reported DATE, first_doc_id VARCHAR,
            support INTEGER, reports INTEGER, outlets INTEGER)""")
    con.execute("""
        CREATE TABLE merged_event_members (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, event_id VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, idx))""")
    con.execute("CREATE INDEX merged_event_members_event ON merged_event_members (event_id)")
    con.execute("CREATE INDEX corpus_documents_story ON corpus_documents (story_id)")


@migration("0013_story_threads")
def story_threads(con: duckdb.DuckDBPyConnection) -> None:
    """Stories as threads: an English label, the story a split thread drifted from, and why each document is in
    its story (`story_reasons`, one row per processed document)."""
    con.execute("ALTER TABLE stories ADD COLUMN label_en VARCHAR")
    con.execute("ALTER TABLE stories ADD COLUMN follows INTEGER")
    con.execute("""
        CREATE TABLE story_reasons (
            doc_id VARCHAR PRIMARY KEY, story_id INTEGER, kind VARCHAR NOT NULL, score DOUBLE,
            matched_doc VARCHAR, cosine DOUBLE, centroid_cosine DOUBLE, shared_actors VARCHAR[],
            shared_events VARCHAR[], shared_terms VARCHAR[], gap_days INTEGER, follows INTEGER)""")
    con.execute("CREATE INDEX story_reasons_story ON story_reasons (story_id)")


CORPUS_TABLES = ("corpus_documents", "corpus_signatures", "corpus_embeddings", "corpus_doc_terms", "corpus_term_df",
                 "stories", "story_actors", "story_terms", "merged_events", "merged_event_members",
                 "story_reasons")


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def has_corpus(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the corpus tables exist and hold at least one processed document."""
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'corpus_documents'").fetchone()
    return bool(found[0]) and bool(con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0])


def stories(con: duckdb.DuckDBPyConnection, story_id: int | None = None) -> list[dict[str, Any]]:
    """Stories, largest first, with their top actors' names (one story when `story_id` is given).

    Counts and actor lists are aggregated once per table and joined, not
    computed per story, so the whole list costs a few scans."""
    where, params = ("WHERE story_id = $1", [story_id]) if story_id is not None else ("", [])
    return rows(con, f"""
        WITH s AS (SELECT * FROM stories {where}),
        ev AS (SELECT c.story_id, count(DISTINCT m.event_id) AS events
               FROM merged_event_members m JOIN corpus_documents c USING (doc_id)
               WHERE c.story_id IN (SELECT story_id FROM s) GROUP BY c.story_id),
        ac AS (SELECT sa.story_id,
                      list(coalesce(a.name, sa.actor_id) ORDER BY sa.docs DESC, sa.mentions DESC, sa.actor_id)[1:5]
                        AS actors
               FROM story_actors sa LEFT JOIN actors a ON a.actor_id = sa.actor_id
               WHERE sa.story_id IN (SELECT story_id FROM s) GROUP BY sa.story_id)
        SELECT s.story_id, s.label, s.label_en, s.size, s.documents, s.first_date, s.last_date, s.follows,
               coalesce(ev.events, 0) AS events, ac.actors
        FROM s LEFT JOIN ev USING (story_id) LEFT JOIN ac USING (story_id)
        ORDER BY s.size DESC, s.documents DESC, s.story_id""", params)


def story_members(con: duckdb.DuckDBPyConnection, story_id: int) -> list[dict[str, Any]]:
    """A story's documents in date order, each with why it is in the story (its story_reasons row)."""
    return rows(con, """
        SELECT c.doc_id, c.seq, d.title, coalesce(d.outlet, d.source, c.outlet) AS outlet, d.url, d.published,
               c.doc_date, c.duplicate_kind, c.canonical_id, r.kind, r.score, r.matched_doc, r.cosine,
               r.centroid_cosine, r.shared_actors, r.shared_events, r.shared_terms, r.gap_days, r.follows
        FROM corpus_documents c JOIN documents d USING (doc_id) LEFT JOIN story_reasons r USING (doc_id)
        WHERE c.story_id = ? ORDER BY c.doc_date NULLS LAST, c.seq""", [story_id])


def merged_events(con: duckdb.DuckDBPyConnection, *, story: int | None = None, actor: str | None = None,
                  type: str | None = None, date_from=None, date_to=None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Merged events in date order; each row lists its supporting documents and evidence."""
    params: list[Any] = []
    where = ["TRUE"]
    if story is not None:
        where.append("me.event_id IN (SELECT m.event_id FROM merged_event_members m"
                     " JOIN corpus_documents c USING (doc_id) WHERE c.story_id = ?)")
        params.append(story)
    if actor:
        where.append("(me.source = ? OR me.target = ? OR sa.name ILIKE ? ESCAPE '\\' OR ta.name ILIKE ? ESCAPE '\\')")
        params.extend([actor, actor, like_contains(actor), like_contains(actor)])
    if type:
        where.append("me.type = ?")
        params.append(type.upper())
    sort = "coalesce(me.date, me.span_start, me.first_reported)"
    if date_from:
        where.append(f"coalesce(me.date_end, {sort}) >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{sort} <= ?")
        params.append(date_to)
    sql = f"""
        SELECT me.*, {sort} AS sort_date,
               sa.name AS source_name, sa.country AS source_country,
               ta.name AS target_name, ta.country AS target_country
        FROM merged_events me
        LEFT JOIN actors sa ON sa.actor_id = me.source
        LEFT JOIN actors ta ON ta.actor_id = me.target
        WHERE {' AND '.join(where)}
        ORDER BY sort_date NULLS LAST, me.precision, me.first_reported, me.event_id"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    found = rows(con, sql, params)
    if not found:
        return found
    members = rows(con, """
        SELECT m.event_id, m.doc_id, m.idx, e.evidence, e.trigger, e.start_char, e.end_char, e.modality,
               d.title, d.url, coalesce(d.outlet, d.source) AS outlet, c.doc_date, c.canonical_id,
               c.duplicate_kind, c.story_id
        FROM merged_event_members m
        JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx
        JOIN documents d ON d.doc_id = m.doc_id
        JOIN corpus_documents c ON c.doc_id = m.doc_id
        WHERE m.event_id IN (SELECT unnest(?))
        ORDER BY c.doc_date NULLS LAST, c.seq, m.idx""", [[r["event_id"] for r in found]])
    by_event: dict[str, list[dict[str, Any]]] = {}
    for member in members:
        by_event.setdefault(member["event_id"], []).append(member)
    for row in found:
        row["members"] = by_event.get(row["event_id"], [])
    return found


def story_documents(con: duckdb.DuckDBPyConnection, story: int) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT doc_id FROM corpus_documents WHERE story_id = ? ORDER BY seq", [story]).fetchall()]


def story_figures(con: duckdb.DuckDBPyConnection, story: int | None, category: str | None) -> list[dict[str, Any]]:
    """A story's figures with their documents; every story's (one query) when `story` is None."""
    params: list[Any] = []
    sql = """
        SELECT f.*, a.name AS source_name, coalesce(d.outlet, d.source) AS outlet, d.title AS doc_title,
               c.doc_date, c.canonical_id, c.seq, c.story_id AS story_id
        FROM figures f JOIN corpus_documents c USING (doc_id) JOIN documents d USING (doc_id)
        LEFT JOIN actors a ON a.actor_id = f.attributed_to
        WHERE c.story_id IS NOT NULL"""
    if story is not None:
        sql += " AND c.story_id = ?"
        params.append(story)
    if category:
        sql += " AND f.category = ?"
        params.append(category)
    sql += " ORDER BY coalesce(f.as_of, c.doc_date) NULLS LAST, c.seq, f.idx"
    return rows(con, sql, params)


def story_quotes(con: duckdb.DuckDBPyConnection, story: int) -> list[dict[str, Any]]:
    return rows(con, """
        SELECT q.*, a.name AS speaker_name, coalesce(d.outlet, d.source) AS outlet, d.title AS doc_title,
               c.canonical_id, c.seq
        FROM quotes q JOIN corpus_documents c USING (doc_id) JOIN documents d USING (doc_id)
        LEFT JOIN actors a ON a.actor_id = q.speaker
        WHERE c.story_id = ?
        ORDER BY q.date NULLS LAST, c.seq, q.idx""", [story])


def snapshot(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]) -> dict[str, list[tuple]]:
    """Every row of `tables`, sorted: a test compares two snapshots to prove nothing changed."""
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
