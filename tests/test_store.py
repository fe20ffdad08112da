"""The store: idempotent writes, records replaced atomically, failures never erase data."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from schemas import Article, Attempt, Failure, Page, Record
from schemas.errors import StoreError
from verdicts.store import Store, doc_id_for_url

NOW = dt.datetime(2024, 5, 10, 12, 0, tzinfo=dt.UTC)
TEXT = "Jane Roe was sentenced to five years in prison for fraud. The court sat in Denver."


def _page(url: str = "https://news.example/a", html: str = "<p>page</p>") -> Page:
    return Page(url=url, html=html, fetched_at=NOW, etag='"v1"', last_modified="Fri, 10 May 2024")


def _article(page: Page, text: str = TEXT) -> Article:
    return Article(
        url=page.url,
        text=text,
        content_sha256=page.content_sha256,
        fetched_at=NOW,
        published=dt.date(2024, 5, 10),
        title="Roe sentenced",
    )


def _record(person: str = "Jane Roe", months: float = 60) -> Record:
    return Record(
        person=person,
        city="Denver",
        charge="fraud",
        sentence="five years in prison",
        sentence_months=months,
        sentence_type="prison",
        outcome="convicted",
        evidence=TEXT[:57],
        evidence_start=0,
        evidence_end=57,
        rule_id="test",
        extractor_version="t",
    )


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_saving_twice_keeps_one_article_and_replaces_its_records(db_path: Path) -> None:
    page = _page()
    with Store(db_path) as store:
        first = store.save_article(_article(page), page, records=[_record(), _record("John Doe")])
        second = store.save_article(_article(page), page, records=[_record(months=48)])
    assert first == second
    assert _count(db_path, "articles") == 1
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT person, sentence_months, article_id FROM records").fetchall()
    assert rows == [("Jane Roe", 48.0, first)]
    assert _count(db_path, "records") == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT record_count FROM articles").fetchone() == (1,)


def test_failure_of_a_stored_input_keeps_the_article(db_path: Path) -> None:
    page = _page()
    with Store(db_path) as store:
        store.save_article(_article(page), page, records=[_record()])
        store.save_failure(Failure(input=page.url or "", stage="fetch", reason="http-500"))
    assert _count(db_path, "articles") == 1 and _count(db_path, "records") == 1
    assert _count(db_path, "failures") == 1


def test_success_clears_an_earlier_failure(db_path: Path) -> None:
    page = _page()
    with Store(db_path) as store:
        store.save_failure(Failure(input=page.url or "", stage="fetch", reason="transport"))
        store.save_article(_article(page), page, input_key=page.url)
    assert _count(db_path, "failures") == 0


def test_doc_id_is_derived_from_the_url_when_absent(db_path: Path) -> None:
    page = _page("https://News.example/story?id=3")
    with Store(db_path) as store:
        store.save_article(_article(page), page)
        stored = store.stored_page(url=page.url)
    assert stored is not None
    assert stored.doc_id == doc_id_for_url("https://News.example/story?id=3")
    assert stored.doc_id.startswith("news.example-")
    assert (stored.etag, stored.last_modified) == ('"v1"', "Fri, 10 May 2024")


def test_raw_page_round_trips_for_reextraction(db_path: Path) -> None:
    html = "<html><body><p>Ünïcödé – “quotes”</p></body></html>"
    page = _page(html=html)
    with Store(db_path) as store:
        store.save_article(_article(page), page)
        ((_id, back),) = list(store.iter_stored_pages())
    assert back.html == html and back.url == page.url and back.etag == '"v1"'


def test_wal_mode_and_full_text_search(db_path: Path) -> None:
    page = _page()
    with Store(db_path) as store:
        store.save_article(_article(page), page)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        hits = conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sentenced'"
        ).fetchall()
    assert len(hits) == 1


def test_attempts_go_to_the_fetch_log(db_path: Path) -> None:
    with Store(db_path) as store:
        store.log_attempts(
            [
                Attempt(
                    url="https://x.example/", requested_at=NOW, http_status=503, error="http-503"
                ),
                Attempt(url="https://x.example/", requested_at=NOW, http_status=200, nbytes=10),
            ],
            run_id=None,
        )
    assert _count(db_path, "fetch_log") == 2


def test_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "no" / "such" / "folder" / "x.db")
    assert err.value.reason == "db-folder-missing"


def test_database_path_that_is_a_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file")
def test_read_only_database_is_a_store_error(db_path: Path) -> None:
    Store(db_path).close()
    db_path.chmod(0o444)
    with pytest.raises(StoreError):
        store = Store(db_path)
        page = _page()
        store.save_article(_article(page), page)
