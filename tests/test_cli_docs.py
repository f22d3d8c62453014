"""Every command is documented: in the README, and by a --help that shows an example."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli

from .conftest import ROOT

COMMANDS = sorted(cli.commands)
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_docs_there_are_commands():
    assert {"analyze", "ingest", "timeline", "serve", "export", "watch", "stories"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_docs_command_is_in_the_readme(command):
    assert f"linimasa {command}" in README or f"| linimasa {command}" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_docs_help_shows_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`linimasa {command} --help` has no example"
