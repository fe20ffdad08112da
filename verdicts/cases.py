"""Cases: one row per court outcome, however many articles report it.

Records of different articles are linked when they name the same person (transliteration-
tolerant keys, surname-only mentions, "Jr.") or, unnamed, the same group size, and their
outcome, date, place, charge and term do not contradict each other. Pairs are merged best
first; a case never holds two records of one article (an article reports each outcome once)
nor two records that contradict each other outright, so two proceedings of one person stay two.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from verdicts.corrections import Unattached, apply_corrections

# A date known on both sides may differ by this much (reports round to the hearing day).
DATE_DAYS = 7
# With a date on one side only, the article's date stands in, within this window.
PUBLISHED_DAYS = 120
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# Transliteration variants folded to one spelling (Zhaqypova/Zhakypova, Kh/H, Yu/Iu ...).
_FOLDS = (
    ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("x", "h"), ("q", "k"), ("ck", "k"),
    ("yu", "u"), ("iu", "u"), ("ya", "a"), ("ia", "a"), ("yo", "o"), ("ye", "e"), ("ts", "c"),
    ("ph", "f"), ("w", "v"), ("ou", "u"), ("y", "i"),
)  # fmt: skip
_STOP = {"the", "and", "for", "of", "in", "on", "a", "an", "to", "with", "charges", "charge"}
CONFLICT_FIELDS = ("group_size", "date", "place", "sentence_months", "sentence_type", "outcome")
CASE_FIELDS = (
    "person", "group_size", "city", "country", "place", "region", "latitude", "longitude",
    "place_id", "date", "charge", "sentence", "sentence_months", "sentence_type", "outcome",
)  # fmt: skip
_PLACE_FIELDS = ("city", "country", "place", "region", "latitude", "longitude", "place_id")


def fold(token: str) -> str:
    """A spelling-tolerant key of one name token."""
    text = unicodedata.normalize("NFKD", token.casefold())
    text = "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))
    text = text.replace("ı", "i")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name as keys: given names, surname and suffix (Jr., III)."""

    given: tuple[str, ...]
    surname: str
    suffix: str

    @classmethod
    def parse(cls, person: str | None) -> Name | None:
        if not person:
            return None
        tokens = [t for t in re.split(r"[\s,]+", person) if t.strip(".")]
        suffix = ""
        if tokens and tokens[-1].strip(".").casefold() in _SUFFIXES:
            suffix = tokens.pop().strip(".").casefold()
        while tokens and tokens[0].strip(".").casefold() in _TITLES:
            tokens.pop(0)
        keys = [fold(t) for t in tokens if fold(t)]
        if not keys:
            return None
        return cls(tuple(keys[:-1]), keys[-1], suffix)


def _close(a: str, b: str) -> bool:
    """Equal keys, or one edit apart for long keys (a dropped or swapped letter)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def name_match(a: Name, b: Name) -> int:
    """2: same full name; 1: a surname-only mention of it; 0: different people."""
    if not _close(a.surname, b.surname) or (a.suffix and b.suffix and a.suffix != b.suffix):
        return 0
    if not a.given or not b.given:
        return 1
    x, y = a.given[0], b.given[0]
    if _close(x, y) or (min(len(x), len(y)) == 1 and x[0] == y[0]):
        return 2
    return 0


@dataclass(frozen=True, slots=True)
class Report:
    """One record as the matcher sees it."""

    id: str
    article_id: int
    row: dict[str, Any]
    name: Name | None
    date: dt.date | None
    published: dt.date | None
    charge_words: frozenset[str]

    @property
    def effective_date(self) -> dt.date | None:
        return self.date or self.published


def _date(text: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _words(charge: str | None) -> frozenset[str]:
    words = re.findall(r"[a-z]+", (charge or "").casefold())
    return frozenset(w[:5] for w in words if w not in _STOP and len(w) > 2)


def _place_key(row: dict[str, Any]) -> str | None:
    if row["place_id"]:
        return str(row["place_id"])
    return str(row["city"]).casefold() if row["city"] else None


def compare(a: Report, b: Report) -> float | None:
    """How well two reports agree (higher is better), or None when they cannot be one case."""
    if a.article_id == b.article_id or a.row["outcome"] != b.row["outcome"]:
        return None
    strength = 0
    if a.name and b.name:
        strength = name_match(a.name, b.name)
        if not strength:
            return None
    elif a.name or b.name or a.row["group_size"] != b.row["group_size"]:
        return None
    agree, disagree = 0.0, 0.0
    if a.date and b.date:
        if abs((a.date - b.date).days) > DATE_DAYS:
            return None
        agree += 1
    elif (
        a.effective_date
        and b.effective_date
        and abs((a.effective_date - b.effective_date).days) > PUBLISHED_DAYS
    ):
        return None
    pa, pb = _place_key(a.row), _place_key(b.row)
    if pa and pb:
        agree, disagree = (agree + 1, disagree) if pa == pb else (agree, disagree + 1)
    if a.charge_words and b.charge_words:
        shared = len(a.charge_words & b.charge_words)
        agree, disagree = (agree + 1, disagree) if shared else (agree, disagree + 1)
    ma, mb = a.row["sentence_months"], b.row["sentence_months"]
    if ma is not None and mb is not None:
        close = abs(ma - mb) <= max(1.0, 0.05 * max(ma, mb))
        agree, disagree = (agree + 1, disagree) if close else (agree, disagree + 1)
    ta, tb = a.row["sentence_type"], b.row["sentence_type"]
    if ta and tb:
        agree, disagree = (agree + 0.5, disagree) if ta == tb else (agree, disagree + 1)
    if strength == 2:
        ok = disagree == 0 or (disagree <= 1 and agree > disagree)
    elif strength == 1:
        ok = disagree == 0 and agree >= 1
    else:  # unnamed: only clear agreement links them
        ok = disagree == 0 and agree >= 2
    return strength + agree - disagree if ok else None


def _block(report: Report) -> str:
    if report.name:
        return "n:" + report.name.surname[:3]
    return f"g:{report.row['group_size']}:{report.row['outcome']}"


def link(reports: list[Report]) -> list[list[Report]]:
    """Group reports into cases: best-scoring compatible pairs first."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, rep in enumerate(reports):
        blocks[_block(rep)].append(i)
    pairs: list[tuple[float, int, int]] = []
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                score = compare(reports[i], reports[j])
                if score is not None:
                    pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    cluster = list(range(len(reports)))
    members_of: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    for _score, i, j in pairs:
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        # Every cross pair must be compatible: no bridging two people through a surname.
        if any(
            compare(reports[x], reports[y]) is None for x in members_of[ci] for y in members_of[cj]
        ):
            continue
        for y in members_of[cj]:
            cluster[y] = ci
        members_of[ci].extend(members_of.pop(cj))
    return [[reports[i] for i in sorted(m)] for m in members_of.values()]


def _most_common(values: list[Any]) -> Any:
    """The value most reports give (first-reported wins a tie); None when none give one."""
    known = [v for v in values if v is not None and v != ""]
    if not known:
        return None
    counts = Counter(known)
    best = max(counts.values())
    return next(v for v in known if counts[v] == best)


def consensus(reports: list[Report]) -> dict[str, Any]:
    """A case row: what most reports say, the conflicts, the counts and report dates."""
    ordered = sorted(reports, key=lambda r: (r.published or dt.date.max, r.id))
    rows = [r.row for r in ordered]
    case: dict[str, Any] = {f: _most_common([row[f] for row in rows]) for f in CASE_FIELDS}
    # The fullest form of the name most reports use (a full name beats a surname mention).
    names = [row["person"] for row in rows if row["person"]]
    if names:
        longest = max(len(n.split()) for n in names)
        case["person"] = _most_common([n for n in names if len(n.split()) == longest])
    place = _most_common([_place_key(row) for row in rows])
    source = next((row for row in rows if _place_key(row) == place), rows[0])
    case.update({f: source[f] for f in _PLACE_FIELDS})
    conflicts = [
        f
        for f in CONFLICT_FIELDS
        if len({_place_key(r) if f == "place" else r[f] for r in rows} - {None, ""}) > 1
    ]
    dates = sorted(d for d in (r.published for r in ordered) if d)
    day = _date(case["date"]) or (dates[0] if dates else None)
    case.update(
        id="case-" + hashlib.sha1(min(r.id for r in reports).encode()).hexdigest()[:12],
        year=day.year if day else None,
        report_count=len(reports),
        article_count=len({r.article_id for r in reports}),
        first_reported=dates[0].isoformat() if dates else None,
        last_reported=dates[-1].isoformat() if dates else None,
        conflict=int(bool(conflicts)),
        conflicts=json.dumps(conflicts),
    )
    return case


def load_reports(db: sqlite_utils.Database) -> list[Report]:
    """Every record not rejected, as the matcher sees it."""
    sql = (
        "SELECT r.*, coalesce(a.published, substr(a.fetched_at, 1, 10)) AS _published"
        " FROM records r JOIN articles a ON a.id = r.article_id WHERE r.rejected = 0"
        " ORDER BY r.article_id, r.evidence_start, r.rowid"
    )
    return [
        Report(
            id=row["id"],
            article_id=row["article_id"],
            row=row,
            name=Name.parse(row["person"]),
            date=_date(row["date"]),
            published=_date(row["_published"]),
            charge_words=_words(row["charge"]),
        )
        for row in db.query(sql)
    ]


def build_cases(db: sqlite_utils.Database) -> int:
    """Rebuild the ``cases`` table and every record's ``case_id``; return the case count."""
    groups = link(load_reports(db))
    cases = [consensus(g) for g in groups]
    columns = list(cases[0]) if cases else []
    with db.conn:
        db.execute("DELETE FROM cases")
        db.execute("UPDATE records SET case_id = NULL")
        if cases:
            marks = ", ".join("?" * len(columns))
            db.conn.executemany(
                f"INSERT INTO cases ({', '.join(columns)}) VALUES ({marks})",
                [[c[k] for k in columns] for c in cases],
            )
            db.conn.executemany(
                "UPDATE records SET case_id = ? WHERE id = ?",
                [(case["id"], rep.id) for case, group in zip(cases, groups, strict=True)
                 for rep in group],
            )  # fmt: skip
    return len(cases)


@dataclass(frozen=True, slots=True, kw_only=True)
class Refreshed:
    """What :func:`refresh` did."""

    cases: int
    records: int
    unattached: list[Unattached]


def refresh(db: sqlite_utils.Database) -> Refreshed:
    """After records changed: re-apply corrections, then rebuild the cases."""
    unattached = apply_corrections(db)
    n_cases = build_cases(db)
    n_records = next(db.query("SELECT count(*) AS n FROM records WHERE rejected = 0"))["n"]
    return Refreshed(cases=n_cases, records=int(n_records), unattached=unattached)
