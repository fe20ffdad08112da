"""URL batches: gather inputs, skip what is stored, fetch, and hand pages to the Batcher.

An input's identity is its normalised URL. A URL already stored is not fetched again
unless ``refresh`` (then a conditional GET with the stored validators); a URL whose last
failure was final (robots, blocked, 404…) is not retried either; transient failures are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fetch.config import FetchConfig
from fetch.http import FetchRequest, fetch_all
from fetch.urls import normalize_url, read_url_list
from schemas import Attempt, Failure, Page
from schemas.errors import InputError, VerdictsError
from verdicts.pipeline import Batcher
from verdicts.store import Store

_FINAL_REASONS = frozenset(
    {
        "robots",
        "blocked-address",
        "invalid-url",
        "unsupported-scheme",
        "not-html",
        "redirect-loop",
        "too-many-redirects",
        "too-large",
        "undecodable",
    }
)
_RETRYABLE_4XX = frozenset({"http-408", "http-429"})


def is_final(reason: str) -> bool:
    """Whether a failure will not change on a retry (4xx but 408/429, robots, bad URL…)."""
    return reason in _FINAL_REASONS or (
        reason.startswith("http-4") and reason not in _RETRYABLE_4XX
    )


@dataclass(frozen=True, kw_only=True)
class UrlSources:
    """Where the URLs of a run come from."""

    url_files: tuple[Path, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    warcs: tuple[Path, ...] = ()
    since: dt.date | None = None


@dataclass
class _Plan:
    """Inputs as they are read: which to fetch, which failed before the network."""

    store: Store
    refresh: bool
    seen: set[str] = field(default_factory=set)
    final_failures: set[str] = field(default_factory=set)


def run_urls(sources: UrlSources, config: FetchConfig, batcher: Batcher) -> None:
    """Fetch every URL of ``sources`` and process the pages; failures become rows."""
    store, run_id = batcher.store, batcher.run_id
    plan = _Plan(store=store, refresh=config.refresh)
    plan.final_failures = {
        row["input"]
        for row in store.query("SELECT input, reason FROM failures")
        if is_final(row["reason"])
    }
    for warc in sources.warcs:
        _run_warc(warc, batcher)
    requests = _requests(_raw_urls(sources, config, batcher), plan, batcher)
    for fetched in fetch_all(requests, config):
        store.log_attempts(fetched.attempts, run_id=run_id)
        outcome = fetched.outcome
        if isinstance(outcome, Failure):
            batcher.fail(outcome)
        elif outcome.http_status == 304 or _unchanged(store, outcome):
            batcher.tally.counts["unchanged"] += 1
            batcher.on_status("unchanged")
        else:
            batcher.add(outcome, input_key=outcome.url)
    batcher.flush()


def _run_warc(path: Path, batcher: Batcher) -> None:
    from fetch.warc import iter_warc

    for item in iter_warc(path, on_skip=lambda reason: skipped_record(batcher, reason)):
        if isinstance(item, Failure):
            batcher.fail(item)
        else:
            batcher.add(item)


def skipped_record(batcher: Batcher, reason: str) -> None:
    """Count a WARC response passed over (not HTML, not a 200) under its reason."""
    batcher.tally.counts[f"warc-skipped-{reason}"] += 1


def _raw_urls(sources: UrlSources, config: FetchConfig, batcher: Batcher) -> Iterator[str]:
    for path in sources.url_files:
        try:
            yield from read_url_list(path)
        except InputError as exc:
            batcher.fail(Failure.from_error(exc, input=str(path), stage="input"))
    if sources.feeds or sources.sitemaps:
        from fetch import discover

        for feed in sources.feeds:
            try:
                yield from discover.urls_from_feed(feed, config)
            except VerdictsError as exc:
                batcher.fail(Failure.from_error(exc, input=feed, stage="input"))
        for sitemap in sources.sitemaps:
            try:
                yield from discover.urls_from_sitemap(sitemap, config, since=sources.since)
            except VerdictsError as exc:
                batcher.fail(Failure.from_error(exc, input=sitemap, stage="input"))


def _requests(raw: Iterable[str], plan: _Plan, batcher: Batcher) -> Iterator[FetchRequest]:
    for given in raw:
        try:
            url = normalize_url(given)
        except InputError as exc:
            if given in plan.seen:
                continue
            plan.seen.add(given)
            if given in plan.final_failures and not plan.refresh:
                batcher.tally.counts["already-failed"] += 1
                batcher.on_status("skipped")
                continue
            batcher.store.log_attempts(
                [
                    Attempt(
                        url=given,
                        requested_at=dt.datetime.now(dt.UTC),
                        error=exc.reason,
                        detail=str(exc),
                    )
                ],
                run_id=batcher.run_id,
            )
            batcher.fail(Failure.from_error(exc, input=given, stage="fetch"))
            continue
        if url in plan.seen:
            continue
        plan.seen.add(url)
        stored = plan.store.stored_page(url=url)
        if stored is not None and not plan.refresh:
            batcher.tally.counts["already-stored"] += 1
            batcher.on_status("skipped")
            continue
        if stored is None and url in plan.final_failures and not plan.refresh:
            batcher.tally.counts["already-failed"] += 1
            batcher.on_status("skipped")
            continue
        yield FetchRequest(
            url=url,
            etag=stored.etag if stored else None,
            last_modified=stored.last_modified if stored else None,
        )


def _unchanged(store: Store, page: Page) -> bool:
    if page.url is None:
        return False
    stored = store.stored_page(url=page.url)
    if stored is None or stored.status != "extracted":
        return False
    return stored.content_sha256 == page.content_sha256
