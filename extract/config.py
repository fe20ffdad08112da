"""Extraction settings: one frozen, keyword-only value built once from CLI flags and env."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.bounds import Bounds
from extract.defaults import DEFAULT_MODEL
from extract.windows import Windows


@dataclass(frozen=True, kw_only=True, slots=True)
class ExtractConfig:
    """How to extract: which spaCy model, batch sizes, which languages are read."""

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    languages: tuple[str, ...] = ("en",)
    prefilter: bool = True
    max_chars: int = 1_000_000
    # which record slots the trained tagger (models/ner) fills or overrides: "rules" (none),
    # or "slot=mode,..." (extract/records/ner_model.py); "default" is the shipped choice
    ner_policy: str = "default"
    bounds: Bounds = field(default_factory=Bounds)  # caps on one document's work
    # the statistical pipeline over trigger sentences and their neighbours only
    windows: Windows = field(default_factory=Windows)
