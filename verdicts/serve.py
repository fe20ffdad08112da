"""``verdicts serve``: Datasette over the database, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

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


def prepare(db: Any) -> None:
    """Objects the served views need, made while the database is still writable."""
    if not db["records"].detect_fts():
        db["records"].enable_fts(
            ["person", "charge", "city", "evidence"], create_triggers=True, tokenize="porter"
        )
    outlet = (
        "CASE WHEN a.url IS NULL THEN a.source ELSE replace(substr(a.url, instr(a.url, '//') + 2,"
        " instr(substr(a.url, instr(a.url, '//') + 2) || '/', '/') - 1), 'www.', '') END"
    )
    db.execute(
        "CREATE VIEW IF NOT EXISTS reports AS SELECT r.id, r.case_id, r.person, r.group_size,"
        " r.city, r.place, r.region, r.country, r.latitude, r.longitude, r.date,"
        " CAST(substr(coalesce(r.date, a.published), 1, 4) AS INTEGER) AS year, r.charge,"
        f" r.sentence, r.sentence_months, r.sentence_type, r.outcome, {outlet} AS outlet,"
        " a.url, a.title, a.published FROM records r JOIN articles a ON a.id = r.article_id"
        " WHERE r.rejected = 0"
    )


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
