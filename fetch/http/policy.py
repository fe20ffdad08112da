"""The retry and redirect policy: which answers and errors are tried again, and how an
httpx exception maps to a failure reason slug.

Part of :mod:`fetch.http`; the politeness limits themselves are :mod:`fetch.politeness`.
"""

from __future__ import annotations

import socket
import ssl

import httpx

from fetch.config import FetchConfig
from schemas.errors import ContentError, FetchError, TransportError

REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset(
    {"timeout", "connection-refused", "connect-error", "read-error", "truncated", "protocol-error"}
)
_STALE_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


def in_flight_window(config: FetchConfig) -> int:
    """How many requests :func:`fetch_all` takes ahead of the results it has yielded.

    Large enough that a list sorted by site still keeps many hosts busy while one host
    waits out its delay; small enough (a few KB each) that memory stays flat.
    """
    return max(512, config.concurrency * 32)


def _retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


def _classify(exc: httpx.HTTPError, *, in_body: bool) -> FetchError:
    """An httpx exception as a FetchError with a specific reason slug."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return TransportError(f"timed out: {message}", reason="timeout")
    causes = _causes(exc)
    if isinstance(exc, httpx.ConnectError):
        if any(isinstance(c, ssl.SSLError) for c in causes) or "SSL" in message:
            return TransportError(f"TLS error: {message}", reason="tls")
        if any(isinstance(c, socket.gaierror) for c in causes):
            return TransportError(f"DNS failure: {message}", reason="dns")
        if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in message:
            return TransportError(f"connection refused: {message}", reason="connection-refused")
        return TransportError(message, reason="connect-error")
    if isinstance(exc, httpx.DecodingError):
        return ContentError(f"bad Content-Encoding: {message}", reason="decoding-error")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        if in_body:
            return TransportError(f"connection closed mid-body: {message}", reason="truncated")
        if any(isinstance(c, ssl.SSLError) for c in causes):
            return TransportError(f"TLS error: {message}", reason="tls")
        reason = "protocol-error" if isinstance(exc, httpx.RemoteProtocolError) else "read-error"
        return TransportError(message, reason=reason)
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError(message, reason="invalid-url")
    return TransportError(message, reason="transport")


def _causes(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(out) < 10:
        out.append(current)
        current = current.__cause__ or current.__context__
    return out
