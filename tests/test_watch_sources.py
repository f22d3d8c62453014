"""Sources files, feed and sitemap listings, and pages read into documents."""
from __future__ import annotations

import gzip
from datetime import date

import pytest

from linimasa.ingest.feeds import parse_feed, parse_sitemap
from linimasa.ingest.fetch import PageReader
from linimasa.ingest.watch import MIN_INTERVAL, SourcesError, load_sources
from linimasa.store.fetch_state import Listed

from .fixtures.feeds.server import FixtureSite, HERE, render_page

BASE = "http://contoh.test"


def test_sources_toml_gives_kinds_names_and_settings(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("""
[fetch]
timeout = 5
host_delay = 2.5

[[source]]
name = "nasional"
feed = "https://Contoh.test/rss?utm_source=x"
outlet = "Kabar Contoh"
language = "id"
interval = "30m"

[[source]]
sitemap = "https://contoh.test/sitemap.xml"

[[source]]
name = "halaman"
urls = ["https://contoh.test/a.html", "https://contoh.test/b.html"]
interval = 10
""", encoding="utf-8")
    config = load_sources(path)
    assert config.policy.timeout == 5 and config.policy.host_delay == 2.5 and config.policy.obey_robots
    first, second, third = config.sources
    assert (first.name, first.kind, first.urls, first.outlet, first.language, first.interval) == (
        "nasional", "feed", ("https://contoh.test/rss",), "Kabar Contoh", "id", 1800.0)
    assert (second.name, second.kind) == ("https://contoh.test/sitemap.xml", "sitemap")
    assert third.kind == "page" and len(third.urls) == 2 and third.interval == MIN_INTERVAL  # raised to the minimum


def test_sources_yaml_reads_like_toml(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - name: daerah\n    feed: https://contoh.test/atom.xml\n    interval: 2h\n",
                    encoding="utf-8")
    (source,) = load_sources(path).sources
    assert (source.name, source.kind, source.interval) == ("daerah", "feed", 7200.0)


@pytest.mark.parametrize("text, code, fragment", [
    ("[[source]]\nfeed = 'https://a.test/rss'\nsitemap = 'https://a.test/s.xml'\n", "E502", "exactly one of"),
    ("[[source]]\nfeed = 'ftp://a.test/rss'\n", "E502", "not an http(s) URL"),
    ("[[source]]\nfeed = 'https://a.test/rss'\ninterval = 'sebentar'\n", "E502", "interval"),
    ("[[source]]\nfeed = 'https://a.test/rss'\nwarna = 'merah'\n", "E502", "unknown keys ['warna']"),
    ("[fetch]\nobey_robots = false\n[[source]]\nfeed = 'https://a.test/rss'\n", "E501", "unknown [fetch] settings"),
    ("[[source]]\nname = 'x'\nfeed = 'https://a.test/1'\n[[source]]\nname = 'x'\nfeed = 'https://a.test/2'\n",
     "E501", "repeated: ['x']"),
    ("judul = 'tanpa sumber'\n", "E501", "no [[source]] entries"),
    ("[[source]\n", "E501", "Cannot read"),
])
def test_sources_file_errors_say_what_is_wrong(tmp_path, text, code, fragment):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError) as caught:
        load_sources(path)
    assert caught.value.code == code and fragment in caught.value.message


def test_rss_listing_keeps_feed_order_dates_and_each_url_once():
    body = (HERE / "rss-nasional-2.xml").read_text(encoding="utf-8").replace("{{BASE}}", BASE).encode()
    listing = parse_feed(body, BASE + "/rss/nasional.xml")
    assert listing.error is None
    assert [i.url for i in listing.items] == [BASE + "/berita/kereta-cepat.html", BASE + "/amp/berita/banjir-bekasi.html",
                                              BASE + "/berita/banjir-bekasi.html", BASE + "/berita/harga-beras.html",
                                              BASE + "/rahasia/memo-internal.html"]
    assert listing.items[0] == Listed(BASE + "/berita/kereta-cepat.html", date(2025, 3, 6),
                                      "Jadwal Kereta Cepat Ditambah Menjelang Libur Panjang")


def test_atom_listing_reads_links_and_updated_dates():
    body = (HERE / "atom-daerah.xml").read_text(encoding="utf-8").replace("{{BASE}}", BASE).encode()
    (item,) = parse_feed(body, BASE).items
    assert (item.url, item.date) == (BASE + "/berita/panen-garam.html", date(2025, 3, 3))


@pytest.mark.parametrize("packed", [False, True])
def test_sitemap_listing_reads_news_dates_plain_or_gzipped(packed):
    body = (HERE / "sitemap.xml").read_text(encoding="utf-8").replace("{{BASE}}", BASE).encode()
    listing = parse_sitemap(gzip.compress(body) if packed else body, BASE)
    assert [(i.url, i.date) for i in listing.items] == [
        (BASE + "/berita/pelabuhan-baru.html", date(2025, 3, 2)), (BASE + "/amp/berita/pelabuhan-baru.html", date(2025, 3, 2))]
    assert listing.items[0].title == "Presiden Meresmikan Pelabuhan Baru di Kalimantan Utara"


def test_sitemap_index_lists_child_sitemaps():
    body = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/peta-1.xml</loc></sitemap>'
            b'<sitemap><loc>/peta-2.xml</loc></sitemap></sitemapindex>')
    listing = parse_sitemap(body, BASE + "/sitemap.xml")
    assert listing.items == () and listing.sitemaps == (BASE + "/peta-1.xml", BASE + "/peta-2.xml")


@pytest.mark.parametrize("body, parser", [(b"<html><p>bukan umpan</p></html>", parse_sitemap),
                                          (b"\x1f\x8brusak", parse_sitemap), (b"bukan xml sama sekali", parse_feed)])
def test_listing_errors_are_reported_not_raised(body, parser):
    assert parser(body, BASE).error


@pytest.fixture(scope="module")
def reader():
    return PageReader()


@pytest.fixture(scope="module")
def articles():
    import yaml

    return yaml.safe_load((HERE / "articles.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path, canonical, amp", [
    ("/amp/berita/banjir-bekasi.html", "/berita/banjir-bekasi.html", None),
    ("/berita/banjir-bekasi.html", "/berita/banjir-bekasi.html", "/amp/berita/banjir-bekasi.html"),
    ("/berita/harga-beras.html", None, None),
])
def test_page_links_find_canonical_and_amp(reader, articles, path, canonical, amp):
    html = render_page(path, articles[path], BASE)
    links = reader.links(html, BASE + path)
    assert links.canonical == (BASE + canonical if canonical else None)
    assert links.amp == (BASE + amp if amp else None)


def test_page_document_has_metadata_title_author_and_page_date(reader, articles):
    path = "/berita/banjir-bekasi.html"
    doc = reader.document(render_page(path, articles[path], BASE).encode(), BASE + path, outlet="Kabar Contoh",
                          language="id", listed_date=date(2025, 1, 1))
    assert doc.title == "Banjir Merendam Ratusan Rumah di Bekasi Timur"
    assert doc.meta["author"] == "Rina Wulandari"
    assert doc.published == date(2025, 3, 4) and doc.meta["date_from"] == "page"  # not the listing's, nor 28/2 in the text
    assert doc.source == "Kabar Contoh" and doc.url == doc.path == BASE + path
    assert "312 warga" in doc.text and "Beranda" not in doc.text and "Hak cipta" not in doc.text


@pytest.mark.parametrize("listed, expected, origin", [(date(2025, 3, 3), date(2025, 3, 3), "listing"), (None, None, None)])
def test_page_without_date_takes_the_listing_date_or_none(reader, articles, listed, expected, origin):
    path = "/berita/gempa-kecil.html"
    doc = reader.document(render_page(path, articles[path], BASE).encode(), BASE + path, listed_date=listed)
    assert doc.published == expected and doc.meta.get("date_from") == origin


def test_fixture_site_answers_conditional_requests():
    site = FixtureSite()
    assert site.respond("/rss/nasional.xml", {"if-none-match": '"nasional-v1"'})[0] == 304
    assert site.respond("/rss/nasional.xml", {"if-none-match": '"nasional-v0"'})[0] == 200
    assert site.respond("/atom/daerah.xml", {"if-modified-since": "Tue, 04 Mar 2025 00:00:00 GMT"})[0] == 304
    assert site.respond("/atom/daerah.xml", {"if-modified-since": "Sun, 02 Mar 2025 00:00:00 GMT"})[0] == 200
    site.server.server_close()
