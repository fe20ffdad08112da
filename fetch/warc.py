"""WARC files (e.g. Common Crawl news WARCs) → Page, with no network.

Only ``response`` records of HTTP 200 HTML answers are articles; request, metadata,
redirect and non-HTML records are passed over. A record that cannot be decoded becomes a
``Failure`` and the file goes on; a damaged file ends with a ``malformed-warc`` Failure
after the pages read before the damage.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from fetch.decode import decode_html
from fetch.urls import normalize_url
from schemas import Failure, Page
from schemas.errors import ContentError, InputError

MAX_RECORD_BYTES = 10 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: str | Path) -> Iterator[Page | Failure]:
    """Yield a Page for every HTML response record of the WARC (gzipped or not)."""
    p = Path(path)
    if not p.is_file():
        reason = "missing-file" if not p.exists() else "not-a-file"
        yield Failure(input=str(p), stage="input", reason=reason, detail=f"no WARC file at {p}")
        return
    with p.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                item = _page(record)
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as exc:
            yield Failure(
                input=str(p),
                stage="input",
                reason="malformed-warc",
                detail=f"{type(exc).__name__}: {exc}"[:500],
            )


def _page(record: ArcWarcRecord) -> Page | Failure | None:
    """The record as a Page, a Failure, or None when it is not an HTML article response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    headers = record.http_headers
    ctype = headers.get_header("Content-Type") or ""
    if ctype.split(";", 1)[0].strip().lower() not in _HTML_TYPES:
        return None
    if headers.get_statuscode() != "200":
        return None
    target = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    try:
        url = normalize_url(target)
    except InputError as exc:
        return Failure.from_error(exc, input=target or "(no URI)", stage="input")
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        return Failure(
            input=url, stage="fetch", reason="too-large", detail="WARC record over the cap"
        )
    if not body.strip():
        return Failure(input=url, stage="fetch", reason="empty-response", detail="empty record")
    try:
        text, codec = decode_html(body, ctype)
    except ContentError as exc:
        return Failure.from_error(exc, input=url, stage="fetch")
    return Page(
        url=url,
        final_url=url,
        source="warc",
        html=text,
        http_status=200,
        content_type=ctype,
        encoding=codec,
        etag=headers.get_header("ETag"),
        last_modified=headers.get_header("Last-Modified"),
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        nbytes=len(body),
    )


def _warc_date(value: str | None) -> dt.datetime:
    if value:
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    return dt.datetime.now(dt.UTC)
