"""Issue 10 acceptance: `linimasa watch --once` twice against a local site, and a watcher killed with -9.

The site (tests/fixtures/feeds/server.py) serves on 127.0.0.1 only, and every
test here runs under a guard that makes any other address raise.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date

import duckdb
import httpx
import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.ingest.fetch import USER_AGENT

from .conftest import ROOT
from .fixtures.feeds.server import FixtureSite, OutsideLoopback, Request, guard_loopback, write_sources

TITLES_V1 = {
    "/berita/banjir-bekasi.html": "Banjir Merendam Ratusan Rumah di Bekasi Timur",
    "/berita/harga-beras.html": "Bulog Gelar Operasi Pasar karena Harga Beras Naik",
    "/berita/panen-garam.html": "Petambak Garam Madura Mulai Panen Lebih Awal",
    "/berita/pelabuhan-baru.html": "Presiden Meresmikan Pelabuhan Baru di Kalimantan Utara",
    "/berita/gempa-kecil.html": "Gempa Bermagnitudo 4,2 Mengguncang Garut",
}
TITLES_V2 = {**TITLES_V1, "/berita/kereta-cepat.html": "Jadwal Kereta Cepat Ditambah Menjelang Libur Panjang"}
PAGE_PREFIXES = ("/berita/", "/amp/", "/rahasia/")


@dataclass
class Run:
    exit_code: int
    output: str
    log: list[Request]

    def pages(self) -> list[str]:
        return [r.path for r in self.log if r.path.startswith(PAGE_PREFIXES)]


def _watch(db, sources) -> CliRunner:
    return CliRunner().invoke(cli, ["watch", "--db", str(db), str(sources), "--once"])


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("watch")
    db = tmp / "watch.duckdb"
    # A 1 s timeout: short enough for a fast suite, long enough for a loaded machine to answer the
    # other routes in time; the slow route answers after 2.5 s.
    with FixtureSite(slow_seconds=2.5) as site, guard_loopback():
        sources = write_sources(tmp / "sources.toml", site.base, timeout=1.0)
        runs = []
        for version in (1, 2):
            site.version = version
            result = _watch(db, sources)
            runs.append(Run(result.exit_code, result.output, list(site.log)))
            site.clear()
        health = CliRunner().invoke(cli, ["sources", "--db", str(db)])
    con = duckdb.connect(str(db), read_only=True)
    yield site.base, runs, con, health.output
    con.close()


def test_guard_refuses_any_address_outside_loopback():
    with guard_loopback(), pytest.raises(OutsideLoopback):
        httpx.get("http://example.com/", timeout=0.5)


def test_watch_stores_every_new_article_exactly_once(two_runs):
    base, runs, con, _ = two_runs
    rows = con.execute("SELECT url, title, count(*) OVER (PARTITION BY title) FROM documents").fetchall()
    assert sorted((url, title) for url, title, _ in rows) == sorted((base + p, t) for p, t in TITLES_V2.items())
    assert all(copies == 1 for *_, copies in rows)
    assert con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0] == len(TITLES_V2)
    assert "nasional: 2 new, 0 unchanged, 1 copies, 1 forbidden by robots.txt, 0 failed" in runs[0].output.splitlines()


def test_watch_never_requests_a_page_robots_txt_forbids(two_runs):
    base, runs, con, _ = two_runs
    assert not [p for run in runs for p in run.pages() if p.startswith("/rahasia/")]
    row = con.execute("SELECT outcome, http_status FROM fetch_urls WHERE url = ?",
                      [base + "/rahasia/memo-internal.html"]).fetchone()
    assert row == ("disallowed", None)
    for run in runs:  # robots.txt first, once per run
        assert [r.path for r in run.log][0] == "/robots.txt"
        assert [r.path for r in run.log].count("/robots.txt") == 1


def test_watch_recognises_amp_copies(two_runs):
    base, runs, con, _ = two_runs
    first = runs[0].pages()
    # Listed first, the AMP copy is fetched once and leads to its canonical page; the canonical page
    # of the sitemap names its AMP copy, which is then never requested.
    assert first.count("/amp/berita/banjir-bekasi.html") == 1
    assert first.count("/berita/banjir-bekasi.html") == 1
    assert "/amp/berita/pelabuhan-baru.html" not in first
    aliases = dict(con.execute("SELECT url, canonical_url FROM fetch_urls WHERE outcome = 'alias'").fetchall())
    assert aliases == {base + "/amp/berita/banjir-bekasi.html": base + "/berita/banjir-bekasi.html",
                       base + "/amp/berita/pelabuhan-baru.html": base + "/berita/pelabuhan-baru.html"}


@pytest.mark.parametrize("source, failures, error", [
    ("rusak", 2, "HTTP 500"),
    ("lambat", 2, "timed out after 1 s"),
    ("nasional", 0, None),
    ("daerah", 0, None),
    ("peta", 0, None),
    ("halaman", 0, None),
])
def test_watch_records_failures_per_source(two_runs, source, failures, error):
    _, _, con, health = two_runs
    row = con.execute("SELECT polls, failures, consecutive_failures, last_error FROM fetch_sources WHERE source = ?",
                      [source]).fetchone()
    assert row[0] == 2 and row[1] == failures and row[2] == failures
    assert (row[3] is None) if error is None else (error in row[3])
    line = next(line for line in health.splitlines() if f" {source}  [" in line)
    assert line.startswith("failing" if failures else "ok")


def test_watch_second_run_fetches_only_what_changed(two_runs):
    _, runs, con, _ = two_runs
    assert runs[1].pages() == ["/berita/kereta-cepat.html"]
    by_path = {r.path: r.headers for r in runs[1].log}
    assert by_path["/rss/nasional.xml"].get("If-None-Match") == '"nasional-v1"'
    assert by_path["/sitemap.xml"].get("If-None-Match") == '"peta-1"'
    assert by_path["/atom/daerah.xml"].get("If-Modified-Since") == "Mon, 03 Mar 2025 03:00:00 GMT"
    lines = runs[1].output.splitlines()
    assert "nasional: 1 new, 0 unchanged, 0 failed" in lines
    assert "daerah: 0 new, 0 unchanged, 0 failed (listing unchanged)" in lines
    assert "peta: 0 new, 0 unchanged, 0 failed (listing unchanged)" in lines


def test_watch_retries_a_timeout_once_then_gives_up_for_this_poll(two_runs):
    _, runs, _, _ = two_runs
    for run in runs:
        paths = [r.path for r in run.log]
        assert paths.count("/rss/lambat.xml") == 2 and paths.count("/rss/rusak.xml") == 2
        assert run.exit_code == 1  # something failed


def test_watch_sends_its_user_agent_and_accepts_gzip(two_runs):
    _, runs, _, _ = two_runs
    for request in runs[0].log:
        assert request.headers["User-Agent"] == USER_AGENT
        assert "gzip" in request.headers["Accept-Encoding"]
    assert USER_AGENT.startswith("linimasa/") and "(+https://github.com/linimasa/linimasa)" in USER_AGENT


@pytest.mark.parametrize("path, published, has_window", [
    ("/berita/banjir-bekasi.html", date(2025, 3, 4), False),  # the page's date, not the text's 28/2/2025
    ("/berita/kereta-cepat.html", date(2025, 3, 6), False),
    ("/berita/gempa-kecil.html", None, True),  # no page date: dateinfer gives a window from the text
])
def test_watch_dates_come_from_the_page_before_the_text(two_runs, path, published, has_window):
    base, _, con, _ = two_runs
    row = con.execute("SELECT published, window_latest FROM documents WHERE url = ?", [base + path]).fetchone()
    assert row[0] == published
    assert (row[1] is not None) == has_window


# ---- kill -9 --------------------------------------------------------------------

RUNNER = ("import sys; sys.path.insert(0, sys.argv.pop(1)); "
          "from tests.fixtures.feeds.server import install_guard; install_guard(); "
          "from linimasa.cli.main import main; sys.argv[0] = 'linimasa'; main()")


def _stored(db) -> list[tuple[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT title, count(*) FROM documents GROUP BY title ORDER BY title").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("kill_after_pages", [4])
def test_watch_killed_with_sigkill_resumes_without_loss_or_duplicates(tmp_path, kill_after_pages):
    db = tmp_path / "killed.duckdb"
    with FixtureSite(page_delay=0.2) as site:
        sources = write_sources(tmp_path / "sources.toml", site.base, ("nasional", "daerah", "peta", "halaman"),
                                timeout=5.0)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen([sys.executable, "-c", RUNNER, str(ROOT), "watch", "--db", str(db), str(sources),
                                 "--once"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if len([p for p in site.paths() if p.startswith(PAGE_PREFIXES)]) >= kill_after_pages:
                break
            time.sleep(0.02)
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the watcher ended before the kill ({proc.returncode}): {out.decode()} {err.decode()[-2000:]}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        stored_before = dict(_stored(db)) if db.exists() else {}
        with guard_loopback():
            result = _watch(db, sources)
        assert result.exit_code == 0, result.output
    stored = _stored(db)
    assert stored == sorted((title, 1) for title in TITLES_V1.values())
    # The kill came after the first source's batch was stored, mid-way through the run.
    assert stored_before, "the kill came before anything was stored; raise kill_after_pages"
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0] == len(TITLES_V1)
        pending = con.execute("SELECT count(*) FROM fetch_urls WHERE outcome IN ('pending', 'failed')").fetchone()[0]
    finally:
        con.close()
    assert pending == 0
