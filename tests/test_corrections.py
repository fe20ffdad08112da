"""Corrections re-attached after the article's text or the extractor changed (real SQLite)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from schemas import Article, Page, Record
from verdicts.cases import refresh
from verdicts.corrections import add_correction
from verdicts.store import Store

NOW = dt.datetime(2024, 5, 10, 12, 0, tzinfo=dt.UTC)
SENTENCE = "Pia Lund was sentenced to two years in prison for arson in Malmo."


def _save(store: Store, text: str, people: tuple[str, ...] = ("Pia Lund",)) -> None:
    page = Page(url="https://news.example/lund", html=f"<p>{text}</p>", fetched_at=NOW)
    article = Article(url=page.url, text=text, content_sha256=page.content_sha256, fetched_at=NOW)
    start = text.find(SENTENCE)
    records = [
        Record(
            person=person,
            sentence_months=24,
            sentence_type="prison",
            outcome="convicted",
            evidence=SENTENCE,
            evidence_start=start,
            evidence_end=start + len(SENTENCE),
            rule_id="test",
            extractor_version="t",
        )
        for person in people
    ]
    store.save_article(article, page, records=records)


def test_a_correction_follows_its_evidence_when_the_text_moves(db_path: Path) -> None:
    with Store(db_path) as store:
        _save(store, SENTENCE)
        ((record_id,),) = [tuple(r.values()) for r in store.query("SELECT id FROM records")]
        add_correction(store.db, record_id, {"sentence_months": 30.0}, note="court register")
        # A new body stripper keeps a lead paragraph: every offset moves.
        _save(store, "Court news from the south.\n\n" + SENTENCE)
        result = refresh(store.db)
        rows = list(store.query("SELECT id, sentence_months, corrected FROM records"))
        corr = next(store.query("SELECT record_id, status, original FROM corrections"))
    assert result.unattached == []
    assert rows[0]["sentence_months"] == 30 and rows[0]["corrected"] == '["sentence_months"]'
    assert rows[0]["id"] != record_id and corr["record_id"] == rows[0]["id"]
    assert corr["status"] == "attached" and corr["original"] == '{"sentence_months": 24.0}'


def test_a_correction_whose_record_is_gone_is_kept_and_reported(db_path: Path) -> None:
    with Store(db_path) as store:
        _save(store, SENTENCE)
        ((record_id,),) = [tuple(r.values()) for r in store.query("SELECT id FROM records")]
        add_correction(store.db, record_id, {}, reject=True)
        assert next(store.query("SELECT rejected FROM records"))["rejected"] == 1
        _save(store, SENTENCE, people=())  # a new extractor finds no record there
        result = refresh(store.db)
        status = next(store.query("SELECT status FROM corrections"))["status"]
    assert [u.record_id for u in result.unattached] == [record_id]
    assert status == "unattached"
