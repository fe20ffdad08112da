"""verdicts.heap: glibc allocator settings (no-ops elsewhere), kept by ``verdicts body``."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from verdicts import heap

GLIBC = heap._glibc_version() is not None

# After `verdicts body` ran on one small page: free a 12 MB block and print how much free memory
# the heap's top keeps (mallinfo2's keepcost). glibc's defaults map such a block on pages of its
# own and unmap it when freed (or trim the top); kept, it stays in the heap for the next page.
_KEPT_AFTER_BODY = """
import ctypes, sys
from verdicts import heap
from verdicts.cli import main

if sys.argv[2] == "off":
    heap.keep_freed_memory = lambda *args, **kwargs: False
rc = main(["body", sys.argv[1]])

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split())]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
block = b"x" * (12 * 2**20)
del block
print(rc, libc.mallinfo2().keepcost, file=sys.stderr)
"""


@pytest.fixture()
def no_glibc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    heap._libc.cache_clear()
    monkeypatch.setattr(heap, "_glibc_version", lambda: None)
    yield
    heap._libc.cache_clear()  # the next caller looks again, with the real check


def test_without_glibc_every_setting_is_a_no_op(no_glibc: None) -> None:
    assert heap._libc() is None
    assert heap.keep_freed_memory() is False
    assert heap.limit_arenas() is False
    assert heap.trim() is False


@pytest.mark.skipif(not GLIBC, reason="glibc only")
def test_on_glibc_the_thresholds_are_taken() -> None:
    assert heap.keep_freed_memory() is True


@pytest.mark.skipif(not GLIBC, reason="glibc only (mallinfo2)")
def test_body_command_keeps_freed_memory_for_the_next_page(tmp_path: Path) -> None:
    doc = tmp_path / "page.html"
    story = " ".join(["The court sentenced the defendant to three years in prison."] * 12)
    doc.write_text(f"<html><body><article><h1>Sentence</h1><p>{story}</p></article></body></html>")

    def kept(mode: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", _KEPT_AFTER_BODY, str(doc), mode],
            capture_output=True, text=True, check=True, timeout=120,
        )
        rc, keepcost = done.stderr.split()[-2:]
        assert rc == "0", done.stderr
        return int(keepcost)

    assert kept("on") >= 12 * 2**20
    assert kept("off") < 12 * 2**20  # the check tells the two apart
