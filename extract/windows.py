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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Windows is part of ExtractConfig, which `verdicts body` builds: no spaCy
    from spacy.tokens import Doc

    from extract.nlp import TriggerHit

_ENDS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@dataclass(frozen=True, kw_only=True, slots=True)
class Windows:
    """Which text the statistical pipeline reads (``enabled=False``: all of it)."""

    enabled: bool = True
    before: int = 2  # rough sentences kept before a trigger's sentence
    after: int = 2  # ... and after it (an unnamed lead is named up to two sentences on)
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


PlaceLookup = Callable[[str], "object | None"]
# whether a sentence's lower-cased words make it one the record rules read wherever it is
WordTest = Callable[[set[str]], bool]

# words after a place that make it a court's ("Leeds Crown Court", "the Osh city court"), and
# words before "in <place>" that do (a superset of what records/places.py reads for tier 0)
_COURT_AFTER = frozenset({
    "court", "courts", "courthouse", "supreme", "superior", "district", "circuit", "county",
    "criminal", "federal", "appeals", "city", "regional", "municipal", "magistrate",
    "magistrates", "crown", "high", "jury", "'s", "’s", "tribunal",
})
_COURT_BEFORE = frozenset({
    "court", "courts", "jury", "judge", "judges", "tribunal", "courthouse", "trial",
    "magistrate", "magistrates", "appeared", "hearing", "sentencing", "tried",
})
# words that declare a defendant anywhere before a trigger (records/coref.py)
_DEFENDANT_WORDS = frozenset({"defendant", "defendants", "co-defendant", "co-defendants",
                              "codefendant", "codefendants"})


def trigger_windows(doc: Doc, anchors: Sequence[int], *, before: int, after: int,
                    lookup: PlaceLookup | None = None, wanted: WordTest | None = None
                    ) -> list[tuple[int, int]]:
    """Character ranges to parse, merged and in order: the rough sentences around each anchor
    token, and the sentences elsewhere that the record rules read beyond a trigger's
    neighbourhood (:func:`context_sentences`)."""
    starts = rough_sentences(doc)
    if not starts or not anchors:
        return []
    bounds = [*starts, len(doc)]
    keep: set[int] = set()
    k = 0
    for anchor in sorted(anchors):
        while k + 1 < len(starts) and starts[k + 1] <= anchor:
            k += 1
        keep.update(range(max(0, k - before), min(len(starts), k + after + 1)))
    keep |= _list_lines(doc, bounds, keep)
    keep |= context_sentences(doc, bounds, keep, lookup, wanted)
    ranges: list[tuple[int, int]] = []
    for k in sorted(keep):
        last = doc[bounds[k + 1] - 1]
        lo, hi = doc[bounds[k]].idx, last.idx + len(last.text)
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], hi)
        else:
            ranges.append((lo, hi))
    return ranges


_LIST_LINES = 200  # lines of one list read after its introduction, at most


def _list_lines(doc: Doc, bounds: Sequence[int], keep: set[int]) -> set[int]:
    """The lines of a list that a kept sentence introduces with a colon ("... the following
    sentences:" then one line a defendant), up to the paragraph's end: the list rules
    (records/bullets.py, records/lists.py) read every line of it."""
    text = doc.text
    out: set[int] = set()
    for k in sorted(keep):
        last = doc[bounds[k + 1] - 1]
        if last.is_space and bounds[k + 1] - 1 > bounds[k]:
            last = doc[bounds[k + 1] - 2]
        if last.text != ":":
            continue
        j = k + 1
        while j < len(bounds) - 1 and j - k <= _LIST_LINES:
            gap = text[doc[bounds[j] - 1].idx:doc[bounds[j]].idx]
            if gap.count("\n") > 1:  # a blank line ends the list
                break
            out.add(j)
            j += 1
    return out


def context_sentences(doc: Doc, bounds: Sequence[int], keep: set[int],
                      lookup: PlaceLookup | None, wanted: WordTest | None = None) -> set[int]:
    """Rough sentences outside ``keep`` that the rules read wherever they are: one naming a
    person in full whose surname a kept sentence uses ("Petrina James ..." for "James was
    jailed"), one naming a court's place ("the Leeds Crown Court"; with ``lookup``), one
    opening "In <place>", one that declares a defendant, and one that passes ``wanted`` (the
    article-wide readings of the rules: its accusation, its hearing's day)."""
    lower_seen = {t.lower_ for t in doc if t.text[:1].islower()}
    surnames = {doc[i].text for k in keep for i in range(bounds[k], bounds[k + 1])
                if _lone_name(doc, i, lower_seen)}
    out: set[int] = set()
    for k in range(len(bounds) - 1):
        if k in keep:
            continue
        lo, hi = bounds[k], bounds[k + 1]
        words = {doc[i].lower_ for i in range(lo, hi)}
        full_name = any(doc[i].text in surnames and doc[i - 1].is_alpha and
                        doc[i - 1].text[:1].isupper() for i in range(lo + 1, hi))
        if words & _DEFENDANT_WORDS or full_name or (wanted is not None and wanted(words)) or (
                lookup is not None and _court_place(doc, lo, hi, lookup)):
            out.add(k)
    return out


def _lone_name(doc: Doc, i: int, lower_seen: set[str]) -> bool:
    """``doc[i]`` is a capitalised word on its own, never written in lower case: maybe a
    surname ("James was jailed") that the text gave in full elsewhere."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and len(tok.text) > 1
            and tok.lower_ not in lower_seen):
        return False
    return not any(0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper()
                   and doc[k].lower_ not in _CALENDAR for k in (i - 1, i + 1))


# capitalised words next to a surname that do not make it part of a longer name
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "at", "by", "but", "and", "when", "after", "before",
    "judge", "justice", "mr", "mrs", "ms", "dr",
})


def _court_place(doc: Doc, lo: int, hi: int, lookup: PlaceLookup) -> bool:
    """``doc[lo:hi]`` names a known place as a court's: a court word or an ordinal just after
    it, "court of" or "in" after a court word just before it, or "In <place>" opening it."""
    for i in range(lo, hi):
        if not (doc[i].is_alpha and doc[i].text[:1].isupper()):
            continue
        j = i
        while j < min(hi, i + 4) and (doc[j].text[:1].isupper() or doc[j].text in {"-", "‑"}):
            j += 1
            if lookup(doc[i:j].text) is None:
                continue
            after = {t.lower_ for t in doc[j:min(hi, j + 3)]}
            before = [t.lower_ for t in doc[max(lo, i - 6):i]]
            numbered = j < hi and (doc[j].text[:1].isdigit() or doc[j].lower_ in _ORDINALS)
            court_in = before[-1:] in (["of"], ["in"]) and (
                bool(set(before) & _COURT_BEFORE) or i - 1 == lo)
            if after & _COURT_AFTER or numbered or court_in:
                return True
    return False


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth"})


def covered(ranges: Sequence[tuple[int, int]]) -> int:
    """Characters inside ``ranges`` (disjoint)."""
    return sum(hi - lo for lo, hi in ranges)


def move_hits(src: Doc, dst: Doc, hits: Sequence[TriggerHit]) -> list[TriggerHit] | None:
    """``hits`` of ``src`` as token indices of ``dst`` (the same text, blanked elsewhere), or
    None when some hit's tokens are not the same tokens at the same offsets there. Trigger
    patterns read only the matched tokens, so the same tokens give the same matches."""
    from extract.nlp import TriggerHit

    at = {tok.idx: tok.i for tok in dst if not tok.is_space}
    out: list[TriggerHit] = []
    for hit in hits:
        first = at.get(src[hit.start].idx)
        if first is None:
            return None
        shift = first - hit.start
        if hit.end + shift > len(dst) or any(
                dst[k + shift].idx != src[k].idx or dst[k + shift].text != src[k].text
                for k in range(hit.start, hit.end)):
            return None
        out.append(TriggerHit(rule=hit.rule, start=hit.start + shift, end=hit.end + shift,
                              anchor=hit.anchor + shift))
    return out
