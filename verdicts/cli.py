"""The ``verdicts`` command line: run, extract, export, stats, reextract, correct, serve, body,
demo.

Exit codes: 0 all well; 1 some documents failed (each stored with its reason);
2 usage or configuration error, with a one-line message.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemas.errors import ConfigError, DatabaseFault, VerdictsError
from verdicts.analyst import cmd_correct, cmd_serve
from verdicts.cli_parser import DB_ENV, VERSION, build_parser, default_db

if TYPE_CHECKING:
    from extract.config import ExtractConfig
    from fetch.config import FetchConfig
    from verdicts.pipeline import Tally
    from verdicts.store import Store

def _extract_config(args: argparse.Namespace) -> ExtractConfig:
    from extract.config import ExtractConfig

    return ExtractConfig(model=args.model, batch_size=args.batch_size, ner_policy=args.ner_policy)


def _fetch_config(args: argparse.Namespace) -> FetchConfig:
    from fetch.config import DEFAULT_USER_AGENT, FetchConfig

    try:
        return FetchConfig(
            concurrency=args.concurrency,
            per_host=args.per_host,
            delay=args.delay,
            connect_timeout=args.connect_timeout,
            read_timeout=args.read_timeout,
            total_timeout=args.timeout,
            max_bytes=args.max_bytes,
            retries=args.retries,
            user_agent=args.user_agent or DEFAULT_USER_AGENT,
            contact=args.contact,
            refresh=args.refresh,
            allow_private=args.allow_private,
        )
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc


def _open_store(path: str, *, must_exist: bool = False) -> Store:
    from verdicts.store import Store

    if must_exist and not Path(path).is_file():
        raise ConfigError(f"no database at {path} (run 'verdicts run' or 'verdicts extract' first)")
    return Store(path)


def _run_batch(
    args: argparse.Namespace,
    command: str,
    work: Any,
    cluster: Any = None,
    *,
    total: int | None = None,
) -> int:
    """Open the store, load the extractor, run ``work(batcher)``, record the run; exit code.

    With a ``cluster`` (verdicts.engine) the workers extract and the driver loads no model.
    """
    from extract.records import RecordExtractor
    from verdicts.pipeline import Batcher, Tally

    config = _extract_config(args)
    store = _open_store(args.db)
    try:
        extractor = cluster.extractor if cluster is not None else RecordExtractor(config)
        arguments = {k: v for k, v in vars(args).items() if k != "func"}
        run_id = store.start_run(
            command, arguments, version=VERSION, extractor_version=extractor.version
        )
        tally = Tally()
        progress = _progress(args, total=total, verb="fetched" if command == "run" else "extracted")
        # the driver of a cluster extracts nothing: the budgets apply where the work runs
        stages = _budgeted(args, extractor) if cluster is None else None
        batcher = Batcher(
            store, stages or extractor, config, run_id=run_id, tally=tally,
            on_status=progress.update, strip=stages.strip if stages else None,
        )
        fault: DatabaseFault | None = None
        try:
            work(batcher)
        except DatabaseFault as exc:
            fault = exc
        finally:
            if stages is not None:
                stages.close()
            progress.close()
            _finish_run(store, run_id, tally, fault)
        if fault is not None:
            raise fault  # one line, exit 2: the database failed, no document did
        code = _report(store, run_id, tally)
        _refresh(store)
        # An input still failing from an earlier run is not done: say so in the exit code.
        return 1 if code or tally.counts.get("already-failed") else 0
    finally:
        store.close()


def _cluster(args: argparse.Namespace) -> contextlib.AbstractContextManager[Any]:
    """The Dask cluster of ``--workers``/``--dask``, or None (the single-process path)."""
    if not (getattr(args, "workers", None) or getattr(args, "dask", None)):
        return contextlib.nullcontext()
    from verdicts.engine import ClusterConfig, open_cluster

    return open_cluster(
        ClusterConfig(workers=args.workers, address=args.dask, task_size=args.task_size)
    )


def _finish_run(store: Store, run_id: int, tally: Tally, fault: DatabaseFault | None) -> None:
    """Close the run row, with the reason when the database stopped the run."""
    counts = tally.as_dict()
    if fault is not None:
        counts["stopped"] = f"{fault.reason}: {fault}"
    try:
        store.finish_run(run_id, counts)
    except VerdictsError:
        if fault is None:
            raise  # a fault while closing a good run is the run's error


def _budgeted(args: argparse.Namespace, extractor: Any) -> Any:
    """Strip and extract in a worker stopped past the budgets, unless --no-hard-stop."""
    from extract.article import to_article
    from verdicts.budget import BudgetedStages
    from verdicts.budget_flags import budgets_from_args

    budgets = budgets_from_args(args)
    return BudgetedStages(extractor, budgets, to_article=to_article) if budgets.hard_stop else None


def _progress(args: argparse.Namespace, *, total: int | None, verb: str) -> Any:
    from verdicts.progress import Progress

    quiet = getattr(args, "quiet", False)
    return Progress(
        enabled_bar=sys.stderr.isatty() and not quiet,
        stream=sys.stderr,
        total=total,
        quiet=quiet,
        labels={"fetched": verb},
    )


def _refresh(store: Store) -> None:
    from verdicts.analyst import refresh_and_report

    refresh_and_report(store)


def _report(store: Store, run_id: int, tally: Tally) -> int:
    """Print the summary, counted from what the database holds for the run; the exit code."""
    from verdicts.progress import summary
    from verdicts.report import run_counts

    counts, reasons = run_counts(store, run_id)
    extra = {k: v for k, v in tally.counts.items() if k in ("unchanged", "already-stored",
                                                          "already-failed")}
    print(summary({**counts, **extra}, reasons), file=sys.stderr)
    return 1 if counts.get("failed") else 0


def _cmd_run(args: argparse.Namespace) -> int:
    from verdicts.crawl import UrlSources, run_urls

    if not (args.url_files or args.feed or args.sitemap or args.warc):
        raise ConfigError("give at least one URLS_FILE, --feed, --sitemap or --warc")
    from fetch.warc import expand_warcs

    fetch_config = _fetch_config(args)
    sources = UrlSources(
        url_files=tuple(Path(p) for p in args.url_files),
        feeds=tuple(args.feed),
        sitemaps=tuple(args.sitemap),
        warcs=expand_warcs(args.warc),
        since=args.since,
    )
    with _cluster(args) as cluster:
        if cluster is not None:
            work = lambda batcher: cluster.run_urls(sources, fetch_config, batcher)  # noqa: E731
            return _run_batch(args, "run", work, cluster)
        return _run_batch(args, "run", lambda batcher: run_urls(sources, fetch_config, batcher))


def _cmd_extract(args: argparse.Namespace) -> int:
    from fetch.files import check_manifest_ids, iter_manifest, iter_paths
    from verdicts.pipeline import process

    if bool(args.paths) == bool(args.manifest):
        raise ConfigError("give either PATH... or --manifest FILE")
    if args.manifest and not Path(args.manifest).is_file():
        raise ConfigError(f"no such manifest: {args.manifest}")
    if args.manifest:
        check_manifest_ids(args.manifest)
    items = iter_manifest(args.manifest) if args.manifest else iter_paths(args.paths)
    total = _count_inputs(args.manifest, args.paths)
    with _cluster(args) as cluster:
        if cluster is not None:
            work = lambda batcher: cluster.process(items, batcher, skip_stored=True)  # noqa: E731
            return _run_batch(args, "extract", work, cluster, total=total)
        return _run_batch(args, "extract", lambda batcher: process(items, batcher), total=total)


def _count_inputs(manifest: str | None, paths: list[str]) -> int | None:
    """How many documents an extract reads, for the progress total (None if unknown)."""
    if manifest:
        with open(manifest, encoding="utf-8") as lines:
            return sum(1 for line in lines if line.strip())
    count = 0
    for path in map(Path, paths):
        count += sum(1 for f in path.rglob("*") if f.is_file()) if path.is_dir() else 1
    return count


def _cmd_reextract(args: argparse.Namespace) -> int:
    from verdicts.pipeline import process, stored_pages

    store_path = args.db
    if not Path(store_path).is_file():
        raise ConfigError(f"no database at {store_path}")

    with _cluster(args) as cluster:

        def work(batcher: Any) -> None:
            if cluster is not None:
                cluster.process(stored_pages(batcher.store), batcher, skip_stored=False)
            else:
                process(stored_pages(batcher.store), batcher)

        with _open_store(store_path) as store:
            total = next(store.query("SELECT count(*) AS n FROM raw_pages"))["n"]
        return _run_batch(args, "reextract", work, cluster, total=total)


def _cmd_export(args: argparse.Namespace) -> int:
    from verdicts.report import export_csv, export_jsonl

    store = _open_store(args.db, must_exist=True)
    try:
        writer = export_jsonl if args.format == "jsonl" else export_csv
        if args.out:
            try:
                with open(args.out, "w", encoding="utf-8", newline="") as out:
                    n = writer(store, out)
            except OSError as exc:
                raise ConfigError(f"cannot write {args.out}: {exc.strerror}") from exc
            unit = "articles" if args.format == "jsonl" else "records"
            print(f"wrote {n} {unit} to {args.out}", file=sys.stderr)
        else:
            try:
                writer(store, sys.stdout)
                sys.stdout.flush()
            except BrokenPipeError:
                # The reader stopped (`| head`): not an error. Point stdout at /dev/null so
                # the interpreter's final flush does not raise again.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        store.close()
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    import json

    from verdicts.report import format_stats, stats

    store = _open_store(args.db, must_exist=True)
    try:
        data = stats(store)
    finally:
        store.close()
    print(json.dumps(data, indent=2) if args.json else format_stats(data))
    return 0


def _cmd_body(args: argparse.Namespace) -> int:
    from verdicts.body_command import run_body

    return run_body(list(args.paths), as_json=args.json, out=sys.stdout)


def _cmd_demo(args: argparse.Namespace) -> int:
    from verdicts.demo import run_demo

    # main is passed in so that demo never imports cli (no import circle).
    return run_demo(db=Path(args.db), model=args.model, run_cli=main)


def _safe(exc: Exception) -> str:
    from verdicts.safe_text import terminal_line

    return terminal_line(str(exc))


_COMMANDS = {
    "run": _cmd_run,
    "extract": _cmd_extract,
    "export": _cmd_export,
    "stats": _cmd_stats,
    "reextract": _cmd_reextract,
    "body": _cmd_body,
    "demo": _cmd_demo,
    "correct": cmd_correct,
    "serve": cmd_serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``verdicts`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "db", "") is None:
        args.db = default_db()
        if not os.environ.get(DB_ENV):
            Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    try:
        return _COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"verdicts: error: {_safe(exc)}", file=sys.stderr)
        return 2
    except VerdictsError as exc:  # store could not open, etc.: configuration-level
        print(f"verdicts: error: {_safe(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("verdicts: interrupted; run the same command again to complete it", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
