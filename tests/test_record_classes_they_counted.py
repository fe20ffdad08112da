"""A plural pronoun with no defendant told of before it refers to the nearest counted people
noun before it, in its sentence or the one before ("After the 9 defendants denied the
charges, they were all convicted"): an unnamed group of that many. A count of things ("the
two charges") is no one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "after-clause": "After the five defendants denied the charges, they were all convicted in "
                    "the District Court on Monday.",
    "previous-sentence": "Twelve protesters were detained outside the parliament in March. "
                         "They were jailed for 15 days each on Tuesday.",
    "but-clause": "Three men denied the robbery but they were all convicted on Monday.",
    "sentenced-them": "Prosecutors referred two defendants to the court for abusing alcohol. The "
                      "court sentenced them to one month in prison and a fine of Dh300.",
    # counted things, not people
    "counted-things": "Ivan Orlov denied the two charges. They were dismissed by the judge on "
                      "Friday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size"), [
    ("after-clause", 5),
    ("previous-sentence", 12),
    ("but-clause", 3),
    ("sentenced-them", 2),
])
def test_they_is_the_counted_people_before(records: dict[str, list[Record]], key: str,
                                           size: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size) == (None, size)


def test_counted_things_are_no_group(records: dict[str, list[Record]]) -> None:
    assert all(r.group_size != 2 or r.person for r in records["counted-things"])
