"""End to end in a real headless Chromium (Debian's chromium + chromium-driver, driven by selenium).

On the sample corpus: the stories page lists the stories; a story page shows
its timeline entries (date, actors, event and evidence) without a click; an
event's link, and a permalink to it, open its evidence with the sentence
highlighted; back and forward walk the history; an unknown story is explained
in a sentence; the language switches, the event table filters by actor, the
network merges state families by default, and a "<script>" in an article shows
as text. Screenshots go to test-artifacts/; with LINIMASA_UPDATE_SCREENSHOTS=1
the README images docs/img/stories.png, story.png and network.png are rewritten.
No browser is downloaded: the tests skip when /usr/bin/chromium (or
$LINIMASA_CHROMIUM) and chromedriver are absent.
"""
from __future__ import annotations

import os
import re
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
    yield {"url": f"http://127.0.0.1:{port}/", "story": _busiest_story(f"http://127.0.0.1:{port}/")}


def _busiest_story(url: str) -> int | None:
    """The story with the most events: the one the story-page tests open (story ids follow ingest order)."""
    import json
    import urllib.request

    with urllib.request.urlopen(url + "api/stories", timeout=30) as answer:
        stories = json.load(answer)
    return max(stories, key=lambda s: (s.get("events", 0), s.get("documents", 0)))["id"] if stories else None
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


def chromium(*flags: str, console: bool = False):
    """A headless Chromium with a throw-away profile (a generator: the browser fixtures yield from it)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="linimasa-chromium-")
    for flag in (*FLAGS, *flags, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console messages, for the CSP test
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_window_size(1440, 900)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    yield from chromium(console=True)


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


def ready(browser):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return document.body.dataset.ready") == "true")


def open_page(browser, server, query: str = ""):
    browser.get(server["url"] + query)
    browser.execute_script("localStorage.clear()")
    browser.get(server["url"] + query)
    ready(browser)


def first_story(browser) -> str:
    return browser.execute_script("return String(linimasa.state.stories[0].story_id)")


def click(browser, element):
    browser.execute_script("arguments[0].click()", element)


# PLOVER codes and actor ids a reader must never see in a timeline entry
CODES = re.compile(r"\b(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|"
                   r"SANCTION|MOBILIZE|COERCE|ASSAULT)\b|\b[A-Z]{3}\.[A-Z]")


def test_browser_stories_page_lists_each_story(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)  # the stories page is the first page
    cards = wait_for(browser, "#stories-list .story-card", 3)
    assert browser.find_element(By.ID, "tab-stories").get_attribute("aria-selected") == "true"
    for card in cards:
        assert card.find_element(By.CSS_SELECTOR, "h2").text.strip()
        assert re.search(r"\d{4}", card.find_element(By.CSS_SELECTOR, ".span").text)  # its span
        assert "dokumen" in card.find_element(By.CSS_SELECTOR, ".story-meta").text
        assert card.find_element(By.CSS_SELECTOR, ".story-actors").text.strip()  # its key actors
    shot(browser, "stories", readme="stories.png")
    click(browser, cards[0].find_element(By.CSS_SELECTOR, "h2 a"))
    wait_for(browser, "#entries .entry", 5)
    assert "view=timeline" in browser.current_url and f"story={cards[0].get_attribute('data-story')}" in browser.current_url


def test_browser_story_entries_read_without_a_click(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, f"?view=timeline&story={server['story']}")
    entries = wait_for(browser, "#entries .entry", 20)
    for entry in entries:
        assert entry.find_element(By.CSS_SELECTOR, "time").text.strip()  # the date
        assert entry.find_element(By.CSS_SELECTOR, ".prec").text.strip()  # and its precision, in words
        what = entry.find_element(By.CSS_SELECTOR, ".entry-what").text
        other = entry.find_element(By.CSS_SELECTOR, ".entry-what-other").text
        assert "→" in what and "→" in other  # who → what → whom, in Indonesian and in English
        assert not CODES.search(what) and not CODES.search(other), (what, other)
        assert entry.find_element(By.CSS_SELECTOR, ".entry-evidence").text.strip("“” ")
        assert entry.find_element(By.CSS_SELECTOR, ".evidence-link").get_attribute("href")
    assert {e.get_attribute("data-precision") for e in entries} >= {"day", "report"}
    assert any("menyerang" in e.text and "attacked" in e.text for e in entries)
    # the overview strip is labelled: its lanes and every item say what they are
    lanes = [lane.get_attribute("textContent") for lane in browser.find_elements(By.CSS_SELECTOR, "#strip .vis-label")]
    assert "Tanggal peristiwa" in lanes and "Hanya tanggal laporan" in lanes
    items = wait_for(browser, "#strip .vis-item .strip-label", 10)
    assert all(":" in item.text for item in items if item.is_displayed())
    # figures and key quotes beside the timeline
    assert browser.find_element(By.CSS_SELECTOR, "#side-figures canvas")
    assert wait_for(browser, "#side-quotes .side-quote blockquote")
    shot(browser, "story", readme="story.png")


def test_browser_entry_opens_its_evidence_at_the_event(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, f"?view=timeline&story={server['story']}")
    entry = wait_for(browser, "#entries .entry", 5)[0]
    event = entry.get_attribute("data-event")
    browser.execute_script("document.querySelector('#entries .entry').dataset.drawnBefore = '1'")
    click(browser, entry.find_element(By.CSS_SELECTOR, ".evidence-link"))
    mark = wait_for(browser, "#evidence-article mark.evidence")[0]
    ready(browser)
    # the story is not drawn again for an event: the reader keeps their place
    assert browser.execute_script("return document.querySelector('#entries .entry').dataset.drawnBefore") == "1"
    assert mark.is_displayed() and len(mark.text) > 20
    assert f"event={event}" in browser.current_url
    # the panel opens at the event: its summary in view, the article scrolled inside its own box
    assert browser.execute_script("return document.querySelector('#evidence').scrollTop") == 0
    assert "→" in browser.find_element(By.ID, "evidence-summary").text
    shot(browser, "evidence")


def test_browser_event_permalink_opens_its_evidence(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, f"?view=timeline&story={server['story']}")
    event = wait_for(browser, "#entries .entry", 5)[3].get_attribute("data-event")
    open_page(browser, server, f"?view=timeline&story={server['story']}&event={event}")
    mark = wait_for(browser, "#evidence-article mark.evidence")[0]
    assert mark.is_displayed()
    assert browser.find_element(By.ID, "evidence").is_displayed()
    assert "selected" in browser.find_element(By.CSS_SELECTOR, f'#entries [data-event="{event}"]').get_attribute("class")
    # an event permalink needs no story or view: it opens the evidence all the same
    open_page(browser, server, f"?event={event}")
    assert wait_for(browser, "#evidence-article mark.evidence")[0].is_displayed()


def test_browser_back_and_forward_walk_the_history(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    card = wait_for(browser, "#stories-list .story-card", 1)[0]
    click(browser, card.find_element(By.CSS_SELECTOR, "h2 a"))
    entry = wait_for(browser, "#entries .entry", 5)[0]
    click(browser, entry.find_element(By.CSS_SELECTOR, ".evidence-link"))
    wait_for(browser, "#evidence-article mark.evidence")
    browser.find_element(By.ID, "q").send_keys("Hamas")
    browser.find_element(By.CSS_SELECTOR, "#search button").click()
    wait_for(browser, "#search-results .results li")
    assert "q=Hamas" in browser.current_url and "view=search" in browser.current_url
    browser.back()
    ready(browser)
    assert "event=" in browser.current_url and browser.find_element(By.ID, "evidence").is_displayed()
    browser.back()
    ready(browser)
    assert "event=" not in browser.current_url and not browser.find_element(By.ID, "evidence").is_displayed()
    assert browser.find_element(By.ID, "view-timeline").is_displayed()
    browser.back()
    ready(browser)
    assert browser.find_element(By.ID, "view-stories").is_displayed()
    browser.forward()
    ready(browser)
    assert browser.find_element(By.ID, "view-timeline").is_displayed() and wait_for(browser, "#entries .entry")
    browser.forward()
    ready(browser)
    assert wait_for(browser, "#evidence-article mark.evidence")[0].is_displayed()


def test_browser_unknown_story_is_a_sentence(browser, server):
    from selenium.webdriver.common.by import By

    def message():
        return browser.find_element(By.ID, "message")

    open_page(browser, server, "?view=timeline&story=987654")
    assert message().is_displayed()
    assert "987654" in message().text and "Tidak ada cerita" in message().text and "404" not in message().text
    shot(browser, "unknown-story")
    open_page(browser, server, "?view=timeline&story=semua")
    assert "bukan nomor cerita" in message().text and "422" not in message().text
    open_page(browser, server, "?view=timeline&story=all")  # "all" means all stories, as story= does
    assert not message().is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "#story-head h2").text == "Semua cerita"
    assert wait_for(browser, "#entries .entry", 20)
    open_page(browser, server, "?view=events&story=&date_from=kemarin")  # a bad filter value, in words
    assert message().is_displayed() and "kemarin" in message().text and "422" not in message().text


@pytest.mark.parametrize("row, lane, kind, start, end", [
    # an exact day: on its date, among the dated events
    ({"date": "2024-03-05", "precision": "day", "first_reported": "2024-03-06"}, "dated", "point", "2024-03-05", None),
    # a month: drawn over that month only
    ({"date": "2024-03-01", "precision": "month", "first_reported": "2024-03-20"}, "coarse", "range",
     "2024-03-01", "2024-04-01"),
    # a year: a point at its first report in its own lane, not a bar across the whole year
    ({"date": "2024-01-01", "precision": "year", "first_reported": "2024-06-10"}, "coarse", "point", "2024-06-10", None),
    # no date of its own: at its first report, in the report-date lane, not a ring among the dated events
    ({"date": None, "precision": "unknown", "sort_date": "2024-02-02", "first_reported": "2024-02-02"}, "report",
     "point", "2024-02-02", None),
])
def test_browser_strip_places_each_precision(browser, server, row, lane, kind, start, end):
    open_page(browser, server, "?view=stories")
    event = {"event_id": "e1", "type": "ASSAULT", "quad_class": "material conflict", "source_name": "Laskar Rimba",
             "target_name": "Desa Sukamaju", **row}
    item = browser.execute_script("""
        const item = linimasa.stripItem(arguments[0]);
        const day = d => d ? new Date(d).toISOString().slice(0, 10) : null;
        return {group: item.group, type: item.type, start: day(item.start), end: day(item.end),
                label: item.content.textContent};""", event)
    assert (item["group"], item["type"], item["start"], item["end"]) == (lane, kind, start, end)
    assert item["label"] == "serangan: Laskar Rimba → Desa Sukamaju"


def test_browser_strip_zooms_with_buttons_and_keys(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, f"?view=timeline&story={server['story']}")
    strip = wait_for(browser, "#strip .vis-item", 5) and browser.find_element(By.ID, "strip")
    span = lambda: (lambda a, b: b - a)(*browser.execute_script(  # noqa: E731
        "const s = document.querySelector('#strip').dataset; return [Date.parse(s.start), Date.parse(s.end)]"))
    before = span()
    browser.find_element(By.ID, "zoom-in").click()
    time.sleep(0.3)
    assert span() < before * 0.8
    strip.send_keys("0")
    time.sleep(0.3)
    assert abs(span() - before) < before * 0.05


def test_browser_switches_language(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, f"?view=timeline&story={server['story']}")
    tab = browser.find_element(By.ID, "tab-timeline")
    assert tab.text == "Linimasa cerita" and browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    browser.find_element(By.ID, "lang-en").click()
    ready(browser)
    assert tab.text == "Story timeline" and browser.find_element(By.ID, "tab-events").text == "Event table"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    first = wait_for(browser, "#entries .entry .entry-what")[0]
    assert first.get_attribute("lang") == "en"
    shot(browser, "story-en")
    browser.find_element(By.ID, "lang-id").click()
    assert tab.text == "Linimasa cerita"


def test_browser_event_table_filters_by_actor(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, "?view=events")
    all_rows = len(wait_for(browser, "#events-table tbody tr", 20))
    field = browser.find_element(By.ID, "f-actor")
    field.clear()
    field.send_keys("Hamas")
    browser.find_element(By.ID, "f-apply").click()
    ready(browser)
    rows = wait_for(browser, "#events-table tbody tr")
    assert 0 < len(rows) < all_rows
    assert all("Hamas" in row.find_elements(By.TAG_NAME, "td")[2].text for row in rows)
    assert "actor=Hamas" in browser.current_url  # an actor's events are a link too
    assert not any(CODES.search(row.find_elements(By.TAG_NAME, "td")[1].text) for row in rows)
    shot(browser, "events-hamas")
    rows[0].click()
    assert wait_for(browser, "#evidence-article mark.evidence")


def label_overlaps(browser) -> list:
    """Pairs of actors whose labels overlap on the network's canvas (cytoscape's label boxes)."""
    return browser.execute_script("""
        const graph = linimasa.network(), nodes = graph.nodes().toArray(), found = [];
        const boxes = nodes.map(n => n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }));
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i], q = boxes[j];
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) found.push([nodes[i].id(), nodes[j].id()]);
        }
        return found;""")


def test_browser_network_figures_and_quotes_render(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, "?view=network&story=")
    assert browser.find_element(By.CSS_SELECTOR, "#network canvas")
    actors = wait_for(browser, "#network-actors [data-actor]", 10)
    names = {n.get_attribute("data-actor") for n in actors}
    assert {"ISR", "PSE.HAMAS"} <= names
    assert int(browser.find_element(By.ID, "network").get_attribute("data-nodes")) == len(actors)
    assert not label_overlaps(browser)  # on all stories, with families merged (the default) ...
    shot(browser, "network", readme="network.png")
    open_page(browser, server, "?view=network&story=&families=0")
    wait_for(browser, "#network-actors [data-actor]", 10)
    assert not label_overlaps(browser)  # ... and with every part apart
    # the figures view opens on a category the story has, with its points drawn
    story = browser.execute_script("return String(linimasa.state.stories.find(s => /KPK|Korupsi/.test(s.label)).story_id)")
    open_page(browser, server, f"?view=figures&story={story}")  # money figures, no death toll
    assert browser.find_element(By.ID, "figure-category").get_attribute("value") == "money"
    assert not browser.find_elements(By.CSS_SELECTOR, "#figures-chart .hint")
    assert browser.find_element(By.CSS_SELECTOR, "#figures-chart canvas")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#figures-table tbody tr")) >= 1
    open_page(browser, server, f"?view=figures&story={server['story']}")
    assert len(wait_for(browser, "#figures-table tbody tr", 3)) >= 3
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
                 if b.text.startswith("serangan"))
    event.click()
    mark = wait_for(browser, "#evidence-article mark.evidence")[0]
    assert SCRIPT in mark.text  # the evidence sentence, highlighted, shows the tag as text
    assert SCRIPT in browser.find_element(By.CSS_SELECTOR, "#evidence-article h4").text
    assert "<img src=x" in browser.find_element(By.ID, "evidence-sources").text
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, #evidence script, #evidence img")
    assert browser.execute_script("return window.__pwned === undefined")
    # the story page shows the evidence sentence and the outlet as text too
    open_page(browser, hostile_server, "?view=timeline&story=")
    assert any(SCRIPT in e.text for e in wait_for(browser, "#entries .entry-evidence"))
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img")
    assert browser.execute_script("return window.__pwned === undefined")
    shot(browser, "escaped-script")


def test_browser_state_families_are_merged_by_default(browser, server):
    """Issues 17 and 19: one node per state by default; families=0 in a link shows the parts apart."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, server, "?view=network&story=")
    assert browser.find_element(By.ID, "network-families").is_selected()
    actors = wait_for(browser, "#network-actors [data-actor]", 5)
    ids = {n.get_attribute("data-actor") for n in actors}
    assert "ISR" in ids and not any(i.startswith("ISR.") for i in ids)
    israel = next(n for n in actors if n.get_attribute("data-actor") == "ISR")
    assert "family" in israel.get_attribute("class") and "ISR." in israel.get_attribute("data-parts")
    assert "ISR." not in israel.get_attribute("aria-label")  # its parts by name
    browser.find_element(By.ID, "network-families").click()
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('#network-actors [data-actor]')].some(n => n.dataset.actor.startsWith('ISR.'))"))
    assert "families=0" in browser.current_url
    shot(browser, "network-parts")
    # the actor filter: a state body's events with or without its family
    rows = "return document.querySelectorAll('#events-table tbody tr').length"
    open_page(browser, server, "?view=events&story=&actor=Gedung%20Putih&families=0")
    assert not browser.find_element(By.ID, "f-family").is_selected()
    plain = browser.execute_script(rows)
    open_page(browser, server, "?view=events&story=&actor=Gedung%20Putih")
    assert browser.find_element(By.ID, "f-family").is_selected()
    assert browser.find_element(By.ID, "f-actor").get_attribute("value") == "Gedung Putih"
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(rows) > plain)


def test_browser_actor_and_search_permalinks(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server, "?view=events&story=&actor=Hamas")
    assert browser.find_element(By.ID, "f-actor").get_attribute("value") == "Hamas"
    rows = wait_for(browser, "#events-table tbody tr", 2)
    assert all("Hamas" in row.find_elements(By.TAG_NAME, "td")[2].text for row in rows)
    open_page(browser, server, "?q=Hamas")
    assert browser.find_element(By.ID, "view-search").is_displayed()
    assert browser.find_element(By.ID, "q").get_attribute("value") == "Hamas"
    assert wait_for(browser, "#search-results .results li", 2)


def test_browser_page_and_libraries_break_no_csp_rule(browser, server):
    """The vendored libraries run under the strict CSP: no refused script, style or request, on any view."""
    browser.get_log("browser")  # what earlier tests left
    for query in ("", f"?view=timeline&story={server['story']}", "?view=network&story=", f"?view=figures&story={server['story']}"):
        open_page(browser, server, query)
        time.sleep(0.5)
    problems = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not problems, problems


def test_browser_entries_and_evidence_say_where_it_happened(browser, server):
    """Issue 21 in words: an entry with a place says "di <place>" (and "in <place>" in English), the name a link
    to the story's map; the evidence summary says it too; an entry with no place says nothing of a place."""
    import json
    import urllib.request

    from selenium.webdriver.common.by import By

    with urllib.request.urlopen(f"{server['url']}api/timeline?story={server['story']}", timeout=30) as answer:
        places = {r["event_id"]: r["place"] for r in json.load(answer)}
    assert any(places.values())  # the sample's busiest story has events in named cities
    open_page(browser, server, f"?view=timeline&story={server['story']}")
    entries = wait_for(browser, "#entries .entry", 5)
    placed = []
    for entry in entries:
        place = places[entry.get_attribute("data-event")]
        spans = entry.find_elements(By.CSS_SELECTOR, ".entry-what .place")
        if place is None:
            assert not spans
            continue
        placed.append((entry, place))
        assert spans[0].text.strip() == f"di {place['name']}"
        assert entry.find_element(By.CSS_SELECTOR, ".entry-what-other .place").text.strip() == f"in {place['name']}"
    assert placed
    entry, place = placed[0]
    click(browser, entry.find_element(By.CSS_SELECTOR, ".evidence-link"))
    wait_for(browser, "#evidence-summary .place")
    assert f"di {place['name']}" in browser.find_element(By.ID, "evidence-summary").text
    click(browser, entry.find_element(By.CSS_SELECTOR, ".entry-what .place-link"))
    wait_for(browser, "#view-map svg")
    ready(browser)
    assert "view=map" in browser.current_url and f"story={server['story']}" in browser.current_url
    assert browser.find_element(By.ID, "view-map").is_displayed()
    # the map opens on this event: its point is the selected one and the list under the map holds the event
    event_id = entry.get_attribute("data-event")
    assert f"event={event_id}" in browser.current_url
    selected = wait_for(browser, "#map .pt.selected")
    assert len(selected) == 1
    assert browser.find_elements(By.CSS_SELECTOR, f'#map-events [data-event="{event_id}"]')
    assert place["name"] in browser.find_element(By.CSS_SELECTOR, "#map-events h3").text
