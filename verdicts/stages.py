"""Pure stage functions for workers: pages (or URLs) in, value objects out, no database.

A worker runs the very same :class:`~verdicts.pipeline.Batcher` as the single-process path,
but over a :class:`CaptureStore` that only notes each write; the driver replays the notes on
the real store (:func:`replay`). So strip, language, extraction and failure handling stay in
one place, and SQLite keeps its one writer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from schemas import Attempt, Failure, Page
from schemas.errors import VerdictsError
from verdicts.pipeline import Batcher, Extractor, Tally

if TYPE_CHECKING:
    from extract.config import ExtractConfig
    from fetch.http import Fetched, FetchRequest
    from verdicts.store import Store


@dataclass(frozen=True, slots=True)
class Write:
    """One store call a worker asked for: the method's name and its arguments."""

    method: str  # "save_article" | "save_failure" | "log_attempts"
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass(slots=True)
class StageResult:
    """What one batch produced: the writes in order, the tally and the progress statuses."""

    writes: list[Write] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    statuses: list[str] = field(default_factory=list)


class CaptureStore:
    """Stands in for :class:`~verdicts.store.Store` on a worker: writes become :class:`Write`."""

    def __init__(self) -> None:
        self.writes: list[Write] = []

    def save_article(self, *args: Any, **kwargs: Any) -> int:
        self.writes.append(Write("save_article", args, kwargs))
        return 0

    def save_failure(self, *args: Any, **kwargs: Any) -> None:
        self.writes.append(Write("save_failure", args, kwargs))

    def log_attempts(self, attempts: Iterable[Attempt], **kwargs: Any) -> None:
        self.writes.append(Write("log_attempts", (tuple(attempts),), kwargs))


@dataclass(frozen=True, kw_only=True, slots=True)
class PageInput:
    """A page to strip and extract, and the key its failures are stored under."""

    page: Page | Failure
    input_key: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class UrlInput:
    """A URL to fetch; ``stored_sha256`` is the stored copy's hash when refreshing."""

    request: FetchRequest
    stored_sha256: str | None = None


def _batcher(extractor: Extractor, config: ExtractConfig) -> tuple[Batcher, StageResult]:
    """A Batcher whose writes, tally and statuses all land in one :class:`StageResult`."""
    capture = CaptureStore()
    result = StageResult(writes=capture.writes)
    tally = Tally(counts=result.counts, failures=result.failures)
    batcher = Batcher(
        cast("Store", capture),
        extractor,
        config,
        run_id=None,
        tally=tally,
        on_status=result.statuses.append,
    )
    return batcher, result


def extract_pages(
    items: Sequence[PageInput], extractor: Extractor, config: ExtractConfig
) -> StageResult:
    """Strip and extract ``items`` (pages read by the driver); no database, no network."""
    batcher, result = _batcher(extractor, config)
    for item in items:
        if isinstance(item.page, Failure):
            batcher.fail(item.page)
        else:
            batcher.add(item.page, input_key=item.input_key)
    batcher.flush()
    return result


def fetch_and_extract(
    items: Sequence[UrlInput],
    fetch: Any,
    extractor: Extractor,
    config: ExtractConfig,
) -> StageResult:
    """Fetch ``items`` with ``fetch(requests) -> [Fetched]``, then strip and extract the pages.

    A 304, or a page whose hash equals the stored copy's, counts as unchanged (as
    :func:`verdicts.crawl.run_urls` does).
    """
    batcher, result = _batcher(extractor, config)
    stored = {item.request.url: item.stored_sha256 for item in items}
    fetched: list[Fetched] = fetch([item.request for item in items])
    for one in fetched:
        batcher.store.log_attempts(one.attempts)
        outcome = one.outcome
        if isinstance(outcome, Failure):
            batcher.fail(outcome)
        elif outcome.http_status == 304 or (
            outcome.url is not None
            and stored.get(outcome.url) is not None
            and stored.get(outcome.url) == outcome.content_sha256
        ):
            batcher.tally.counts["unchanged"] += 1
            batcher.on_status("unchanged")
        else:
            batcher.add(outcome, input_key=outcome.url)
    batcher.flush()
    return result


def replay(result: StageResult, batcher: Batcher) -> None:
    """Apply a worker's writes to the driver's store in one transaction; merge its tally.

    A write the store refuses becomes a stored failure, as in the single-process path.
    """
    store, run_id = batcher.store, batcher.run_id
    with store.db.atomic():
        for write in result.writes:
            if write.method == "log_attempts":
                store.log_attempts(*write.args, run_id=run_id)
            elif write.method == "save_failure":
                store.save_failure(*write.args, run_id=run_id)
            else:
                _save_article(store, write, run_id, batcher.tally)
    batcher.tally.counts.update(result.counts)
    batcher.tally.failures.update(result.failures)
    for status in result.statuses:
        batcher.on_status(status)


def _save_article(store: Store, write: Write, run_id: int | None, tally: Tally) -> None:
    kwargs = {**write.kwargs, "run_id": run_id}
    try:
        store.save_article(*write.args, **kwargs)
    except VerdictsError as exc:
        key = kwargs.get("input_key") or "?"
        failure = Failure.from_error(exc, input=str(key), stage="store")
        tally.fail(failure)
        store.save_failure(failure, run_id=run_id)
