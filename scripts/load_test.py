"""Bounded load test of `linimasa serve` on loopback: N clients for D seconds, then it stops by itself.

    .venv/bin/python scripts/load_test.py --db load.duckdb [--clients 50] [--duration 60]
        [--think 0] [--ingest | --ingest-from DIR] [--ingest-every 5] [--json out.json] [--p99-ms 300]

It starts `linimasa serve` on 127.0.0.1 (a free port) over `--db`, finds story
ids, actor names, event types and event ids through the API, then runs
`--clients` threads until `--duration` seconds have passed. Each client loops:
one request from the mix below, then a random pause of 0..2x`--think` seconds
(a person reading; `--think 0` makes it a saturation test). The mix is timeline
and event queries, the views the web page makes:

    /api/timeline, /api/timeline?story=, /api/timeline?actor=, /api/timeline?date_from=&date_to=,
    /api/events?type=, /api/events?story=, /api/events/{id}

With `--ingest` (new documents made from stored ones: the first half of one
article's paragraphs, the second half of another's and a sign-off line, so they
are neither copies nor known) or `--ingest-from DIR` (files of JSON lines, one
document object each) the server runs with `--allow-ingest` and one more client
POSTs a batch of `--ingest-batch` documents (default 5) every `--ingest-every`
seconds (default 5; at once after a POST that took longer) throughout the run;
read latencies while a POST is in flight are reported apart ("during ingest").
After the run the server is stopped and the database opened: every document a
POST answered as stored must be in `documents` and in `corpus_documents`
(`ingest.not_stored`, `ingest.not_in_corpus`; either non-zero is a failure).

It prints p50/p90/p95/p99/max latency per endpoint and overall, requests per
second and errors (any status but 200, or a failed connection), writes them as
JSON with `--json`, and exits 1 when p99 >= `--p99-ms`, any error occurred or a
POSTed document is missing.

The databases `make test-load` builds once and keeps under benchmarks/work/:

    # the Detik 1,000 (the default, issue 20)
    .venv/bin/python benchmarks/make_corpus.py --copies 1 --out benchmarks/work/corpus1k
    .venv/bin/linimasa ingest --db benchmarks/work/detik1k.duckdb benchmarks/work/corpus1k
    # 10,908 documents: twelve dated, re-signed copies (LOAD=10k)
    .venv/bin/python benchmarks/make_corpus.py --copies 12 --out benchmarks/work/corpus10k
    .venv/bin/linimasa ingest --workers 2 --db benchmarks/work/load10k.duckdb benchmarks/work/corpus10k
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

TOKEN = "load-test-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class Client:
    """One keep-alive HTTP connection; reconnects after an error."""

    def __init__(self, port: int, timeout: float = 30):
        self.port = port
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None
        self.cache = ""  # the X-Cache header of the last answer (hit, stale, miss), for the report


    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            self.cache = response.getheader("X-Cache") or "none"
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            raise


def get_json(port: int, path: str):
    status, body = Client(port).request("GET", path)
    if status != 200:
        raise RuntimeError(f"GET {path}: {status} {body[:200]!r}")
    return json.loads(body)


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"linimasa serve exited with {proc.returncode}")
        try:
            return get_json(port, "/api/health")
        except (OSError, RuntimeError, http.client.HTTPException):
            time.sleep(0.2)
    raise RuntimeError("linimasa serve did not answer /api/health")


def query_mix(port: int) -> list[tuple[str, str]]:
    """(endpoint label, path) pairs built from what the database holds."""
    stories = [s["story_id"] for s in get_json(port, "/api/stories")][:50]
    actors = [a.get("name") or a.get("actor_id") for a in get_json(port, "/api/actors?limit=40")]
    actors = [a for a in actors if a][:40]
    events = get_json(port, "/api/events?limit=300")
    event_ids = [e["event_id"] for e in get_json(port, "/api/timeline?limit=300") if e.get("event_id")]
    types = sorted({e["type"] for e in events if e.get("type")}) or ["CONSULT"]
    dates = sorted(e["date"] for e in events if e.get("date")) or ["2025-01-01"]
    mix = [("timeline", "/api/timeline?limit=200")]
    mix += [("timeline?story", "/api/timeline?" + urlencode({"story": s})) for s in stories]
    mix += [("timeline?actor", "/api/timeline?" + urlencode({"actor": a, "limit": 200})) for a in actors]
    for _ in range(20):
        first, last = sorted(random.sample(dates, 2)) if len(dates) > 1 else (dates[0], dates[0])
        mix.append(("timeline?dates", "/api/timeline?" + urlencode({"date_from": first, "date_to": last,
                                                                    "limit": 200})))
    mix += [("events?type", "/api/events?" + urlencode({"type": t, "limit": 200})) for t in types]
    mix += [("events?story", "/api/events?" + urlencode({"story": s, "limit": 200})) for s in stories[:20]]
    mix += [("events/{id}", f"/api/events/{i}") for i in event_ids[:100]]
    return mix


def ingest_batches(folder: Path, size: int) -> list[bytes]:
    docs = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                docs.append({k: obj[k] for k in ("text", "title", "published", "source", "url") if obj.get(k)})
    return [json.dumps({"documents": docs[i:i + size]}).encode("utf-8") for i in range(0, len(docs), size)]


def spliced(first: str, second: str) -> str:
    """The first half of `first`'s paragraphs, then the second half of `second`'s."""
    a = [p for p in first.split("\n") if p.strip()]
    b = [p for p in second.split("\n") if p.strip()]
    return "\n".join(a[:max(1, len(a) // 2)] + b[len(b) // 2:])


def derived_batches(port: int, size: int, count: int = 200) -> list[bytes]:
    """New documents made from stored ones: the first half of one article and the second half of another.

    Neither a copy (the corpus update runs its full path: story assignment and
    event merging, not just a link to an original) nor already stored.
    """
    listed = get_json(port, f"/api/documents?limit={count + 1}")
    texts = [get_json(port, f"/api/documents/{row['doc_id']}") for row in listed]
    docs = []
    for k in range(len(texts) - 1):
        doc, other = texts[k], texts[(k + len(texts) // 2) % len(texts)]
        docs.append({"text": spliced(doc["text"], other["text"]) + f"\n(red/uji-beban-{k})",
                     "title": doc.get("title"), "published": doc.get("published"), "source": "uji-beban"})
    docs = [{k: v for k, v in d.items() if v} for d in docs]
    return [json.dumps({"documents": docs[i:i + size]}).encode("utf-8") for i in range(0, len(docs), size)]


def check_stored(db: Path, doc_ids: list[str]) -> dict:
    """How many of `doc_ids` the stopped server's database holds, and how many are in the corpus tables."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        con.execute("CREATE TEMP TABLE posted (doc_id VARCHAR)")
        con.executemany("INSERT INTO posted VALUES (?)", [[d] for d in doc_ids])
        stored, in_corpus = con.execute(
            "SELECT count(d.doc_id), count(c.doc_id) FROM posted p LEFT JOIN documents d USING (doc_id)"
            " LEFT JOIN corpus_documents c USING (doc_id)").fetchone()
    finally:
        con.close()
    return {"posted": len(doc_ids), "not_stored": len(doc_ids) - stored, "not_in_corpus": len(doc_ids) - in_corpus}


def run(args) -> dict:
    port = free_port()
    command = [str(Path(sys.executable).with_name("linimasa")), "serve", "--db", str(args.db),
               "--host", "127.0.0.1", "--port", str(port)]
    env = dict(os.environ)
    if args.ingest_from or args.ingest:
        command += ["--allow-ingest", "--token", TOKEN]
    log_path = Path(tempfile.gettempdir()) / f"linimasa-load-{port}.log"
    log_file = log_path.open("w", encoding="utf-8")
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log_file, text=True)
    try:
        health = wait_ready(port, server)
        mix = query_mix(port)
        results: dict[str, list[float]] = defaultdict(list)
        by_cache: dict[str, list[float]] = defaultdict(list)
        during_ingest: list[float] = []
        errors: list[str] = []
        ingest_state = {"in_flight": False, "posts": 0, "stored": 0, "post_seconds": [], "doc_ids": []}
        lock = threading.Lock()
        deadline = time.monotonic() + args.duration
        rng_seed = args.seed

        def reader(k: int) -> None:
            rng = random.Random(rng_seed + k)
            client = Client(port)
            time.sleep(rng.uniform(0, max(args.think, 0.05)))  # clients do not start in lockstep
            while time.monotonic() < deadline:
                label, path = rng.choice(mix)
                began = time.perf_counter()
                busy = ingest_state["in_flight"]
                try:
                    status, _ = client.request("GET", path)
                except (OSError, http.client.HTTPException) as exc:
                    with lock:
                        errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    continue
                seconds = time.perf_counter() - began
                with lock:
                    results[label].append(seconds)
                    by_cache[client.cache].append(seconds)
                    if busy or ingest_state["in_flight"]:
                        during_ingest.append(seconds)
                    if status != 200:
                        errors.append(f"{path}: HTTP {status}")
                if args.think:
                    time.sleep(rng.uniform(0, 2 * args.think))

        def ingester(batches: list[bytes]) -> None:
            client = Client(port, timeout=300)  # a POST analyses and runs the corpus update: seconds
            headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
            next_post = time.monotonic()
            for body in batches:
                time.sleep(max(0.0, next_post - time.monotonic()))
                if time.monotonic() >= deadline:
                    break
                next_post = time.monotonic() + args.ingest_every
                ingest_state["in_flight"] = True
                began = time.perf_counter()
                try:
                    status, payload = client.request("POST", "/api/documents", body=body, headers=headers)
                except (OSError, http.client.HTTPException) as exc:
                    with lock:
                        errors.append(f"POST /api/documents: {type(exc).__name__}: {exc}")
                    continue
                finally:
                    ingest_state["in_flight"] = False
                ingest_state["post_seconds"].append(time.perf_counter() - began)
                ingest_state["posts"] += 1
                if status != 200:
                    with lock:
                        errors.append(f"POST /api/documents: HTTP {status} {payload[:200]!r}")
                else:
                    answer = json.loads(payload)
                    ingest_state["stored"] += answer["new"]
                    ingest_state["doc_ids"] += [r["doc_id"] for r in answer["results"]
                                                if r["status"] in ("new", "unchanged") and r["doc_id"]]
                    if answer["failed"]:
                        with lock:
                            errors.append(f"POST /api/documents: {answer['failed']} document(s) refused")

        threads = [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(args.clients)]
        if args.ingest_from or args.ingest:
            batches = (ingest_batches(Path(args.ingest_from), args.ingest_batch) if args.ingest_from
                       else derived_batches(port, args.ingest_batch))
            threads.append(threading.Thread(target=ingester, daemon=True, args=(batches,)))
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.duration + 60)
        elapsed = time.monotonic() - started
        after = get_json(port, "/api/health")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log_file.close()
    writing = bool(args.ingest_from or args.ingest)
    stored_check = check_stored(args.db, ingest_state["doc_ids"]) if writing else None
    every = [s for values in results.values() for s in values]

    def summary(values: list[float]) -> dict:
        return {"requests": len(values), "p50_ms": round(percentile(values, 50) * 1000, 1),
                "p90_ms": round(percentile(values, 90) * 1000, 1), "p95_ms": round(percentile(values, 95) * 1000, 1),
                "p99_ms": round(percentile(values, 99) * 1000, 1),
                "max_ms": round(max(values, default=0) * 1000, 1)}

    return {
        "database": {"path": str(args.db), "documents": health["documents"], "events": health["events"],
                     "documents_after": after["documents"]},
        "clients": args.clients, "duration_s": args.duration, "elapsed_s": round(elapsed, 1),
        "think_s": args.think, "requests_per_s": round(len(every) / elapsed, 1),
        "overall": summary(every), "endpoints": {label: summary(v) for label, v in sorted(results.items())},
        "by_cache": {outcome: summary(v) for outcome, v in sorted(by_cache.items())},
        "during_ingest": summary(during_ingest) if (args.ingest_from or args.ingest) else None,
        "ingest": ({"posts": ingest_state["posts"], "every_s": args.ingest_every, "stored": ingest_state["stored"],
                    **stored_check, "post": summary(ingest_state["post_seconds"])} if writing else None),
        "load_average": list(os.getloadavg()),
        "errors": len(errors), "error_examples": errors[:10], "server_log": str(log_path),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=0.5, help="mean pause between a client's requests (s)")
    parser.add_argument("--ingest", action="store_true",
                        help="POST new documents (stored ones with a sign-off line added) during the run")
    parser.add_argument("--ingest-from", type=Path, help="folder of .jsonl documents to POST during the run")
    parser.add_argument("--ingest-batch", type=int, default=5)
    parser.add_argument("--ingest-every", type=float, default=5.0,
                        help="start a POST every this many seconds (at once after a longer POST)")
    parser.add_argument("--p99-ms", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} does not exist; see the docstring for how to build it", file=sys.stderr)
        return 2
    report = run(args)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    worst = max([report["overall"]["p99_ms"]] + ([report["during_ingest"]["p99_ms"]] if report["during_ingest"] else []))
    ingest = report["ingest"] or {}
    missing = ingest.get("not_stored", 0) + ingest.get("not_in_corpus", 0)
    ok = worst < args.p99_ms and report["errors"] == 0 and not missing
    print(f"{'PASS' if ok else 'FAIL'}: p99 {worst} ms (limit {args.p99_ms:.0f}), {report['errors']} errors, "
          f"{missing} POSTed documents missing", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
