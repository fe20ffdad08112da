"""Dask's debugging logs kept short: a task message holds the task's pages.

Dask keeps the last ``distributed.admin.low-level-log-length`` messages (1,000 by default) of
every connection for debugging, each one under 1 MB whole. A task's message carries its
inputs (64 pages), so the client's connection to the scheduler and the scheduler's to each
worker held the pages of the last 1,000 tasks: the driver, which hosts a ``--workers``
cluster's scheduler, grew by ~25 KB a document (x1.45 from 300 to 3,000 documents), and so
does a scheduler started elsewhere. The setting is read when a connection is made, so it is
set around the whole cluster's life on the driver, and a scheduler plugin shortens the logs
of a scheduler that runs in its own process.
"""

from __future__ import annotations

import collections
import contextlib
from collections.abc import Iterator
from typing import Any

from distributed.diagnostics.plugin import SchedulerPlugin


@contextlib.contextmanager
def bounded(length: int) -> Iterator[None]:
    """Connections made inside keep their last ``length`` messages."""
    import dask

    with dask.config.set({"distributed.admin.low-level-log-length": length}):
        yield


class BoundedLogs(SchedulerPlugin):
    """A scheduler plugin: each of the scheduler's connections, to workers and to clients,
    keeps its last ``length`` messages."""

    name = "verdicts-bounded-logs"

    def __init__(self, length: int) -> None:
        self.length = length

    async def start(self, scheduler: Any) -> None:
        self.bound(scheduler)

    def add_worker(self, scheduler: Any, worker: str) -> None:
        self.bound(scheduler)

    def add_client(self, scheduler: Any, client: str) -> None:
        self.bound(scheduler)

    def bound(self, scheduler: Any) -> None:
        """Shorten every connection's log that is longer (its newest messages kept)."""
        for stream in (*scheduler.stream_comms.values(), *scheduler.client_comms.values()):
            log = getattr(stream, "recent_message_log", None)
            if isinstance(log, collections.deque) and log.maxlen != self.length:
                stream.recent_message_log = collections.deque(log, maxlen=self.length)
