"""CSV with one row per merged event (named tabular.py so it never shadows `csv`).

Every column is described in COLUMNS below: its name, what it holds, and the GDELT 2.0
event-table column it matches, if any. docs/exports.md prints the same table and a test
keeps the two equal; `write_csv` also writes it next to the CSV as
`<name>.columns.csv`, so a file sent on its own still says what its columns mean.
The place columns (PLACE_DICTIONARY, issue 21) follow the rest, empty when no report names one.

A column carries a GDELT name only where it holds what GDELT's does (dates, actor
names and countries, QuadClass's numbering, the mention/source/article counts, the
first URL). linimasa's own codes get their own names: the PLOVER type is
`PloverType`, not GDELT's `EventCode` (a CAMEO code), and actor ids are `Actor1Id`,
not `Actor1Code` (a CAMEO actor code). The counts nest as GDELT's do:
NumMentions (sentences) >= NumArticles (documents) >= IndependentReports (documents
less copies) and NumArticles >= NumSources (outlets).

With `families=True` four columns follow the rest: the state family each actor is
part of ("Gedung Putih" -> USA, Amerika Serikat), empty for an actor of no family.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import duckdb

from ..store.places import merged_places
from ..web.queries import timeline
from .formatting import actor_details, family_of, member_facts, quad_name, type_name

QUAD_NUMBER = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}

# (column, meaning, the GDELT 2.0 event-table column it matches or "")
DICTIONARY: tuple[tuple[str, str, str], ...] = (
    ("GLOBALEVENTID", "the merged event's id (a hex string, stable across exports of one database)", "GLOBALEVENTID"),
    ("SQLDATE", "the day to sort by, YYYYMMDD: the event's day; for a coarser date the first day of its week, "
                "month or year; for an event the text does not date, the day of its first report. Read "
                "DatePrecision before reading it as the day of the event", "SQLDATE"),
    ("MonthYear", "YYYYMM of SQLDATE", "MonthYear"),
    ("Year", "YYYY of SQLDATE", "Year"),
    ("EventDate", "the event's day, YYYY-MM-DD, only when the text dates it to the day; empty otherwise", ""),
    ("DateEnd", "the last day of a span (\"this week\", \"since Friday\"), YYYY-MM-DD; empty for one day", ""),
    ("DatePrecision", "day, week, month, year or unknown: how precisely the text dates the event; report: the "
                      "text does not date it and SQLDATE is its first report's day", ""),
    ("ReportDate", "the day the event was first reported, YYYY-MM-DD", ""),
    ("Actor1Id", "linimasa actor id of the actor (PLOVER: actor), e.g. PSE.HAMAS or USA.GOV", ""),
    ("Actor1Name", "the actor's name", "Actor1Name"),
    ("Actor1CountryCode", "the actor's country, ISO 3166-1 alpha-3 (PSE for Palestinian actors)",
     "Actor1CountryCode"),
    ("Actor1Type", "person, organization, country or group", ""),
    ("Actor1Sector", "the actor's PLOVER sector code (GOV, MIL, REB, JRN ...)", ""),
    ("Actor2Id", "linimasa actor id of the recipient (PLOVER: recipient); empty when none is named", ""),
    ("Actor2Name", "the recipient's name", "Actor2Name"),
    ("Actor2CountryCode", "the recipient's country, ISO 3166-1 alpha-3", "Actor2CountryCode"),
    ("Actor2Type", "person, organization, country or group", ""),
    ("Actor2Sector", "the recipient's PLOVER sector code", ""),
    ("PloverType", "PLOVER event type (AGREE ... ASSAULT); not a CAMEO EventCode", ""),
    ("PloverMode", "PLOVER mode of the type, e.g. arrest or visit; empty when none", ""),
    ("EventName", "the type in Indonesian words, e.g. serangan", ""),
    ("QuadClass", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict "
                  "(PLOVER's quad class, numbered as GDELT numbers them)", "QuadClass"),
    ("QuadClassName", "the quad class in Indonesian words", ""),
    ("NumMentions", "sentences that report the event, in all documents, copies included; never below NumArticles",
     "NumMentions"),
    ("NumSources", "outlets that report it", "NumSources"),
    ("NumArticles", "documents that report it, copies included", "NumArticles"),
    ("IndependentReports", "documents that report it, a copy of another document counted once with it", ""),
    ("DATEADDED", "the day of its first report, YYYYMMDD", "DATEADDED"),
    ("SOURCEURL", "the URL of the first report that has one", "SOURCEURL"),
    ("Location", "the place the reports name for it, as written (not resolved to coordinates); empty when none",
     ""),
    ("Modality", "asserted when some report says it happened; irrealis when every report plans, expects or "
                 "supposes it", ""),
    ("Evidence", "the first sentence it was coded from", ""),
    ("DocIds", "the ids of every document that reports it, separated by ;", ""),
)
# Where the event happened (issue 21): GDELT's ActionGeo names where the meaning matches (full name,
# latitude, longitude); the country is ISO 3166-1 alpha-3 (GDELT's ActionGeo_CountryCode is FIPS), so its own name.
PLACE_DICTIONARY: tuple[tuple[str, str, str], ...] = (
    ("ActionGeo_FullName", "the gazetteer's name of the place most of its reports share; empty when none", "ActionGeo_FullName"),
    ("ActionGeo_Lat", "that place's latitude, decimal degrees", "ActionGeo_Lat"),
    ("ActionGeo_Long", "that place's longitude, decimal degrees", "ActionGeo_Long"),
    ("PlaceCountry", "that place's country, ISO 3166-1 alpha-3 (GDELT's ActionGeo_CountryCode is FIPS)", ""),
    ("PlaceAdmin1", "that place's province or state", ""),
    ("PlacePrecision", "how precise the place is (the gazetteer's level)", ""),
    ("PlaceGeonamesId", "that place's GeoNames id", ""),
)
DICTIONARY += PLACE_DICTIONARY
PLACE_COLUMNS = tuple(name for name, _, _ in PLACE_DICTIONARY)
COLUMNS = tuple(name for name, _, _ in DICTIONARY)
FAMILY_DICTIONARY: tuple[tuple[str, str, str], ...] = (
    ("Actor1FamilyCode", "with --families: the state the actor is part of (USA for Gedung Putih); empty for none", ""),
    ("Actor1FamilyName", "with --families: that state's name", ""),
    ("Actor2FamilyCode", "with --families: the state the recipient is part of", ""),
    ("Actor2FamilyName", "with --families: that state's name", ""),
)
FAMILY_COLUMNS = tuple(name for name, _, _ in FAMILY_DICTIONARY)


def dictionary_markdown(rows: tuple[tuple[str, str, str], ...] = DICTIONARY) -> str:
    """The column table of docs/exports.md (a test keeps the page equal to this; paste it after a change)."""
    lines = ["| column | meaning | GDELT 2.0 column |", "|---|---|---|"]
    lines += [f"| `{name}` | {meaning.replace('|', '/')} | {f'`{gdelt}`' if gdelt else '—'} |"
              for name, meaning, gdelt in rows]
    return "\n".join(lines)


def _day(value) -> str:
    return value.isoformat() if value else ""


def csv_rows(con: duckdb.DuckDBPyConnection, *, story: int | None = None,
             families: bool = False) -> list[dict[str, Any]]:
    family = family_of(con) if families else None
    found = timeline(con, story=story)
    facts = member_facts(con, [r["event_id"] for r in found])
    details = actor_details(con, [a for r in found for a in (r["source"], r["target"]) if a])
    from .plover import Rules

    rules = Rules.load()
    rows = []
    places = merged_places(con, [r["event_id"] for r in found])  # issue 21
    for row in found:
        day = row["date"] or row["sort_date"]
        precision = row["precision"] if row["date"] else "report"
        fact = facts.get(row["event_id"], {})
        out = {
            "GLOBALEVENTID": row["event_id"],
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": day.year if day else "",
            "EventDate": _day(row["date"]) if precision == "day" else "",
            "DateEnd": _day(row["date_end"]) if row["date"] and row["date_end"] != row["date"] else "",
            "DatePrecision": precision,
            "ReportDate": _day(row["first_reported"]),
            "PloverType": row["type"], "PloverMode": row["mode"] or "", "EventName": type_name(row["type"]),
            "QuadClass": QUAD_NUMBER.get(row["quad_class"], ""), "QuadClassName": quad_name(row["quad_class"]),
            # every document reports the event in at least one sentence, so mentions >= articles
            "NumMentions": max(fact.get("mentions", 0), row["support"]),
            "NumSources": row["outlets"], "NumArticles": row["support"], "IndependentReports": row["reports"],
            "DATEADDED": row["first_reported"].strftime("%Y%m%d") if row["first_reported"] else "",
            "SOURCEURL": next((s["url"] for s in row["sources"] if s["url"]), ""),
            "Location": fact.get("location") or "",
            "Modality": row["modality"],
            "Evidence": row["evidence"][0] if row["evidence"] else "",
            "DocIds": ";".join(row["documents"]),
        }
        out.update(_place_columns(places.get(row["event_id"])))
        for number, side in (("1", "source"), ("2", "target")):
            known = details.get(row[side], {}) if row[side] else {}
            out[f"Actor{number}Id"] = row[side] or ""
            out[f"Actor{number}Name"] = (row[f"{side}_name"] or row[side] or "") if row[side] else ""
            out[f"Actor{number}CountryCode"] = row[f"{side}_country"] or ""
            out[f"Actor{number}Type"] = known.get("kind") or ""
            out[f"Actor{number}Sector"] = rules.sector(known.get("sector")) or ""
            if family is not None:
                code, name = family.get(row[side], ("", ""))
                out[f"Actor{number}FamilyCode"], out[f"Actor{number}FamilyName"] = code, name
        rows.append(out)
    return rows


def dictionary_path(path: Path) -> Path:
    """Where the column dictionary of the CSV at `path` goes: events.csv -> events.columns.csv."""
    return path.with_name(path.stem + ".columns.csv")


def _place_columns(place: dict[str, Any] | None) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(PLACE_COLUMNS, "")
    values = (place["name"], place["lat"], place["lon"], place["country"], place["admin1"], place["precision"],
              place["geonames_id"])
    return {column: "" if value is None else value for column, value in zip(PLACE_COLUMNS, values)}


def write_csv(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
              families: bool = False) -> int:
    rows = csv_rows(con, story=story, families=families)
    columns = COLUMNS + FAMILY_COLUMNS if families else COLUMNS
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    with dictionary_path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("column", "meaning", "gdelt_column"))
        writer.writerows(DICTIONARY + (FAMILY_DICTIONARY if families else ()))
    return len(rows)
