#!/usr/bin/env python3
"""Score the seeds and the development set with ../shared/eval/score.py; hold every score to the baseline.

    python scripts/quality_gate.py --report                  # print every table (make eval)
    python scripts/quality_gate.py --check                   # fail if a pinned score dropped
    python scripts/quality_gate.py --write-baseline          # pin the current scores (refuses a drop)
    python scripts/quality_gate.py --write-baseline --allow-drop   # pin a drop, deliberately
    python scripts/quality_gate.py --report --subprocess     # score through `linimasa analyze`, one run a document

What is scored (SUITES): the five seeds with the publication dates given and
with --no-published (which scores the inferred document-date windows), and the
30 hand-annotated development articles (../shared/eval/dev: Detik and Gaza)
with their dates given. Every precision and recall score.py reports is pinned
in quality/baseline.json, and the median window width too (where lower is
better). The seed scores keep their original keys ("with_published/events/
precision"); the others are prefixed with their suite ("detik-dev/
with_published/events/precision").

score.py runs `linimasa analyze` once per document, so 40 documents cost 40
interpreter and model start-ups (about 1 s each). By default the gate loads
score.py as a module and hands it one in-process Analyzer instead: the same
library call and contract object the command writes (to_contract, then JSON),
without the start-ups. `--subprocess` scores exactly as score.py does on its own;
tests/test_quality_gate.py checks that both give the same analysis.

Exits 0 with a message when ../shared is absent, because the product must not need it.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "quality" / "baseline.json"
MODES = {"with_published": [], "no_published": ["--no-published"]}
# Scores are deterministic; this only absorbs float formatting.
TOLERANCE = 1e-6


@dataclass(frozen=True)
class Suite:
    """One gold file, the folder of its documents (both relative to ../shared) and the modes it is scored in."""

    name: str
    gold: str
    docs: str
    modes: tuple[str, ...]
    prefix: str  # the pinned keys' prefix; the seeds keep the keys they were first pinned under

    def available(self, shared: Path) -> bool:
        return (shared / self.gold).exists() and (shared / self.docs).is_dir()


SUITES = (
    Suite("seeds", "eval/seeds.gold.json", "seeds", ("with_published", "no_published"), ""),
    Suite("detik-dev", "eval/dev/detik-dev.gold.json", "eval/dev", ("with_published",), "detik-dev/"),
    Suite("gaza-dev", "eval/dev/gaza-dev.gold.json", "eval/dev", ("with_published",), "gaza-dev/"),
)


def linimasa_command() -> str:
    exe = Path(sys.executable).with_name("linimasa")
    return str(exe) + " analyze" if exe.exists() else "linimasa analyze"


class InProcessScorer:
    """score.py's `score()` with its per-document `linimasa analyze` run replaced by one shared Analyzer."""

    def __init__(self, shared: Path):
        spec = importlib.util.spec_from_file_location("linimasa_eval_score", shared / "eval" / "score.py")
        self.module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.module)
        self._analyzer = None
        # score.py calls its module-level run_analysis(cmd, path, published) for every document.
        self.module.run_analysis = self.analysis

    @property
    def analyzer(self):
        if self._analyzer is None:
            from linimasa.analysis import Analyzer

            self._analyzer = Analyzer()
        return self._analyzer

    def analysis(self, cmd: str, path: Path, published: str | None) -> dict:
        """What `linimasa analyze [--published DATE] PATH` prints first, as score.py reads it."""
        from linimasa.contract import error_object, to_contract
        from linimasa.errors import InputError
        from linimasa.ingest.readers import ReadOptions, read_all

        options = ReadOptions(published=date.fromisoformat(published) if published else None)
        for item in self.analyzer.analyze_items(read_all([path], options)):
            record = error_object(item) if isinstance(item, InputError) else to_contract(item)
            return json.loads(json.dumps(record, ensure_ascii=False))
        raise RuntimeError(f"no document read from {path}")

    def score(self, gold: Path, docs: Path, extra: list[str]) -> tuple[dict, list[str]]:
        return self.module.score(gold, docs, "in-process", "--no-published" not in extra, True)


def _run_score_py(gold: Path, docs: Path, extra: list[str]) -> tuple[dict, list[str]]:
    score_py = next(p / "score.py" for p in gold.parents if (p / "score.py").exists())
    args = [sys.executable, str(score_py), str(gold), "--docs", str(docs), "--cmd", linimasa_command(),
            "--json", "-v", *extra]
    done = subprocess.run(args, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"score.py failed ({done.returncode}):\n{done.stderr[-2000:]}")
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), lines[:-1]


def run_all(shared: Path, *, in_process: bool = True) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """{"seeds/with_published": score.py's result, ...} and the misses of each, for every available suite."""
    scorer = InProcessScorer(shared) if in_process else None
    results, misses = {}, {}
    for suite in SUITES:
        if not suite.available(shared):
            continue
        for mode in suite.modes:
            gold, docs = shared / suite.gold, shared / suite.docs
            if scorer is not None:
                result, missed = scorer.score(gold, docs, MODES[mode])
            else:
                result, missed = _run_score_py(gold, docs, MODES[mode])
            results[f"{suite.name}/{mode}"] = result
            misses[f"{suite.name}/{mode}"] = missed
    return results, misses


def flatten(results: dict[str, dict]) -> dict[str, float]:
    """{"with_published/events/precision": 0.8, "gaza-dev/with_published/events/recall": 0.4, ...}: what is pinned."""
    prefixes = {suite.name: suite.prefix for suite in SUITES}
    flat = {}
    for run, rows in results.items():
        suite, mode = run.split("/", 1)
        for measure, row in rows.items():
            for key in ("precision", "recall", "median_width_days"):
                if row.get(key) is not None:
                    flat[f"{prefixes[suite]}{mode}/{measure}/{key}"] = float(row[key])
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
    for run, rows in results.items():
        lines.append(f"\n{run.replace('_', ' ')}:")
        lines.append(f"  {'measure':18} {'prec':>5} {'recall':>6} {'F1':>5}")
        for measure, row in rows.items():
            extra = f"  median window {row['median_width_days']} days" if "median_width_days" in row else ""
            lines.append(f"  {measure:18} {fmt(row['precision'])} {fmt(row['recall']):>6} {fmt(row['f1'])}{extra}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--report", action="store_true", help="print the score tables")
    parser.add_argument("--verbose", action="store_true", help="also list every miss")
    parser.add_argument("--check", action="store_true", help="exit 1 if a pinned score dropped")
    parser.add_argument("--write-baseline", action="store_true", help="pin the current scores")
    parser.add_argument("--allow-drop", action="store_true", help="with --write-baseline: accept lower scores")
    parser.add_argument("--subprocess", action="store_true",
                        help="run score.py as a command (one `linimasa analyze` a document) instead of in-process")
    args = parser.parse_args(argv)
    shared = args.shared.resolve()
    if not (shared / "eval" / "score.py").exists():
        print(f"skipped: {shared}/eval/score.py not found (the quality gate needs ../shared)")
        return 0
    results, misses = run_all(shared, in_process=not args.subprocess)
    current = flatten(results)
    if args.report or not (args.check or args.write_baseline):
        print(table(results))
    if args.verbose:
        for run, missed in misses.items():
            print(f"\nmisses, {run}:\n" + "\n".join(missed))
    pinned = json.loads(BASELINE.read_text())["scores"] if BASELINE.exists() else {}
    # A suite whose files are absent from this ../shared is not scored, so its pins are not held to.
    scored = {suite.prefix for suite in SUITES if suite.available(shared)}
    pinned_here = {k: v for k, v in pinned.items() if _prefix(k) in scored}
    lost = drops(current, pinned_here)
    if args.write_baseline:
        if lost and not args.allow_drop:
            print("refusing to pin lower scores (use --allow-drop and say why in the commit):\n  " + "\n  ".join(lost))
            return 1
        BASELINE.parent.mkdir(exist_ok=True)
        BASELINE.write_text(json.dumps({
            "about": "Scores from ../shared/eval/score.py on the seeds (unprefixed keys, with and without "
                     "publication dates) and the development set (detik-dev/, gaza-dev/), pinned by "
                     "`make baseline`. tests/test_quality_gate.py fails when any drops; lowering one needs "
                     "`make baseline ALLOW_DROP=1` and a sentence in the commit message.",
            "recorded": date.today().isoformat(),
            "scores": {**{k: v for k, v in pinned.items() if _prefix(k) not in scored}, **current},
        }, indent=1, sort_keys=False) + "\n")
        print(f"pinned {len(current)} scores in {BASELINE.relative_to(ROOT)}")
    if args.check and lost:
        print("quality gate: scores dropped below the baseline:\n  " + "\n  ".join(lost))
        return 1
    return 0


def _prefix(key: str) -> str:
    """The suite prefix of a pinned key: '' for the seeds' keys."""
    first = key.split("/", 1)[0]
    return "" if first in MODES else first + "/"


if __name__ == "__main__":
    sys.exit(main())
