"""The `linimasa` command: a thin layer over the library.

Each command's docstring is its --help and shows an example. Results go to
stdout, diagnostics and progress to stderr; progress bars appear only on a
terminal.
"""
from __future__ import annotations

import functools
import json
import logging
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import InputError, LinimasaError
from ..runtime import tuned_gc
from . import render

DB_HELP = "DuckDB database file (default: linimasa.duckdb in the working directory)."
EPILOG = "Docs: README.md and docs/. Output contract: docs/contract.md."


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD, e.g. 2024-06-07") from None


def _event_type(ctx, param, value):
    """A PLOVER type in any case ("assault" -> ASSAULT); an unknown one is a usage error listing the valid ones."""
    if value is None:
        return None
    from ..document import EVENT_TYPES

    if value.upper() not in EVENT_TYPES:
        raise click.BadParameter(f"'{value}' is not a PLOVER event type; use one of {', '.join(EVENT_TYPES)}")
    return value.upper()


def db_option(fn):
    return click.option("--db", default="linimasa.duckdb", show_default=True, type=click.Path(dir_okay=False),
                        help=DB_HELP)(fn)


def filter_options(fn):
    fn = click.option("--to", "date_to", callback=_date, metavar="YYYY-MM-DD", help="Up to this date.")(fn)
    fn = click.option("--from", "date_from", callback=_date, metavar="YYYY-MM-DD", help="From this date.")(fn)
    fn = click.option("--type", "event_type", metavar="TYPE", callback=_event_type,
                      help="PLOVER type, e.g. CONSULT (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, "
                           "REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT).")(fn)
    fn = click.option("--actor", metavar="NAME", help="Actor id or part of a name, e.g. Blinken or USA.")(fn)
    return fn


def read_options(fn):
    fn = click.option("--date-format", metavar="FORMAT",
                      help="strptime format of input dates, e.g. '%m/%d/%Y %H:%M'. Default: ISO, or numeric "
                           "dates with the day/month order inferred from the whole CSV column.")(fn)
    fn = click.option("--url-col", default="url", show_default=True, help="CSV column with the URL.")(fn)
    fn = click.option("--date-col", default="published", show_default=True,
                      help="CSV column with the publication date.")(fn)
    fn = click.option("--title-col", default="title", show_default=True, help="CSV column with the headline.")(fn)
    fn = click.option("--text-col", default="text", show_default=True, help="CSV column with the article text.")(fn)
    fn = click.option("--source", metavar="NAME", help="Name the outlet of every input.")(fn)
    fn = click.option("--published", callback=_date, metavar="YYYY-MM-DD",
                      help="Publication date of every input (overrides dates read from it).")(fn)
    return fn


def _options(published, source, text_col, title_col, date_col, url_col, date_format=None):
    from ..ingest.readers import ReadOptions

    return ReadOptions(text_col=text_col, title_col=title_col, date_col=date_col, url_col=url_col,
                       published=published, source=source, date_format=date_format)


def _open_store(db: str, read_only: bool = False):
    from ..store.db import Store

    try:
        return Store(db, read_only=read_only)
    except LinimasaError as exc:
        raise click.ClickException(exc.message) from exc


def _resources(actors_files: tuple[str, ...] = ()):
    from ..resources import Resources

    return Resources(user_actor_files=tuple(Path(p) for p in actors_files))


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="linimasa")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def cli(verbose: int) -> None:
    """linimasa: turn Indonesian news into a source-linked timeline.

    \b
    Quick start:
      linimasa ingest data/sample          # analyse and store a folder
      linimasa timeline                    # events in date order
      linimasa report -o report.html       # a self-contained HTML page
      linimasa analyze article.txt         # one JSON object per document
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("files", nargs=-1, required=True)
@read_options
@click.option("--stages", metavar="A,B,C", help="Run only these stages, in this order (default: all).")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (YAML); extends or overrides the built-in one.")
def analyze(files, published, source, text_col, title_col, date_col, url_col, date_format, stages, actors_files):
    """Analyse documents and write one JSON object per document (JSON Lines).

    FILE may be .txt, .html/.htm, .json (one document), .jsonl (one per line),
    .csv, a folder (walked recursively), or - for one document on standard
    input. The output shape is the `linimasa.analysis/1` contract
    (docs/contract.md). A bad input gives an {"error": ...} object and the
    command goes on; the exit status is 1 if any input failed.

    \b
    Examples:
      linimasa analyze --published 2024-06-07 article.txt
      linimasa analyze data/sample | jq '.events[] | .type'
      echo "Hamas menolak usulan Israel pada Senin." | linimasa analyze --published 2024-06-07 -
    """
    from ..analysis import Analyzer

    options = _options(published, source, text_col, title_col, date_col, url_col, date_format)
    try:
        analyzer = Analyzer(_resources(actors_files), stages.split(",") if stages else None)
    except LinimasaError as exc:
        raise click.ClickException(exc.message) from exc
    with tuned_gc():
        failed = _analyze_files(analyzer, files, options)
    sys.exit(1 if failed else 0)


def _analyze_files(analyzer, files, options) -> bool:
    """Write the contract object (or error object) of every document of `files`; True if any input failed.

    A progress bar (done/total, percentage, time left) goes to stderr when it is a terminal and the
    JSON goes elsewhere: on one terminal the two would write over each other."""
    from ..ingest.readers import iter_paths

    if "-" in files or render.is_terminal(sys.stdout):
        return _analyze_each(analyzer, files, options, sys.stdout, render.Quiet())
    with render.progress(lambda: render.count_documents(list(iter_paths(files))), unit="doc",
                         desc="analyze") as bar:
        return _analyze_each(analyzer, files, options, sys.stdout, bar)


def _analyze_each(analyzer, files, options, out, bar) -> bool:
    from ..contract import error_object, to_contract
    from ..ingest.readers import read_all, read_stdin

    failed = False
    for name in files:
        items = read_stdin(sys.stdin.buffer.read(), options) if name == "-" else read_all([name], options)
        any_item = False
        for item in analyzer.analyze_items(items):
            any_item = True
            bar.update()
            if isinstance(item, InputError):
                failed = True
                click.echo(item.message, err=True)
                record = error_object(item)
            else:
                record = to_contract(item)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if not any_item and name != "-":
            failed = True
            error = InputError("E401", path=name, paths=name)
            click.echo(error.message, err=True)
            out.write(json.dumps(error_object(error), ensure_ascii=False) + "\n")
    return failed


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@read_options
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (YAML).")
@click.option("--batch-size", default=64, show_default=True, help="Documents per transaction.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Processes that analyse; this one writes (DuckDB has one writer). See docs/performance.md.")
def ingest(paths, db, published, source, text_col, title_col, date_col, url_col, date_format, actors_files, batch_size,
           workers):
    """Analyse files and folders and store them in the database.

    Folders are walked recursively. A document already stored (same text) is
    counted as unchanged, so ingesting a folder twice changes nothing. Bad
    inputs are reported and recorded; the rest of the batch is stored. Exit
    status 1 if any input failed.

    \b
    Examples:
      linimasa ingest data/sample
      linimasa ingest --db gaza.duckdb --text-col body --date-col date articles.csv
      linimasa ingest --workers 2 --db day.duckdb corpus/   # analyse in 2 processes
    """
    from ..analysis import Analyzer
    from ..batch import ingest as run_ingest
    from ..ingest.readers import iter_paths

    options = _options(published, source, text_col, title_col, date_col, url_col, date_format)
    files = list(iter_paths(paths))
    if not files:
        raise click.ClickException(InputError("E401", paths=", ".join(paths)).message)
    if not any(path.exists() for path in files):
        # nothing to read: fail before the database file is made
        raise click.ClickException("; ".join(f"Cannot read {path}: no such file" for path in files))
    created = not Path(db).exists()
    store = _open_store(db)
    total = functools.partial(render.count_documents, files)
    if workers > 1:
        from ..parallel import ingest_parallel

        with tuned_gc(), render.progress(total, unit="doc", desc="ingest") as bar:
            summary = ingest_parallel(files, store, workers=workers, options=options, batch_size=batch_size,
                                      actor_files=actors_files, on_item=bar.update)
    else:
        analyzer = Analyzer(_resources(actors_files))
        with tuned_gc(), render.progress(total, unit="doc", desc="ingest") as bar:
            summary = run_ingest(files, store, analyzer=analyzer, options=options, batch_size=batch_size,
                                 on_item=bar.update)
    store.close()
    if created and summary.failed and not summary.new and not summary.unchanged:
        _remove_database(db)  # a run that stored nothing leaves no empty database behind
        click.echo(render.ingest_summary(summary, db).replace(f"→ {db}", f"(no database written to {db})"))
        sys.exit(1)
    click.echo(render.ingest_summary(summary, db), err=False)
    sys.exit(1 if summary.failed else 0)


def _remove_database(db: str) -> None:
    for path in (Path(db), Path(db + ".wal")):
        path.unlink(missing_ok=True)


@cli.command()
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--story", type=int, metavar="ID", help="Only this story (ids from `linimasa stories`).")
@click.option("--raw", is_flag=True, help="One row per report instead of one per merged event.")
def timeline(db, actor, event_type, date_from, date_to, as_json, limit, story, raw):
    """Print events in date order: date, type, source → target, evidence, documents.

    Reports of one real event are merged into one entry listing every document
    and outlet that reported it (`support`, `outlets`, `documents`, `evidence`
    in --json); --raw prints one row per report instead.

    \b
    Examples:
      linimasa timeline
      linimasa timeline --story 1 --json
      linimasa timeline --actor Blinken --from 2024-01-01 --json
    """
    from ..store.places import with_report_places
    from .corpus import emit, merged_lines, timeline_rows

    with _open_store(db, read_only=True) as store:
        merged = None if raw else timeline_rows(store, story=story, actor=actor, type=event_type,
                                                 date_from=date_from, date_to=date_to, limit=limit)
        if merged is None and story is not None:
            raise click.UsageError("--story needs the corpus tables; ingest again with this linimasa version")
        rows = merged if merged is not None else with_report_places(store.con, store.events(
            actor=actor, type=event_type, date_from=date_from, date_to=date_to, limit=limit))
    if merged is not None:
        emit(rows, as_json, merged_lines)
        return
    render.emit(rows, as_json, render.timeline_lines)


@cli.command()
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
@click.option("--limit", type=int, help="At most this many events.")
def events(db, actor, event_type, date_from, date_to, as_json, limit):
    """List stored events with every field, filtered by actor, type and date.

    \b
    Example:
      linimasa events --type REQUEST --actor USA --json
    """
    from ..store.places import with_report_places

    with _open_store(db, read_only=True) as store:
        rows = with_report_places(store.con, store.events(actor=actor, type=event_type, date_from=date_from,
                                                          date_to=date_to, limit=limit))
    render.emit(rows, as_json, render.event_lines)


@cli.command()
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
@click.option("--limit", type=int, help="At most this many quotes.")
@click.option("--story", type=int, metavar="ID", help="Only this story (ids from `linimasa stories`).")
@click.option("--width", type=click.IntRange(40), metavar="COLUMNS",
              help="Wrap quotes to this many columns (default: the terminal's width).")
def quotes(db, actor, event_type, date_from, date_to, as_json, limit, story, width):
    """List quotes whole, with their speakers and outlets, filtered by speaker and date.

    Each quote is printed in full, wrapped to --width or the terminal. With
    --story, the story's quote feed: quotes grouped by speaker, a quote
    repeated by copies listed once with all its sources.

    \b
    Examples:
      linimasa quotes --actor Blinken
      linimasa quotes --width 100 | less
      linimasa quotes --story 1
    """
    if event_type:
        raise click.UsageError("--type does not apply to quotes")
    if story is not None:
        from .corpus import emit, feed_lines, quote_rows

        with _open_store(db, read_only=True) as store:
            emit(quote_rows(store, story), as_json, functools.partial(feed_lines, width=width))
        return
    with _open_store(db, read_only=True) as store:
        rows = store.quotes(actor=actor, date_from=date_from, date_to=date_to, limit=limit)
    render.emit(rows, as_json, functools.partial(render.quote_lines, width=width))


@cli.command()
@db_option
@filter_options
@click.option("--category", "--series", "category", metavar="NAME",
              help="killed, injured, hostages, detained, displaced, people, money or other.")
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
@click.option("--limit", type=int, help="At most this many figures.")
@click.option("--story", type=int, metavar="ID", help="Only this story (ids from `linimasa stories`).")
def figures(db, actor, event_type, date_from, date_to, category, as_json, limit, story):
    """List reported figures (death tolls, hostages, money) with source and as-of date.

    With --story, the story's series over time: each value once, with its
    as-of date, who gave it and every outlet that reported it.

    \b
    Examples:
      linimasa figures --category killed
      linimasa figures --series killed --story 1
    """
    if event_type:
        raise click.UsageError("--type does not apply to figures; use --category")
    if story is not None:
        from .corpus import emit, figure_rows, series_lines

        with _open_store(db, read_only=True) as store:
            emit(figure_rows(store, story, category), as_json, series_lines)
        return
    with _open_store(db, read_only=True) as store:
        rows = store.figures(actor=actor, category=category, date_from=date_from, date_to=date_to, limit=limit)
    render.emit(rows, as_json, render.figure_lines)


@cli.command()
@db_option
@click.option("-o", "--output", default="linimasa-report.html", show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the HTML page.")
@filter_options
@click.option("--story", type=int, metavar="ID", help="Only this story (ids from `linimasa stories`).")
def report(db, output, actor, event_type, date_from, date_to, story):
    """Write a self-contained HTML report: the timeline with each evidence sentence highlighted.

    The page needs no network: styles are inline and there is no script from a CDN.

    \b
    Example:
      linimasa report -o gaza.html --actor Hamas
    """
    from ..export.html import write_report

    path = Path(output)
    with _open_store(db, read_only=True) as store:
        count = write_report(store, path, story=story, actor=actor, type=event_type, date_from=date_from,
                             date_to=date_to)
    click.echo(f"wrote {path} ({count} events)", err=True)


@cli.command()
@click.option("--search", metavar="NAME", help="Find dictionary entries by name or alias (fuzzy).")
@click.option("--unknown", is_flag=True, help="List names seen in the database that resolved to no actor.")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (YAML); extends or overrides the built-in one.")
@click.option("--limit", default=50, show_default=True, help="At most this many rows.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
def actors(search, unknown, actors_files, limit, db, as_json):
    """List the actor dictionary, search it, or show names that resolved to no one.

    \b
    Examples:
      linimasa actors --search blinken
      linimasa actors --search AS                     # the state and its family: Gedung Putih, Washington ...
      linimasa actors --unknown --db detik.duckdb     # the names to add to a user dictionary
      linimasa actors --actors my_actors.yaml --search "Kepala Dinas"
    """
    if unknown:
        with _open_store(db, read_only=True) as store:
            rows = store.unresolved_names(limit=limit)
            share = store.resolution_share()
        render.emit(rows, as_json, render.unknown_lines)
        if share["mentions"] and not as_json:
            click.echo(f"{share['resolved']} of {share['mentions']} PER/ORG mentions resolved "
                       f"({share['share']:.1%})", err=True)
        return
    dictionary = _resources(actors_files).actor_dictionary
    entries = dictionary.search(search) if search else list(dictionary.entries.values())
    if search:
        entries = _with_families(dictionary, entries)
    rows = [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "sector": e.sector,
             "family": dictionary.family(e.id),
             "aliases": list(e.aliases), "wikidata": e.wikidata,
             "roles": [{"title": r.title, "start": r.start, "end": r.end} for r in e.roles]}
            for e in entries[:limit]]
    render.emit(rows, as_json, render.actor_lines)
    if not as_json:
        click.echo(f"{len(entries)} entries" + (f" match '{search}'" if search else " in the dictionary"), err=True)


def _with_families(dictionary, entries: list) -> list:
    """Search hits followed by the rest of each hit's state family: "AS" finds Gedung Putih and Washington too."""
    out, seen = [], set()
    for entry in entries:
        family = dictionary.family(entry.id)
        for member in [entry, *(dictionary.family_members(family) if family else ())]:
            if member.id not in seen:
                seen.add(member.id)
                out.append(member)
    return out


from . import corpus as _corpus_commands  # noqa: E402,F401  (registers `stories`)


def main() -> None:
    cli(prog_name="linimasa")


if __name__ == "__main__":
    main()
from . import web as _web  # noqa: E402,F401  registers serve/export
from . import watch as _watch  # noqa: E402,F401  (registers watch, fetch, sources)
from . import scale as _scale  # noqa: E402,F401
