"""Budgets per document: work bounded by construction, and the worker stopped past the budget."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.bounds import blank_outside, cap_sentences, parse_windows
from schemas import Article, Failure
from tests.crash import ctrl_c_reaches
from tests.hostile import SHAPES, repeated_sentence_line, trigger_run
from verdicts.budget import BudgetedStages, BudgetExceeded, Budgets, Worker


def _article(doc_id: str, text: str) -> Article:
    return Article(doc_id=doc_id, text=text, language="en", content_sha256="-",
                   fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# -- bounds: pure functions ------------------------------------------------------------------------
def test_parse_windows_merge_and_stop_at_the_budget() -> None:
    ranges, kept = parse_windows(120_000, [10, 50_000, 50_010, 119_990], window=3_000,
                                 budget=100_000)
    assert ranges == [(0, 3_010), (47_000, 53_010), (116_990, 120_000)] and kept == 4
    ranges, kept = parse_windows(120_000, list(range(0, 120_000, 70)), window=3_000,
                                 budget=10_000)
    assert sum(hi - lo for lo, hi in ranges) <= 10_000 and 0 < kept < 120_000 // 70


def test_blank_outside_keeps_offsets_and_line_breaks() -> None:
    text = "abc\ndef ghi\njkl"
    out = blank_outside(text, [(4, 7)])
    assert len(out) == len(text) and out == "   \ndef    \n   "


def test_no_sentence_passes_the_cap(extractor_nlp: object) -> None:
    from spacy.language import Language

    assert isinstance(extractor_nlp, Language)
    doc = extractor_nlp.make_doc(trigger_run(2_000) + " The end. Short one here.")
    added = cap_sentences(doc, 100)
    assert added >= 19
    parsed = extractor_nlp(doc)
    assert max(len(s) for s in parsed.sents) <= 400  # hard bound: 4 × the cap
    short = extractor_nlp.make_doc("Anna Berg was sentenced to two years. She appealed.")
    assert cap_sentences(short, 100) == 0


@pytest.fixture(scope="module")
def extractor_nlp() -> object:
    from extract.config import DEFAULT_MODEL
    from extract.nlp import load_nlp

    return load_nlp(DEFAULT_MODEL)


# -- bounded extraction: hostile shapes finish in seconds in-process ---------------------------
@pytest.mark.parametrize("text", [trigger_run(20_000), repeated_sentence_line(300_000)],
                         ids=["trigger-run", "repeated-line"])
def test_hostile_texts_are_bounded(text: str) -> None:
    from extract.config import ExtractConfig
    from extract.records import RecordExtractor

    extractor = RecordExtractor(ExtractConfig())
    article = _article("hostile", text)
    started = time.process_time()
    (result,) = extractor.extract_batch_notes([article])
    took = time.process_time() - started
    assert not isinstance(result, Failure)
    assert result.notes  # it says what it cut
    assert took < 30, f"{took:.1f} s of CPU"  # was quadratic: hours at full size


# -- the hard stop ---------------------------------------------------------------------------------
def _spin(_: object) -> None:
    while True:
        pass


def _hog(_: object) -> bytes:
    blocks = []
    while True:
        blocks.append(b"x" * 10_000_000)


def _fail(_: object) -> None:
    raise ValueError("bad input")


def test_worker_is_stopped_past_cpu_and_memory_budgets_and_restarts() -> None:
    import resource

    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # shared after fork
    budgets = Budgets(memory_mb=own_mb + 300)
    tasks = {"spin": _spin, "hog": _hog, "fail": _fail, "echo": lambda x: x}
    with Worker(tasks, budgets) as worker:
        started = time.monotonic()
        with pytest.raises(BudgetExceeded, match="CPU"):
            worker.call("spin", None, seconds=0.5, what="doc-a")
        assert time.monotonic() - started < 30
        with pytest.raises(BudgetExceeded, match="memory"):
            worker.call("hog", None, seconds=60, what="doc-b")
        with pytest.raises(ValueError, match="bad input"):
            worker.call("fail", None, seconds=5, what="doc-c")
        assert worker.call("echo", [1, 2], seconds=5, what="doc-d") == [1, 2]
        assert worker.times.kills == 2


def test_a_worker_left_holding_memory_is_replaced_before_the_next_call() -> None:
    # Whatever a worker copies of this process stays under its resident size: the threshold
    # sits above it, and the large call allocates past the threshold.
    import resource

    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # peak, so an upper bound
    limit_mb = own_mb + 64
    held: list[bytearray] = []  # the worker's copy grows; the parent's stays empty

    def keep(mb: int) -> int:
        block = bytearray(mb * 2**20)
        block[::4096] = b"x" * len(range(0, len(block), 4096))  # make every page resident
        held.append(block)
        return os.getpid()

    with Worker({"keep": keep}, Budgets(recycle_mb=limit_mb)) as worker:
        first = worker.call("keep", 1, seconds=30, what="small")
        assert worker.call("keep", 1, seconds=30, what="small") == first  # the same worker
        assert worker.call("keep", limit_mb + 64, seconds=30, what="large") == first
        assert worker.times.recycled == 1  # it ended after the call that left it heavy
        fresh = worker.call("keep", 1, seconds=30, what="small")
        assert fresh != first and worker.times.kills == 0
        assert worker.call("keep", 1, seconds=30, what="small") == fresh


def test_the_workers_garbage_collector_leaves_the_parents_objects_shared() -> None:
    import gc

    from verdicts.budget import _own_bytes

    many = [[i] for i in range(600_000)]  # ~70 MB of small objects the collector tracks

    def collect(_: object) -> int:
        gc.collect()  # visiting an object writes to it, and a written page becomes a copy
        return _own_bytes(os.getpid())

    with Worker({"collect": collect}, Budgets()) as worker:
        own = worker.call("collect", None, seconds=60, what="collect")
    assert own < 24 * 2**20, f"{own >> 20} MB copied"  # not a copy of the parent's heap
    assert len(many) == 600_000


@pytest.mark.slow
def test_records_do_not_depend_on_when_the_worker_is_replaced(tmp_path: Path) -> None:
    from tests.crash import exported

    docs = tmp_path / "docs"
    docs.mkdir()
    towns = ("Leeds", "Porto", "Graz", "Turku", "Ghent", "Bergen")
    for i in range(12):  # new words on every page: the vocabulary grows from call to call
        (docs / f"p{i:02}.txt").write_text(
            f"A court in {towns[i % 6]} on Friday jailed Ilse Vandamme{'x' * i} for"
            f" {i % 5 + 2} years after she defrauded {i + 3} pensioners of their savings.\n"
            f"Her accomplice, Joost Maes{'y' * i}, was given a suspended sentence of"
            f" {i % 4 + 6} months.\n")
    dumps = []
    for recycle in ("100000", "0"):  # never replaced, and replaced after every call
        db = tmp_path / f"r{recycle}.db"
        done = subprocess.run(_verdicts("extract", str(docs), "--db", str(db), "--batch-size",
                                         "2", "--recycle-memory", recycle),
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr
        dumps.append(exported(db, tmp_path / f"r{recycle}.jsonl"))
    assert sum(len(records) for *_, records in dumps[0]) >= 12
    assert dumps[0] == dumps[1]


class _SlowOnCue:
    """An extractor whose article marked SPIN never finishes."""

    version = "test"

    def extract_batch_notes(self, articles: list[Article]) -> list[object]:
        if any("SPIN" in a.text for a in articles):
            _spin(None)
        return [a.doc_id for a in articles]


def test_one_slow_article_fails_with_budget_and_its_batch_goes_on() -> None:
    stages = BudgetedStages(_SlowOnCue(), Budgets(extract_seconds=0.5),
                            to_article=lambda page, languages: page)
    arts = [_article(f"d{i}", "SPIN" if i == 2 else "ok") for i in range(5)]
    try:
        out = stages.extract_batch_notes(arts)
    finally:
        stages.close()
    assert out[:2] == ["d0", "d1"] and out[3:] == ["d3", "d4"]
    failure = out[2]
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.reason, failure.doc_id) == ("extract", "budget", "d2")


# -- end to end ------------------------------------------------------------------------------------
def _verdicts(*args: str) -> list[str]:
    return [sys.executable, "-m", "verdicts", *args]


def test_cli_past_the_budget_is_a_failure_row_and_the_rest_is_stored(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "slow.txt").write_text(trigger_run(30_000))
    (docs / "fine.txt").write_text("Anna Berg was sentenced to two years in prison for theft.\n")
    db = tmp_path / "v.db"
    result = subprocess.run(_verdicts("extract", str(docs), "--db", str(db),
                                      "--extract-budget", "0.5"),
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    rows = dict(_rows(db, "SELECT doc_id, status FROM articles"))
    assert len(rows) == 2 and list(rows.values()).count("extracted") == 1
    (error,) = [e for (e,) in _rows(db, "SELECT error FROM articles WHERE status = 'failed'")]
    assert str(error).startswith("budget:")


@pytest.mark.slow
def test_the_three_hanging_shapes_finish(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, make in SHAPES.items():
        (docs / name).write_text(make())
    db = tmp_path / "v.db"
    started = time.monotonic()
    result = subprocess.run(_verdicts("extract", str(docs), "--db", str(db)),
                            capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode in (0, 1), result.stderr
    assert time.monotonic() - started < 600
    assert _rows(db, "SELECT count(*) FROM articles") == [(3,)]


def test_ctrl_c_during_extract_exits_130_and_leaves_no_worker(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(400):
        (docs / f"d{i:03}.txt").write_text(
            f"Person Number{i} was sentenced to {i % 9 + 1} years in prison for theft.\n")
    db = tmp_path / "v.db"
    proc = subprocess.Popen(_verdicts("extract", str(docs), "--db", str(db), "--batch-size", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=ctrl_c_reaches)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and _count(db) >= 4:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "finished before it could be interrupted"
        os.kill(proc.pid, signal.SIGINT)
        started = time.monotonic()
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, err
        assert time.monotonic() - started < 10
        assert "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    time.sleep(0.5)
    assert not _processes_naming(str(db)), "a worker outlived the command"
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]


def _count(db: Path) -> int:
    try:
        return int(_rows(db, "SELECT count(*) FROM articles")[0][0])  # type: ignore[arg-type]
    except sqlite3.Error:
        return 0


def _processes_naming(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if text in cmdline:
                found.append(int(entry.name))
    return found
