"""Progress of a batch run: a live bar on a terminal, a plain line every few seconds
otherwise (logs, CI), and a summary at the end."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

STATUSES = ("fetched", "unchanged", "failed", "skipped")


class Progress:
    """Counts outcomes as a batch goes (``update``) and shows them; ``close`` when done.

    ``enabled_bar`` (a terminal) shows a rich live bar with done/failed/skipped counts
    and the rate; otherwise a line is written to ``stream`` every ``interval`` seconds,
    unless ``quiet``. With a ``total`` both say how many remain and an estimated time left.
    ``labels`` renames statuses for display (``extract`` says "extracted", not "fetched").
    """

    def __init__(
        self,
        *,
        enabled_bar: bool,
        stream: TextIO,
        interval: float = 5.0,
        total: int | None = None,
        quiet: bool = False,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.enabled_bar = enabled_bar and not quiet
        self.quiet = quiet
        self.total = total
        self.labels = dict(labels or {})
        self.stream = stream
        self.interval = interval
        self.counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self._started = time.monotonic()
        self._last_line = self._started
        self._bar: RichProgress | None = None
        if self.enabled_bar:
            self._bar = RichProgress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[counts]}"),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[eta]}"),
                console=Console(file=stream),
                transient=False,
                refresh_per_second=4,
            )
            verb = self.labels.get("fetched", "fetched")
            self._task = self._bar.add_task(
                "extracting" if verb == "extracted" else "fetching",
                total=total,
                counts="",
                rate="",
                eta="",
            )
            self._bar.start()

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def update(self, status: str) -> None:
        """Count one input as ``fetched``, ``unchanged``, ``failed`` or ``skipped``."""
        self.counts[status] = self.counts.get(status, 0) + 1
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(
                self._task,
                advance=1,
                counts=self._counts_text(),
                rate=self._rate_text(now),
                eta=self._eta_text(now),
            )
        elif not self.quiet and now - self._last_line >= self.interval:
            self._last_line = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        """The plain progress line: done (of total), counts, rate, elapsed and time left."""
        now = time.monotonic() if now is None else now
        elapsed = now - self._started
        of = f" of {self.total}" if self.total else ""
        eta = self._eta_text(now)
        return (
            f"progress: {self.done}{of} done ({self._counts_text()}), "
            f"{self._rate_text(now)}, {_duration(elapsed)} elapsed" + (f", {eta}" if eta else "")
        )

    def _eta_text(self, now: float) -> str:
        """Estimated time left at the mean rate so far ('' without a total or a rate)."""
        if not self.total or not self.done:
            return ""
        left = max(self.total - self.done, 0)
        rate = self.done / max(now - self._started, 1e-6)
        return f"about {_duration(left / rate)} left (estimate at the rate so far)"

    def close(self) -> None:
        """Stop the live bar (the last state stays on screen)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _counts_text(self) -> str:
        return ", ".join(
            f"{self.labels.get(k, k)} {v}" for k, v in self.counts.items() if v or k in STATUSES
        )

    def _rate_text(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-6)
        return f"{self.done / elapsed:.1f}/s"


def summary(counts: Mapping[str, int], failures_by_reason: Mapping[str, int]) -> str:
    """The end-of-run summary: counts on one line, then failures by reason (most first)."""
    from verdicts.safe_text import terminal_line

    parts = [f"{k} {v}" for k, v in counts.items()]
    lines = ["summary: " + (", ".join(parts) if parts else "nothing to do")]
    if failures_by_reason:
        ranked = sorted(failures_by_reason.items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append("failed by reason: "
                     + ", ".join(f"{terminal_line(k)} {v}" for k, v in ranked))
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"
