"""Article → [Record]: sentencing records from body text (spaCy rules plus NER).

(First cut placeholder: issue 4 builds the extractor.)
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.config import ExtractConfig
from schemas import Article, Failure, Record

EXTRACTOR_VERSION = "0.0.1"


class RecordExtractor:
    """Loads the spaCy pipeline once; extracts records from batches of articles."""

    version = EXTRACTOR_VERSION

    def __init__(self, config: ExtractConfig) -> None:
        self.config = config

    def extract_batch(self, articles: Sequence[Article]) -> list[list[Record] | Failure]:
        """One entry per article, in order: its records, or the Failure that stopped it."""
        return [[] for _ in articles]
