"""CLI habits (issue 19): names not codes, unknown types refused with the valid ones, whole quotes with
their outlets, no database from a failed command, a progress bar with a total and the time left."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from linimasa.cli import render
from linimasa.cli.main import cli
from linimasa.document import EVENT_TYPES

from .web_sample import sample_db


@pytest.fixture(scope="module")
def db(tmp_path_factory, analyzer):
    return sample_db(tmp_path_factory, analyzer, "habits.duckdb")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_events_shows_names_not_codes(db):
    result = run("events", "--db", str(db), "--type", "ASSAULT")
    assert result.exit_code == 0, result.output
    assert "Hamas" in result.stdout and "PSE.HAMAS" not in result.stdout
    assert "serangan" in result.stdout  # the type's name beside its code
    raw = json.loads(run("events", "--db", str(db), "--type", "ASSAULT", "--json").stdout.splitlines()[0])
    assert raw["source"] == "PSE.HAMAS"  # the JSON keeps the ids


@pytest.mark.parametrize("command", ["events", "timeline", "report"])
def test_cli_unknown_type_lists_the_valid_ones_and_exits_2(db, tmp_path, command):
    extra = ["-o", str(tmp_path / "r.html")] if command == "report" else []
    result = run(command, "--db", str(db), "--type", "ATTACK", *extra)
    assert result.exit_code == 2
    assert "ATTACK" in result.output and all(t in result.output for t in EVENT_TYPES)


def test_cli_type_is_read_in_any_case(db):
    assert run("events", "--db", str(db), "--type", "consult").exit_code == 0


def test_cli_quotes_are_whole_wrapped_and_name_their_outlet(db):
    stored = [json.loads(line) for line in run("quotes", "--db", str(db), "--json").stdout.splitlines()]
    result = run("quotes", "--db", str(db), "--width", "60")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= 60 or " " not in line.strip() for line in lines)
    flat = " ".join(line.strip() for line in lines)
    long_quotes = [q for q in stored if len(q["text"]) > 80]
    assert long_quotes, "the sample has quotes longer than the old 80-character cut"
    for quote in stored:
        assert " ".join(quote["text"].split()) in flat
    assert "ContohWarta.id" in result.stdout and "…" not in result.stdout


def test_cli_quotes_of_a_story_are_whole(db):
    story = json.loads(run("stories", "--db", str(db), "--json").stdout.splitlines()[0])["story_id"]
    result = run("quotes", "--db", str(db), "--story", str(story), "--width", "70")
    assert result.exit_code == 0 and "…" not in result.stdout
    assert all(len(line) <= 70 or " " not in line.strip() for line in result.stdout.splitlines())


def test_cli_ingest_of_a_missing_file_creates_no_database(tmp_path):
    target = tmp_path / "baru.duckdb"
    result = run("ingest", "--db", str(target), str(tmp_path / "tidak-ada.txt"))
    assert result.exit_code == 1 and "tidak-ada.txt" in result.output
    assert not target.exists() and not (tmp_path / "baru.duckdb.wal").exists()


def test_cli_ingest_that_stores_nothing_leaves_no_database(tmp_path):
    bad = tmp_path / "rusak.jsonl"
    bad.write_text("bukan json\n", encoding="utf-8")
    target = tmp_path / "baru.duckdb"
    result = run("ingest", "--db", str(target), str(bad))
    assert result.exit_code == 1 and "E203" in result.output and "no database written" in result.output
    assert not target.exists()


def test_cli_ingest_keeps_an_existing_database_on_failure(db, tmp_path):
    bad = tmp_path / "rusak.jsonl"
    bad.write_text("bukan json\n", encoding="utf-8")
    assert run("ingest", "--db", str(db), str(bad)).exit_code == 1
    assert db.exists()


def test_cli_count_documents_counts_what_the_readers_read(tmp_path):
    (tmp_path / "a.csv").write_text('text,title\n"Baris satu,\ndua baris",Judul\nBaris dua,Judul\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "Satu."}\n\n{"text": "Dua."}\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("Satu dokumen.", encoding="utf-8")
    files = sorted(tmp_path.iterdir())
    assert render.count_documents(files) == 5
    assert render.count_documents([tmp_path / "hilang.csv"]) == 1


def test_cli_ingest_progress_bar_shows_total_percentage_and_time_left(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "is_terminal", lambda stream: True)
    rows = ["text,title,published"] + [
        f'"Menteri Perdagangan Arunika Santoso bertemu Duta Besar Lembah Hijau pada Senin ({n}/6/2024).",'
        f"Pertemuan {n},2024-06-{n + 1:02d}" for n in (3, 10, 17)]
    (tmp_path / "berita.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("ingest", "--db", str(tmp_path / "p.duckdb"), str(tmp_path / "berita.csv"))
    assert result.exit_code == 0, result.output
    assert re.search(r"ingest: 100%\|.*\| 3/3 \[\d\d:\d\d<\d\d:\d\d", result.stderr), result.stderr


def test_cli_failed_fetch_creates_no_database(tmp_path):
    """A fetch whose every page fails (a local server that has none) leaves no database behind."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    empty = tmp_path / "situs"
    empty.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(empty)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        target = tmp_path / "baru.duckdb"
        result = run("fetch", "--db", str(target), "--retries", "0", "--delay", "0",
                     f"http://127.0.0.1:{server.server_address[1]}/berita/tidak-ada")
    finally:
        server.shutdown()
        thread.join(5)
    assert result.exit_code == 1 and "404" in result.output
    assert not target.exists()
