"""`linimasa analyze` keeps the contract: schema-valid objects, error objects, exit status."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli

from .conftest import SAMPLE, needs_shared

SCHEMA = json.loads(resources.files("linimasa").joinpath("schemas/analysis-1.schema.json").read_text())


def run(*args, input=None):
    result = CliRunner().invoke(cli, ["analyze", *args], input=input)
    objects = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, objects


def assert_offsets(obj, text: str):
    for key in ("boilerplate", "sentences", "mentions", "quotes", "figures", "timexes"):
        for record in obj[key]:
            assert 0 <= record["start"] <= record["end"] <= len(text), (key, record)
            if "text" in record and key != "quotes":
                assert text[record["start"]:record["end"]] == record["text"], (key, record)
    for event in obj["events"]:
        assert 0 <= event["evidence"]["start"] < event["evidence"]["end"] <= len(text)


@needs_shared()
def test_cli_analyze_seeds_emit_five_schema_valid_objects(shared_dir):
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    result, objects = run(*map(str, files))
    assert result.exit_code == 0, result.stderr
    assert len(objects) == 5
    for obj, path in zip(objects, files):
        jsonschema.validate(obj, SCHEMA)
        assert_offsets(obj, path.read_text(encoding="utf-8"))


def test_cli_analyze_sample_corpus_is_schema_valid():
    result, objects = run(str(SAMPLE))
    assert result.exit_code == 0, result.stderr
    assert len(objects) >= 10
    for obj in objects:
        jsonschema.validate(obj, SCHEMA)
    assert sum(len(obj["events"]) for obj in objects) >= 8


def test_cli_analyze_bad_input_gives_error_object_and_exit_1(tmp_path):
    good = tmp_path / "baik.txt"
    good.write_text("Menteri Luar Negeri Retno Marsudi bertemu Menlu Mesir di Kairo pada Senin (4/3/2024).\n",
                    encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "rusak.jsonl"
    broken.write_text('{"text": "Polisi menangkap dua orang di Jakarta."}\n{oops\n', encoding="utf-8")
    result, objects = run("--published", "2024-03-05", str(good), str(empty), str(broken))
    assert result.exit_code == 1
    assert [("error" in o) for o in objects] == [False, True, False, True]
    for obj in objects:
        jsonschema.validate(obj, SCHEMA)
    assert objects[1]["path"].endswith("kosong.txt") and objects[1]["error"]["code"] == "E202"
    assert objects[3]["line"] == 2
    assert objects[0]["published"] == "2024-03-05"


def test_cli_analyze_reads_standard_input():
    result, [obj] = run("--published", "2024-06-07", "-", input="Hamas menolak usulan gencatan senjata Israel.\n")
    assert result.exit_code == 0
    assert obj["doc_id"] and obj["sentences"]


def test_cli_analyze_missing_file_is_an_error_object():
    result, [obj] = run("tidak-ada.txt")
    assert result.exit_code == 1 and obj["error"]["code"] == "E201"


def test_cli_analyze_rejects_a_bad_date():
    result = CliRunner().invoke(cli, ["analyze", "--published", "7/10/2023", "x.txt"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
