"""`linimasa serve` (the web app and JSON API) and `linimasa export` (standard formats).

Registered on the `cli` group by an import at the end of main.py.
"""
from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import click

from .main import _open_store, cli, db_option

FORMATS = ("plover", "csv", "parquet", "graphml", "timelinejs", "html", "geojson")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the data to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-ingest", is_flag=True, help="Open the database for writing and accept POST /api/documents.")
@click.option("--token", envvar="LINIMASA_TOKEN", metavar="SECRET",
              help="Bearer token POST /api/documents must send (or set LINIMASA_TOKEN). Needed with --allow-ingest.")
@click.option("--max-body", default=5 * 1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest request body accepted, in bytes.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow GET requests from this web origin (repeatable). None by default.")
@click.option("--watch", "sources_file", type=click.Path(exists=True, dir_okay=False), metavar="SOURCES",
              help="Also follow the feeds and pages in SOURCES (as `linimasa watch`), inside this process, "
                   "so new articles appear in the app without a restart.")
def serve(db, host, port, allow_ingest, token, max_body, cors_origins, sources_file):
    """Serve the web app and JSON API over a database (read-only unless --allow-ingest).

    Open http://127.0.0.1:8000/ for the timeline, actor network, event table,
    figures and quotes; the API is under /api and described by /openapi.json.
    The "Show state families / parts" toggle merges a state's bodies (Gedung
    Putih, Pemerintah AS ...) into the state; the address bar keeps it, so a
    link such as /?view=network&families=1 opens that view.

    \b
    Examples:
      linimasa serve
      linimasa serve --db gaza.duckdb --port 8080
      LINIMASA_TOKEN=s3cret linimasa serve --allow-ingest
      linimasa serve --watch sources.toml        # follow feeds; new articles show up live
      curl -H "Authorization: Bearer s3cret" -H "Content-Type: application/json" \\
           -d '{"documents": [{"text": "...", "published": "2024-06-07"}]}' http://127.0.0.1:8000/api/documents
    """
    import uvicorn

    from ..errors import LinimasaError
    from ..web.app import create_app

    if allow_ingest and not token:
        raise click.UsageError("--allow-ingest needs --token (or LINIMASA_TOKEN)")
    if not allow_ingest and not sources_file and not Path(db).exists():
        raise click.ClickException(f"{db} does not exist; run `linimasa ingest --db {db} PATH` first")
    if not _loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the database", err=True)
    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token, max_body_bytes=max_body,
                         cors_origins=tuple(cors_origins), writable=bool(sources_file))
        if sources_file:
            from ..ingest.watch import start_background_watch

            start_background_watch(db, sources_file)
    except LinimasaError as exc:
        raise click.ClickException(exc.message) from exc
    mode = "read-write" if allow_ingest or sources_file else "read-only"
    click.echo(f"linimasa: http://{host}:{port}/ ({mode} {db}"
               + (f", watching {sources_file})" if sources_file else ")"), err=True)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("LINIMASA_LOG_LEVEL", "warning"))


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("--story", type=int, metavar="ID", help="Only this story (ids from `linimasa stories`).")
@click.option("--group", type=click.Choice(("quad", "story", "actor", "type")), default="quad", show_default=True,
              help="timelinejs: group slides by PLOVER quad class (4 groups), or by the largest few stories, "
                   "source actors or event types (the rest in one group), so the time navigation stays readable.")
@click.option("--families", is_flag=True,
              help="State families (Gedung Putih, Pemerintah AS ... -> USA, Amerika Serikat). graphml: one node per "
                   "family, parts in a node attribute; csv: Actor1/2FamilyCode and FamilyName columns; plover: "
                   "family and family_name in actor and recipient; timelinejs --group actor: one group per family.")
@click.option("-o", "--output", required=True, type=click.Path(), help="File to write (a folder for parquet).")
def export(db, fmt, story, group, families, output):
    """Export events to a standard format: PLOVER JSON, CSV, Parquet, GraphML, TimelineJS, HTML or GeoJSON.

    \b
      plover      PLOVER JSON (the data model's field names), one record per merged event
      csv         one row per merged event, GDELT-like columns; OUTPUT.columns.csv says what each means
      parquet     every table, one .parquet file per table in the folder OUTPUT
      graphml     the actor network (Gephi, networkx)
      timelinejs  Knight Lab TimelineJS JSON, Indonesian locale, grouped by quad class
      html        the self-contained report (as `linimasa report`)
      geojson     RFC 7946 points, one per merged event with a place

    \b
    Examples:
      linimasa export --format csv -o events.csv
      linimasa export --format graphml --story 1 -o gaza.graphml
      linimasa export --format graphml --families -o states.graphml
      linimasa export --format csv --families -o events.csv     # + Actor1FamilyCode ...
      linimasa export --format timelinejs --story 3 -o story.json   # docs/exports.md: embedding it
      linimasa export --format plover --families -o events.json # + actor.family, family_name
      linimasa export --format parquet -o tables/
      linimasa export --format geojson --story 1 -o places.geojson
    """
    path = Path(output)
    if families and fmt in ("parquet", "html", "geojson"):
        raise click.UsageError(f"--families does not apply to --format {fmt} (graphml, csv, plover, timelinejs)")
    with _open_store(db, read_only=True) as store:
        con = store.con
        if fmt == "plover":
            from ..export.plover import write_plover

            count = f"{write_plover(con, path, story=story, families=families)} events"
        elif fmt == "csv":
            from ..export.tabular import write_csv

            from ..export.tabular import dictionary_path

            count = (f"{write_csv(con, path, story=story, families=families)} events; "
                     f"what each column means: {dictionary_path(path)}")
        elif fmt == "parquet":
            from ..export.parquet import write_parquet

            count = f"{len(write_parquet(con, path, story=story))} tables"
        elif fmt == "graphml":
            from ..export.graphml import write_graphml

            count = f"{write_graphml(con, path, story=story, families=families)} actors"
        elif fmt == "timelinejs":
            from ..export.timelinejs import write_timelinejs

            count = f"{write_timelinejs(con, path, story=story, group_by=group, families=families)} events"
        elif fmt == "geojson":
            from ..export.geojson import write_geojson

            count = f"{write_geojson(con, path, story=story)} events with a place"
        else:
            count = f"{_write_html(store, path, story)} events"
    click.echo(f"wrote {path} ({count})", err=True)


def _write_html(store, path: Path, story: int | None) -> int:
    """The `linimasa report` page; with a story, only its events, titled by its label."""
    from ..export.html import write_report
    from ..store import corpus as tables

    title = "linimasa timeline"
    if story is not None and tables.has_corpus(store.con):
        label = next((s["label"] for s in tables.stories(store.con) if s["story_id"] == story), None)
        title = f"linimasa: {label}" if label else title
    return write_report(store, path, story=story, title=title)
