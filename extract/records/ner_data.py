"""Training annotations for the trained span tagger: document ids and character offsets.

An annotation never holds text: it names a document, the SHA-256 of the text its offsets
point into, the training windows (segments) and the labelled spans inside them. Two sources:

- gold: a gold record's evidence is located in the article text, then each slot value is
  located inside the evidence (the place also in the evidence's paragraph; the date as an
  expression that resolves to the gold date against ``published``);
- silver: records the rule extractor made, located the same way inside their own evidence
  offsets; a segment is kept only when every record in it located its person, sentence
  and charge (whatever the rules filled), so no record in a kept window has an unlabelled
  defendant, term or charge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from extract.dates import find_dates

LABELS = ("DEFENDANT", "CHARGE", "SENTENCE", "COURT_PLACE", "VERDICT_DATE")
# record field -> label; the date is located by resolution, not by text
SLOT_LABELS: Mapping[str, str] = {
    "person": "DEFENDANT", "charge": "CHARGE", "sentence": "SENTENCE", "city": "COURT_PLACE",
    "date": "VERDICT_DATE",
}
_ELLIPSIS_RE = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*")
_QUOTES = {**dict.fromkeys("'’‘", "['’‘]"), **dict.fromkeys('"“”', '["“”]'),
           **dict.fromkeys("-–—", "[-–—]")}
_MAX_SEGMENT = 1_500  # characters; a longer paragraph is cut to the evidence's sentences


def text_sha256(text: str) -> str:
    """The digest that ties an annotation to the exact text its offsets point into."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class DocAnnotation:
    """One document's training windows and labelled spans (absolute character offsets)."""

    doc_id: str
    source: str
    sha256: str
    segments: list[tuple[int, int]] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "source": self.source, "sha256": self.sha256,
                "segments": [list(s) for s in self.segments],
                "spans": [list(s) for s in self.spans]}

    @classmethod
    def from_json(cls, row: Mapping[str, Any]) -> DocAnnotation:
        return cls(doc_id=str(row["doc_id"]), source=str(row["source"]),
                   sha256=str(row["sha256"]),
                   segments=[(int(a), int(b)) for a, b in row["segments"]],
                   spans=[(int(a), int(b), str(c)) for a, b, c in row["spans"]])


def _loose_pattern(needle: str) -> re.Pattern[str] | None:
    """``needle`` as a regex tolerant of whitespace runs and curly/straight quotes."""
    words = needle.split()
    if not words:
        return None
    parts = ["".join(_QUOTES.get(ch, re.escape(ch)) for ch in w) for w in words]
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def find_value(text: str, value: str, start: int, end: int,
               *, whole_word: bool = True) -> tuple[int, int] | None:
    """The first occurrence of ``value`` inside ``text[start:end]``, as absolute offsets."""
    rx = _loose_pattern(value)
    if rx is None:
        return None
    for m in rx.finditer(text, start, end):
        s, e = m.start(), m.end()
        if whole_word and ((s > 0 and text[s - 1].isalnum() and text[s].isalnum())
                           or (e < len(text) and text[e].isalnum() and text[e - 1].isalnum())):
            continue
        return s, e
    return None


def locate_evidence(text: str, evidence: str) -> list[tuple[int, int]]:
    """Where a gold evidence quote lies in ``text``: one span per piece between ellipses,
    in order; empty if any piece is not found."""
    pieces = [p.strip(" \"“”'‘’") for p in _ELLIPSIS_RE.split(evidence)]
    out: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        if not piece:
            continue
        hit = find_value(text, piece, pos, len(text), whole_word=False)
        if hit is None and out:  # a piece may be quoted out of order
            hit = find_value(text, piece, 0, len(text), whole_word=False)
        if hit is None:
            return []
        out.append(hit)
        pos = hit[1]
    return out


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) around ``text[start:end]``, cut to nearby sentence ends when it
    is longer than ``_MAX_SEGMENT``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > _MAX_SEGMENT:
        dot = max(text.rfind(". ", lo, start), lo - 2)
        lo = dot + 2
        nxt = text.find(". ", end, hi)
        hi = hi if nxt < 0 else nxt + 1
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _person_span(text: str, person: str, ev: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The full name inside the evidence, else its surname (the mention a tagger can see)."""
    for s, e in ev:
        hit = find_value(text, person, s, e)
        if hit:
            return hit
    parts = [p for p in person.split() if p.rstrip(".").lower() not in {"jr", "sr", "ii", "iii"}]
    if len(parts) > 1:
        for s, e in ev:
            hit = find_value(text, parts[-1], s, e)
            if hit:
                return hit
    return None


def _date_span(text: str, date: dt.date, published: dt.date | None,
               ev: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in ev:
        for ds, de, day in find_dates(text[s:e], published):
            if day == date:
                return s + ds, s + de
    return None


def record_spans(text: str, record: Mapping[str, Any], ev: Sequence[tuple[int, int]],
                 published: dt.date | None) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The labelled spans of one record inside its evidence pieces ``ev``, and the slots
    that had a value but could not be located."""
    spans: list[tuple[int, int, str]] = []
    missed: list[str] = []
    for slot, label in SLOT_LABELS.items():
        value = record.get(slot)
        if value in (None, ""):
            continue
        hits: list[tuple[int, int] | None] = []
        if slot == "person":
            hits = [_person_span(text, str(value), ev)]
        elif slot == "date":
            day = value if isinstance(value, dt.date) else _iso(str(value))
            hits = [_date_span(text, day, published, ev) if day else None]
        else:
            # a gold value of several parts ("conspiracy; robbery"): each part is a span
            for piece in (p.strip(" “”\"") for p in str(value).split(";")):
                hits.append(next((h for s, e in ev if (h := find_value(text, piece, s, e))),
                                 None))
            if slot == "city" and ev and hits[0] is None:
                lo, hi = paragraph(text, ev[0][0], ev[-1][1])
                hits = [find_value(text, str(value), lo, hi)]
        found = [h for h in hits if h is not None]
        if not found:
            missed.append(slot)
        spans.extend((h[0], h[1], label) for h in found)
    return spans, missed


def _iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_overlaps(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans without overlaps (NER needs them disjoint): duplicates merge, and of two
    overlapping spans the longer one stays."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= os_ or s >= oe for os_, oe, _ in out):
            out.append((s, e, lab))
    return sorted(out)


def annotate_gold(doc_id: str, text: str, records: Sequence[Mapping[str, Any]],
                  published: dt.date | None, source: str = "gold") -> tuple[DocAnnotation, int]:
    """A gold document's annotation, and how many of its records' evidence was not found.

    Each record's evidence paragraph is one segment; every slot found in it is labelled."""
    ann = DocAnnotation(doc_id=doc_id, source=source, sha256=text_sha256(text))
    lost = 0
    spans: list[tuple[int, int, str]] = []
    for record in records:
        ev = locate_evidence(text, str(record.get("evidence") or ""))
        if not ev:
            lost += 1
            continue
        if all(a[1] <= b[0] for a, b in pairwise(ev)) and ev[-1][1] - ev[0][0] < _MAX_SEGMENT:
            ev = [(ev[0][0], ev[-1][1])]  # what an ellipsis left out still belongs to it
        found, _ = record_spans(text, record, ev, published)
        spans.extend(found)
        ann.segments.append(paragraph(text, ev[0][0], ev[-1][1]))
    ann.segments = merge_segments(ann.segments)
    ann.spans = [s for s in resolve_overlaps(spans) if _inside(s, ann.segments)]
    return ann, lost


def annotate_silver(doc_id: str, text: str, records: Sequence[Mapping[str, Any]],
                    published: dt.date | None, source: str) -> DocAnnotation:
    """Rule records (with ``evidence_start``/``evidence_end``) as a silver annotation: a
    segment is kept only if every record in it located its person, sentence and charge."""
    ann = DocAnnotation(doc_id=doc_id, source=source, sha256=text_sha256(text))
    by_segment: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    bad: set[tuple[int, int]] = set()
    for record in records:
        ev = [(int(record["evidence_start"]), int(record["evidence_end"]))]
        seg = paragraph(text, ev[0][0], ev[0][1])
        found, missed = record_spans(text, record, ev, published)
        labels = {lab for _, _, lab in found}
        # a place or date the rules took from elsewhere (a dateline) is not in the window to
        # be mislabelled; an unfound charge or term is, so it spoils the window
        if set(missed) - {"city", "date"} or "SENTENCE" not in labels or (
                record.get("person") and "DEFENDANT" not in labels):
            bad.add(seg)
        by_segment.setdefault(seg, []).extend(found)
    for seg, spans in by_segment.items():
        if any(_overlap(seg, b) for b in bad):
            continue
        ann.segments.append(seg)
        ann.spans.extend(spans)
    ann.segments = merge_segments(ann.segments)
    ann.spans = [s for s in resolve_overlaps(ann.spans) if _inside(s, ann.segments)]
    return ann


def merge_segments(segments: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(segments)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(span: tuple[int, int, str], segments: Sequence[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in segments)
