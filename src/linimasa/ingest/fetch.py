"""Polite HTTP fetching for `linimasa watch` and `linimasa fetch`, and pages to `Document`s.

`Fetcher` wraps one httpx client for one poll cycle:
- a clear User-Agent naming the project, so an outlet can reach us;
- robots.txt obeyed (urllib.robotparser; one robots.txt request per host per cycle);
- at most `host_cap` requests per host per cycle, and at least `host_delay`
  seconds between two requests to one host (or the robots.txt Crawl-delay, if longer);
- conditional GET (If-None-Match / If-Modified-Since) when the caller knows an ETag
  or Last-Modified; gzip/deflate bodies are decoded by httpx;
- a timeout per request, and retries with exponential backoff on timeouts,
  connection errors, 429 and 5xx (never on other 4xx, which will not get better);
- redirects followed by hand, so every hop is checked against robots.txt too.

`page_links` finds a page's canonical URL and AMP copy; `document_from_html`
extracts main text, title, date and author through trafilatura with its
text-wide date search switched off: the date comes from the page's metadata
(or the feed), and a page without one is dated by the `dateinfer` stage instead.
"""
from __future__ import annotations

import logging
import re
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from .. import __version__
from ..document import Document
from ..errors import InputError
from .decode import decode_bytes
from .readers import parse_date

log = logging.getLogger(__name__)

USER_AGENT = f"linimasa/{__version__} (+https://github.com/linimasa/linimasa)"
ROBOTS_AGENT = "linimasa"
REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRY_CODES = (429, 500, 502, 503, 504)
# Query parameters that only track the reader; dropping them makes one article one URL.
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|_ga|ref|src)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how patiently to fetch. The defaults are for real outlets; tests shorten them."""

    timeout: float = 15.0  # seconds per connect/read
    retries: int = 2  # extra attempts after the first
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one
    host_delay: float = 1.0  # minimum seconds between two requests to one host
    host_cap: int = 120  # requests per host per poll cycle; the rest wait for the next cycle
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    max_failures: int = 5  # an article that failed this many polls is given up
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay above this is capped, not obeyed
    obey_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Response:
    """One fetch: the final status and body, or the error that stopped it."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    location: str | None = None  # of a redirect
    error: str | None = None
    attempts: int = 0
    deferred: bool = False  # the host cap was reached; try again next cycle
    disallowed: bool = False  # robots.txt forbids it; nothing was requested

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


def normalize_url(url: str, base: str | None = None) -> str:
    """An absolute http(s) URL without fragment or tracking parameters, host in lower case."""
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(slots=True)
class _Host:
    robots: urllib.robotparser.RobotFileParser | None = None
    requests: int = 0
    last_request: float | None = None
    delay: float = 0.0


class Fetcher:
    """One poll cycle's HTTP client; not shared between threads."""

    def __init__(self, policy: FetchPolicy = FetchPolicy(), *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.policy = policy
        self.sleep = sleep
        self.clock = clock
        self.hosts: dict[str, _Host] = {}
        self.requests = 0
        self.client = httpx.Client(
            timeout=httpx.Timeout(policy.timeout), follow_redirects=False, transport=transport,
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                     "Accept-Language": "id,en;q=0.5"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- politeness ---------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        host = self.hosts.get(key)
        if host is None:
            host = self.hosts[key] = _Host(delay=self.policy.host_delay)
            if self.policy.obey_robots:
                host.robots = self._load_robots(key, host)
        return host

    def _load_robots(self, origin: str, host: _Host) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        response = self._request(origin + "/robots.txt", host, {})
        # As urllib.robotparser does: 401/403 forbid everything, other 4xx mean no rules.
        # An unreachable or failing robots.txt forbids everything for this cycle (RFC 9309, 2.3.1.4).
        status = response.status or 0
        if status == 200 and response.body is not None:
            parser.parse(decode_bytes(response.body, "robots.txt").text.splitlines() if response.body else [])
        elif 400 <= status < 500 and status not in (401, 403):
            parser.allow_all = True
        else:
            parser.disallow_all = True
        crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
        if crawl_delay:
            host.delay = max(host.delay, min(float(crawl_delay), self.policy.max_crawl_delay))
        return parser

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (fetching robots.txt first if this cycle has not)."""
        host = self._host(url)
        return host.robots is None or host.robots.can_fetch(ROBOTS_AGENT, url)

    def _wait_turn(self, host: _Host) -> None:
        if host.last_request is not None and host.delay > 0:
            wait = host.last_request + host.delay - self.clock()
            if wait > 0:
                self.sleep(wait)

    # ---- requests -----------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` politely, following redirects that robots.txt allows; never raises for HTTP trouble."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if not self.allowed(current):
                return Response(url, current, disallowed=True, error="disallowed by robots.txt")
            host = self._host(current)
            if host.requests >= self.policy.host_cap:
                return Response(url, current, deferred=True, error=f"over {self.policy.host_cap} requests to the host")
            response = self._request(current, host, headers)
            response.url = url
            if response.status in REDIRECT_CODES and response.error is None:
                if not response.location:
                    return response
                current = normalize_url(response.location, base=current)
                continue
            return response
        return Response(url, current, error=f"more than {self.policy.max_redirects} redirects")

    def _request(self, url: str, host: _Host, headers: dict[str, str]) -> Response:
        policy = self.policy
        response = Response(url, url)
        for attempt in range(policy.retries + 1):
            if attempt:
                self.sleep(policy.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            host.requests += 1
            self.requests += 1
            response = self._once(url, headers)
            response.attempts = attempt + 1
            host.last_request = self.clock()
            # A status other than 429/5xx will not change on retry; no status means a timeout or a network error.
            retry = response.status in RETRY_CODES or (response.status is None and response.error is not None)
            if not retry or host.requests >= policy.host_cap:
                break
            log.info("retrying %s after %s", url, response.error or response.status)
        return response

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        response = Response(url, url)
        try:
            with self.client.stream("GET", url, headers=headers) as reply:
                response.status = reply.status_code
                response.etag = reply.headers.get("etag")
                response.last_modified = reply.headers.get("last-modified")
                response.content_type = reply.headers.get("content-type")
                response.location = reply.headers.get("location")
                if reply.status_code == 200:
                    chunks, size = [], 0
                    for chunk in reply.iter_bytes():
                        size += len(chunk)
                        if size > self.policy.max_bytes:
                            response.error = f"body over {self.policy.max_bytes:,} bytes"
                            return response
                        chunks.append(chunk)
                    response.body = b"".join(chunks)
                elif reply.status_code >= 400:
                    response.error = f"HTTP {reply.status_code}"
        except httpx.TimeoutException as exc:
            response.error = f"timed out after {self.policy.timeout:g} s ({type(exc).__name__})"
        except httpx.HTTPError as exc:
            response.error = f"{type(exc).__name__}: {exc}"
        return response


# ---- pages ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PageLinks:
    canonical: str | None = None
    amp: str | None = None


@dataclass(slots=True)
class _LinkPatterns:
    tag: re.Pattern = field(default_factory=lambda: re.compile(r"<link\b[^>]*>", re.IGNORECASE))
    attr: re.Pattern = field(default_factory=lambda: re.compile(
        r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"""))


class PageReader:
    """HTML bytes to a `Document` and the page's canonical/AMP links; build once, use for every page."""

    # The <head> of news pages is well under this; scanning the whole body for <link> costs time.
    HEAD_CHARS = 200_000

    def __init__(self):
        from trafilatura.settings import use_config

        self.patterns = _LinkPatterns()
        self.config = use_config()
        # Off: htmldate would otherwise read a date out of the article text, and a date the text
        # implies is the dateinfer stage's job (as a window), not the page's publication date.
        self.config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")

    def links(self, html: str, base: str) -> PageLinks:
        canonical = amp = None
        for tag in self.patterns.tag.findall(html[: self.HEAD_CHARS]):
            attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "")
                     for m in self.patterns.attr.finditer(tag)}
            rel = set(attrs.get("rel", "").lower().split())
            href = attrs.get("href")
            if not href:
                continue
            if "canonical" in rel and canonical is None:
                canonical = normalize_url(href, base=base)
            elif "amphtml" in rel and amp is None:
                amp = normalize_url(href, base=base)
        return PageLinks(canonical, amp)

    def document(self, body: bytes, url: str, *, outlet: str | None = None, language: str | None = None,
                 listed_date: date | None = None, listed_title: str | None = None) -> Document:
        """The page's main text and metadata; raise InputError E208 when there is no main text."""
        import trafilatura

        decoded = decode_bytes(body, url)
        result = trafilatura.bare_extraction(decoded.text, url=url, with_metadata=True, include_comments=False,
                                             favor_precision=True, config=self.config)
        extracted = result.as_dict() if result is not None else None
        if not extracted or not (extracted.get("text") or "").strip():
            raise InputError("E208", path=url)
        published = _page_date(extracted.get("date"), url)
        meta = {"encoding": decoded.encoding, "author": extracted.get("author"), "format": "html",
                "fetched_from": url}
        if language:
            meta["language_hint"] = language
        if published is None and listed_date is not None:
            published = listed_date
            meta["date_from"] = "listing"
        elif published is not None:
            meta["date_from"] = "page"
        return Document(
            text=extracted["text"],
            title=extracted.get("title") or listed_title or None,
            published=published,
            source=outlet or extracted.get("sitename") or urlsplit(url).hostname,
            url=url,
            path=url,
            meta=meta,
        )


def _page_date(value, url: str) -> date | None:
    try:
        return parse_date(value, url)
    except InputError:
        log.info("%s: page date %r is not a date; the text will be dated instead", url, value)
        return None
