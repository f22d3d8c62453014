"""linimasa speed and memory benchmarks (`make bench`); results go to benchmarks/results/.

    .venv/bin/python benchmarks/run.py --shared ../shared [--docs 1000] [--parallel-docs 2000]
        [--ingest-100k] [--timeline-db DB]

What it measures, all on the 1,000 Detik 2025 articles (never stored, never committed):
- pipeline: one process, one core: articles/s by wall clock and by the process's CPU
  time (on a shared, loaded machine CPU time is the figure that says what one core
  does), time per stage (`Pipeline.timings`, wall) and peak RSS;
- floor: a bare `spacy.blank("id")` tokenizer pass over the same texts in the same
  run, and the pipeline's ratio to it (by CPU time and by wall);
- cli: `linimasa analyze` end to end in a child process over the same documents
  (JSON Lines written by benchmarks/make_corpus.py), three runs: the median's CPU time, and peak RSS;
- timex: benchmarks/bench_timex.py (our timex stage beside dateparser's search_dates);
- parallel: `--parallel-docs` documents of the 100k corpus analysed by 2 worker
  processes (parallel.analysed_items, no database): documents/s and each worker's peak RSS;
- `--ingest-100k`: `linimasa ingest --workers 2` of the 100k corpus (long), then a
  timeline query for one actor; `--timeline-db DB` times that query on an existing database.
The machine's load average is recorded before and after: other work on it slows wall times.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu,
            "cores": os.cpu_count(), "commit": commit, "date": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def detik_documents(csv_path: Path, limit: int):
    from linimasa.ingest.readers import ReadOptions, document_from_object

    rows = make_corpus.read_detik(csv_path)[:limit]
    return [document_from_object(make_corpus.detik_document(r), "detik", ReadOptions(), line=i)
            for i, r in enumerate(rows, start=2)]


def bench_pipeline(docs, rounds: int = 5) -> dict:
    """The pipeline and the bare-tokenizer floor, interleaved: `rounds` slices of the documents, each
    analysed and then tokenized by `spacy.blank("id")`, so drift in the machine's speed (other work,
    clock changes) hits both sides alike; the ratio is of the summed CPU times, with the per-round
    ratios beside it to show the spread."""

    import spacy

    from linimasa.analysis import Analyzer
    from linimasa.runtime import tune_gc

    began = time.perf_counter()
    analyzer = Analyzer()
    build = time.perf_counter() - began
    nlp = spacy.blank("id")
    tune_gc()  # as the analysing commands do (linimasa/runtime.py)
    for doc in docs[:20]:  # warm both: the pipeline's caches and the tokenizer's
        nlp.tokenizer(doc.text)
    analyzer.pipeline.timings.clear()
    size = -(-len(docs) // rounds)
    cpu = wall = fcpu = fwall = bare_cpu = 0.0
    ratios, bare_ratios = [], []
    texts_file = ROOT / "benchmarks" / "work" / "floor-texts.jsonl"
    texts_file.parent.mkdir(parents=True, exist_ok=True)
    texts_file.write_text("".join(json.dumps(d.text, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    for start in range(0, len(docs), size):
        part = docs[start:start + size]
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for doc in part:
            analyzer.analyze(doc)
        round_cpu = time.process_time() - cpu0
        cpu, wall = cpu + round_cpu, wall + time.perf_counter() - wall0
        fcpu0, fwall0 = time.process_time(), time.perf_counter()
        for doc in part:
            nlp.tokenizer(doc.text)
        round_fcpu = time.process_time() - fcpu0
        fcpu, fwall = fcpu + round_fcpu, fwall + time.perf_counter() - fwall0
        ratios.append(round_fcpu / round_cpu)
        bare = float(subprocess.run([sys.executable, str(ROOT / "benchmarks" / "floor.py"), str(texts_file),
                                     str(start), str(start + len(part))], capture_output=True, text=True,
                                    check=True).stdout)
        bare_cpu += bare
        bare_ratios.append(bare / round_cpu)
    stages = {name: round(seconds * 1000 / len(docs), 3)
              for name, seconds in sorted(analyzer.pipeline.timings.items(), key=lambda kv: -kv[1])}
    n = len(docs)
    return {
        "documents": n,
        "rounds": len(ratios),
        "build_seconds": round(build, 2),
        "articles_per_second_cpu": round(n / cpu, 1),
        "articles_per_second_wall": round(n / wall, 1),
        "ms_per_article_cpu": round(cpu * 1000 / n, 2),
        "stage_ms_per_article_wall": stages,
        "peak_rss_mb": peak_rss_mb(),
        "floor": {"what": 'spacy.blank("id").tokenizer over the same texts, interleaved with the pipeline',
                  "articles_per_second_cpu": round(n / fcpu, 1), "articles_per_second_wall": round(n / fwall, 1)},
        "ratio_to_floor_cpu": round(fcpu / cpu, 3),
        "ratio_to_floor_wall": round(fwall / wall, 3),
        "ratio_per_round_cpu": _spread(ratios),
        "bare_floor": {"what": 'the same tokenizer pass in a fresh process (benchmarks/floor.py): spacy.blank("id") '
                               "alone, default interpreter settings, one process per round",
                       "articles_per_second_cpu": round(n / bare_cpu, 1),
                       "ratio_to_floor_cpu": round(bare_cpu / cpu, 3),
                       "ratio_per_round_cpu": _spread(bare_ratios)},
    }


def _spread(values: list[float]) -> dict:
    import statistics

    return {"min": round(min(values), 3), "median": round(statistics.median(values), 3), "max": round(max(values), 3)}


def bench_cli(jsonl: Path, runs: int = 3) -> dict:
    """`linimasa analyze` over `jsonl` in `runs` child processes, one after the other: the median run's
    CPU time gives articles/s (one run alone let the VM's drift decide: 14.6-19.3 s for the same
    command within minutes), with every run's figures beside it."""
    import statistics

    count = sum(1 for line in jsonl.open(encoding="utf-8") if line.strip())
    results = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        with open(os.devnull, "w") as sink:
            code = subprocess.run([str(Path(sys.executable).parent / "linimasa"), "analyze", str(jsonl)],
                                  stdout=sink, stderr=subprocess.DEVNULL).returncode
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        results.append({"exit": code, "cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 2)})
    cpu = statistics.median(r["cpu_seconds"] for r in results)
    wall = statistics.median(r["wall_seconds"] for r in results)
    return {"command": f"linimasa analyze {jsonl.relative_to(ROOT)}", "exit": max(r["exit"] for r in results),
            "documents": count, "runs": results,
            "wall_seconds": round(wall, 1), "cpu_seconds": round(cpu, 1),
            "articles_per_second_cpu": round(count / cpu, 1), "articles_per_second_wall": round(count / wall, 1),
            "articles_per_second_cpu_range": [round(count / max(r["cpu_seconds"] for r in results), 1),
                                              round(count / min(r["cpu_seconds"] for r in results), 1)],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "note": "median of the runs; each includes start-up (~2 s: importing spaCy, loading resources)"}


class _NothingStored:
    """A store stand-in for timing the workers alone: nothing is known, nothing is written."""

    def known_ids(self, doc_ids):
        return set()


def bench_parallel(corpus: Path, docs: int, workers: int = 2) -> dict:
    import multiprocessing

    from linimasa.ingest.readers import read_all
    from linimasa.parallel import IN_FLIGHT_PER_WORKER, WorkerStats, _init_worker, analysed_items

    files = sorted(corpus.glob("part-*.jsonl"))

    def items():
        count = 0
        for item in read_all(files):
            if count >= docs:
                return
            count += 1
            yield item

    stats = WorkerStats()
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=((),)) as pool:
        pool.map(abs, range(workers))  # wait until both workers have built their pipeline
        began = time.perf_counter()
        done = sum(1 for _ in analysed_items(items(), _NothingStored(), pool, in_flight=workers * IN_FLIGHT_PER_WORKER,
                                             stats=stats))
        wall = time.perf_counter() - began
    return {"workers": workers, "documents": done, "wall_seconds": round(wall, 1),
            "documents_per_second": round(done / wall, 1),
            "worker_cpu_seconds": {str(k): round(v, 1) for k, v in stats.cpu_seconds.items()},
            "worker_peak_rss_mb": {str(k): round(v / 2**20, 1) for k, v in stats.peak_rss_bytes.items()},
            "extrapolated_100k_minutes": round(100_000 / (done / wall) / 60, 1)}


def bench_timeline(db: Path, actor: str) -> dict:
    from linimasa.store.db import Store

    with Store(db, read_only=True) as store:
        store.events(actor=actor, limit=5)  # first query warms DuckDB's caches
        times = []
        for _ in range(5):
            began = time.perf_counter()
            rows = store.events(actor=actor)
            times.append(time.perf_counter() - began)
        documents = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    times.sort()
    return {"db": str(db), "documents": documents, "actor": actor, "events": len(rows),
            "median_ms": round(times[len(times) // 2] * 1000, 1), "max_ms": round(times[-1] * 1000, 1)}


def bench_ingest_100k(corpus: Path, db: Path, workers: int = 2) -> dict:
    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    log = db.with_suffix(".log")
    with log.open("w") as handle:
        code = subprocess.run([str(Path(sys.executable).parent / "linimasa"), "-v", "ingest", "--workers",
                               str(workers), "--batch-size", "1000", "--db", str(db), str(corpus)],
                              stdout=handle, stderr=subprocess.STDOUT).returncode
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"exit": code, "wall_minutes": round(wall / 60, 1),
            "cpu_seconds": round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 1),
            "largest_process_rss_mb": round(after.ru_maxrss / 1024, 1), "log": str(log)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--parallel-docs", type=int, default=2000)
    parser.add_argument("--skip-timex", action="store_true")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--ingest-100k", action="store_true")
    parser.add_argument("--timeline-db", type=Path)
    parser.add_argument("--actor", default="Prabowo")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    csv_path = Path(args.shared) / "corpora" / "detik-2025" / "data_berita.csv"
    if not csv_path.is_file():
        print(f"no Detik corpus at {csv_path}; pass --shared", file=sys.stderr)
        return 2
    corpus = ROOT / "benchmarks" / "work" / "corpus100k"
    if len(list(corpus.glob("part-*.jsonl"))) < 100:
        make_corpus.write_corpus(make_corpus.read_detik(csv_path), corpus, 100)

    result = {"machine": machine(), "load_average_before": os.getloadavg()}
    docs = detik_documents(csv_path, args.docs)
    result["pipeline"] = bench_pipeline(docs)
    print(json.dumps(result["pipeline"], indent=2), file=sys.stderr)
    if not args.skip_cli:
        result["cli"] = bench_cli(corpus / "part-000.jsonl")
    if not args.skip_timex:
        import bench_timex

        timex_out = ROOT / "benchmarks" / "results" / "timex.json"
        bench_timex.main(["--detik", str(csv_path), "--out", str(timex_out)])
        result["timex"] = json.loads(timex_out.read_text(encoding="utf-8"))
    if args.parallel_docs:
        result["parallel"] = bench_parallel(corpus, args.parallel_docs)
    if args.ingest_100k:
        db = ROOT / "benchmarks" / "work" / "ingest100k.duckdb"
        result["ingest_100k"] = bench_ingest_100k(corpus, db)
        args.timeline_db = args.timeline_db or db
    if args.timeline_db:
        result["timeline_query"] = bench_timeline(args.timeline_db, args.actor)
    result["load_average_after"] = os.getloadavg()

    out = args.out or ROOT / "benchmarks" / "results" / (
        f"bench-{result['machine']['date'][:10]}-{result['machine']['commit']}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "timex"}, indent=2, default=str))
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
