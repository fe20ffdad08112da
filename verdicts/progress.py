"""Progress reporting for batch runs. (First cut; issue 5 adds the live bar.)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO


class Progress:
    """Counts outcomes as a batch goes; prints a summary at the end."""

    def __init__(self, *, enabled_bar: bool, stream: TextIO) -> None:
        self.enabled_bar = enabled_bar
        self.stream = stream
        self.counts: dict[str, int] = {}

    def update(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    def close(self) -> None:
        return None


def summary(counts: Mapping[str, int], failures_by_reason: Mapping[str, int]) -> str:
    """One line: the counts, then failures by reason."""
    parts = [f"{k} {v}" for k, v in counts.items()]
    if failures_by_reason:
        parts.append(
            "failed by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(failures_by_reason.items()))
        )
    return "; ".join(parts)
