"""Work per document bounded by construction: caps applied before the parser and the rules.

The record rules look at a trigger's sentence (``Token.sent`` walks it; the hedge and
defendant checks scan it), so their cost is triggers × sentence length. Unbounded, one
2.5 MB line repeating a sentence, or 250,000 outcome words in a row, runs for hours. Here:

- at most ``ExtractConfig.max_chars`` characters and ``max_tokens`` tokens of body text are
  read at all (matching costs ~30 µs a token, and a page of 500,000 ``&amp;`` is a million
  characters of 500,000 one-character tokens);
- at most ``max_parse_chars`` characters go through the statistical parser: the text around
  the first triggers, the rest blanked to spaces so that every character offset holds;
- at most ``max_triggers`` outcome words are followed per document;
- no sentence is longer than ``max_sentence_tokens``: a sentence start is set (before the
  parser, which keeps preset starts) after that many tokens without a sentence end, and after
  ``4 × max_sentence_tokens`` tokens whatever the punctuation (the parser may join sentences
  across a full stop).
- at most ``pipe_tokens`` tokens go through the statistical pipeline at once (a document
  longer than that alone): its token-to-vector layer holds ~15 KB a token of the batch while
  it runs, so a batch of 32 articles took 150-230 MB for a moment, and a process's peak
  memory was its largest batch. Smaller batches are no slower (it works token by token).

News text stays below every cap; past one, the extractor adds a note to the article.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only a type here: `verdicts body` and `--help` build ExtractConfig's flags without spaCy.
    from spacy.tokens import Doc

_ENDS = frozenset({".", "!", "?", ";", "…"})


@dataclass(frozen=True, kw_only=True, slots=True)
class Bounds:
    """Caps on one document's extraction work (see the module docstring)."""

    max_tokens: int = 250_000
    max_parse_chars: int = 100_000
    max_triggers: int = 400
    max_sentence_tokens: int = 250
    window: int = 3_000  # characters kept either side of a trigger in a text past the cap
    pipe_tokens: int = 2_000


def pipe_batches(docs: Sequence[Doc], max_tokens: int, max_docs: int) -> Iterator[list[Doc]]:
    """``docs`` in order, cut into runs of at most ``max_docs`` documents and ``max_tokens``
    tokens (a longer document is a run of its own)."""
    run: list[Doc] = []
    tokens = 0
    for doc in docs:
        if run and (tokens + len(doc) > max_tokens or len(run) >= max_docs):
            yield run
            run, tokens = [], 0
        run.append(doc)
        tokens += len(doc)
    if run:
        yield run


def cap_sentences(doc: Doc, max_tokens: int) -> int:
    """Preset sentence starts on ``doc`` (not yet parsed) so no sentence passes the cap.

    Returns how many starts were set. Linear in the tokens."""
    from extract.windows import tokens  # the token table: no Token object per token

    t = tokens(doc)
    since_end = 0  # tokens since a sentence end or a line break
    since_start = 0  # tokens since a start this function or a line break set
    hard = 4 * max_tokens
    added = 0
    for i, (text, ws) in enumerate(zip(t.text, t.ws, strict=True)):
        if since_end >= max_tokens or since_start >= hard:
            doc[i].is_sent_start = True
            added += 1
            since_end = since_start = 0
        since_end += 1
        since_start += 1
        if text in _ENDS or "\n" in text or "\n" in ws:
            since_end = 0
            if "\n" in text or "\n" in ws:
                since_start = 0
    return added


def parse_windows(
    length: int, anchors: Sequence[int], *, window: int, budget: int
) -> tuple[list[tuple[int, int]], int]:
    """Character ranges to parse: ``window`` either side of each anchor offset, in text order,
    merged, until ``budget`` characters are covered. Returns the ranges and how many anchors
    they hold (the anchors after are dropped)."""
    ranges: list[tuple[int, int]] = []
    covered = 0
    kept = 0
    for at in anchors:
        lo, hi = max(0, at - window), min(length, at + window)
        if ranges and lo <= ranges[-1][1]:  # overlaps the last range: extend it
            lo = ranges[-1][0]
            grown = covered + hi - ranges[-1][1]
        else:
            grown = covered + hi - lo
        if grown > budget and kept:
            break
        if ranges and lo == ranges[-1][0]:
            ranges[-1] = (lo, hi)
        else:
            ranges.append((lo, hi))
        covered = grown
        kept += 1
    return ranges, kept


def blank_outside(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with everything outside ``ranges`` turned into spaces (line breaks kept):
    same length, so every offset still holds. Linear in the text."""
    parts: list[str] = []
    pos = 0
    for lo, hi in ranges:
        parts.append(_blank(text[pos:lo]))
        parts.append(text[lo:hi])
        pos = hi
    parts.append(_blank(text[pos:]))
    return "".join(parts)


def _blank(chunk: str) -> str:
    if "\n" not in chunk:
        return " " * len(chunk)
    return "\n".join(" " * len(line) for line in chunk.split("\n"))
