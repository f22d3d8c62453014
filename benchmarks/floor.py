"""The bare-tokenizer floor in a process of its own: `spacy.blank("id")` and nothing else loaded.

    .venv/bin/python benchmarks/floor.py TEXTS.jsonl START END

Reads JSON strings (one text per line), warms the tokenizer on the first 20
texts and on every text before START (so its caches and vocabulary are in the
state the in-process floor and the pipeline reach by then: a cold tokenizer
would make the floor look slower than it is), tokenizes texts START..END-1
and prints the CPU seconds of that loop. benchmarks/run.py calls it once per
round, between its pipeline rounds, so both sides see the same machine.
"""
from __future__ import annotations

import json
import sys
import time


def main(argv=None) -> int:
    path, start, end = (argv or sys.argv[1:])[:3]
    with open(path, encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    import spacy

    nlp = spacy.blank("id")
    for text in texts[:max(20, int(start))]:
        nlp.tokenizer(text)
    began = time.process_time()
    for text in texts[int(start):int(end)]:
        nlp.tokenizer(text)
    print(time.process_time() - began)
    return 0


if __name__ == "__main__":
    sys.exit(main())
