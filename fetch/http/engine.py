"""The fetch engine: one URL at a time inside the politeness limits, with robots.txt,
address checks, redirects by hand and retries. Part of :mod:`fetch.http`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from fetch.addresses import resolve_and_check
from fetch.config import FetchConfig
from fetch.http.decoding import _ACCEPT_ANY, _ACCEPT_HTML, _Response, read_response
from fetch.http.policy import (
    _RETRYABLE,
    _STALE_ERRORS,
    _classify,
    _retryable_status,
    in_flight_window,
)
from fetch.http.pool import _BlockedPeer, pick_client
from fetch.politeness import LruCache, Politeness, backoff
from fetch.politeness import retry_after as parse_retry_after
from fetch.robots import ROBOTS_MAX_BYTES, RobotsRules, agent_token
from schemas import Attempt, Failure, Page
from schemas.errors import (
    BlockedAddress,
    FetchError,
    RobotsDisallowed,
    TransportError,
    VerdictsError,
)


@dataclass(frozen=True, kw_only=True, slots=True)
class FetchRequest:
    """One URL to fetch, with the validators of a stored copy for a conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Fetched:
    """The outcome of one request and every attempt it took (at least one; the last is final)."""

    outcome: Page | Failure
    attempts: tuple[Attempt, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class RawDocument:
    """A fetched non-article resource (feed, sitemap): undecoded bytes."""

    url: str
    final_url: str
    content_type: str | None
    body: bytes


@dataclass(slots=True)
class _Job:
    """One input URL: its attempts so far."""

    url: str
    log: list[Attempt] = field(default_factory=list)


def _done(task: asyncio.Task[Any]) -> bool:
    return task.done()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Engine:
    def __init__(self, config: FetchConfig, clients: list[httpx.AsyncClient]) -> None:
        self.config = config
        self.clients = clients
        # Per-host state is kept for the hosts of the last requests only: a parsed
        # robots.txt can weigh 100 KB, and a crawl may touch 100k sites. Twice the
        # in-flight window means a host with a request in flight is never forgotten.
        remembered = 2 * in_flight_window(config)
        self.polite = Politeness(
            concurrency=config.concurrency,
            per_host=config.per_host,
            delay=config.delay,
            max_hosts=remembered,
        )
        self.robots: LruCache[str, asyncio.Task[RobotsRules]] = LruCache(
            remembered, _done
        )  # by origin (RFC 9309)
        self.addresses: LruCache[str, asyncio.Task[tuple[str, str] | None]] = LruCache(
            remembered, _done
        )
        self.agent = agent_token(config.user_agent)

    # public coroutines

    async def fetch(self, request: FetchRequest) -> Fetched:
        job = _Job(url=request.url)
        try:
            page = await self._fetch_page(job, request)
            return Fetched(outcome=page, attempts=tuple(job.log))
        except VerdictsError as exc:
            failure = Failure.from_error(exc, input=request.url, stage="fetch")
        except Exception as exc:  # a bug must not end the batch
            failure = Failure(
                input=request.url, stage="fetch", reason="internal-error", detail=repr(exc)
            )
        if not job.log or job.log[-1].error != failure.reason:
            job.log.append(
                Attempt(
                    url=request.url,
                    requested_at=_now(),
                    http_status=failure.http_status,
                    error=failure.reason,
                    detail=failure.detail,
                )
            )
        return Fetched(outcome=failure, attempts=tuple(job.log))

    async def fetch_raw(self, url: str) -> RawDocument:
        job = _Job(url=url)
        resp = await self._follow(job, url, {"Accept": _ACCEPT_ANY}, raw=True)
        if resp.error is not None:
            raise resp.error
        ctype = resp.headers.get("content-type")
        return RawDocument(url=url, final_url=resp.url, content_type=ctype, body=resp.body)

    # one URL

    async def _fetch_page(self, job: _Job, request: FetchRequest) -> Page:
        headers = {"Accept": _ACCEPT_HTML}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        resp = await self._follow(job, request.url, headers, raw=False)
        if resp.error is not None:
            raise resp.error
        return Page(
            url=request.url,
            final_url=resp.url,
            source="http",
            html=resp.text,
            http_status=resp.status,
            content_type=resp.headers.get("content-type"),
            encoding=resp.encoding,
            etag=resp.headers.get("etag") or request.etag,
            last_modified=resp.headers.get("last-modified") or request.last_modified,
            fetched_at=_now(),
            elapsed_ms=resp.elapsed_ms,
            nbytes=resp.nbytes,
        )

    async def _follow(
        self, job: _Job, url: str, headers: dict[str, str], *, raw: bool
    ) -> _Response:
        """GET ``url`` following redirects by hand; every hop is checked like the first."""
        seen = {url}
        for _ in range(self.config.max_redirects + 1):
            await self._admit(url)
            resp = await self._with_retries(job, url, headers, raw=raw)
            if resp.location is None:
                return resp
            target = urljoin(url, resp.location.strip())
            target = target.split("#", 1)[0]
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise FetchError(f"redirect to {target!r}", reason="unsupported-scheme")
            if target in seen:
                raise FetchError(f"redirect loop back to {target}", reason="redirect-loop")
            seen.add(target)
            url = target
        raise FetchError(
            f"more than {self.config.max_redirects} redirects (last {url})",
            reason="too-many-redirects",
        )

    async def _admit(self, url: str) -> None:
        """Refuse a URL before any request: bad scheme, blocked address, robots.txt."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(f"unsupported scheme in {url!r}", reason="unsupported-scheme")
        if not parts.hostname:
            raise FetchError(f"no host in {url!r}", reason="invalid-url")
        await self._check_address(parts.hostname)
        if self.config.respect_robots:
            rules = await self._robots(parts.scheme.lower(), parts.netloc.lower())
            if not rules.allows(url, self.agent):
                note = f" ({rules.note})" if rules.note else ""
                raise RobotsDisallowed(f"robots.txt disallows {url}{note}")

    async def _with_retries(
        self, job: _Job, url: str, headers: dict[str, str], *, raw: bool
    ) -> _Response:
        tries = self.config.retries
        for attempt in range(1, tries + 1):
            retry_after: float | None = None
            try:
                resp = await self._attempt(job, url, headers, raw=raw)
            except FetchError as exc:
                if exc.reason not in _RETRYABLE or attempt == tries:
                    raise
            else:
                if resp.error is None or not _retryable_status(resp.status) or attempt == tries:
                    return resp
                retry_after = parse_retry_after(resp.headers.get("retry-after"))
            wait = backoff(
                attempt,
                base=self.config.backoff_base,
                cap=self.config.retry_after_cap,
                retry_after=retry_after,
            )
            if retry_after is not None:  # the whole host was asked to slow down
                self.polite.pause_host(url, wait)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(
        self, job: _Job, url: str, headers: dict[str, str], *, raw: bool
    ) -> _Response:
        """One HTTP request inside the host's and the global limits; logged as one Attempt."""
        started_at = _now()
        t0 = time.perf_counter()
        state: dict[str, int] = {"status": 0, "nbytes": 0}
        try:
            async with self.polite.turn(url) as slot:
                client = pick_client(self.clients, url, slot)
                t0 = time.perf_counter()
                started_at = _now()
                resp = await self._request(client, url, headers, raw=raw, state=state)
        except FetchError as exc:
            job.log.append(
                Attempt(
                    url=job.url,
                    requested_at=started_at,
                    http_status=state["status"] or None,
                    error=exc.reason,
                    detail=str(exc),
                    nbytes=state["nbytes"],
                    elapsed_ms=(time.perf_counter() - t0) * 1000,
                    final_url=url,
                )
            )
            raise
        resp.elapsed_ms = (time.perf_counter() - t0) * 1000
        job.log.append(
            Attempt(
                url=job.url,
                requested_at=started_at,
                http_status=resp.status,
                error=resp.error.reason if resp.error else None,
                detail=str(resp.error) if resp.error else "",
                nbytes=resp.nbytes,
                elapsed_ms=resp.elapsed_ms,
                final_url=url,
            )
        )
        return resp

    async def _request(
        self,
        client: httpx.AsyncClient,
        url: str,
        headers: dict[str, str],
        *,
        raw: bool,
        state: dict[str, int],
    ) -> _Response:
        try:
            async with asyncio.timeout(self.config.total_timeout):
                try:
                    return await self._exchange(client, url, headers, raw=raw, state=state)
                except _STALE_ERRORS:
                    if state["status"]:
                        raise
                    # The server closed a kept-alive connection just as we reused it;
                    # browsers resend at once on a fresh one, and so do we (not a retry).
                    return await self._exchange(client, url, headers, raw=raw, state=state)
        except TimeoutError as exc:
            raise TransportError(
                f"no complete answer within {self.config.total_timeout:g} s", reason="timeout"
            ) from exc
        except httpx.HTTPError as exc:
            raise _classify(exc, in_body=state["status"] != 0) from exc
        except _BlockedPeer as exc:
            raise BlockedAddress(str(exc)) from exc

    async def _exchange(
        self,
        client: httpx.AsyncClient,
        url: str,
        headers: dict[str, str],
        *,
        raw: bool,
        state: dict[str, int],
    ) -> _Response:
        request = client.build_request("GET", url, headers=headers)
        response = await client.send(request, stream=True)
        try:
            state["status"] = response.status_code
            conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
            return await read_response(
                url,
                response,
                raw=raw,
                state=state,
                conditional=conditional,
                max_bytes=self.config.max_bytes,
            )
        finally:
            await response.aclose()

    # politeness

    async def _check_address(self, hostname: str) -> None:
        if self.config.allow_private:
            return
        task = self.addresses.get(hostname)
        if task is None:
            task = asyncio.ensure_future(resolve_and_check(hostname, self.config.connect_timeout))
            self.addresses.put(hostname, task)
        problem = await asyncio.shield(task)
        if problem is not None:
            reason, message = problem
            if reason == "blocked-address":
                raise BlockedAddress(message)
            raise TransportError(message, reason=reason)

    async def _robots(self, scheme: str, netloc: str) -> RobotsRules:
        origin = f"{scheme}://{netloc}"
        task = self.robots.get(origin)
        if task is None:
            task = asyncio.ensure_future(self._load_robots(scheme, netloc))
            self.robots.put(origin, task)
        rules = await asyncio.shield(task)
        crawl_delay = rules.crawl_delay(self.agent)
        if crawl_delay is not None:
            self.polite.raise_delay(origin, crawl_delay)
        return rules

    async def _load_robots(self, scheme: str, netloc: str) -> RobotsRules:
        url = f"{scheme}://{netloc}/robots.txt"
        job = _Job(url=url)
        for _ in range(5):
            try:
                await self._check_address(urlsplit(url).hostname or "")
                resp = await self._attempt(job, url, {"Accept": "text/plain,*/*"}, raw=True)
            except FetchError as exc:
                return RobotsRules.everything(f"robots.txt not fetched: {exc.reason}")
            if resp.location is not None:
                url = urljoin(url, resp.location)
                continue
            if resp.status >= 500:
                return RobotsRules.nothing(f"robots.txt answered HTTP {resp.status}")
            if resp.status >= 400:
                return RobotsRules.everything("no robots.txt")
            text = resp.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
            return RobotsRules.from_text(text)
        return RobotsRules.everything("robots.txt redirects too often")
