"""Reading the database for people: export (gold JSONL, CSV), stats, the records table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from schemas.tables import RECORD_FIELDS
from verdicts.safe_text import csv_cell, terminal_line
from verdicts.store import Store

_EXTRA_RECORD_FIELDS = ("country", "place", "region", "latitude", "longitude", "place_id",
                        "evidence_start", "evidence_end", "rule_id", "extractor_version",
                        "id", "article_id", "case_id")
_TABLE_FIELDS = tuple(f for f in RECORD_FIELDS if f != "evidence")
_ARTICLE_COLUMNS = ("doc_id", "url", "final_url", "title", "published", "language", "status")


def _record_dict(row: dict[str, Any]) -> dict[str, Any]:
    rec = {f: row[f] for f in (*RECORD_FIELDS, *_EXTRA_RECORD_FIELDS)}
    months = rec["sentence_months"]
    if isinstance(months, float) and months.is_integer():
        rec["sentence_months"] = int(months)
    rec["flags"] = json.loads(row["flags"] or "[]")
    if row.get("corrected"):
        rec["corrected"] = json.loads(row["corrected"])
    return rec


def iter_documents(store: Store) -> Iterator[dict[str, Any]]:
    """One dict per article in the gold file's shape, records included."""
    records: dict[int, list[dict[str, Any]]] = {}
    for row in store.query(
        "SELECT * FROM records WHERE rejected = 0 ORDER BY article_id, evidence_start, rowid"
    ):
        records.setdefault(row["article_id"], []).append(_record_dict(row))
    for art in store.query(
        f"SELECT id, {', '.join(_ARTICLE_COLUMNS)}, error FROM articles ORDER BY id"
    ):
        doc = {"article_id": art["id"], **{c: art[c] for c in _ARTICLE_COLUMNS}}
        if art["error"]:
            doc["error"] = art["error"]
        doc["records"] = records.get(art["id"], [])
        yield doc


def export_jsonl(store: Store, out: TextIO) -> int:
    """Write one JSON line per article; return how many."""
    n = 0
    for doc in iter_documents(store):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(store: Store, out: TextIO) -> int:
    """Write one CSV row per record joined with its article; return how many."""
    columns = [
        "id",
        "article_id",
        "case_id",
        "doc_id",
        "url",
        "title",
        "published",
        *RECORD_FIELDS,
        *(f for f in _EXTRA_RECORD_FIELDS if f not in ("id", "article_id", "case_id")),
        "flags",
        "corrected",
    ]
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in store.query(
        "SELECT a.doc_id, a.url, a.title, a.published, r.* FROM records r"
        " JOIN articles a ON a.id = r.article_id WHERE r.rejected = 0"
        " ORDER BY a.id, r.evidence_start, r.rowid"
    ):
        rec = _record_dict(row)  # months as an integer when whole: 660, not 660.0
        writer.writerow({
            c: csv_cell(row[c] if c in ("flags", "corrected") else rec.get(c, row[c]))
            for c in columns
        })
        n += 1
    return n


def stats(store: Store) -> dict[str, Any]:
    """Counts of articles, records and failures, by status, outcome, type and city."""

    def grouped(sql: str) -> dict[str, int]:
        return {str(r["k"]): int(r["n"]) for r in store.query(sql)}

    one = next(
        store.query(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM records)"
            " AS records, (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM"
            " corrections) AS corrections, (SELECT count(*) FROM failures) + (SELECT count(*)"
            " FROM articles WHERE status = 'failed') AS failures, (SELECT count(*) FROM runs)"
            " AS runs"
        )
    )
    return {
        **one,
        "articles_by_status": grouped(
            "SELECT status AS k, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC"
        ),
        "records_by_outcome": grouped(
            "SELECT outcome AS k, count(*) AS n FROM records GROUP BY 1 ORDER BY 2 DESC"
        ),
        "records_by_type": grouped(
            "SELECT coalesce(sentence_type, '(none)') AS k, count(*) AS n FROM records"
            " GROUP BY 1 ORDER BY 2 DESC"
        ),
        "records_by_city": grouped(
            "SELECT coalesce(city, '(unknown)') AS k, count(*) AS n FROM records"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 25"
        ),
        "failures_by_reason": grouped(
            "SELECT reason AS k, count(*) AS n FROM (SELECT reason FROM failures UNION ALL"
            " SELECT substr(error, 1, instr(error || ':', ':') - 1) FROM articles"
            " WHERE status = 'failed') GROUP BY 1 ORDER BY 2 DESC"
        ),
    }


def format_stats(data: dict[str, Any]) -> str:
    """The stats as a plain-text report."""
    lines = [
        f"articles {data['articles']}   records {data['records']}   cases {data['cases']}"
        f"   corrections {data['corrections']}   failures {data['failures']}"
        f"   runs {data['runs']}"
    ]
    for title, key in (
        ("articles by status", "articles_by_status"),
        ("records by outcome", "records_by_outcome"),
        ("records by sentence type", "records_by_type"),
        ("records by city", "records_by_city"),
        ("failures by reason", "failures_by_reason"),
    ):
        if data[key]:
            lines.append(f"\n{title}:")
            width = max(len(k) for k in data[key])
            lines += [f"  {k:<{width}}  {v:>6}" for k, v in data[key].items()]
    return "\n".join(lines)


def print_records_table(store: Store, out: TextIO) -> int:
    """A readable table of every record (rich), for the demo and quick looks."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="verdicts — sentencing records", show_lines=False, expand=False)
    for name in ("person", "n", "city", "date", "charge", "sentence", "months", "type", "outcome"):
        table.add_column(name, overflow="fold")
    n = 0
    for row in store.query(
        "SELECT * FROM records WHERE rejected = 0 ORDER BY article_id, evidence_start, rowid"
    ):
        rec = _record_dict(row)
        table.add_row(*("" if rec[k] is None else Text(terminal_line(str(rec[k])))
                        for k in _TABLE_FIELDS))
        n += 1
    Console(file=out, width=160).print(table)
    return n


def run_counts(store: Store, run_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """What run ``run_id`` left in the database: counts by status, and failures by reason.

    The summary is read back from the database, never from counters kept along the way, so
    a document that replaced another (same id) or a write that failed cannot be miscounted."""
    one = next(store.query(
        "SELECT (SELECT count(*) FROM articles WHERE run_id = ?1) AS articles,"
        " (SELECT count(*) FROM articles WHERE run_id = ?1 AND status = 'extracted') AS extracted,"
        " (SELECT count(*) FROM articles WHERE run_id = ?1 AND status = 'skipped') AS skipped,"
        " (SELECT count(*) FROM articles WHERE run_id = ?1 AND status = 'failed') AS failed_art,"
        " (SELECT count(*) FROM records r JOIN articles a ON a.id = r.article_id"
        "  WHERE a.run_id = ?1) AS records,"
        " (SELECT count(*) FROM failures WHERE run_id = ?1) AS failed_in", [run_id]))
    reasons: dict[str, int] = {}
    for row in store.query(
        "SELECT reason AS k, count(*) AS n FROM (SELECT reason FROM failures WHERE run_id = ?1"
        " UNION ALL SELECT substr(error, 1, instr(error || ':', ':') - 1) FROM articles"
        " WHERE run_id = ?1 AND status = 'failed') GROUP BY 1 ORDER BY 2 DESC", [run_id]
    ):
        reasons[str(row["k"])] = int(row["n"])
    counts = {
        "documents": one["articles"] + one["failed_in"],
        "articles": one["extracted"],
        "records": one["records"],
    }
    if one["skipped"]:
        counts["skipped"] = one["skipped"]
    failed = one["failed_art"] + one["failed_in"]
    if failed:
        counts["failed"] = failed
    return counts, reasons
