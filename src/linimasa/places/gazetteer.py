"""The place gazetteer with points (resources/places/geo.json.gz, built by scripts/build_places.py).

Each entry is a place: a display name, a level (country, admin1, admin2, city, site), its country
(ISO3), first-level region, point and GeoNames id, and the forms it is written in. A form may name
several entries ("Bandung": the city and the regency); they are kept in the order the build ranks
them, and `find` takes the first, or the first in one of the story's countries when it knows them.

Loaded once, on first use (about 0.2 s): `linimasa --help` and stages that never ask pay nothing.
The name -> ISO3 list of the actor gate (actors/openworld.py `gazetteer()`) is a different, smaller file.
"""
from __future__ import annotations

import functools
import gzip
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..resources import RESOURCE_ROOT

GEO_FILE = "places/geo.json.gz"


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    level: str  # country, admin1, admin2, city, site
    country: str
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int | None
    point: str | None  # None: the place's own point; else the coarser level whose point it borrows

    @property
    def precision(self) -> str:
        """The level the point is good for: the entry's own, or the coarser level it borrows."""
        return self.point or self.level


def fold(name: str) -> str:
    """The lookup key of a name: accents off, case folded, spaces collapsed ("KAIRO" -> "kairo")."""
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("ʼ", "'")
    return " ".join(text.casefold().split())


class Gazetteer:
    def __init__(self, path: Path):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        fields = data["fields"]
        assert fields[:8] == ["name", "level", "country", "admin1", "lat", "lon", "geonames_id", "point"], fields
        self.about = {k: v for k, v in data.items() if k not in ("entries", "index")}
        self.rows: list[str] = data["entries"].split("\n")  # parsed on demand (see `entry`)
        self.index: dict[str, str] = dict(line.split("\t", 1) for line in data["index"].split("\n"))
        self._entries: dict[int, Entry] = {}
        self.max_words = max(k.count(" ") for k in self.index) + 1

    def entry(self, number: int) -> Entry:
        found = self._entries.get(number)
        if found is None:
            name, level, country, admin1, lat, lon, geonames_id, point = self.rows[number].split("\t")
            found = self._entries[number] = Entry(name, level, country, admin1 or None, float(lat), float(lon),
                                                  int(geonames_id) if geonames_id else None, point or None)
        return found

    def _numbers(self, name: str) -> list[int]:
        found = self.index.get(fold(name))
        return [int(n) for n in found.split(",")] if found else []

    def lookup(self, name: str) -> list[Entry]:
        """Every entry written `name`, best first."""
        return [self.entry(i) for i in self._numbers(name)]

    def find(self, name: str, countries: Iterable[str] = ()) -> Entry | None:
        """The entry `name` means: the first one whose country or first-level region is in `countries`
        (the story's), else the first."""
        found = self._numbers(name)
        if not found:
            return None
        if len(found) > 1 and countries:
            wanted = set(countries)
            for i in found:
                entry = self.entry(i)
                if entry.country in wanted or entry.admin1 in wanted:
                    return entry
        return self.entry(found[0])

    def __contains__(self, name: str) -> bool:
        return fold(name) in self.index


@functools.lru_cache(maxsize=1)
def load(root: Path | None = None) -> Gazetteer:
    return Gazetteer((root or RESOURCE_ROOT) / GEO_FILE)
