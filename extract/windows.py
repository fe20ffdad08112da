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
from typing import TYPE_CHECKING, cast

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


@dataclass(frozen=True, slots=True)
class Tokens:
    """The token attributes the windows read, taken off a doc once: each ``doc[i]`` makes a
    Token object, and reading them token by token was a tenth of extraction time."""

    text: list[str]
    lower: list[str]
    ws: list[str]  # trailing whitespace: one space or nothing
    idx: list[int]
    alpha: list[bool]
    space: list[bool]

    def span_text(self, i: int, j: int) -> str:
        """``doc[i:j].text``."""
        return "".join(self.text[k] + self.ws[k] for k in range(i, j - 1)) + self.text[j - 1]


def tokens(doc: Doc) -> Tokens:
    """The :class:`Tokens` of ``doc`` (one array read, no Token objects), kept on the doc:
    its tokens never change once made."""
    got = doc.user_data.get(_TOKENS)
    if isinstance(got, Tokens) and len(got.text) == len(doc):
        return got
    from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, ORTH, SPACY

    table = doc.to_array([ORTH, LOWER, SPACY, IDX, IS_ALPHA, IS_SPACE]).reshape(-1, 6)
    cols = cast(list[list[int]], table.T.tolist())  # uint64: Python ints, never floats
    strings = doc.vocab.strings
    out = Tokens(text=[strings[h] for h in cols[0]], lower=[strings[h] for h in cols[1]],
                 ws=[" " if w else "" for w in cols[2]], idx=cols[3],
                 alpha=[bool(x) for x in cols[4]], space=[bool(x) for x in cols[5]])
    doc.user_data[_TOKENS] = out
    return out


_TOKENS = "verdicts.tokens"


def rough_sentences(doc: Doc, toks: Tokens | None = None) -> list[int]:
    """Token indices where a sentence starts, by punctuation and line breaks only (no model).

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets
    after it) before a word that does not start in lower case, and at a line break. Errors
    only move a window's edge: the rules see whole parsed sentences inside it."""
    t = toks or tokens(doc)
    n = len(t.text)
    starts = [0] if n else []
    i = 0
    while i < n:
        nxt = i + 1
        if "\n" in t.ws[i] or (t.space[i] and "\n" in t.text[i]):
            if nxt < n:
                starts.append(nxt)
        elif t.text[i] in _ENDS:
            while nxt < n and t.text[nxt] in _CLOSERS and not t.ws[nxt - 1]:
                nxt += 1
            if nxt < n and not t.text[nxt][:1].islower():
                starts.append(nxt)
            i = nxt
            continue
        i += 1
    out: list[int] = []
    for start in starts:  # a sentence starts at a word, not at the blank line before it
        while start < n and t.space[start]:
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
    t = tokens(doc)
    starts = rough_sentences(doc, t)
    if not starts or not anchors:
        return []
    bounds = [*starts, len(doc)]
    keep: set[int] = set()
    k = 0
    for anchor in sorted(anchors):
        while k + 1 < len(starts) and starts[k + 1] <= anchor:
            k += 1
        keep.update(range(max(0, k - before), min(len(starts), k + after + 1)))
    keep |= _list_lines(t, bounds, keep)
    keep |= context_sentences(t, bounds, keep, lookup, wanted)
    ranges: list[tuple[int, int]] = []
    for k in sorted(keep):
        last = bounds[k + 1] - 1
        lo, hi = t.idx[bounds[k]], t.idx[last] + len(t.text[last])
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], hi)
        else:
            ranges.append((lo, hi))
    return ranges


_LIST_LINES = 200  # lines of one list read after its introduction, at most
_BULLETS = frozenset({"●", "•", "▪", "◦", "‣", "·", "*", "-", "–", "—"})


def _list_lines(t: Tokens, bounds: Sequence[int], keep: set[int]) -> set[int]:
    """The lines of a list that a kept sentence introduces with a colon ("... the following
    sentences:" then one line a defendant), up to the paragraph's end: the list rules
    (records/bullets.py, records/lists.py) read every line of it."""
    out: set[int] = set()
    for k in sorted(keep):
        last = bounds[k + 1] - 1
        if t.space[last] and last > bounds[k]:
            last -= 1
        if t.text[last] != ":":
            continue
        j = k + 1
        while j < len(bounds) - 1 and j - k <= _LIST_LINES:
            gap = t.text[bounds[j] - 1] + t.ws[bounds[j] - 1]  # the text up to line j
            if gap.count("\n") > 1 and t.text[bounds[j]] not in _BULLETS:
                break  # a blank line ends the list, unless its items are bulleted apart
            out.add(j)
            j += 1
    return out


def context_sentences(t: Tokens, bounds: Sequence[int], keep: set[int],
                      lookup: PlaceLookup | None, wanted: WordTest | None = None) -> set[int]:
    """Rough sentences outside ``keep`` that the rules read wherever they are: one naming a
    person in full whose surname a kept sentence uses ("Petrina James ..." for "James was
    jailed"), one naming a court's place ("the Leeds Crown Court"; with ``lookup``), one
    opening "In <place>", one that declares a defendant, and one that passes ``wanted`` (the
    article-wide readings of the rules: its accusation, its hearing's day)."""
    lower_seen = {low for low, text in zip(t.lower, t.text, strict=True) if text[:1].islower()}
    surnames = {t.text[i] for k in keep for i in range(bounds[k], bounds[k + 1])
                if _lone_name(t, i, lower_seen)}
    out: set[int] = set()
    for k in range(len(bounds) - 1):
        if k in keep:
            continue
        lo, hi = bounds[k], bounds[k + 1]
        words = set(t.lower[lo:hi])
        full_name = any(t.text[i] in surnames and t.alpha[i - 1] and
                        t.text[i - 1][:1].isupper() for i in range(lo + 1, hi))
        if words & _DEFENDANT_WORDS or full_name or (wanted is not None and wanted(words)) or (
                lookup is not None and _court_place(t, lo, hi, lookup)):
            out.add(k)
    return out


def _lone_name(t: Tokens, i: int, lower_seen: set[str]) -> bool:
    """Token ``i`` is a capitalised word on its own, never written in lower case: maybe a
    surname ("James was jailed") that the text gave in full elsewhere."""
    text = t.text[i]
    if not (t.alpha[i] and text[:1].isupper() and len(text) > 1
            and t.lower[i] not in lower_seen):
        return False
    return not any(0 <= k < len(t.text) and t.alpha[k] and t.text[k][:1].isupper()
                   and t.lower[k] not in _CALENDAR for k in (i - 1, i + 1))


# capitalised words next to a surname that do not make it part of a longer name
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "at", "by", "but", "and", "when", "after", "before",
    "judge", "justice", "mr", "mrs", "ms", "dr",
})


def _court_place(t: Tokens, lo: int, hi: int, lookup: PlaceLookup) -> bool:
    """Tokens ``lo:hi`` name a known place as a court's: a court word or an ordinal just after
    it, "court of" or "in" after a court word just before it, or "In <place>" opening it."""
    for i in range(lo, hi):
        if not (t.alpha[i] and t.text[i][:1].isupper()):
            continue
        j = i
        while j < min(hi, i + 4) and (t.text[j][:1].isupper() or t.text[j] in {"-", "‑"}):
            j += 1
            if lookup(t.span_text(i, j)) is None:
                continue
            after = set(t.lower[j:min(hi, j + 3)])
            before = t.lower[max(lo, i - 6):i]
            numbered = j < hi and (t.text[j][:1].isdigit() or t.lower[j] in _ORDINALS)
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

    t = tokens(dst)
    at = {idx: i for i, (idx, space) in enumerate(zip(t.idx, t.space, strict=True)) if not space}
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
