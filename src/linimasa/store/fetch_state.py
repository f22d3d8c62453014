"""Fetch state for `linimasa watch`: what was fetched, when, with what result, and each source's health.

Tables:
- `fetch_urls`: one row per URL seen (feed, sitemap, article, or a copy of one).
  `outcome` says where the URL stands:
  `pending` (listed by a source, not fetched yet), `stored` (its document was new),
  `unchanged` (its document was already stored), `alias` (an AMP or other copy of
  `canonical_url`, whose document it shares), `failed` (retried on the next poll
  until `failures` reaches the limit), `gave_up`, `disallowed` (robots.txt; never
  requested), `empty` (no main text), `listing` (a feed or sitemap; `etag` and
  `last_modified` drive the conditional GET).
- `fetch_sources`: one row per source with its poll and failure counts.

A URL is written here only after its document is committed, so a watcher killed
at any point refetches at most the pages it was working on, and the document
store (keyed by text hash) keeps each article once.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from .migrations import migration

# Outcomes after which a URL is not requested again.
DONE = ("stored", "unchanged", "alias", "gave_up", "empty")


@migration("0100_fetch_state")
def fetch_state_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE fetch_urls (
            url VARCHAR PRIMARY KEY, source VARCHAR, canonical_url VARCHAR, outcome VARCHAR NOT NULL,
            http_status INTEGER, etag VARCHAR, last_modified VARCHAR, listed_date DATE, listed_title VARCHAR,
            doc_id VARCHAR, failures INTEGER NOT NULL DEFAULT 0, error VARCHAR,
            first_seen TIMESTAMP DEFAULT current_timestamp, fetched_at TIMESTAMP)""")
    # No secondary indexes: DuckDB's ON CONFLICT DO UPDATE refuses to change indexed columns, and a
    # watcher's table holds thousands of rows, not millions.
    con.execute("""
        CREATE TABLE fetch_sources (
            source VARCHAR PRIMARY KEY, kind VARCHAR, location VARCHAR, polls INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0, consecutive_failures INTEGER NOT NULL DEFAULT 0,
            documents INTEGER NOT NULL DEFAULT 0, last_status INTEGER, last_error VARCHAR,
            last_polled TIMESTAMP, last_ok TIMESTAMP)""")


@dataclass(frozen=True, slots=True)
class UrlState:
    url: str
    source: str | None
    canonical_url: str | None
    outcome: str
    etag: str | None
    last_modified: str | None
    listed_date: date | None
    listed_title: str | None
    doc_id: str | None
    failures: int

    @property
    def done(self) -> bool:
        return self.outcome in DONE


@dataclass(frozen=True, slots=True)
class Listed:
    """A URL a feed or sitemap lists, with the date and title the listing gives."""

    url: str
    date: date | None = None
    title: str | None = None


_URL_COLUMNS = "url, source, canonical_url, outcome, etag, last_modified, listed_date, listed_title, doc_id, failures"


class FetchState:
    """Reads and writes of the fetch tables over one open connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def lookup(self, url: str) -> UrlState | None:
        row = self.con.execute(f"SELECT {_URL_COLUMNS} FROM fetch_urls WHERE url = ?", [url]).fetchone()
        return UrlState(*row) if row else None

    def done_copy(self, url: str) -> UrlState | None:
        """A finished row for `url` itself, or one whose canonical URL is `url` (the page was stored under a copy)."""
        row = self.con.execute(
            f"SELECT {_URL_COLUMNS} FROM fetch_urls WHERE (url = ? OR canonical_url = ?)"
            " AND outcome IN (SELECT unnest(?)) AND doc_id IS NOT NULL ORDER BY url = ? DESC LIMIT 1",
            [url, url, list(DONE), url]).fetchone()
        return UrlState(*row) if row else None

    def discover(self, source: str, listed: Iterable[Listed]) -> int:
        """Record listed URLs not seen before as pending; return how many were new."""
        rows = [(item.url, source, item.date, item.title) for item in listed]
        if not rows:
            return 0
        before = self.con.execute("SELECT count(*) FROM fetch_urls").fetchone()[0]
        self.con.executemany(
            "INSERT INTO fetch_urls (url, source, outcome, listed_date, listed_title) VALUES (?,?,'pending',?,?)"
            " ON CONFLICT DO NOTHING", rows)
        return self.con.execute("SELECT count(*) FROM fetch_urls").fetchone()[0] - before

    def todo(self, source: str, max_failures: int) -> list[UrlState]:
        """URLs of `source` still to fetch: pending ones, and failed ones under the retry limit, oldest first."""
        rows = self.con.execute(
            f"SELECT {_URL_COLUMNS} FROM fetch_urls WHERE source = ? AND"
            " (outcome = 'pending' OR (outcome = 'failed' AND failures < ?)) ORDER BY first_seen, url",
            [source, max_failures]).fetchall()
        return [UrlState(*row) for row in rows]

    def record(self, url: str, *, source: str | None, outcome: str, status: int | None = None,
               canonical_url: str | None = None, doc_id: str | None = None, etag: str | None = None,
               last_modified: str | None = None, error: str | None = None, failed: bool = False) -> None:
        """Write the result of one request (or decision) about `url`; a failure adds one to its count, a success resets it."""
        failed = 1 if failed or outcome == "failed" else 0
        self.con.execute(
            "INSERT INTO fetch_urls (url, source, canonical_url, outcome, http_status, etag, last_modified, doc_id,"
            " failures, error, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,current_timestamp)"
            " ON CONFLICT (url) DO UPDATE SET source = coalesce(fetch_urls.source, excluded.source),"
            " canonical_url = excluded.canonical_url, outcome = excluded.outcome,"
            " http_status = excluded.http_status, etag = coalesce(excluded.etag, fetch_urls.etag),"
            " last_modified = coalesce(excluded.last_modified, fetch_urls.last_modified),"
            " doc_id = coalesce(excluded.doc_id, fetch_urls.doc_id),"
            " failures = CASE WHEN excluded.failures > 0 THEN fetch_urls.failures + 1 ELSE 0 END,"
            " error = excluded.error, fetched_at = excluded.fetched_at",
            [url, source, canonical_url, outcome, status, etag, last_modified, doc_id, failed, error])

    def give_up(self, max_failures: int) -> int:
        """Mark URLs that failed `max_failures` times as given up, so the health view says so."""
        rows = self.con.execute(
            "UPDATE fetch_urls SET outcome = 'gave_up' WHERE outcome = 'failed' AND failures >= ? RETURNING url",
            [max_failures]).fetchall()
        return len(rows)

    def source_polled(self, source: str, *, kind: str, location: str, failures: int, documents: int,
                      status: int | None, error: str | None, listing_ok: bool) -> None:
        """Add one poll to a source's health: failures this poll, new documents, the listing's status."""
        self.con.execute(
            "INSERT INTO fetch_sources (source, kind, location) VALUES (?,?,?) ON CONFLICT (source) DO UPDATE SET"
            " kind = excluded.kind, location = excluded.location", [source, kind, location])
        self.con.execute(
            "UPDATE fetch_sources SET polls = polls + 1, failures = failures + ?, documents = documents + ?,"
            " consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END,"
            " last_status = ?, last_error = ?, last_polled = current_timestamp,"
            " last_ok = CASE WHEN ? THEN last_ok ELSE current_timestamp END WHERE source = ?",
            [failures, documents, failures > 0 or not listing_ok, status, error, failures > 0 or not listing_ok,
             source])

    def sources(self) -> list[dict[str, Any]]:
        """Each source's health row, with how many of its URLs stand at each outcome."""
        cursor = self.con.execute("""
            SELECT s.*, coalesce(u.pending, 0) AS pending, coalesce(u.failing, 0) AS failing_urls,
                   coalesce(u.gave_up, 0) AS gave_up, coalesce(u.disallowed, 0) AS disallowed
            FROM fetch_sources s LEFT JOIN (
                SELECT source, count(*) FILTER (WHERE outcome = 'pending') AS pending,
                       count(*) FILTER (WHERE outcome = 'failed') AS failing,
                       count(*) FILTER (WHERE outcome = 'gave_up') AS gave_up,
                       count(*) FILTER (WHERE outcome = 'disallowed') AS disallowed
                FROM fetch_urls GROUP BY source) u USING (source)
            ORDER BY s.source""")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def urls(self, source: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM fetch_urls" + (" WHERE source = ?" if source else "") + " ORDER BY url"
        cursor = self.con.execute(sql, [source] if source else [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def documents_missing_from_corpus(self) -> list[str]:
        """Stored documents the corpus update never processed (a watcher killed between the two writes)."""
        rows = self.con.execute(
            "SELECT d.doc_id FROM documents d ANTI JOIN corpus_documents c USING (doc_id)"
            " ORDER BY d.ingested_at, d.doc_id").fetchall()
        return [row[0] for row in rows]

    def seconds_since_poll(self, sources: Sequence[str]) -> dict[str, float]:
        """For each source polled before, how many seconds ago (so a restarted watcher keeps each interval)."""
        rows = self.con.execute(
            "SELECT source, date_diff('millisecond', last_polled, current_timestamp::TIMESTAMP) / 1000.0"
            " FROM fetch_sources WHERE source IN (SELECT unnest(?)) AND last_polled IS NOT NULL",
            [list(sources)]).fetchall()
        return {name: float(seconds) for name, seconds in rows}
