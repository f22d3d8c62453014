"""Story sizes, the largest stories with their labels, and a seeded random sample of stories to judge by hand.

    python scripts/story_report.py DB.duckdb [--largest 10] [--sample 20] [--seed 7001] [--min-docs 1]
                                   [--path-like %gaza-pages%] [--story ID] [--reasons] [--relabel]

Reads a database built by `linimasa ingest` (read-only). The sample draws
`--sample` stories with at least `--min-docs` documents using `--seed`, and
prints each with its label, span, outlets and every document's title (and,
with `--reasons`, why it is in the story), so a person can judge whether the
story is one developing matter. `--path-like` shows which stories hold the
documents whose input path matches a SQL LIKE pattern (e.g. the seeds).
`--relabel` first recomputes every story's labels from the stored profiles
with the current rules (it writes to DB; membership is unchanged), so a rule
change to the labels can be judged without ingesting again.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

import duckdb

from linimasa.web import queries


def size_buckets(sizes: list[int]) -> list[tuple[str, int]]:
    edges = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 40), (41, 10**9)]
    return [(f"{lo}" if lo == hi else (f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"),
             sum(lo <= s <= hi for s in sizes)) for lo, hi in edges]


def print_story(con, story_id: int, *, reasons: bool, out) -> None:
    found = queries.story(con, story_id)
    if found is None:
        print(f"story {story_id}: not found", file=out)
        return
    span = f"{found['first_date']} … {found['last_date']}"
    print(f"== story {story_id} ({found['document_count']} documents, {found['events']} events, {span})", file=out)
    print(f"   ID: {found['label']}", file=out)
    print(f"   EN: {found['label_en']}", file=out)
    print(f"   outlets: {', '.join(found['outlets'][:6]) or '-'}", file=out)
    print(f"   key actors: {', '.join(a['name'] for a in found['key_actors']) or '-'}", file=out)
    if found.get("follows"):
        print(f"   split from story {found['follows']}", file=out)
    for doc in found["documents"]:
        title = (doc["title"] or doc["doc_id"])[:100]
        when = str(doc["published"]) if doc["published"] else f"~{doc['date'] or '?'}"  # ~: inferred, not published
        print(f"   - {when:11s}  {title}  [{doc['outlet'] or '?'}]", file=out)
        if reasons:
            print(f"       why: {doc['reason']['text']}", file=out)


def main(argv: list[str] | None = None, out=sys.stdout) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--largest", type=int, default=10)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7001)
    parser.add_argument("--min-docs", type=int, default=1, help="draw only stories with at least this many documents")
    parser.add_argument("--path-like", help="show the stories of documents whose input path matches (SQL LIKE)")
    parser.add_argument("--story", type=int, action="append", help="print this story (repeatable)")
    parser.add_argument("--reasons", action="store_true", help="print why each document is in its story")
    parser.add_argument("--relabel", action="store_true",
                        help="recompute the labels with the current rules first (writes to DB)")
    args = parser.parse_args(argv)
    if args.relabel:
        from linimasa.corpus.update import relabel_stories
        from linimasa.store.db import Store
        with Store(args.db) as store:
            print(f"relabelled {relabel_stories(store)} stories", file=out)
    con = duckdb.connect(args.db, read_only=True)
    if args.story:
        for story_id in args.story:
            print_story(con, story_id, reasons=args.reasons, out=out)
        return 0
    stories = queries.stories(con)
    sizes = [s["documents"] for s in stories]
    print(f"{len(stories)} stories, {sum(sizes)} documents; largest {sizes[:10]}", file=out)
    print("sizes: " + ", ".join(f"{name}: {n}" for name, n in size_buckets(sizes)), file=out)
    kinds = Counter(r[0] for r in con.execute("SELECT kind FROM story_reasons").fetchall())
    print("how documents came in: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())), file=out)
    print(f"\n-- the {args.largest} largest stories", file=out)
    for s in stories[:args.largest]:
        print(f"{s['documents']:4d}  #{s['story_id']}  {s['label']}  |  {s['label_en']}  "
              f"({s['first_date']} … {s['last_date']})", file=out)
    if args.path_like:
        found = con.execute("""SELECT c.story_id, count(*) FROM documents d JOIN corpus_documents c USING (doc_id)
                               WHERE d.path LIKE ? GROUP BY c.story_id ORDER BY count(*) DESC""",
                            [args.path_like]).fetchall()
        print(f"\n-- documents whose path is like {args.path_like!r}, by story: {found}", file=out)
        for story_id, _ in found:
            print_story(con, story_id, reasons=args.reasons, out=out)
    pool = sorted(s["story_id"] for s in stories if s["documents"] >= args.min_docs)
    drawn = sorted(random.Random(args.seed).sample(pool, min(args.sample, len(pool))))
    print(f"\n-- {len(drawn)} stories drawn with seed {args.seed} from the {len(pool)} with "
          f">= {args.min_docs} documents", file=out)
    for story_id in drawn:
        print_story(con, story_id, reasons=args.reasons, out=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
