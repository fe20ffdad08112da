"""URL inputs: list files and normalisation. (First cut; issue 5 completes it.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from schemas.errors import InputError


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment; raise InputError for non-http(s) URLs."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http and https are fetched", reason="unsupported-scheme")
    if not parts.hostname:
        raise InputError(f"{url}: not a URL", reason="invalid-url")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def read_url_list(path: str | Path) -> Iterator[str]:
    """URLs of a list file, one a line; blank lines and ``#`` comments are skipped."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file", reason="missing-file")
    with p.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
            if line:
                yield line
