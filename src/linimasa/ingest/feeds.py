"""Listings: the article URLs an RSS/Atom feed or an XML sitemap names, with their dates and titles.

Feeds are parsed by feedparser (it copes with the RSS and Atom dialects outlets
really serve). Sitemaps are small, regular XML, read with ElementTree: a
`<urlset>` lists pages (with `<lastmod>` or a Google News `<news:publication_date>`),
a `<sitemapindex>` lists further sitemaps, which the caller fetches in turn.
Gzipped sitemaps (`.xml.gz`) are unpacked here, as servers send them without
a Content-Encoding.
"""
from __future__ import annotations

import gzip
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from ..store.fetch_state import Listed
from .fetch import normalize_url
from .readers import parse_date

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Listing:
    """What one feed or sitemap lists: article URLs, and (for a sitemap index) further sitemaps."""

    items: tuple[Listed, ...]
    sitemaps: tuple[str, ...] = ()
    error: str | None = None


def parse_feed(body: bytes, base: str) -> Listing:
    """Items of an RSS or Atom feed, in feed order, each URL once."""
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.entries:
        return Listing((), error=f"not a feed: {parsed.get('bozo_exception')}")
    items: dict[str, Listed] = {}
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link:
            continue
        url = normalize_url(link, base=base)
        if url not in items:
            items[url] = Listed(url, _struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                                (entry.get("title") or "").strip() or None)
    return Listing(tuple(items.values()))


def _struct_date(value) -> date | None:
    return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(body: bytes, base: str) -> Listing:
    """Pages of a `<urlset>`, or the child sitemaps of a `<sitemapindex>`."""
    if body[:2] == GZIP_MAGIC:
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            return Listing((), error=f"bad gzip: {exc}")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        return Listing((), error=f"not a sitemap: {exc}")
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = [normalize_url(loc.text, base=base) for loc in root.iter() if _local(loc.tag) == "loc" and loc.text]
        return Listing((), sitemaps=tuple(dict.fromkeys(children)))
    if kind != "urlset":
        return Listing((), error=f"not a sitemap: root element <{kind}>")
    items: dict[str, Listed] = {}
    for node in root:
        if _local(node.tag) != "url":
            continue
        fields = {}
        for child in node.iter():
            name = _local(child.tag)
            if child.text and name in ("loc", "lastmod", "publication_date", "title") and name not in fields:
                fields[name] = child.text.strip()
        if not fields.get("loc"):
            continue
        url = normalize_url(fields["loc"], base=base)
        when = _date(fields.get("publication_date") or fields.get("lastmod"), url)
        items.setdefault(url, Listed(url, when, fields.get("title")))
    return Listing(tuple(items.values()))


def _date(value: str | None, url: str) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value, url)
    except InputError:
        log.debug("%s: listing date %r not understood", url, value)
        return None
