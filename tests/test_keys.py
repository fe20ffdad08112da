"""Stable record keys, the old-database migration, progress totals, and no cli<->demo circle."""

from __future__ import annotations

import ast
import io
import sqlite3
import time
from pathlib import Path

from tests.conftest import ROOT
from verdicts.corrections import assign_keys, parse_changes
from verdicts.progress import Progress
from verdicts.store import Store


def test_keys_name_article_span_and_slot() -> None:
    keys = assign_keys("doc-1", [(10, 40), (50, 90), (10, 40)])
    assert keys == ["doc-1:10-40:0", "doc-1:50-90:0", "doc-1:10-40:1"]


def test_changes_are_typed_and_checked() -> None:
    assert parse_changes(["sentence_months=60", "city=null", "date=2022-07-11"]) == {
        "sentence_months": 60.0,
        "city": None,
        "date": "2022-07-11",
    }
    for bad in ("outcome=maybe", "group_size=0", "date=July", "colour=red", "city"):
        try:
            parse_changes([bad])
        except Exception as exc:
            assert type(exc).__name__ == "ConfigError"
        else:
            raise AssertionError(f"{bad} accepted")


def test_a_database_with_row_counter_ids_gets_stable_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE articles (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE,"
            " url TEXT UNIQUE, text TEXT NOT NULL DEFAULT '', source TEXT NOT NULL,"
            " kind TEXT NOT NULL, status TEXT NOT NULL)"
        )
        conn.execute(
            "CREATE TABLE records (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
            " person TEXT, group_size INTEGER NOT NULL, outcome TEXT NOT NULL,"
            " evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL,"
            " evidence_end INTEGER NOT NULL, rule_id TEXT NOT NULL,"
            " extractor_version TEXT NOT NULL, flags TEXT NOT NULL DEFAULT '[]')"
        )
        conn.execute(
            "INSERT INTO articles VALUES (7, 'old-doc', NULL, 'x', 'file', 'text', 'extracted')"
        )
        for rid, person in ((33, "A One"), (34, "B Two")):
            conn.execute(
                "INSERT INTO records (id, article_id, person, group_size, outcome, evidence,"
                " evidence_start, evidence_end, rule_id, extractor_version)"
                " VALUES (?, 7, ?, 1, 'convicted', 'e', 5, 9, 'r', 'v')",
                [rid, person],
            )
    with Store(path) as store:
        rows = list(store.query("SELECT id, person, rejected FROM records ORDER BY id"))
    assert [(r["id"], r["person"], r["rejected"]) for r in rows] == [
        ("old-doc:5-9:0", "A One", 0),
        ("old-doc:5-9:1", "B Two", 0),
    ]


def test_progress_line_says_total_and_time_left() -> None:
    stream = io.StringIO()
    progress = Progress(
        enabled_bar=False, stream=stream, interval=0.05, total=10, labels={"fetched": "extracted"}
    )
    progress.update("fetched")
    time.sleep(0.06)
    progress.update("fetched")
    line = stream.getvalue().splitlines()[0]
    assert line.startswith("progress: 2 of 10 done (extracted 2,")
    assert "left (estimate at the rate so far)" in line


def test_quiet_progress_prints_nothing() -> None:
    stream = io.StringIO()
    progress = Progress(enabled_bar=True, stream=stream, interval=0.0, total=3, quiet=True)
    for _ in range(3):
        progress.update("fetched")
    progress.close()
    assert stream.getvalue() == ""


def test_demo_does_not_import_the_command_line() -> None:
    tree = ast.parse((ROOT / "verdicts" / "demo.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "verdicts.cli" not in imported
