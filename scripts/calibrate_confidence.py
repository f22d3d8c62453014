#!/usr/bin/env python3
"""Calibrate event confidence per PLOVER type from judged events.

    python scripts/calibrate_confidence.py [--shared ../shared]

Evidence, per type:
- the seeds: every event `linimasa analyze` codes on ../shared/seeds (with their
  publication dates) is right when it matches a gold event under the scorer's own
  rule (../shared/eval/score.py `event_matches`);
- hand judgements of events coded from the Detik corpus (quality/event_judgements.yaml).

The rate of right events per type is smoothed towards the type's prior, the mean
hand-set confidence of its trigger rules (resources/id/triggers.yaml), with
PRIOR_STRENGTH pseudo-observations, so a type seen twice keeps mostly its prior.
The coder multiplies each rule's hand-set confidence by the type's factor
(rate / prior), keeping the order among rules of one type while moving the type's
mean to what was observed. Writes src/linimasa/resources/id/event_confidence.yaml.
Re-run after changing triggers or adding judgements; the quality gate is unaffected.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "linimasa" / "resources" / "id" / "event_confidence.yaml"
JUDGEMENTS = ROOT / "quality" / "event_judgements.yaml"
# Pseudo-observations behind each type's prior: calibrated on nothing more than
# keeping a type judged once or twice from swinging to 0 or 1.
PRIOR_STRENGTH = 4


def type_priors() -> dict[str, float]:
    data = yaml.safe_load((ROOT / "src/linimasa/resources/id/triggers.yaml").read_text(encoding="utf-8"))
    by_type: dict[str, list[float]] = defaultdict(list)
    for rule in data["triggers"]:
        by_type[rule["type"]].append(float(rule.get("confidence", 0.6)))
    return {t: sum(v) / len(v) for t, v in by_type.items()}


def seed_outcomes(shared: Path) -> list[tuple[str, bool, float]]:
    """(type, right, confidence) for every event coded on the seeds."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from linimasa.analysis import Analyzer
    from linimasa.contract import to_contract
    from linimasa.ingest.readers import ReadOptions, read_path

    gold = json.loads((shared / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    analyzer = Analyzer()
    outcomes = []
    for doc in gold["documents"]:
        options = ReadOptions(published=date.fromisoformat(doc["published"]))
        [item] = list(read_path(shared / "seeds" / doc["file"], options))
        analysis = to_contract(analyzer.analyze(item))
        for event in analysis["events"]:
            right = any(score.event_matches(g, event, analysis) for g in doc["events"])
            outcomes.append((event["type"], right, event["confidence"]))
    return outcomes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        print(f"skipped: {args.shared}/eval not found; the seeds are part of the calibration evidence")
        return 0
    priors = type_priors()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    seeds = seed_outcomes(args.shared)
    for kind, right, _ in seeds:
        counts[kind][0] += 1
        counts[kind][1] += right
    judged = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8"))["judgements"]
    for record in judged:
        counts[record["type"]][0] += 1
        counts[record["type"]][1] += bool(record["correct"])
    types = {}
    for kind, prior in sorted(priors.items()):
        n, k = counts.get(kind, [0, 0])
        rate = (k + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH)
        types[kind] = {"judged": n, "right": k, "prior": round(prior, 3), "rate": round(rate, 3),
                       "factor": round(rate / prior, 3)}
    # Brier score of the seed events before and after, as a check the factors help
    before = sum((c - r) ** 2 for _, r, c in seeds) / len(seeds)
    after = sum((min(0.99, c * types[t]["factor"]) - r) ** 2 for t, r, c in seeds) / len(seeds)
    header = {
        "about": "Per-type confidence factors for the event coder, written by scripts/calibrate_confidence.py. "
                 "An event's confidence is its trigger rule's hand-set value times its type's factor "
                 "(times the coder's fallback factors), capped at 0.99.",
        "source": f"{len(seeds)} events coded on ../shared/seeds judged by the gold annotation's matching rule, "
                  f"and {len(judged)} hand-judged Detik events (quality/event_judgements.yaml); "
                  f"prior strength {PRIOR_STRENGTH}. Generated {date.today().isoformat()}.",
        "known_issues": [
            "Few judgements: most types rest mainly on their prior.",
            f"Seed Brier score {before:.3f} with the hand-set values, {after:.3f} after (the seeds are also "
            "calibration data, so this is an in-sample check, not a held-out one).",
        ],
        "types": types,
    }
    OUT.write_text(yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    for kind, row in types.items():
        print(f"{kind:10} judged {row['judged']:3}  right {row['right']:3}  prior {row['prior']:.2f}  "
              f"rate {row['rate']:.2f}  factor {row['factor']:.2f}")
    print(f"seed Brier score {before:.3f} -> {after:.3f}; wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
