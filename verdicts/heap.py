"""Giving a worker's freed memory back to the system between batches (glibc's allocator).

A batch's parse needs a few hundred MB for a moment (docs, arrays, spans); freed, most of it
stays in the allocator's arenas, and what the next batch leaves alive in the middle of those
pages keeps them resident. Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_``, which only returns
the top of the main heap; ``malloc_trim(0)`` returns every free page of every arena. The
arena count is capped too: a worker's threads each get an arena of their own otherwise, and
extraction runs on whichever thread Dask picks, so each arena keeps its own high-water mark.
Where the C library is not glibc these are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any

_M_ARENA_MAX = -8  # mallopt parameter (malloc.h)
ARENAS = 2  # malloc arenas a worker process may use


@functools.lru_cache(maxsize=1)
def _libc() -> Any | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "malloc_trim") or not hasattr(libc, "mallopt"):
        return None  # not glibc (musl, macOS)
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap the malloc arenas of this process (threads made later share them); True if done."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, arenas) == 1)


def trim() -> bool:
    """Return the allocator's free pages to the system; True when some were returned."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)
