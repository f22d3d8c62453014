"""Measure the corpus layer on the Detik 2025 corpus (not part of the default test suite).

Converts ../shared/corpora/detik-2025/data_berita.csv (dates as M/D/YYYY H:M) to
a temporary CSV with ISO dates, ingests it with the CSV options, and prints:
distinct texts, stored documents, canonical documents, copies, stories and the
largest stories with their labels. Nothing from the corpus is written into the
repository.

    .venv/bin/python scripts/corpus_report.py [--db /tmp/detik.duckdb] [--top 10] [--calibrate]

--calibrate also prints, for every document, its best Jaccard estimate against
any other document (the gap between copies and distinct articles sets
duplicates.THRESHOLD).
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from linimasa.batch import ingest
from linimasa.document import document_id
from linimasa.ingest.readers import ReadOptions
from linimasa.store import corpus as tables
from linimasa.store.db import Store

CSV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "detik-2025" / "data_berita.csv"


def convert(source: Path, target: Path) -> list[dict]:
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["judul", "tautan", "tanggal", "isi_berita"])
        writer.writeheader()
        for row in rows:
            day = datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M").date().isoformat()
            writer.writerow({"judul": row["judul"], "tautan": row["tautan"], "tanggal": day,
                             "isi_berita": row["isi_berita"]})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    if not CSV.exists():
        print(f"{CSV} is absent", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="detik-"))
    rows = convert(CSV, work / "detik.csv")
    db = args.db or str(work / "detik.duckdb")
    started = time.perf_counter()
    with Store(db) as store:
        summary = ingest([work / "detik.csv"], store, options=ReadOptions(
            text_col="isi_berita", title_col="judul", date_col="tanggal", url_col="tautan"))
        seconds = time.perf_counter() - started
        con = store.con
        distinct = len({document_id(r["isi_berita"]) for r in rows})
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        kinds = dict(con.execute("SELECT duplicate_kind, count(*) FROM corpus_documents GROUP BY 1").fetchall())
        stories = tables.stories(con)
        sizes = sorted((s["size"] for s in stories), reverse=True)
        print(f"articles {len(rows)}, distinct texts {distinct}, stored {stored}, new {summary.new}, "
              f"unchanged {summary.unchanged}, failed {len(summary.failed)}, {seconds:.0f}s")
        print(f"corpus documents by kind: {kinds}")
        print(f"stories {len(stories)}; singletons {sum(1 for s in sizes if s == 1)}; sizes {sizes[:30]}")
        print(f"merged events {con.execute('SELECT count(*) FROM merged_events').fetchone()[0]} from "
              f"{con.execute('SELECT count(*) FROM merged_event_members').fetchone()[0]} reports")
        for story in stories[:args.top]:
            titles = [r[0] for r in con.execute(
                "SELECT d.title FROM corpus_documents c JOIN documents d USING (doc_id) WHERE c.story_id = ? "
                "ORDER BY c.seq LIMIT 4", [story["story_id"]]).fetchall()]
            print(f"\n#{story['story_id']} size {story['size']} ({story['first_date']}..{story['last_date']}): "
                  f"{story['label']}")
            for title in titles:
                print(f"    - {title}")
        for copy, canonical, sim in con.execute(
                "SELECT c.doc_id, c.canonical_id, c.similarity FROM corpus_documents c "
                "WHERE duplicate_kind != 'canonical' ORDER BY similarity").fetchall()[:10]:
            pair = [con.execute("SELECT title FROM documents WHERE doc_id = ?", [d]).fetchone()[0]
                    for d in (copy, canonical)]
            print(f"copy {sim:.2f}: {pair[0]!r} ~ {pair[1]!r}")
        if args.calibrate:
            from linimasa.corpus.duplicates import jaccard
            import numpy as np

            sigs = [np.array(v, dtype=np.uint64) for _, v in con.execute(
                "SELECT doc_id, hashvalues FROM corpus_signatures").fetchall()]
            best = []
            for i, a in enumerate(sigs):
                best.append(max((jaccard(a, b) for j, b in enumerate(sigs) if j != i), default=0.0))
            hist = np.histogram(best, bins=[0, .1, .2, .3, .4, .5, .6, .7, .8, .9, 1.01])
            print("best Jaccard per document, histogram:", list(zip(hist[1][:-1].round(1), hist[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
