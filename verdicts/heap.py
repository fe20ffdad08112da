"""Giving a worker's freed memory back to the system between batches (glibc's allocator).

A batch's parse needs a few hundred MB for a moment (docs, arrays, spans); freed, most of it
stays in the allocator's arenas, and what the next batch leaves alive in the middle of those
pages keeps them resident. Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_``, which only returns
the top of the main heap; ``malloc_trim(0)`` returns every free page of every arena. The
arena count is capped too: a worker's threads each get an arena of their own otherwise, and
extraction runs on whichever thread Dask picks, so each arena keeps its own high-water mark.
A one-process batch (``verdicts body``) wants the opposite: :func:`keep_freed_memory` keeps
freed memory in the process for the next document instead of returning it at once.
Where the C library is not glibc these are no-ops.
"""

from __future__ import annotations

import functools
import os
from typing import Any

# mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
ARENAS = 2  # malloc arenas a worker process may use
TRIM_THRESHOLD = 64 * 2**20  # free bytes at the heap's top kept by keep_freed_memory
MMAP_THRESHOLD = 16 * 2**20  # allocations from this size on get pages of their own


def _glibc_version() -> str | None:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION")  # "glibc 2.36"; None or an error elsewhere
    except (ValueError, OSError):
        return None


@functools.lru_cache(maxsize=1)
def _libc() -> Any | None:
    if not _glibc_version():
        return None  # not glibc (musl, macOS, Windows): mallopt differs or is missing
    import ctypes  # here: only where it is used (a few ms of start-up)

    # The running process's own symbols: glibc is loaded already, and this skips
    # ctypes.util.find_library, which may run ldconfig in a child process.
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "malloc_trim") or not hasattr(libc, "mallopt"):
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap the malloc arenas of this process (threads made later share them); True if done."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, arenas) == 1)


def trim() -> bool:
    """Return the allocator's free pages to the system; True when some were returned."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)


def keep_freed_memory(
    trim_threshold: int = TRIM_THRESHOLD, mmap_threshold: int = MMAP_THRESHOLD
) -> bool:
    """Keep freed memory in this process for reuse, up to bounds; True if glibc took both.

    By default glibc gives the top of the heap back to the system once 128 KB of it is free,
    and maps large blocks on their own pages, unmapped when freed: a batch that parses one
    document after another then faults the same pages in again for every document (minor
    page faults, most of ``verdicts body``'s system time). Fixed thresholds keep up to
    ``trim_threshold`` free bytes at the heap's top and put blocks under ``mmap_threshold``
    on the heap. Both must be set: fixing either one alone turns off glibc's adjustment of
    the other, and faults rise. The same as ``MALLOC_TRIM_THRESHOLD_`` and
    ``MALLOC_MMAP_THRESHOLD_``, which only count when set before the process starts.
    """
    libc = _libc()
    if libc is None:
        return False
    trimmed = libc.mallopt(_M_TRIM_THRESHOLD, trim_threshold) == 1
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold) == 1 and trimmed)
