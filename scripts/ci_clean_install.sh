#!/usr/bin/env bash
# Clean-install check (issue 20): a new venv with only `pip install .` (no -e, no dev extras,
# nothing installed by hand), then one `linimasa ingest` of one invented file of each supported
# kind (.txt .json .jsonl .csv .html, tests/fixtures/clean_install) and one `linimasa analyze`
# of the HTML. It fails when a kind is not stored or any input has an error record: an
# undeclared dependency (trafilatura 2.x needs lxml_html_clean with lxml >= 5.2) shows here.
# Run by `make test-install` and by .ci/run after `make test`; it downloads every dependency,
# so it takes minutes and stays out of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/linimasa-clean-install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset PYTHONPATH  # import linimasa from the installed package, never from src/

"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --upgrade pip
# A copy, so that no build folder is left in the checkout.
mkdir "$WORK/src"
tar -C "$ROOT" --exclude=./.git --exclude=./.venv --exclude=./benchmarks/work --exclude='*.duckdb' \
    --exclude=./build --exclude='*.egg-info' -cf - . | tar -C "$WORK/src" -xf -
"$WORK/venv/bin/python" -m pip install -q "$WORK/src"

cd "$WORK"
"$WORK/venv/bin/linimasa" ingest --db "$WORK/ci.duckdb" "$ROOT/tests/fixtures/clean_install"
"$WORK/venv/bin/linimasa" analyze "$ROOT/tests/fixtures/clean_install/berita.html" > "$WORK/html.jsonl"
"$WORK/venv/bin/python" - "$WORK/ci.duckdb" "$WORK/html.jsonl" <<'PY'
import json
import sys
from pathlib import Path

import duckdb

con = duckdb.connect(sys.argv[1], read_only=True)
kinds = sorted(Path(p).suffix for (p,) in con.execute("SELECT path FROM documents").fetchall())
errors = con.execute("SELECT path, code, message FROM ingest_errors").fetchall()
sentences = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
html = [json.loads(line) for line in Path(sys.argv[2]).read_text().splitlines() if line.strip()]
print(f"clean install: stored {kinds}, {sentences} sentences, {len(errors)} error(s)")
assert kinds == [".csv", ".html", ".json", ".jsonl", ".txt"], kinds
assert not errors, errors
assert sentences >= 5, sentences
assert len(html) == 1 and "error" not in html[0], html
assert any("Siti Rahayu" in s["text"] for s in html[0]["sentences"]), html
PY
echo "clean install: ok"
