"""Issue 8: the Spark job in local mode (local[2]) gives the single-machine output on data/sample.

The sample documents are written as JSON Lines; `linimasa spark analyze` with
two partitions and `linimasa spark load` must store the same per-document
analysis rows as a serial `linimasa ingest` of the same file. Skipped when
PySpark or Java is missing.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from linimasa.batch import ingest  # noqa: E402
from linimasa.ingest.readers import read_all  # noqa: E402
from linimasa.spark.job import analyze, session  # noqa: E402
from linimasa.spark.load import load_parquet  # noqa: E402
from linimasa.store.db import ROW_TABLES, Store  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
# Columns that say when or from where a row was stored, not what the analysis found.
STORAGE_COLUMNS = {"ingested_at", "path", "line"}


def sample_jsonl(path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for doc in read_all([SAMPLE]):
            if isinstance(doc, Exception):
                continue
            handle.write(json.dumps({"text": doc.text, "title": doc.title, "source": doc.source, "url": doc.url,
                                     "published": doc.published.isoformat() if doc.published else None},
                                    ensure_ascii=False) + "\n")
            count += 1
    return count


def table_rows(store: Store, table: str) -> list[tuple]:
    cursor = store.con.execute(f"SELECT * FROM {table}")
    keep = [i for i, d in enumerate(cursor.description) if d[0] not in STORAGE_COLUMNS]
    return sorted(repr(tuple(row[i] for i in keep)) for row in cursor.fetchall())


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    work = tmp_path_factory.mktemp("spark")
    corpus = work / "sample.jsonl"
    count = sample_jsonl(corpus)
    serial = Store(work / "serial.duckdb")
    ingest([corpus], serial)
    spark = session("local[2]", app="linimasa-test")
    spark.sparkContext.setLogLevel("ERROR")
    try:
        analysed = analyze(spark, str(corpus), str(work / "out"), partitions=2)
    finally:
        spark.stop()
    loaded = Store(work / "spark.duckdb")
    load_parquet(loaded, work / "out")
    yield count, analysed, serial, loaded, work / "out"
    serial.close()
    loaded.close()


def test_spark_local_analyses_every_sample_document(stores):
    count, analysed, _, loaded, out = stores
    assert count > 5
    assert analysed == count
    assert len(list((out / "events").glob("part-*.parquet"))) == 2
    assert loaded.con.execute("SELECT count(*) FROM documents").fetchone()[0] == count


@pytest.mark.parametrize("table", ["documents", "actors", *ROW_TABLES])
def test_spark_local_table_equals_single_machine(stores, table):
    _, _, serial, loaded, _ = stores
    expected = table_rows(serial, table)
    assert table_rows(loaded, table) == expected
    if table in ("events", "quotes", "figures", "mentions"):
        assert expected, f"the sample should give {table}"


def test_spark_local_corpus_tables_equal_single_machine(stores):
    _, _, serial, loaded, _ = stores
    query = "SELECT doc_id, canonical_id, duplicate_kind, story_id FROM corpus_documents"
    assert sorted(loaded.con.execute(query).fetchall()) == sorted(serial.con.execute(query).fetchall())


def test_spark_load_twice_stores_nothing_new(stores):
    _, _, _, loaded, out = stores
    assert load_parquet(loaded, out) == []
