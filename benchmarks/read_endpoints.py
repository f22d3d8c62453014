"""Latency of every read-only GET endpoint of `linimasa serve` on the Detik 1,000 (issue 19: p95 < 100 ms).

    .venv/bin/python benchmarks/read_endpoints.py [--db benchmarks/work/detik1k.duckdb]
        [--clients 5] [--requests 40] [--threshold-ms 100] [--json out.json]

It copies `--db` to a scratch file (default /tmp/bench-read.duckdb) and serves the copy read-only
on 127.0.0.1 (a free port). A first server finds the parameter values through the API (story ids
with the most events, actor names, event types, figure categories, event ids, document ids and
search words taken from document titles) and is stopped; a fresh server is then started for the
measurement, so nothing is in its answer cache yet. For each endpoint in turn:

  * cold: the first request to its first URL (a cache miss in a fresh process), timed alone;
  * warm: `--clients` threads in parallel, `--requests` requests each, cycling over the
    endpoint's URLs (several parameter values); each thread keeps one keep-alive connection.

It prints p50/p95/p99/max per endpoint and overall (warm), the cold time, the p95 of the warm
requests the server answered without its cache (X-Cache: miss; these are the first request to
each distinct URL), the load average, and whether each endpoint's warm p95 is under the
threshold; and writes it all as JSON (default benchmarks/results/read-endpoints-<date>-<commit>.json).
Exit status 1 when any endpoint's warm p95 is at or over the threshold, or any request failed.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent


sys.path.insert(0, str(ROOT / "scripts"))
from load_test import Client as _Connection, free_port, percentile  # noqa: E402  (one HTTP client for both)


class Client(_Connection):
    """The load test's keep-alive connection, timing GETs and reading the X-Cache header."""

    def __init__(self, port: int, timeout: float = 60):
        super().__init__(port, timeout)

    def get(self, path: str) -> tuple[int, bytes, str, float]:
        """(status, body, X-Cache header, seconds)."""
        start = time.perf_counter()
        status, body = self.request("GET", path)
        return status, body, self.cache, time.perf_counter() - start

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def get_json(port: int, path: str):
    status, body, _, _ = Client(port).get(path)
    if status != 200:
        raise RuntimeError(f"GET {path}: {status} {body[:200]!r}")
    return json.loads(body)


class Server:
    def __init__(self, db: Path, log: Path):
        self.port = free_port()
        command = [str(Path(sys.executable).with_name("linimasa")), "serve", "--db", str(db),
                   "--host", "127.0.0.1", "--port", str(self.port)]
        self.log = open(log, "a")
        start = time.monotonic()
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self.log, text=True)
        deadline = start + 180
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"linimasa serve exited with {self.proc.returncode} (log: {log})")
            try:
                self.health = get_json(self.port, "/api/health")
                break
            except (OSError, http.client.HTTPException, RuntimeError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("linimasa serve did not answer /api/health")
                time.sleep(0.2)
        self.startup_s = time.monotonic() - start

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def discover(port: int) -> dict:
    """Parameter values taken from the API itself."""
    stories = get_json(port, "/api/stories")
    stories = sorted(stories, key=lambda s: -(s.get("events") or 0))
    story_ids = [s["story_id"] for s in stories[:8]]
    actors = [a.get("name") or a["actor_id"] for a in get_json(port, "/api/actors?limit=8")]
    events = get_json(port, "/api/events?limit=2000")
    types = sorted({e["type"] for e in events if e.get("type")})
    rng = random.Random(19)
    timeline = get_json(port, "/api/timeline?limit=2000")  # /api/events rows carry no event_id
    event_ids = [e["event_id"] for e in timeline if e.get("event_id")]
    event_ids = rng.sample(event_ids, min(20, len(event_ids)))
    docs = get_json(port, "/api/documents?limit=1000")
    doc_ids = rng.sample([d["doc_id"] for d in docs], min(20, len(docs)))
    categories = sorted({f["category"] for f in get_json(port, "/api/figures") if f.get("category")})
    words: dict[str, int] = {}
    for d in docs:
        for w in re.findall(r"[A-Za-z]{5,}", d.get("title") or ""):
            words[w.lower()] = words.get(w.lower(), 0) + 1
    common = [w for w, _ in sorted(words.items(), key=lambda kv: -kv[1])]
    search = common[:5] + rng.sample(common[20:], min(3, max(0, len(common) - 20)))
    return {"stories": story_ids, "actors": actors, "types": types[:8], "event_ids": event_ids,
            "doc_ids": doc_ids, "categories": categories, "search_words": search}


def endpoints(p: dict) -> dict[str, list[str]]:
    q = lambda path, **kw: f"{path}?{urlencode(kw)}"  # noqa: E731
    s = p["stories"]
    return {
        "/": ["/"],
        "/api/health": ["/api/health"],
        "/api/stories": ["/api/stories"],
        "/api/stories/{id}": [f"/api/stories/{i}" for i in s],
        "/api/timeline": ["/api/timeline"],
        "/api/timeline?story=": [q("/api/timeline", story=i) for i in s],
        "/api/events": ["/api/events"],
        "/api/events?story=": [q("/api/events", story=i) for i in s],
        "/api/events?type=": [q("/api/events", type=t) for t in p["types"]],
        "/api/events?actor=": [q("/api/events", actor=a) for a in p["actors"]],
        "/api/events/{id}": [f"/api/events/{i}" for i in p["event_ids"]],
        "/api/network": ["/api/network"],
        "/api/network?story=": [q("/api/network", story=i) for i in s],
        "/api/network?families=": ["/api/network?families=true"]
        + [q("/api/network", story=i, families="true") for i in s[:4]],
        "/api/actors": ["/api/actors"],
        "/api/quotes": ["/api/quotes"],
        "/api/quotes?story=": [q("/api/quotes", story=i) for i in s],
        "/api/figures": ["/api/figures"],
        "/api/figures?story=": [q("/api/figures", story=i) for i in s],
        "/api/figures?category=": [q("/api/figures", category=c) for c in p["categories"]],
        "/api/documents": ["/api/documents"],
        "/api/documents/{id}": [f"/api/documents/{i}" for i in p["doc_ids"]],
        "/api/search?q=": [q("/api/search", q=w) for w in p["search_words"]],
        "/api/places?story=": [q("/api/places", story=i) for i in s],
    }


def summary(values: list[float]) -> dict:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(percentile(ms, 50), 2), "p95_ms": round(percentile(ms, 95), 2),
            "p99_ms": round(percentile(ms, 99), 2), "max_ms": round(max(ms), 2) if ms else 0.0}


class LoadSampler(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.samples.append(os.getloadavg()[0])
            self.stopped.wait(1.0)


def measure(port: int, urls: list[str], clients: int, requests: int) -> tuple[list[float], list[str], list[str]]:
    times: list[float] = []
    caches: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def worker(k: int) -> None:
        client = Client(port)
        mine, mine_cache = [], []
        barrier.wait()
        for i in range(requests):
            url = urls[(k * requests + i + k) % len(urls)]
            try:
                status, body, cache, took = client.get(url)
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors.append(f"{url}: {type(exc).__name__}: {exc}")
                continue
            if status != 200:
                with lock:
                    errors.append(f"{url}: HTTP {status} {body[:120]!r}")
                continue
            mine.append(took)
            mine_cache.append(cache)
        client.close()
        with lock:
            times.extend(mine)
            caches.extend(mine_cache)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, caches, errors


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks/work/detik1k.duckdb")
    parser.add_argument("--copy", type=Path, default=Path("/tmp/bench-read.duckdb"),
                        help="scratch copy of --db that the server opens (read-only)")
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--requests", type=int, default=40, help="requests per client per endpoint")
    parser.add_argument("--threshold-ms", type=float, default=100.0)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--note", default="", help="free text stored in the JSON (e.g. what else ran)")
    args = parser.parse_args(argv)

    commit = git_commit()
    today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    out = args.json or ROOT / f"benchmarks/results/read-endpoints-{today}-{commit}.json"
    shutil.copyfile(args.db, args.copy)
    log = args.copy.with_suffix(".serve.log")
    log.write_text("")

    first = Server(args.copy, log)
    try:
        params = discover(first.port)
    finally:
        first.stop()
    table = endpoints(params)
    empty = [name for name, urls in table.items() if not urls]
    if empty:
        raise SystemExit(f"no parameter values found for {empty}")

    load_before = os.getloadavg()
    sampler = LoadSampler()
    sampler.start()
    server = Server(args.copy, log)
    results: dict[str, dict] = {}
    all_warm: list[float] = []
    all_errors: list[str] = []
    try:
        health = server.health
        for name, urls in table.items():
            client = Client(server.port)
            status, body, cache, cold = client.get(urls[0])
            client.close()
            if status != 200:
                all_errors.append(f"{urls[0]} (cold): HTTP {status} {body[:120]!r}")
            times, caches, errors = measure(server.port, urls, args.clients, args.requests)
            all_errors.extend(errors)
            all_warm.extend(times)
            misses = [t for t, c in zip(times, caches) if c in ("miss", "none")]
            row = {"urls": len(urls), "example": urls[0], "cold_ms": round(cold * 1000, 2), "cold_cache": cache,
                   "cold_bytes": len(body), "warm": summary(times), "errors": len(errors),
                   "x_cache": {c: caches.count(c) for c in sorted(set(caches))},
                   "uncached": summary(misses) if misses else None}
            row["pass"] = bool(times) and not errors and row["warm"]["p95_ms"] < args.threshold_ms
            results[name] = row
    finally:
        server.stop()
        sampler.stopped.set()
        sampler.join()
    load_after = os.getloadavg()

    report = {
        "benchmark": "read_endpoints", "issue": 19, "commit": commit,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "database": {"source": str(args.db), "served": str(args.copy), "read_only": health.get("read_only"),
                     "documents": health.get("documents"), "events": health.get("events"),
                     "stories": health.get("stories")},
        "server_startup_s": round(server.startup_s, 2),
        "clients": args.clients, "requests_per_client": args.requests, "threshold_ms": args.threshold_ms,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "load_1min_during": {"min": round(min(sampler.samples), 2), "max": round(max(sampler.samples), 2)}
        if sampler.samples else None,
        "parameters": params, "endpoints": results, "overall_warm": summary(all_warm),
        "overall_cold": summary([r["cold_ms"] / 1000 for r in results.values()]),
        "misses_threshold": [n for n, r in results.items() if not r["pass"]],
        "errors": len(all_errors), "error_examples": all_errors[:10], "note": args.note,
    }

    print(f"linimasa serve on {report['database']['documents']} documents, {report['database']['events']} events "
          f"(commit {commit}); {args.clients} clients x {args.requests} requests per endpoint")
    print(f"load average before {report['load_average_before']}, after {report['load_average_after']}, "
          f"1-min during {report['load_1min_during']}")
    head = f"{'endpoint':26} {'urls':>4} {'cold':>8} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7} {'unc.p95':>8} {'miss':>4}  <{args.threshold_ms:g}"
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        w, u = r["warm"], r["uncached"]
        print(f"{name:26} {r['urls']:>4} {r['cold_ms']:>8.1f} {w['p50_ms']:>7.1f} {w['p95_ms']:>7.1f} "
              f"{w['p99_ms']:>7.1f} {w['max_ms']:>7.1f} {(u['p95_ms'] if u else 0):>8.1f} "
              f"{(u['n'] if u else 0):>4}  {'yes' if r['pass'] else 'NO'}")
    o, c = report["overall_warm"], report["overall_cold"]
    print(f"{'overall (warm)':26} {'':>4} {'':>8} {o['p50_ms']:>7.1f} {o['p95_ms']:>7.1f} {o['p99_ms']:>7.1f} {o['max_ms']:>7.1f}")
    print(f"{'overall (cold)':26} {'':>4} {'':>8} {c['p50_ms']:>7.1f} {c['p95_ms']:>7.1f} {c['p99_ms']:>7.1f} {c['max_ms']:>7.1f}")
    print("times in ms; unc.p95/miss: p95 and count of warm requests answered without the cache (X-Cache: miss)")
    print(f"errors: {report['errors']}; over {args.threshold_ms:g} ms p95: {report['misses_threshold'] or 'none'}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
    return 1 if report["misses_threshold"] or all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
