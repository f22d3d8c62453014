"""Generate src/linimasa/resources/actors/states.yaml: every state as an actor.

For each UN member and observer (Palestine, the Holy See) plus Taiwan and Kosovo
it writes four entries:

- ``XXX``      the state itself (kind country, mentioned as GPE);
- ``XXX.GOV``  its government: "pemerintah X", and the capital as a metonym
  ("Washington", "Kairo", "Teheran" stand for the government in news text);
- ``XXX.MIL``  its armed forces: "militer X", "tentara X", "pasukan X";
- ``XXX.MFA``  its foreign ministry: "Kementerian Luar Negeri X", "Kemlu X".

Indonesian names come from babel (``Locale('id').territories``), alpha-3 codes and
English names from pycountry, and the spellings Indonesian news uses that babel
lacks ("AS", "Korsel", "Palestina") from the hand-curated
``resources/actors/states_overrides.yaml``.

Usage (from the repository root; re-run after editing the overrides file):

    .venv/bin/python scripts/build_actor_dictionary.py
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "linimasa" / "resources" / "actors"
OVERRIDES = ACTORS / "states_overrides.yaml"
OUTPUT = ACTORS / "states.yaml"

HEADER = {
    "about": (
        "GENERATED FILE, do not edit by hand. Every UN member and observer state plus Taiwan "
        "and Kosovo, each as four actors: the state (XXX), its government (XXX.GOV, with the "
        "capital as a metonym), its armed forces (XXX.MIL) and its foreign ministry (XXX.MFA). "
        "Regenerate with `.venv/bin/python scripts/build_actor_dictionary.py` after editing "
        "states_overrides.yaml."
    ),
    "source": (
        "babel Locale('id').territories (Indonesian names, CLDR), pycountry (ISO 3166-1 alpha-3 "
        "and English names), and the hand-curated states_overrides.yaml (Indonesian news "
        "spellings, capitals, Wikidata ids)."
    ),
    "known_issues": (
        "Kosovo has no ISO 3166-1 code; XKX (the code the EU and IMF use) stands in. "
        "Capitals as metonyms are listed only for states common in Indonesian foreign news. "
        "A capital name also denotes the city; the resolver treats it as the government, "
        "which is wrong for sentences about places ('tiba di Kairo'). CLDR names in the form "
        "'X - Y' or with parentheses are replaced by the override name where one exists."
    ),
}


def _unique(names):
    seen, out = set(), []
    for name in names:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _english_names(alpha2: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return []
    names = [country.name]
    for attribute in ("common_name", "official_name"):
        value = getattr(country, attribute, None)
        if value:
            names.append(value)
    return [n for n in names if "," not in n]


def _alpha2(code3: str, others: dict[str, str]) -> str:
    if code3 in others:
        return others[code3]
    return pycountry.countries.get(alpha_3=code3).alpha_2


def build_entries(overrides: dict) -> list[dict]:
    territories = Locale("id").territories
    others = overrides["others"]
    curated = overrides["states"]
    codes = list(overrides["un_members"]) + list(others)
    entries = []
    for code in codes:
        alpha2 = _alpha2(code, others)
        extra = curated.get(code, {})
        cldr = territories.get(alpha2, "")
        clean_cldr = cldr if (" - " not in cldr and "(" not in cldr) else ""
        name = extra.get("name") or clean_cldr or _english_names(alpha2)[0]
        local_names = _unique([name, clean_cldr, *extra.get("aliases", [])])
        aliases = _unique(local_names + _english_names(alpha2))
        entries.append({
            "id": code, "name": name, "kind": "country", "country": code, "sector": None,
            "aliases": aliases, "wikidata": extra.get("wikidata"), "roles": [],
        })
        # Derived names are built from the Indonesian forms only: "pemerintah Egypt" is not news Indonesian.
        entries.append({
            "id": f"{code}.GOV", "name": f"Pemerintah {name}", "kind": "organization", "country": code,
            "sector": "GOV",
            "aliases": _unique([f"pemerintah {n}" for n in local_names] + [f"pemerintahan {n}" for n in local_names]
                               + extra.get("gov_aliases", [])),
            "metonyms": _unique(extra.get("capitals", [])),
            "wikidata": None, "roles": [],
        })
        entries.append({
            "id": f"{code}.MIL", "name": f"Militer {name}", "kind": "organization", "country": code,
            "sector": "MIL",
            "aliases": _unique([f"{head} {n}" for head in ("militer", "tentara", "angkatan bersenjata", "pasukan")
                                for n in local_names] + extra.get("mil_aliases", [])),
            "wikidata": None, "roles": [],
        })
        entries.append({
            "id": f"{code}.MFA", "name": f"Kementerian Luar Negeri {name}", "kind": "organization", "country": code,
            "sector": "GOV",
            "aliases": _unique([f"{head} {n}" for head in ("Kementerian Luar Negeri", "Kemlu", "Kemenlu")
                                for n in local_names] + extra.get("mfa_aliases", [])),
            "wikidata": None, "roles": [],
        })
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with OVERRIDES.open(encoding="utf-8") as handle:
        overrides = yaml.safe_load(handle)
    if len(overrides["un_members"]) != 193:
        sys.stderr.write(f"expected 193 UN members, found {len(overrides['un_members'])}\n")
        return 1
    data = dict(HEADER)
    data["entries"] = build_entries(overrides)
    with args.output.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False, width=120)
    sys.stderr.write(f"wrote {len(data['entries'])} entries to {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
