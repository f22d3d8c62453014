"""Parquet: every table of the database, one file per table in a folder, for pandas, R (arrow) or DuckDB.

With a story, tables keyed by document keep only that story's documents and
the merged-event tables only its events; the actor table and the corpus
bookkeeping tables are written whole. Vector columns (embeddings, MinHash
signatures) are internal and left out.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from ..store import corpus as corpus_tables
from ..store.db import TABLES

SKIPPED = ("corpus_signatures", "corpus_embeddings")
DOCUMENT_KEYED = set(TABLES) - {"actors", "ingest_errors"} | {"corpus_documents", "corpus_doc_terms"}


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    present = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    return [t for t in (*TABLES, *corpus_tables.CORPUS_TABLES) if t in present and t not in SKIPPED]


def write_parquet(con: duckdb.DuckDBPyConnection, folder: Path, *, story: int | None = None) -> dict[str, int]:
    """Write `<table>.parquet` for every table into `folder`; return the rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in _tables(con):
        # table names come from the fixed list above, never from input
        sql, params = f"SELECT * FROM {table}", []
        if story is not None and table in DOCUMENT_KEYED:
            sql += " WHERE doc_id IN (SELECT doc_id FROM corpus_documents WHERE story_id = ?)"
            params.append(story)
        elif story is not None and table in ("merged_events", "merged_event_members"):
            sql += (" WHERE event_id IN (SELECT m.event_id FROM merged_event_members m JOIN corpus_documents c"
                    " USING (doc_id) WHERE c.story_id = ?)")
            params.append(story)
        elif story is not None and table in ("stories", "story_actors", "story_terms"):
            sql += " WHERE story_id = ?"
            params.append(story)
        if table == "stories":
            sql = sql.replace("SELECT *", "SELECT * EXCLUDE (centroid)")
        relation = con.sql(sql, params=params)
        # duckdb 2 renamed arrow() (a table in 1.x) to to_arrow_table(); pyproject allows both majors
        data = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
        pq.write_table(data, folder / f"{table}.parquet")
        written[table] = data.num_rows
    return written
