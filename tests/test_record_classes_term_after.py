"""A term followed by an "after" clause, its verb some words before it (the defendant's
description between), in several phrasings of our own; a duration of something else before
"after" stays no term."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 4, 5)

TEXTS: dict[str, str] = {
    "jailed-described": "A court in Eldoret on Monday jailed a former county revenue officer "
                        "for seven years after finding him guilty of theft.",
    "sentenced-described": "The court sentenced the 45-year-old taxi driver from Mombasa to "
                           "five years after he admitted robbery.",
    "jailed-aged": "A judge in Kisumu jailed Brian Otieno, 29, for six years after a trial "
                   "lasting a month.",
    "tenure-not-term": "Paul Mwangi worked as a county finance officer for seven years after "
                       "leaving school. He was convicted of fraud in Nakuru on Tuesday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("jailed-described", None, 84),
    ("sentenced-described", None, 60),
    ("jailed-aged", "Brian Otieno", 72),
])
def test_a_term_before_an_after_clause_is_the_sentence(
        records: dict[str, list[Record]], key: str, person: str | None, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size) == (person, 1)
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_months == months


def test_a_tenure_before_after_is_no_term(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "tenure-not-term")
    assert rec.person == "Paul Mwangi"
    assert rec.sentence is None and rec.sentence_months is None
