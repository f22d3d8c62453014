"""Our `timexes` parser beside `dateparser.search.search_dates(text, languages=['id'])`.

    .venv/bin/python benchmarks/bench_timex.py [--detik ../shared/corpora/detik-2025/data_berita.csv]
        [--dateparser-docs 100] [--out benchmarks/results/timex.json]

Accuracy: a table of short sentences we wrote, each with an anchor (publication) date
and the span [lo, hi] the phrase's date must fall in. A parser is right on a sentence
when one date it returns lies in [lo, hi] (ours: `value`; dateparser: the date of a
returned datetime, with RELATIVE_BASE = anchor and PREFER_DATES_FROM = past).
Speed: documents per second over the Detik articles' `isi_berita` (one pass per
document, one core). dateparser is timed on the first `--dateparser-docs` articles
because it is slow; docs/s is computed over the documents it actually ran on.
The Detik text is only read, never stored.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

from linimasa.language.timexes import TimexParser

D = date
FRI = D(2024, 6, 7)
SUN = D(2025, 1, 12)
MON = D(2024, 8, 19)

# (sentence, anchor, lo, hi): our own sentences; dates that reproduce the seed
# articles' reference event windows are marked "seed-like".
PHRASES = [
    ("Serangan itu terjadi pada 7 Oktober 2023.", FRI, D(2023, 10, 7), D(2023, 10, 7)),
    ("Menteri menelepon rekannya pada hari Minggu.", SUN, D(2025, 1, 12), D(2025, 1, 12)),  # seed-like
    ("Para pejabat bertemu pada hari Rabu.", FRI, D(2024, 6, 5), D(2024, 6, 5)),  # seed-like
    ("Sumber lain berbicara pada hari Kamis.", FRI, D(2024, 6, 6), D(2024, 6, 6)),  # seed-like
    ("Putaran terakhir berakhir pada hari Jumat.", MON, D(2024, 8, 16), D(2024, 8, 16)),  # seed-like
    ("Pembicaraan virtual digelar pada Senin.", D(2024, 4, 1), D(2024, 4, 1), D(2024, 4, 1)),  # seed-like
    ("Utusan itu berada di Doha minggu ini.", SUN, D(2025, 1, 6), D(2025, 1, 12)),  # seed-like
    ("Koordinator itu ke Kairo minggu ini.", FRI, D(2024, 6, 3), D(2024, 6, 9)),  # seed-like
    ("Ia bertemu Netanyahu pada Selasa, (4/2/2025).", D(2025, 5, 11), D(2025, 2, 4), D(2025, 2, 4)),  # seed-like
    ("Pembicaraan berlangsung dalam beberapa hari terakhir.", D(2025, 5, 11), D(2025, 5, 1), D(2025, 5, 11)),
    ("Harga beras naik bulan lalu.", FRI, D(2024, 5, 1), D(2024, 5, 31)),
    ("Proyek itu dimulai tahun lalu.", SUN, D(2024, 1, 1), D(2024, 12, 31)),
    ("Bupati itu ditangkap kemarin.", FRI, D(2024, 6, 6), D(2024, 6, 6)),
    ("Sekolah diliburkan hari ini.", FRI, D(2024, 6, 7), D(2024, 6, 7)),
    ("Tim itu berangkat besok.", FRI, D(2024, 6, 8), D(2024, 6, 8)),
    ("Rapat digelar Selasa lalu.", FRI, D(2024, 6, 4), D(2024, 6, 4)),
    ("Delegasi tiba pekan lalu.", FRI, D(2024, 5, 27), D(2024, 6, 2)),
    ("Delegasi akan tiba pada Senin.", FRI, D(2024, 6, 10), D(2024, 6, 10)),
    ("Hasilnya diumumkan Senin depan.", FRI, D(2024, 6, 10), D(2024, 6, 10)),
    ("Harga naik tajam pada Januari 2024.", FRI, D(2024, 1, 1), D(2024, 1, 31)),
    ("Pabrik itu dibangun pada 2023.", FRI, D(2023, 1, 1), D(2023, 12, 31)),
    ("Ia datang pada bulan Oktober.", FRI, D(2023, 10, 1), D(2023, 10, 31)),
    ("Panen dimulai awal Januari.", FRI, D(2024, 1, 1), D(2024, 1, 10)),
    ("Pelantikan digelar pada 20 Januari yang akan datang.", SUN, D(2025, 1, 20), D(2025, 1, 20)),
    ("Warga berkumpul Senin (20/10/2025) di alun-alun.", FRI, D(2025, 10, 20), D(2025, 10, 20)),
    ("Kunjungan itu terjadi dua tahun lalu.", FRI, D(2022, 1, 1), D(2022, 12, 31)),
    ("Kapal itu tenggelam tiga hari lalu.", FRI, D(2024, 6, 4), D(2024, 6, 4)),
    ("Sidang ditunda hingga 12 Maret 2025.", FRI, D(2025, 3, 12), D(2025, 3, 12)),
    ("Jumat, 8 Februari 2013 hujan deras.", FRI, D(2013, 2, 8), D(2013, 2, 8)),
    ("Ia menelepon sejak hari Jumat.", FRI, D(2024, 5, 31), D(2024, 5, 31)),
]


def ours_right(parser: TimexParser, sentence: str, anchor: date, lo: date, hi: date) -> bool:
    return any(t.value is not None and lo <= t.value <= hi for t in parser.parse(sentence, anchor))


def dateparser_right(search_dates, sentence: str, anchor: date, lo: date, hi: date) -> bool:
    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day, 12), "PREFER_DATES_FROM": "past"}
    found = search_dates(sentence, languages=["id"], settings=settings) or []
    return any(lo <= when.date() <= hi for _, when in found)


def read_detik(path: Path) -> list[str]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["isi_berita"] for row in csv.DictReader(handle) if row.get("isi_berita")]


def main(argv=None) -> int:
    args_parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args_parser.add_argument("--detik", default="../shared/corpora/detik-2025/data_berita.csv")
    args_parser.add_argument("--dateparser-docs", type=int, default=100)
    args_parser.add_argument("--out", default="benchmarks/results/timex.json")
    args = args_parser.parse_args(argv)
    from dateparser.search import search_dates

    ours = TimexParser()
    ours_hits = sum(ours_right(ours, *row) for row in PHRASES)
    dp_hits = sum(dateparser_right(search_dates, *row) for row in PHRASES)
    ours_misses = [row[0] for row in PHRASES if not ours_right(ours, *row)]

    texts = read_detik(Path(args.detik))
    anchor = D(2025, 10, 21)
    began = time.perf_counter()
    found = 0
    for text in texts:
        found += len(ours.parse(text, anchor))
    ours_seconds = time.perf_counter() - began
    sample = texts[:args.dateparser_docs]
    settings = {"RELATIVE_BASE": datetime(2025, 10, 21, 12), "PREFER_DATES_FROM": "past"}
    search_dates(sample[0][:200], languages=["id"], settings=settings)  # warm its caches first
    began = time.perf_counter()
    dp_found = 0
    for text in sample:
        dp_found += len(search_dates(text, languages=["id"], settings=settings) or [])
    dp_seconds = time.perf_counter() - began

    result = {
        "phrases": len(PHRASES),
        "accuracy": {"linimasa": round(ours_hits / len(PHRASES), 4), "dateparser": round(dp_hits / len(PHRASES), 4)},
        "linimasa_misses": ours_misses,
        "speed": {
            "linimasa": {"docs": len(texts), "seconds": round(ours_seconds, 3),
                         "docs_per_second": round(len(texts) / ours_seconds, 1), "timexes": found},
            "dateparser": {"docs": len(sample), "seconds": round(dp_seconds, 3),
                           "docs_per_second": round(len(sample) / dp_seconds, 2), "dates": dp_found},
        },
    }
    result["speedup"] = round(result["speed"]["linimasa"]["docs_per_second"]
                              / result["speed"]["dateparser"]["docs_per_second"], 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
