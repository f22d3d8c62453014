"""Named schema migrations, each run once in its own transaction (as sqlite-utils does).

A migration is a function taking a DuckDB connection. `migrate` records each
applied name in `_migrations`, so a database created by an older linimasa is
brought up to date on open and a failed migration leaves the schema as it was.
Migrations run in the order of their numbered names. Add new ones with a higher
number; never edit one that has shipped.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import duckdb

from ..errors import StoreError

log = logging.getLogger(__name__)

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str):
    def wrap(fn: Migration) -> Migration:
        MIGRATIONS.append((name, fn))
        return fn

    return wrap


@migration("0001_core_tables")
def core_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY,
            title VARCHAR, published DATE, window_earliest DATE, window_latest DATE,
            source VARCHAR, outlet VARCHAR, url VARCHAR, path VARCHAR, line INTEGER,
            language VARCHAR, encoding VARCHAR, text VARCHAR NOT NULL,
            notes VARCHAR[], ingested_at TIMESTAMP DEFAULT current_timestamp
        )""")
    con.execute("""
        CREATE TABLE boilerplate (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_char INTEGER, end_char INTEGER,
            text VARCHAR, reason VARCHAR, PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_char INTEGER, end_char INTEGER,
            text VARCHAR, PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR,
            sector VARCHAR, wikidata VARCHAR, local BOOLEAN)""")
    con.execute("""
        CREATE TABLE document_actors (
            doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR, role VARCHAR,
            aliases VARCHAR[], PRIMARY KEY (doc_id, actor_id))""")
    con.execute("""
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, type VARCHAR, actor_id VARCHAR, origin VARCHAR,
            PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE timexes (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, value DATE, value_end DATE, precision VARCHAR,
            PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, type VARCHAR, mode VARCHAR,
            source VARCHAR, target VARCHAR, participants VARCHAR[],
            date DATE, date_end DATE, date_precision VARCHAR, location VARCHAR,
            modality VARCHAR, negated BOOLEAN, sentence INTEGER, trigger VARCHAR,
            start_char INTEGER, end_char INTEGER, evidence VARCHAR, confidence DOUBLE, rule VARCHAR,
            PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE quotes (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, kind VARCHAR, speaker VARCHAR, speaker_text VARCHAR,
            addressee VARCHAR, date DATE, PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE figures (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, value DOUBLE, value_max DOUBLE, qualifier VARCHAR,
            category VARCHAR, subject VARCHAR, attributed_to VARCHAR, as_of DATE,
            PRIMARY KEY (doc_id, idx))""")
    con.execute("""
        CREATE TABLE ingest_errors (
            path VARCHAR NOT NULL, line INTEGER NOT NULL, code VARCHAR, message VARCHAR,
            seen_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (path, line))""")


@migration("0002_query_indexes")
def query_indexes(con: duckdb.DuckDBPyConnection) -> None:
    # Timeline queries filter by actor and order by date.
    con.execute("CREATE INDEX events_source ON events (source)")
    con.execute("CREATE INDEX events_target ON events (target)")
    con.execute("CREATE INDEX events_date ON events (date)")


@migration("0003_event_places")
def event_places(con: duckdb.DuckDBPyConnection) -> None:
    # The gazetteer place of a per-document event (document.Place, issue 21), one row per event that has
    # one. Its own table rather than columns of `events`: older rows keep their shape and every reader of
    # `events` is unchanged; a database made before this migration simply has no places until re-ingested.
    con.execute("""
        CREATE TABLE event_places (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, name VARCHAR NOT NULL, text VARCHAR,
            country VARCHAR, precision VARCHAR, basis VARCHAR, geonames_id BIGINT, lat DOUBLE, lon DOUBLE,
            admin1 VARCHAR, PRIMARY KEY (doc_id, idx))""")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT name FROM _migrations").fetchall()}
    applied = []
    # By name, not by registration: modules register on import, and which of them is imported first depends
    # on who imports the store first; the numbered names are the order (a view needs its tables).
    for name, fn in sorted(MIGRATIONS, key=lambda item: item[0]):
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO _migrations (name) VALUES (?)", [name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError("E302", name=name, reason=str(exc)) from exc
        log.info("applied migration %s", name)
        applied.append(name)
    return applied
from . import corpus  # noqa: E402,F401  (registers the corpus tables migrations)
from . import fetch_state  # noqa: E402,F401  (registers the fetch state tables for `linimasa watch`)
from . import places  # noqa: E402,F401  (registers the merged events' place view; needs the corpus tables)
