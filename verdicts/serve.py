"""``verdicts serve``: Datasette over the database, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WEB = Path(__file__).resolve().parent / "web"


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeConfig:
    """Where the database is and where to listen."""

    db: Path
    host: str = "127.0.0.1"
    port: int = 8001


def is_current(db: Path) -> bool:
    """Whether the database already holds every table, view and index serving reads.

    Opened read-only: a database the pipeline made or upgraded is served without one write.
    """
    from schemas.tables import FTS, TABLES, VIEWS

    wanted = {*TABLES, *(f"{table}_fts" for table in FTS), *(_view_name(v) for v in VIEWS)}
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        have = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        records = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
    return wanted <= have and {"case_id", "rejected"} <= records


def _view_name(ddl: str) -> str:
    return ddl.split(" AS ", 1)[0].split()[-1]


def app(config: ServeConfig) -> Any:
    """The Datasette ASGI app: immutable database, project metadata, plugin and template."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from verdicts.web import plugin
    from verdicts.web.metadata import metadata

    if not pm.is_registered(plugin):
        pm.register(plugin, name="verdicts-evidence")
    ds = Datasette(
        immutables=[str(config.db)],
        metadata=metadata(config.db.stem),
        template_dir=str(WEB / "templates"),
        settings={"default_page_size": 50, "sql_time_limit_ms": 3000},
    )
    return ds.app()


def serve(config: ServeConfig) -> int:
    """Serve until interrupted; return the exit code."""
    import uvicorn

    print(
        f"serving {config.db} read-only at http://{config.host}:{config.port}/ (Ctrl-C stops)",
        file=sys.stderr,
    )
    uvicorn.run(app(config), host=config.host, port=config.port, log_level="warning")
    return 0
