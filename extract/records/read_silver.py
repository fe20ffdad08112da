"""Corpus records corrected by reading ("read silver"): stored as offsets, used as strings.

The rules' records over the court-news corpus were read against their texts and corrected to
``GUIDELINES.md`` (wrong slots fixed, non-records deleted, missed records added). The
repository keeps them in ``models/ner/data/read_silver.jsonl`` as document ids, the SHA-256 of
the text and character offsets, never text: :func:`to_offsets` turns a reader's record (slot
values written as in the text) into offsets, :func:`to_strings` turns them back against the
same text. ``bench/read_silver.py`` scores the rules on these documents (`make eval`) and
``models/ner/build_data.py`` trains the tagger on them in place of uncorrected silver.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from extract.records.ner_data import find_value, text_sha256
from schemas import ConfigError

# slots written as in the text: one span, or "; "-joined parts of one span each
SPAN_SLOTS = ("person", "city")
PART_SLOTS = ("charge", "sentence")
VALUE_SLOTS = ("group_size", "date", "sentence_months", "sentence_type", "outcome")


def _locate(text: str, value: str, near: tuple[int, int]) -> tuple[int, int]:
    """The occurrence of ``value`` inside the evidence ``near``, else the one closest to it
    (exact first, then tolerant of quotes and whitespace)."""
    inside = find_value(text, value, near[0], near[1], whole_word=False)
    if inside:
        return inside
    hits: list[tuple[int, int]] = []
    start = text.find(value)
    while start >= 0:
        hits.append((start, start + len(value)))
        start = text.find(value, start + 1)
    if not hits and (loose := find_value(text, value, 0, len(text), whole_word=False)):
        hits.append(loose)
    if not hits:
        raise ValueError(f"not in the text: {value!r}")
    return min(hits, key=lambda h: abs(h[0] - near[0]))


def to_offsets(text: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A reader's record (string slots) as offsets into ``text``; ValueError when a string
    slot is not in the text."""
    evidence = str(record.get("evidence") or "").strip()
    if not evidence:
        raise ValueError("a record needs its evidence")
    ev = _locate(text, evidence, (0, len(text)))
    row: dict[str, Any] = {"evidence": list(ev)}
    for slot in SPAN_SLOTS:
        value = record.get(slot)
        row[slot] = list(_locate(text, str(value), ev)) if value else None
    for slot in PART_SLOTS:
        value = record.get(slot)
        parts = [p.strip() for p in str(value).split(";") if p.strip()] if value else []
        row[slot] = [list(_locate(text, p, ev)) for p in parts] or None
    for slot in VALUE_SLOTS:
        row[slot] = record.get(slot)
    return row


def to_strings(text: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """Offsets back to a record in the shared scorer's gold format."""
    record: dict[str, Any] = {slot: row.get(slot) for slot in VALUE_SLOTS}
    for slot in SPAN_SLOTS:
        span = row.get(slot)
        record[slot] = text[span[0]:span[1]] if span else None
    for slot in PART_SLOTS:
        spans = row.get(slot) or []
        record[slot] = "; ".join(text[s:e] for s, e in spans) or None
    s, e = row["evidence"]
    record["evidence"] = text[s:e]
    return record


def load(path: Path, texts: Mapping[str, str]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(doc_id, gold-format records)`` of every read document whose text is in ``texts``
    (doc id -> text); ConfigError when a text is not the one the offsets were made on."""
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = texts.get(row["doc_id"])
        if text is None:
            continue
        if text_sha256(text) != row["sha256"]:
            raise ConfigError(f"{row['doc_id']}: text differs from the one read ({path})")
        yield row["doc_id"], [to_strings(text, r) for r in row["records"]]
