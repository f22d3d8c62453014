"""Issue 8: `ingest --workers 2` stores exactly what a serial ingest stores.

Documents are short Indonesian news items written for this test. Workers
analyse, the calling process writes: every table must equal the serial run's
(apart from the ingested_at and seen_at timestamps), duplicates and bad lines must be counted the same
way, and a second run must find everything stored.
"""
from __future__ import annotations

import json

import pytest

from linimasa.batch import ingest
from linimasa.parallel import WorkerStats, ingest_parallel
from linimasa.store.db import TABLES, Store

DOCUMENTS = [
    {"title": "Menlu bertemu Dubes Jepang", "published": "2025-03-03", "source": "contoh",
     "text": "Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang di Jakarta pada Senin.\n"
             "Keduanya membahas kerja sama perdagangan dan energi."},
    {"title": "Banjir rendam desa", "published": "2025-03-04", "source": "contoh",
     "text": "Banjir merendam 120 rumah di Kabupaten Bekasi pada Selasa.\n"
             "\"Kami sudah mengirim perahu karet,\" kata Kepala BPBD setempat."},
    {"title": "KPK periksa pejabat", "published": "2025-03-05", "source": "contoh",
     "text": "KPK memeriksa seorang pejabat dinas pekerjaan umum pada Rabu.\n"
             "Pemeriksaan berlangsung selama enam jam di gedung KPK."},
    {"title": "Harga cabai naik", "published": "2025-03-06", "source": "contoh",
     "text": "Harga cabai rawit di pasar Bandung naik menjadi Rp 80 ribu per kilogram.\n"
             "Pedagang mengatakan pasokan dari petani berkurang sejak pekan lalu."},
]


def write_inputs(folder):
    lines = [json.dumps(d, ensure_ascii=False) for d in DOCUMENTS]
    lines.insert(2, lines[0])  # the same article twice: stored once, counted unchanged once
    lines.append("{ bukan json")  # a bad line: one error record
    (folder / "berita.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "berita.jsonl"


def rows(store: Store, table: str) -> list[str]:
    cursor = store.con.execute(f"SELECT * FROM {table}")
    keep = [i for i, d in enumerate(cursor.description) if d[0] not in ("ingested_at", "seen_at")]
    return sorted(repr(tuple(r[i] for i in keep)) for r in cursor.fetchall())


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parallel")
    path = write_inputs(folder)
    serial = Store(folder / "serial.duckdb")
    serial_summary = ingest([path], serial)
    parallel = Store(folder / "parallel.duckdb")
    stats = WorkerStats()
    parallel_summary = ingest_parallel([path], parallel, workers=2, chunk=1, stats=stats)
    again = ingest_parallel([path], parallel, workers=2)
    yield serial, serial_summary, parallel, parallel_summary, stats, again
    serial.close()
    parallel.close()


def test_parallel_ingest_counts_like_serial(runs):
    _, serial_summary, _, parallel_summary, stats, _ = runs
    assert (parallel_summary.new, parallel_summary.unchanged) == (serial_summary.new, serial_summary.unchanged) == (4, 1)
    assert [e.code for e in parallel_summary.failed] == [e.code for e in serial_summary.failed] == ["E203"]
    assert sum(stats.analysed.values()) == 4
    assert 0 < stats.max_rss_bytes < 1.5 * 2**30


@pytest.mark.parametrize("table", TABLES)
def test_parallel_ingest_table_equals_serial(runs, table):
    serial, _, parallel, _, _, _ = runs
    assert rows(parallel, table) == rows(serial, table)


def test_parallel_ingest_twice_changes_nothing(runs):
    _, _, _, _, _, again = runs
    assert (again.new, again.unchanged) == (0, 5)
