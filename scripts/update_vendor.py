#!/usr/bin/env python3
"""Re-fetch the web page's third-party libraries from npm into src/linimasa/web/static/vendor/.

Usage:
    python scripts/update_vendor.py            # fetch the pinned versions below
    python scripts/update_vendor.py --check    # only say whether the vendored files match the pins

The page loads nothing from a CDN (its Content-Security-Policy allows scripts
and styles from its own server only), so the libraries are copied into the
package: each in its own folder with its LICENSE files and the built files the
page uses, nothing else. `vendor/VERSIONS.json` records the package, version,
licence and the npm tarball's integrity hash of each. To upgrade, change a
version in PINS, run this script, look at the page and run
tests/test_browser_app.py.

It runs `npm pack` (npm's own client, which checks the tarball's integrity)
in a temporary folder; nothing is installed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "src" / "linimasa" / "web" / "static" / "vendor"

# package, version, licence, folder under vendor/, files taken from the tarball's package/ folder
# vis-timeline's "peer" build, with moment and vis-data beside it: its "standalone" build bundles them but
# also adds its CSS as <style> elements, which the CSP refuses (a console error each); the peer build does not.
# Load order in index.html: moment, vis-data, vis-timeline.
PINS = [
    ("moment", "2.31.0", "MIT", "moment", ["min/moment.min.js", "LICENSE"]),
    ("vis-data", "8.0.6", "Apache-2.0 OR MIT", "vis-data",
     ["peer/umd/vis-data.min.js", "LICENSE-APACHE-2.0", "LICENSE-MIT"]),
    ("vis-timeline", "8.5.4", "Apache-2.0 OR MIT", "vis-timeline",
     ["peer/umd/vis-timeline-graph2d.min.js", "styles/vis-timeline-graph2d.min.css",
      "LICENSE.md", "LICENSE.Apache-2.0.txt", "LICENSE.MIT.txt"]),
    ("cytoscape", "3.35.0", "MIT", "cytoscape", ["dist/cytoscape.min.js", "LICENSE"]),
    ("uplot", "1.6.32", "MIT", "uplot", ["dist/uPlot.iife.min.js", "dist/uPlot.min.css", "LICENSE"]),
]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch() -> dict:
    versions = {}
    with tempfile.TemporaryDirectory(prefix="linimasa-vendor-") as tmp:
        work = Path(tmp)
        for package, version, licence, folder, files in PINS:
            out = subprocess.run(["npm", "pack", "--json", f"{package}@{version}"], cwd=work, check=True,
                                 capture_output=True, text=True)
            packed = json.loads(out.stdout)[0]
            with tarfile.open(work / packed["filename"]) as tar:
                tar.extractall(work / folder, filter="data")
            target = VENDOR / folder
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            for name in files:
                source = work / folder / "package" / name
                data = source.read_bytes()
                if name.endswith(".js"):  # no source map is shipped, so no dangling reference to one
                    data = b"\n".join(line for line in data.split(b"\n")
                                      if not line.startswith(b"//# sourceMappingURL="))
                (target / Path(name).name).write_bytes(data)
            versions[package] = {"version": version, "license": licence, "folder": folder,
                                 "integrity": packed["integrity"],
                                 "files": {Path(n).name: _sha256(target / Path(n).name) for n in files}}
            print(f"{package}@{version} -> {target.relative_to(ROOT)}", file=sys.stderr)
    (VENDOR / "VERSIONS.json").write_text(json.dumps(versions, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return versions


def check() -> int:
    recorded = json.loads((VENDOR / "VERSIONS.json").read_text(encoding="utf-8"))
    bad = 0
    for package, version, _licence, folder, files in PINS:
        entry = recorded.get(package)
        if not entry or entry["version"] != version:
            print(f"{package}: pinned {version}, vendored {entry and entry['version']}", file=sys.stderr)
            bad += 1
            continue
        for name in files:
            path = VENDOR / folder / Path(name).name
            if not path.exists() or _sha256(path) != entry["files"][Path(name).name]:
                print(f"{package}: {path.name} missing or changed", file=sys.stderr)
                bad += 1
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the vendored files with the pins")
    args = parser.parse_args()
    if args.check:
        return check()
    fetch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
