"""The Dask engine: worker stages replayed on the driver give what one process gives;
politeness across two workers; a killed cluster run resumed to the same records.

Tests that start a LocalCluster (worker processes each loading spaCy) are marked ``slow``.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.config import ExtractConfig
from fetch.files import iter_paths
from tests.conftest import RunCli
from tests.servers import LoopbackServer, Raw, Request, Response
from verdicts.pipeline import Batcher, Tally, process
from verdicts.report import export_jsonl
from verdicts.stages import PageInput, extract_pages, replay
from verdicts.store import Store

STORY = (  # one line a paragraph: the stripper keeps line breaks inside <p>
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour theft {n}</title></head>\n'
    "<body><article><h1>Dock worker jailed over harbour thefts</h1>\n"
    "<p>The crown court in Portsmouth on Friday sentenced {first} {last} to {years} years in"
    " prison for stealing cargo from the harbour, prosecutors said.</p>\n"
    "<p>{last} had admitted theft at an earlier hearing. Detectives said the goods were worth"
    " thousands of pounds.</p></article></body></html>"
)
FIRST = ("Peter", "Alan", "Maria", "Susan", "David", "Helen", "Robert")
LAST = ("Langley", "Hughes", "Barton", "Fenwick", "Oakes", "Pritchard", "Whitlock", "Dunmore")
YEARS = ("two", "three", "four", "five", "six", "seven")


def story(n: int) -> str:
    """A court story of our own making; ``n`` varies the defendant and the term."""
    return STORY.format(n=n, first=FIRST[n % 7], last=LAST[n % 8], years=YEARS[n % 6])


NOTICE = """<html><body><article><h1>Library hours {n}</h1><p>The town library will open
later on Mondays from next month, the council said in a statement on its website.</p>
</article></body></html>"""
FLAGS = ("--allow-private", "--delay", "0", "--retries", "1", "--read-timeout", "5")


def _write_docs(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        text = story(n) if n % 3 else NOTICE.format(n=n)
        (folder / f"doc{n:03d}.html").write_text(text, encoding="utf-8")
    (folder / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    return folder


def _export(db: Path) -> list[dict[str, object]]:
    """The exported articles, sorted (a cluster stores them in completion order)."""
    import io

    store = Store(db)
    try:
        out = io.StringIO()
        export_jsonl(store, out)
    finally:
        store.close()
    docs = [json.loads(line) for line in out.getvalue().splitlines()]
    # row counters (article and case ids) follow the order of storing, which a cluster varies
    for doc in docs:
        doc.pop("article_id", None)
        for record in doc["records"]:
            record.pop("article_id", None)
            record.pop("case_id", None)
    return sorted(docs, key=lambda d: json.dumps(d, sort_keys=True))


def test_worker_stages_replayed_store_what_one_process_stores(tmp_path: Path) -> None:
    from extract.records import RecordExtractor

    docs = _write_docs(tmp_path / "docs", 7)
    config = ExtractConfig(batch_size=3)
    extractor = RecordExtractor(config)
    with Store(tmp_path / "one.db") as store:
        process(iter_paths([docs]), Batcher(store, extractor, config, run_id=None, tally=Tally()))
    tally = Tally()
    statuses: list[str] = []
    with Store(tmp_path / "two.db") as store:
        batcher = Batcher(
            store, extractor, config, run_id=None, tally=tally, on_status=statuses.append
        )
        items = [PageInput(page=p) for p in iter_paths([docs])]
        for start in (0, 4):  # two batches, as two workers would return them
            replay(extract_pages(items[start : start + 4], extractor, config), batcher)
    assert _export(tmp_path / "one.db") == _export(tmp_path / "two.db")
    assert tally.counts["documents"] == 8 and tally.failures["empty-body"] == 1
    assert len(statuses) == 8 and statuses.count("failed") == 1
    assert any(d["records"] for d in _export(tmp_path / "two.db"))


COINED = (  # words of our own making: new to every vocabulary
    '<html><body><article><h1>Quarry case {n}</h1><p>The crown court in Leeds sentenced'
    " Brannoxa Vell{n}quist to {years} years in prison on Tuesday for the zorbitt{n} fraud at"
    " the Glimmerfold{n} quarry, prosecutors said.</p></article></body></html>"
)


def test_memory_zone_forgets_a_batchs_words_and_keeps_its_records(tmp_path: Path) -> None:
    from verdicts.engine import WorkerState

    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(4):
        (folder / f"c{n}.html").write_text(COINED.format(n=n, years=YEARS[n]), encoding="utf-8")
    config = ExtractConfig(batch_size=2)
    state = WorkerState()
    state.setup(None)
    worker = state.extractor(config)  # as a Dask task gets it
    items = [PageInput(page=p) for p in iter_paths([folder])]
    vocab = worker.inner.nlp.vocab
    before = len(vocab.strings)
    with worker.inner.memory_zone():
        zoned = extract_pages(items, worker.inner, config)
    assert len(vocab.strings) == before  # the batch's new words were freed
    again = extract_pages(items, worker, config)  # caches outlive the zone safely
    assert len(vocab.strings) > before  # a worker's call keeps them (see engine)
    assert zoned.writes == again.writes
    assert zoned.counts["records"] == 4


def test_unreachable_scheduler_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    from tests.servers import closed_port

    docs = _write_docs(tmp_path / "docs", 1)
    address = f"tcp://127.0.0.1:{closed_port()}"
    done = run_cli("extract", str(docs), "--db", str(tmp_path / "x.db"), "--dask", address)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "cannot reach the Dask scheduler" in done.stderr


@pytest.mark.slow
def test_two_workers_keep_every_host_within_its_cap(run_cli: RunCli, tmp_path: Path) -> None:
    hosts = [f"127.0.0.{i}" for i in range(1, 5)]
    servers = [LoopbackServer(host=h) for h in hosts]
    busy = {h: 0 for h in hosts}
    peak = {h: 0 for h in hosts}

    def handler(host: str) -> Raw:
        async def write(request: Request, writer: asyncio.StreamWriter) -> None:
            busy[host] += 1  # the server's loop is one thread: no lock needed
            peak[host] = max(peak[host], busy[host])
            try:
                await asyncio.sleep(0.05)
                n = request.path.rsplit("/", 1)[1]
                body = story(int(n) + 100 * int(host[-1])).encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
            finally:
                busy[host] -= 1

        return Raw(write)

    urls = []
    for host, server in zip(hosts, servers, strict=True):
        server.start()
        server.route("/robots.txt", lambda r: Response(404, b""))
        server.route("/story/*", handler(host))
        urls += [server.url(f"/story/{n}") for n in range(12)]
    try:
        listing = tmp_path / "urls.txt"
        listing.write_text("\n".join(urls) + "\n")
        db = tmp_path / "crawl.db"
        args = ("run", str(listing), "--db", str(db), "--workers", "2", "--task-size", "4")
        done = run_cli(*args, *FLAGS, "--per-host", "2")
    finally:
        for server in servers:
            server.stop()
    assert done.returncode == 0, done.stderr
    assert all(server.hits(f"/story/{n}") == 1 for server in servers for n in range(12))
    assert max(peak.values()) == 2, peak  # the cap was reached, never passed
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (48,)


class _SlowSite:
    """Article pages answered after a pause, so a run can be killed half-way."""

    def __init__(self, server: LoopbackServer) -> None:
        server.route("/robots.txt", lambda r: Response(404, b""))
        server.route("/story/*", Raw(self._write))

    async def _write(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.15)
        n = int(request.path.rsplit("/", 1)[1])
        text = story(n) if n % 4 else NOTICE.format(n=n)
        body = text.encode()
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()


def _stored_urls(db: Path) -> set[str]:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return {row[0] for row in conn.execute("SELECT url FROM articles")}
    except sqlite3.Error:
        return set()


@pytest.mark.slow
def test_killed_cluster_run_resumes_to_the_records_of_one_run(
    run_cli: RunCli, tmp_path: Path
) -> None:
    with LoopbackServer() as server:
        _SlowSite(server)
        urls = [server.url(f"/story/{n}") for n in range(40)]
        listing = tmp_path / "urls.txt"
        listing.write_text("\n".join(urls) + "\n")
        whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
        done = run_cli("run", str(listing), "--db", str(whole), *FLAGS)
        assert done.returncode == 0, done.stderr
        hits_before = {u: server.hits(u.split(str(server.port))[1]) for u in urls}
        args = ["run", str(listing), "--db", str(killed), "--workers", "2", "--task-size", "4"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "verdicts", *args, *FLAGS],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the driver and its worker processes die together
        )
        deadline = time.monotonic() + 240
        while len(_stored_urls(killed)) < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
        before = _stored_urls(killed)
        assert 8 <= len(before) < 40, len(before)
        done = run_cli(*args, *FLAGS)
        assert done.returncode == 0, done.stderr
        for url in before:  # stored before the kill: never fetched again
            assert server.hits(url.split(str(server.port))[1]) == hits_before[url] + 1
    assert _stored_urls(killed) == set(urls)
    assert "already-stored" in done.stderr
    assert _export(killed) == _export(whole)
    with sqlite3.connect(killed) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (40,)


@pytest.mark.slow
def test_a_worker_lost_mid_run_costs_only_its_batch(tmp_path: Path) -> None:
    import threading

    import psutil

    from extract.records import RecordExtractor
    from verdicts.engine import ClusterConfig, open_cluster

    docs = _write_docs(tmp_path / "docs", 40)
    config = ExtractConfig()
    with Store(tmp_path / "one.db") as store:
        one = Batcher(store, RecordExtractor(config), config, run_id=None, tally=Tally())
        process(iter_paths([docs]), one)
    statuses: list[str] = []
    first = threading.Event()

    def note(status: str) -> None:
        statuses.append(status)
        first.set()

    with (
        open_cluster(ClusterConfig(workers=2, task_size=2, threads=1)) as cluster,
        Store(tmp_path / "two.db") as store,
    ):
        batcher = Batcher(
            store, cluster.extractor, config, run_id=None, tally=Tally(), on_status=note
        )
        killed: list[int] = []
        killer = threading.Thread(
            target=lambda: first.wait(120) and killed.append(_kill_one_worker(psutil))
        )
        killer.start()
        cluster.process(iter_paths([docs]), batcher, skip_stored=False)
        killer.join()
    assert killed and killed[0] > 0  # a worker process was killed while batches were out
    assert len(statuses) == 41  # every input once, though a worker died mid-run
    assert _export(tmp_path / "one.db") == _export(tmp_path / "two.db")


def _kill_one_worker(psutil: object) -> int:
    """SIGKILL one worker process of this test's LocalCluster (its nanny starts another)."""
    me = psutil.Process()  # type: ignore[attr-defined]
    workers = [c for c in me.children(recursive=True) if c.memory_info().rss > 100 * 2**20]
    if not workers:
        return 0
    workers[0].kill()
    return int(workers[0].pid)
