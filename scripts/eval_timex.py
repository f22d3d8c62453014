"""TIME-span detection F1 of the `timexes` parser on IndoLEM NER UGM.

    .venv/bin/python scripts/eval_timex.py [--corpus ../shared/corpora/ner/indolem_nerugm] [--json]

The corpus is CoNLL-style (token TAB BIO-tag, blank line between sentences). Tokens are
joined with single spaces to rebuild each sentence; gold spans are the B-TIME/I-TIME
runs. A predicted span counts as correct when it overlaps a gold TIME span; a gold span
is found when some prediction overlaps it. Clock times and durations count (the corpus
tags them TIME). No text of the corpus is stored in the project.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from linimasa.language.timexes import TimexParser


def read_conll(path: Path):
    sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        sentence.append((token, tag.strip()))
    if sentence:
        yield sentence


def rebuild(sentence):
    """Sentence text and gold TIME spans (character offsets)."""
    parts, spans, pos, open_start, last_end = [], [], 0, None, 0
    for token, tag in sentence:
        start = pos
        parts.append(token)
        pos += len(token) + 1
        if tag == "B-TIME" or (tag == "I-TIME" and open_start is None):
            if open_start is not None:
                spans.append((open_start, last_end))
            open_start = start
        elif tag != "I-TIME" and open_start is not None:
            spans.append((open_start, last_end))
            open_start = None
        last_end = start + len(token)
    if open_start is not None:
        spans.append((open_start, last_end))
    return " ".join(parts), spans


# Rules whose class the corpus does not annotate: its guidelines tag calendar
# expressions (dates, weekdays, months, years, clock times) but leave deictic words
# ("kemarin", "hari ini", "nanti"), relative units ("tahun lalu") and most durations
# ("dua tahun") untagged. The "aligned" score leaves these rules out; the "all" score
# keeps every rule. Both are reported.
UNANNOTATED_RULES = frozenset({"deictic", "unit_relative", "offset", "duration"})


def evaluate(parser: TimexParser, path: Path, skip_rules=frozenset()) -> dict:
    tp = fp = found = total = 0
    for sentence in read_conll(path):
        text, gold = rebuild(sentence)
        predicted = [(t.start, t.end) for t in parser.parse(text, None) if t.rule not in skip_rules]
        total += len(gold)
        for start, end in predicted:
            if any(start < g_end and g_start < end for g_start, g_end in gold):
                tp += 1
            else:
                fp += 1
        found += sum(1 for g_start, g_end in gold if any(s < g_end and g_start < e for s, e in predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = found / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": total, "predicted": tp + fp}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpora/ner/indolem_nerugm")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    timex = TimexParser()
    results = {}
    for split in ("train", "dev", "test"):
        path = Path(args.corpus) / f"{split}.01.tsv"
        results[f"{split}/aligned"] = evaluate(timex, path, UNANNOTATED_RULES)
        results[f"{split}/all"] = evaluate(timex, path)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for split, row in results.items():
            print(f"{split:13s} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f} "
                  f"(gold {row['gold']}, predicted {row['predicted']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
