"""`linimasa spark ...`: run the pipeline on PySpark and load its Parquet output (docs/spark.md)."""
from __future__ import annotations

import sys

import click

from .main import _open_store, cli, db_option


@cli.group()
def spark() -> None:
    """Analyse a corpus with Apache Spark and load the result (needs `pip install 'linimasa[spark]'`).

    \b
    Example:
      linimasa spark analyze --master 'local[2]' articles.jsonl out/
      linimasa spark load out/ --db corpus.duckdb
    """


@spark.command("analyze")
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL, e.g. local[2] or yarn.")
@click.option("--partitions", type=int, help="Repartition the input into this many partitions first.")
def spark_analyze(input_path, output, master, partitions):
    """Analyse INPUT (JSON Lines or Parquet with a `text` column) into OUTPUT/<table>/*.parquet.

    Every partition runs the same pipeline as `linimasa analyze`; the tables
    have the DuckDB store's columns. On a cluster use spark-submit (docs/spark.md).

    \b
    Example:
      linimasa spark analyze --master 'local[2]' data/day.jsonl out/day
    """
    try:
        from ..spark.job import analyze, session
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise click.ClickException("PySpark is not installed: pip install 'linimasa[spark]'") from exc
    session_ = session(master)
    try:
        count = analyze(session_, input_path, output, partitions=partitions)
    finally:
        session_.stop()
    click.echo(f"{count} documents analysed into {output}", err=True)


@spark.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def spark_load(folder, db):
    """Store the Parquet tables of `linimasa spark analyze` and run the corpus update (dedup, stories, merging).

    \b
    Example:
      linimasa spark load out/day --db day.duckdb
    """
    from ..spark.load import load_parquet

    store = _open_store(db)
    try:
        new = load_parquet(store, folder)
    finally:
        store.close()
    click.echo(f"{len(new)} new documents → {db}")
    sys.exit(0)
