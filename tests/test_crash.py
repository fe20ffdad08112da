"""SIGKILL at random points of an extract run and of a fetch run, then the same command again:
the database is sound, each input is stored once, and the records equal those of a clean run."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.crash import assert_sound, count, exported, kill_at_random_points, verdicts
from tests.servers import LoopbackServer, Raw, Request

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ruling {n}</title>'
    '<meta property="article:published_time" content="2025-0{month}-1{day}T09:00:00Z"></head>'
    "<body><article><h1>Court rules on case {n}</h1><p>A judge in Lyon on Thursday sentenced"
    " Marek {name} to {years} years in prison for burglary, the court clerk told reporters.</p>"
    "<p>{name} had broken into {years} shops over the winter. He may appeal within ten days.</p>"
    "</article></body></html>"
)
# Surnames of the pages: a first and a second half, so each of the 40 pages names its own man.
_HEADS = ("Kowal", "Nowak", "Lis", "Wróbel", "Zając")
_TAILS = ("ski", "czyk", "owski", "ewicz", "ak", "iak", "ecki", "ik")


def _docs(root: Path) -> Path:
    docs = root / "docs"
    for i in range(40):
        folder = docs / f"f{i % 8}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"same{i // 8}.txt").write_text(  # names repeat across folders
            f"Person Number{i} was sentenced to {i % 9 + 1} years in prison for theft"
            f" in Paris on Monday.\n")
    return docs


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    clean = tmp_path / "clean.db"
    subprocess.run(verdicts("extract", str(docs), "--db", str(clean), "--batch-size", "2"),
                   capture_output=True, timeout=300, check=False)
    expected = exported(clean, tmp_path / "clean.jsonl")
    db = tmp_path / "v.db"
    command = verdicts("extract", str(docs), "--db", str(db), "--batch-size", "2")
    assert kill_at_random_points(command, db, random.Random(7)) >= 1
    again = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr
    assert_sound(db)
    with sqlite3.connect(db) as conn:
        ids = [d for (d,) in conn.execute("SELECT doc_id FROM articles")]
    assert len(ids) == len(set(ids)) == 40  # each input once
    assert exported(db, tmp_path / "again.jsonl") == expected


async def _slow_page(request: Request, writer: asyncio.StreamWriter) -> None:
    """An article page after a short pause, so a kill lands while requests are in flight."""
    await asyncio.sleep(0.05)
    n = int(request.path.rsplit("/", 1)[1])
    name = _HEADS[n % 5] + _TAILS[n // 5 % 8]
    body = PAGE.format(n=n, name=name, years=n % 7 + 2, month=n % 9 + 1, day=n % 10).encode()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                 b"Content-Length: %d\r\n\r\n" % len(body) + body)
    await writer.drain()


@pytest.mark.slow
def test_fetch_run_killed_at_random_points_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        server.route("/news/*", Raw(_slow_page))
        good = [server.url(f"/news/{i}") for i in range(40)]
        bad = [server.url(f"/missing/{i}") for i in range(4)]  # 404: one failure row each
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(good + bad) + "\n", encoding="utf-8")

        def command(db: Path) -> list[str]:
            return verdicts("run", str(urls), "--db", str(db), "--quiet", "--allow-private",
                            "--delay", "0", "--retries", "1", "--read-timeout", "5",
                            "--concurrency", "2", "--per-host", "2", "--batch-size", "2")

        clean = tmp_path / "clean.db"
        first = subprocess.run(command(clean), capture_output=True, text=True, timeout=300,
                               check=False)
        assert first.returncode == 1, first.stderr  # 1: the missing pages failed
        expected = exported(clean, tmp_path / "clean.jsonl")
        assert len(expected) == len(good) and all(records for *_, records in expected)

        db = tmp_path / "v.db"
        assert kill_at_random_points(command(db), db, random.Random(11)) >= 1
        again = subprocess.run(command(db), capture_output=True, text=True, timeout=300,
                               check=False)
        assert again.returncode == 1, again.stderr
    assert_sound(db)
    with sqlite3.connect(db) as conn:
        articles = [u for (u,) in conn.execute("SELECT url FROM articles")]
        failures = [u for (u,) in conn.execute("SELECT input FROM failures")]
    assert sorted(articles) == sorted(good)  # each page once
    assert sorted(failures) == sorted(bad)  # each missing page one failure row, no page a failure
    assert count(db, "runs") == 4  # the three killed runs are on record too
    assert exported(db, tmp_path / "again.jsonl") == expected
