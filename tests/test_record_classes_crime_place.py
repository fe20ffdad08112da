"""The city in GUIDELINES' order: the court's, else the dateline's, else the place of the
crime, else the county. A crime told in a clause about the defendant ("A man who stabbed his
neighbour in Leeds was jailed") gives the city only when no court, dateline or court town of
the article names one; a clause of where someone lives ("who lives in Perth", "while living
in X") names a home, which never counts."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "stabbed-in": "A man who stabbed his neighbour in Leeds was jailed for 10 years on Monday.",
    "robbed-in": "Tom Hale, who robbed a bank in Perth last year, was sentenced to six years.",
    "lives-in": "Tom Hale, who lives in Perth, was sentenced to six years.",
    "living-in": "A Scot who admitted possessing cocaine while living in Perth was jailed for "
                 "11 months.",
    "dateline-first": "LEEDS - Tom Hale, who robbed a bank in Bradford last year, was "
                      "sentenced to six years.",
    "court-first": "A man who stabbed his neighbour in Leeds was jailed for 10 years at "
                   "Bradford Crown Court.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("stabbed-in", "Leeds"), ("robbed-in", "Perth"), ("lives-in", None), ("living-in", None),
    ("dateline-first", "Leeds"), ("court-first", "Bradford"),
])
def test_the_crime_place_comes_last(records: dict[str, list[Record]], key: str,
                                    city: str | None) -> None:
    assert only_record(records, TEXTS, key).city == city
