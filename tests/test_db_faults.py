"""Database faults are errors, not tracebacks: the run stops with one line, no document blamed."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extract.config import ExtractConfig
from schemas import Article, Page, Record
from schemas.errors import DatabaseFault
from verdicts.pipeline import Batcher, Tally, process
from verdicts.store import Store

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass
class _Result:
    records: list[Record] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _NoRecords:
    version = "test"

    def extract_batch_notes(self, articles: list[Article]) -> list[_Result]:
        return [_Result() for _ in articles]


def _page(n: int) -> Page:
    text = f"Report {n}. " + " ".join(f"word{n}x{i}" for i in range(800))  # incompressible
    return Page(url=None, doc_id=f"d{n}", kind="text", source="file", html=text, fetched_at=NOW)


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_disk_full_stops_the_run_blames_no_document_and_keeps_the_database_sound(
    tmp_path: Path,
) -> None:
    db = tmp_path / "v.db"
    with Store(db) as store:
        batcher = Batcher(store, _NoRecords(), ExtractConfig(batch_size=4), run_id=None,
                          tally=Tally())
        process([_page(n) for n in range(3)], batcher)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 8}")  # the disk fills up
        with pytest.raises(DatabaseFault) as fault:
            process([_page(n) for n in range(3, 200)], batcher)
    assert fault.value.reason == "db-full" and "\n" not in str(fault.value)
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "SELECT count(*) FROM failures") == [(0,)]  # nobody blamed
    assert _rows(db, "SELECT count(*) FROM articles WHERE status = 'failed'") == [(0,)]
    stored = _rows(db, "SELECT count(*) FROM articles")[0][0]
    assert 3 <= int(str(stored)) < 200


def test_a_locked_database_waits_then_fails_with_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Anna Berg was sentenced to two years in prison for theft.\n")
    db = tmp_path / "v.db"
    Store(db).close()
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")  # another process writes and does not let go
    try:
        result = subprocess.run([sys.executable, "-m", "verdicts", "extract", str(doc),
                                 "--db", str(db), "--no-hard-stop"],
                                capture_output=True, text=True, timeout=300, check=False)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "lock" in lines[0], result.stderr
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "SELECT count(*) FROM failures") == [(0,)]
