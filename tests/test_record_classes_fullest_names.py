"""A defendant named first by a shorter form and later in full, in phrasings of our own: the
record holds the fullest form the text gives (GUIDELINES); a title before the longer mention
("Former Lawmaker X") or a longer name that is a record of its own changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "quoted-later": "Noor Vahidzadeh, 25, was sentenced to death in Tabriz on Monday for "
                    "setting a bin on fire.\n\n\"We will appeal for Sahand Noor Vahidzadeh,\" "
                    "his lawyer Mina Rostami said.",
    "listed-earlier": "Dariush Kamal Tehrani, Omid Sarraf and Babak Nouri have been held for "
                      "two years. On Tuesday, Kamal Tehrani was jailed for seven years by a "
                      "court in Isfahan.",
    "neg-title": "Former Lawmaker Rustam Velev was named in the indictment. A court in Plovdiv "
                 "jailed Rustam Velev for six years on Friday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("quoted-later", "Sahand Noor Vahidzadeh"),
    ("listed-earlier", "Dariush Kamal Tehrani"),
    ("neg-title", "Rustam Velev"),
])
def test_the_record_holds_the_fullest_name(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    named = [r.person for r in records[key] if r.person]
    assert named == [person], records[key]
