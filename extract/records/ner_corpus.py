"""Documents for the trained tagger's data: the gold dev set (split as the shared scorer
splits it) and the unannotated bulk corpus, each as the :class:`Article` the pipeline reads.

Offsets in ``models/ner/data`` point into exactly these texts (checked by SHA-256).
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import Article, ConfigError, Page, VerdictsError

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
CORPUS_FILES = ("court-news.jsonl.gz", "press-releases-dev-counties.jsonl.gz")


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its article (as the pipeline sees it), part and gold records."""

    article: Article
    part: str
    records: list[dict[str, Any]]


def scorer(shared: Path) -> Any:
    """``shared/gold/score_records.py`` as a module: its split and scoring are used as they
    are, never re-implemented."""
    path = shared / "gold" / "score_records.py"
    spec = importlib.util.spec_from_file_location("_verdicts_score_records", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ConfigError(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_function(shared: Path) -> Callable[[str], str]:
    """The scorer's fixed tune/check split: ``part_of(doc_id)``."""
    part_of: Callable[[str], str] = scorer(shared).part_of
    return part_of


def gold_docs(shared: Path) -> Iterator[GoldDoc]:
    """Every gold document of ``shared/gold/dev.jsonl`` with its part ("tune"/"check")."""
    from extract.article import to_article

    part_of = split_function(shared)
    gold = shared / "gold"
    for line in (gold / "dev.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        raw = (gold / row["path"]).read_text("utf-8")
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        page = Page(url=row.get("url"), doc_id=row["doc_id"], source="file",
                    kind="text" if row["source"] == "text" else "html", html=raw,
                    fetched_at=_NOW, published_hint=published)
        try:
            article = to_article(page)
        except VerdictsError:
            continue  # no body: nothing to annotate
        yield GoldDoc(article=article, part=part_of(row["doc_id"]),
                      records=list(row.get("records") or []))


def corpus_articles(shared: Path, name: str) -> Iterator[Article]:
    """The documents of one bulk corpus file as articles (plain text, offsets as stored)."""
    path = shared / "corpus" / name
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            published = row.get("published")
            yield Article(doc_id=str(row["id"]), url=row.get("url"), text=str(row["text"]),
                          published=dt.date.fromisoformat(published[:10]) if published else None,
                          language="en", content_sha256="-", fetched_at=_NOW, kind="text",
                          source="file")


def fingerprint(text: str) -> str:
    """A short whitespace- and case-blind key of a text's opening, to catch a corpus
    document that is a gold document under another id."""
    return " ".join(text.lower().split())[:200]
