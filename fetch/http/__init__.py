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

The package is split by concern: :mod:`~fetch.http.pool` (clients and connection pools),
:mod:`~fetch.http.policy` (retries, redirects, error slugs), :mod:`~fetch.http.decoding`
(reading and decoding a response) and :mod:`~fetch.http.engine` (one URL, end to end).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Generator, Iterable, Sequence

from fetch.config import FetchConfig
from fetch.http.decoding import HTML_TYPES
from fetch.http.engine import Fetched, FetchRequest, RawDocument, _Engine
from fetch.http.policy import in_flight_window
from fetch.http.pool import _BlockedPeer, _guarded_transport, _make_clients
from fetch.loop import LoopThread

__all__ = [
    "HTML_TYPES",
    "FetchRequest",
    "FetchSession",
    "Fetched",
    "RawDocument",
    "RawSession",
    "_BlockedPeer",
    "_Engine",
    "_guarded_transport",
    "fetch_all",
    "fetch_raw",
    "in_flight_window",
]


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


class FetchSession:
    """A long-lived fetcher (one per Dask worker): every batch shares its politeness state,
    robots.txt rules and connections. Thread-safe: batches may come from several threads."""

    def __init__(self, config: FetchConfig) -> None:
        self._runner: LoopThread[_Engine, Fetched] = _runner(config)

    def fetch_many(self, requests: Sequence[FetchRequest]) -> list[Fetched]:
        """Fetch ``requests`` concurrently (within the limits); results in request order."""

        async def run(engine: _Engine) -> list[Fetched]:
            return list(await asyncio.gather(*(engine.fetch(r) for r in requests)))

        return self._runner.call(run)

    def close(self) -> None:
        self._runner.close()


def _runner(config: FetchConfig) -> LoopThread[_Engine, Fetched]:
    return LoopThread(lambda: _open_engine(config), _Engine.fetch, name="verdicts-fetch")


@contextlib.asynccontextmanager
async def _open_engine(config: FetchConfig) -> AsyncIterator[_Engine]:
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(c) for c in _make_clients(config)]
        yield _Engine(config, clients)
