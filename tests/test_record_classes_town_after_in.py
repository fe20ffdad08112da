"""A town the small tagger reads as a person's name ("Kyzylorda", "Lida", "Novopolotsk") is
still the case's place when the text puts it after "in" alone ("In X, blogger A was
jailed", "a separate case in X"); a surname with a name after it or an owner's "'s" is not
taken for one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 9, 13)

TEXTS: dict[str, str] = {
    "in-town-comma": "In Kyzylorda, blogger Aset Abishev was given four years in prison on "
                     "Friday.",
    "case-in-town": "In a separate case in Novopolotsk, activist Hanna Kazlova was given two "
                    "years of restricted freedom.",
    "while-in-town": "While in Lida, teacher Ales Varona was sentenced to three years in "
                     "prison for his posts.",
    "hyphenated": "Later in Kara-Balta, driver Ruslan Osmonov was sentenced to three years in "
                  "prison for bribery.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    ("in-town-comma", "Aset Abishev", "Kyzylorda"),
    ("case-in-town", "Hanna Kazlova", "Novopolotsk"),
    ("while-in-town", "Ales Varona", "Lida"),
    ("hyphenated", "Ruslan Osmonov", "Kara-Balta"),
])
def test_town_after_in(records: dict[str, list[Record]], key: str, person: str,
                       city: str) -> None:
    assert [(r.person, r.city) for r in records[key]] == [(person, city)]
