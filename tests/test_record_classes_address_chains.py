"""A defendant's home address that runs on past a suburb and "near" ("A, 31, of Birch Close,
Littleover, near Belper, Derbyshire": British court reports): the town after "near" is the
home's, not the proceeding's (GUIDELINES: a home town alone does not count), so the court named
in the article stays the record's city. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "court-before": "Four men were sentenced at Nottingham Crown Court on Thursday.\n"
                    "Owen Hale, 31, of Birch Close, Littleover, near Belper, Derbyshire, received "
                    "six years for conspiracy to supply cocaine.",
    "no-court": "Owen Hale, 31, of Birch Close, Littleover, near Belper, was jailed for six "
                "years for burglary.",
    "numbered-street": "Amy Reed, 40, of 12 Quarry Lane, Stanton, near Ilkeston, was sentenced "
                       "to two years at Carlisle Crown Court for fraud.",
    "street-then-near": "Tom Pike, 22, of Fern Way, near Kendal, was jailed for 18 months for "
                        "theft.",
    # near miss: "near" a town with no street before it is where the crime happened
    "crime-near": "Tom Pike was jailed for 18 months for a theft near Kendal on Friday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    ("court-before", "Owen Hale", "Nottingham"),
    ("no-court", "Owen Hale", None),
    ("numbered-street", "Amy Reed", "Carlisle"),
    ("street-then-near", "Tom Pike", None),
    ("crime-near", "Tom Pike", "Kendal"),
])
def test_a_town_near_the_home_address_is_not_the_city(
        records: dict[str, list[Record]], key: str, person: str, city: str | None) -> None:
    named = [r for r in records[key] if r.person == person]
    assert len(named) == 1, records[key]
    assert named[0].city == city, named[0]
