"""PySpark job: analyse JSONL or Parquet documents, write Parquet in the store's table layout.

    linimasa spark analyze INPUT OUTPUT [--master local[2]] [--partitions N]
    spark-submit --py-files linimasa.zip -m linimasa.spark.job INPUT OUTPUT   (see docs/spark.md)

Each partition builds one `Analyzer` and runs exactly the code `linimasa
analyze` runs on each document (`document_from_object`, `Analyzer.analyze`,
`store.db.document_rows`), then writes its rows with pyarrow as
`OUTPUT/<table>/part-<partition>.parquet`. Column names and types are those of
the DuckDB tables (taken from an in-memory database built by the same
migrations), so `linimasa ingest --parquet OUTPUT` or DuckDB's
`read_parquet('OUTPUT/events/*.parquet')` read it directly.

Corpus-level merging (duplicates, stories, merged events) needs every
document at once and is not done per partition: `linimasa ingest --parquet`
loads the tables into a database and runs the same corpus update a serial
ingest runs. OUTPUT must be a path every executor can write (a shared or
mounted filesystem); documents are keyed by `doc_id`, so rerunning a failed
job and loading twice stores nothing twice.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

# Absolute imports: spark-submit runs this file as a script (docs/spark.md).
log = logging.getLogger(__name__)

# Tables a partition writes, in load order (actors before the rows that name them).
TABLES = ("documents", "actors", "boilerplate", "sentences", "document_actors", "mentions", "timexes", "events",
          "event_places", "quotes", "figures")


def table_schemas() -> dict:
    """The arrow schema of each table, from an in-memory DuckDB built by linimasa's migrations."""
    import duckdb

    from linimasa.store.db import DOCUMENT_COLUMNS
    from linimasa.store.migrations import migrate

    con = duckdb.connect(":memory:")
    migrate(con)
    schemas = {}
    for table in TABLES:
        columns = ", ".join(DOCUMENT_COLUMNS) if table == "documents" else "*"
        relation = con.sql(f"SELECT {columns} FROM {table} LIMIT 0")
        data = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
        schemas[table] = data.schema
    con.close()
    return schemas


def analyse_objects(objects: Iterable[tuple[dict, str, int | None]], analyzer) -> Iterator[dict[str, list[tuple]]]:
    """Rows per table for each (document object, path, line); bad inputs are logged and skipped."""
    from linimasa.errors import InputError
    from linimasa.ingest.readers import ReadOptions, document_from_object
    from linimasa.store.db import document_rows

    options = ReadOptions()
    for obj, path, line in objects:
        try:
            doc = analyzer.analyze(document_from_object(obj, path, options, line=line))
        except InputError as exc:
            log.warning("%s", exc.message)
            continue
        yield document_rows(doc)


def write_partition(index: int, rows: Iterable[dict[str, list[tuple]]], output: str, schemas: dict) -> int:
    """Collect one partition's rows per table and write `OUTPUT/<table>/part-<index>.parquet`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[tuple]] = {table: [] for table in TABLES}
    documents = 0
    for doc_rows in rows:
        documents += 1
        for table in TABLES:
            columns[table].extend(doc_rows[table])
    for table in TABLES:
        schema = schemas[table]
        data = list(zip(*columns[table])) if columns[table] else [[] for _ in schema.names]
        arrays = [pa.array(list(values), type=f.type) for values, f in zip(data, schema)]
        folder = Path(output) / table
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_arrays(arrays, schema=schema), folder / f"part-{index:05d}.parquet")
    return documents


def _partition_job(output: str, schemas: dict, source: str):
    def run(index: int, records: Iterator) -> Iterator[int]:
        from linimasa.analysis import Analyzer
        from linimasa.runtime import tune_gc

        analyzer = Analyzer()  # once per partition: loading resources costs ~2 s
        tune_gc()

        def objects():
            for number, record in enumerate(records, start=1):
                if isinstance(record, str):
                    if not record.strip():
                        continue
                    try:
                        obj = json.loads(record)
                    except json.JSONDecodeError as exc:
                        log.warning("%s part %d line %d: %s", source, index, number, exc.msg)
                        continue
                else:
                    obj = record.asDict()
                yield obj, source, None

        yield write_partition(index, analyse_objects(objects(), analyzer), output, schemas)

    return run


def analyze(spark, input_path: str, output: str, *, partitions: int | None = None) -> int:
    """Analyse every document of INPUT (.jsonl/.json lines or Parquet) into OUTPUT; return the count."""
    if Path(input_path).suffix == ".parquet" or (Path(input_path).is_dir()
                                                  and any(Path(input_path).glob("*.parquet"))):
        records = spark.read.parquet(input_path).rdd
    else:
        records = spark.sparkContext.textFile(input_path)
    if partitions:
        records = records.repartition(partitions)
    schemas = table_schemas()
    counts = records.mapPartitionsWithIndex(_partition_job(output, schemas, input_path)).collect()
    return sum(counts)


def session(master: str | None = None, app: str = "linimasa"):
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # Local workers must import linimasa from this interpreter's environment;
        # on a cluster, PYSPARK_PYTHON names the executors' interpreter (docs/spark.md).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.pyspark.python", sys.executable)
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: `spark-submit ... -m linimasa.spark.job INPUT OUTPUT [PARTITIONS]`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    spark = session()
    try:
        count = analyze(spark, argv[0], argv[1], partitions=int(argv[2]) if len(argv) > 2 else None)
    finally:
        spark.stop()
    print(f"{count} documents analysed into {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
