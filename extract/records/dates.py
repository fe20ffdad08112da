"""When: the dates a sentence states, as article character offsets."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from extract.dates import find_dates


def sentence_dates(sent: Span, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Dates of a sentence as article character offsets, without attributive ones
    ("the March 23, 2019, murder")."""
    text = sent.text
    out: list[tuple[int, int, dt.date]] = []
    for s, e, d in find_dates(text, published):
        before = text[max(0, s - 12):s].lower()
        if re.search(r"(?:\bthe|\ba|\ban|['’]s|\bhis|\bher|\btheir)\s+$", before):
            continue
        if re.search(r"\b(?:dob|d\.o\.b\.|born)\W*$", before):
            continue  # a date of birth
        out.append((sent.start_char + s, sent.start_char + e, d))
    return out
