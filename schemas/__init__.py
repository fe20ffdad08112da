"""Value types shared by the stages, the error hierarchy, and the SQL table definitions.

The value types (pydantic models) are imported on first use: ``schemas.errors`` alone, which
every stage and `verdicts body` need, must not cost pydantic's import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from schemas.values import (
        Article,
        Attempt,
        Failure,
        Outcome,
        Page,
        Record,
        SentenceType,
        Stage,
    )

_VALUES = frozenset(
    {"Article", "Attempt", "Failure", "Outcome", "Page", "Record", "SentenceType", "Stage"}
)


def __getattr__(name: str) -> Any:
    if name in _VALUES:
        return getattr(importlib.import_module("schemas.values"), name)
    raise AttributeError(f"module 'schemas' has no attribute {name!r}")

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
