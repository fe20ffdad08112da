"""Retry timing and Retry-After parsing."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils

import pytest

from fetch.politeness import LruCache, Politeness, backoff, host_key, retry_after


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after("120") == 120.0
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90)
    seconds = retry_after(email.utils.format_datetime(later, usegmt=True))
    assert seconds is not None and 80 <= seconds <= 91
    past = email.utils.format_datetime(dt.datetime(2001, 1, 1, tzinfo=dt.UTC), usegmt=True)
    assert retry_after(past) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None and retry_after("") is None


@pytest.mark.parametrize("attempt", [1, 2, 3, 4])
def test_backoff_grows_with_jitter_and_is_capped(attempt: int) -> None:
    waits = [backoff(attempt, base=0.5, cap=3.0, retry_after=None) for _ in range(200)]
    nominal = 0.5 * 2 ** (attempt - 1)
    assert all(min(nominal * 0.5, 3.0) <= w <= min(nominal * 1.5, 3.0) for w in waits)
    if nominal * 1.5 <= 3.0:
        assert len(set(waits)) > 100  # jittered, not a fixed schedule


def test_retry_after_wins_but_is_capped() -> None:
    assert backoff(1, base=0.5, cap=60.0, retry_after=7.0) == 7.0
    assert backoff(1, base=0.5, cap=60.0, retry_after=3600.0) == 60.0


def test_host_key_ignores_scheme_port_and_case() -> None:
    assert host_key("https://News.Example.org:8443/a") == host_key("http://news.example.org/b")


def test_lru_cache_forgets_the_oldest_evictable_entries() -> None:
    cache: LruCache[str, int] = LruCache(3, evictable=lambda v: v >= 0)
    for key, value in (("a", -1), ("b", 2), ("c", 3)):
        cache.put(key, value)
    assert cache.get("c") == 3  # used: now the most recent
    cache.put("d", 4)
    assert len(cache) == 3
    assert cache.get("a") == -1  # oldest, but in use: never evicted
    assert cache.get("b") is None  # the oldest evictable one went
    assert cache.get("c") == 3 and cache.get("d") == 4


async def _use(polite: Politeness, url: str) -> None:
    async with polite.turn(url):
        pass


def test_idle_hosts_are_forgotten_but_a_busy_one_is_not() -> None:
    """Were the busy host forgotten, a second request to it would get a fresh slot at
    once instead of waiting for the first to finish (per_host=1)."""

    async def scenario() -> tuple[int, bool]:
        polite = Politeness(concurrency=8, per_host=1, delay=0.0, max_hosts=2)
        async with polite.turn("http://busy.example/a"):
            for i in range(10):
                await _use(polite, f"http://site{i}.example/")
            remembered = len(polite)
            second = asyncio.ensure_future(_use(polite, "http://busy.example/b"))
            await asyncio.sleep(0.05)
            waited = not second.done()
        await second
        return remembered, waited

    remembered, waited = asyncio.run(scenario())
    assert remembered <= 3 and waited
