"""Phrasings of the South Asian press: "life time imprisonment" / "lifetime imprisonment" is a
life term; "The High Court, Dipayal, has sentenced ..." names the bench's seat (GUIDELINES: the
court's location beats the dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "life-time": "The district court sentenced life time imprisonment to Hari Prasad Sharma "
                 "for murder.",
    "lifetime": "Ram Bahadur Thapa was sentenced to lifetime imprisonment by the court on "
                "Thursday.",
    "life-hyphen-time": "Gopal Adhikari received a life-time jail sentence for the killing.",
    "court-comma-seat": "KATHMANDU – The High Court, Dipayal, has sentenced Ram Bahadur Thapa to "
                        "ten years in prison for corruption.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("life-time", "Hari Prasad Sharma"),
    ("lifetime", "Ram Bahadur Thapa"),
    ("life-hyphen-time", "Gopal Adhikari"),
])
def test_a_lifetime_term_is_life(records: dict[str, list[Record]], key: str,
                                 person: str) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_type, rec.sentence_months) == (person, SentenceType.LIFE,
                                                                    None)


def test_the_high_court_comma_seat(records: dict[str, list[Record]]) -> None:
    (rec,) = records["court-comma-seat"]
    assert (rec.person, rec.city, rec.sentence_months) == ("Ram Bahadur Thapa", "Dipayal", 120)
