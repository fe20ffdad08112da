"""URL normalisation and URL-list files.

A URL is normalised once, where it enters the program, so that duplicates are
recognised and the database key is stable: lower-case scheme and host, no default
port, no fragment, no tracking parameters (``utm_*``, ``fbclid``, …), ``/`` for an
empty path. Everything else (path case, query order) is kept: servers may care.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from schemas.errors import InputError

SUPPORTED_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Exact names and prefixes of query parameters that only track the click, never select content.
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
        "oly_enc_id", "vero_id", "wickedid", "rb_clickid", "s_cid", "ncid", "cmpid", "ocid",
        "at_medium", "at_campaign", "ito", "spm", "share", "smid", "sr_share",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "ga_")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BAD_CHARS_RE = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_NAMES or low.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """Return the canonical form of an http(s) URL.

    Raises :class:`InputError` with reason ``invalid-url`` (no scheme or host, spaces,
    bad port) or ``unsupported-scheme`` (anything but http and https).
    """
    raw = url.strip()
    if not raw:
        raise InputError("empty URL", reason="invalid-url")
    if not _SCHEME_RE.match(raw):
        raise InputError(f"not an absolute URL: {raw!r}", reason="invalid-url")
    if _BAD_CHARS_RE.search(raw):
        raise InputError(f"URL has spaces or control characters: {raw!r}", reason="invalid-url")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"invalid URL {raw!r}: {exc}", reason="invalid-url") from exc
    scheme = parts.scheme.lower()
    if scheme not in SUPPORTED_SCHEMES:
        raise InputError(f"unsupported scheme {scheme!r} in {raw!r}", reason="unsupported-scheme")
    host = (parts.hostname or "").rstrip(".")
    if not host or not parts.netloc:
        raise InputError(f"URL has no host: {raw!r}", reason="invalid-url")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{host}:{port}"
    if parts.username or parts.password:
        raise InputError(f"URL with credentials refused: {raw!r}", reason="invalid-url")
    path = parts.path or "/"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept, doseq=True)
    return urlunsplit((scheme, netloc, path, query, ""))


def read_url_list(path: str | Path) -> Iterator[str]:
    """Yield the raw URLs of a list file, one a line; blank lines and ``#`` comments dropped.

    Raises :class:`InputError` with reason ``missing-file``, ``not-a-file`` or
    ``unreadable-file`` (not UTF-8, or permission denied).
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"URL list not found: {p}", reason="missing-file")
    if not p.is_file():
        raise InputError(f"URL list is not a file: {p}", reason="not-a-file")
    try:
        with p.open(encoding="utf-8-sig") as fh:
            for line in fh:
                text = line.strip()
                if text and not text.startswith("#"):
                    yield text
    except (UnicodeDecodeError, OSError) as exc:
        raise InputError(f"cannot read URL list {p}: {exc}", reason="unreadable-file") from exc
