"""Retry timing and Retry-After parsing."""

from __future__ import annotations

import datetime as dt
import email.utils

import pytest

from fetch.politeness import backoff, host_key, retry_after


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
