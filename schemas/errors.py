"""The one error hierarchy of verdicts.

Every error a stage raises is a :class:`VerdictsError`; each carries a short machine
``reason`` (a slug stored in the database) and a human message. The batch layer turns
them into :class:`schemas.Failure` rows; the library never returns ``None`` for "it failed".

    VerdictsError
    ├── ConfigError          bad settings or usage (CLI exit code 2)
    ├── InputError           a missing file, a bad manifest line, a folder with no documents
    ├── FetchError           anything between a URL and an HTML page
    │   ├── TransportError   DNS, refused connection, TLS, timeout, truncated body
    │   ├── HTTPStatusError  a final 4xx/5xx answer (``status`` holds the code)
    │   ├── RobotsDisallowed robots.txt forbids the URL; it was never requested
    │   ├── BlockedAddress   the host resolves to a private/loopback/reserved address
    │   └── ContentError     not HTML, empty, over the size cap, undecodable
    ├── ExtractError         anything between an HTML page and records
    │   ├── EmptyBody        the stripper found no article text
    │   ├── LanguageSkipped  the article is not in a language the extractor reads
    │   └── RecordError      a record failed validation
    └── StoreError           the database cannot be opened or written
        └── DatabaseFault    the database as a whole fails (disk full, locked, read-only):
                             the run stops with one line; no document is blamed
"""

from __future__ import annotations


class VerdictsError(Exception):
    """Base class: ``reason`` is a stable slug, ``str(exc)`` the message for people."""

    reason: str = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class ConfigError(VerdictsError):
    reason = "config"


class InputError(VerdictsError):
    reason = "input"


class FetchError(VerdictsError):
    reason = "fetch"


class TransportError(FetchError):
    reason = "transport"


class HTTPStatusError(FetchError):
    reason = "http-status"

    def __init__(self, message: str, *, status: int, reason: str | None = None) -> None:
        super().__init__(message, reason=reason or f"http-{status}")
        self.status = status


class RobotsDisallowed(FetchError):
    reason = "robots"


class BlockedAddress(FetchError):
    reason = "blocked-address"


class ContentError(FetchError):
    reason = "content"


class ExtractError(VerdictsError):
    reason = "extract"


class EmptyBody(ExtractError):
    reason = "empty-body"


class LanguageSkipped(ExtractError):
    reason = "language"


class RecordError(ExtractError):
    reason = "invalid-record"


class StoreError(VerdictsError):
    reason = "store"


class DatabaseFault(StoreError):
    reason = "db-fault"
