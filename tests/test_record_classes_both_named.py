""""Both men" after two named defendants is those two (GUIDELINES: a group whose members are
named elsewhere is no record of its own): "A and B were found guilty ... the judge imposed
life sentences on both men" gives A and B the term, not a third record of two unnamed men.
"Two other men" stays a group of its own; "both" where the sentences before name three people
restates no one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "imposed-on-both-men": "Jon Tate, 25, and Luke Mayne, 37, were found guilty by a jury of "
                           "the murder of Tom Hale. In May, the trial judge imposed mandatory "
                           "life sentences on both men.",
    "sentenced-both-men": "Piotr Nowak and Adam Zielinski were convicted of people smuggling on "
                          "Tuesday. On Friday the judge sentenced both men to eight years in "
                          "prison.",
    "two-other-men": "Mark Dunn and Lisa Pike pleaded guilty to theft. Two other men were fined "
                     "500 euros.",
    "both-of-three": "Mark Dunn, Lisa Pike and Tom Ure pleaded guilty to theft. The judge "
                     "imposed fines of 500 euros on both men.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "kind"), [
    ("imposed-on-both-men", {"Jon Tate", "Luke Mayne"}, SentenceType.LIFE),
    ("sentenced-both-men", {"Piotr Nowak", "Adam Zielinski"}, SentenceType.PRISON),
])
def test_both_men_are_the_two_named_before(records: dict[str, list[Record]], key: str,
                                           people: set[str], kind: SentenceType) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all(r.sentence_type is kind for r in recs)


def test_two_other_men_stay_a_group(records: dict[str, list[Record]]) -> None:
    assert any(r.person is None and r.group_size == 2 for r in records["two-other-men"])
    assert all(r.sentence is None for r in records["two-other-men"] if r.person)


def test_both_after_three_names_restates_no_one(records: dict[str, list[Record]]) -> None:
    assert all(r.sentence is None for r in records["both-of-three"] if r.person)
