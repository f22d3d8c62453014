"""The DuckDB store: one file (`linimasa.duckdb` by default), written by one writer.

Documents are keyed by `doc_id`, a hash of the normalised text, so storing the
same article twice is a no-op. Each batch of documents is written in one
transaction: a process killed mid-batch leaves no document half-stored, and a
rerun stores the batch again from the start.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..document import Document
from ..errors import InputError, StoreError
from ..isolation import safe_text
from .like import like_contains
from .migrations import migrate

log = logging.getLogger(__name__)


DEFAULT_DB = "linimasa.duckdb"
TABLES = ("documents", "boilerplate", "sentences", "actors", "document_actors", "mentions",
          "timexes", "events", "event_places", "quotes", "figures", "ingest_errors")


@dataclass(frozen=True, slots=True)
class WriteResult:
    new: int
    unchanged: int


# Columns of `documents` that a write fills (the rest have defaults, e.g. ingested_at).
DOCUMENT_COLUMNS = ("doc_id", "title", "published", "window_earliest", "window_latest", "source", "outlet",
                    "url", "path", "line", "language", "encoding", "text", "notes")
# Tables written with every column in table order, one row per record.
ROW_TABLES = ("boilerplate", "sentences", "document_actors", "mentions", "timexes", "events", "event_places", "quotes",
              "figures")


def document_rows(doc: Document) -> dict[str, list[tuple]]:
    """The rows one analysed document adds, per table: what `Store` inserts and the Spark job writes.

    `documents` rows hold `DOCUMENT_COLUMNS`; `actors` rows are shared across
    documents (inserted unless the id exists); the `ROW_TABLES` rows hold every
    column in table order.
    """
    doc_id = doc.doc_id
    window = doc.published_window
    sentence_text = {s.index: s.text for s in doc.sentences}
    anchor = doc.published or (window.latest if window else None)
    return {
        "documents": [(doc_id, doc.title, doc.published, window.earliest if window else None,
                       window.latest if window else None, doc.source or doc.outlet, doc.outlet, doc.url, doc.path,
                       doc.meta.get("line"), doc.language, doc.meta.get("encoding"), doc.text, list(doc.notes))],
        "boilerplate": [(doc_id, i, b.start, b.end, b.text, b.reason) for i, b in enumerate(doc.boilerplate)],
        "sentences": [(doc_id, s.index, s.start, s.end, s.text) for s in doc.sentences],
        "actors": [(a.id, a.name, a.kind, a.country, a.sector, a.wikidata, a.local) for a in doc.actors.values()],
        "document_actors": [(doc_id, a.id, a.name, a.role, list(a.aliases)) for a in doc.actors.values()],
        "mentions": [(doc_id, i, m.sentence, m.start, m.end, m.text, m.type, m.actor, m.origin)
                     for i, m in enumerate(doc.mentions)],
        "timexes": [(doc_id, i, t.sentence, t.start, t.end, t.text, t.value, t.value_end, t.precision)
                    for i, t in enumerate(doc.timexes)],
        "events": [(doc_id, i, e.type, e.mode, e.source, e.target, list(e.participants), e.date, e.date_end,
                    e.date_precision, e.location, e.modality, e.negated, e.sentence, e.trigger, e.start, e.end,
                    sentence_text.get(e.sentence, doc.text[e.start:e.end]), e.confidence, e.rule)
                   for i, e in enumerate(doc.events)],
        "event_places": [(doc_id, i, p.name, p.text, p.country, p.precision, p.basis, p.geonames_id, p.lat, p.lon,
                          p.admin1) for i, e in enumerate(doc.events) if (p := e.place) is not None],
        "quotes": [(doc_id, i, q.sentence, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text,
                    q.addressee, anchor) for i, q in enumerate(doc.quotes)],
        "figures": [(doc_id, i, f.sentence, f.start, f.end, f.text, f.value, f.value_max, f.qualifier,
                     f.category, f.subject, f.attributed_to, f.as_of) for i, f in enumerate(doc.figures)],
    }


class Store:
    """A connection to the database with the writes and queries linimasa needs."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError("E402", db=self.path)
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E301", path=self.path, reason=str(exc).splitlines()[0]) from exc
        if not read_only:
            migrate(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writes -------------------------------------------------------------

    def known_ids(self, doc_ids: Sequence[str]) -> set[str]:
        if not doc_ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                [list(doc_ids)]).fetchall()
        return {row[0] for row in rows}

    def write_documents(self, docs: Iterable[Document]) -> WriteResult:
        """Store analysed documents in one transaction; already stored ones are skipped."""
        docs = list(docs)
        seen: set[str] = set()
        fresh = []
        known = self.known_ids([d.doc_id for d in docs])
        for doc in docs:
            if doc.doc_id in known or doc.doc_id in seen:
                continue
            seen.add(doc.doc_id)
            fresh.append(doc)
        if fresh:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self._insert_batch(fresh)
                self.con.execute("COMMIT")
            except BaseException:  # not only duckdb.Error: a UnicodeEncodeError in Arrow left the transaction open
                self.con.execute("ROLLBACK")
                raise
        return WriteResult(new=len(fresh), unchanged=len(docs) - len(fresh))

    def _insert(self, doc: Document) -> None:
        rows = document_rows(doc)
        self.con.execute(
            "INSERT INTO documents (" + ", ".join(DOCUMENT_COLUMNS) + ") VALUES (" + ",".join("?" * len(DOCUMENT_COLUMNS)) + ")",
            list(rows["documents"][0]))
        for actor in rows["actors"]:
            self.con.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", list(actor))
        for table in ROW_TABLES:
            self._many(table, rows[table])

    def _insert_batch(self, docs: list[Document]) -> None:
        """Insert a batch table by table through Arrow: row-wise executemany took ~60 ms per document."""
        import pyarrow as pa

        rows: dict[str, list[tuple]] = {table: [] for table in ("documents", "actors", *ROW_TABLES)}
        seen_actors: set[str] = set()
        for doc in docs:
            for table, table_rows in document_rows(doc).items():
                if table == "actors":
                    # the first document naming an actor wins, as with row-wise ON CONFLICT DO NOTHING
                    table_rows = [r for r in table_rows if r[0] not in seen_actors and not seen_actors.add(r[0])]
                rows[table].extend(table_rows)
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            columns = DOCUMENT_COLUMNS if table == "documents" else None
            schema = self._arrow_schema(table, columns)
            arrays = [pa.array(list(values), type=f.type) for values, f in zip(zip(*table_rows), schema)]
            self.con.register("_linimasa_batch", pa.Table.from_arrays(arrays, schema=schema))
            names = ", ".join(schema.names)
            conflict = " ON CONFLICT DO NOTHING" if table == "actors" else ""
            try:
                self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _linimasa_batch{conflict}")
            finally:
                self.con.unregister("_linimasa_batch")

    def _arrow_schema(self, table: str, columns: Sequence[str] | None):
        cache = self.__dict__.setdefault("_schemas", {})
        if table not in cache:
            relation = self.con.sql(f"SELECT {', '.join(columns) if columns else '*'} FROM {table} LIMIT 0")
            data = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
            cache[table] = data.schema
        return cache[table]

    def _many(self, table: str, rows: list[tuple]) -> None:
        if rows:
            marks = ",".join("?" * len(rows[0]))
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def record_error(self, error: InputError) -> None:
        """Remember a failed input; the same input failing again replaces its record."""
        self.con.execute(
            "INSERT OR REPLACE INTO ingest_errors (path, line, code, message) VALUES (?,?,?,?)",
            [safe_text(error.path or "-"), error.line or 0, error.code, safe_text(error.message)])

    def forget_errors(self, inputs: Sequence[tuple[str, int | None]]) -> None:
        """Drop the error records of inputs that are now stored, in one statement (one per input cost ~1 ms each)."""
        if not inputs:
            return
        if not self.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]:
            return
        self.con.execute("DELETE FROM ingest_errors WHERE (path, line) IN (SELECT (unnest(?), unnest(?)))",
                         [[p for p, _ in inputs], [line or 0 for _, line in inputs]])

    # ---- queries ------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    @staticmethod
    def _actor_clause(column_pairs: Sequence[tuple[str, str]], actor: str | None, params: list[Any]) -> str:
        if not actor:
            return ""
        parts = []
        for id_col, name_col in column_pairs:
            parts.append(f"{id_col} = ? OR {name_col} ILIKE ? ESCAPE '\\'")
            params.extend([actor, like_contains(actor)])
        return " AND (" + " OR ".join(parts) + ")"

    @staticmethod
    def _range_order_limit(params: list[Any], end_column: str, start_column: str, date_from: date | None,
                           date_to: date | None, order: str, limit: int | None) -> str:
        """The date filter, ordering and limit every listing query ends with.

        A record is in [date_from, date_to] when it ends on or after date_from and
        starts on or before date_to; column names are ours, never user input.
        """
        sql = ""
        if date_from:
            sql += f" AND {end_column} >= ?"
            params.append(date_from)
        if date_to:
            sql += f" AND {start_column} <= ?"
            params.append(date_to)
        sql += f" ORDER BY {order}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return sql

    def events(self, *, actor: str | None = None, type: str | None = None, date_from: date | None = None,
               date_to: date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Events in date order with their actors' names and the document they come from."""
        params: list[Any] = []
        sql = """
            SELECT e.*, coalesce(e.date, d.published, d.window_latest) AS sort_date,
                   sa.name AS source_name, sa.country AS source_country,
                   ta.name AS target_name, ta.country AS target_country,
                   d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.path AS doc_path
            FROM events e
            JOIN documents d USING (doc_id)
            LEFT JOIN actors sa ON sa.actor_id = e.source
            LEFT JOIN actors ta ON ta.actor_id = e.target
            WHERE NOT e.negated"""
        sql += self._actor_clause([("e.source", "sa.name"), ("e.target", "ta.name")], actor, params)
        if type:
            sql += " AND e.type = ?"
            params.append(type.upper())
        sql += self._range_order_limit(params, "coalesce(e.date_end, e.date)", "e.date", date_from, date_to,
                                       "sort_date NULLS LAST, e.date_precision, d.published, e.doc_id, e.idx", limit)
        return self._rows(sql, params)

    def quotes(self, *, actor: str | None = None, date_from: date | None = None,
               date_to: date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        params: list[Any] = []
        sql = """
            SELECT q.*, a.name AS speaker_name, a.country AS speaker_country, d.title AS doc_title,
                   d.source AS doc_source, d.url AS doc_url
            FROM quotes q JOIN documents d USING (doc_id) LEFT JOIN actors a ON a.actor_id = q.speaker
            WHERE TRUE"""
        sql += self._actor_clause([("q.speaker", "a.name")], actor, params)
        sql += self._range_order_limit(params, "q.date", "q.date", date_from, date_to,
                                       "q.date NULLS LAST, q.doc_id, q.idx", limit)
        return self._rows(sql, params)

    def figures(self, *, actor: str | None = None, category: str | None = None, date_from: date | None = None,
                date_to: date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        params: list[Any] = []
        sql = """
            SELECT f.*, a.name AS source_name, d.title AS doc_title, d.source AS doc_source, d.url AS doc_url
            FROM figures f JOIN documents d USING (doc_id) LEFT JOIN actors a ON a.actor_id = f.attributed_to
            WHERE TRUE"""
        sql += self._actor_clause([("f.attributed_to", "a.name")], actor, params)
        if category:
            sql += " AND f.category = ?"
            params.append(category)
        sql += self._range_order_limit(params, "f.as_of", "f.as_of", date_from, date_to,
                                       "f.as_of NULLS LAST, f.doc_id, f.idx", limit)
        return self._rows(sql, params)

    def unresolved_names(self, limit: int = 50, types: Sequence[str] = ("PER", "ORG")) -> list[dict[str, Any]]:
        """Mention texts that never resolved to an actor, most frequent first."""
        return self._rows(
            "SELECT text, type, count(*) AS mentions, count(DISTINCT doc_id) AS documents FROM mentions"
            " WHERE actor_id IS NULL AND type IN (SELECT unnest(?)) GROUP BY text, type"
            " ORDER BY mentions DESC, text LIMIT ?", [list(types), limit])

    def resolution_share(self, types: Sequence[str] = ("PER", "ORG")) -> dict[str, Any]:
        row = self.con.execute(
            "SELECT count(*), count(actor_id) FROM mentions WHERE type IN (SELECT unnest(?))", [list(types)]).fetchone()
        return {"mentions": row[0], "resolved": row[1], "share": (row[1] / row[0]) if row[0] else None}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return rows[0] if rows else None

    def errors(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM ingest_errors ORDER BY path, line", [])
