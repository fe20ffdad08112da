"""Community service given in hours, in several phrasings of our own ("gave X 200 hours of
community service", "ordered to carry out 200 hours of unpaid work"): a community-service
record with no months; hours a person spent on something else are no sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 9, 13)

TEXTS: dict[str, str] = {
    "gave-hours": "A judge in Derby gave Liam Kerr 200 hours of community service for "
                  "criminal damage.",
    "ordered-carry-out": "Sophie Hale was ordered to carry out 150 hours of unpaid work by "
                         "magistrates in Bristol.",
    "ordered-complete": "Magistrates in York ordered Dan Price to complete 80 hours of "
                        "community service.",
    "hours-no-sentence": "Volunteers gave Liam Kerr 200 hours of help after the flood.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    ("gave-hours", "Liam Kerr", "Derby"), ("ordered-carry-out", "Sophie Hale", "Bristol"),
    ("ordered-complete", "Dan Price", "York")])
def test_hours_of_community_service_are_the_sentence(
        records: dict[str, list[Record]], key: str, person: str, city: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.city) == (person, city)
    assert rec.sentence_type == SentenceType.COMMUNITY_SERVICE
    assert rec.sentence_months is None
    assert rec.sentence is not None and "hours" in rec.sentence


def test_hours_of_something_else_are_no_sentence(records: dict[str, list[Record]]) -> None:
    assert records["hours-no-sentence"] == []
