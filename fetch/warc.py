"""WARC files (e.g. Common Crawl news WARCs) → Page, with no network.

Only ``response`` records of HTTP 200 HTML answers are articles; request and metadata
records are passed over, and a response that is not HTML or not a 200 is skipped with a
reason (``on_skip``). Several files and globs are read in turn (:func:`expand_warcs`),
each streamed, gzip member by member (the CC-NEWS layout: one member per record). A record
that cannot be decoded becomes a ``Failure`` and the file goes on; a damaged file ends with
a ``malformed-warc`` Failure after the pages read before the damage.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from fetch.decode import decode_html
from fetch.urls import normalize_url
from schemas import Failure, Page
from schemas.errors import ContentError, InputError


class _Reader(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...
    def readline(self, size: int = ..., /) -> bytes: ...


MAX_RECORD_BYTES = 10 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


OnSkip = Callable[[str], None]


def _no_skip_note(_reason: str) -> None:
    return None


def expand_warcs(patterns: Iterable[str]) -> tuple[Path, ...]:
    """Files and globs as paths, in the order given, each once; a pattern matching nothing
    stays as given (it is then reported as a missing file)."""
    out: dict[Path, None] = {}
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else []
        for name in matches or [pattern]:
            out.setdefault(Path(name), None)
    return tuple(out)


def iter_warc(path: str | Path, on_skip: OnSkip = _no_skip_note) -> Iterator[Page | Failure]:
    """Yield a Page for every HTML response record of the WARC (gzipped or not).

    ``on_skip(reason)`` hears of each response skipped: ``not-html`` or ``http-<status>``.
    """
    p = Path(path)
    if not p.is_file():
        reason = "missing-file" if not p.exists() else "not-a-file"
        yield Failure(input=str(p), stage="input", reason=reason, detail=f"no WARC file at {p}")
        return
    problem: str | None = None
    with p.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.format != "warc" or record.rec_type is None:
                    problem = f"not a WARC record at offset {fh.tell()}"
                    break
                item = _page(record, on_skip)
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as exc:
            problem = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # warcio trips over some damage with internal errors
            problem = f"unreadable record ({type(exc).__name__}: {exc})"
    # warcio stops quietly at a cut gzip member or record; check the framing of the file.
    if problem is None:
        problem = check_framing(p)
    if problem is not None:
        yield Failure(input=str(p), stage="input", reason="malformed-warc", detail=problem[:500])


def check_framing(path: Path) -> str | None:
    """None when the file is a sequence of complete WARC records (gzipped or not), else why."""
    with path.open("rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
    opener = gzip.open if gzipped else open
    offset = 0
    try:
        with opener(path, "rb") as fh:
            while True:
                head = _read_head(fh)
                if head is None:
                    return None
                if not head.startswith(b"WARC/"):
                    return f"no WARC header at offset {offset}"
                length = _content_length(head)
                if length is None:
                    return f"record at offset {offset} has no Content-Length"
                _skip(fh, length)
                if fh.read(4) != b"\r\n\r\n":
                    return f"record at offset {offset} is cut short or overruns"
                offset += len(head) + length + 4
    except (EOFError, OSError, zlib.error) as exc:
        return f"damaged after offset {offset}: {exc}"


def _read_head(fh: _Reader) -> bytes | None:
    lines: list[bytes] = []
    while True:
        line = fh.readline(65536)
        if not line:
            if lines:
                raise EOFError("file ends inside a record header")
            return None
        if not lines and not line.strip():
            continue  # blank lines between records are tolerated
        lines.append(line)
        if line in (b"\r\n", b"\n"):
            return b"".join(lines)
        if len(lines) > 1000:
            raise EOFError("record header too long")


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            text = value.strip()
            return int(text) if text.isdigit() else None
    return None


def _skip(fh: _Reader, length: int) -> None:
    left = length
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            raise EOFError("file ends inside a record body")
        left -= len(chunk)


def _page(record: ArcWarcRecord, on_skip: OnSkip) -> Page | Failure | None:
    """The record as a Page, a Failure, or None when it is not an HTML article response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    headers = record.http_headers
    status = headers.get_statuscode()
    if status != "200":
        on_skip(f"http-{status}")
        return None
    ctype = headers.get_header("Content-Type") or ""
    if ctype.split(";", 1)[0].strip().lower() not in _HTML_TYPES:
        on_skip("not-html")
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
