"""End to end in a real headless Chromium (Debian's chromium + chromium-driver, driven by selenium).

On the sample corpus: the page loads with the timeline and its events, a click
opens the evidence with the sentence highlighted, the language switches, the
event table filters by actor, and a "<script>" in an article shows as text.
Screenshots go to test-artifacts/; with LINIMASA_UPDATE_SCREENSHOTS=1 the
README images docs/img/timeline.png and docs/img/network.png are rewritten.
No browser is downloaded: the tests skip when /usr/bin/chromium (or
$LINIMASA_CHROMIUM) and chromedriver are absent.
"""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from linimasa.store.db import Store

from .web_sample import sample_db

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
README_IMAGES = ROOT / "docs" / "img"
CHROMIUM = os.environ.get("LINIMASA_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = os.environ.get("LINIMASA_CHROMEDRIVER") or shutil.which("chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=id")
WAIT = 10

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="no Chromium found (install Debian's chromium and chromium-driver, or set LINIMASA_CHROMIUM and "
           "LINIMASA_CHROMEDRIVER); the browser tests are skipped")

SCRIPT = "<script>window.__pwned = 1</script>"
XSS_DOC = {"title": f"Uji {SCRIPT} judul",
           "text": f"Hamas menyerang pos militer Israel {SCRIPT} di Gaza pada Senin (3/6/2024).\n"
                   "Juru bicara militer mengatakan serangan itu melukai dua tentara.",
           "published": "2024-06-04", "source": "<img src=x onerror=window.__pwned=2>"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(db: Path):
    import uvicorn

    from linimasa.web.app import create_app

    app = create_app(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}/"}
    server.should_exit = True
    thread.join(WAIT)
    app.state.database.store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    yield from _serve(sample_db(tmp_path_factory, analyzer, "browser.duckdb"))


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, analyzer):
    """The sample plus one article carrying markup, kept apart so the README screenshots show the sample only."""
    from linimasa.web.ingest import ingest_objects

    db = sample_db(tmp_path_factory, analyzer, "hostile.duckdb")
    with Store(db) as store:
        ingest_objects([XSS_DOC], store, analyzer)
    yield from _serve(db)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="linimasa-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_window_size(1440, 900)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, css: str, count: int = 1):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(
        lambda d: (found := d.find_elements(By.CSS_SELECTOR, css)) and len(found) >= count and found)


def shot(driver, name: str, readme: str | None = None) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    if readme and os.environ.get("LINIMASA_UPDATE_SCREENSHOTS") == "1":
        README_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_IMAGES / readme)
    return path


def open_page(browser, server, query: str = ""):
    browser.get(server["url"] + query)
    browser.execute_script("localStorage.clear()")
    browser.get(server["url"] + query)
    wait_for(browser, "body[data-ready]")


def test_browser_timeline_shows_events_and_opens_evidence(browser, server):
    open_page(browser, server)
    events = wait_for(browser, "#timeline .ev", 20)
    quads = {e.get_attribute("data-quad") for e in events}
    assert quads <= {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}
    assert len(quads) >= 3
    assert {e.get_attribute("data-precision") for e in events} >= {"day", "report"}
    shot(browser, "timeline", readme="timeline.png")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", events[0])
    mark = wait_for(browser, "#evidence-article mark.evidence")[0]
    assert mark.is_displayed() and len(mark.text) > 20
    assert wait_for(browser, "#evidence-sources li")
    shot(browser, "evidence")


def test_browser_timeline_zooms_with_buttons_and_keys(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(browser, server)
    before = len(wait_for(browser, "#timeline .ev", 20))
    for _ in range(3):
        browser.find_element(By.ID, "zoom-in").click()
    after = len(browser.find_elements(By.CSS_SELECTOR, "#timeline .ev"))
    assert after < before
    browser.find_element(By.ID, "timeline").send_keys("0")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline .ev")) == before
    event = browser.find_elements(By.CSS_SELECTOR, "#timeline .ev")[0]
    event.send_keys(Keys.ENTER)  # keyboard opens the evidence too
    assert wait_for(browser, "#evidence-article mark.evidence")
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.ID, "evidence").is_displayed()


def test_browser_switches_language(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    tab = browser.find_element(By.ID, "tab-timeline")
    assert tab.text == "Linimasa" and browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    browser.find_element(By.ID, "lang-en").click()
    assert tab.text == "Timeline" and browser.find_element(By.ID, "tab-events").text == "Event table"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    shot(browser, "timeline-en")
    browser.find_element(By.ID, "lang-id").click()
    assert tab.text == "Linimasa"


def test_browser_event_table_filters_by_actor(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, "?view=events")
    all_rows = len(wait_for(browser, "#events-table tbody tr", 20))
    field = browser.find_element(By.ID, "f-actor")
    field.clear()
    field.send_keys("Hamas")
    browser.find_element(By.ID, "f-apply").click()
    wait_for(browser, "#events-table tbody tr")
    time.sleep(0.3)
    rows = wait_for(browser, "#events-table tbody tr")
    assert 0 < len(rows) < all_rows
    assert all("Hamas" in row.find_elements(By.TAG_NAME, "td")[2].text for row in rows)
    shot(browser, "events-hamas")
    rows[0].click()
    assert wait_for(browser, "#evidence-article mark.evidence")


def test_browser_network_figures_and_quotes_render(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, "?view=network")
    nodes = wait_for(browser, "#network .node", 10)
    assert wait_for(browser, "#network .edge", 5)
    names = {n.get_attribute("data-actor") for n in nodes}
    assert {"ISR", "PSE.HAMAS"} <= names
    shot(browser, "network", readme="network.png")
    browser.find_element(By.ID, "tab-figures").click()
    assert len(wait_for(browser, "#figures-chart circle", 3)) >= 3
    shot(browser, "figures")
    browser.find_element(By.ID, "tab-quotes").click()
    assert wait_for(browser, "#quotes .speaker blockquote")
    shot(browser, "quotes")


def test_browser_article_script_shows_as_text(browser, hostile_server):
    from selenium.webdriver.common.by import By

    open_page(browser, hostile_server)
    browser.find_element(By.ID, "q").send_keys("pos militer")
    browser.find_element(By.CSS_SELECTOR, "#search button").click()
    wait_for(browser, "#search-results .results li")
    assert SCRIPT in browser.find_element(By.ID, "search-results").text
    event = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#search-results .linklike")
                 if b.text.startswith("ASSAULT"))
    event.click()
    mark = wait_for(browser, "#evidence-article mark.evidence")[0]
    assert SCRIPT in mark.text  # the evidence sentence, highlighted, shows the tag as text
    assert SCRIPT in browser.find_element(By.CSS_SELECTOR, "#evidence-article h4").text
    assert "<img src=x" in browser.find_element(By.ID, "evidence-sources").text
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, #evidence script, #evidence img")
    assert browser.execute_script("return window.__pwned === undefined")
    shot(browser, "escaped-script")


def test_browser_state_families_toggle_is_kept_in_the_url(browser, server):
    """Issue 17: the toggle merges a state's bodies into one node, and a link with families=1 reproduces it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, server, "?view=network&families=1")
    assert browser.find_element(By.ID, "network-families").is_selected()
    nodes = wait_for(browser, "#network .node", 5)
    ids = {n.get_attribute("data-actor") for n in nodes}
    assert "ISR" in ids and not any(i.startswith("ISR.") for i in ids)
    israel = next(n for n in nodes if n.get_attribute("data-actor") == "ISR")
    assert "family" in israel.get_attribute("class") and "ISR." in israel.get_attribute("data-parts")
    assert "ISR." not in israel.get_attribute("aria-label")  # its parts by name
    shot(browser, "network-families")
    browser.find_element(By.ID, "network-families").click()
    # read in one script: the view redraws under the test
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('#network .node')].some(n => n.dataset.actor.startsWith('ISR.'))"))
    assert "families" not in browser.current_url
    # the actor filter: a link naming a state body with families=1 shows the whole family's events
    rows = "return document.querySelectorAll('#events-table tbody tr').length"
    open_page(browser, server, "?view=events&story=&actor=Gedung%20Putih")  # story= : all stories
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "events-count").text)
    plain = browser.execute_script(rows)
    open_page(browser, server, "?view=events&story=&actor=Gedung%20Putih&families=1")
    assert browser.find_element(By.ID, "f-family").is_selected()
    assert browser.find_element(By.ID, "f-actor").get_attribute("value") == "Gedung Putih"
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(rows) > plain)
    assert "families=1" in browser.current_url and "actor=Gedung" in browser.current_url
