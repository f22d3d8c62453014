#!/usr/bin/env python3
"""Score the seeds with ../shared/eval/score.py and hold the scores to the pinned baseline.

    python scripts/quality_gate.py --report                  # print both tables (make eval)
    python scripts/quality_gate.py --check                   # fail if a pinned score dropped
    python scripts/quality_gate.py --write-baseline          # pin the current scores (refuses a drop)
    python scripts/quality_gate.py --write-baseline --allow-drop   # pin a drop, deliberately

The scorer is run twice: with the publication dates given, and with
--no-published (which scores the inferred document-date windows). Every
precision and recall it reports is pinned in quality/baseline.json, and the
median window width too (where lower is better). Exits 0 with a message when
../shared is absent, because the product must not need it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "quality" / "baseline.json"
MODES = {"with_published": [], "no_published": ["--no-published"]}
# Scores are deterministic; this only absorbs float formatting.
TOLERANCE = 1e-6


def linimasa_command() -> str:
    exe = Path(sys.executable).with_name("linimasa")
    return str(exe) + " analyze" if exe.exists() else "linimasa analyze"


def score(shared: Path, extra: list[str]) -> dict:
    args = [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "seeds.gold.json"),
            "--docs", str(shared / "seeds"), "--cmd", linimasa_command(), "--json", *extra]
    done = subprocess.run(args, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"score.py failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def misses(shared: Path, extra: list[str]) -> str:
    args = [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "seeds.gold.json"),
            "--docs", str(shared / "seeds"), "--cmd", linimasa_command(), "-v", *extra]
    return subprocess.run(args, capture_output=True, text=True, timeout=900).stdout


def flatten(results: dict[str, dict]) -> dict[str, float]:
    """{"with_published/events/precision": 0.8, ...}: the numbers that are pinned."""
    flat = {}
    for mode, rows in results.items():
        for measure, row in rows.items():
            for key in ("precision", "recall", "median_width_days"):
                if row.get(key) is not None:
                    flat[f"{mode}/{measure}/{key}"] = float(row[key])
    return flat


def drops(current: dict[str, float], pinned: dict[str, float]) -> list[str]:
    found = []
    for key, floor in pinned.items():
        now = current.get(key)
        lower_is_better = key.endswith("median_width_days")
        if now is None:
            found.append(f"{key}: pinned {floor:.3f}, now missing")
        elif (now > floor + TOLERANCE) if lower_is_better else (now < floor - TOLERANCE):
            found.append(f"{key}: pinned {floor:.3f}, now {now:.3f}")
    return found


def table(results: dict[str, dict]) -> str:
    fmt = lambda v: "  -  " if v is None else f"{v:5.2f}"
    lines = []
    for mode, rows in results.items():
        lines.append(f"\n{mode.replace('_', ' ')}:")
        lines.append(f"  {'measure':18} {'prec':>5} {'recall':>6} {'F1':>5}")
        for measure, row in rows.items():
            extra = f"  median window {row['median_width_days']} days" if "median_width_days" in row else ""
            lines.append(f"  {measure:18} {fmt(row['precision'])} {fmt(row['recall']):>6} {fmt(row['f1'])}{extra}")
    return "\n".join(lines)


def run_all(shared: Path) -> dict[str, dict]:
    return {mode: score(shared, extra) for mode, extra in MODES.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--report", action="store_true", help="print the score tables")
    parser.add_argument("--verbose", action="store_true", help="also list every miss")
    parser.add_argument("--check", action="store_true", help="exit 1 if a pinned score dropped")
    parser.add_argument("--write-baseline", action="store_true", help="pin the current scores")
    parser.add_argument("--allow-drop", action="store_true", help="with --write-baseline: accept lower scores")
    args = parser.parse_args(argv)
    shared = args.shared.resolve()
    if not (shared / "eval" / "score.py").exists():
        print(f"skipped: {shared}/eval/score.py not found (the seed evaluation needs ../shared)")
        return 0
    results = run_all(shared)
    current = flatten(results)
    if args.report or not (args.check or args.write_baseline):
        print(table(results))
    if args.verbose:
        for mode, extra in MODES.items():
            print(f"\nmisses, {mode}:\n{misses(shared, extra)}")
    pinned = json.loads(BASELINE.read_text())["scores"] if BASELINE.exists() else {}
    lost = drops(current, pinned)
    if args.write_baseline:
        if lost and not args.allow_drop:
            print("refusing to pin lower scores (use --allow-drop and say why in the commit):\n  " + "\n  ".join(lost))
            return 1
        BASELINE.parent.mkdir(exist_ok=True)
        BASELINE.write_text(json.dumps({
            "about": "Seed scores from ../shared/eval/score.py, pinned by `make baseline`. "
                     "tests/test_quality_gate.py fails when any drops; lowering one needs "
                     "`make baseline ALLOW_DROP=1` and a sentence in the commit message.",
            "recorded": date.today().isoformat(),
            "scores": current,
        }, indent=1, sort_keys=False) + "\n")
        print(f"pinned {len(current)} scores in {BASELINE.relative_to(ROOT)}")
    if args.check and lost:
        print("quality gate: scores dropped below the baseline:\n  " + "\n  ".join(lost))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
