"""Fetch throughput on loopback: pages/s and client CPU ms per page at several concurrencies.

    .venv/bin/python bench/fetch.py [--pages 1000] [--concurrency 1 32 128] [--profile FILE]

A server process (plain asyncio, pre-built answers, keep-alive) serves synthetic ~170 KB
HTML pages on 127.0.0.1; this process fetches them through ``fetch.http.fetch_all``
with ``--per-host`` equal to the concurrency and ``--delay 0``. Client CPU is
``time.process_time()`` of this process (all its threads), so the server's work is
not counted; each figure is the best of ``--repeat`` runs. Nothing leaves the machine.

``--profile`` profiles only the calling thread; to see the fetch loop, profile
``fetch.http._Engine`` directly (cProfile around an asyncio.run of its ``fetch``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import multiprocessing as mp
import pstats
import random
import resource
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name shadows the
# ``fetch`` package: put the repository root first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fetch.config import FetchConfig
from fetch.http import FetchRequest, fetch_all
from schemas import Page

_WORDS = [
    "court", "sentenced", "defendant", "prison", "years", "months", "appeal", "judge",
    "prosecutor", "district", "city", "fine", "charged", "fraud", "convicted", "hearing",
    "verdict", "trial", "jury", "probation", "counsel", "ruling", "evidence",
]  # fmt: skip


def make_page(seed: int, size: int = 170_000) -> bytes:
    """A synthetic news-like HTML page of about ``size`` bytes (markup, nav, paragraphs)."""
    rng = random.Random(seed)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Article {seed}</title></head><body><nav><ul>",
        *(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(40)),
        "</ul></nav><article>",
    ]
    length = sum(map(len, parts))
    while length < size:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(40, 120)))
        para = f"<p class='para'>{words.capitalize()}. Ünïcödé “quotes” — dash.</p>\n"
        parts.append(para)
        length += len(para.encode())
    parts.append("</article><footer>© verdicts bench</footer></body></html>")
    return "".join(parts).encode("utf-8")


def _serve(port_queue: mp.Queue[int], distinct: int, size: int) -> None:
    bodies = [make_page(i, size) for i in range(distinct)]
    answers = [
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(b)}\r\n\r\n".encode()
        + b
        for b in bodies
    ]
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    class Proto(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = transport
            self.buf = b""

        def data_received(self, data: bytes) -> None:
            self.buf += data
            while b"\r\n\r\n" in self.buf:
                head, self.buf = self.buf.split(b"\r\n\r\n", 1)
                path = head.split(b" ", 2)[1]
                if path.startswith(b"/page/"):
                    n = int(path[6:].split(b"?")[0]) % distinct
                    self.transport.write(answers[n])  # type: ignore[attr-defined]
                else:
                    self.transport.write(not_found)  # type: ignore[attr-defined]

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Proto, "127.0.0.1", 0, backlog=512)
        port_queue.put(server.sockets[0].getsockname()[1])
        await asyncio.Event().wait()

    asyncio.run(main())


def run_once(base: str, pages: int, concurrency: int) -> tuple[float, float, int]:
    """Fetch ``pages`` URLs; return (pages/s, client CPU ms/page, pages fetched)."""
    config = FetchConfig(
        concurrency=concurrency, per_host=concurrency, delay=0.0, allow_private=True
    )
    requests = (FetchRequest(url=f"{base}/page/{i}") for i in range(pages))
    wall0, cpu0 = time.perf_counter(), time.process_time()
    ok = 0
    for fetched in fetch_all(requests, config):
        if isinstance(fetched.outcome, Page):
            ok += 1
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return pages / wall, cpu * 1000 / pages, ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--distinct", type=int, default=181, help="distinct page bodies")
    parser.add_argument("--page-kb", type=int, default=170, help="size of a page")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32, 128])
    parser.add_argument("--repeat", type=int, default=3, help="runs per concurrency; best kept")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the last run here")
    args = parser.parse_args()

    ctx = mp.get_context("spawn")
    port_queue: mp.Queue[int] = ctx.Queue()
    server = ctx.Process(
        target=_serve, args=(port_queue, args.distinct, args.page_kb * 1000), daemon=True
    )
    server.start()
    try:
        base = f"http://127.0.0.1:{port_queue.get(timeout=60)}"
        run_once(base, 50, 4)  # warm-up: imports, first connections
        print(
            f"{args.pages} pages of ~{args.page_kb} KB from loopback, "
            "per-host = concurrency, delay 0"
        )
        print(f"{'concurrency':>11} {'pages/s':>9} {'CPU ms/page':>12} {'ok':>6}")
        results = {}
        for conc in args.concurrency:
            profiler = cProfile.Profile() if args.profile and conc == args.concurrency[-1] else None
            if profiler:
                profiler.enable()
            # Best of several runs: the machine is shared, and noise only ever adds time.
            runs = [run_once(base, args.pages, conc) for _ in range(max(1, args.repeat))]
            rate = max(r[0] for r in runs)
            cpu_ms = min(r[1] for r in runs)
            ok = min(r[2] for r in runs)
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
                pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(25)
            results[conc] = cpu_ms
            print(f"{conc:>11} {rate:>9.0f} {cpu_ms:>12.2f} {ok:>6}")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"client peak RSS {peak_mb:.0f} MB")
        base_cpu = results.get(1)
        if base_cpu:
            ratios = ", ".join(f"c{c}: {v / base_cpu:.2f}x" for c, v in results.items() if c != 1)
            print(f"CPU per page relative to concurrency 1: {ratios}")
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
