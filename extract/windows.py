"""Trigger windows: the statistical pipeline reads only the sentences around outcome words.

On court news nearly every document holds an outcome word, so the trigger pre-filter skips
little and the parser, tagger and NER dominate the cost. The record rules read a trigger's
sentence and its neighbours (coreference looks back, dates look either side), so the text
far from every trigger is parsed for nothing. Here the tokenized (not yet parsed) text is
cut into rough sentences by punctuation and line breaks; each trigger's sentence with
``before`` sentences before it and ``after`` after it is kept and everything else is blanked
to spaces (``bounds.blank_outside``): same length, so every character offset of a record
still points into the article text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

_ENDS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@dataclass(frozen=True, kw_only=True, slots=True)
class Windows:
    """Which text the statistical pipeline reads (``enabled=False``: all of it)."""

    enabled: bool = False
    before: int = 2  # rough sentences kept before a trigger's sentence
    after: int = 1  # ... and after it
    # windows covering more than this share of the text: parse it whole (no second tokenizing)
    full_above: float = 0.85


def rough_sentences(doc: Doc) -> list[int]:
    """Token indices where a sentence starts, by punctuation and line breaks only (no model).

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets
    after it) before a word that does not start in lower case, and at a line break. Errors
    only move a window's edge: the rules see whole parsed sentences inside it."""
    starts = [0] if len(doc) else []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        nxt = i + 1
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            if nxt < n:
                starts.append(nxt)
        elif tok.text in _ENDS:
            while nxt < n and doc[nxt].text in _CLOSERS and not doc[nxt - 1].whitespace_:
                nxt += 1
            if nxt < n and not doc[nxt].text[:1].islower():
                starts.append(nxt)
            i = nxt
            continue
        i += 1
    out: list[int] = []
    for start in starts:  # a sentence starts at a word, not at the blank line before it
        while start < n and doc[start].is_space:
            start += 1
        if start < n and (not out or start > out[-1]):
            out.append(start)
    return out


def trigger_windows(doc: Doc, anchors: Sequence[int], *, before: int,
                    after: int) -> list[tuple[int, int]]:
    """Character ranges of the rough sentences around each anchor token, merged, in order."""
    starts = rough_sentences(doc)
    if not starts or not anchors:
        return []
    bounds = [*starts, len(doc)]
    ranges: list[tuple[int, int]] = []
    k = 0
    for anchor in sorted(anchors):
        while k + 1 < len(starts) and starts[k + 1] <= anchor:
            k += 1
        lo_tok = bounds[max(0, k - before)]
        hi_tok = bounds[min(len(starts), k + after + 1)]
        last = doc[hi_tok - 1]
        lo, hi = doc[lo_tok].idx, last.idx + len(last.text)
        if ranges and lo <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(hi, ranges[-1][1]))
        else:
            ranges.append((lo, hi))
    return ranges


def covered(ranges: Sequence[tuple[int, int]]) -> int:
    """Characters inside ``ranges`` (disjoint)."""
    return sum(hi - lo for lo, hi in ranges)
