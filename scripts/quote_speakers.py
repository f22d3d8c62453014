"""Measure quotes left without a named speaker in `linimasa analyze` output (issue 17).

A quote counts against the analyser when its speaker is missing or only a bare
pronoun ("dia", "ia", "beliau", "-nya") although the article has named someone
before it: a PER or ORG mention, or an earlier quote's speaker. Quotes at the
very top of an article, before any name, are left out of the count: nobody can
say who speaks there.

Usage (from the repository root):

    linimasa analyze --text-col isi_berita --title-col judul --date-col tanggal \\
        --url-col tautan ../shared/corpora/detik-2025/data_berita.csv > /tmp/detik.jsonl
    python scripts/quote_speakers.py /tmp/detik.jsonl [--examples 20] [--seed 1]

Several files may be given (e.g. before and after a change); each gets one line.
"""
from __future__ import annotations

import argparse
import json
import random
import sys

PRONOUNS = frozenset({"dia", "ia", "beliau", "dirinya", "nya", "-nya"})


def unnamed(quote: dict) -> str | None:
    """'none' or 'pronoun' when the quote has no named speaker, else None."""
    words = (quote.get("speaker_text") or "").strip()
    if not words:
        return None if quote.get("speaker") else "none"
    if words.lower() in PRONOUNS and not quote.get("speaker"):
        return "pronoun"
    return None


def measure(path: str) -> tuple[dict, list[tuple[str, dict]]]:
    counts = {"documents": 0, "quotes": 0, "none": 0, "pronoun": 0, "against": 0}
    bad = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            analysis = json.loads(line)
            if "error" in analysis:
                continue
            counts["documents"] += 1
            names = sorted(m["start"] for m in analysis.get("mentions") or [] if m.get("type") in ("PER", "ORG"))
            first_name = names[0] if names else None
            first_speaker = None
            for quote in sorted(analysis.get("quotes") or [], key=lambda q: q["start"]):
                counts["quotes"] += 1
                why = unnamed(quote)
                if why:
                    counts[why] += 1
                    named_before = ((first_name is not None and first_name < quote["start"])
                                    or first_speaker is not None)
                    if named_before:
                        counts["against"] += 1
                        bad.append((analysis.get("title") or analysis.get("doc_id"), quote))
                elif first_speaker is None:
                    first_speaker = quote["start"]
    return counts, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="JSON Lines from `linimasa analyze`")
    parser.add_argument("--examples", type=int, default=0, help="print this many quotes that count against")
    parser.add_argument("--seed", type=int, default=1, help="random seed for drawing examples")
    args = parser.parse_args(argv)
    for path in args.files:
        counts, bad = measure(path)
        share = counts["against"] / counts["quotes"] if counts["quotes"] else 0.0
        print(f"{path}: {counts['documents']} documents, {counts['quotes']} quotes; "
              f"no speaker {counts['none']}, bare pronoun {counts['pronoun']}; "
              f"unnamed although a name stands before: {counts['against']} ({share:.1%})")
        for title, quote in random.Random(args.seed).sample(bad, min(args.examples, len(bad))):
            print(f"  [{quote['kind']}] {quote.get('speaker_text')!r} | {quote['text'][:100]!r} | {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
