"""Dask as the engine: workers fetch, strip and extract; the driver streams and stores.

``--workers N`` starts a ``LocalCluster`` of N worker processes; ``--dask ADDRESS``
connects to a running scheduler (``dask scheduler`` / ``dask worker`` from this project's
environment). The driver reads inputs lazily and keeps at most a few batches per worker in
flight, so memory stays flat for any input size. Workers run the pure stages of
:mod:`verdicts.stages` and return value objects; the driver alone writes SQLite, one
transaction per batch. Each worker loads the spaCy pipeline once and keeps one fetcher
(:class:`WorkerState`, a worker plugin).

Politeness holds across workers: URLs go to *lanes* by host, a lane has at most one batch
in flight at a time and prefers one worker, so one host's requests are in one place with
its robots rules, crawl delay and concurrency cap. A lost worker costs only its batch:
tasks are pure, so Dask runs them again elsewhere, and nothing is stored twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from schemas import Failure, Page
from schemas.errors import ConfigError
from verdicts import dask_logs, heap
from verdicts.pipeline import Batcher
from verdicts.stages import (
    PageInput,
    StageResult,
    UrlInput,
    extract_pages,
    fetch_and_extract,
    replay,
)

if TYPE_CHECKING:
    from distributed import Client, Future

    from extract.config import ExtractConfig
    from fetch.config import FetchConfig
    from fetch.http import Fetched, FetchRequest, FetchSession
    from verdicts.crawl import UrlSources
    from verdicts.store import Store

PLUGIN_NAME = "verdicts-state"


@dataclass(frozen=True, kw_only=True, slots=True)
class ClusterConfig:
    """Where the work runs and how it is cut up."""

    workers: int | None = None  # start a LocalCluster of this many processes
    address: str | None = None  # or connect to this scheduler
    task_size: int = 64  # inputs per task
    threads: int = 2  # threads per local worker: one fetches while the other extracts
    per_worker: int = 2  # batches in flight per worker
    # articles per extraction slice on a worker, at most (the statistical pipeline reads at
    # most Bounds.pipe_tokens of them at a time: its parse is a worker's peak memory)
    worker_batch: int = 32
    connect_timeout: float = 10.0
    # messages Dask keeps per connection for debugging (verdicts.dask_logs): its default
    # 1,000 held the pages of the last 1,000 tasks
    debug_log: int = 4


# --- on the workers -----------------------------------------------------------------------


class WorkerState(WorkerPlugin):
    """A worker plugin: one extractor and one fetcher per worker process, made on first use.

    Extraction is serialised by a lock (spaCy gets one thread; the other fetches).
    """

    name = PLUGIN_NAME

    def __init__(self) -> None:
        self._lock: threading.Lock | None = None
        self._extractors: dict[ExtractConfig, Any] = {}
        self._fetchers: dict[FetchConfig, FetchSession] = {}

    def setup(self, worker: object) -> None:
        from extract.article.language import load_model

        self._lock = threading.Lock()
        heap.limit_arenas()  # before the task threads first allocate (see verdicts.heap)
        # the language model's mapped arrays read whole now: otherwise the worker grows by
        # up to their 68 MB as new text reaches new parts of them (its first ~300 documents)
        load_model(resident=True)

    def teardown(self, worker: object) -> None:
        for fetcher in self._fetchers.values():
            fetcher.close()
        self._fetchers.clear()

    @property
    def lock(self) -> threading.Lock:
        if self._lock is None:
            self._lock = threading.Lock()
        return self._lock

    def extractor(self, config: ExtractConfig) -> _Locked:
        with self.lock:
            found = self._extractors.get(config)
            if found is None:
                from extract.records import RecordExtractor

                found = self._extractors[config] = RecordExtractor(config)
        return _Locked(found, self.lock)

    def fetcher(self, config: FetchConfig) -> FetchSession:
        with self.lock:
            found = self._fetchers.get(config)
            if found is None:
                from fetch.http import FetchSession

                found = self._fetchers[config] = FetchSession(config)
            return found


class _Locked:
    """An extractor that one thread of the worker uses at a time.

    Each call gives the freed memory back afterwards, so a worker's memory does not grow with
    the batches it has parsed (a worker, unlike the single process's budget worker, is never
    replaced)."""

    def __init__(self, inner: Any, lock: threading.Lock) -> None:
        self.inner = inner
        self.version: str = inner.version
        self._lock = lock

    def extract_batch_notes(self, articles: list[Any]) -> Sequence[Any]:
        with self._lock:
            # (no spaCy memory zone: freeing each batch's words cost ~10% of a worker's time
            # for a vocabulary that grows a few MB in 1,000 documents)
            results: Sequence[Any] = self.inner.extract_batch_notes(articles)
            heap.trim()
            return results


def _state() -> WorkerState:
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, WorkerState):
        raise RuntimeError("the verdicts worker plugin is not registered")
    return plugin


def _extract_task(items: list[PageInput], config: ExtractConfig) -> StageResult:
    return extract_pages(items, _state().extractor(config), config)


def _fetch_task(
    items: list[UrlInput], fetch_config: FetchConfig, config: ExtractConfig
) -> StageResult:
    state = _state()
    session = state.fetcher(fetch_config)

    def fetch(requests: list[FetchRequest]) -> list[Fetched]:
        return session.fetch_many(requests)

    return fetch_and_extract(items, fetch, state.extractor(config), config)


# --- on the driver ------------------------------------------------------------------------


class VersionOnly:
    """The driver's stand-in extractor: it names the version, the workers extract."""

    def __init__(self) -> None:
        from extract.records.extractor import EXTRACTOR_VERSION

        self.version = EXTRACTOR_VERSION

    def extract_batch_notes(self, articles: list[Any]) -> Sequence[Any]:
        raise RuntimeError("the driver does not extract")


@contextlib.contextmanager
def open_cluster(config: ClusterConfig) -> Iterator[Cluster]:
    """A connected :class:`Cluster`; a scheduler that cannot be reached is a ConfigError."""
    with dask_logs.bounded(config.debug_log), _connected(config) as cluster:
        yield cluster


@contextlib.contextmanager
def _connected(config: ClusterConfig) -> Iterator[Cluster]:
    from distributed import Client, LocalCluster

    local: LocalCluster | None = None
    try:
        if config.address:
            client = Client(config.address, timeout=config.connect_timeout)
        else:
            local = LocalCluster(
                n_workers=config.workers or 1,
                threads_per_worker=config.threads,
                processes=True,
                dashboard_address=None,
                memory_limit=0,  # our memory stays flat; a nanny must not kill a busy worker
                silence_logs=logging.ERROR,
            )
            client = Client(local)
    except (OSError, TimeoutError) as exc:
        where = config.address or "a local cluster"
        raise ConfigError(f"cannot reach the Dask scheduler at {where}: {exc}") from exc
    try:
        client.register_plugin(dask_logs.BoundedLogs(config.debug_log))
        client.register_plugin(WorkerState(), name=PLUGIN_NAME)
        yield Cluster(client, config)
    finally:
        client.close()
        if local is not None:
            local.close()


class Cluster:
    """Submits batches to the workers and replays their results on the driver's store."""

    def __init__(self, client: Client, config: ClusterConfig) -> None:
        self.client = client
        self.config = config
        self.workers = sorted(client.scheduler_info()["workers"]) or [None]
        self.extractor = VersionOnly()

    @property
    def window(self) -> int:
        """Batches in flight at once: enough to keep every worker busy, no more."""
        return max(2, len(self.workers) * self.config.per_worker)

    def worker_config(self, config: ExtractConfig) -> ExtractConfig:
        """``config`` with its batch size capped for the workers (records do not depend on it)."""
        batch = min(config.batch_size, self.config.worker_batch)
        return dataclasses.replace(config, batch_size=batch)

    # pages (extract, reextract, WARC)

    def process(
        self, items: Iterable[Page | Failure], batcher: Batcher, *, skip_stored: bool
    ) -> None:
        """Strip and extract pages on the workers; store the results as they come."""
        extract_config = self.worker_config(batcher.config)

        def batches() -> Iterator[tuple[Callable[..., StageResult], tuple[Any, ...]]]:
            chunk: list[PageInput] = []
            for item in items:
                if skip_stored and isinstance(item, Page) and _stored(batcher, item):
                    continue
                chunk.append(PageInput(page=item))
                if len(chunk) >= self.config.task_size:
                    yield _extract_task, (chunk, extract_config)
                    chunk = []
            if chunk:
                yield _extract_task, (chunk, extract_config)

        self._drive(((fn, args, None) for fn, args in batches()), batcher)

    # URLs (run)

    def run_urls(self, sources: UrlSources, config: FetchConfig, batcher: Batcher) -> None:
        """Fetch, strip and extract every URL of ``sources`` on the workers, by host lane."""
        from fetch.warc import iter_warc
        from verdicts import crawl

        for warc in sources.warcs:
            skipped = functools.partial(crawl.skipped_record, batcher)
            self.process(iter_warc(warc, skipped), batcher, skip_stored=not config.refresh)
        store = batcher.store
        plan = crawl._Plan(store=store, refresh=config.refresh)
        plan.final_failures = {
            row["input"]
            for row in store.query("SELECT input, reason FROM failures")
            if crawl.is_final(row["reason"])
        }
        requests = crawl._requests(crawl._raw_urls(sources, config, batcher), plan, batcher)
        inputs = (_url_input(store, r, config.refresh) for r in requests)
        self._drive_lanes(inputs, config, batcher)

    def _drive_lanes(
        self, inputs: Iterable[UrlInput], config: FetchConfig, batcher: Batcher
    ) -> None:
        """One batch in flight per lane; a lane's batches prefer one worker."""
        lanes = len(self.workers) * self.config.per_worker
        buffers: list[list[UrlInput]] = [[] for _ in range(lanes)]
        busy: dict[Future, int] = {}
        size = self.config.task_size
        extract_config = self.worker_config(batcher.config)

        def submit(lane: int) -> None:
            chunk, buffers[lane] = buffers[lane], []
            worker = self.workers[lane % len(self.workers)]
            future = self.client.submit(
                _fetch_task,
                chunk,
                config,
                extract_config,
                workers=[worker] if worker else None,
                allow_other_workers=True,  # a lost worker's lanes move on
                pure=False,
            )
            busy[future] = lane

        def settle(block: bool) -> None:
            for future in _finished(busy, block=block):
                lane = busy.pop(future)
                replay(future.result(), batcher)
                future.release()
                if len(buffers[lane]) >= size:
                    submit(lane)

        for item in inputs:
            lane = zlib.crc32(_host(item.request.url).encode()) % lanes
            buffers[lane].append(item)
            while len(buffers[lane]) >= size and lane in busy.values():
                settle(block=True)  # the lane is full and busy: wait (bounded memory)
            if len(buffers[lane]) >= size:
                submit(lane)
            settle(block=False)
        while busy or any(buffers):
            for lane, chunk in enumerate(buffers):
                if chunk and lane not in busy.values():
                    submit(lane)
            if busy:
                settle(block=True)

    def _drive(
        self,
        tasks: Iterable[tuple[Callable[..., StageResult], tuple[Any, ...], str | None]],
        batcher: Batcher,
    ) -> None:
        """Submit tasks as the window allows; replay each result as it completes."""
        pending: dict[Future, None] = {}
        for fn, args, _ in tasks:
            while len(pending) >= self.window:
                self._settle(pending, batcher)
            pending[self.client.submit(fn, *args, pure=False)] = None
        while pending:
            self._settle(pending, batcher)

    def _settle(self, pending: dict[Future, None], batcher: Batcher) -> None:
        for future in _finished(pending, block=True):
            del pending[future]
            replay(future.result(), batcher)
            future.release()


def _finished(futures: dict[Future, Any], *, block: bool) -> list[Future]:
    from distributed import wait

    if not futures:
        return []
    if block:
        wait(list(futures), return_when="FIRST_COMPLETED")
    return [f for f in futures if f.done()]


def _host(url: str) -> str:
    from fetch.politeness import host_key

    return host_key(url)


def _url_input(store: Store, request: FetchRequest, refresh: bool) -> UrlInput:
    stored = store.stored_page(url=request.url) if refresh else None
    return UrlInput(request=request, stored_sha256=stored.content_sha256 if stored else None)


def _stored(batcher: Batcher, page: Page) -> bool:
    """Whether the page is stored already, unchanged, by this extractor: a resumed run skips it."""
    key_column, key = ("doc_id", page.doc_id) if page.doc_id else ("url", page.url)
    if key is None:
        return False
    rows = list(
        batcher.store.query(
            "SELECT status, content_sha256, extractor_version FROM articles"
            f" WHERE {key_column} = ?",
            [key],
        )
    )
    if not rows:
        return False
    row = rows[0]
    if (
        row["status"] not in ("extracted", "skipped")
        or row["content_sha256"] != page.content_sha256
        or row["extractor_version"] != batcher.extractor.version
    ):
        return False
    batcher.tally.counts["documents"] += 1
    batcher.tally.counts["already-stored"] += 1
    batcher.on_status("skipped")
    return True
