"""Progress: a plain line every few seconds when not on a terminal, a bar on one, a summary."""

from __future__ import annotations

import io
import time

from verdicts.progress import Progress, summary


def test_plain_lines_are_throttled() -> None:
    stream = io.StringIO()
    progress = Progress(enabled_bar=False, stream=stream, interval=0.2)
    for _ in range(50):
        progress.update("fetched")
    assert stream.getvalue() == ""  # nothing before the interval has passed
    time.sleep(0.25)
    progress.update("failed")
    progress.update("skipped")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("progress: 51 done (fetched 50, unchanged 0, failed 1, skipped 0)")
    assert "/s" in lines[0]


def test_bar_shows_counts_and_rate() -> None:
    stream = io.StringIO()
    progress = Progress(enabled_bar=True, stream=stream)
    for status in ("fetched", "fetched", "failed", "skipped", "unchanged"):
        progress.update(status)
    progress.close()
    out = stream.getvalue()
    assert "fetched 2" in out and "failed 1" in out and "skipped 1" in out and "/s" in out


def test_summary_ranks_failure_reasons() -> None:
    text = summary({"fetched": 10, "unchanged": 2, "failed": 5},
                   {"timeout": 1, "http-404": 3, "robots": 1})
    first, second = text.splitlines()
    assert first == "summary: fetched 10, unchanged 2, failed 5"
    assert second == "failed by reason: http-404 3, robots 1, timeout 1"
    assert summary({}, {}) == "summary: nothing to do"
