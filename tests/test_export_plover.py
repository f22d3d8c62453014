"""The PLOVER export (issue 19): PLOVER's field names, a JSON Schema from the data model, honest dates, contexts."""
from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator, FormatChecker

from linimasa.cli.main import cli
from linimasa.export.plover import Rules, date_fields

from .web_sample import sample_db

SCHEMA = json.loads(resources.files("linimasa").joinpath("schemas/plover-2.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def document(tmp_path_factory, analyzer) -> dict:
    db = sample_db(tmp_path_factory, analyzer)
    out = tmp_path_factory.mktemp("plover") / "events.json"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "plover", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_plover_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_export_plover_validates_against_the_schema(document):
    errors = list(Draft202012Validator(SCHEMA, format_checker=FormatChecker()).iter_errors(document))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert len(document["events"]) >= 20


def test_export_plover_no_report_only_record_has_a_day_date(document):
    events = document["events"]
    report_only = [r for r in events if r["date_precision"] == "report"]
    assert report_only, "the sample has events dated only by their report"
    for record in report_only:
        assert record["event_date"] is None and record["date_earliest"] is None
        assert record["date_latest"] == record["report_date"] is not None
    for record in events:
        assert (record["event_date"] is not None) == (record["date_precision"] == "day")


def test_export_plover_uses_the_data_model_names(document):
    events = document["events"]
    for record in events:
        assert record["event"] == [record["event_type"]] and record["id"]
        assert "quad_code" in record and "location" in record
    hamas = next(r["actor"] for r in events if r["actor"] and r["actor"]["actor_id"] == "PSE.HAMAS")
    assert hamas["country"] == "PSE" and hamas["type"] and hamas["sector"] == "REB"
    assert any(r["location"] for r in events)


def test_export_plover_most_records_have_a_context(document):
    events = document["events"]
    with_context = [r for r in events if r["context"]]
    assert len(with_context) >= len(events) // 3
    assert {"diplomatic", "military"} <= {c for r in with_context for c in r["context"]}


@pytest.mark.parametrize("event_type, mode, sectors, countries, modalities, figures, expected", [
    ("CONSULT", "visit", ["GOV", "GOV"], ("IDN", "MYS"), ["asserted"], set(), ["diplomatic"]),
    ("CONSULT", None, ["GOV", "GOV"], ("IDN", "IDN"), ["asserted"], set(), ["executive"]),
    ("CONSULT", None, ["BUS", "CVL"], ("IDN", "IDN"), ["asserted"], set(), []),
    ("ASSAULT", "aerial", ["MIL"], ("ISR", None), ["asserted"], {"killed"}, ["military"]),
    ("COERCE", "arrest", ["COP"], ("IDN", None), ["asserted"], set(), ["crime"]),
    ("REQUEST", None, ["COP"], ("IDN", None), ["asserted"], set(), ["crime"]),
    ("SANCTION", "convict", ["JUD", "GOV"], ("IDN", "IDN"), ["asserted"], set(), ["legal", "executive"]),
    ("AGREE", None, ["GOV", "GOV"], ("IDN", "JPN"), ["planned"], set(), ["diplomatic", "future"]),
    ("AGREE", None, [], (None, None), ["planned", "asserted"], set(), []),
    ("THREATEN", None, [], (None, None), ["hypothetical"], set(), ["hypothetical"]),
    ("AID", None, ["GOV", "REF"], ("IDN", None), ["asserted"], {"displaced", "money"},
     ["migration", "executive", "economic"]),
])
def test_export_plover_context_rules(event_type, mode, sectors, countries, modalities, figures, expected):
    assert Rules.load().contexts(event_type, mode, sectors, countries, modalities, figures) == expected


@pytest.mark.parametrize("actors, expected", [
    (("IDN.KPK",), ["corruption"]),
    (("IDN.KPK.PENYIDIK", "P.someone"), ["corruption"]),
    (("IGO.WHO", "IDN.KEMENKES"), ["health"]),
    (("IDN.KPKX",), []),
])
def test_export_plover_contexts_from_an_actors_mandate(actors, expected):
    assert Rules.load().contexts("ACCUSE", None, [], (None, None), ["asserted"], set(), actors) == expected


@pytest.mark.parametrize("ours, plover", [("MED", "JRN"), ("GOV", "GOV"), ("IGO", None), (None, None)])
def test_export_plover_sectors_are_plovers(ours, plover):
    assert Rules.load().sector(ours) == plover


ROW = {"date_end": None, "first_reported": date(2024, 6, 10), "sort_date": date(2024, 6, 10)}


@pytest.mark.parametrize("day, precision, end, expected", [
    (date(2024, 6, 4), "day", None, (date(2024, 6, 4), date(2024, 6, 4), date(2024, 6, 4))),
    (date(2024, 6, 1), "month", None, (None, date(2024, 6, 1), date(2024, 6, 30))),
    (date(2024, 1, 1), "year", None, (None, date(2024, 1, 1), date(2024, 12, 31))),
    (date(2024, 6, 3), "week", None, (None, date(2024, 6, 3), date(2024, 6, 9))),
    (None, None, None, (None, None, date(2024, 6, 10))),
])
def test_export_plover_dates_are_days_only_at_day_precision(day, precision, end, expected):
    fields = date_fields({**ROW, "date": day, "precision": precision, "date_end": end})
    assert (fields["event_date"], fields["date_earliest"], fields["date_latest"]) == expected
    assert fields["date_precision"] == (precision or "report")


def test_export_plover_planned_meeting_is_agree(tmp_path, analyzer):
    """PLOVER.md: a planned visit keeps its type in linimasa and is AGREE in the PLOVER export."""
    from linimasa.batch import ingest
    from linimasa.export.plover import plover_records
    from linimasa.store.db import Store

    (tmp_path / "rencana.json").write_text(json.dumps({
        "text": "Presiden Indonesia Joko Widodo akan mengunjungi Malaysia pada Senin (10/6/2024).\n"
                "Kunjungan itu membahas kerja sama perbatasan.",
        "published": "2024-06-05", "source": "Warta Contoh"}), encoding="utf-8")
    with Store(tmp_path / "plan.duckdb") as store:
        ingest([tmp_path / "rencana.json"], store, analyzer=analyzer)
        records = plover_records(store.con)
    planned = [r for r in records if r["coded_type"] == "CONSULT"]
    assert planned and all(r["event_type"] == "AGREE" and r["mode"] is None for r in planned)
    assert all("future" in r["context"] for r in planned)
