"""Whole-process speed: ``verdicts body`` against trafilatura, one process each.

The dev pages are written ``repeat`` times under distinct names (``<key>-r<n>.html``) into one
folder; each extractor then runs as a fresh process over the whole folder (start-up, imports,
reading files and writing the output included). The two are interleaved over ``rounds`` rounds
and the best round of each is kept, so a busy machine slows both alike. Besides wall time, the
CPU time of each process (user + system, from ``getrusage`` of the children) is kept: on a
shared machine it is the view of the same work that other jobs do not stretch.

With ``--base TREE`` (a checkout of another commit, e.g. from ``git worktree add --detach``),
that tree's ``verdicts body`` runs in the same rounds as ``verdicts-base`` (the same
environment, its sources first on ``PYTHONPATH``): a before/after on one busy machine.

    python bench/speed.py [--shared DIR] [--repeat N] [--rounds N] [--base TREE]
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# trafilatura in one process, as a user would call it from Python on a folder of files.
_TRAFILATURA = """
import json, sys
from pathlib import Path
import trafilatura
out = {}
for path in sorted(Path(sys.argv[1]).glob("*.html")):
    out[path.stem] = trafilatura.extract(path.read_text(encoding="utf-8")) or ""
json.dump(out, sys.stdout)
"""


def write_pages(shared: Path, folder: Path, repeat: int) -> int:
    """Write the dev pages ``repeat`` times under distinct names; return how many."""
    src = shared / "bench" / "article-body" / "dev" / "html"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    n = 0
    for path in sorted(src.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        key = path.name.removesuffix(".html.gz")
        for r in range(repeat):
            (folder / f"{key}-r{r}.html").write_bytes(data)
            n += 1
    return n


def compile_sources(tree: Path = REPO) -> None:
    """Byte-compile the packages ``verdicts body`` imports, as pip does for trafilatura's.

    The project is installed editable, so its modules are compiled when imported; with
    PYTHONDONTWRITEBYTECODE set (as on the shared machine) nothing is cached and every
    process compiled about 25 modules again (15-40 ms of CPU), a cost that an installed
    package, or any run after the first, does not have. A stale cache is simply recompiled."""
    python = str(REPO / ".venv" / "bin" / "python")
    packages = [str(tree / name) for name in ("extract", "verdicts", "schemas")]
    subprocess.run([python, "-m", "compileall", "-q", *packages], check=True)


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          check=False)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    # verdicts body exits 1 when some page gives no body: that is a result, not a failure.
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr[-2000:]!r}")
    return took, cpu


def whole_process(
    folder: Path, n_pages: int, *, rounds: int, trafilatura_python: str | None,
    base: Path | None = None,
) -> dict[str, tuple[float, float]]:
    """Best-of-``rounds`` pages/s of each extractor over ``folder``: by wall time, by CPU time."""
    verdicts = str(REPO / ".venv" / "bin" / "verdicts")
    cmds = {"verdicts": [verdicts, "body", "--json", str(folder)]}
    envs: dict[str, dict[str, str]] = {}
    if base is not None:
        cmds["verdicts-base"] = cmds["verdicts"]
        envs["verdicts-base"] = {**os.environ, "PYTHONPATH": str(base.resolve())}
    if trafilatura_python:
        cmds["trafilatura"] = [trafilatura_python, "-c", _TRAFILATURA, str(folder)]
    wall = {name: float("inf") for name in cmds}
    cpu = dict(wall)
    for r in range(rounds):
        order = list(cmds) if r % 2 == 0 else list(cmds)[::-1]
        for name in order:
            took, used = _timed(cmds[name], envs.get(name))
            wall[name] = min(wall[name], took)
            cpu[name] = min(cpu[name], used)
    return {name: (n_pages / wall[name], n_pages / cpu[name]) for name in cmds}


def report(rates: dict[str, tuple[float, float]], n_pages: int, mbytes: float) -> None:
    print(f"whole process, one process each, {n_pages} pages ({mbytes:.0f} MB of HTML):")
    for name, (rate, cpu_rate) in rates.items():
        print(f"  {name:<12} {rate:8.1f} pages/s  ({n_pages / rate:.1f} s wall; "
              f"{cpu_rate:.1f} pages/s of CPU time, {n_pages / cpu_rate:.1f} s)")
    for name in ("verdicts-base", "verdicts"):
        if name in rates and "trafilatura" in rates:
            ratio = rates[name][0] / rates["trafilatura"][0]
            cpu_ratio = rates[name][1] / rates["trafilatura"][1]
            print(f"  speed ratio {name}/trafilatura: {ratio:.1f}x wall, "
                  f"{cpu_ratio:.1f}x CPU time")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    ap.add_argument("--repeat", type=int, default=9, help="copies of each dev page (default 9)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--base", type=Path, help="another tree's verdicts body, in the same rounds")
    args = ap.parse_args(argv)
    folder = args.out / "speed-pages"
    n = write_pages(args.shared, folder, args.repeat)
    mbytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    traf = None if args.no_trafilatura else sys.executable
    compile_sources()
    if args.base is not None:
        compile_sources(args.base)
    rates = whole_process(folder, n, rounds=args.rounds, trafilatura_python=traf, base=args.base)
    report(rates, n, mbytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
