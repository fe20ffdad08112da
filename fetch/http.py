"""HTTP fetching — the only module that imports httpx.

:func:`fetch_all` is a plain generator for the batch layer: it pulls requests lazily (in
the caller's thread, so a request source may use SQLite), hands them to an asyncio loop
in a worker thread (:mod:`fetch.loop`) and yields one :class:`Fetched` per request as
each completes. At most :func:`in_flight_window` requests are in flight, so memory stays
flat for any number of URLs.

:class:`_Engine` does one URL: the limits and delays of :mod:`fetch.politeness`,
robots.txt once per origin (raising the host delay to its Crawl-delay), a DNS check of
every hop against private addresses (:mod:`fetch.addresses`) plus a check of the address
each connection reached, redirects followed by hand (every hop checked and logged),
retries with backoff and jitter honouring Retry-After, a streamed size cap, and decoding
by header charset, ``<meta charset>``, then detection (:mod:`fetch.decode`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import http.cookiejar
import importlib.util
import socket
import ssl
import sys
import time
import zlib
from collections.abc import AsyncIterator, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from fetch.addresses import blocked_reason, resolve_and_check
from fetch.config import FetchConfig
from fetch.decode import decode_html
from fetch.loop import LoopThread
from fetch.politeness import LruCache, Politeness, backoff, host_key
from fetch.politeness import retry_after as parse_retry_after
from fetch.robots import ROBOTS_MAX_BYTES, RobotsRules, agent_token
from schemas import Attempt, Failure, Page
from schemas.errors import (
    BlockedAddress,
    ContentError,
    FetchError,
    HTTPStatusError,
    RobotsDisallowed,
    TransportError,
    VerdictsError,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_ACCEPT_ANY = "application/xml,text/xml,application/rss+xml,application/atom+xml,*/*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset(
    {"timeout", "connection-refused", "connect-error", "read-error", "truncated", "protocol-error"}
)
_STALE_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
# httpcore's pool scans its connections (polling each idle socket) for every queued
# request whenever a request starts or a response closes, so the CPU a request costs
# grows with the pool: at concurrency 128 the client spent most of its time there.
# Requests are spread over pools ("shards") of at most this many concurrent connections;
# a host's requests stay in one shard while its concurrency allows, so keep-alive
# connections are still reused.
_SHARD_SIZE = 4

# httpcore asks for ``sniffio`` on every lock it sets up; when it is not installed each
# failed import rescans sys.path (~15 a request, a third of the client's CPU). Recording
# the absence once makes the same ImportError immediate.
if importlib.util.find_spec("sniffio") is None:
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]


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


def fetch_all(
    requests: Iterable[FetchRequest], config: FetchConfig
) -> Generator[Fetched, None, None]:
    """Fetch every request politely; yield one :class:`Fetched` each, in completion order.

    Never raises for a URL: every failure is a ``Failure`` outcome with a reason slug.
    Closing the generator (or Ctrl-C) cancels what is in flight.
    """
    window = in_flight_window(config)
    runner: LoopThread[_Engine, Fetched] = _runner(config)
    try:
        source = iter(requests)
        pending = 0
        exhausted = False
        while True:
            while not exhausted and pending < window:
                try:
                    request = next(source)
                except StopIteration:
                    exhausted = True
                    break
                runner.submit(request)
                pending += 1
            if pending == 0:
                return
            item = runner.get()
            pending -= 1
            yield item
    finally:
        runner.close()


def in_flight_window(config: FetchConfig) -> int:
    """How many requests :func:`fetch_all` takes ahead of the results it has yielded.

    Large enough that a list sorted by site still keeps many hosts busy while one host
    waits out its delay; small enough (a few KB each) that memory stays flat.
    """
    return max(512, config.concurrency * 32)


def fetch_raw(url: str, config: FetchConfig) -> RawDocument:
    """Fetch one resource of any content type (robots, redirects, retries and limits apply).

    Raises the :class:`FetchError` of the final attempt.
    """
    with RawSession(config) as session:
        return session.get(url)


class RawSession:
    """Several :func:`fetch_raw` calls sharing robots.txt rules, host delays and connections
    (e.g. the sitemaps of one index). Use as a context manager."""

    def __init__(self, config: FetchConfig) -> None:
        self._runner: LoopThread[_Engine, Fetched] = _runner(config)

    def get(self, url: str) -> RawDocument:
        """Fetch ``url``; raises the :class:`FetchError` of the final attempt."""
        return self._runner.call(lambda engine: engine.fetch_raw(url))

    def close(self) -> None:
        self._runner.close()

    def __enter__(self) -> RawSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- clients ---------------------------------------------------------------------------


def _runner(config: FetchConfig) -> LoopThread[_Engine, Fetched]:
    return LoopThread(lambda: _open_engine(config), _Engine.fetch, name="verdicts-fetch")


@contextlib.asynccontextmanager
async def _open_engine(config: FetchConfig) -> AsyncIterator[_Engine]:
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(c) for c in _make_clients(config)]
        yield _Engine(config, clients)


def _shard_count(config: FetchConfig) -> int:
    return max(1, -(-config.concurrency // _SHARD_SIZE))


def _make_clients(config: FetchConfig) -> list[httpx.AsyncClient]:
    """Several small connection pools instead of one big one (see ``_SHARD_SIZE``)."""
    timeout = httpx.Timeout(
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=config.read_timeout,
        pool=config.total_timeout,
    )
    # Our semaphores bound concurrency, so a request never waits inside a pool.
    limits = httpx.Limits(
        max_connections=config.concurrency + 8,
        max_keepalive_connections=2 * _SHARD_SIZE,
        keepalive_expiry=30.0,
    )
    tls = httpx.create_ssl_context()  # one context (certificate store) for all shards
    # No cookie persistence: a crawl over thousands of sites would grow an unbounded jar.
    policy = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
    return [
        httpx.AsyncClient(
            headers={"User-Agent": config.agent, "Accept-Language": "en;q=1.0, *;q=0.5"},
            timeout=timeout,
            limits=limits,
            follow_redirects=False,
            cookies=http.cookiejar.CookieJar(policy=policy),
            verify=tls,
            transport=None if config.allow_private else _guarded_transport(tls, limits),
        )
        for _ in range(_shard_count(config))
    ]


class _BlockedPeer(Exception):
    """Raised by :class:`_GuardedBackend` (outside httpx's exception mapping)."""


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Checks the address every TCP connection actually reached.

    The DNS check in :meth:`_Engine._admit` gives a clean early refusal; this one closes
    the gap after it (a name that resolves differently the second time, DNS rebinding).
    """

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        peer = stream.get_extra_info("server_addr")
        address = str(peer[0]) if peer else ""
        why = blocked_reason(address) if address else "unknown peer address"
        if why is not None:
            await stream.aclose()
            raise _BlockedPeer(f"{host} connected to {address or '?'} ({why})")
        return stream

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise _BlockedPeer("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _guarded_transport(tls: ssl.SSLContext, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport(verify=tls, limits=limits)
    # httpx (pinned <0.29) takes no network backend; its pool is rebuilt with ours.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=tls,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_GuardedBackend(),
    )
    return transport


# --- the engine -----------------------------------------------------------------------


@dataclass(slots=True)
class _Response:
    status: int
    url: str
    headers: httpx.Headers
    body: bytes = b""
    text: str = ""
    encoding: str | None = None
    location: str | None = None
    nbytes: int = 0
    elapsed_ms: float = 0.0
    error: HTTPStatusError | None = None


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
                client = self._client(url, slot)
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
            return await self._read(url, response, raw=raw, state=state, conditional=conditional)
        finally:
            await response.aclose()

    async def _read(
        self,
        url: str,
        response: httpx.Response,
        *,
        raw: bool,
        state: dict[str, int],
        conditional: bool,
    ) -> _Response:
        status = response.status_code
        resp = _Response(status=status, url=url, headers=response.headers)
        if status in _REDIRECTS and response.headers.get("location"):
            resp.location = response.headers["location"]
            return resp
        if status == 304 and conditional:
            return resp  # not modified: the stored copy stands
        if status >= 300:
            resp.error = HTTPStatusError(
                f"HTTP {status} {response.reason_phrase}".strip(), status=status
            )
            return resp
        ctype = response.headers.get("content-type")
        if not raw and ctype and not _is_html_type(ctype):
            raise ContentError(f"not an HTML page: {ctype}", reason="not-html")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.config.max_bytes:
            raise ContentError(
                f"Content-Length {declared} over the {self.config.max_bytes}-byte cap",
                reason="too-large",
            )
        resp.body = await _read_capped(response, self.config.max_bytes, state)
        resp.nbytes = state["nbytes"]
        if raw:
            return resp
        if not resp.body.strip():
            raise ContentError("the response body is empty", reason="empty-response")
        if not ctype and not _sniff_html(resp.body):
            raise ContentError("no Content-Type and the body is not HTML", reason="not-html")
        resp.text, resp.encoding = decode_html(resp.body, ctype)
        resp.body = b""
        return resp

    # politeness

    def _client(self, url: str, slot: int) -> httpx.AsyncClient:
        """The connection pool of this host slot: a host's first slots share one pool."""
        base = zlib.crc32(host_key(url).encode())
        return self.clients[(base + slot // _SHARD_SIZE) % len(self.clients)]

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


# --- helpers --------------------------------------------------------------------------


async def _read_capped(response: httpx.Response, cap: int, state: dict[str, int]) -> bytes:
    """The decompressed body; abort past ``cap`` bytes (raw or decoded, against bombs)."""
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        total += len(chunk)
        state["nbytes"] = response.num_bytes_downloaded
        if total > cap or response.num_bytes_downloaded > cap:
            raise ContentError(
                f"body over the {cap}-byte cap, download aborted", reason="too-large"
            )
    state["nbytes"] = response.num_bytes_downloaded
    return b"".join(chunks)


def _is_html_type(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def _sniff_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<html" in head


def _retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


def _classify(exc: httpx.HTTPError, *, in_body: bool) -> FetchError:
    """An httpx exception as a FetchError with a specific reason slug."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return TransportError(f"timed out: {message}", reason="timeout")
    causes = _causes(exc)
    if isinstance(exc, httpx.ConnectError):
        if any(isinstance(c, ssl.SSLError) for c in causes) or "SSL" in message:
            return TransportError(f"TLS error: {message}", reason="tls")
        if any(isinstance(c, socket.gaierror) for c in causes):
            return TransportError(f"DNS failure: {message}", reason="dns")
        if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in message:
            return TransportError(f"connection refused: {message}", reason="connection-refused")
        return TransportError(message, reason="connect-error")
    if isinstance(exc, httpx.DecodingError):
        return ContentError(f"bad Content-Encoding: {message}", reason="decoding-error")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        if in_body:
            return TransportError(f"connection closed mid-body: {message}", reason="truncated")
        if any(isinstance(c, ssl.SSLError) for c in causes):
            return TransportError(f"TLS error: {message}", reason="tls")
        reason = "protocol-error" if isinstance(exc, httpx.RemoteProtocolError) else "read-error"
        return TransportError(message, reason=reason)
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError(message, reason="invalid-url")
    return TransportError(message, reason="transport")


def _causes(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(out) < 10:
        out.append(current)
        current = current.__cause__ or current.__context__
    return out
