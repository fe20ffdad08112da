"""A list of lengths "respectively" written with a unit after each length ("18 years and 12
years respectively", "nine years, seven years and five years, respectively") gives each
named person their own length, in order, as "15 and 16 years respectively" already did
(issue 11, class 5: a term attached to the wrong person)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "two-units": "The court sentenced Azamat Bekov and Ruslan Ali to 18 years and 12 years "
                 "respectively for attempting to seize power.",
    "three-units": "Azamat Bekov, Ruslan Ali and Timur Sadykov were jailed for nine years, "
                   "seven years and five years, respectively.",
    "mixed-units": "Dana Orlova and Inna Petrenko were sentenced to four years and six months "
                   "respectively.",
    "shared-unit": "Dana Orlova and Inna Petrenko were sentenced to 15 and 16 years "
                   "respectively.",
    "one-compound": "The court sentenced Dana Orlova to four years and six months in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("two-units", {"Azamat Bekov": 216, "Ruslan Ali": 144}),
    ("three-units", {"Azamat Bekov": 108, "Ruslan Ali": 84, "Timur Sadykov": 60}),
    ("mixed-units", {"Dana Orlova": 48, "Inna Petrenko": 6}),
    ("shared-unit", {"Dana Orlova": 180, "Inna Petrenko": 192}),
])
def test_each_person_takes_their_own_length(records: dict[str, list[Record]], key: str,
                                            months: dict[str, int]) -> None:
    assert {r.person: r.sentence_months for r in records[key]} == months


def test_one_persons_compound_length_stays_whole(records: dict[str, list[Record]]) -> None:
    [rec] = records["one-compound"]
    assert (rec.sentence_months, rec.sentence) == (54, "four years and six months in prison")
