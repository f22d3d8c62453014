"""Crashes at the two unguarded moments of a poll, made deterministic, and `linimasa fetch`.

A kill -9 lands at a random moment (test_watch_acceptance covers that); these
tests stop the watcher exactly between two writes instead:
1. after a document is committed but before its URL's fetch state is written;
2. after a document is committed but before the corpus update.
The restart must store nothing twice and lose nothing.
"""
from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli
from linimasa.ingest.fetch import FetchPolicy
from linimasa.ingest.watch import Watcher, load_sources
from linimasa.store.fetch_state import FetchState

from .fixtures.feeds.server import FixtureSite, guard_loopback, write_sources


class Crash(BaseException):
    """Not an Exception: nothing in the library may catch it, as nothing catches SIGKILL."""


def _counts(db) -> tuple[list[tuple[str, int]], int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = con.execute("SELECT title, count(*) FROM documents GROUP BY title ORDER BY title").fetchall()
        corpus = con.execute("SELECT count(*) FROM corpus_documents").fetchone()[0]
    finally:
        con.close()
    return docs, corpus


@pytest.fixture
def site():
    with FixtureSite() as site, guard_loopback():
        yield site


def test_crash_before_fetch_state_is_written_refetches_without_storing_twice(tmp_path, site, analyzer, monkeypatch):
    db = tmp_path / "w.duckdb"
    sources = load_sources(write_sources(tmp_path / "s.toml", site.base, ("daerah", "peta"))).sources
    real_record = FetchState.record

    def record(self, url, **kwargs):
        if kwargs.get("outcome") == "stored":
            raise Crash
        return real_record(self, url, **kwargs)

    monkeypatch.setattr(FetchState, "record", record)
    watcher = Watcher(db, policy=FetchPolicy(timeout=0.5, retries=0, host_delay=0), analyzer=analyzer)
    with pytest.raises(Crash):
        watcher.poll(sources)
    assert _counts(db) == ([("Petambak Garam Madura Mulai Panen Lebih Awal", 1)], 1)
    monkeypatch.setattr(FetchState, "record", real_record)
    site.clear()
    reports = watcher.poll(sources)
    docs, corpus = _counts(db)
    assert docs == [("Petambak Garam Madura Mulai Panen Lebih Awal", 1),
                    ("Presiden Meresmikan Pelabuhan Baru di Kalimantan Utara", 1)]
    assert corpus == 2
    assert [(r.source, r.new, r.unchanged) for r in reports] == [("daerah", 0, 1), ("peta", 1, 0)]


def test_crash_before_the_corpus_update_is_finished_on_restart(tmp_path, site, analyzer, monkeypatch):
    import linimasa.batch

    db = tmp_path / "w.duckdb"
    sources = load_sources(write_sources(tmp_path / "s.toml", site.base, ("daerah",))).sources

    def crash(store, doc_ids, **kwargs):
        raise Crash

    real_update = linimasa.batch.update_corpus
    monkeypatch.setattr(linimasa.batch, "update_corpus", crash)
    watcher = Watcher(db, policy=FetchPolicy(timeout=0.5, retries=0, host_delay=0), analyzer=analyzer)
    with pytest.raises(Crash):
        watcher.poll(sources)
    assert _counts(db) == ([("Petambak Garam Madura Mulai Panen Lebih Awal", 1)], 0)
    monkeypatch.setattr(linimasa.batch, "update_corpus", real_update)
    watcher.poll(sources)
    assert _counts(db) == ([("Petambak Garam Madura Mulai Panen Lebih Awal", 1)], 1)


def test_fetch_command_stores_pages_once_and_skips_known_ones(tmp_path, site):
    db = tmp_path / "f.duckdb"
    urls = [site.base + "/berita/harga-beras.html", site.base + "/amp/berita/banjir-bekasi.html"]
    args = ["fetch", "--db", str(db), "--timeout", "0.5", "--delay", "0", "--outlet", "Kabar Contoh", *urls]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert first.output.strip() == "fetch: 2 new, 0 unchanged, 1 copies, 0 failed"
    site.clear()
    second = CliRunner().invoke(cli, args)
    assert second.output.strip() == "fetch: 0 new, 0 unchanged, 0 failed"
    assert [r.path for r in site.log] == []  # known pages are not requested again, not even robots.txt
    docs, _ = _counts(db)
    assert [count for _, count in docs] == [1, 1]


def test_sources_command_lists_configured_sources_never_polled(tmp_path, site):
    sources = write_sources(tmp_path / "s.toml", site.base, ("nasional", "daerah"))
    result = CliRunner().invoke(cli, ["sources", "--db", str(tmp_path / "kosong.duckdb"), str(sources), "--json"])
    assert result.exit_code == 0
    assert [line.split('"status": ')[1].rstrip("}") for line in result.output.splitlines()] == ['"never polled"'] * 2
