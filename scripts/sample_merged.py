"""A seeded judging sheet of merged events with support >= 2 (issue 18 acceptance).

Reads a database written by `linimasa ingest` and draws `-n` merged events whose support is at least 2
(every one of them when there are fewer), with `random.Random(seed).sample` over the events ordered by
id. For each it prints the merged event and every member report: document, headline, date, the coded
event and its evidence sentence, so that a person can judge whether all members report one real event.

The sheet quotes the articles, so write it outside the repository; the judged record kept in
docs/quality/ names reports by document id and event index only.

Usage (from the repository root):

    linimasa ingest --db /tmp/merge.duckdb --text-col isi_berita --title-col judul --date-col tanggal \\
        --url-col tautan ../shared/corpora/detik-2025/data_berita.csv ../shared/seeds
    python scripts/sample_merged.py /tmp/merge.duckdb --seed 18 -n 50 > /tmp/merged-sheet.md
"""
from __future__ import annotations

import argparse
import random
import sys

import duckdb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a database written by linimasa ingest")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("-n", type=int, default=50)
    args = parser.parse_args(argv)

    con = duckdb.connect(args.db, read_only=True)
    total = con.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    rows = con.execute("SELECT event_id, type, mode, source, target, date, date_end, precision, support, "
                       "reports, outlets FROM merged_events WHERE support >= 2 ORDER BY event_id").fetchall()
    print(f"merged events {total}; with support >= 2: {len(rows)}; drawn {min(args.n, len(rows))} "
          f"with random.Random({args.seed})")
    print()
    drawn = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    for number, row in enumerate(drawn, 1):
        event_id, etype, mode, source, target, day, day_end, precision, support, reports, outlets = row
        print(f"## {number}. {event_id}: {etype}{'/' + mode if mode else ''} {source} -> {target}, "
              f"{day}..{day_end} ({precision}); support {support}, reports {reports}, outlets {outlets}")
        members = con.execute("""
            SELECT m.doc_id, m.idx, d.title, d.published, e.trigger, e.date, e.source, e.target, e.evidence
            FROM merged_event_members m JOIN events e USING (doc_id, idx) JOIN documents d USING (doc_id)
            WHERE m.event_id = ? ORDER BY d.published, m.doc_id, m.idx""", [event_id]).fetchall()
        for doc_id, idx, title, published, trigger, edate, esrc, etgt, evidence in members:
            print(f"- {doc_id}#{idx} ({published}) {title}")
            print(f"  {esrc} -> {etgt}, trigger '{trigger}', date {edate}: {evidence}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
