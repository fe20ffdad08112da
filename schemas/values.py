"""Value types that flow between the stages: Page → Article → Record, and Failure.

Each stage takes the previous stage's type and returns the next; all are frozen
pydantic models, validated when built, so a bad value fails where it was made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.errors import VerdictsError

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Page(BaseModel):
    """A fetched or read document, before extraction: HTML (or plain text) and its origin."""

    model_config = _FROZEN

    url: str | None = Field(
        description="the input URL, normalised; None for a local file without one"
    )
    doc_id: str | None = None
    final_url: str | None = None
    source: Literal["http", "file", "warc"] = "http"
    kind: Literal["html", "text"] = "html"
    html: str = Field(description="the decoded document (HTML, or plain text when kind='text')")
    http_status: int | None = None
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: dt.datetime
    elapsed_ms: float | None = None
    nbytes: int = 0
    published_hint: dt.date | None = Field(
        default=None,
        description="a publication date given with the input (manifest); wins over metadata",
    )

    @property
    def content_sha256(self) -> str:
        """Hash of the decoded document: decides whether a re-fetched page changed."""
        return hashlib.sha256(self.html.encode("utf-8", "surrogatepass")).hexdigest()


class Article(BaseModel):
    """One article: its body text and metadata, ready for record extraction."""

    model_config = _FROZEN

    doc_id: str | None = None
    url: str | None = None
    final_url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = None
    text: str
    source: Literal["http", "file", "warc"] = "http"
    kind: Literal["html", "text"] = "html"
    content_sha256: str
    fetched_at: dt.datetime
    body_method: str | None = Field(
        default=None, description="how the body was found, e.g. 'json-ld'"
    )


class Outcome(StrEnum):
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    DISMISSED = "dismissed"


class SentenceType(StrEnum):
    PRISON = "prison"
    PROBATION = "probation"
    RESTRICTED_FREEDOM = "restricted_freedom"
    SUSPENDED = "suspended"
    FINE = "fine"
    COMMUNITY_SERVICE = "community_service"
    HOUSE_ARREST = "house_arrest"
    LIFE = "life"
    DEATH = "death"
    OTHER = "other"


class Record(BaseModel):
    """One court outcome for one defendant (or one unnamed group) — see gold/GUIDELINES.md."""

    model_config = _FROZEN

    person: str | None = None
    group_size: int = Field(default=1, ge=1)
    city: str | None = Field(default=None, description="the place as written in the text")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code of the place")
    place: str | None = Field(default=None, description="the gazetteer's name for the place")
    region: str | None = Field(default=None, description="the place's admin region (gazetteer)")
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    place_id: str | None = Field(default=None, description="gazetteer id, e.g. 'geonames:1526384'")
    date: dt.date | None = None
    charge: str | None = None
    sentence: str | None = None
    sentence_months: float | None = Field(default=None, ge=0)
    sentence_type: SentenceType | None = None
    outcome: Outcome
    evidence: str = Field(min_length=1)
    evidence_start: int = Field(ge=0)
    evidence_end: int = Field(ge=0)
    rule_id: str
    extractor_version: str
    flags: tuple[str, ...] = Field(
        default=(), description="warnings for a reader, e.g. 'absurd-length'"
    )

    @model_validator(mode="after")
    def _offsets_ordered(self) -> Record:
        if self.evidence_end < self.evidence_start:
            raise ValueError("evidence_end must not be before evidence_start")
        return self


Stage = Literal["input", "fetch", "strip", "extract", "store"]


class Failure(BaseModel):
    """A document or URL that could not go through a stage, and why."""

    model_config = _FROZEN

    input: str = Field(description="the URL or path that failed")
    stage: Stage
    reason: str = Field(description="a stable slug, e.g. 'http-404', 'robots', 'empty-body'")
    detail: str = ""
    doc_id: str | None = None
    http_status: int | None = None

    @classmethod
    def from_error(
        cls, error: VerdictsError, *, input: str, stage: Stage, doc_id: str | None = None
    ) -> Failure:
        status = getattr(error, "status", None)
        return cls(
            input=input,
            stage=stage,
            reason=error.reason,
            detail=str(error),
            doc_id=doc_id,
            http_status=status if isinstance(status, int) else None,
        )


class Attempt(BaseModel):
    """One HTTP attempt (or a refusal before one): a row of the ``fetch_log`` table."""

    model_config = _FROZEN

    url: str
    requested_at: dt.datetime
    http_status: int | None = None
    error: str | None = Field(default=None, description="reason slug; None for a success")
    detail: str = ""
    nbytes: int = 0
    elapsed_ms: float | None = None
    final_url: str | None = None
