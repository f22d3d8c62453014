"""Assemble the 100,000-article benchmark corpus from the 1,000 Detik articles.

    .venv/bin/python benchmarks/make_corpus.py [--detik PATH] [--copies 100] [--out benchmarks/work/corpus100k]

Copy k (0..copies-1) of every article is written to `part-<k>.jsonl`
(1,000 documents, ~3.5 MB: the readers refuse files over 20 MB). What varies per copy:
- `source`: a new outlet name, `outlet-<k>` (copy 0 keeps "detik");
- `published`: the article's date plus k days;
- the text, for k > 0, so every copy has its own doc_id and deduplication has
  real near-duplicates to find: an editor's sign-off line "(red/k<k>)" is
  appended, and in odd copies the first "mengatakan" becomes "menyatakan".
Everything else (title, body, url with "?copy=<k>") is the original.
The output is under benchmarks/work/, which git ignores: the Detik text has no
licence and is never committed.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path


def read_detik(path: Path) -> list[dict]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if (row.get("isi_berita") or "").strip()]


def detik_document(row: dict) -> dict:
    """One Detik CSV row as a linimasa input object (ISO date; the CSV has 10/21/2025 20:43)."""
    published = datetime.strptime(row["tanggal"], "%m/%d/%Y %H:%M").date()
    return {"id": row["id"], "title": row["judul"], "published": published.isoformat(), "source": "detik",
            "url": row["tautan"], "text": row["isi_berita"].replace("\r\n", "\n")}


def variant(doc: dict, k: int) -> dict:
    if k == 0:
        return dict(doc)
    text = doc["text"]
    if k % 2 == 1:
        text = text.replace("mengatakan", "menyatakan", 1)
    published = datetime.fromisoformat(doc["published"]).date() + timedelta(days=k)
    return {**doc, "id": f"{doc['id']}-{k}", "source": f"outlet-{k:03d}", "published": published.isoformat(),
            "url": f"{doc['url']}?copy={k}", "text": text.rstrip() + f"\n(red/k{k:03d})"}


def write_corpus(rows: list[dict], out: Path, copies: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    docs = [detik_document(r) for r in rows]
    for k in range(copies):
        with (out / f"part-{k:03d}.jsonl").open("w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(variant(doc, k), ensure_ascii=False) + "\n")
    return len(docs) * copies


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detik", default="../shared/corpora/detik-2025/data_berita.csv")
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--out", default="benchmarks/work/corpus100k")
    args = parser.parse_args(argv)
    total = write_corpus(read_detik(Path(args.detik)), Path(args.out), args.copies)
    print(f"{total} documents in {args.copies} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
