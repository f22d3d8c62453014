"""Corpus commands: stories, and the story views of timeline, figures and quotes.

`stories` is registered on the `cli` group here; main.py's `timeline`,
`figures` and `quotes` call the `*_rows`/`*_lines` helpers below for `--story`.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import json
from datetime import date, datetime

import click

from ..export.formatting import support_text
from . import render
from .main import _open_store, cli, db_option


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Write JSON Lines instead of a table.")
@click.option("--limit", type=int, help="At most this many stories (largest first).")
def stories(db, as_json, limit):
    """List stories, largest first: id, label, documents, events and dates.

    A story groups the documents about one ongoing matter (shared meaning,
    actors, terms and time); copies of a document join their original's story.
    Use the id with `timeline --story`, `figures --story` and `quotes --story`.

    \b
    Examples:
      linimasa stories
      linimasa stories --json | jq '.label'
      linimasa timeline --story 1
    """
    from ..store import corpus as tables

    with _open_store(db, read_only=True) as store:
        rows = tables.stories(store.con) if tables.has_corpus(store.con) else []
    emit(rows[:limit] if limit else rows, as_json, story_lines)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def emit(rows: list[dict[str, Any]], as_json: bool, lines) -> None:
    """Like render.emit, for rows with nested lists of sources (dates inside them too)."""
    if not as_json:
        render.emit(rows, False, lines)
        return
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=_jsonable))


def story_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        dates = f"{row['first_date'] or '?'} – {row['last_date'] or '?'}"
        copies = row["documents"] - row["size"]
        yield (f"{row['story_id']:>4}  {row['label'] or '(no label)'}\n"
               f"      {row['size']} documents" + (f" (+{copies} copies)" if copies else "")
               + f", {row['events']} events, {dates}")


def timeline_rows(store, **filters) -> list[dict[str, Any]] | None:
    """Merged events for `timeline`, or None when the corpus tables are empty (per-report rows then)."""
    from ..corpus.timeline import merged_timeline
    from ..store import corpus as tables
    from ..store.places import with_merged_places

    if not tables.has_corpus(store.con):
        return None
    return with_merged_places(store.con, merged_timeline(store.con, **filters))


def merged_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    width = render._width()
    for row in rows:
        day = _event_day(row)
        kind = row["type"] + (f"/{row['mode']}" if row.get("mode") else "")
        who = (f"{render._actor(row.get('source_name'), row.get('source'), row.get('source_country'))} → "
               f"{render._actor(row.get('target_name'), row.get('target'), row.get('target_country'))}")
        yield f"{day:<24} {kind:<20} {who}{render.place_text(row)}  [{support_text(row)}]"
        for text in row["evidence"][:2]:
            yield f"{'':<24} “{render._clip(text, width - 30)}”"
        outlets = ", ".join(dict.fromkeys(render.outlet(s["outlet"], s.get("url")) for s in row["sources"]))
        yield f"{'':<24} — {render._clip(outlets, width - 30)}"


def _event_day(row: dict[str, Any]) -> str:
    if row.get("date") is None:
        return f"~{row['sort_date']} (report)" if row.get("sort_date") else "undated"
    day = str(row["date"]) + (f"..{row['date_end']}" if row.get("date_end") else "")
    return day if row["precision"] == "day" else f"{day} ({row['precision']})"


def figure_rows(store, story: int, category: str | None) -> list[dict[str, Any]]:
    from ..corpus.timeline import figure_series

    return figure_series(store.con, story, category)


def series_lines(rows: list[dict[str, Any]]) -> Iterable[str]:
    for row in rows:
        day = row["as_of"].isoformat() if row.get("as_of") else "undated"
        value = f"{row['value']:,.0f}".replace(",", ".")
        source = row.get("source_name") or row.get("attributed_to") or "-"
        outlets = ", ".join(dict.fromkeys(render.outlet(s["outlet"], s.get("url")) for s in row["sources"]))
        yield (f"{day:<12} {row['category']:<10} {row['qualifier']:<10} {value:>14}  {row.get('subject') or ''}"
               f"  (source: {source}; reported by {outlets})")


def quote_rows(store, story: int) -> list[dict[str, Any]]:
    from ..corpus.timeline import quote_feed

    feed = quote_feed(store.con, story)
    # the feed names outlets; an article without one is named by its site, so its URL is looked up
    ids = sorted({source["doc_id"] for speaker in feed for quote in speaker["quotes"] for source in quote["sources"]})
    urls = dict(store.con.execute("SELECT doc_id, url FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                  [ids]).fetchall()) if ids else {}
    for speaker in feed:
        for quote in speaker["quotes"]:
            for source in quote["sources"]:
                source.setdefault("url", urls.get(source["doc_id"]))
    return feed


def feed_lines(rows: list[dict[str, Any]], width: int | None = None) -> Iterable[str]:
    """A story's quotes by speaker, each whole, wrapped to `width` (the terminal's by default), with its outlets."""
    width = width or render._width()
    for speaker in rows:
        yield from render.wrap(f"{speaker['speaker_name'] or speaker['speaker'] or '?'} ({len(speaker['quotes'])})",
                               width, "  ")
        for quote in speaker["quotes"]:
            day = quote["date"].isoformat() if quote.get("date") else "undated"
            outlets = ", ".join(dict.fromkeys(render.outlet(s.get("outlet"), s.get("url")) for s in quote["sources"]))
            yield from render.wrap(f"{day:<12} {quote['kind']:<9} — {outlets}", width, " " * 4, first="  ")
            yield from render.wrap(f"“{quote['text']}”", width, " " * 4)
