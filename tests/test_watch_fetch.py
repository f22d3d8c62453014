"""The polite fetcher, on httpx's in-memory transport (no socket at all)."""
from __future__ import annotations

import gzip

import httpx
import pytest

from linimasa.ingest.fetch import USER_AGENT, FetchPolicy, Fetcher, normalize_url

FAST = FetchPolicy(timeout=0.5, retries=2, backoff=0.1, host_delay=0.0)


class Site:
    """Routes for httpx.MockTransport; records every request."""

    def __init__(self, routes: dict[str, object], robots: tuple[int, str] = (200, "User-agent: *\nDisallow: /rahasia/\n")):
        self.routes = {"/robots.txt": robots, **routes}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(request.url.path, (404, ""))
        if callable(route):
            return route(request)
        status, body = route
        return httpx.Response(status, content=body.encode() if isinstance(body, str) else body)

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def fetcher(site: Site, policy: FetchPolicy = FAST, sleeps: list | None = None) -> Fetcher:
    return Fetcher(policy, transport=httpx.MockTransport(site), sleep=(sleeps.append if sleeps is not None else lambda s: None))


def test_fetch_sends_user_agent_and_conditional_headers():
    site = Site({"/rss.xml": (304, "")})
    with fetcher(site) as f:
        response = f.get("http://contoh.test/rss.xml", etag='"v1"', last_modified="Mon, 03 Mar 2025 03:00:00 GMT")
    assert response.not_modified
    request = site.requests[-1]
    assert request.headers["user-agent"] == USER_AGENT
    assert request.headers["if-none-match"] == '"v1"'
    assert request.headers["if-modified-since"] == "Mon, 03 Mar 2025 03:00:00 GMT"


def test_fetch_decodes_gzip_bodies():
    body = "<p>Warga mengungsi ke balai desa.</p>".encode()

    def gzipped(request):
        return httpx.Response(200, content=gzip.compress(body), headers={"Content-Encoding": "gzip", "ETag": '"g"'})

    with fetcher(Site({"/a.html": gzipped})) as f:
        response = f.get("http://contoh.test/a.html")
    assert response.ok and response.body == body and response.etag == '"g"'


@pytest.mark.parametrize("robots, path, allowed", [
    ((200, "User-agent: *\nDisallow: /rahasia/\n"), "/rahasia/memo.html", False),
    ((200, "User-agent: *\nDisallow: /rahasia/\n"), "/berita/a.html", True),
    ((200, "User-agent: linimasa\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), "/berita/a.html", False),
    ((404, ""), "/berita/a.html", True),  # no robots.txt: no rules
    ((403, ""), "/berita/a.html", False),  # forbidden robots.txt: forbid everything
    ((503, ""), "/berita/a.html", False),  # failing robots.txt: forbid everything this cycle
])
def test_fetch_obeys_robots_txt(robots, path, allowed):
    site = Site({path: (200, "<p>isi</p>")}, robots=robots)
    with fetcher(site) as f:
        response = f.get("http://contoh.test" + path)
    assert response.ok is allowed and response.disallowed is (not allowed)
    assert (path in site.paths()) is allowed
    assert site.paths().count("/robots.txt") == (1 if robots[0] < 500 else 3)  # 5xx robots.txt is retried


def test_fetch_checks_robots_txt_on_every_redirect_hop():
    site = Site({"/pindah.html": (301, "")})
    site.routes["/pindah.html"] = lambda r: httpx.Response(301, headers={"Location": "/rahasia/memo.html"})
    with fetcher(site) as f:
        response = f.get("http://contoh.test/pindah.html")
    assert response.disallowed and "/rahasia/memo.html" not in site.paths()


def test_fetch_follows_an_allowed_redirect():
    site = Site({"/lama.html": lambda r: httpx.Response(302, headers={"Location": "/baru.html"}),
                 "/baru.html": (200, "<p>baru</p>")})
    with fetcher(site) as f:
        response = f.get("http://contoh.test/lama.html")
    assert response.ok and response.final_url == "http://contoh.test/baru.html"


@pytest.mark.parametrize("status, attempts", [(500, 3), (503, 3), (429, 3), (404, 1), (403, 1), (200, 1)])
def test_fetch_retries_only_what_can_get_better(status, attempts):
    sleeps: list[float] = []
    site = Site({"/a.html": (status, "x")})
    with fetcher(site, sleeps=sleeps) as f:
        response = f.get("http://contoh.test/a.html")
    assert response.attempts == attempts and site.paths().count("/a.html") == attempts
    assert sleeps == [0.1, 0.2][: attempts - 1]  # exponential backoff


def test_fetch_turns_a_timeout_into_an_error_and_retries():
    def slow(request):
        raise httpx.ReadTimeout("no answer", request=request)

    with fetcher(Site({"/a.html": slow})) as f:
        response = f.get("http://contoh.test/a.html")
    assert not response.ok and response.attempts == 3 and "timed out after 0.5 s" in response.error


def test_fetch_waits_between_requests_to_one_host():
    sleeps: list[float] = []
    site = Site({"/a.html": (200, "a"), "/b.html": (200, "b")})
    with fetcher(site, FetchPolicy(host_delay=5.0, retries=0), sleeps) as f:
        f.get("http://contoh.test/a.html")
        f.get("http://contoh.test/b.html")
    assert len(sleeps) == 2 and all(4.9 < s <= 5.0 for s in sleeps)  # after robots.txt, after a.html


def test_fetch_obeys_a_longer_crawl_delay_capped():
    sleeps: list[float] = []
    site = Site({"/a.html": (200, "a")}, robots=(200, "User-agent: *\nCrawl-delay: 600\n"))
    with fetcher(site, FetchPolicy(host_delay=1.0, retries=0, max_crawl_delay=30.0), sleeps) as f:
        f.get("http://contoh.test/a.html")
    assert len(sleeps) == 1 and 29.9 < sleeps[0] <= 30.0


def test_fetch_defers_requests_over_the_host_cap():
    site = Site({f"/{i}.html": (200, "x") for i in range(5)})
    with fetcher(site, FetchPolicy(host_cap=3, host_delay=0.0, retries=0)) as f:
        results = [f.get(f"http://contoh.test/{i}.html") for i in range(5)]
    assert [r.ok for r in results] == [True, True, False, False, False]  # robots.txt counts as one
    assert all(r.deferred for r in results[2:]) and len(site.requests) == 3


def test_fetch_refuses_a_body_over_the_limit():
    with fetcher(Site({"/besar.html": (200, "x" * 2000)}), FetchPolicy(max_bytes=1000, retries=0)) as f:
        response = f.get("http://contoh.test/besar.html")
    assert not response.ok and "over 1,000 bytes" in response.error


@pytest.mark.parametrize("url, expected", [
    ("HTTP://Contoh.TEST/berita/a.html#komentar", "http://contoh.test/berita/a.html"),
    ("http://contoh.test/berita/a.html?utm_source=rss&utm_medium=feed", "http://contoh.test/berita/a.html"),
    ("http://contoh.test/berita?id=12&fbclid=abc", "http://contoh.test/berita?id=12"),
    ("http://contoh.test", "http://contoh.test/"),
])
def test_fetch_normalizes_urls(url, expected):
    assert normalize_url(url) == expected
