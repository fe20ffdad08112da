"""A cheap keyword pre-scan so the trigger Matcher reads only the text around candidate words.

spaCy's :class:`~spacy.matcher.Matcher` starts every pattern at every token and tests each
pattern's first-token set there: on court news that was a fifth of extraction time. Every
trigger pattern holds tokens that must be one word of a set (``{"LOWER": "fined"}``,
``{"LOWER": {"IN": [...]}}``); the rarest such set of a pattern (fewest spaCy stop words and
punctuation, then fewest words) is its *key*. A match holds a key word, and its other tokens
are at most ``before``/``after`` words either side bounded by the pattern's repeat counts,
plus any number of words of the patterns' unbounded (``*``, ``+``) sets, which are word sets
too (the *free* words). So the tokens around a key word, out to that many words not free,
hold every match through it; a stretch without a word of each of the pattern's other
required sets holds none. The Matcher runs on the stretches left and finds exactly the
matches it finds on the whole document (patterns read token attributes only, never context).

Everything here is derived from the patterns as loaded; a pattern this cannot bound (an
unbounded token test that is not a word set, an unknown operator) turns the pre-scan off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc

_REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")


@dataclass(frozen=True, slots=True)
class PatternScan:
    """One pattern's part of the pre-scan: its key set, its other required sets (indices
    into ``TriggerScan.member``'s columns) and its reach either side of a key word."""

    key: int
    needs: tuple[int, ...]
    before: int  # tokens outside the free words a match holds before its key word, at most
    after: int  # ... and after it


@dataclass(frozen=True, slots=True)
class TriggerScan:
    """What the pre-scan needs: the required word sets, the free words, and each pattern."""

    words: np.ndarray  # LOWER hashes (uint64, sorted) of the words of every required set
    member: np.ndarray  # bool, one row a word, one column a required set
    free: np.ndarray  # LOWER hashes (uint64, sorted) of the words unbounded tokens may repeat
    patterns: tuple[PatternScan, ...]


def _repeats(op: str | None) -> tuple[int, int | None] | None:
    """(least, most) repeats of a pattern token with operator ``op`` (None: unbounded most);
    None for an operator this module does not know."""
    fixed = {None: (1, 1), "1": (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None)}
    if op in fixed:
        return fixed[op]
    m = _REPEAT.fullmatch(op or "")
    if m is None or not (m.group(1) or m.group(3)):
        return None
    least = int(m.group(1) or 0)
    if not m.group(2):  # "{n}"
        return least, least
    return least, int(m.group(3)) if m.group(3) else None


def _words(spec: Mapping[str, Any]) -> frozenset[str] | None:
    """The words a token of ``spec`` must be one of (by ``LOWER``), or None if any word."""
    want = spec.get("LOWER")
    if isinstance(want, str):
        return frozenset({want})
    if isinstance(want, dict) and set(want) == {"IN"}:
        return frozenset(str(w) for w in want["IN"])
    return None


def build_scan(patterns: Iterable[Sequence[Mapping[str, Any]]], strings: StringStore,
               stop_words: Iterable[str]) -> TriggerScan | None:
    """The pre-scan for ``patterns`` (Matcher token patterns), or None when some pattern
    has no key or cannot be bounded (then the Matcher must read every token)."""
    stop = frozenset(w.lower() for w in stop_words)
    sets: dict[frozenset[str], int] = {}
    free: set[str] = set()
    scans: list[PatternScan] = []
    for pattern in patterns:
        most: list[int] = []
        required: list[tuple[int, frozenset[str]]] = []  # (spec index, its words)
        for n, spec in enumerate(pattern):
            repeats = _repeats(spec.get("OP"))
            if repeats is None:
                return None
            words = _words(spec)
            if repeats[1] is None:  # unbounded: its words are free, whatever their number
                if words is None:
                    return None
                free |= words
            most.append(repeats[1] or 0)
            if repeats[0] >= 1 and words is not None:
                required.append((n, words))
        if not required:
            return None
        # common words (stop words, punctuation) make poor keys: each is a candidate
        k, key = min(required, key=lambda r: (sum(w in stop or not w.isalpha() for w in r[1]),
                                              len(r[1])))
        own = max(most[k] - 1, 0)  # a key token repeated: its other repeats either side
        scans.append(PatternScan(
            key=sets.setdefault(key, len(sets)),
            needs=tuple(sets.setdefault(ws, len(sets)) for n, ws in required if n != k),
            before=sum(most[:k]) + own, after=sum(most[k + 1:]) + own))
    hashes = sorted({(strings.add(w), w) for ws in sets for w in ws})
    member = np.array([[w in ws for ws in sets] for _, w in hashes], dtype=bool)
    return TriggerScan(words=np.array([h for h, _ in hashes], dtype=np.uint64), member=member,
                       free=np.array(sorted(strings.add(w) for w in free), dtype=np.uint64),
                       patterns=tuple(scans))


def candidate_spans(doc: Doc, scan: TriggerScan) -> list[tuple[int, int]]:
    """Token ranges of ``doc``, disjoint and in order, that hold every trigger match: for each
    pattern, around each of its key words out to its reach in tokens not of the free words,
    where a word of each of its other required sets is found too."""
    if not len(doc) or not len(scan.words):
        return []
    lower = doc.to_array([LOWER]).reshape(-1).astype(np.uint64)
    row = np.minimum(np.searchsorted(scan.words, lower), len(scan.words) - 1)
    pos = np.flatnonzero(scan.words[row] == lower)  # tokens of some required set
    if not len(pos):
        return []
    present = scan.member[row[pos]]  # (token of pos, set): the token is of that set
    # counted[i]: tokens outside the free words among doc[:i]; a match through key word c
    # spans [s, e) with at most ``before`` counted tokens in doc[s:c], ``after`` in doc[c+1:e]
    counted = np.concatenate(([0], np.cumsum(~np.isin(lower, scan.free))))
    found = np.asarray(present.any(axis=0), dtype=bool).tolist()
    los: list[np.ndarray] = []
    his: list[np.ndarray] = []
    for p in scan.patterns:
        if not found[p.key] or not all(found[s] for s in p.needs):
            continue
        at = pos[present[:, p.key]]
        lo = np.searchsorted(counted, counted[at] - p.before, side="left")
        hi = np.searchsorted(counted, counted[at + 1] + p.after, side="right") - 1
        keep = np.ones(len(at), dtype=bool)
        for s in p.needs:  # a match holds a word of each required set: in its key's reach
            q = pos[present[:, s]]
            keep &= np.searchsorted(q, hi) > np.searchsorted(q, lo)
        los.append(lo[keep])
        his.append(hi[keep])
    if not los:
        return []
    lo_all, hi_all = np.concatenate(los), np.concatenate(his)
    order = np.argsort(lo_all, kind="stable")
    spans: list[tuple[int, int]] = []
    for a, b in zip(lo_all[order].tolist(), hi_all[order].tolist(), strict=True):
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans
