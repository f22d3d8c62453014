"""Load the Spark job's Parquet output into a DuckDB store, then run the corpus update.

This is the documented DuckDB step that does corpus-level merging after a
Spark run: per-document tables are copied with one `INSERT ... SELECT` per
table (documents already stored are skipped, as ingest skips them), and
`corpus.update.update_corpus` then links copies, assigns stories and merges
events over the new documents in input order (file, then row), the order a
serial ingest of the same input would use.
"""
from __future__ import annotations

import logging
from pathlib import Path

from ..corpus.update import update_corpus
from ..store.db import DOCUMENT_COLUMNS, ROW_TABLES, Store

log = logging.getLogger(__name__)


def _files(folder: Path, table: str) -> str:
    # A path with a quote cannot be passed safely inside SQL text; refuse it.
    pattern = str(folder / table / "*.parquet")
    if "'" in pattern:
        raise ValueError(f"unsupported path: {pattern}")
    return f"read_parquet('{pattern}', filename = true, file_row_number = true)"


def load_parquet(store: Store, folder: str | Path) -> list[str]:
    """Store the documents under `folder` not yet in `store`; return their ids in input order."""
    folder = Path(folder)
    con = store.con
    columns = ", ".join(DOCUMENT_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _new_docs AS
            SELECT {columns}, filename AS _file, file_row_number AS _row FROM {_files(folder, 'documents')}
            WHERE doc_id NOT IN (SELECT doc_id FROM documents)
            QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY filename, file_row_number) = 1""")
        new_ids = [r[0] for r in con.execute("SELECT doc_id FROM _new_docs ORDER BY _file, _row").fetchall()]
        con.execute(f"INSERT INTO documents ({columns}) SELECT {columns} FROM _new_docs ORDER BY _file, _row")
        con.execute(f"""
            INSERT INTO actors SELECT * EXCLUDE (filename, file_row_number) FROM {_files(folder, 'actors')}
            QUALIFY row_number() OVER (PARTITION BY actor_id ORDER BY filename, file_row_number) = 1
            ON CONFLICT DO NOTHING""")
        for table in ROW_TABLES:
            # Two copies of one text give identical rows: DISTINCT keeps one.
            con.execute(f"""
                INSERT INTO {table} SELECT DISTINCT * EXCLUDE (filename, file_row_number)
                FROM {_files(folder, table)} WHERE doc_id IN (SELECT doc_id FROM _new_docs)""")
        con.execute("DROP TABLE _new_docs")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    update_corpus(store, new_ids)
    log.info("loaded %d new documents from %s", len(new_ids), folder)
    return new_ids
