"""Article metadata from HTML: title, author, publication date, canonical URL.

(First cut. Issue 3 extends the date sources and validation.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    canonical_url: str | None = None


def read_metadata(html: str, url: str | None = None) -> Metadata:
    """Read what the page says about itself; missing fields are None."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text().strip() if title_node else None
    published = None
    node = tree.css_first('meta[property="article:published_time"]')
    if node is not None:
        value = (node.attributes.get("content") or "")[:10]
        try:
            published = dt.date.fromisoformat(value)
        except ValueError:
            published = None
    canon = tree.css_first('link[rel="canonical"]')
    return Metadata(
        title=title or None,
        published=published,
        canonical_url=canon.attributes.get("href") if canon else None,
    )
