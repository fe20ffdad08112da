"""A year is a when, never a how long or a how many (issue 11, classes 5 and 6), seen on
unannotated court news, in several phrasings of our own: "sentenced in 2018 to six years" is
six years, not a range from 2018; "the 1991 prize winner" is one person, not 1991."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.normalize import parse_terms
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)


@pytest.mark.parametrize(("phrase", "months"), [
    ("sentenced in 2018 to six years", 72),
    ("jailed in 2019 to 12 years in prison", 144),
    ("handed in 2001 to 3 years", 36),
    ("sentenced to 20 to 30 years", 240),  # a real range keeps its minimum ...
])
def test_a_year_is_no_range_start(phrase: str, months: float) -> None:
    terms = parse_terms(phrase)
    assert terms.months == months
    assert ("range" in terms.flags) == (" to 30" in phrase)  # ... and its flag


TEXTS: dict[str, str] = {
    "range-after-year": "Edward Leung was released from jail after being sentenced in 2018 to "
                        "six years for rioting.",
    "year-before-noun": "The 76-year-old 1991 Nobel Peace Prize winner was sentenced to six "
                        "years in prison on charges of incitement.",
    "year-before-noun-2": "The 2020 election candidate was sentenced to three years in prison "
                          "for fraud.",
    "counted-plural": "The court sentenced 12 protesters to two years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "months"), [
    ("range-after-year", 1, 72),
    ("year-before-noun", 1, 72),
    ("year-before-noun-2", 1, 36),
    ("counted-plural", 12, 24),
])
def test_a_year_is_no_count(records: dict[str, list[Record]], key: str, size: int,
                            months: float) -> None:
    assert [(r.group_size, r.sentence_months) for r in records[key]] == [(size, months)]
