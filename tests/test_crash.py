"""SIGKILL at random points of an extract, then the same command again: the database is sound,
each input is stored once, and the records equal those of a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _verdicts(*args: str) -> list[str]:
    return [sys.executable, "-m", "verdicts", *args]


def _docs(root: Path) -> Path:
    docs = root / "docs"
    for i in range(40):
        folder = docs / f"f{i % 8}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"same{i // 8}.txt").write_text(  # names repeat across folders
            f"Person Number{i} was sentenced to {i % 9 + 1} years in prison for theft"
            f" in Paris on Monday.\n")
    return docs


def _export(db: Path, out: Path) -> list[object]:
    subprocess.run(_verdicts("export", "--db", str(db), "--format", "jsonl", "--out", str(out)),
                   check=True, capture_output=True, timeout=120)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return sorted(((r["doc_id"], r["status"], r["records"]) for r in rows), key=str)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    clean = tmp_path / "clean.db"
    subprocess.run(_verdicts("extract", str(docs), "--db", str(clean), "--batch-size", "2"),
                   capture_output=True, timeout=300, check=False)
    expected = _export(clean, tmp_path / "clean.jsonl")
    db = tmp_path / "v.db"
    rng = random.Random(7)
    for _ in range(3):  # killed three times at random points
        proc = subprocess.Popen(_verdicts("extract", str(docs), "--db", str(db),
                                          "--batch-size", "2"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        target = _count(db) + rng.randint(1, 6)
        while time.monotonic() < deadline and proc.poll() is None and _count(db) < target:
            time.sleep(rng.uniform(0.0, 0.1))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    again = subprocess.run(_verdicts("extract", str(docs), "--db", str(db), "--batch-size", "2"),
                           capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = [d for (d,) in conn.execute("SELECT doc_id FROM articles")]
    assert len(ids) == len(set(ids)) == 40  # each input once
    assert _export(db, tmp_path / "again.jsonl") == expected
