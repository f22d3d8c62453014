"""Build the map's country outlines, src/linimasa/web/static/vendor/world.topo.json, from world-atlas.

The web app's map must work with no network: no tile server, no CDN. It draws
the countries from this one small file, shipped in the package.

Source: the npm package `world-atlas` 2.0.2 (ISC licence, Mike Bostock), a
TopoJSON redistribution of Natural Earth's 1:50m admin-0 countries, version
4.1.0 (public domain). Fetch it with the ordinary npm client, then run:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py package/countries-50m.json package/LICENSE

What the script does, and why:
- Each shared border (a TopoJSON arc) is simplified once with Douglas-Peucker,
  so neighbouring countries keep one common edge (no slivers or gaps).
- Positions are quantised to `QUANTUM` degrees and delta-encoded, as TopoJSON
  does, which keeps the file small.
- The output is standard TopoJSON (objects.countries, arcs, transform); each
  country keeps its ISO 3166-1 numeric `id` and Natural Earth `name`.
- The licence and attribution are written next to it (world.LICENSE.txt).

`TOLERANCE` and `QUANTUM` were chosen by eye on the Gaza/Sinai/Levant area, the
smallest region a story of the seeds needs (Gaza is ~40 km long): at 0.03
degrees (~3 km) Gaza, Qatar and Java keep their shape and the file is ~320 kB
(0.01: 517 kB; 0.05: 275 kB, Gaza a triangle). Re-run tests/test_browser_map.py
after changing them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from linimasa.export.svgmap import decode_arcs

TOLERANCE = 0.03  # degrees: Douglas-Peucker distance
QUANTUM = 0.02  # degrees: one quantised step
OUT = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "web" / "static" / "vendor"


def _distance(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iterative; the end points always stay. A closed arc is split at its farthest point."""
    if len(points) < 3:
        return points
    if points[0] == points[-1]:
        far = max(range(len(points)), key=lambda i: _distance(points[i], points[0], points[0]))
        if far in (0, len(points) - 1):
            return points
        return simplify(points[:far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def quantise(points: list, quantum: float) -> list[list[int]]:
    """Delta-encoded integer steps from (-180, -90); repeated positions are dropped (never an end point)."""
    steps, px, py = [], 0, 0
    cells = [(round((x + 180) / quantum), round((y + 90) / quantum)) for x, y in points]
    kept = [c for i, c in enumerate(cells) if i in (0, len(cells) - 1) or c != cells[i - 1]]
    for x, y in kept:
        steps.append([x - px, y - py])
        px, py = x, y
    return steps


def build(topology: dict, tolerance: float = TOLERANCE, quantum: float = QUANTUM) -> dict:
    arcs = [quantise(simplify(arc, tolerance), quantum) for arc in decode_arcs(topology)]
    countries = topology["objects"]["countries"]
    geometries = [{"type": g["type"], "arcs": g["arcs"], "id": g.get("id"), "properties": {"name": g["properties"]["name"]}}
                  for g in countries["geometries"] if g.get("type")]
    return {
        "type": "Topology",
        "transform": {"scale": [quantum, quantum], "translate": [-180, -90]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": arcs,
    }


LICENCE = """Country outlines: Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.
Natural Earth 1:50m Admin 0 - Countries, version 4.1.0: public domain (https://www.naturalearthdata.com/about/terms-of-use/).
Redistributed as TopoJSON by the npm package world-atlas 2.0.2, under the ISC licence below;
simplified and re-quantised for linimasa by scripts/build_world_outline.py.

Borders are Natural Earth's de facto boundaries and say nothing about sovereignty.

--- world-atlas LICENSE ---
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topology", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("licence", type=Path, help="world-atlas LICENSE")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=TOLERANCE)
    args = parser.parse_args(argv)
    topology = build(json.loads(args.topology.read_text(encoding="utf-8")), args.tolerance)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "world.topo.json"
    target.write_text(json.dumps(topology, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "world.LICENSE.txt").write_text(LICENCE + args.licence.read_text(encoding="utf-8"), encoding="utf-8")
    points = sum(len(a) for a in topology["arcs"])
    sys.stderr.write(f"{target}: {target.stat().st_size} bytes, {len(topology['arcs'])} arcs, {points} points\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
