"""The corpus commands on a small hand-built database: stories, timeline --story, figures/quotes --story."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.store.db import Store

from .test_corpus_update import docs, store_and_update


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    with Store(path) as store:
        store_and_update(store, list(docs().values()))
    return path


def run(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_corpus_cli_stories_lists_three(db):
    rows = run("stories", "--db", str(db), "--json")
    assert len(rows) == 3 and rows[0]["size"] == 2 and "Hamas" in rows[0]["label"]


def test_corpus_cli_timeline_story_carries_merged_fields(db):
    story = run("stories", "--db", str(db), "--json")[0]["story_id"]
    rows = run("timeline", "--db", str(db), "--story", str(story), "--json")
    keys = {"date", "date_end", "precision", "type", "mode", "source", "target", "support", "outlets",
            "documents", "evidence", "sort_date"}
    assert rows and all(keys <= row.keys() for row in rows)
    consult = next(row for row in rows if row["type"] == "CONSULT")
    assert (consult["date"], consult["support"], len(consult["documents"]), len(consult["evidence"])) == \
        (date(2024, 8, 19).isoformat(), 2, 2, 2)


def test_corpus_cli_raw_timeline_keeps_one_row_per_report(db):
    assert len(run("timeline", "--db", str(db), "--raw", "--json")) == 3
    assert len(run("timeline", "--db", str(db), "--json")) == 2


@pytest.mark.parametrize("command", [["figures", "--series", "killed"], ["quotes"]])
def test_corpus_cli_story_views_run(db, command):
    story = run("stories", "--db", str(db), "--json")[0]["story_id"]
    assert run(*command, "--db", str(db), "--story", str(story), "--json") == []


@pytest.mark.parametrize("command", ["stories", "timeline", "figures", "quotes"])
def test_corpus_cli_help_has_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and ("--story" in result.output
                                                                     or command == "stories")
