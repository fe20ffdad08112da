"""Article metadata from HTML: title, author(s), publication date, canonical URL.

Publication date sources, most trusted first: JSON-LD ``datePublished``, publication meta
tags (``article:published_time`` and kin), ``itemprop=datePublished``, ``<time datetime>``,
a date in the URL, a written date in a byline/date element. Placeholders (0001-01-01) and
future dates are rejected. A UTC timestamp is replaced by the publisher's local day when
another source gives the same instant with a local offset (05:57Z vs 21:57-08:00 the day
before: the article was published on the 19th where it was written).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract.article._dates import Stamp, date_from_url, find_written_date, parse_any, plausible
from extract.article._jsonld import LD_SCRIPTS, json_ld_objects, types_of


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    canonical_url: str | None = None
    date_source: str | None = None
    # What the page says its language is (``<html lang>``, ``og:locale``, ``content-language``),
    # as written: a hint for language identification, never the answer by itself.
    declared_language: str | None = None


# Meta names/properties that hold a publication date, most specific first.
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "date_published", "publishdate", "publish_date",
    "publish-date", "published_time", "published-date", "publication_date",
    "parsely-pub-date", "sailthru.date", "pubdate", "pub_date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "originalpublicationdate",
    "article.published", "date", "displaydate", "dc.date.created",
)
_DATE_RANK = {key: i for i, key in enumerate(_DATE_KEYS)}
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "byl", "dcterms.creator")
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
                  "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage", "Report")
_ARTICLE_TYPE_SET = frozenset(_ARTICLE_TYPES)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_AUTHOR_TAIL = re.compile(
    r"\s(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\s(?:updated|published|posted)\b|\s\d{1,2}[/:.]\d",
    re.IGNORECASE,
)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")
_BYLINE_NODES = (
    '[class*="date"], [class*="byline"], [class*="time"], [class*="posted"], '
    '[class*="meta"], [id*="date"]'
)


def read_metadata(html: str, url: str | None = None, *, today: dt.date | None = None) -> Metadata:
    """Read what the page says about itself; missing fields are None."""
    return metadata_from_tree(LexborHTMLParser(html), url, today=today)


def metadata_from_tree(
    tree: LexborHTMLParser,
    url: str | None = None,
    *,
    today: dt.date | None = None,
    ld_objects: list[dict[str, Any]] | None = None,
) -> Metadata:
    """:func:`read_metadata` on an already parsed page (one parse for body and metadata);
    ``ld_objects`` as for :func:`~extract.article.boilerplate.strip_tree`."""
    scan = _Scan(tree)
    ld = json_ld_objects(tree, scan.ld_scripts) if ld_objects is None else ld_objects
    return _metadata(tree, scan, ld, url, today or dt.date.today())


def metadata_and_json_ld(
    tree: LexborHTMLParser, url: str | None = None, *, today: dt.date | None = None
) -> tuple[Metadata, list[dict[str, Any]]]:
    """:func:`metadata_from_tree` and the page's JSON-LD objects (for the body check), the
    elements of both found in one walk over the page."""
    scan = _Scan(tree)
    ld = json_ld_objects(tree, scan.ld_scripts)
    return _metadata(tree, scan, ld, url, today or dt.date.today()), ld


def _metadata(
    tree: LexborHTMLParser,
    scan: _Scan,
    ld: list[dict[str, Any]],
    url: str | None,
    today: dt.date,
) -> Metadata:
    metas = _meta_values(scan.metas)
    published, source = _published(tree, scan, metas, ld, url, today)
    return Metadata(
        title=_title(tree, metas, ld),
        author=_author(tree, metas, ld),
        published=published,
        canonical_url=_canonical(scan.canonical, metas, url),
        date_source=source,
        declared_language=_declared_language(tree, metas),
    )


def _declared_language(tree: LexborHTMLParser, metas: dict[str, list[str]]) -> str | None:
    root = tree.root
    lang = root.attributes.get("lang") if root is not None and root.tag == "html" else None
    return lang or _first(metas, "content-language", "og:locale", "language", "dc.language")


class _Scan:
    """The elements every page is asked for, found in one pass over the tree (a selector
    list is matched in one walk; one query per kind walked the page once each). The tests
    below are the selectors' own: ``rel`` compares without case, ``itemprop`` with."""

    __slots__ = ("canonical", "dated", "ld_scripts", "metas", "times")

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.metas: list[dict[str, str | None]] = []  # meta[content]
        self.dated: list[LexborNode] = []  # [itemprop="datePublished"]
        self.times: list[LexborNode] = []  # time[datetime]
        self.canonical: dict[str, str | None] | None = None  # link[rel=canonical][href]
        self.ld_scripts: list[LexborNode] = []  # script[type="application/ld+json"]
        for node in tree.css(_SCAN):
            tag, attrs = node.tag, node.attributes
            # A script is here for its type, or (oddly) for an itemprop: the selector says.
            if tag == "script" and node.css_matches(LD_SCRIPTS):
                self.ld_scripts.append(node)
            if tag == "meta" and "content" in attrs:
                self.metas.append(attrs)
            if attrs.get("itemprop") == "datePublished":
                self.dated.append(node)
            if tag == "time" and "datetime" in attrs:
                self.times.append(node)
            if (self.canonical is None and tag == "link" and "href" in attrs
                    and (attrs.get("rel") or "").lower() == "canonical"):
                self.canonical = attrs


_SCAN = ('meta[content], [itemprop="datePublished"], time[datetime], '
         f'link[rel="canonical"][href], {LD_SCRIPTS}')


def _meta_values(metas: list[dict[str, str | None]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for attrs in metas:
        content = (attrs.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = attrs.get(attr)
            if key:
                values.setdefault(key.strip().lower(), []).append(content)
    return values


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value.strip():
                return " ".join(value.split())
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


# --- title -------------------------------------------------------------------------------

def _title(tree: LexborHTMLParser, metas: dict[str, list[str]], ld: list[dict]) -> str | None:
    title = _first(metas, "og:title", "twitter:title")
    if title:
        return title
    for obj in ld:
        headline = _clean(obj.get("headline"))
        if headline:
            return headline
    node = tree.css_first("title")
    if node is not None:
        text = _clean(node.text())
        if text:
            stripped = _TITLE_SUFFIX.sub("", text)
            return stripped if len(stripped) >= 15 else text
    h1 = tree.css_first("h1")
    return _clean(h1.text()) if h1 is not None else None


# --- author ------------------------------------------------------------------------------

def _ld_authors(ld: list[dict]) -> tuple[list[str], list[str]]:
    people: list[str] = []
    orgs: list[str] = []
    for obj in ld:
        if not types_of(obj) & _ARTICLE_TYPE_SET:
            continue
        raw = obj.get("author") or obj.get("creator")
        items = raw if isinstance(raw, list) else [raw]
        for item in items:
            if isinstance(item, str):
                name = _clean(item)
                if name and not name.startswith("http"):
                    people.append(name)
            elif isinstance(item, dict):
                name = _clean(item.get("name"))
                if not name:
                    continue
                (orgs if "Organization" in types_of(item) else people).append(name)
    return people, orgs


def _author(tree: LexborHTMLParser, metas: dict[str, list[str]], ld: list[dict]) -> str | None:
    people, orgs = _ld_authors(ld)
    names = [n for n in (_clean_author(p) for p in people) if n]
    if names:
        return ", ".join(dict.fromkeys(names))
    value = _first(metas, *_AUTHOR_KEYS)
    if value and not value.startswith("http"):
        name = _clean_author(value)
        if name:
            return name
    node = tree.css_first('[rel="author"], [itemprop="author"]')
    if node is not None:
        text = _clean(node.text())
        if text and len(text) <= 120:
            name = _clean_author(text)
            if name:
                return name
    return ", ".join(dict.fromkeys(orgs)) if orgs else None


def _clean_author(value: str) -> str | None:
    """'By Tom Rogan | November 18, 2019 12:26 PM' → 'Tom Rogan'."""
    name = _BY.sub("", value).split("|", 1)[0]
    name = _AUTHOR_TAIL.split(name, 1)[0]
    name = " ".join(name.split()).strip(" ,;-–—")
    return name if 2 <= len(name) <= 80 else None


# --- canonical URL -----------------------------------------------------------------------

def _canonical(
    link: dict[str, str | None] | None, metas: dict[str, list[str]], url: str | None
) -> str | None:
    href = None
    if link is not None:
        href = (link.get("href") or "").strip() or None
    href = href or _first(metas, "og:url")
    if href is None:
        return None
    return urljoin(url, href) if url else href


# --- publication date --------------------------------------------------------------------

def _published(
    tree: LexborHTMLParser,
    scan: _Scan,
    metas: dict[str, list[str]],
    ld: list[dict],
    url: str | None,
    today: dt.date,
) -> tuple[dt.date | None, str | None]:
    candidates: list[tuple[Stamp, str]] = []
    for value, source in _date_sources(scan, metas, ld):
        if isinstance(value, str) and value.strip():
            stamp = parse_any(value)
            if stamp is not None and plausible(stamp.date, today):
                candidates.append((stamp, source))
                # The first date wins; the others only place a UTC time in the publisher's
                # day (_local_day), so after a local time or a bare date none is read.
                if len(candidates) == 1 and (stamp.offset_minutes != 0 or stamp.instant is None):
                    break
    url_day = date_from_url(url) if url else None
    if url_day is not None and plausible(url_day, today):
        candidates.append((Stamp(url_day), "url"))
    if not candidates:
        day = _byline_date(tree)
        if day is not None and plausible(day, today):
            return day, "byline"
        return None, None
    stamp, source = candidates[0]
    local = _local_day(stamp, candidates, url_day)
    return local, source


def _date_sources(
    scan: _Scan, metas: dict[str, list[str]], ld: list[dict]
) -> Iterator[tuple[object, str]]:
    """The publication dates the page gives, as written, most trusted first."""
    # The article's own object first: a page also describes videos, lists, the site.
    for obj in sorted(ld, key=lambda o: not types_of(o) & _ARTICLE_TYPE_SET):
        yield obj.get("datePublished"), "json-ld"
    for key in sorted((k for k in metas if k in _DATE_RANK), key=_DATE_RANK.__getitem__):
        for value in metas[key]:
            yield value, f"meta:{key}"
    for node in scan.dated:
        attrs = node.attributes
        yield attrs.get("datetime") or attrs.get("content") or node.text(), "itemprop"
    times = scan.times
    for node in sorted(times, key=lambda n: "pubdate" not in n.attributes):
        yield node.attributes.get("datetime"), "time"
    for node in times[:3]:
        # The visible text of a <time> is the publisher's wall clock.
        text = node.text()
        if text and len(text) <= 80:
            yield text, "time-text"


def _local_day(
    stamp: Stamp, candidates: list[tuple[Stamp, str]], url_day: dt.date | None
) -> dt.date:
    """The publisher's local day for a UTC ``stamp``, when another source shows it."""
    if url_day is not None and abs((url_day - stamp.date).days) == 1:
        # One day apart is a time-zone shift; the URL was written in the publisher's zone.
        return url_day
    if stamp.offset_minutes != 0 or stamp.instant is None:
        return stamp.date
    for other, _source in candidates:
        if other.instant is None or not other.offset_minutes:
            continue
        if abs((other.instant - stamp.instant).total_seconds()) <= 3600:
            return other.date
    # A time without offset that is the same instant shifted by a time zone (whole half
    # hours, at most 14 h) is the publisher's wall clock: 04:58Z shown as 20:58 the day before.
    utc_wall = stamp.instant.replace(tzinfo=None)
    for other, _source in candidates:
        if other.wall is None:
            continue
        shift = (other.wall - utc_wall).total_seconds()
        if 0 < abs(shift) <= 14 * 3600 and min(abs(shift) % 1800, 1800 - abs(shift) % 1800) <= 60:
            return other.wall.date()
    return stamp.date


def _byline_date(tree: LexborHTMLParser) -> dt.date | None:
    for node in tree.css(_BYLINE_NODES)[:50]:
        text = node.text()
        if text and len(text) <= 200:
            day = find_written_date(text)
            if day is not None:
                return day
    return None
