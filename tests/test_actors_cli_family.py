"""`linimasa actors --search AS` finds the state and every body of its family (issue 17)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from linimasa.cli.main import cli


def test_actors_search_lists_the_state_family():
    result = CliRunner().invoke(cli, ["actors", "--search", "AS", "--json", "--limit", "100"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    usa = {row["id"] for row in rows if row["family"] == "USA"}
    assert {"USA", "USA.GOV", "USA.WH", "USA.MIL"} <= usa
