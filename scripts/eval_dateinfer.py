"""Measure document-date inference on the seed articles with their dates withheld.

    .venv/bin/python scripts/eval_dateinfer.py [--gold ../shared/eval/seeds.gold.json] [--docs ../shared/seeds]

For each seed: run boilerplate -> headline -> language -> sentences -> (entities) ->
dateinfer with no publication date, and check that the window meets the reference
`published_range`. Prints one line per seed and the median width; `--json` prints JSON.
The seeds are for measuring only; no rule may be keyed to their text.
"""
from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
from datetime import date
from pathlib import Path

from linimasa.document import Document
from linimasa.language.dateinfer import DateInferStage
from linimasa import pipeline as pipeline_module
from linimasa.resources import Resources


def build(resources: Resources):
    """The upstream stages that exist in this checkout, run in pipeline order.

    `registered()` imports every stage module, and some are still being written, so
    each module is imported on its own and a missing one is skipped.
    """
    modules = {"boilerplate": "linimasa.clean.boilerplate", "headline": "linimasa.clean.headline",
               "language": "linimasa.language.detect", "sentences": "linimasa.language.segment",
               "tokens": "linimasa.language.tokens", "entities": "linimasa.language.entities"}
    stages = []
    for name, module in modules.items():
        try:
            importlib.import_module(module)
            stages.append(pipeline_module._REGISTRY[name].factory(resources))
        except Exception as exc:  # a half-built upstream stage must not stop the measurement
            print(f"note: stage {name} skipped ({exc})", file=sys.stderr)

    def run(doc: Document) -> Document:
        for stage in stages:
            doc = stage(doc)
        return doc

    return run


def dictionary_or_stand_in(resources: Resources):
    """The real actor dictionary, or a stand-in read from the same data files while it is being written."""
    try:
        return resources.actor_dictionary
    except ImportError:
        print("note: linimasa.actors.dictionary missing; using the YAML stand-in", file=sys.stderr)
        return YamlDictionary()


class YamlDictionary:
    """Minimal `match`/`entries` over resources/actors/*.yaml (aliases matched case-sensitively)."""

    def __init__(self):
        import re
        from types import SimpleNamespace
        from linimasa.document import Role
        from linimasa.resources import load_data, resource_files

        self.entries, aliases = {}, {}
        for path in resource_files("actors/*.yaml"):
            data = load_data(f"actors/{path.name}")
            for entry in data.get("entries") or []:
                roles = tuple(Role(r["title"], r.get("organization"), r.get("country"), r.get("sector"),
                                   _d(r.get("start")), _d(r.get("end"))) for r in entry.get("roles") or [])
                self.entries[entry["id"]] = SimpleNamespace(roles=roles)
                for alias in {entry.get("name"), *(entry.get("aliases") or [])} - {None}:
                    aliases.setdefault(alias, []).append(entry["id"])
        self.aliases = aliases
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")(?!\w)")

    def match(self, text, start=0, end=None):
        from types import SimpleNamespace
        end = len(text) if end is None else end
        return [SimpleNamespace(start=m.start(), end=m.end(), text=m.group(0),
                                entry_ids=tuple(self.aliases[m.group(0)]), mention_type="PER")
                for m in self.pattern.finditer(text, start, end)]


def _d(value):
    return None if value is None else date.fromisoformat(str(value))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="../shared/eval/seeds.gold.json")
    parser.add_argument("--docs", default="../shared/seeds")
    parser.add_argument("--today", default=None, help="upper bound instead of the real today (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    resources = Resources(options={"today": args.today} if args.today else {})
    pipeline = build(resources)
    resources.__dict__["actor_dictionary"] = dictionary_or_stand_in(resources)
    stage = DateInferStage(resources)
    rows, widths, hits = [], [], 0
    for entry in gold["documents"]:
        text = (Path(args.docs) / entry["file"]).read_text(encoding="utf-8").replace("\r\n", "\n")
        doc = stage(pipeline(Document(text)))
        low, high = entry.get("published_range") or (entry["published"], entry["published"])
        window = doc.published_window
        row = {"file": entry["file"], "truth": [low, high], "window": None, "width": None, "hit": False,
               "evidence": []}
        if window is not None:
            row["window"] = [window.earliest.isoformat(), window.latest.isoformat()]
            row["width"] = (window.latest - window.earliest).days + 1
            row["hit"] = window.earliest <= date.fromisoformat(high) and date.fromisoformat(low) <= window.latest
            row["evidence"] = list(window.evidence)
        hits += row["hit"]
        if row["hit"]:
            widths.append(row["width"])
        rows.append(row)
    summary = {"seeds": len(rows), "hits": hits,
               "median_width_days": sorted(widths)[len(widths) // 2] if widths else None,
               "statistics_median": statistics.median(widths) if widths else None, "rows": rows}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for row in rows:
            print(f"{row['file']}: {row['window']} width={row['width']} truth={row['truth']} hit={row['hit']}")
            for item in row["evidence"]:
                print(f"    {item}")
        print(f"hits {hits}/{len(rows)}; median width {summary['median_width_days']} days")
    return 0 if hits == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
