#!/usr/bin/env python3
"""How many PER/ORG mentions resolve to an actor with a country, from `linimasa analyze` output.

Usage:
    linimasa analyze --text-col isi_berita --title-col judul --date-col tanggal --url-col tautan \\
        ../shared/corpora/detik-2025/data_berita.csv > /tmp/detik.jsonl
    python scripts/actor_coverage.py /tmp/detik.jsonl [--top 30] [--sample 50 --seed 17]

Prints the share of PER/ORG mentions whose actor has a country, the share that
resolve to any actor, how local (non-dictionary) actors were decided (by
evidence level), and the most frequent PER/ORG mention texts left without a
country. `--sample N --seed S` also draws N local actors at random (one per
document at most) with the sentence that introduced them, for judging by hand.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter


def read(path: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("{"):
                record = json.loads(line)
                if "error" not in record:
                    yield record


# Pronoun mentions (coreference and the speech_pronouns stage) point at an actor named elsewhere; they
# are not names, so they are left out of the share (with them it would look better than it is).
PRONOUNS = frozenset({"saya", "aku", "kami", "kita", "gue", "gua", "ia", "dia", "beliau", "anda", "kamu",
                      "engkau", "kau", "mereka", "bapak", "ibu"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl")
    parser.add_argument("--types", default="PER,ORG")
    parser.add_argument("--top", type=int, default=30, help="list this many unresolved mention texts")
    parser.add_argument("--sample", type=int, default=0, help="draw this many local actors for judging")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    types = set(args.types.split(","))

    total = with_actor = with_country = 0
    missing: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    locals_: list[dict] = []
    documents = 0
    for doc in read(args.jsonl):
        documents += 1
        actors = doc.get("actors") or {}
        for mention in doc.get("mentions") or []:
            if mention.get("type") not in types or mention["text"].lower() in PRONOUNS:
                continue
            total += 1
            actor = actors.get(mention.get("actor") or "")
            if actor is None:
                missing[mention["text"]] += 1
                continue
            with_actor += 1
            if actor.get("country"):
                with_country += 1
            else:
                missing[mention["text"]] += 1
        sentences = doc.get("sentences") or []
        candidates = []
        for actor_id, actor in actors.items():
            if not actor.get("local"):
                continue
            evidence[str(actor.get("evidence"))] += 1
            first = next((m for m in doc.get("mentions") or [] if m.get("actor") == actor_id), None)
            sentence = sentences[first["sentence"]]["text"] if first and first["sentence"] < len(sentences) else ""
            candidates.append({"doc": doc.get("doc_id"), "title": doc.get("title"), "id": actor_id,
                               "name": actor.get("name"), "kind": actor.get("kind"),
                               "country": actor.get("country"), "sector": actor.get("sector"),
                               "role": actor.get("role"), "evidence": actor.get("evidence"),
                               "cue": actor.get("cue"), "sentence": sentence})
        locals_.append(candidates)

    def share(part: int) -> str:
        return f"{part / total:.1%}" if total else "-"

    print(f"documents: {documents}")
    print(f"{'+'.join(sorted(types))} mentions: {total}")
    print(f"  resolve to an actor:             {with_actor} ({share(with_actor)})")
    print(f"  resolve to an actor with country: {with_country} ({share(with_country)})")
    print("local actors by evidence level: " + ", ".join(f"{k}: {v}" for k, v in sorted(evidence.items())))
    if args.top:
        print(f"most frequent mentions without a country (top {args.top}):")
        for text, count in missing.most_common(args.top):
            print(f"  {count:5d}  {text}")
    if args.sample:
        rng = random.Random(args.seed)
        pool = [candidates for candidates in locals_ if candidates]
        rng.shuffle(pool)
        drawn = [rng.choice(candidates) for candidates in pool[:args.sample]]
        json.dump(drawn, sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
