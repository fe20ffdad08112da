"""The fuzz run: generated documents of every shape through stripper and extractor.

``python -m tests.fuzz.run --docs N`` writes N documents (Hypothesis strategies of
``tests/fuzz/strategies.py``) into a folder tree with repeated file names, runs the batch
pipeline over it with the budgets and the worker of ``verdicts/budget.py``, and prints:
documents, failures by reason, the slowest document per stage, peak RSS. It exits 1 when an
exception escaped, a document passed its budget, or an input is not exactly one row.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

from tests.fuzz.strategies import document_bytes, placement


def generate(root: Path, count: int, *, seed_value: int = 12) -> int:
    """Write ``count`` generated documents under ``root``; return how many files exist."""
    made: list[int] = []

    @seed(seed_value)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(body=document_bytes, where=placement)
    def write(body: bytes, where: tuple[str, str, str]) -> None:
        folder, name, ext = where
        n = len(made)
        if n >= count:
            return
        path = root / folder / f"{name}{n % 7}{ext}"
        while path.exists():
            path = path.with_name(f"{path.stem}_{n}{ext}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        made.append(n)

    write()
    return sum(1 for p in root.rglob("*") if p.is_file())


def run(root: Path, db: Path) -> dict[str, object]:
    """The pipeline over ``root`` into ``db``; the numbers of the run."""
    from extract.article import to_article
    from extract.config import ExtractConfig
    from extract.records import RecordExtractor
    from fetch.files import iter_paths
    from verdicts.budget import BudgetedStages, Budgets
    from verdicts.pipeline import Batcher, Tally, process
    from verdicts.store import Store

    config = ExtractConfig(batch_size=1)  # one article a call: a time per document
    extractor = RecordExtractor(config)
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = BudgetedStages(extractor, Budgets(), to_article=to_article)
    escaped: list[str] = []
    started = time.monotonic()
    with Store(db) as store:
        run_id = store.start_run("fuzz", {}, version="fuzz", extractor_version=extractor.version)
        batcher = Batcher(store, stages, config, run_id=run_id, tally=Tally(), strip=stages.strip)
        try:
            process(iter_paths([root]), batcher)
        except Exception as exc:  # what the run must never see
            escaped.append(f"{type(exc).__name__}: {exc}")
        finally:
            stages.close()
    took = time.monotonic() - started
    with sqlite3.connect(db) as conn:
        articles = [d for (d,) in conn.execute("SELECT doc_id FROM articles")]
        failed_inputs = [d for (d,) in conn.execute("SELECT input FROM failures")]
        reasons = Counter(r for (r,) in conn.execute(
            "SELECT reason FROM failures UNION ALL SELECT substr(error, 1,"
            " instr(error || ':', ':') - 1) FROM articles WHERE status = 'failed'"))
        status = Counter(s for (s,) in conn.execute("SELECT status FROM articles"))
    return {
        "seconds": took, "articles": articles, "failed_inputs": failed_inputs,
        "reasons": reasons, "status": status, "escaped": escaped,
        "slowest": dict(stages.times.slowest), "kills": stages.times.kills,
        "rss_start_mb": rss_start,
        "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_peak_mb": stages.times.peak_rss_mb,
    }


def report(files: int, numbers: dict[str, object]) -> list[str]:
    """Print the summary; return the problems found (empty when the run passed)."""
    articles = list(numbers["articles"])  # type: ignore[call-overload]
    failed_inputs = list(numbers["failed_inputs"])  # type: ignore[call-overload]
    reasons: Counter[str] = numbers["reasons"]  # type: ignore[assignment]
    slowest: dict[str, tuple[float, str]] = numbers["slowest"]  # type: ignore[assignment]
    print(f"fuzz: {files} documents in {numbers['seconds']:.0f} s;"
          f" articles by status {dict(numbers['status'])};"  # type: ignore[call-overload]
          f" input failures {len(failed_inputs)}")
    print("failures by reason: " + (", ".join(f"{k} {v}" for k, v in reasons.most_common())
                                    or "none"))
    for stage, (secs, what) in sorted(slowest.items()):
        print(f"slowest {stage}: {secs:.2f} s CPU ({what})")
    print(f"peak RSS: driver {numbers['rss_peak_mb']:.0f} MB (start {numbers['rss_start_mb']:.0f}"
          f" MB), worker {numbers['worker_rss_peak_mb']:.0f} MB;"
          f" workers stopped past a budget: {numbers['kills']}")
    problems = [f"escaped: {e}" for e in numbers["escaped"]]  # type: ignore[attr-defined]
    if len(articles) + len(failed_inputs) != files:
        problems.append(f"{files} inputs but {len(articles)} articles + {len(failed_inputs)}"
                        " failures")
    if len(set(articles)) != len(articles):
        problems.append("an article is stored twice")
    if reasons.get("budget"):
        problems.append(f"{reasons['budget']} documents past the budget")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="verdicts-fuzz-") as tmp:
        root = Path(tmp) / "docs"
        root.mkdir()
        files = generate(root, args.docs, seed_value=args.seed)
        numbers = run(root, Path(tmp) / "fuzz.db")
        return 1 if report(files, numbers) else 0


if __name__ == "__main__":
    sys.exit(main())
