"""Politeness: a global and a per-host limit, a per-host delay, and retry timing.

Hosts are keyed by host name (all its ports and schemes are one machine to be polite
to). A request takes a host slot, waits out the host's delay, then takes a global slot,
so a host that must wait never holds a global slot while sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import random
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlsplit

K = TypeVar("K")
V = TypeVar("V")

MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is taken as this


class LruCache(Generic[K, V]):
    """A dict that forgets its least recently used entries past ``size`` — only entries
    ``evictable(value)`` says may go (so state in use is never dropped)."""

    def __init__(self, size: int, evictable: Callable[[V], bool] = lambda v: True) -> None:
        self.size = size
        self._evictable = evictable
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.size:
            for old in list(self._data)[: len(self._data) - self.size + 16]:
                if old != key and self._evictable(self._data[old]):
                    del self._data[old]
                if len(self._data) <= self.size:
                    break

    def __len__(self) -> int:
        return len(self._data)


@dataclass(slots=True)
class _Host:
    slots: asyncio.Semaphore
    free: list[int]  # slot numbers not in use, highest first (the lowest is reused first)
    delay: float
    next_start: float = 0.0
    users: int = 0  # requests holding or waiting for a slot


class Politeness:
    """The limits of one run; must be used inside one event loop."""

    def __init__(
        self, *, concurrency: int, per_host: int, delay: float, max_hosts: int = 4096
    ) -> None:
        self._global = asyncio.Semaphore(concurrency)
        self._per_host = per_host
        self._delay = delay
        # Idle hosts are forgotten past max_hosts, so a crawl over 100k sites stays small.
        self._hosts: LruCache[str, _Host] = LruCache(max_hosts, self._idle)

    def _idle(self, host: _Host) -> bool:
        return host.users == 0 and host.next_start <= _loop_time()

    def __len__(self) -> int:
        return len(self._hosts)

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        host = self._hosts.get(key)
        if host is None:
            free = list(range(self._per_host - 1, -1, -1))
            host = _Host(slots=asyncio.Semaphore(self._per_host), free=free, delay=self._delay)
            self._hosts.put(key, host)
        return host

    @contextlib.asynccontextmanager
    async def turn(self, url: str) -> AsyncIterator[int]:
        """Wait for a slot of the URL's host, its delay, then a global slot.

        Yields the host slot number (0 … per_host-1): the lowest free one, so a host
        with little concurrency keeps using the same slots (and connections).
        """
        host = self._host(url)
        host.users += 1
        try:
            async with host.slots:
                slot = host.free.pop()
                try:
                    if host.delay > 0:
                        now = _loop_time()
                        start = max(now, host.next_start)
                        host.next_start = start + host.delay
                        if start > now:
                            await asyncio.sleep(start - now)
                    async with self._global:
                        yield slot
                finally:
                    host.free.append(slot)
                    host.free.sort(reverse=True)
        finally:
            host.users -= 1

    def raise_delay(self, url: str, seconds: float) -> None:
        """Make the host's delay at least ``seconds`` (capped), e.g. from Crawl-delay."""
        host = self._host(url)
        host.delay = max(host.delay, min(seconds, MAX_CRAWL_DELAY))

    def pause_host(self, url: str, seconds: float) -> None:
        """No new request to the host for ``seconds`` (it answered 429/503 Retry-After)."""
        host = self._host(url)
        host.next_start = max(host.next_start, asyncio.get_running_loop().time() + seconds)


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


def host_key(url: str) -> str:
    """The politeness key of a URL: its lower-case host name."""
    return (urlsplit(url).hostname or "").lower()


def backoff(attempt: int, *, base: float, cap: float, retry_after: float | None) -> float:
    """Seconds to wait before try ``attempt + 1``: Retry-After when given, else exponential
    backoff with jitter (``base * 2**(attempt-1)``, times 0.5–1.5); at most ``cap``."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), cap)
    return min(base * (2 ** (attempt - 1)) * (0.5 + random.random()), cap)


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
