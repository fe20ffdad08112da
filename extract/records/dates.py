"""When: the dates a sentence states, as article character offsets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

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


_VERDICT_NOUNS = frozenset({"verdict", "verdicts", "ruling", "rulings", "judgment", "judgement",
                            "judgments", "sentences", "sentencing"})
# "Other verdicts include the sentencing of five people ... on August 3": other cases' day
_OTHER_CASE = frozenset({"other", "another", "separately", "include", "includes", "sentenced",
                         "convicted", "jailed", "acquitted", "fined", "sentencing"})
_NOT_YET = frozenset({"expected", "will", "due", "scheduled", "set", "postponed", "adjourned",
                      "awaiting", "appeal", "appealed", "upheld"})


def verdict_date_nearby(sent: Span, dates: Callable[[Span], list[tuple[int, int, dt.date]]],
                        ) -> dt.date | None:
    """The day of the verdict stated beside an outcome sentence without a date of its own:
    "... delivered its final verdict on Sept. 9" before it, "The verdicts announced on
    Tuesday ..." after it. A verdict still to come, or an appeal's, gives none."""
    doc = sent.doc
    around = []
    if sent.start > 0:
        around.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        around.append(doc[sent.end].sent)
    for other in around:
        words = {t.lower_ for t in other}
        # news paragraphs are often one sentence long: a paragraph break does not stop it
        if not words & _VERDICT_NOUNS or words & _NOT_YET or words & _OTHER_CASE:
            continue
        found = dates(other)
        if len({d for _, _, d in found}) == 1:
            return found[0][2]
    return None
