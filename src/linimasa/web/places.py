"""What the map shows (issue 21): a story's merged events grouped by place, for GET /api/places.

One point per place (same GeoNames id, else same name and position), so two
events in Kairo are one point that opens both. A point's `support` is the sum
of its events' support (the documents reporting them), which sizes it; its
`quad_class` is the class with the most support among its events, ties going to
the more conflictual class (material conflict first), which colours it.
Events without a place, or whose place has no coordinates, are counted in
`unplaced` (the GeoJSON export leaves the same events out).
"""
from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from ..document import QUAD_ORDER
from ..export.geojson import placed_events
from ..store.places import place_key

# Tie order for a point's colour: the more conflictual class first.


def _event(row: dict[str, Any]) -> dict[str, Any]:
    return {"event_id": row["event_id"], "type": row["type"], "quad_class": row["quad_class"],
            "date": row["date"], "date_end": row["date_end"], "precision": row["precision"],
            "sort_date": row["sort_date"], "modality": row["modality"], "support": row["support"],
            "outlets": row["outlets"], "source": row["source"], "source_name": row["source_name"],
            "target": row["target"], "target_name": row["target_name"],
            "evidence": row["evidence"][0] if row["evidence"] else None}


def story_places(con: duckdb.DuckDBPyConnection, *, story: int | None = None) -> dict[str, Any]:
    """{"places": [...], "events": placed events, "unplaced": events with no point}, most supported place first."""
    found, unplaced = placed_events(con, story=story)
    points: dict[str, dict[str, Any]] = {}
    for row, place in found:
        point = points.setdefault(place_key(place), {
            "key": place_key(place), "name": place["name"], "country": place["country"], "admin1": place["admin1"],
            "precision": place["precision"], "geonames_id": place["geonames_id"], "lat": place["lat"],
            "lon": place["lon"], "support": 0, "quads": {}, "events": []})
        point["support"] += row["support"]
        point["quads"][row["quad_class"]] = point["quads"].get(row["quad_class"], 0) + row["support"]
        point["events"].append(_event(row))
    for point in points.values():
        point["quad_class"] = max(point["quads"], key=lambda q: (point["quads"][q], -QUAD_ORDER.index(q)))
        point["events"].sort(key=lambda e: (-e["support"], e["sort_date"] or date.max, e["event_id"]))
    places = sorted(points.values(), key=lambda p: (-p["support"], p["name"], p["key"]))
    return {"places": places, "events": len(found), "unplaced": unplaced}
