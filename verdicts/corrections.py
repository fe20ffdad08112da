"""Stable record keys and corrections that survive re-extraction.

A record's id is ``doc_id:evidence_start-evidence_end:slot`` (slot: its place among records
sharing that evidence span), so ``reextract`` gives the same ids to the same records. A
correction is stored with the record's article, offsets, slot, person and evidence; after
every write it is re-attached (same key, else the overlapping record of the same article,
else the evidence found again in the article text) and applied to the ``records`` row. One
that can no longer be attached is kept with status ``unattached`` and reported.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from schemas import Outcome, SentenceType
from schemas.errors import ConfigError

# Fields a correction may set, with the parser of their text form.
CORRECTABLE = (
    "person", "group_size", "city", "country", "place", "region", "latitude", "longitude",
    "place_id", "date", "charge", "sentence", "sentence_months", "sentence_type", "outcome",
)  # fmt: skip
_EMPTY = {"", "null", "none"}
_PLACE_FIELDS = ("country", "place", "region", "latitude", "longitude", "place_id")


def record_key(doc_id: str, start: int, end: int, slot: int) -> str:
    """The stable id of a record: its article, its evidence span and its slot in that span."""
    return f"{doc_id}:{start}-{end}:{slot}"


def assign_keys(doc_id: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """Keys for an article's records in extraction order (slots count repeated spans)."""
    seen: dict[tuple[int, int], int] = {}
    keys = []
    for span in spans:
        slot = seen.get(span, 0)
        seen[span] = slot + 1
        keys.append(record_key(doc_id, span[0], span[1], slot))
    return keys


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def parse_value(field: str, text: str) -> Any:
    """The typed value of ``field=text`` from the command line; ConfigError when invalid."""
    if field not in CORRECTABLE:
        raise ConfigError(f"cannot correct {field!r}; fields: {', '.join(CORRECTABLE)}")
    if text.strip().lower() in _EMPTY:
        if field in ("group_size", "outcome"):
            raise ConfigError(f"{field} cannot be empty")
        return None
    try:
        if field == "group_size":
            value = int(text)
            if value < 1:
                raise ValueError("must be at least 1")
            return value
        if field in ("sentence_months", "latitude", "longitude"):
            number = float(text)
            if field == "sentence_months" and number < 0:
                raise ValueError("must not be negative")
            return number
        if field == "date":
            return dt.date.fromisoformat(text).isoformat()
        if field == "outcome":
            return Outcome(text).value
        if field == "sentence_type":
            return SentenceType(text).value
    except ValueError as exc:
        raise ConfigError(f"bad value for {field}: {text!r} ({exc})") from exc
    return text


def parse_changes(pairs: Iterable[str]) -> dict[str, Any]:
    """``["city=Almaty", "sentence_months=60"]`` → typed ``{field: value}``."""
    changes: dict[str, Any] = {}
    for pair in pairs:
        field, sep, text = pair.partition("=")
        if not sep:
            raise ConfigError(f"expected FIELD=VALUE, got {pair!r}")
        changes[field.strip()] = parse_value(field.strip(), text)
    return changes


def add_correction(
    db: sqlite_utils.Database,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    reject: bool = False,
    note: str | None = None,
) -> int:
    """Store a correction of ``record_id`` (which must exist) and apply it; return its id."""
    if not changes and not reject:
        raise ConfigError("give FIELD=VALUE changes or --reject")
    if changes.get("city") and not set(changes) & set(_PLACE_FIELDS):
        # A new place as written: its gazetteer name, region, country and point come with it.
        from extract.places import place_fields

        resolved = place_fields(changes["city"], None)
        changes = {**{f: resolved[f] for f in _PLACE_FIELDS}, **changes}
    rows = list(
        db.query(
            "SELECT r.*, a.doc_id FROM records r JOIN articles a ON a.id = r.article_id"
            " WHERE r.id = ?",
            [record_id],
        )
    )
    if not rows:
        raise ConfigError(f"no record {record_id!r} (ids are in the export and the records table)")
    row = rows[0]
    slot = int(str(row["id"]).rsplit(":", 1)[-1])
    with db.conn:
        cursor = db.execute(
            "INSERT INTO corrections (record_id, doc_id, evidence_start, evidence_end, slot,"
            " person, evidence, changes, reject, note, created_at, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'attached')",
            [
                record_id, row["doc_id"], row["evidence_start"], row["evidence_end"], slot,
                row["person"], row["evidence"], json.dumps(dict(changes)), int(reject), note,
                _now(),
            ],
        )  # fmt: skip
    apply_corrections(db)
    return int(cursor.lastrowid or 0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unattached:
    """A correction whose record is gone: reported, never dropped."""

    correction_id: int
    record_id: str
    doc_id: str
    note: str | None


def _find_record(
    db: sqlite_utils.Database, corr: dict[str, Any], article: dict[str, Any]
) -> str | None:
    """The record a correction applies to now, or None."""
    records = list(
        db.query(
            "SELECT id, person, evidence_start, evidence_end FROM records WHERE article_id = ?",
            [article["id"]],
        )
    )
    by_id = {r["id"]: r for r in records}
    key = record_key(corr["doc_id"], corr["evidence_start"], corr["evidence_end"], corr["slot"])
    if key in by_id:
        return key
    spans = [(corr["evidence_start"], corr["evidence_end"])]
    # The article text may have moved (a new body stripper): find the evidence again.
    evidence = corr["evidence"] or ""
    found = article["text"].find(evidence) if evidence else -1
    if found >= 0:
        spans.append((found, found + len(evidence)))
    person = (corr["person"] or "").casefold()

    def score(rec: dict[str, Any]) -> tuple[int, int, int]:
        overlap = max(
            min(end, rec["evidence_end"]) - max(start, rec["evidence_start"])
            for start, end in spans
        )
        same_person = int(bool(person) and (rec["person"] or "").casefold() == person)
        slot = int(str(rec["id"]).rsplit(":", 1)[-1])
        return same_person, overlap, -abs(slot - corr["slot"])

    scored = [(score(r), r["id"]) for r in records]
    scored = [s for s in scored if s[0][1] > 0 and (s[0][0] or not person)]
    if not scored:
        # No same-named record overlaps: accept an overlapping one only for unnamed records.
        return None
    return max(scored)[1]


def apply_corrections(db: sqlite_utils.Database) -> list[Unattached]:
    """Re-attach every correction and apply it to ``records``; return those left unattached."""
    unattached: list[Unattached] = []
    corrections = list(db.query("SELECT * FROM corrections ORDER BY id"))
    if not corrections:
        return unattached
    articles = {
        a["doc_id"]: a
        for a in db.query(
            "SELECT id, doc_id, text FROM articles WHERE doc_id IN (SELECT doc_id FROM corrections)"
        )
    }
    with db.conn:
        for corr in corrections:
            article = articles.get(corr["doc_id"])
            target = _find_record(db, corr, article) if article else None
            if target is None:
                db.execute(
                    "UPDATE corrections SET status = 'unattached', checked_at = ? WHERE id = ?",
                    [_now(), corr["id"]],
                )
                unattached.append(
                    Unattached(
                        correction_id=corr["id"],
                        record_id=corr["record_id"],
                        doc_id=corr["doc_id"],
                        note=corr["note"],
                    )
                )
                continue
            _apply_one(db, corr, target)
    return unattached


def _apply_one(db: sqlite_utils.Database, corr: dict[str, Any], target: str) -> None:
    changes: dict[str, Any] = json.loads(corr["changes"])
    current = next(db.query("SELECT * FROM records WHERE id = ?", [target]))
    original = json.loads(corr["original"]) if corr["original"] else None
    if original is None or corr["record_id"] != target:
        # The values as extracted, before any correction: shown next to the corrected ones.
        original = {f: current[f] for f in changes}
    fields = sorted(set(json.loads(current["corrected"] or "[]")) | set(changes))
    sets = [f"{f} = ?" for f in changes] + ["corrected = ?"]
    params: list[Any] = [*changes.values(), json.dumps(fields)]
    if corr["reject"]:
        sets.append("rejected = 1")
    db.execute(f"UPDATE records SET {', '.join(sets)} WHERE id = ?", [*params, target])
    db.execute(
        "UPDATE corrections SET record_id = ?, status = 'attached', original = ?, checked_at = ?"
        " WHERE id = ?",
        [target, json.dumps(original), _now(), corr["id"]],
    )


def migrate_records(db: sqlite_utils.Database) -> None:
    """Bring a records table from before stable keys up to date (ids rebuilt as keys)."""
    columns = {c.name: c.type for c in db["records"].columns}
    if columns.get("id", "").upper() == "TEXT" and "rejected" in columns:
        return
    old = [c for c in columns if c != "id"]
    with db.conn:
        db.execute("ALTER TABLE records RENAME TO records_old")
        from schemas.tables import TABLES

        db.execute(TABLES["records"])
        slot = (
            "ROW_NUMBER() OVER (PARTITION BY r.article_id, r.evidence_start, r.evidence_end"
            " ORDER BY r.id) - 1"
        )
        key = f"a.doc_id || ':' || r.evidence_start || '-' || r.evidence_end || ':' || ({slot})"
        db.execute(
            f"INSERT INTO records (id, {', '.join(old)}) SELECT {key},"
            f" {', '.join('r.' + c for c in old)} FROM records_old r"
            " JOIN articles a ON a.id = r.article_id"
        )
        db.execute("DROP TABLE records_old")
