"""`linimasa ingest` and the query commands on the bundled sample corpus."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.store.db import Store

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "sample.duckdb"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(SAMPLE)])
    assert result.exit_code == 0, result.output
    return db, result.output


def test_cli_ingest_prints_a_summary(sample_db):
    _, output = sample_db
    assert "new" in output and "0 failed" in output


def test_cli_ingest_twice_changes_no_row(sample_db):
    db, _ = sample_db
    with Store(db) as store:
        before = store.counts()
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(SAMPLE)])
    assert result.exit_code == 0
    assert " 0 new" in " " + result.output
    with Store(db) as store:
        assert store.counts() == before


def test_cli_timeline_lists_at_least_eight_dated_events_in_order(sample_db):
    db, _ = sample_db
    result = CliRunner().invoke(cli, ["timeline", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    dated = [row for row in rows if row["date"]]
    assert len(dated) >= 8
    keys = [row["sort_date"] for row in rows if row["sort_date"]]
    assert keys == sorted(keys)
    assert all(row["evidence"] for row in rows)


@pytest.mark.parametrize("command, args", [
    ("events", ["--type", "CONSULT"]),
    ("events", ["--actor", "Hamas"]),
    ("quotes", []),
    ("figures", ["--category", "killed"]),
    ("timeline", ["--from", "2024-01-01", "--to", "2024-12-31"]),
])
def test_cli_query_commands_filter(sample_db, command, args):
    db, _ = sample_db
    result = CliRunner().invoke(cli, [command, "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, f"{command} {args} returned nothing"
    if "--type" in args:
        assert {row["type"] for row in rows} == {"CONSULT"}
    if "--from" in args:
        assert all(row["sort_date"] >= "2024-01-01" for row in rows)


def test_cli_report_is_self_contained_and_escaped(sample_db, tmp_path):
    db, _ = sample_db
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<mark>" in page and "http" not in page.split("<body>")[0].replace("http-equiv", "")
    assert "<script" not in page
    # one entry per real event: the syndicated copy's reports join the original's
    assert "2 docs, 2 outlets" in page


def test_cli_queries_on_a_missing_database_say_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["timeline", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "linimasa ingest" in result.output


@pytest.mark.parametrize("command", ["analyze", "ingest", "timeline", "events", "quotes", "figures", "report", "actors"])
def test_cli_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and ("Example" in result.output)


@pytest.mark.parametrize("args", [["timeline"], ["timeline", "--raw"], ["events"]])
def test_cli_timeline_and_events_say_where_each_event_happened(sample_db, args):
    """Issue 21 in the CLI: --json rows carry `place` (null for none); the text's line for each event says
    "di <place>" after who → whom exactly when its row has a place."""
    db, _ = sample_db
    rows = [json.loads(line) for line in CliRunner().invoke(cli, [*args, "--db", str(db), "--json"]).stdout.splitlines()]
    assert rows and all("place" in row for row in rows)
    assert any(row["place"] for row in rows)  # the sample names cities and countries
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    heads = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert len(heads) == len(rows)
    for row, line in zip(rows, heads):
        who = line.split("→", 1)[1]
        if row["place"]:
            assert f" di {row['place']['name']}" in who, line
        else:
            assert " di " not in who, line
