"""What grows in a worker: the worker-side stage over the first N documents of a WARC.

Runs :func:`verdicts.stages.extract_pages` (what a Dask task runs) in one plain process,
in tasks of ``--task-size`` pages, optionally from ``--threads`` threads as a Dask worker
does, and after each task logs the RSS, spaCy's strings and lexemes (the pipeline's and the
trained tagger's), the tokenizer cache, the rule caches and every ``functools.lru_cache``.
With ``--tracemalloc`` it also prints the Python allocations that grew most between the
checkpoints (by file and line). Inside memory zones spaCy's lexeme count only counts up (the
freed lexemes are not subtracted); the strings count is exact. ``--bare`` runs the extractor
without the worker's trim, arena cap and resident language model; ``--pipe-tokens 1000000000``
parses each slice in one run, as before runs were bounded by tokens.

    python bench/worker_memory.py WARC [--checkpoints 100,300,1000] [--threads 2]
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import os
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil

# run as a script, this file's folder comes first on sys.path and bench/extract.py would
# shadow the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.bounds import Bounds  # noqa: E402
from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from fetch.warc import iter_warc  # noqa: E402
from schemas import Page  # noqa: E402
from verdicts.engine import ClusterConfig, WorkerState  # noqa: E402
from verdicts.stages import PageInput, extract_pages  # noqa: E402


def _rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def _rss_kinds() -> str:
    """Anonymous (heap) and file-backed (mapped model files) resident MB, from /proc."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return ""
    kb = {k: int(v.split()[0]) for k, _, v in (ln.partition(":") for ln in lines)
          if k in ("RssAnon", "RssFile")}
    return f"anon {kb.get('RssAnon', 0) / 1024:.0f}  file {kb.get('RssFile', 0) / 1024:.0f}"


def _caches(extractor: Any) -> dict[str, int]:
    """Sizes of everything that may grow with new text."""
    nlp = extractor.nlp
    out: dict[str, int] = {
        "strings": len(nlp.vocab.strings),
        "lexemes": len(nlp.vocab),
    }
    for name, pipe in nlp.pipeline:
        for attr in ("_cache",):
            cache = getattr(pipe, attr, None)
            if isinstance(cache, dict):
                out[f"{name}.cache"] = len(cache)
    tagger = getattr(extractor, "_tagger", None)
    if tagger is not None:
        out["tagger.strings"] = len(tagger.nlp.vocab.strings)
        out["tagger.lexemes"] = len(tagger.nlp.vocab)
        out["tagger.tagged"] = len(tagger._tagged)
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            info = obj.cache_info()
            if info.currsize > 64:
                out[f"lru:{obj.__module__}.{obj.__qualname__}"] = info.currsize
    return out


def _tasks(pages: Iterator[Page], size: int, limit: int) -> Iterator[list[PageInput]]:
    it = itertools.islice(pages, limit)
    while chunk := [PageInput(page=p) for p in itertools.islice(it, size)]:
        yield chunk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warc")
    parser.add_argument("--checkpoints", default="100,300,1000")
    parser.add_argument("--task-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--batch-size", type=int, default=ClusterConfig().worker_batch,
                        help="articles per nlp.pipe slice (default: a Dask worker's)")
    parser.add_argument("--pipe-tokens", type=int, default=Bounds().pipe_tokens,
                        help="tokens per run of the statistical pipeline, at most")
    parser.add_argument("--bare", action="store_true",
                        help="the extractor alone, without the worker's trim and set-up")
    parser.add_argument("--clear", action="store_true", help="clear the rule caches a task")
    args = parser.parse_args()
    marks = sorted(int(c) for c in args.checkpoints.split(","))
    config = ExtractConfig(batch_size=args.batch_size,
                           bounds=Bounds(pipe_tokens=args.pipe_tokens))
    state = WorkerState()
    if not args.bare:
        state.setup(None)  # as on a worker: the malloc arenas capped
    extractor = state.extractor(config)
    inner: RecordExtractor = extractor.inner
    print(f"loaded: rss {_rss_mb():.0f} MB  MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX')}")
    if args.tracemalloc:
        tracemalloc.start(1)
    snaps: list[tracemalloc.Snapshot] = []
    done, peak, biggest, task_peak = 0, 0.0, 0, 0.0
    lock = threading.Lock()

    def one(chunk: list[PageInput]) -> None:
        nonlocal done, peak, biggest, task_peak
        task_peak = 0.0
        extract_pages(chunk, inner if args.bare else extractor, config)
        if args.clear:
            for _, pipe in inner.nlp.pipeline:
                cache = getattr(pipe, "_cache", None)
                if isinstance(cache, dict):
                    cache.clear()
        with lock:
            done += len(chunk)
            largest = max(len(i.page.html) for i in chunk if isinstance(i.page, Page))
            biggest = max(biggest, largest)
            print(f"{done:5d} docs  rss after {_rss_mb():4.0f} ({_rss_kinds()})"
                  f"  task peak {task_peak:4.0f}"
                  f"  peak {peak:4.0f}  task's largest page {largest:6d}  largest {biggest}",
                  flush=True)

    t0 = time.process_time()
    stop = threading.Event()

    def sample() -> None:  # the peak inside a task too, as bench/scale.py polls it
        nonlocal peak, task_peak
        while not stop.wait(0.1):
            rss = _rss_mb()
            peak, task_peak = max(peak, rss), max(task_peak, rss)

    threading.Thread(target=sample, daemon=True).start()
    pages = (p for p in iter_warc(args.warc) if isinstance(p, Page))
    with ThreadPoolExecutor(args.threads) as pool:
        for mark in marks:
            for _ in pool.map(one, _tasks(pages, args.task_size, mark - done)):
                pass
            gc.collect()
            sizes = _caches(inner)
            took = time.process_time() - t0
            print(f"== {done} docs: rss {_rss_mb():.0f} MB peak {peak:.0f} MB"
                  f" (CPU {took:.0f} s)", flush=True)
            print("   " + "  ".join(f"{k}={v}" for k, v in sizes.items()), flush=True)
            if args.tracemalloc:
                snaps.append(tracemalloc.take_snapshot())
                current, _ = tracemalloc.get_traced_memory()
                print(f"   python heap (tracemalloc): {current / 2**20:.1f} MB")
                if len(snaps) > 1:
                    for stat in snaps[-1].compare_to(snaps[-2], "lineno")[:12]:
                        print(f"   {stat}")


if __name__ == "__main__":
    main()
