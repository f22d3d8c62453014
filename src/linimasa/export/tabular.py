"""CSV with one row per merged event and GDELT-like columns (named tabular.py so it never shadows `csv`).

Column names follow GDELT 2.0's event table where the meaning matches
(`GLOBALEVENTID`, `SQLDATE`, `Actor1Code`, `Actor1Name`, `Actor1CountryCode`,
`EventCode`, `QuadClass`, `NumMentions`, `NumSources`, `NumArticles`,
`SOURCEURL`); `EventCode` holds a PLOVER type, not a CAMEO code, and
`QuadClass` uses GDELT's numbering (1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict). linimasa's own columns
follow: date precision, modality, evidence and document ids, then the place
(`PLACE_COLUMNS`, empty when no report names one).

With `families=True` four columns follow the rest: `Actor1FamilyCode`,
`Actor1FamilyName`, `Actor2FamilyCode`, `Actor2FamilyName`, the state family
each actor is part of ("Gedung Putih" -> USA, Amerika Serikat), empty for an
actor of no state family. They are added, not put in place of `Actor1Code`,
so every column keeps its meaning (CONTRACT.md: output only grows) and a
spreadsheet can group by family while still seeing which body acted.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import duckdb

from ..store.places import merged_places
from ..web.queries import timeline
from .formatting import family_of

QUAD_NUMBER = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}
COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
           "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventMode", "QuadClass", "NumMentions",
           "NumSources", "NumArticles", "DATEADDED", "SOURCEURL", "DateEnd", "DatePrecision", "Modality",
           "Evidence", "DocIds")
# Where the event happened (issue 21): GDELT's ActionGeo names where the meaning matches (full name,
# latitude, longitude); the country is ISO 3166-1 alpha-3 (GDELT's ActionGeo_CountryCode is FIPS), so its own name.
PLACE_COLUMNS = ("ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long", "PlaceCountry", "PlaceAdmin1",
                 "PlacePrecision", "PlaceGeonamesId")
COLUMNS += PLACE_COLUMNS
FAMILY_COLUMNS = ("Actor1FamilyCode", "Actor1FamilyName", "Actor2FamilyCode", "Actor2FamilyName")


def csv_rows(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
             families: bool = False) -> list[dict[str, Any]]:
    family = family_of(con) if families else None
    rows = []
    merged = timeline(con, story=story)
    places = merged_places(con, [r["event_id"] for r in merged])
    for row in merged:
        day = row["date"] or row["sort_date"]
        rows.append({
            "GLOBALEVENTID": row["event_id"],
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": day.year if day else "",
            "Actor1Code": row["source"] or "", "Actor1Name": row["source_name"] or "",
            "Actor1CountryCode": row["source_country"] or "",
            "Actor2Code": row["target"] or "", "Actor2Name": row["target_name"] or "",
            "Actor2CountryCode": row["target_country"] or "",
            "EventCode": row["type"], "EventMode": row["mode"] or "",
            "QuadClass": QUAD_NUMBER.get(row["quad_class"], ""),
            "NumMentions": row["reports"], "NumSources": row["outlets"], "NumArticles": row["support"],
            "DATEADDED": row["first_reported"].strftime("%Y%m%d") if row["first_reported"] else "",
            "SOURCEURL": next((s["url"] for s in row["sources"] if s["url"]), ""),
            "DateEnd": row["date_end"].isoformat() if row["date_end"] else "",
            "DatePrecision": row["precision"] if row["date"] else "report",
            "Modality": row["modality"],
            "Evidence": row["evidence"][0] if row["evidence"] else "",
            "DocIds": ";".join(row["documents"]),
        })
        rows[-1].update(_place_columns(places.get(row["event_id"])))
        if family is not None:
            for number, side in (("1", "source"), ("2", "target")):
                code, name = family.get(row[side], ("", ""))
                rows[-1][f"Actor{number}FamilyCode"], rows[-1][f"Actor{number}FamilyName"] = code, name
    return rows


def _place_columns(place: dict[str, Any] | None) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(PLACE_COLUMNS, "")
    values = (place["name"], place["lat"], place["lon"], place["country"], place["admin1"], place["precision"],
              place["geonames_id"])
    return {column: "" if value is None else value for column, value in zip(PLACE_COLUMNS, values)}


def write_csv(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
              families: bool = False) -> int:
    rows = csv_rows(con, story=story, families=families)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS + FAMILY_COLUMNS if families else COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
