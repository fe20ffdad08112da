"""Page → Article: strip the boilerplate, read the metadata, detect the language."""

from __future__ import annotations

import hashlib

from extract.boilerplate import strip
from extract.language import detect_language
from extract.metadata import read_metadata
from schemas import Article, Page
from schemas.errors import EmptyBody


def to_article(page: Page) -> Article:
    """Build the :class:`Article` of ``page``; raise :class:`EmptyBody` when it has no text."""
    if page.kind == "text":
        text = page.html.strip()
        if not text:
            raise EmptyBody("the document is empty")
        title, author, published, canonical, method = None, None, None, None, "text"
    else:
        body = strip(page.html)
        meta = read_metadata(page.html, page.final_url or page.url)
        text, method = body.text, body.method
        title, author, published, canonical = (
            meta.title, meta.author, meta.published, meta.canonical_url
        )
    return Article(
        doc_id=page.doc_id,
        url=page.url,
        final_url=page.final_url,
        canonical_url=canonical,
        title=title,
        author=author,
        published=page.published_hint or published,
        language=detect_language(text),
        text=text,
        source=page.source,
        kind=page.kind,
        content_sha256=hashlib.sha256(page.html.encode("utf-8")).hexdigest(),
        fetched_at=page.fetched_at,
        body_method=method,
    )
