"""Scale: documents/s and peak RSS of `verdicts run --warc` in one process, on
`--workers 2`, and on a real `dask scheduler` plus two `dask worker` processes.

Builds a WARC (one gzip member a record, as CC-NEWS) of ``--responses`` HTML responses from
the shared corpus and the gold documents (each copy made new text by its own closing line),
plus a few non-HTML and non-200 records to be skipped; then runs each mode on the first
``--sizes`` documents (a 10× step shows whether RSS stays flat) and prints a table.

    python bench/scale.py --shared ../shared [--responses 10000] [--sizes 150,1500]
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import itertools
import json
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BIN = Path(sys.executable).parent


def _texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(name, HTML) of every corpus text and gold document."""
    for name in ("court-news.jsonl.gz", "press-releases-dev-counties.jsonl.gz"):
        with gzip.open(shared / "corpus" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in doc["text"].split("\n"))
                yield doc["id"], f"<html><body><article>{paras}</article></body></html>"
    for path in sorted((shared / "gold" / "docs").iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix != ".html":
            paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n"))
            text = f"<html><body><article>{paras}</article></body></html>"
        yield path.stem, text


def build_warc(shared: Path, out: Path, responses: int) -> int:
    """Write ``responses`` HTML responses (and a few to skip); return how many were written.

    The texts are shuffled with a fixed seed, so the first N and the first 10×N responses are
    samples of the same mix (court news, press releases, gold): a 10× step then shows memory
    growing with the input, not with the longer documents of a later source."""
    texts = list(_texts(shared))
    random.Random(0).shuffle(texts)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (name, page) in zip(range(responses), itertools.cycle(texts), strict=False):
            # a copy's own last line makes it new text (a new hash), not a duplicate
            body = page.replace("</body>", f"<p>Copy {n} of {name}.</p></body>").encode()
            _record(writer, f"https://news{n % 97}.example/{name}/{n}", "200 OK", body)
            if n % 500 == 0:
                png = f"https://news.example/img/{n}.png"
                _record(writer, png, "200 OK", b"\x89PNG", "image/png")
                _record(writer, f"https://news.example/gone/{n}", "404 Not Found", b"gone")
    return responses


def _record(
    writer: WARCWriter, url: str, status: str, body: bytes, ctype: str = "text/html"
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def head_warc(source: Path, out: Path, documents: int) -> None:
    """The first ``documents`` HTML responses of ``source`` (with the skipped records between)."""
    from warcio.archiveiterator import ArchiveIterator

    with source.open("rb") as fh, out.open("wb") as dst:
        writer = WARCWriter(dst, gzip=True)
        seen = 0
        for record in ArchiveIterator(fh):
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            seen += ctype == "text/html" and record.http_headers.get_statuscode() == "200"
            if seen > documents:
                break
            writer.write_record(record)


class Peaks:
    """Peak RSS (MB) of processes by role, polled every 0.2 s."""

    def __init__(self) -> None:
        self.peak: dict[str, float] = {}

    def poll(self, roles: dict[str, psutil.Process]) -> None:
        for role, proc in roles.items():
            try:
                rss = proc.memory_info().rss / 2**20
            except psutil.Error:
                continue
            self.peak[role] = max(self.peak.get(role, 0.0), rss)


def _run(args: list[str], extra: dict[str, psutil.Process]) -> tuple[float, Peaks]:
    peaks = Peaks()
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    driver = psutil.Process(proc.pid)
    while proc.poll() is None:
        roles = {"driver": driver}
        try:  # workers are the driver's (LocalCluster) or a nanny's (dask worker) children
            for owner, parent in [("local", driver), *extra.items()]:
                for child in parent.children(recursive=True):
                    roles[f"{owner}-worker-{child.pid}"] = child
        except psutil.Error:
            pass
        peaks.poll(roles)
        time.sleep(0.2)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {proc.stderr.read().decode()[-800:]}")
    return elapsed, peaks


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _dask_cluster() -> tuple[str, list[subprocess.Popen[bytes]]]:
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port)]
    procs = [subprocess.Popen([*scheduler, "--no-dashboard"], **quiet)]
    time.sleep(3)
    for _ in range(2):
        worker = [str(BIN / "dask"), "worker", address, "--nthreads", "2", "--no-dashboard"]
        procs.append(subprocess.Popen([*worker, "--memory-limit", "0"], **quiet))
    time.sleep(8)
    return address, procs


def _records(db: Path) -> set[tuple[object, ...]]:
    """Every stored record with its document: what two modes must agree on."""
    with sqlite3.connect(db) as conn:
        return set(
            conn.execute(
                "SELECT a.doc_id, r.id, r.person, r.group_size, r.city, r.date, r.charge,"
                " r.sentence_months, r.sentence_type, r.outcome, r.evidence_start, r.evidence_end"
                " FROM records r JOIN articles a ON a.id = r.article_id"
            )
        )


def _growth(seen: dict[str, list[tuple[int, float, list[float]]]]) -> None:
    """Peak RSS at the largest size over the smallest, per mode: flat is within 1.2×."""
    for mode, rows in seen.items():
        (small, d0, w0), (large, d1, w1) = min(rows), max(rows)
        if large == small:
            continue
        workers = f"; workers ×{max(w1) / max(w0):.2f}" if w0 and w1 else ""
        print(f"RSS {small} -> {large} documents, {mode}: driver ×{d1 / d0:.2f}{workers}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--sizes", default="150,1500", help="documents per measured run")
    parser.add_argument("--modes", default="single,workers,dask")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="verdicts-scale-") as tmp:
        work = Path(tmp)
        full = work / "all.warc.gz"
        t0 = time.perf_counter()
        build_warc(args.shared, full, args.responses)
        mb = full.stat().st_size / 2**20
        took = time.perf_counter() - t0
        print(f"WARC: {args.responses} HTML responses, {mb:.1f} MB, built in {took:.0f} s")
        address, procs = _dask_cluster() if "dask" in args.modes else ("", [])
        # `dask worker` is a nanny; the worker proper is a child process (polled in _run)
        workers = {f"dask-nanny-{i}": psutil.Process(p.pid) for i, p in enumerate(procs[1:])}
        try:
            seen: dict[str, list[tuple[int, float, list[float]]]] = {}
            print("| documents | mode | s | docs/s | peak RSS MB (driver; workers) |")
            print("| --- | --- | --- | --- | --- |")
            for size in (int(s) for s in args.sizes.split(",")):
                warc = work / f"head-{size}.warc.gz"
                head_warc(full, warc, size)
                first: tuple[str, set[tuple[object, ...]]] | None = None
                for mode in args.modes.split(","):
                    db = work / f"{mode}-{size}.db"
                    cmd = [str(BIN / "verdicts"), "run", "--warc", str(warc), "--db", str(db)]
                    extra: dict[str, psutil.Process] = {}
                    if mode == "workers":
                        cmd += ["--workers", "2"]
                    elif mode == "dask":
                        cmd += ["--dask", address]
                        extra = workers
                    elapsed, peaks = _run(cmd, extra)
                    with sqlite3.connect(db) as conn:
                        (done,) = conn.execute("SELECT count(*) FROM articles").fetchone()
                    # the biggest two: the worker processes (not a resource tracker)
                    sizes = sorted((v for k, v in peaks.peak.items() if k != "driver"))[-2:]
                    rest = "; ".join(f"{v:.0f}" for v in sizes)
                    driver = peaks.peak.get("driver", 0)
                    row = f"| {size} | {mode} | {elapsed:.1f} | {done / elapsed:.1f} |"
                    print(f"{row} {driver:.0f}; {rest or '-'} |", flush=True)
                    seen.setdefault(mode, []).append((size, driver, sizes))
                    records = _records(db)
                    if first is None:
                        first = (mode, records)
                    elif records != first[1]:
                        print(f"  records differ from {first[0]}: {len(records ^ first[1])} rows")
                    else:
                        print(f"  same {len(records)} records as {first[0]}", flush=True)
            _growth(seen)
        finally:
            for proc in reversed(procs):
                proc.terminate()
                proc.wait(30)


if __name__ == "__main__":
    main()
