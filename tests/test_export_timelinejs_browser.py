"""The TimelineJS export in the real TimelineJS (issue 19), in headless Chromium.

The test installs Knight Lab's npm build, @knight-lab/timelinejs 3.9.x, by itself
into a cache folder ($LINIMASA_CACHE, else ~/.cache/linimasa) on first use, serves
it with the export from a local HTTP server (TimelineJS loads its Indonesian locale
file by XHR, which file:// forbids), and checks that a slide with a date, a
headline and a text is visible, that the time navigation shows the groups, and
that TimelineJS shows no error. Skips with the reason when Chromium, npm or the
network is missing.

With LINIMASA_UPDATE_SCREENSHOTS=1 the whole-database slide is saved as
docs/img/timelinejs.png (shown in docs/exports.md).

Databases: the sample corpus (data/sample) as a whole and one story of it, the
seeds (../shared/seeds), and with `-m slow` and LINIMASA_TIMELINEJS_DB=<duckdb>
any database built by hand (the Detik 1,000 + seeds in the issue's closing note).
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from linimasa.cli.main import cli

from .test_browser_app import CHROMIUM, DRIVER, chromium, shot
from .web_sample import sample_db

PACKAGE = "@knight-lab/timelinejs@3.9.11"
CACHE = Path(os.environ.get("LINIMASA_CACHE") or Path.home() / ".cache" / "linimasa") / "npm-timelinejs-3.9.11"
WAIT = 30

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="no Chromium and chromedriver for the browser test")

PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>linimasa in TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css"></head>
<body style="margin:0">
<div id="timeline-embed" style="width:100%;height:100vh"></div>
<script src="tl/js/timeline.js"></script>
<script>
window.onerror = function (message) { window.__errors = (window.__errors || []).concat([String(message)]); };
fetch("data.json").then(r => r.json()).then(data => {
  // script_path: TimelineJS loads its locale and fonts from there; its default is Knight Lab's CDN
  window.timeline = new TL.Timeline("timeline-embed", data, {language: data.options.language, start_at_slide: SLIDE,
                                                              script_path: new URL("tl/js/", location.href).href});
  window.timeline.on("loaded", () => document.body.dataset.loaded = "1");
});
</script></body></html>
"""


@functools.lru_cache(maxsize=1)
def _timelinejs() -> Path:
    """The npm build's dist folder, installed into the cache on first use."""
    dist = CACHE / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    if (dist / "js" / "timeline.js").exists():
        return dist
    npm = shutil.which("npm")
    if not npm:
        pytest.skip("npm is not installed, so the TimelineJS build cannot be fetched")
    CACHE.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([npm, "install", "--prefix", str(CACHE), "--no-save", "--ignore-scripts", "--no-audit",
                        "--no-fund", PACKAGE], check=True, capture_output=True, timeout=240)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        pytest.skip(f"npm could not install {PACKAGE} (no network?): {detail.decode(errors='replace')[-300:]}")
    if not (dist / "js" / "timeline.js").exists():
        pytest.skip(f"{PACKAGE} installed without dist/js/timeline.js")
    return dist


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local web server over a folder holding TimelineJS (tl/) and, per test, a page and its data."""
    dist = _timelinejs()
    root = tmp_path_factory.mktemp("timelinejs-site")
    (root / "tl").symlink_to(dist, target_is_directory=True)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"root": root, "url": f"http://127.0.0.1:{server.server_address[1]}/"}
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    yield from chromium()


def export_timelinejs(db: Path, out: Path, *extra: str) -> dict:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "timelinejs", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def visible_slide(browser, site, name: str, document: dict, slide: int = 1, readme: str | None = None) -> dict:
    """Open `document` in TimelineJS at slide `slide` (0 is the title) and return what the shown slide says."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    (site["root"] / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    page = PAGE.replace("data.json", f"{name}.json").replace("SLIDE", str(slide))
    (site["root"] / f"{name}.html").write_text(page, encoding="utf-8")
    browser.get(site["url"] + f"{name}.html")

    def shown(driver):
        for element in driver.find_elements(By.CSS_SELECTOR, ".tl-slide"):
            if not element.is_displayed() or element.location["x"] < 0 or element.location["x"] > 1000:
                continue
            parts = {}
            for key, css in (("date", ".tl-headline-date"), ("headline", ".tl-headline"),
                             ("text", ".tl-text-content")):
                found = [e for e in element.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
                parts[key] = found[0].text.strip() if found else ""
            if parts["headline"]:
                return parts
        return False

    try:
        parts = WebDriverWait(browser, WAIT).until(shown)
    finally:
        shot(browser, f"timelinejs-{name}", readme=readme)
    parts["markers"] = len([m for m in browser.find_elements(By.CSS_SELECTOR, ".tl-timemarker") if m.is_displayed()])
    parts["language"] = browser.execute_script("return window.timeline.language && window.timeline.language.lang")
    parts["groups"] = [g.text for g in browser.find_elements(By.CSS_SELECTOR, ".tl-timegroup-message")]
    parts["errors"] = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".tl-message-full, .tl-error")
                       if m.is_displayed() and m.text.strip()] + (browser.execute_script("return window.__errors")
                                                                   or [])
    return parts


def assert_readable(parts: dict, document: dict) -> None:
    assert not parts["errors"], parts["errors"]
    assert parts["date"] and parts["headline"] and parts["text"], parts
    headlines = {e["text"]["headline"] for e in document["events"]}
    # TimelineJS's default font theme sets headlines in capitals
    assert parts["headline"].casefold() in {h.replace("&amp;", "&").casefold() for h in headlines}
    assert parts["markers"] >= 1 and parts["language"] == "id", parts
    assert 1 <= len(parts["groups"]) <= 7


@pytest.fixture(scope="module")
def sample(tmp_path_factory, analyzer) -> Path:
    return sample_db(tmp_path_factory, analyzer, "timelinejs.duckdb")


def test_export_timelinejs_renders_the_whole_database_in_timelinejs(browser, site, sample, tmp_path):
    document = export_timelinejs(sample, tmp_path / "all.json")
    assert_readable(visible_slide(browser, site, "sample-all", document, readme="timelinejs.png"), document)


def test_export_timelinejs_renders_a_story_in_timelinejs(browser, site, sample, tmp_path):
    stories = CliRunner().invoke(cli, ["stories", "--db", str(sample), "--json"]).stdout.splitlines()
    story = json.loads(stories[0])["story_id"]
    document = export_timelinejs(sample, tmp_path / "story.json", "--story", str(story))
    parts = visible_slide(browser, site, "sample-story", document)
    assert_readable(parts, document)


def test_export_timelinejs_title_slide_in_timelinejs(browser, site, sample, tmp_path):
    document = export_timelinejs(sample, tmp_path / "title.json")
    parts = visible_slide(browser, site, "sample-title", document, slide=0)
    assert not parts["errors"] and "peristiwa dari" in parts["text"]


@pytest.mark.eval
def test_export_timelinejs_renders_the_seeds_in_timelinejs(browser, site, shared_dir, analyzer, tmp_path):
    from linimasa.batch import ingest
    from linimasa.ingest.readers import iter_paths
    from linimasa.store.db import Store

    db = tmp_path / "seeds.duckdb"
    with Store(db) as store:
        ingest(list(iter_paths([shared_dir / "seeds"])), store, analyzer=analyzer)
    document = export_timelinejs(db, tmp_path / "seeds.json")
    assert_readable(visible_slide(browser, site, "seeds", document), document)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("LINIMASA_TIMELINEJS_DB"),
                    reason="set LINIMASA_TIMELINEJS_DB to a database (e.g. the Detik 1,000 + seeds) to render it")
@pytest.mark.parametrize("scope", ["all", "largest story"])
def test_export_timelinejs_renders_a_given_database(browser, site, tmp_path, scope):
    db = Path(os.environ["LINIMASA_TIMELINEJS_DB"])
    extra: tuple[str, ...] = ()
    if scope != "all":
        stories = CliRunner().invoke(cli, ["stories", "--db", str(db), "--json"]).stdout.splitlines()
        extra = ("--story", str(json.loads(stories[0])["story_id"]))
    document = export_timelinejs(db, tmp_path / "given.json", *extra)
    assert_readable(visible_slide(browser, site, "given-" + scope.replace(" ", "-"), document), document)
