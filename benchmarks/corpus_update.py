"""Replay the corpus update over an analysed database, batch by batch, and time it as the corpus grows.

    .venv/bin/python benchmarks/corpus_update.py SOURCE.duckdb [--work DIR] [--batch 64] [--limit N]

SOURCE is any database `linimasa ingest` built. It is copied to --work, its
corpus tables are emptied, and `update_corpus` is called for the stored
documents in ingest order, `--batch` at a time, as `linimasa ingest` does
after each stored batch. Printed per 1,000 documents: the milliseconds per
document of the update, so a cost that grows with the corpus (reloading or
scanning what is stored) shows as a rising line. `--check` also compares the
rebuilt corpus tables with the source's (they must be equal when the source
was ingested with the same code).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from linimasa.corpus.update import update_corpus
from linimasa.store.corpus import CORPUS_TABLES
from linimasa.store.db import Store


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--work", default="benchmarks/work/corpus-update")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", help="write the per-1,000 timings here")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "replay.duckdb"
    shutil.copy(args.source, db)
    with Store(db) as store:
        con = store.con
        for table in CORPUS_TABLES:
            con.execute(f"DELETE FROM {table}")
        con.execute("CHECKPOINT")
        ids = [r[0] for r in con.execute(
            "SELECT doc_id FROM documents ORDER BY ingested_at, path, line, doc_id").fetchall()]
        if args.limit:
            ids = ids[:args.limit]
        rows, block, block_seconds, total = [], 0, 0.0, 0.0
        for start in range(0, len(ids), args.batch):
            batch = ids[start:start + args.batch]
            began = time.perf_counter()
            update_corpus(store, batch)
            seconds = time.perf_counter() - began
            block += len(batch)
            block_seconds += seconds
            total += seconds
            if block >= 1000 or start + args.batch >= len(ids):
                done = start + len(batch)
                rows.append({"documents": done, "ms_per_doc": round(1000 * block_seconds / block, 2)})
                print(f"{done:>7} documents: {1000 * block_seconds / block:7.2f} ms/doc", file=sys.stderr)
                block, block_seconds = 0, 0.0
        print(f"total {total:.1f} s for {len(ids)} documents ({1000 * total / max(1, len(ids)):.2f} ms/doc)",
              file=sys.stderr)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CORPUS_TABLES}
    print(json.dumps(counts))
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "total_s": total, "counts": counts}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
