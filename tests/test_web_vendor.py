"""The page's vendored libraries (issue 19): pinned, licensed, packaged, served, and nothing from elsewhere.

No network: `scripts/update_vendor.py --check` compares the files with VERSIONS.json only.
"""
from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "linimasa" / "web" / "static"
VENDOR = STATIC / "vendor"


def _update_vendor():
    spec = importlib.util.spec_from_file_location("update_vendor", ROOT / "scripts" / "update_vendor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_web_vendor_files_match_their_pins():
    module = _update_vendor()
    assert module.check() == 0
    recorded = json.loads((VENDOR / "VERSIONS.json").read_text(encoding="utf-8"))
    assert {package for package, *_ in module.PINS} == set(recorded)
    for package, version, licence, folder, _files in module.PINS:
        assert recorded[package]["version"] == version and recorded[package]["license"] == licence
        assert recorded[package]["integrity"].startswith("sha512-")
        assert any(p.name.upper().startswith("LICENSE") for p in (VENDOR / folder).iterdir()), package


def test_web_vendor_files_are_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["linimasa"]
    package = ROOT / "src" / "linimasa"
    for path in VENDOR.rglob("*"):
        if path.is_file():
            relative = path.relative_to(package).as_posix()
            assert any(fnmatch(relative, p) and relative.count("/") == p.count("/") for p in patterns), relative


def test_web_vendor_page_loads_nothing_from_elsewhere():
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith(("/static/", "#")) or s == "data:," for s in sources), sources
    for name in ("moment/moment.min.js", "vis-data/vis-data.min.js", "vis-timeline/vis-timeline-graph2d.min.js",
                 "cytoscape/cytoscape.min.js", "uplot/uPlot.iife.min.js"):
        assert f'src="/static/vendor/{name}"' in page
        assert (VENDOR / name).exists()
    assert "<script>" not in page and "style=" not in page  # no inline code for the CSP to refuse


@pytest.fixture(scope="module")
def client(tmp_path_factory, analyzer):
    from fastapi.testclient import TestClient

    from linimasa.web.app import create_app

    from .web_sample import sample_db

    app = create_app(sample_db(tmp_path_factory, analyzer, "vendor.duckdb"))
    with TestClient(app) as c:
        yield c
    app.state.database.store.close()


def test_web_vendor_files_are_served(client):
    for name, kind in (("vis-timeline/vis-timeline-graph2d.min.js", "javascript"),
                       ("vis-timeline/vis-timeline-graph2d.min.css", "css"),
                       ("cytoscape/cytoscape.min.js", "javascript"), ("uplot/uPlot.iife.min.js", "javascript"),
                       ("uplot/uPlot.min.css", "css"), ("cytoscape/LICENSE", "")):
        answer = client.get(f"/static/vendor/{name}")
        assert answer.status_code == 200, name
        assert kind in answer.headers["content-type"]
        assert "unsafe-inline" not in answer.headers["Content-Security-Policy"]
