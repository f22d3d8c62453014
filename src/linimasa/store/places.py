"""Where merged events happened: the place most of an event's reports share (issue 21).

Each per-document event's gazetteer place is stored in `event_places` (written
with the document, `store.db.document_rows`). A merged event's place is not
stored a second time: the view `merged_event_places` derives it from its
members, so it is always the place of the reports the event holds now, also
after the corpus update moves reports between events, and an old database's
merged events get places as soon as their reports have them.

How the view picks one place among an event's reports:
1. places named in the event's own clause (`basis` clause) before datelines,
   which say where the reporter was, not where it happened;
2. then the place most reports share (same GeoNames id, else same name);
3. then the finer place (site, city, admin2, admin1, country);
4. then the first report in ingest order.
`place_reports` is how many reports name the chosen place, `placed_reports`
how many name any place.
"""
from __future__ import annotations

from typing import Any

import duckdb

from .migrations import migration

# Finer first: the order a tie between two places of the same support is broken in.
PLACE_PRECISION = ("site", "city", "admin2", "admin1", "country")
PLACE_FIELDS = ("name", "text", "country", "precision", "basis", "geonames_id", "lat", "lon", "admin1")


@migration("0200_merged_event_places")
def merged_event_places_view(con: duckdb.DuckDBPyConnection) -> None:
    ranks = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PLACE_PRECISION))
    con.execute(f"""
        CREATE VIEW merged_event_places AS
        WITH member_places AS (
            SELECT m.event_id, p.*, c.seq,
                   coalesce(CAST(p.geonames_id AS VARCHAR), lower(p.name)) AS place_key
            FROM merged_event_members m
            JOIN event_places p ON p.doc_id = m.doc_id AND p.idx = m.idx
            JOIN corpus_documents c ON c.doc_id = m.doc_id),
        counted AS (
            SELECT *,
                   count(*) FILTER (WHERE basis = 'clause') OVER (PARTITION BY event_id, place_key) AS clause_reports,
                   count(*) OVER (PARTITION BY event_id, place_key) AS place_reports,
                   count(*) OVER (PARTITION BY event_id) AS placed_reports
            FROM member_places)
        SELECT event_id, name, text, country, precision, basis, geonames_id, lat, lon, admin1,
               place_reports, placed_reports
        FROM counted
        QUALIFY row_number() OVER (
            PARTITION BY event_id
            ORDER BY clause_reports DESC, place_reports DESC, CASE precision {ranks} ELSE 9 END, seq, idx) = 1""")


def merged_places(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Merged event id -> its place (`PLACE_FIELDS`, `place_reports`, `placed_reports`), for those that have one.

    Empty for a database made before places were stored and opened read-only (not migrated)."""
    if not event_ids or not has_places(con):
        return {}
    cursor = con.execute("SELECT * FROM merged_event_places WHERE event_id IN (SELECT unnest(?))", [event_ids])
    names = [d[0] for d in cursor.description]
    found = {}
    for row in cursor.fetchall():
        record = dict(zip(names, row))
        found[record.pop("event_id")] = record
    return found


def has_places(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'merged_event_places'"
                            ).fetchone()[0])


def place_key(place: dict[str, Any]) -> str:
    """What makes two places one point on the map: the GeoNames id, else the name and position."""
    if place.get("geonames_id") is not None:
        return f"g{place['geonames_id']}"
    return f"n{(place.get('name') or '').casefold()}@{place.get('lat')},{place.get('lon')}"


def export_place(place: dict[str, Any] | None) -> dict[str, Any] | None:
    """The place as the PLOVER and TimelineJS exports give it (the shape of StoryMapJS's slide `location`,
    `lat`, `lon` and `name`, and ours): None for an event with no place."""
    if place is None:
        return None
    return {"name": place["name"], "lat": place["lat"], "lon": place["lon"], "country": place["country"],
            "admin1": place["admin1"], "precision": place["precision"], "geonames_id": place["geonames_id"]}


# The place as the web API and the CLI's JSON give it with an event (the shape only grows).
VIEW_FIELDS = ("name", "country", "precision", "lat", "lon", "admin1")


def view_place(place: dict[str, Any] | None) -> dict[str, Any] | None:
    """`VIEW_FIELDS` of a place, or None for an event with no place."""
    return None if place is None else {k: place[k] for k in VIEW_FIELDS}


def with_merged_places(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set `place` (`view_place`) on merged-event rows (keyed by `event_id`), in one query for all of them."""
    places = merged_places(con, [r["event_id"] for r in rows])
    for row in rows:
        row["place"] = view_place(places.get(row["event_id"]))
    return rows


def with_report_places(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set `place` (`view_place`) on per-document event rows (keyed by `doc_id`, `idx`) from `event_places`."""
    places: dict[tuple[str, int], dict[str, Any]] = {}
    if rows and con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_places'"
                            ).fetchone()[0]:
        cursor = con.execute(f"""
            SELECT doc_id, idx, {', '.join(VIEW_FIELDS)} FROM event_places
            WHERE doc_id IN (SELECT unnest(?))""", [sorted({r["doc_id"] for r in rows})])
        for doc_id, idx, *values in cursor.fetchall():
            places[(doc_id, idx)] = dict(zip(VIEW_FIELDS, values))
    for row in rows:
        row["place"] = places.get((row["doc_id"], row["idx"]))
    return rows
