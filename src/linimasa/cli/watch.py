"""`linimasa watch`, `linimasa fetch` and `linimasa sources`: follow outlets live (docs/watch.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import LinimasaError
from .main import cli, db_option


def _policy_options(fn):
    fn = click.option("--delay", "host_delay", type=float, metavar="SECONDS",
                      help="Minimum seconds between two requests to one host (default 1; robots.txt may ask more).")(fn)
    fn = click.option("--retries", type=int, metavar="N", help="Extra attempts after a timeout or 5xx (default 2).")(fn)
    fn = click.option("--timeout", type=float, metavar="SECONDS", help="Seconds per connect/read (default 15).")(fn)
    return fn


def _report_line(report) -> str:
    parts = [f"{report.new} new", f"{report.unchanged} unchanged"]
    if report.copies:
        parts.append(f"{report.copies} copies")
    if report.disallowed:
        parts.append(f"{report.disallowed} forbidden by robots.txt")
    if report.deferred:
        parts.append(f"{report.deferred} deferred")
    if report.empty:
        parts.append(f"{report.empty} without text")
    parts.append(f"{report.failed} failed")
    listing = " (listing unchanged)" if report.listing_status == 304 else ""
    return f"{report.source}: {', '.join(parts)}{listing}"


def _echo_reports(reports) -> None:
    for report in reports:
        click.echo(_report_line(report))
        for failure in ([report.listing_error] if report.listing_error else []) + report.failures:
            click.echo(f"  {failure}", err=True)


@cli.command()
@click.argument("sources_file", metavar="SOURCES", type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option("--once", is_flag=True, help="Poll every source once, then exit (for cron or a test).")
@_policy_options
def watch(sources_file, db, once, timeout, retries, host_delay):
    """Follow the feeds, sitemaps and pages listed in SOURCES and store new articles.

    SOURCES is a TOML or YAML file (docs/watch.md). Each source is polled at
    its interval with a conditional GET; new articles are fetched politely
    (robots.txt, a delay between requests to one host, a clear User-Agent),
    analysed and stored like `linimasa ingest`. A restart resumes where the
    last run stopped. Prints one line per source and poll; exit status 1 if
    anything failed in a --once run.

    \b
    Examples:
      linimasa watch sources.toml --once
      linimasa watch --db berita.duckdb sources.yaml
    """
    from ..ingest.watch import Watcher, load_sources, policy_with

    try:
        config = load_sources(sources_file)
    except LinimasaError as exc:
        raise click.ClickException(exc.message) from exc
    policy = policy_with(config.policy, timeout=timeout, retries=retries, host_delay=host_delay)
    created = not Path(db).exists()
    watcher = Watcher(db, policy=policy)
    failed, seen = [], []

    def on_cycle(reports):
        _echo_reports(reports)
        seen.extend(reports)
        failed.extend(r for r in reports if r.failed)

    try:
        watcher.run(config.sources, once=once, on_cycle=on_cycle)
    except LinimasaError as exc:
        raise click.ClickException(exc.message) from exc
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    if once and failed:
        _forget_empty(db, created, seen)  # a --once run that failed and stored nothing leaves no database
    sys.exit(1 if once and failed else 0)


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@db_option
@click.option("--outlet", metavar="NAME", help="Name the outlet of every page.")
@click.option("--source", "source_name", default="fetch", show_default=True,
              help="Source name the pages are counted under in `linimasa sources`.")
@_policy_options
def fetch(urls, db, outlet, source_name, timeout, retries, host_delay):
    """Fetch single article pages and store them (as `linimasa ingest` stores files).

    A page fetched before (or an AMP copy of one) is not requested again.
    Exit status 1 if any page failed.

    \b
    Example:
      linimasa fetch https://contoh.id/berita/banjir-bekasi
    """
    from ..ingest.fetch import FetchPolicy
    from ..ingest.watch import Watcher, page_source, policy_with

    bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
    if bad:
        raise click.BadParameter(f"not an http(s) URL: {', '.join(bad)}", param_hint="URL")
    policy = policy_with(FetchPolicy(), timeout=timeout, retries=retries, host_delay=host_delay)
    created = not Path(db).exists()
    try:
        reports = Watcher(db, policy=policy).poll([page_source(urls, name=source_name, outlet=outlet)])
    except LinimasaError as exc:
        _forget_empty(db, created, [])
        raise click.ClickException(exc.message) from exc
    _echo_reports(reports)
    if any(r.failed for r in reports):
        _forget_empty(db, created, reports)
    sys.exit(1 if any(r.failed for r in reports) else 0)


def _forget_empty(db: str, created: bool, reports) -> None:
    """A database this command made and stored no article in is removed: a failed command leaves none."""
    if created and not any(r.new or r.unchanged or r.copies for r in reports):
        from .main import _remove_database

        _remove_database(db)
        click.echo(f"no article stored; no database written to {db}", err=True)


@cli.command()
@click.argument("sources_file", metavar="[SOURCES]", required=False, type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
def sources(sources_file, db, as_json):
    """Show each watched source's health: polls, documents, failures, last success.

    With SOURCES, sources listed there but never polled are shown too.
    `status` is ok, failing (the last poll had a failure) or down (three or
    more polls in a row).

    \b
    Examples:
      linimasa sources
      linimasa sources sources.toml --json
    """
    from pathlib import Path

    from ..ingest.watch import load_sources
    from ..store.db import Store
    from ..store.fetch_state import FetchState

    rows = []
    if Path(db).exists():
        try:
            with Store(db, read_only=True) as store:
                tables = {r[0] for r in store.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
                rows = FetchState(store.con).sources() if "fetch_sources" in tables else []
        except LinimasaError as exc:
            raise click.ClickException(exc.message) from exc
    if sources_file:
        try:
            configured = load_sources(sources_file).sources
        except LinimasaError as exc:
            raise click.ClickException(exc.message) from exc
        seen = {r["source"] for r in rows}
        rows += [{"source": s.name, "kind": s.kind, "location": s.location, "polls": 0, "failures": 0,
                  "consecutive_failures": 0, "documents": 0, "last_status": None, "last_error": None,
                  "last_polled": None, "last_ok": None, "pending": 0, "failing_urls": 0, "gave_up": 0,
                  "disallowed": 0} for s in configured if s.name not in seen]
    for row in rows:
        row["status"] = ("never polled" if not row["polls"] else "down" if row["consecutive_failures"] >= 3
                         else "failing" if row["consecutive_failures"] else "ok")
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("no source has been polled yet; run `linimasa watch SOURCES`", err=True)
        return
    for row in rows:
        when = row["last_ok"].strftime("%Y-%m-%d %H:%M") if row["last_ok"] else "never"
        line = (f"{row['status']:<12} {row['source']}  [{row['kind']}] polls {row['polls']}, documents "
                f"{row['documents']}, failures {row['failures']} ({row['consecutive_failures']} in a row), "
                f"pending {row['pending']}, last ok {when}")
        click.echo(line)
        if row["last_error"] and row["consecutive_failures"]:
            click.echo(f"             last error: {row['last_error']}")
