"""Per-document budgets with a hard stop: stripping and extraction in a forked worker process.

The work is bounded by construction (``extract/bounds.py``); this module is the backstop for
what slips through. A worker forked after the spaCy model is loaded (so it shares the model's
memory copy-on-write) runs one call at a time; the parent watches its CPU time, wall time and
resident memory and kills it past the budget. The document then becomes a failure row with
reason ``budget`` and a fresh worker takes the next call: the batch goes on.

An extraction batch runs as one call under the budget of one document; when it overruns, each
of its documents is tried alone with its own budget, so only the document that needs more than
the budget by itself fails.

A worker also ends after a call that leaves it holding more than ``recycle_mb`` of memory of its
own (not shared with its parent), and the next call forks a fresh one: a long run's memory stays
flat whatever a large document left in the allocator (freed but not given back) and however far
spaCy's vocabulary (a lexeme per new word) has grown. Every worker starts from the same loaded
state, so the records do not depend on when it was replaced.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from schemas.errors import ExtractError
from verdicts.budget_flags import Budgets

if TYPE_CHECKING:
    # Imported where used: the CLI parser reads this module's flags, and `verdicts body`
    # must not pay for pydantic.
    from schemas import Article, Page

_POLL = 0.05  # seconds between looks at the worker while it works
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class BudgetExceeded(ExtractError):
    """A document needed more time or memory than its budget; the worker was stopped."""

    reason = "budget"


@dataclass(slots=True)
class StageTimes:
    """The slowest call per stage (CPU seconds of the worker), for reports and the fuzz run."""

    slowest: dict[str, tuple[float, str]] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    kills: int = 0
    recycled: int = 0  # workers replaced for the memory they held after a call

    def note(self, stage: str, seconds: float, what: str) -> None:
        if seconds > self.slowest.get(stage, (-1.0, ""))[0]:
            self.slowest[stage] = (seconds, what)


Task = Callable[[Any], Any]


class Worker:
    """One forked process that runs ``tasks[name](payload)`` calls under a budget.

    ``tasks`` are closures of the parent (the loaded extractor), inherited by ``fork``; only
    the payloads and results cross the pipe. Ctrl-C reaches the parent alone (the worker
    ignores SIGINT): the parent's wait is interruptible and :meth:`close` kills the worker.
    """

    def __init__(
        self,
        tasks: dict[str, Task],
        budgets: Budgets,
        *,
        on_start: Callable[[], object] | None = None,
    ) -> None:
        self.tasks = tasks
        self.budgets = budgets
        self.on_start = on_start  # run in each new worker before its first call
        self.times = StageTimes()
        self._proc: Any = None
        self._conn: Connection | None = None

    # -- life cycle ----------------------------------------------------------------------------
    def _start(self) -> None:
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.tasks, self.on_start), daemon=True)
        # The worker's garbage collector must not walk the loaded model: each object it visits
        # is written to (its gc header), which copies the page, and a worker would in time hold
        # a private copy of the parent's whole heap. Frozen objects are never visited; the
        # parent thaws its own at once (the worker keeps them frozen).
        gc.freeze()
        try:
            proc.start()
        finally:
            gc.unfreeze()
        child.close()
        self._proc, self._conn = proc, parent

    def _stop(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.join(5)

    def close(self) -> None:
        """Stop the worker (idempotent)."""
        self._stop()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- calls ---------------------------------------------------------------------------------
    def call(self, name: str, payload: Any, *, seconds: float, what: str) -> Any:
        """``tasks[name](payload)`` in the worker; :class:`BudgetExceeded` past the budget.

        An exception raised by the task is raised here again (pickled across the pipe)."""
        if self._proc is None or not self._proc.is_alive():
            self._stop()
            self._start()
        assert self._conn is not None and self._proc is not None
        self._conn.send_bytes(pickle.dumps((name, payload), protocol=pickle.HIGHEST_PROTOCOL))
        pid = self._proc.pid
        start_cpu = _cpu_seconds(pid)
        started = time.monotonic()
        wall = seconds * self.budgets.wall_factor + 5.0
        limit_bytes = self.budgets.memory_mb * 1024 * 1024
        while not self._conn.poll(_POLL):
            used = _cpu_seconds(pid) - start_cpu
            rss = _rss_bytes(pid)
            self.times.peak_rss_mb = max(self.times.peak_rss_mb, rss / 2**20)
            over = None
            if used > seconds:
                over = f"more than {seconds:g} s of CPU"
            elif time.monotonic() - started > wall:
                over = f"more than {wall:g} s of wall time"
            elif rss > limit_bytes:
                over = f"more than {self.budgets.memory_mb} MB of memory"
            elif not self._proc.is_alive():
                over = f"the worker died (exit {self._proc.exitcode})"
            if over is not None:
                self.times.kills += 1
                self._stop()
                raise BudgetExceeded(f"{name}: {what} needed {over}; stopped")
        try:
            ok, result = pickle.loads(self._conn.recv_bytes())
        except (EOFError, OSError) as exc:  # died between the poll and the read
            self._stop()
            raise BudgetExceeded(f"{name}: {what}: the worker died ({exc})") from None
        self.times.note(name, _cpu_seconds(pid) - start_cpu, what)
        self.times.peak_rss_mb = max(self.times.peak_rss_mb, _rss_bytes(pid) / 2**20)
        if _own_bytes(pid) > self.budgets.recycle_mb * 2**20:
            self.times.recycled += 1
            self._stop()  # the next call forks a fresh worker
        if not ok:
            raise result
        return result


def _serve(
    conn: Connection, tasks: dict[str, Task], on_start: Callable[[], object] | None = None
) -> None:
    """The worker's loop: read a call, run it, send ``(ok, result)``; end at EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent()
    if on_start is not None:
        with contextlib.suppress(Exception):  # a failed warm-up costs only memory later
            on_start()
    while True:
        try:
            name, payload = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        try:
            reply: tuple[bool, Any] = (True, tasks[name](payload))
        except Exception as exc:
            reply = (False, exc)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an unpicklable error still reaches the parent as text
            data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
        conn.send_bytes(data)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the parent dies (SIGKILL leaves no time to clean)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(0)
    except (OSError, AttributeError):
        return


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` (Linux /proc); 0 elsewhere (wall time still binds)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _own_bytes(pid: int) -> int:
    """Resident memory ``pid`` shares with no other process (pages it wrote or allocated since
    the fork); 0 where /proc cannot tell (the worker is then never replaced for its size)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return 0
    kb = 0
    for line in lines:
        if line.startswith((b"Private_Clean:", b"Private_Dirty:")):
            kb += int(line.split()[1])
    return kb * 1024


# -- the two stages as budgeted callables ---------------------------------------------------------
class BudgetedStages:
    """Strip and extract through one :class:`Worker`; the Batcher's view of both stages.

    ``strip(page, languages)`` returns an :class:`Article` or raises (``BudgetExceeded`` past
    the strip budget); ``extract_batch_notes`` follows the pipeline's ``Extractor`` protocol.
    """

    def __init__(self, extractor: Any, budgets: Budgets, *, to_article: Callable[..., Article]):
        self.extractor = extractor
        self.version: str = extractor.version
        self.budgets = budgets

        def strip_task(args: tuple[Page, tuple[str, ...]]) -> Article:
            page, languages = args
            return to_article(page, languages=languages)

        _warm_up(extractor, strip_task)
        self.worker = Worker(
            {"strip": strip_task, "extract": extractor.extract_batch_notes},
            budgets,
            on_start=_resident_models,
        )

    @property
    def times(self) -> StageTimes:
        return self.worker.times

    def strip(self, page: Page, languages: tuple[str, ...]) -> Article:
        what = page.doc_id or page.url or "page"
        return self.worker.call(
            "strip", (page, languages), seconds=self.budgets.strip_seconds, what=what
        )

    def extract_batch_notes(self, articles: list[Article]) -> Sequence[Any]:
        from schemas import Failure

        seconds = self.budgets.extract_seconds
        if len(articles) > 1:
            try:
                return self.worker.call(
                    "extract", articles, seconds=seconds, what=f"a batch of {len(articles)}"
                )
            except BudgetExceeded:
                pass  # find the document that needs it: each alone, with its own budget
        out: list[Any] = []
        for article in articles:
            what = article.doc_id or article.url or "article"
            try:
                out.extend(self.worker.call("extract", [article], seconds=seconds, what=what))
            except BudgetExceeded as exc:
                out.append(
                    Failure.from_error(
                        exc, input=article.url or what, stage="extract", doc_id=article.doc_id
                    )
                )
        return out

    def close(self) -> None:
        self.worker.close()


def _warm_up(extractor: Any, strip: Callable[[Any], Article]) -> None:
    """Load what the stages load lazily (gazetteer, resolver, language model) in the parent,
    so every worker forked from it starts warm and no document pays for a load."""
    import datetime as dt

    from schemas import Article, Page

    now = dt.datetime.now(dt.UTC)
    sentence = "Anna Berg was sentenced to two years in prison in Paris on Monday for theft. "
    html = f"<html><body><article><p>{sentence * 8}</p></article></body></html>"
    page = Page(url=None, doc_id="warm-up", source="file", kind="html", html=html,
                fetched_at=now)
    with contextlib.suppress(Exception):  # a failing warm-up only costs the first document
        strip((page, ("en",)))
    article = Article(doc_id="warm-up", text=sentence, language="en", content_sha256="-",
                      fetched_at=now)
    with contextlib.suppress(Exception):
        extractor.extract_batch_notes([article])
    with contextlib.suppress(Exception):  # an English page is told without the model
        from extract.article.language import load_model

        load_model()


def _resident_models() -> None:
    """In a fresh worker: the language model's mapped arrays read whole (inherited mappings
    have no pages in the child), so the worker's memory does not grow as new text reaches
    new parts of the model (up to 68 MB over its first few hundred documents)."""
    from extract.article.language import load_model

    load_model(resident=True)
