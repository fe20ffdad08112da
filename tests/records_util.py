"""Shared by the record-class tests: short articles of our own through the extractor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from extract.records import RecordExtractor
from schemas import Article, Failure, Record


def extract_texts(extractor: RecordExtractor, texts: Mapping[str, str],
                  published: dt.date) -> dict[str, list[Record]]:
    """Each text as an article published (and fetched) on ``published``: its records by key;
    an article that fails fails the test."""
    fetched = dt.datetime.combine(published, dt.time(), tzinfo=dt.UTC)
    articles = [Article(doc_id=key, text=text, published=published, language="en",
                        content_sha256="-", fetched_at=fetched) for key, text in texts.items()]
    out: dict[str, list[Record]] = {}
    for key, res in zip(texts, extractor.extract_batch(articles), strict=True):
        assert not isinstance(res, Failure), res
        out[key] = res
    return out


def only_record(records: Mapping[str, list[Record]], texts: Mapping[str, str],
                key: str) -> Record:
    """The one record of text ``key``, its evidence checked against the text at its offsets."""
    recs = records[key]
    assert len(recs) == 1, (key, recs)
    rec = recs[0]
    # the evidence is the text's own sentence, found again at its offsets
    assert texts[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    return rec


def person_record(records: Mapping[str, list[Record]], key: str, person: str | None) -> Record:
    """The one record of ``person`` (None: the unnamed one) among text ``key``'s records."""
    found = [r for r in records[key] if r.person == person]
    assert len(found) == 1, (key, [(r.person, r.charge, r.outcome) for r in records[key]])
    return found[0]
