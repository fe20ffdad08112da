"""A two-word military rank before a defendant's name ("Lance Corporal A", "Staff Sergeant B"):
the rank's first word is no given name once the second is a title the names drop anyway;
alone it may be one ("Lance Hale"). Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "lance-corporal": "The court also sentenced the soldier's accomplice, Lance Corporal Adamu "
                      "Gideon, to 10 years imprisonment for conspiracy.",
    "staff-sergeant": "A military court in Kaduna jailed Staff Sergeant Bello Musa for seven "
                      "years for desertion on Monday.",
    "petty-officer": "Petty Officer Dan Rooke was fined 2,000 pounds by a court martial in "
                     "Portsmouth for assault.",
    # near miss: the same word as a given name stays in the name
    "given-name": "Lance Hale, 31, was jailed for six years for burglary at Derby Crown Court.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("lance-corporal", "Adamu Gideon"),
    ("staff-sergeant", "Bello Musa"),
    ("petty-officer", "Dan Rooke"),
    ("given-name", "Lance Hale"),
])
def test_a_rank_is_not_part_of_the_name(records: dict[str, list[Record]], key: str,
                                        person: str) -> None:
    assert [r.person for r in records[key]] == [person], records[key]
