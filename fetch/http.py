"""HTTP fetching — the only module that imports httpx.

(First cut: sequential, no retries. Issue 5 replaces it with the polite async fetcher.)
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpx

from fetch.config import FetchConfig
from schemas import Failure, Page


@dataclass(frozen=True, kw_only=True, slots=True)
class FetchRequest:
    """One URL to fetch, with the validators of a stored copy for a conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


def fetch_all(requests: Iterable[FetchRequest], config: FetchConfig) -> Iterator[Page | Failure]:
    """Fetch every request; yield a Page (a 304 is a Page with empty html) or a Failure each."""
    timeout = httpx.Timeout(
        config.total_timeout, connect=config.connect_timeout, read=config.read_timeout
    )
    with httpx.Client(
        timeout=timeout, follow_redirects=True, headers={"User-Agent": config.agent}
    ) as client:
        for req in requests:
            started = time.perf_counter()
            try:
                resp = client.get(req.url)
            except httpx.HTTPError as exc:
                yield Failure(input=req.url, stage="fetch", reason="transport", detail=str(exc))
                continue
            if resp.status_code >= 400:
                yield Failure(
                    input=req.url,
                    stage="fetch",
                    reason=f"http-{resp.status_code}",
                    detail=resp.reason_phrase,
                    http_status=resp.status_code,
                )
                continue
            yield Page(
                url=req.url,
                final_url=str(resp.url),
                source="http",
                html=resp.text,
                http_status=resp.status_code,
                content_type=resp.headers.get("content-type"),
                encoding=resp.encoding,
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
                fetched_at=dt.datetime.now(dt.UTC),
                elapsed_ms=(time.perf_counter() - started) * 1000,
                nbytes=len(resp.content),
            )
