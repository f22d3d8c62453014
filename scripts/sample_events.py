"""Event density and a random sample of events to judge by hand (issue 18).

Reads `linimasa analyze` output (JSON Lines) and prints:
- documents, distinct documents (by `doc_id`), events, and events per distinct document;
- events by type;
- a reproducible random sample of events (`--seed`, `-n`) as a judging sheet: the document's id and
  headline, the event's sentence, and what was coded (type, mode, source -> target, date, rule).

The sheet quotes the articles, so write it outside the repository (the default is standard output); the
judged record kept in docs/quality/ names each event by document id, sentence number and trigger only.

Usage (from the repository root):

    linimasa analyze --text-col isi_berita --title-col judul --date-col tanggal --url-col tautan \\
        ../shared/corpora/detik-2025/data_berita.csv > /tmp/detik.jsonl
    python scripts/sample_events.py /tmp/detik.jsonl --seed 18 -n 50 > /tmp/events-sheet.md
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def distinct(analyses: list[dict]) -> list[dict]:
    seen: set[str] = set()
    out = []
    for analysis in analyses:
        if "error" in analysis or analysis.get("doc_id") in seen:
            continue
        seen.add(analysis.get("doc_id"))
        out.append(analysis)
    return out


def actor_label(analysis: dict, actor_id: str | None) -> str:
    if not actor_id:
        return "-"
    actors = analysis.get("actors") or {}
    actor = actors.get(actor_id) if isinstance(actors, dict) else None
    if not actor:
        return actor_id
    return f"{actor.get('name')} [{actor.get('country') or '?'} {actor.get('sector') or ''}]".strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", help="linimasa analyze output")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("-n", type=int, default=50, help="events to draw (default 50)")
    args = parser.parse_args(argv)

    analyses = load(args.jsonl)
    docs = distinct(analyses)
    events = [(doc, event) for doc in docs for event in doc.get("events") or []]
    print(f"documents {len(analyses)}, distinct {len(docs)}, events {len(events)}, "
          f"events per distinct document {len(events) / max(1, len(docs)):.2f}")
    with_events = sum(1 for doc in docs if doc.get("events"))
    print(f"distinct documents with at least one event: {with_events}")
    by_type = collections.Counter(event["type"] for _, event in events)
    print("by type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
    print()
    sample = random.Random(args.seed).sample(events, min(args.n, len(events)))
    for number, (doc, event) in enumerate(sample, 1):
        sentence = next((s for s in doc.get("sentences") or [] if s["index"] == event.get("sentence")), None)
        row = (doc.get("meta") or {}).get("id")
        print(f"## {number}. doc {doc.get('doc_id')} (csv id {row}) sentence {event.get('sentence')}")
        print(f"headline: {doc.get('title')}")
        print(f"sentence: {sentence['text'] if sentence else '?'}")
        print(f"coded: {event['type']}{'/' + event['mode'] if event.get('mode') else ''} "
              f"{actor_label(doc, event.get('source'))} -> {actor_label(doc, event.get('target'))}; "
              f"trigger '{event.get('trigger')}'; date {event.get('date')}..{event.get('date_end')} "
              f"({event.get('date_precision')}); {event.get('modality')}; rule {event.get('rule')}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
