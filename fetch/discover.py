"""URLs from RSS/Atom feeds and from sitemaps (urlsets, news sitemaps, sitemap indexes).

Fetching goes through :func:`fetch.http.fetch_raw` (robots.txt, address checks, retries
and the size cap apply); parsing is pure (:func:`parse_feed`, :func:`parse_sitemap`) and
raises :class:`ContentError` with reason ``malformed-feed`` / ``malformed-sitemap``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
import xml.etree.ElementTree as ET
import zlib
from collections import deque
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from fetch.config import FetchConfig
from fetch.http import RawSession, fetch_raw
from schemas.errors import ContentError, FetchError

log = logging.getLogger(__name__)

MAX_SITEMAPS = 1000  # an index of indexes can be large, but not unbounded
_MAX_UNZIPPED = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SitemapEntries:
    """One parsed sitemap: page URLs (with their dates) and child sitemaps (an index)."""

    pages: list[tuple[str, dt.date | None]]
    children: list[tuple[str, dt.date | None]]


def urls_from_feed(url: str, config: FetchConfig) -> list[str]:
    """The article URLs of an RSS or Atom feed, in feed order, without duplicates."""
    doc = fetch_raw(url, config)
    return parse_feed(_maybe_gunzip(doc.body, "malformed-feed"), base=doc.final_url)


def urls_from_sitemap(url: str, config: FetchConfig, *, since: dt.date | None) -> list[str]:
    """The page URLs of a sitemap, following sitemap indexes; with ``since``, only pages
    (and child sitemaps) dated that day or later — undated ones are kept.

    A failing child sitemap is logged and skipped; raises when the given sitemap (or
    every child of an index) fails.
    """
    queue: deque[str] = deque([url])
    seen = {url}
    urls: dict[str, None] = {}  # ordered and unique
    errors: list[FetchError] = []
    fetched = 0
    with RawSession(config) as session:  # one robots.txt and one delay for all sitemaps
        while queue and fetched < MAX_SITEMAPS:
            current = queue.popleft()
            fetched += 1
            try:
                doc = session.get(current)
                body = _maybe_gunzip(doc.body, "malformed-sitemap")
                entries = parse_sitemap(body, base=doc.final_url)
            except FetchError as exc:
                if current == url:
                    raise
                log.warning("sitemap %s skipped: %s (%s)", current, exc, exc.reason)
                errors.append(exc)
                continue
            for page, day in entries.pages:
                if since is None or day is None or day >= since:
                    urls.setdefault(page)
            for child, day in entries.children:
                if (since is None or day is None or day >= since) and child not in seen:
                    seen.add(child)
                    queue.append(child)
    if errors and fetched == len(errors) + 1 and not urls:
        raise errors[0]
    return list(urls)


def parse_feed(data: bytes, *, base: str) -> list[str]:
    """Links of the items (RSS 2.0/1.0) or entries (Atom) of a feed document."""
    root = _parse_xml(data, "malformed-feed")
    kind = _local(root.tag).lower()
    links: list[str] = []
    if kind in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = next(
                (t for c in item if _local(c.tag) == "link" and (t := (c.text or "").strip())), ""
            )
            if not link:
                guid = next((c for c in item if _local(c.tag) == "guid"), None)
                if guid is not None and guid.get("isPermaLink", "true") != "false":
                    link = (guid.text or "").strip()
            if link:
                links.append(link)
    elif kind == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            candidates = [c for c in entry if _local(c.tag) == "link" and c.get("href")]
            chosen = next(
                (c for c in candidates if c.get("rel", "alternate") == "alternate"), None
            )
            if chosen is not None:
                links.append(chosen.get("href", "").strip())
    else:
        raise ContentError(f"not an RSS or Atom feed (root <{kind}>)", reason="malformed-feed")
    return _absolute_unique(links, base)


def parse_sitemap(data: bytes, *, base: str) -> SitemapEntries:
    """Entries of a ``<urlset>`` (incl. Google News sitemaps) or a ``<sitemapindex>``."""
    root = _parse_xml(data, "malformed-sitemap")
    kind = _local(root.tag)
    pages: list[tuple[str, dt.date | None]] = []
    children: list[tuple[str, dt.date | None]] = []
    if kind not in ("urlset", "sitemapindex"):
        raise ContentError(f"not a sitemap (root <{kind}>)", reason="malformed-sitemap")
    target = pages if kind == "urlset" else children
    entry_tag = "url" if kind == "urlset" else "sitemap"
    for entry in root:
        if _local(entry.tag) != entry_tag:
            continue
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        day = _entry_date(entry)
        target.append((urljoin(base, loc), day))
    return SitemapEntries(pages=pages, children=children)


# --- helpers --------------------------------------------------------------------------


def _entry_date(entry: ET.Element) -> dt.date | None:
    """A news sitemap's publication date wins over ``<lastmod>``."""
    for elem in entry.iter():
        if _local(elem.tag) == "publication_date" and elem.text:
            day = _parse_day(elem.text)
            if day is not None:
                return day
    text = _child_text(entry, "lastmod")
    return _parse_day(text) if text else None


def _parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _parse_xml(data: bytes, reason: str) -> ET.Element:
    body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        raise ContentError("empty document", reason=reason)
    try:
        # expat refuses entity-expansion bombs; ElementTree never loads external entities.
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise ContentError(f"not well-formed XML: {exc}", reason=reason) from exc


def _maybe_gunzip(data: bytes, reason: str) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(_MAX_UNZIPPED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ContentError(f"bad gzip data: {exc}", reason=reason) from exc
    if len(out) > _MAX_UNZIPPED:
        raise ContentError("gzipped document too large", reason="too-large")
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(elem: ET.Element, name: str) -> str:
    for child in elem:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _absolute_unique(links: list[str], base: str) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for link in links:
        absolute = urljoin(base, link)
        if urlsplit(absolute).scheme in ("http", "https") and absolute not in seen:
            seen.add(absolute)
            out.append(absolute)
    return out
