"""Issue 9: kill -9 a real `linimasa ingest` at a random point, then rerun it.

The ingest runs as a subprocess on ~40 generated documents in batches of 8.
It is killed with SIGKILL after a random number of stored batches plus a
random delay, so the kill lands anywhere: while analysing, inside a document
transaction, inside the corpus update. The database must then be consistent:
every stored document has exactly the rows its analysis gives (nothing
half-stored), no row points to a missing document, nothing is duplicated. A
rerun must complete the batch: all documents stored once, each in the corpus
tables once.

The quick variant (one kill, the rerun in this process to save a model load)
runs in the default suite with a fresh random seed each run (printed, and
replayable with LINIMASA_CRASH_SEED); `-m slow` runs six more kills with
subprocess reruns, half of them killed again during the rerun.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from linimasa.batch import ingest
from linimasa.document import Document
from linimasa.ingest.readers import ReadOptions
from linimasa.store.db import Store

LINIMASA = str(Path(sys.executable).with_name("linimasa"))
DOCS = 40
BATCH = 8
CHILD_TABLES = ("boilerplate", "sentences", "document_actors", "mentions", "timexes", "events", "quotes", "figures")
COUNTED = ("sentences", "mentions", "timexes", "events", "quotes", "figures")

PLACES = ["Bandung", "Surabaya", "Medan", "Makassar", "Palembang", "Semarang", "Denpasar", "Pontianak"]
AGENCIES = ["Dinas Perhubungan", "Dinas Kesehatan", "Dinas Pendidikan", "Dinas Sosial"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]
# Sentences written for this test; each gives the coder something to store (events, mentions, figures).
EVENT_LINES = [
    "Indonesia mengecam serangan Israel terhadap warga sipil di Gaza.",
    "Pemerintah Indonesia mengirim bantuan kemanusiaan ke Palestina pekan ini.",
    "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Jakarta pada {day}.",
    "Polisi menangkap {n} tersangka perampokan di {place} pada {day} malam.",
]


def generate(folder: Path, count: int = DOCS, seed: int = 9) -> dict[str, str]:
    """Write `count` distinct short articles; return file name -> text."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i in range(count):
        place, agency, day = rng.choice(PLACES), rng.choice(AGENCIES), rng.choice(DAYS)
        event = rng.choice(EVENT_LINES).format(day=day, place=place, n=rng.randint(2, 9))
        text = (f"{agency} {place} Gelar Kegiatan Nomor {i}\n"
                f"{agency} {place} menggelar kegiatan pelayanan warga pada {day} pagi, laporan nomor {i}. "
                f"Sebanyak {rng.randint(20, 900)} warga datang ke lokasi. {event} "
                f"Kepala dinas mengatakan kegiatan serupa akan digelar lagi bulan depan di {rng.choice(PLACES)}.\n")
        name = f"doc{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        written[name] = text
    return written


def expected_counts(analyzer, texts: dict[str, str]) -> dict[str, dict[str, int]]:
    """doc_id -> row count per table, from analysing each text in this process."""
    out = {}
    for name, text in texts.items():
        doc = analyzer.analyze(Document(text=text, path=name, published=date(2025, 3, 3)))
        out[doc.doc_id] = {"sentences": len(doc.sentences), "mentions": len(doc.mentions),
                           "timexes": len(doc.timexes), "events": len(doc.events), "quotes": len(doc.quotes),
                           "figures": len(doc.figures)}
    return out


def run_ingest(root: Path, db: Path, *, kill_after_batches: int | None = None, extra_delay: float = 0.0,
               timeout: float = 240) -> tuple[int, str]:
    """Run `linimasa -vv ingest`; with `kill_after_batches`, SIGKILL it that many stored batches + a delay in.

    The log lines "pipeline built" (the models are loaded, reading starts) and
    "corpus: N documents" (one per stored batch) tell how far the process has
    come; reading it rather than sleeping a fixed time makes the
    kill land inside the work, not before it starts or after it ends.
    """
    proc = subprocess.Popen([LINIMASA, "-vv", "ingest", "--db", str(db), "--batch-size", str(BATCH),
                             "--published", "2025-03-03", "in"], cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    batches = threading.Semaphore(0)  # released once when the pipeline is built, then once per stored batch

    def read_stderr():
        for line in proc.stderr:
            if line.startswith("DEBUG") and "pipeline built" not in line:
                continue
            lines.append(line)
            if "pipeline built" in line or "linimasa.corpus.update: corpus:" in line:
                batches.release()

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    if kill_after_batches is not None:
        deadline = time.monotonic() + timeout
        for _ in range(kill_after_batches + 1):
            if not batches.acquire(timeout=max(0.1, deadline - time.monotonic())):
                break
        time.sleep(extra_delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("linimasa ingest did not finish")
    reader.join(timeout=5)
    return proc.returncode, stdout + "".join(lines)


def check_consistent(db: Path, expected: dict[str, dict[str, int]]) -> dict[str, int]:
    """Assert the database invariants; return {'documents': n, 'in_corpus': m}."""
    if not db.exists():  # killed before the store was opened
        return {"documents": 0, "in_corpus": 0}
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = [row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()]
        assert len(docs) == len(set(docs)), "a document is stored twice"
        assert set(docs) <= set(expected), "a stored document is not one of the inputs"
        paths = [row[0] for row in con.execute("SELECT path FROM documents").fetchall()]
        assert len(paths) == len(set(paths)), "one input is stored as two documents"
        for table in CHILD_TABLES:
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
                                  ).fetchone()[0]
            assert orphans == 0, f"{table} has {orphans} rows of a document that is not stored"
        for table in COUNTED:
            got = dict(con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall())
            for doc_id in docs:
                assert got.get(doc_id, 0) == expected[doc_id][table], f"document {doc_id} is half-stored ({table})"
        corpus = [row[0] for row in con.execute("SELECT doc_id FROM corpus_documents").fetchall()]
        assert len(corpus) == len(set(corpus)) and set(corpus) <= set(docs)
        members = con.execute("SELECT count(*) FROM merged_event_members WHERE doc_id NOT IN "
                              "(SELECT doc_id FROM documents)").fetchone()[0]
        assert members == 0, "a merged event points to a document that is not stored"
        return {"documents": len(docs), "in_corpus": len(corpus)}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory, analyzer):
    root = tmp_path_factory.mktemp("crash")
    texts = generate(root / "in")
    return root, expected_counts(analyzer, texts)


def kill_and_rerun(root: Path, expected, rng: random.Random, name: str, *, kill_rerun: bool = False,
                   analyzer=None) -> None:
    """Kill one ingest, check, rerun to the end, check. With `analyzer`, the rerun is in this process."""
    db = root / f"{name}.duckdb"
    after, delay = rng.randint(0, DOCS // BATCH - 1), rng.uniform(0.0, 1.2)
    for _ in range(4):
        code, output = run_ingest(root, db, kill_after_batches=after, extra_delay=delay)
        if code == -signal.SIGKILL:
            break
        # It finished before the kill (a fast machine): start again and kill earlier.
        for path in (db, db.with_name(db.name + ".wal")):
            path.unlink(missing_ok=True)
        after, delay = max(0, after - 1), delay / 3
    assert code == -signal.SIGKILL, f"the ingest was never killed (exit {code}): {output[-500:]}"
    state = check_consistent(db, expected)
    assert state["documents"] >= after * BATCH  # the batches it logged were stored
    if kill_rerun:
        code, output = run_ingest(root, db, kill_after_batches=0, extra_delay=rng.uniform(0.0, 2.0))
        check_consistent(db, expected)
    if analyzer is None:
        code, output = run_ingest(root, db)
        assert code == 0, output[-2000:]
        assert "0 failed" in output
    else:
        # The library behind `linimasa ingest`, with the models this test process has already loaded.
        with Store(db) as store:
            summary = ingest([root / "in"], store, analyzer=analyzer, batch_size=BATCH,
                             options=ReadOptions(published=date(2025, 3, 3)))
        assert not summary.failed and summary.new + summary.unchanged == DOCS
    state = check_consistent(db, expected)
    assert state == {"documents": DOCS, "in_corpus": DOCS}, f"the rerun did not complete the batch: {state}"


def test_crash_kill_9_during_ingest_then_rerun_completes(corpus_folder, analyzer):
    root, expected = corpus_folder
    seed = int(os.environ.get("LINIMASA_CRASH_SEED", random.randrange(1 << 30)))
    print(f"crash seed {seed} (set LINIMASA_CRASH_SEED to replay)")
    kill_and_rerun(root, expected, random.Random(seed), "quick", analyzer=analyzer)


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(6))
def test_crash_repeated_kills_never_leave_an_inconsistent_database(corpus_folder, round_):
    root, expected = corpus_folder
    kill_and_rerun(root, expected, random.Random(1000 + round_), f"slow{round_}", kill_rerun=round_ % 2 == 1)
