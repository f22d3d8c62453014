"""A static SVG map of where events happened, for pages that carry no script (the HTML report).

The same drawing as the web app's map view (web/static/map.js): country outlines from the
vendored Natural Earth TopoJSON (web/static/vendor/world.topo.json, public domain), an
equirectangular projection scaled by the cosine of the middle latitude and fitted to the
points, and one circle per place whose area grows with its number of events, coloured by the
quad class with the most events there. Each circle links to the place's first entry.
"""
from __future__ import annotations

import functools
import html
import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..document import QUAD_ORDER

WORLD = Path(__file__).resolve().parent.parent / "web" / "static" / "vendor" / "world.topo.json"
QUAD_COLOR = {"verbal cooperation": "#2e8b57", "material cooperation": "#1f6fb2",
              "verbal conflict": "#d98c00", "material conflict": "#c0392b"}  # as app.css and map.js


@dataclass
class MapPoint:
    """One place on the map: its name, coordinates, the entries placed there and where the first one is."""

    name: str
    lat: float
    lon: float
    count: int
    quad: str
    anchor: str
    country: str | None = None


@dataclass(frozen=True)
class Country:
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]
    box: tuple[float, float, float, float]  # west, south, east, north


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat positions of every arc of a quantised TopoJSON topology (also used by
    scripts/build_world_outline.py, which writes the file)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


@functools.lru_cache(maxsize=1)
def world() -> tuple[Country, ...]:
    """The country outlines, decoded once from the quantised TopoJSON."""
    topo = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)

    def ring(indexes: list[int]) -> tuple[tuple[float, float], ...]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[~i][::-1] if i < 0 else arcs[i]
            points.extend(arc[1:] if points else arc)
        return tuple(points)

    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        kind = geometry["type"]
        polygons = [geometry["arcs"]] if kind == "Polygon" else geometry["arcs"] if kind == "MultiPolygon" else []
        rings = tuple(ring(r) for polygon in polygons for r in polygon)
        xs = [x for r in rings for x, _ in r] or [0.0]
        ys = [y for r in rings for _, y in r] or [0.0]
        countries.append(Country((geometry.get("properties") or {}).get("name", ""), rings,
                                 (min(xs), min(ys), max(xs), max(ys))))
    return tuple(countries)


def fit_bounds(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """West, south, east, north around the points, with room for a circle and its label (map.js fitBounds)."""
    if not points:
        return (-170.0, -60.0, 180.0, 80.0)
    w, e = min(p.lon for p in points), max(p.lon for p in points)
    s, n = min(p.lat for p in points), max(p.lat for p in points)
    pad_x, pad_y = max((e - w) * 0.15, 4.0), max((n - s) * 0.2, 3.0)
    return (max(w - pad_x, -180.0), max(s - pad_y, -85.0), min(e + pad_x, 180.0), min(n + pad_y, 85.0))


def render_svg(points: list[MapPoint], *, width: int = 900, height: int = 420, title: str = "map") -> str:
    """The map as an inline <svg> element; an empty string when no point is placed."""
    if not points:
        return ""
    w, s, e, n = fit_bounds(points)
    cos = math.cos(math.radians((s + n) / 2))
    k = min(width / max((e - w) * cos, 1e-6), height / max(n - s, 1e-6))
    cx, cy = (w + e) / 2, (s + n) / 2
    visible = (cx - width / 2 / (k * cos), cy - height / 2 / k, cx + width / 2 / (k * cos), cy + height / 2 / k)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return width / 2 + (lon - cx) * k * cos, height / 2 - (lat - cy) * k

    paths = []
    for country in world():
        west, south, east, north = country.box
        if east < visible[0] or west > visible[2] or north < visible[1] or south > visible[3]:
            continue  # off the map
        d = []
        for r in country.rings:
            last = None
            for i, (lon, lat) in enumerate(r):
                x, y = project(lon, lat)
                step = f"{x:.1f},{y:.1f}"
                if step != last:
                    d.append(("L" if i else "M") + step)
                last = step
            d.append("Z")
        paths.append(f'<path d="{"".join(d)}"><title>{html.escape(country.name)}</title></path>')
    most = max(p.count for p in points)
    circles, written = [], []  # written: boxes of the names drawn so far; a name that would overlap one is
    # left to the tooltip, as on the web map
    for point in sorted(points, key=lambda p: -p.count):  # largest first: a small point is never hidden
        x, y = project(point.lon, point.lat)
        r = 5 + 17 * math.sqrt(point.count / most)
        label = f"{point.name}: {point.count} event{'s' if point.count != 1 else ''}"
        box = (x + r + 3, y - 8, x + r + 5 + 6.5 * len(point.name), y + 6)
        free = not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in written)
        if free:
            written.append(box)
        name = f'<text x="{x + r + 3:.1f}" y="{y + 4:.1f}">{html.escape(point.name)}</text>' if free else ""
        circles.append(
            f'<a href="#{html.escape(point.anchor)}" class="pt"><title>{html.escape(label)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{QUAD_COLOR.get(point.quad, "#8795a1")}"/>{name}</a>')
    return (f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">'
            f'<rect width="{width}" height="{height}" class="sea"/><g class="countries">{"".join(paths)}</g>'
            f'<g class="points">{"".join(circles)}</g></svg>')


def points_of(placed: list[tuple[dict, str, str]]) -> list[MapPoint]:
    """Aggregate (place, quad class, entry anchor) triples into one point per place, in order of first entry."""
    points: dict[tuple, MapPoint] = {}
    quads: dict[tuple, dict[str, int]] = {}
    for place, quad, anchor in placed:
        if place.get("lat") is None or place.get("lon") is None:
            continue
        key = (place["name"], round(place["lat"], 2), round(place["lon"], 2))
        point = points.setdefault(key, MapPoint(place["name"], place["lat"], place["lon"], 0, quad, anchor,
                                                place.get("country")))
        point.count += 1
        tally = quads.setdefault(key, {})
        tally[quad] = tally.get(quad, 0) + 1
        point.quad = max(tally, key=lambda q: (tally[q], -QUAD_ORDER.index(q)))
    return list(points.values())
