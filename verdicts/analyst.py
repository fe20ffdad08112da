"""The analysts' commands: ``verdicts correct`` and ``verdicts serve`` (see verdicts.cli)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemas.errors import ConfigError

if TYPE_CHECKING:
    from verdicts.store import Store


def add_analyst_commands(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """The ``correct`` and ``serve`` subcommands."""
    p = sub.add_parser(
        "correct",
        help="correct a record (FIELD=VALUE ...) or --reject it; kept through reextract",
        description="Store a correction of one record in the corrections table, with when"
        " and why (--note), and apply it to the records table, exports and served views."
        " It is re-attached after reextract or a new extractor version by the record's"
        " article and evidence offsets. VALUE 'null' clears a field.",
    )
    p.add_argument("record_id", metavar="RECORD_ID", help="the record's id (export, records table)")
    p.add_argument("changes", nargs="*", metavar="FIELD=VALUE", help="e.g. city=Almaty")
    p.add_argument("--reject", action="store_true", help="the record is not a sentencing record")
    p.add_argument("--note", default=None, help="why: the source of the correct value")
    add_db(p)

    p = sub.add_parser(
        "serve",
        help="browse the database in Datasette (read-only, 127.0.0.1)",
        description="Open the database read-only in Datasette: described tables, facets,"
        " canned queries, full-text search, a map of places and each record's evidence"
        " highlighted in its article. Stop with Ctrl-C.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port (8001; 0 picks a free one)")
    add_db(p)


def refresh_and_report(store: Store) -> None:
    """Re-apply corrections and rebuild cases after records changed; report lost corrections."""
    from verdicts.cases import refresh

    result = refresh(store.db)
    print(f"cases: {result.cases} from {result.records} records", file=sys.stderr)
    for lost in result.unattached:
        print(
            f"verdicts: warning: correction {lost.correction_id} of {lost.record_id} no longer"
            " attaches to a record (kept in the corrections table, status 'unattached')",
            file=sys.stderr,
        )


def cmd_correct(args: argparse.Namespace) -> int:
    from verdicts.corrections import add_correction, parse_changes
    from verdicts.store import Store

    changes = parse_changes(args.changes)
    if not Path(args.db).is_file():
        raise ConfigError(f"no database at {args.db}")
    with Store(args.db) as store:
        correction_id = add_correction(
            store.db, args.record_id, changes, reject=args.reject, note=args.note
        )
        refresh_and_report(store)
    what = "rejected" if args.reject else ", ".join(f"{k}={v}" for k, v in changes.items())
    print(f"correction {correction_id}: {args.record_id} {what}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from verdicts.serve import ServeConfig, is_current, serve

    if not Path(args.db).is_file():
        raise ConfigError(f"no database at {args.db}")
    if not is_current(Path(args.db)):
        # a database from an older version: bring its tables up to date once, then serve
        # it read-only; a current database is never written by serve
        from verdicts.store import Store

        print(f"upgrading {args.db} to the current schema", file=sys.stderr)
        with Store(args.db) as store:
            refresh_and_report(store)
    return serve(ServeConfig(db=Path(args.db), host=args.host, port=args.port))
