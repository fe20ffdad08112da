"""Response decoding: reading a streamed body under its cap, checking its type, and
turning it into text (header charset, ``<meta charset>``, then detection).

Part of :mod:`fetch.http`.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from fetch.decode import decode_html
from fetch.http.policy import REDIRECTS
from schemas.errors import ContentError, HTTPStatusError

HTML_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_ACCEPT_ANY = "application/xml,text/xml,application/rss+xml,application/atom+xml,*/*;q=0.5"


@dataclass(slots=True)
class _Response:
    status: int
    url: str
    headers: httpx.Headers
    body: bytes = b""
    text: str = ""
    encoding: str | None = None
    location: str | None = None
    nbytes: int = 0
    elapsed_ms: float = 0.0
    error: HTTPStatusError | None = None


async def read_response(
    url: str,
    response: httpx.Response,
    *,
    raw: bool,
    state: dict[str, int],
    conditional: bool,
    max_bytes: int,
) -> _Response:
    """The answer as a _Response: a redirect, a 304, an HTTP error, raw bytes or HTML text."""
    status = response.status_code
    resp = _Response(status=status, url=url, headers=response.headers)
    if status in REDIRECTS and response.headers.get("location"):
        resp.location = response.headers["location"]
        return resp
    if status == 304 and conditional:
        return resp  # not modified: the stored copy stands
    if status >= 300:
        resp.error = HTTPStatusError(
            f"HTTP {status} {response.reason_phrase}".strip(), status=status
        )
        return resp
    ctype = response.headers.get("content-type")
    if not raw and ctype and not _is_html_type(ctype):
        raise ContentError(f"not an HTML page: {ctype}", reason="not-html")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ContentError(
            f"Content-Length {declared} over the {max_bytes}-byte cap",
            reason="too-large",
        )
    resp.body = await _read_capped(response, max_bytes, state)
    resp.nbytes = state["nbytes"]
    if raw:
        return resp
    if not resp.body.strip():
        raise ContentError("the response body is empty", reason="empty-response")
    if not ctype and not _sniff_html(resp.body):
        raise ContentError("no Content-Type and the body is not HTML", reason="not-html")
    resp.text, resp.encoding = decode_html(resp.body, ctype)
    resp.body = b""
    return resp


async def _read_capped(response: httpx.Response, cap: int, state: dict[str, int]) -> bytes:
    """The decompressed body; abort past ``cap`` bytes (raw or decoded, against bombs)."""
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        total += len(chunk)
        state["nbytes"] = response.num_bytes_downloaded
        if total > cap or response.num_bytes_downloaded > cap:
            raise ContentError(
                f"body over the {cap}-byte cap, download aborted", reason="too-large"
            )
    state["nbytes"] = response.num_bytes_downloaded
    return b"".join(chunks)


def _is_html_type(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def _sniff_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<html" in head
