"""The SQLite store: the only module that touches the database (sqlite-utils).

Writes are idempotent: an article is keyed by ``doc_id`` (and its URL), its records are
replaced in one transaction, and a failure never removes what an earlier run stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from schemas import Article, Attempt, Failure, Page, Record
from schemas.errors import DatabaseFault, StoreError
from schemas.tables import FTS, INDEXES, TABLES, VIEWS
from verdicts.corrections import assign_keys, migrate_records


@dataclass(frozen=True, slots=True)
class StoredPage:
    """What the store knows of an input already seen: enough for a conditional GET."""

    article_id: int
    doc_id: str
    status: str
    etag: str | None
    last_modified: str | None
    content_sha256: str | None


def doc_id_for_url(url: str) -> str:
    """A stable, readable id for a fetched page: its host and a short hash of the URL."""
    host = urlsplit(url).hostname or "page"
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


_FAULTS = (
    ("database or disk is full", "db-full", "the disk (or the database's size limit) is full"),
    ("database is locked", "db-locked", "another process holds a lock on the database"),
    ("readonly database", "db-readonly", "the database file is read-only"),
    ("disk i/o error", "db-io", "the disk failed to read or write"),
)


def db_fault(path: Path, exc: sqlite3.Error) -> DatabaseFault | None:
    """The :class:`DatabaseFault` an SQLite error means, or None when it is about one row."""
    text = str(exc).lower()
    for needle, reason, meaning in _FAULTS:
        if needle in text:
            return DatabaseFault(f"{path}: {meaning} ({exc})", reason=reason)
    return None


@contextlib.contextmanager
def _faults(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        fault = db_fault(path, exc)
        if fault is None:
            raise
        raise fault from exc


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A verdicts database; open it once per command and :meth:`close` it at the end."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise StoreError(
                f"cannot open database {self.path}: folder {self.path.parent} does not exist",
                reason="db-folder-missing",
            )
        try:
            # a writer elsewhere: wait up to 10 s for its lock, then a clear error
            self.db = sqlite_utils.Database(sqlite3.connect(self.path, timeout=10.0))
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.enable_wal()
            self._create()
        except sqlite3.Error as exc:
            raise db_fault(self.path, exc) or StoreError(
                f"cannot open database {self.path}: {exc}", reason="db-open"
            ) from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    def _create(self) -> None:
        with self.db.atomic():
            for ddl in TABLES.values():
                self.db.execute(ddl)
        migrate_records(self.db)
        with self.db.atomic():
            for ddl in (*INDEXES, *VIEWS):
                self.db.execute(ddl)
        for table, columns in FTS.items():
            if not self.db[table].detect_fts():  # type: ignore[union-attr]
                self.db[table].enable_fts(  # type: ignore[union-attr]
                    list(columns), create_triggers=True, tokenize="porter"
                )

    # -- runs --------------------------------------------------------------------------------
    def start_run(
        self,
        command: str,
        arguments: dict[str, Any],
        *,
        version: str,
        extractor_version: str | None,
    ) -> int:
        with _faults(self.path), self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO runs (command, arguments, started, verdicts_version,"
                " extractor_version) VALUES (?, ?, ?, ?, ?)",
                [command, json.dumps(arguments, default=str), _now(), version, extractor_version],
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with _faults(self.path), self.db.atomic():
            self.db.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                [_now(), json.dumps(counts), run_id],
            )

    # -- reading what is known ---------------------------------------------------------------
    def stored_page(
        self, *, url: str | None = None, doc_id: str | None = None
    ) -> StoredPage | None:
        """The stored article for a URL or doc_id, or None when there is none."""
        if url is None and doc_id is None:
            raise ValueError("stored_page needs url or doc_id")
        column, value = ("url", url) if url is not None else ("doc_id", doc_id)
        rows = list(
            self.db.query(
                "SELECT id, doc_id, status, etag, last_modified, content_sha256 FROM articles"
                f" WHERE {column} = ?",
                [value],
            )
        )
        if not rows:
            return None
        row = rows[0]
        return StoredPage(
            article_id=row["id"],
            doc_id=row["doc_id"],
            status=row["status"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            content_sha256=row["content_sha256"],
        )

    def failed_inputs(self) -> set[str]:
        return {row["input"] for row in self.db.query("SELECT input FROM failures")}

    # -- writing -----------------------------------------------------------------------------
    def save_article(
        self,
        article: Article,
        page: Page,
        *,
        records: Iterable[Record] = (),
        status: str = "extracted",
        error: str | None = None,
        notes: str | None = None,
        extractor_version: str | None = None,
        run_id: int | None = None,
        input_key: str | None = None,
    ) -> int:
        """Insert or replace one article, its raw page and all its records, atomically."""
        doc_id = article.doc_id or (doc_id_for_url(article.url) if article.url else None)
        if doc_id is None:
            raise StoreError("an article needs a doc_id or a URL", reason="no-identity")
        row = {
            "doc_id": doc_id,
            "url": article.url,
            "final_url": article.final_url,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "author": article.author,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "source": article.source,
            "kind": article.kind,
            "fetched_at": article.fetched_at.isoformat(timespec="seconds"),
            "etag": page.etag,
            "last_modified": page.last_modified,
            "content_sha256": article.content_sha256,
            "text": article.text,
            "body_method": article.body_method,
            "status": status,
            "error": error,
            "notes": notes,
            "extractor_version": extractor_version,
            "extracted_at": _now(),
            "run_id": run_id,
        }
        rows = list(records)
        row["record_count"] = len(rows)
        try:
            with self.db.atomic():
                article_id = self._upsert_article(row)
                self._put_raw(article_id, page)
                self._replace_records(article_id, doc_id, rows)
                keys = [k for k in (input_key, article.url, doc_id) if k]
                self.db.execute(
                    f"DELETE FROM failures WHERE input IN ({','.join('?' * len(keys))})", keys
                )
        except sqlite3.Error as exc:
            raise db_fault(self.path, exc) or StoreError(
                f"cannot store {doc_id}: {exc}", reason="db-write"
            ) from exc
        return article_id

    def save_failure(self, failure: Failure, *, run_id: int | None = None) -> None:
        """Record that an input fails now; what is already stored for it stays."""
        with _faults(self.path), self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO failures"
                " (input, doc_id, stage, reason, detail, http_status, run_id, failed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    failure.input,
                    failure.doc_id,
                    failure.stage,
                    failure.reason,
                    failure.detail,
                    failure.http_status,
                    run_id,
                    _now(),
                ],
            )

    def log_attempts(self, attempts: Iterable[Attempt], *, run_id: int | None = None) -> None:
        rows = [
            {
                "run_id": run_id,
                "url": a.url,
                "requested_at": a.requested_at.isoformat(timespec="milliseconds"),
                "http_status": a.http_status,
                "error": a.error,
                "detail": a.detail,
                "bytes": a.nbytes,
                "elapsed_ms": a.elapsed_ms,
                "final_url": a.final_url,
            }
            for a in attempts
        ]
        if rows:
            with _faults(self.path), self.db.atomic():
                self.db["fetch_log"].insert_all(rows)  # type: ignore[union-attr]

    def _upsert_article(self, row: dict[str, Any]) -> int:
        existing = list(
            self.db.query(
                "SELECT id FROM articles WHERE doc_id = ? OR (url IS NOT NULL AND url = ?)",
                [row["doc_id"], row["url"]],
            )
        )
        if existing:
            article_id = int(existing[0]["id"])
            columns = ", ".join(f"{k} = ?" for k in row)
            self.db.execute(
                f"UPDATE articles SET {columns} WHERE id = ?", [*row.values(), article_id]
            )
            return article_id
        columns = ", ".join(row)
        cursor = self.db.execute(
            f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return int(cursor.lastrowid or 0)

    def _put_raw(self, article_id: int, page: Page) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO raw_pages"
            " (article_id, content_type, encoding, http_status, nbytes, published_hint, body_gz)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                page.content_type,
                page.encoding,
                page.http_status,
                page.nbytes,
                page.published_hint.isoformat() if page.published_hint else None,
                gzip.compress(page.html.encode("utf-8", "replace"), compresslevel=6),
            ],
        )

    def _replace_records(self, article_id: int, doc_id: str, records: list[Record]) -> None:
        self.db.execute("DELETE FROM records WHERE article_id = ?", [article_id])
        keys = assign_keys(doc_id, [(r.evidence_start, r.evidence_end) for r in records])
        for key, rec in zip(keys, records, strict=True):
            data = {"id": key, **rec.model_dump(mode="json")}
            data["flags"] = json.dumps(data["flags"])
            data["article_id"] = article_id
            columns = ", ".join(data)
            self.db.execute(
                f"INSERT INTO records ({columns}) VALUES ({', '.join('?' * len(data))})",
                list(data.values()),
            )

    # -- reading for reextract, export and stats ---------------------------------------------
    def iter_stored_pages(self) -> Iterator[tuple[int, Page]]:
        """Every stored raw page rebuilt as a :class:`Page`, for re-extraction.

        Ids are read first so that writing while iterating never revisits a row.
        """
        ids = [
            row["article_id"]
            for row in self.db.query("SELECT article_id FROM raw_pages ORDER BY 1")
        ]
        sql = (
            "SELECT a.id, a.doc_id, a.url, a.final_url, a.source, a.kind, a.fetched_at, a.etag,"
            " a.last_modified, r.content_type, r.encoding, r.http_status, r.nbytes,"
            " r.published_hint, r.body_gz FROM articles a JOIN raw_pages r ON r.article_id = a.id"
            " WHERE a.id = ?"
        )
        for article_id in ids:
            for row in self.db.query(sql, [article_id]):
                yield row["id"], _page_from_row(row)

    def query(self, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of a read-only query, as dicts."""
        return self.db.query(sql, params or [])


def _page_from_row(row: dict[str, Any]) -> Page:
    hint = row["published_hint"]
    return Page(
        url=row["url"],
        doc_id=row["doc_id"],
        final_url=row["final_url"],
        source=row["source"],
        kind=row["kind"],
        html=gzip.decompress(row["body_gz"]).decode("utf-8"),
        http_status=row["http_status"],
        content_type=row["content_type"],
        encoding=row["encoding"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        fetched_at=dt.datetime.fromisoformat(row["fetched_at"]),
        nbytes=row["nbytes"] or 0,
        published_hint=dt.date.fromisoformat(hint) if hint else None,
    )
