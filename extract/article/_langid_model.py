"""The py3langid model, loaded once per process, from an unpacked copy when there is one.

py3langid ships its model as xz-compressed arrays (4.5 MB, 68 MB unpacked). Unpacking them
costs about half a second of CPU in every process that needs the model: more than
``verdicts body`` spends on a hundred pages. So the first load also writes the unpacked
arrays, one ``.npy`` file each, to a folder of the cache named by the packed file's size and
modification time; later processes map those files into memory (the pages are read when a
classification touches them) in a few milliseconds.

The cache is ``$VERDICTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/verdicts``, else
``~/.cache/verdicts``; ``VERDICTS_CACHE_DIR=`` (empty) turns it off. A cache that cannot be
written or read is skipped: the model is then unpacked as py3langid does.
"""

from __future__ import annotations

import io
import lzma
import mmap
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

CACHE_ENV = "VERDICTS_CACHE_DIR"
_KEYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_TYPECODES: dict[int, Literal["H", "I", "L"]] = {2: "H", 4: "I", 8: "L"}


def cache_dir() -> Path | None:
    """Where the unpacked model is kept, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder to be found: no cache
            return None
    return Path(base) / "verdicts"


def load_identifier() -> LanguageIdentifier:
    """py3langid's identifier with probabilities normalised, as ``from_model_file`` builds it."""
    import numpy as np
    from py3langid import langid

    packed = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    folder = cache_dir()
    cached = None
    if folder is not None:
        stat = packed.stat()
        cached = folder / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}"
    arrays = None
    if cached is not None and cached.is_dir():
        arrays = _read(cached)
        if arrays is None:  # a damaged copy: made again below
            shutil.rmtree(cached, ignore_errors=True)
    if arrays is None:
        with np.load(io.BytesIO(lzma.decompress(packed.read_bytes())), allow_pickle=False) as data:
            if not set(_KEYS) <= set(data.files):
                # Not the layout read here (another py3langid): let py3langid load it.
                return langid.LanguageIdentifier.from_model_file(
                    langid.MODEL_FILE, norm_probs=True
                )
            arrays = {key: data[key] for key in _KEYS}
        if cached is not None:
            _write(cached, arrays)
    return langid.LanguageIdentifier(
        np.asarray(arrays["ptc"]),
        np.asarray(arrays["pc"]),
        arrays["classes"].tolist(),
        _as_ints(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        # A list: py3langid turns each row into its offset in one pass at load, which is
        # four times faster over a list than over a memoryview (25 ms a process).
        tk_row=arrays["nextmove_row"].tolist(),
    )


def fault_in(identifier: LanguageIdentifier) -> int:
    """Read one byte of every page of the identifier's arrays; return the bytes covered.

    Mapped from the cache, a page becomes resident when a text first reaches its part of the
    model, so a long-running process grows by up to the arrays' 68 MB over its first few
    hundred documents. Read at start, they are resident before the first document and the
    process does not grow with its input (the pages are the page cache's, shared by every
    process that maps them)."""
    import numpy as np

    page = mmap.PAGESIZE
    total = 0
    for values in (identifier.nb_ptc, identifier.tk_nextmove):
        flat = np.frombuffer(memoryview(values).cast("B"), dtype=np.uint8)
        int(flat[::page].sum())  # the read is the point: it faults each page in
        total += flat.size
    return total


def _read(folder: Path) -> dict[str, Any] | None:
    import numpy as np

    try:
        return {key: np.load(folder / f"{key}.npy", mmap_mode="r") for key in _KEYS}
    except (OSError, ValueError):  # truncated or missing files
        return None


def _write(folder: Path, arrays: dict[str, Any]) -> None:
    """Write the arrays into ``folder``, whole or not at all (parallel workers may race)."""
    import numpy as np

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".py3langid-"))
    except OSError:
        return  # a read-only or full disk: the next process unpacks again
    try:
        for key, values in arrays.items():
            np.save(tmp / f"{key}.npy", values, allow_pickle=False)
        os.replace(tmp, folder)
    except OSError:
        pass  # another process was first, or the disk is full
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _as_ints(values: Any) -> memoryview[int]:
    """An unsigned NumPy array as a flat memoryview of Python ints: py3langid indexes it per
    byte of text, and a memoryview of a mapped file indexes as fast as its stdlib array."""
    import numpy as np

    flat = np.ascontiguousarray(values).reshape(-1)
    code = _TYPECODES[flat.dtype.itemsize]
    return flat.data.cast("B").cast(code)
