"""Feeds and sitemaps: parsed from fixture files, served by a real loopback server."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fetch.config import FetchConfig
from fetch.discover import parse_feed, parse_sitemap, urls_from_feed, urls_from_sitemap
from schemas.errors import ContentError, FetchError
from tests.servers import LoopbackServer, Request, Response

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
CONFIG = FetchConfig(allow_private=True, delay=0.0, retries=1, read_timeout=1.0)


def fixture(name: str, base: str) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", base).encode()


def _serve(response: Response) -> Callable[[Request], Response]:
    return lambda request: response


@pytest.fixture(scope="module")
def site() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        base = srv.url("").rstrip("/")
        xml = {"Content-Type": "application/xml"}
        for name in ("feed-rss.xml", "feed-atom.xml", "sitemap-pages.xml", "sitemap-index.xml",
                     "malformed.xml"):
            srv.route(f"/{name}", _serve(Response(body=fixture(name, base), headers=xml)))
        srv.route("/sitemap-news.xml.gz", lambda r: Response(
            body=gzip.compress(fixture("sitemap-news.xml", base)),
            headers={"Content-Type": "application/x-gzip"}))
        srv.route("/sitemap-2019.xml", lambda r: Response(500, b"should never be asked for"))
        srv.route("/page.html", lambda r: Response(body=b"<html><body>hi</body></html>"))
        yield srv


def test_rss_items_links_and_permalink_guids() -> None:
    base = "https://news.example.org"
    assert parse_feed(fixture("feed-rss.xml", base), base=base) == [
        f"{base}/news/first?utm_source=rss",  # normalised later, with every other input
        f"{base}/news/second",
        f"{base}/news/third",
    ]


def test_atom_alternate_links_resolved_against_the_feed() -> None:
    base = "https://news.example.org"
    assert parse_feed(fixture("feed-atom.xml", base), base=f"{base}/feeds/atom.xml") == [
        f"{base}/news/alpha",
        f"{base}/news/beta",
    ]


@pytest.mark.parametrize("body", [b"", b"<html><body>not a feed</body></html>",
                                  (FIXTURES / "malformed.xml").read_bytes()])
def test_malformed_feed(body: bytes) -> None:
    with pytest.raises(ContentError) as caught:
        parse_feed(body, base="https://x.example/")
    assert caught.value.reason == "malformed-feed"


def test_sitemap_dates_prefer_news_publication_date() -> None:
    base = "https://news.example.org"
    entries = parse_sitemap(fixture("sitemap-news.xml", base), base=base)
    assert entries.children == []
    assert entries.pages == [
        (f"{base}/news/appeal-rejected", dt.date(2026, 3, 4)),
        (f"{base}/news/last-year", dt.date(2025, 2, 1)),
    ]


def test_feed_over_http(site: LoopbackServer) -> None:
    urls = urls_from_feed(site.url("/feed-rss.xml"), CONFIG)
    assert urls[1] == site.url("/news/second") and len(urls) == 3


def test_sitemap_index_with_gzip_child_and_since(site: LoopbackServer) -> None:
    urls = urls_from_sitemap(site.url("/sitemap-index.xml"), CONFIG, since=dt.date(2026, 3, 1))
    assert sorted(urls) == sorted([
        site.url("/2026/03/new-verdict"),
        site.url("/about"),  # undated entries are kept
        site.url("/news/appeal-rejected"),
    ])
    assert site.hits("/sitemap-2019.xml") == 0  # an index entry older than --since is skipped
    assert site.hits("/sitemap-missing.xml") == 1  # a failing child is skipped, not fatal


def test_a_sitemap_walk_asks_for_robots_txt_once(site: LoopbackServer) -> None:
    before = site.hits("/robots.txt")
    urls_from_sitemap(site.url("/sitemap-index.xml"), CONFIG, since=None)
    assert site.hits("/robots.txt") - before == 1
    assert site.hits("/sitemap-2019.xml") >= 1  # without --since, old sitemaps are read too


def test_sitemap_without_since_keeps_everything(site: LoopbackServer) -> None:
    urls = urls_from_sitemap(site.url("/sitemap-pages.xml"), CONFIG, since=None)
    assert len(urls) == 3 and site.url("/2026/01/old-verdict") in urls


@pytest.mark.parametrize(("path", "reason"), [("/malformed.xml", "malformed-sitemap"),
                                              ("/page.html", "malformed-sitemap"),
                                              ("/nowhere.xml", "http-404")])
def test_bad_sitemap_raises_with_reason(site: LoopbackServer, path: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        urls_from_sitemap(site.url(path), CONFIG, since=None)
    assert caught.value.reason == reason


def test_malformed_feed_over_http(site: LoopbackServer) -> None:
    with pytest.raises(ContentError) as caught:
        urls_from_feed(site.url("/malformed.xml"), CONFIG)
    assert caught.value.reason == "malformed-feed"
