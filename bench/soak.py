"""Soak run: the whole corpus in ../shared/corpus through `verdicts extract`, then `reextract`.

Prints documents/s, the peak RSS (the verdicts process and its budget worker together) in the first
and the last fifth of each pass, their ratio (flat is within 1.2x), and failures by reason. The
corpus texts are written to a temporary folder with a manifest; nothing is copied into the repo.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def _write_corpus(shared: Path, folder: Path, limit: int | None) -> Path:
    manifest = folder / "manifest.jsonl"
    n = 0
    with manifest.open("w", encoding="utf-8") as out:
        for source in sorted((shared / "corpus").glob("*.jsonl.gz")):
            with gzip.open(source, "rt", encoding="utf-8") as lines:
                for line in lines:
                    doc = json.loads(line)
                    path = folder / "docs" / f"{doc['id']}.txt"
                    path.parent.mkdir(exist_ok=True)
                    path.write_text(doc["text"], encoding="utf-8")
                    row = {"doc_id": doc["id"], "path": str(path), "url": doc.get("url"),
                           "published": doc.get("published")}
                    out.write(json.dumps(row) + "\n")
                    n += 1
                    if limit and n >= limit:
                        return manifest
    return manifest


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker may end between the two calls
            total += p.memory_info().rss
    return total


def _done(db: Path, since_run: int) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            (n,) = conn.execute("SELECT count(*) FROM articles WHERE run_id > ?",
                                (since_run,)).fetchone()
            return int(n)
    except sqlite3.Error:
        return -1


def _last_run(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT max(id) FROM runs").fetchone()
    return int(row[0] or 0)


def _pass(command: list[str], db: Path, total: int) -> dict[str, float]:
    """One pass, sampling RSS; peak RSS in the first and last fifth of the documents."""
    since = _last_run(db)
    began = time.perf_counter()
    proc = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    first = last = 0
    done = 0
    while proc.poll() is None:
        rss = _tree_rss(proc)
        n = _done(db, since)
        done = n if n >= 0 else done
        if done <= total // 5:
            first = max(first, rss)
        if done >= total - total // 5:
            last = max(last, rss)
        time.sleep(0.5)
    seconds = time.perf_counter() - began
    err = proc.stderr.read() if proc.stderr else ""
    print("\n".join(line for line in err.splitlines() if not line.startswith("progress")))
    return {"seconds": seconds, "docs_per_s": total / seconds, "rss_first_mb": first / 2**20,
            "rss_last_mb": last / 2**20, "exit": float(proc.returncode)}


def _failures(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT reason, count(*) FROM failures GROUP BY reason").fetchall()
    return {str(r): int(n) for r, n in rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = ap.parse_args(argv)
    verdicts = str(Path(sys.executable).with_name("verdicts"))
    with tempfile.TemporaryDirectory(prefix="verdicts-soak-") as tmp:
        folder = Path(tmp)
        manifest = _write_corpus(args.shared, folder, args.limit)
        total = sum(1 for _ in manifest.open(encoding="utf-8"))
        db = folder / "soak.db"
        print(f"soak: {total} documents from {args.shared / 'corpus'}")
        for name, command in (
            ("extract", [verdicts, "extract", "--manifest", str(manifest), "--db", str(db),
                         "--quiet"]),
            ("reextract", [verdicts, "reextract", "--db", str(db), "--quiet"]),
        ):
            got = _pass(command, db, total)
            ratio = got["rss_last_mb"] / got["rss_first_mb"] if got["rss_first_mb"] else 0.0
            print(f"{name}: {got['seconds']:.0f} s, {got['docs_per_s']:.1f} documents/s, "
                  f"peak RSS first fifth {got['rss_first_mb']:.0f} MB, last fifth "
                  f"{got['rss_last_mb']:.0f} MB (x{ratio:.2f}), exit {got['exit']:.0f}")
        print(f"failures by reason: {_failures(db) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
