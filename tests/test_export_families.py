"""`linimasa export --families` (issue 17): each actor's state family next to it in csv, plover and timelinejs.

The store is built from invented articles: Gedung Putih, Pemerintah AS and
Washington are parts of one family (USA, Amerika Serikat); Hamas belongs to
no state family. Without the flag every format stays as it was.
"""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.export.tabular import COLUMNS, FAMILY_COLUMNS
from linimasa.store.db import Store
from linimasa.web.ingest import ingest_objects

ARTICLES = [
    {"title": "Gedung Putih kecam Rusia", "published": "2024-06-04", "source": "Kabar Uji",
     "text": "Gedung Putih mengecam Rusia atas serangan ke kota pelabuhan Odesa pada Senin (3/6/2024).\n"
             "Juru bicaranya menyebut serangan itu melanggar hukum perang."},
    {"title": "Pemerintah AS bertemu Turki", "published": "2024-06-05", "source": "Kabar Uji",
     "text": "Pemerintah AS bertemu dengan Turki di Ankara pada Selasa (4/6/2024) untuk membahas gencatan senjata.\n"
             "Pertemuan itu berlangsung selama tiga jam."},
    {"title": "Washington desak Iran", "published": "2024-06-06", "source": "Kabar Uji",
     "text": "Washington mendesak Iran menghentikan pengayaan uranium pada Rabu (5/6/2024).\n"
             "Iran belum menanggapi desakan tersebut."},
    {"title": "Hamas tolak usulan", "published": "2024-06-07", "source": "Kabar Uji",
     "text": "Hamas menuduh Israel melanggar kesepakatan di Rafah pada Kamis (6/6/2024).\n"
             "Tuduhan itu disampaikan lewat pernyataan tertulis."},
]
USA_PARTS = {"USA", "USA.GOV", "USA.WH"}


@pytest.fixture(scope="module")
def db(tmp_path_factory, analyzer):
    path = tmp_path_factory.mktemp("families") / "families.duckdb"
    with Store(path) as store:
        results = ingest_objects(ARTICLES, store, analyzer)
    assert all(r.status == "new" for r in results)
    return path


def export(db, tmp_path, fmt, *extra):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return tuple(reader.fieldnames), list(reader)


def test_export_csv_families_adds_family_columns_after_the_rest(db, tmp_path):
    header, rows = read_csv(export(db, tmp_path, "csv", "--families"))
    assert header == COLUMNS + FAMILY_COLUMNS
    by_source = {r["Actor1Id"]: r for r in rows}
    assert {"USA.WH", "USA.GOV", "PSE.HAMAS"} <= by_source.keys()
    for part in ("USA.WH", "USA.GOV"):  # Gedung Putih, Pemerintah AS and Washington
        row = by_source[part]
        assert (row["Actor1FamilyCode"], row["Actor1FamilyName"]) == ("USA", "Amerika Serikat")
        assert row["Actor1Id"] == part  # the part stays in its own column
    hamas = by_source["PSE.HAMAS"]
    assert (hamas["Actor1FamilyCode"], hamas["Actor1FamilyName"]) == ("", "")
    assert (hamas["Actor2FamilyCode"], hamas["Actor2FamilyName"]) == ("ISR", "Israel")
    targets = {r["Actor2Id"]: (r["Actor2FamilyCode"], r["Actor2FamilyName"]) for r in rows}
    assert targets["RUS"] == ("RUS", "Rusia") and targets["TUR"] == ("TUR", "Turki")


def test_export_csv_default_output_is_unchanged(db, tmp_path):
    header, plain = read_csv(export(db, tmp_path, "csv"))
    assert header == COLUMNS
    _, families = read_csv(export(db, tmp_path, "csv", "--families"))
    assert [{k: r[k] for k in COLUMNS} for r in families] == plain


def test_export_plover_families_adds_family_to_actor_and_recipient(db, tmp_path):
    events = json.loads(export(db, tmp_path, "plover", "--families").read_text(encoding="utf-8"))["events"]
    usa = [e["actor"] for e in events if e["actor"] and e["actor"]["actor_id"] in USA_PARTS]
    assert {a["actor_id"] for a in usa} >= {"USA.WH", "USA.GOV"}
    assert all((a["family"], a["family_name"]) == ("USA", "Amerika Serikat") for a in usa)
    hamas = next(e for e in events if e["actor"] and e["actor"]["actor_id"] == "PSE.HAMAS")
    assert hamas["actor"]["family"] is None and hamas["actor"]["family_name"] is None
    assert hamas["recipient"]["family"] == "ISR"
    plain = json.loads(export(db, tmp_path, "plover").read_text(encoding="utf-8"))["events"]
    assert all("family" not in (e["actor"] or {}) for e in plain)
    strip = [{k: v for k, v in e["actor"].items() if not k.startswith("family")} for e in events if e["actor"]]
    assert strip == [e["actor"] for e in plain if e["actor"]]


def test_export_timelinejs_families_groups_a_state_bodies_together(db, tmp_path):
    plain = json.loads(export(db, tmp_path, "timelinejs", "--group", "actor").read_text(encoding="utf-8"))["events"]
    grouped = json.loads(export(db, tmp_path, "timelinejs", "--group", "actor", "--families")
                         .read_text(encoding="utf-8"))["events"]
    assert {"Gedung Putih", "Pemerintah Amerika Serikat"} <= {e["group"] for e in plain}
    groups = {e["text"]["headline"]: e["group"] for e in grouped}
    usa = [group for headline, group in groups.items()
           if headline.startswith(("Gedung Putih", "Pemerintah Amerika Serikat"))]
    assert len(usa) >= 2 and set(usa) == {"Amerika Serikat"}
    assert "Hamas" in groups.values()


@pytest.mark.parametrize("fmt", ["parquet", "html"])
def test_export_families_refused_where_it_means_nothing(db, tmp_path, fmt):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "--families",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--families" in result.output


def test_export_help_shows_a_families_example():
    text = CliRunner().invoke(cli, ["export", "--help"]).output
    assert "--format csv --families" in text and "--format plover --families" in text


def test_export_family_of_names_a_state_never_stored_from_the_dictionary():
    import duckdb

    from linimasa.export.formatting import family_of

    con = duckdb.connect()
    con.execute("CREATE TABLE actors (actor_id VARCHAR, kind VARCHAR, name VARCHAR, country VARCHAR, "
                "sector VARCHAR, local BOOLEAN)")
    con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)", [
        ("USA.WH", "organization", "Gedung Putih", "USA", "GOV", False),
        ("local:kedubes-turki", "organization", "Kedutaan Besar Turki", "TUR", "GOV", True),
        ("TUR", "country", "Turki", "TUR", None, False),
        ("PSE.HAMAS", "organization", "Hamas", "PSE", "REB", False),
    ])
    assert family_of(con) == {"USA.WH": ("USA", "Amerika Serikat"), "local:kedubes-turki": ("TUR", "Turki"),
                              "TUR": ("TUR", "Turki")}
