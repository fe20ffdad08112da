"""``verdicts demo``: serve the bundled sample pages on 127.0.0.1, run, print the records.

The demo starts and stops its own loopback HTTP server, so it needs no internet; it
rebuilds its database (default ``data/demo.db``) each time, because the server's port —
and so every URL — changes from run to run.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "sample"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) for the ``with`` block; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def run_demo(
    *,
    db: Path,
    model: str,
    run_cli: Callable[[Sequence[str]], int],
    sample_dir: Path = SAMPLE_DIR,
) -> int:
    """Fetch every sample page over loopback HTTP into ``db`` and print the records.

    ``run_cli`` is the command line's ``main``, passed in so this module never imports it.
    """
    from verdicts.report import print_records_table
    from verdicts.store import Store

    pages = sorted(p.name for p in sample_dir.glob("*.html"))
    if not pages:
        print(f"verdicts demo: no sample pages in {sample_dir}", file=sys.stderr)
        return 2
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with serve_folder(sample_dir) as base, tempfile.TemporaryDirectory() as tmp:
        url_file = Path(tmp) / "urls.txt"
        url_file.write_text("".join(f"{base}/{name}\n" for name in pages), encoding="utf-8")
        print(f"serving {len(pages)} sample pages from {sample_dir} at {base}", file=sys.stderr)
        code = run_cli(
            [
                "run",
                str(url_file),
                "--db",
                str(db),
                "--model",
                model,
                "--allow-private",
                "--delay",
                "0",
                "--quiet",
            ]
        )
    with Store(db) as store:
        n = print_records_table(store, sys.stdout)
    print(
        f"{n} records in {db} — open it with sqlite3 or Datasette; "
        f"'verdicts export --db {db} --format csv' writes them as CSV",
        file=sys.stdout,
    )
    return code
