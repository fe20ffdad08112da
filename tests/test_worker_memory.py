"""What keeps a long-running worker's memory flat: the statistical pipeline in runs of bounded
tokens (same records), and the language model's mapped arrays resident from the start."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any, cast

import pytest

from extract.bounds import pipe_batches
from extract.config import ExtractConfig
from extract.windows import Windows
from schemas import Article
from tests.test_engine import FIRST, LAST, YEARS
from verdicts.budget import Budgets, Worker

LINUX = pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="reads Linux's /proc")


def _article(n: int) -> Article:
    """A court story of our own making, longer as ``n`` grows (runs of different sizes)."""
    lead = (f"The crown court in Leeds on Friday sentenced {FIRST[n % 7]} {LAST[n % 8]} to"
            f" {YEARS[n % 6]} years in prison for fraud, prosecutors said.")
    filler = " The hearing heard from several witnesses about the accounts." * (n * 7)
    return Article(doc_id=f"d{n}", text=lead + filler, language="en", content_sha256="-",
                   fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))


def test_pipe_batches_bound_tokens_and_documents_and_keep_order() -> None:
    docs = cast(Any, [[0] * n for n in (500, 900, 700, 3_000, 10, 20, 30)])  # len is all it reads
    runs = list(pipe_batches(docs, max_tokens=1_500, max_docs=2))
    assert [[len(d) for d in run] for run in runs] == [[500, 900], [700], [3_000], [10, 20], [30]]


def test_the_pipeline_runs_in_bounded_runs_with_the_records_of_one_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extract.records import RecordExtractor

    articles = [_article(n) for n in range(12)]
    # whole texts parsed (no windows), so the runs hold thousands of tokens
    config = ExtractConfig(batch_size=32, windows=Windows(enabled=False))
    whole = RecordExtractor(config)
    bounds = dataclasses.replace(config.bounds, pipe_tokens=10**9)  # as before: one run
    one_run = RecordExtractor(dataclasses.replace(config, bounds=bounds))
    runs: list[list[int]] = []
    pipe = whole.nlp.pipe

    def counted(docs: list[Any], **kwargs: Any) -> Any:
        runs.append([len(d) for d in docs])
        return pipe(docs, **kwargs)

    want = one_run.extract_batch(articles)
    monkeypatch.setattr(whole.nlp, "pipe", counted)
    got = whole.extract_batch(articles)
    assert got == want and sum(len(r) for r in got if isinstance(r, list)) >= 12
    cap = whole.config.bounds.pipe_tokens
    assert len(runs) > 1 and all(sum(run) <= cap or len(run) == 1 for run in runs)


def _resident_share(pid: int, address: int) -> float:
    """Resident share of the mapping of ``pid`` that holds ``address`` (Linux smaps)."""
    size = rss = None
    with open(f"/proc/{pid}/smaps") as fh:
        inside = False
        for line in fh:
            head = line.split()[0]
            if "-" in head and ":" not in head:
                lo, hi = (int(x, 16) for x in head.split("-"))
                inside = lo <= address < hi
            elif inside and head == "Size:":
                size = int(line.split()[1])
            elif inside and head == "Rss:":
                rss = int(line.split()[1])
    assert size and rss is not None, "no mapping holds the address"
    return rss / size


@LINUX
def test_fault_in_makes_the_mapped_model_resident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract.article._langid_model import CACHE_ENV, fault_in, load_identifier

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    load_identifier()  # unpacks and writes the cache
    model = load_identifier()  # maps it: pages are read only as a text reaches them
    ptc = model.nb_ptc.ctypes.data
    assert _resident_share(os.getpid(), ptc) < 0.5
    assert fault_in(model) > 60 * 2**20
    assert _resident_share(os.getpid(), ptc) > 0.99


def _start_mark() -> None:
    os.environ["VERDICTS_TEST_STARTED"] = str(os.getpid())


def test_a_fresh_worker_runs_its_start_hook_before_the_first_call() -> None:
    def started(_: object) -> tuple[int, str | None]:
        return os.getpid(), os.environ.get("VERDICTS_TEST_STARTED")

    with Worker({"started": started}, Budgets(), on_start=_start_mark) as worker:
        pid, mark = worker.call("started", None, seconds=30, what="hook")
    assert mark == str(pid) and pid != os.getpid()  # it ran there, not here
    assert "VERDICTS_TEST_STARTED" not in os.environ


@LINUX
def test_budget_and_dask_workers_hold_the_language_model_whole_before_any_text() -> None:
    from extract.article import language, to_article
    from extract.article._langid_model import load_identifier
    from verdicts.budget import BudgetedStages
    from verdicts.engine import WorkerState

    class Echo:
        version = "test"

        def extract_batch_notes(self, articles: list[Article]) -> list[object]:
            return [a.doc_id for a in articles]

    load_identifier()  # the cache written (a first load unpacks into memory, no mapping)
    language._identifier.cache_clear()  # a fresh mapping: nothing of it resident yet
    stages = BudgetedStages(Echo(), Budgets(), to_article=to_article)
    try:
        ptc = language._identifier().nb_ptc.ctypes.data  # forked: the same address there
        assert _resident_share(os.getpid(), ptc) < 0.5
        assert stages.extract_batch_notes([_article(0), _article(1)]) == ["d0", "d1"]
        assert _resident_share(stages.worker._proc.pid, ptc) > 0.99
    finally:
        stages.close()
    language._identifier.cache_clear()
    assert _resident_share(os.getpid(), language._identifier().nb_ptc.ctypes.data) < 0.5
    language._identifier.cache_clear()
    WorkerState().setup(None)  # what a Dask worker runs when the plugin is registered
    assert _resident_share(os.getpid(), language._identifier().nb_ptc.ctypes.data) > 0.99


def test_dask_connections_keep_only_their_last_few_messages() -> None:
    import collections
    import types

    from distributed.batched import BatchedSend

    from verdicts.dask_logs import BoundedLogs, bounded

    with bounded(3):
        made_inside = BatchedSend(interval="10ms")
    assert made_inside.recent_message_log.maxlen == 3
    assert BatchedSend(interval="10ms").recent_message_log.maxlen != 3  # Dask's own default
    # a scheduler started elsewhere: the plugin shortens the logs it finds, newest kept
    streams = {name: BatchedSend(interval="10ms") for name in ("w1", "w2", "c1")}
    for stream in streams.values():
        stream.recent_message_log.extend(range(10))
    scheduler = types.SimpleNamespace(
        stream_comms={k: v for k, v in streams.items() if k.startswith("w")},
        client_comms={"c1": streams["c1"]},
    )
    BoundedLogs(3).add_worker(scheduler, "w2")
    for stream in streams.values():
        assert stream.recent_message_log == collections.deque([7, 8, 9])
        stream.recent_message_log.append(10)
        assert len(stream.recent_message_log) == 3
