"""The budgets per document as values and command-line flags (see :mod:`verdicts.budget`).

Apart from the worker: building the command line (every command, ``verdicts body`` too) reads
these flags' defaults, and must not import multiprocessing for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, kw_only=True, slots=True)
class Budgets:
    """Limits per document: CPU seconds per stage, the worker's resident memory, the switch.

    Wall time is allowed ``wall_factor`` times the CPU budget (plus a few seconds), so a busy
    machine slows a document down without failing it, while a worker that blocks still ends.
    A worker holding more than ``recycle_mb`` of its own after a call is replaced (its pages
    shared with the parent do not count: those cost nothing more).
    """

    strip_seconds: float = 20.0
    extract_seconds: float = 60.0
    memory_mb: int = 3072
    recycle_mb: int = 384
    hard_stop: bool = True
    wall_factor: float = 4.0


def add_budget_flags(parser: Any) -> None:
    """``--strip-budget``, ``--extract-budget``, ``--memory-budget``, ``--recycle-memory``,
    ``--no-hard-stop``."""
    d = Budgets()
    g = parser.add_argument_group(
        "budgets per document",
        "past a budget the document is stored as a failure with reason 'budget' and the batch"
        " goes on (stripping and extraction run in a worker process that is stopped)",
    )
    g.add_argument("--strip-budget", type=_positive_float, default=d.strip_seconds,
                   metavar="SECONDS", help=f"CPU seconds to strip one page ({d.strip_seconds:g})")
    g.add_argument("--extract-budget", type=_positive_float, default=d.extract_seconds,
                   metavar="SECONDS",
                   help=f"CPU seconds to extract one article's records ({d.extract_seconds:g})")
    g.add_argument("--memory-budget", type=int, default=d.memory_mb, metavar="MB",
                   help=f"resident memory of the worker process ({d.memory_mb} MB)")
    g.add_argument("--recycle-memory", type=int, default=d.recycle_mb, metavar="MB",
                   help="replace the worker by a fresh one after a call that leaves it holding"
                   f" this much memory of its own, not shared with this process ({d.recycle_mb}"
                   " MB)")
    g.add_argument("--no-hard-stop", action="store_true",
                   help="strip and extract in this process, with no worker to stop (faster to"
                   " debug; a pathological document can then hold up the batch)")


def budgets_from_args(args: Any) -> Budgets:
    return Budgets(
        strip_seconds=args.strip_budget,
        extract_seconds=args.extract_budget,
        memory_mb=args.memory_budget,
        recycle_mb=args.recycle_memory,
        hard_stop=not args.no_hard_stop,
    )


def _positive_float(text: str) -> float:
    import argparse

    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value
