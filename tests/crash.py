"""Helpers of the crash tests: run a `verdicts` command, SIGKILL it at random points, compare
the database with one a clean run wrote.

Usage::

    from tests.crash import assert_sound, exported, kill_at_random_points, verdicts

    kill_at_random_points(verdicts("extract", ...), db, random.Random(7))
    subprocess.run(verdicts("extract", ...))          # the same command again
    assert_sound(db)
    assert exported(db, tmp / "a.jsonl") == exported(clean, tmp / "b.jsonl")
"""

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
from typing import Any

# Row numbers of one database (an article's, hence its records'): not the same in two runs
# whose documents arrive in another order, and not part of what a run extracted.
_LOCAL_FIELDS = frozenset({"article_id"})


def verdicts(*args: str) -> list[str]:
    """The command line of ``verdicts ARGS`` with this interpreter."""
    return [sys.executable, "-m", "verdicts", *args]


def count(db: Path, table: str = "articles") -> int:
    """Rows of ``table``; 0 while the database or the table does not exist yet."""
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0


def exported(db: Path, out: Path) -> list[Any]:
    """What ``verdicts export`` writes of ``db``, sorted, without per-database row numbers:
    (doc_id, url, status, records) per article."""
    subprocess.run(verdicts("export", "--db", str(db), "--format", "jsonl", "--out", str(out)),
                   check=True, capture_output=True, timeout=120)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(
        ((d["doc_id"], d["url"], d["status"],
          [{k: v for k, v in r.items() if k not in _LOCAL_FIELDS} for r in d["records"]])
         for d in docs),
        key=str,
    )


def kill_at_random_points(command: list[str], db: Path, rng: random.Random, *, kills: int = 3,
                          step: int = 6, timeout: float = 120.0) -> int:
    """Start ``command`` ``kills`` times and SIGKILL it each time once 1 to ``step`` more
    articles are stored (after a random pause); return how many runs were killed before they
    ended on their own (a test asserts on it, so a too-fast run cannot pass unkilled)."""
    killed = 0
    for _ in range(kills):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + timeout
            target = count(db) + rng.randint(1, step)
            while time.monotonic() < deadline and proc.poll() is None and count(db) < target:
                time.sleep(rng.uniform(0.0, 0.1))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                killed += 1
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
    return killed


def assert_sound(db: Path) -> None:
    """SQLite's own check of the file: every page and index consistent."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def ctrl_c_reaches() -> None:
    """``preexec_fn`` of a command a test interrupts with SIGINT: a job started in the
    background without job control (``make test &`` in a script, some CI runners) inherits
    SIGINT ignored, and Python then never turns it into KeyboardInterrupt; a terminal's
    Ctrl-C is what the test means."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
