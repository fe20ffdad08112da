"""Which failures a re-run retries: transient ones yes, final ones no."""

from __future__ import annotations

import pytest

from verdicts.crawl import is_final


@pytest.mark.parametrize(
    "reason", ["robots", "blocked-address", "http-404", "http-410", "unsupported-scheme",
               "redirect-loop", "too-large", "not-html"],
)
def test_final_failures_are_not_retried(reason: str) -> None:
    assert is_final(reason)


@pytest.mark.parametrize(
    "reason", ["http-500", "http-503", "http-429", "http-408", "timeout", "dns",
               "connection-refused", "truncated"],
)
def test_transient_failures_are_retried(reason: str) -> None:
    assert not is_final(reason)
