"""An asyncio loop in a daemon thread, driven from synchronous code.

The batch layer is synchronous (SQLite, spaCy); the fetcher is asynchronous. A
:class:`LoopThread` owns one event loop and one "engine" (an object made inside the
loop by an async context manager); the caller submits jobs and collects their results
through a thread-safe queue, or calls one coroutine and waits for it.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from typing import Any, Generic, TypeVar

E = TypeVar("E")
R = TypeVar("R")
T = TypeVar("T")


class LoopThread(Generic[E, R]):
    """Runs ``job(engine, item)`` for each submitted item; results come back via :meth:`get`.

    ``job`` must not raise (it turns failures into results); closing cancels what is
    still running and leaves the engine's context.
    """

    def __init__(
        self,
        open_engine: Callable[[], AbstractAsyncContextManager[E]],
        job: Callable[[E, Any], Awaitable[R]],
        *,
        name: str = "verdicts-loop",
    ) -> None:
        self._open_engine = open_engine
        self._job = job
        self._results: queue.SimpleQueue[R] = queue.SimpleQueue()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._stop: asyncio.Event | None = None
        self._engine: E | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to the caller's thread
            self._error = exc
        finally:
            self._ready.set()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        async with self._open_engine() as engine:
            self._engine = engine
            self._ready.set()
            await self._stop.wait()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def submit(self, item: object) -> None:
        """Start ``job(engine, item)`` in the loop; its result will come out of :meth:`get`."""
        self._loop.call_soon_threadsafe(self._spawn, item)

    def _spawn(self, item: object) -> None:
        task = self._loop.create_task(self._one(item))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _one(self, item: object) -> None:
        assert self._engine is not None
        self._results.put(await self._job(self._engine, item))

    def get(self) -> R:
        """The next finished result (blocks; Ctrl-C interrupts it)."""
        while True:
            try:
                return self._results.get(timeout=0.5)
            except queue.Empty:
                if not self._thread.is_alive():
                    raise RuntimeError("the event loop thread stopped") from self._error

    def call(self, fn: Callable[[E], Coroutine[Any, Any, T]]) -> T:
        """Run ``fn(engine)`` in the loop and wait for its result (or exception)."""
        assert self._engine is not None
        return asyncio.run_coroutine_threadsafe(fn(self._engine), self._loop).result()

    def close(self) -> None:
        """Cancel what is running, leave the engine's context, stop the thread."""
        if self._thread.is_alive() and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout=30)
        if not self._thread.is_alive():
            self._loop.close()
