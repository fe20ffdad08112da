"""Untrusted text stays text: CSV formulas neutralised, no escape sequence reaches a terminal."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from schemas import Article, Page, Record
from verdicts.report import export_csv, print_records_table
from verdicts.safe_text import csv_cell, terminal_line, terminal_text
from verdicts.store import Store


def test_formula_cells_get_an_apostrophe_and_numbers_stay() -> None:
    for bad in ("=HYPERLINK(\"http://x.example\")", "+1+2", "-3+cmd", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(bad) == "'" + bad
    assert csv_cell("Anna Berg") == "Anna Berg" and csv_cell(-3) == -3 and csv_cell(None) is None


def test_escape_sequences_are_shown_not_run() -> None:
    hostile = "a\x1b[2Jb\x1b]0;title\x07c\u202ed"
    shown = terminal_text(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "\\x1b[2J" in shown and "\\u202e" in shown
    assert terminal_line("one\ntwo") == "one\\ntwo" and terminal_text("one\ntwo") == "one\ntwo"


def _store_with_hostile_record(tmp_path: Path) -> Store:
    store = Store(tmp_path / "v.db")
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    text = "=HYPERLINK(\"http://evil.example\") was sentenced \x1b[2J to two years for @SUM(A1)."
    page = Page(url=None, doc_id="evil", source="file", kind="text", html=text, fetched_at=now)
    article = Article(doc_id="evil", text=text, title="-2+3", content_sha256="-", fetched_at=now)
    record = Record(person="=cmd|' /C calc'!A0", charge="@SUM(A1)\x1b]0;owned\x07",
                    sentence="two years", sentence_months=24, sentence_type="prison",
                    outcome="convicted", evidence=text, evidence_start=0, evidence_end=len(text),
                    rule_id="test", extractor_version="test")
    store.save_article(article, page, records=[record])
    return store


def test_csv_export_and_records_table_are_inert(tmp_path: Path) -> None:
    store = _store_with_hostile_record(tmp_path)
    try:
        out = io.StringIO()
        assert export_csv(store, out) == 1
        table = io.StringIO()
        print_records_table(store, table)
    finally:
        store.close()
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert row["person"] == "'=cmd|' /C calc'!A0" and row["title"] == "'-2+3"
    assert "\x1b" not in table.getvalue() and "\x07" not in table.getvalue()
