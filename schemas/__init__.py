"""Value types shared by the stages, the error hierarchy, and the SQL table definitions."""

from __future__ import annotations

from schemas.errors import (
    BlockedAddress,
    ConfigError,
    ContentError,
    EmptyBody,
    ExtractError,
    FetchError,
    HTTPStatusError,
    InputError,
    LanguageSkipped,
    RecordError,
    RobotsDisallowed,
    StoreError,
    TransportError,
    VerdictsError,
)
from schemas.values import Article, Attempt, Failure, Outcome, Page, Record, SentenceType, Stage

__all__ = [
    "Article",
    "Attempt",
    "BlockedAddress",
    "ConfigError",
    "ContentError",
    "EmptyBody",
    "ExtractError",
    "Failure",
    "FetchError",
    "HTTPStatusError",
    "InputError",
    "LanguageSkipped",
    "Outcome",
    "Page",
    "Record",
    "RecordError",
    "RobotsDisallowed",
    "SentenceType",
    "Stage",
    "StoreError",
    "TransportError",
    "VerdictsError",
]
