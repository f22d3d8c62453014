"""GeoJSON (RFC 7946): one Point feature per merged event that has a place with coordinates.

One feature per event, not per place, as GDELT and ACLED publish theirs: every
feature is one event with its own date, type and support, so a GIS tool can
filter, colour and time-slide them, and a place's events are those features
that share its `geonames_id`. (The web map groups them per place:
`web/places.py`.)

- `geometry` is a Point `[lon, lat]` (longitude first, RFC 7946 3.1.1) in
  WGS 84, rounded to 6 decimals; the feature's `id` is the merged event id.
- `properties` are flat, so QGIS and spreadsheets read them as columns:
  the event (`event_type`, `mode`, `quad_class`, `date`, `date_end`,
  `date_precision`, `modality`, `support`, `reports`, `outlets`), its actors
  by id and name (`source`, `source_name`, `target`, `target_name`), its
  place (`place_name`, `place_text`, `place_country`, `place_admin1`,
  `place_precision`, `place_basis`, `geonames_id`, `place_reports`: how
  many reports name it) and its evidence (`evidence`: the first evidence
  sentence, `evidence_url`: the first report's article, `evidence_api`: the
  path of the event's evidence in the web API).
- A merged event's place is the one most of its reports share
  (`store/places.py`). Events without a place, or whose place has no
  coordinates, are left out; `linimasa.events_without_place` counts them.
- There is no `crs` member: RFC 7946 removed it, coordinates are always WGS 84.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..store.places import merged_places
from ..web.queries import timeline

FORMAT = "linimasa.geojson/1"
DECIMALS = 6  # ~0.1 m, RFC 7946 11.2's advice; the gazetteer is far coarser


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def placed_events(con: duckdb.DuckDBPyConnection, *, story: int | None = None
                  ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], int]:
    """(timeline row, place) for each merged event whose place has coordinates, and how many have none."""
    rows = timeline(con, story=story)
    places = merged_places(con, [r["event_id"] for r in rows])
    found = []
    for row in rows:
        place = places.get(row["event_id"])
        if place and place["lat"] is not None and place["lon"] is not None:
            found.append((row, place))
    return found, len(rows) - len(found)


def feature(row: dict[str, Any], place: dict[str, Any]) -> dict[str, Any]:
    dated = row["date"] is not None
    first = next((s for s in row["sources"] if s.get("url")), None)
    return {
        "type": "Feature",
        "id": row["event_id"],
        "geometry": {"type": "Point",
                     "coordinates": [round(float(place["lon"]), DECIMALS), round(float(place["lat"]), DECIMALS)]},
        "properties": {
            "event_id": row["event_id"], "event_type": row["type"], "mode": row["mode"],
            "quad_class": row["quad_class"],
            "date": _iso(row["date"] or row["sort_date"]), "date_end": _iso(row["date_end"]),
            "date_precision": row["precision"] if dated else "report", "modality": row["modality"],
            "support": row["support"], "reports": row["reports"], "outlets": row["outlets"],
            "source": row["source"], "source_name": row["source_name"] or row["source"],
            "target": row["target"], "target_name": row["target_name"] or row["target"],
            "place_name": place["name"], "place_text": place["text"], "place_country": place["country"],
            "place_admin1": place["admin1"], "place_precision": place["precision"], "place_basis": place["basis"],
            "geonames_id": place["geonames_id"], "place_reports": place["place_reports"],
            "evidence": row["evidence"][0] if row["evidence"] else None,
            "evidence_url": first["url"] if first else None,
            "evidence_api": f"/api/events/{row['event_id']}",
        },
    }


def geojson_document(con: duckdb.DuckDBPyConnection, *, story: int | None = None) -> dict[str, Any]:
    found, unplaced = placed_events(con, story=story)
    features = [feature(row, place) for row, place in found]
    document: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if features:
        lons = [f["geometry"]["coordinates"][0] for f in features]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        document["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    # A foreign member (RFC 7946 6.1): what the file is and what it leaves out.
    document["linimasa"] = {"format": FORMAT, "story": story, "events": len(features),
                            "events_without_place": unplaced}
    return document


def write_geojson(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None) -> int:
    document = geojson_document(con, story=story)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(document["features"])
