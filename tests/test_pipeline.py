"""The batch runner: one bad article never sinks the others; skips and failures are rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from extract.config import ExtractConfig
from fetch.files import read_document
from schemas import Article, Failure, Page, Record
from verdicts.pipeline import Batcher, Tally, process
from verdicts.store import Store

DOCS = Path(__file__).resolve().parent / "fixtures" / "docs"
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass
class _Result:
    records: list[Record] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _FragileExtractor:
    """Raises on one article, like a bug would; records nothing for the others."""

    version = "test"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def extract_batch_notes(self, articles: list[Article]) -> list[_Result | Failure]:
        self.calls.append(len(articles))
        if any("BOOM" in a.text for a in articles):
            raise RuntimeError("extractor bug")
        return [
            _Result(notes=["text-truncated: test"] if "LONG" in a.text else []) for a in articles
        ]


def _page(doc_id: str, text: str) -> Page:
    return Page(url=None, doc_id=doc_id, kind="text", source="file", html=text, fetched_at=NOW)


def test_a_crashing_article_is_isolated_from_its_batch(tmp_path: Path) -> None:
    extractor = _FragileExtractor()
    tally = Tally()
    with Store(tmp_path / "v.db") as store:
        batcher = Batcher(store, extractor, ExtractConfig(batch_size=8), run_id=None, tally=tally)
        texts = ["A calm report about the weather and the harvest this year in the valley."] * 3
        pages = [_page(f"ok{i}", t) for i, t in enumerate(texts)]
        pages.insert(1, _page("bad", "BOOM " + texts[0]))
        process(pages, batcher)
    assert extractor.calls[0] == 4  # one batch first, then one call per article
    with sqlite3.connect(tmp_path / "v.db") as conn:
        status = dict(conn.execute("SELECT doc_id, status FROM articles").fetchall())
        error = conn.execute("SELECT error FROM articles WHERE doc_id = 'bad'").fetchone()[0]
    assert status == {"ok0": "extracted", "bad": "failed", "ok1": "extracted", "ok2": "extracted"}
    assert error.startswith("extractor-error")
    assert tally.failed == 1 and tally.counts["articles"] == 3


def test_other_languages_are_stored_and_skipped_with_reason(tmp_path: Path) -> None:
    tally = Tally()
    with Store(tmp_path / "v.db") as store:
        batcher = Batcher(store, _FragileExtractor(), ExtractConfig(), run_id=None, tally=tally)
        process([read_document(DOCS / "tribunal-fr.txt")], batcher)
    with sqlite3.connect(tmp_path / "v.db") as conn:
        row = conn.execute("SELECT language, status, error FROM articles").fetchone()
    assert row == ("fr", "skipped", "language: fr")
    assert tally.counts["skipped"] == 1 and tally.failed == 0


def test_extractor_notes_are_stored_with_the_article(tmp_path: Path) -> None:
    with Store(tmp_path / "v.db") as store:
        batcher = Batcher(store, _FragileExtractor(), ExtractConfig(), run_id=None, tally=Tally())
        text = "LONG report about the weather and the harvest this year in the valley town."
        process([_page("long", text)], batcher)
    with sqlite3.connect(tmp_path / "v.db") as conn:
        row = conn.execute("SELECT status, notes FROM articles").fetchone()
    assert row == ("extracted", "text-truncated: test")
