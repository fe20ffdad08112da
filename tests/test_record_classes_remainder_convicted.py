"""The rest of a group given its own sentence ("Nine activists were jailed ... The remaining
three received suspended sentences") is a group record of that many, as the rest acquitted
already was, unless a group told before is this rest and the others together ("eight were
convicted; five were jailed and the remaining three fined"); a remainder with its names
("the other two, A and B") is those people, and "also convicted four others including
officials" stays the group of four."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 22)

TEXTS: dict[str, str] = {
    "remaining-suspended": "Nine activists were sentenced to between three and five years in "
                           "Grodno on Tuesday. The remaining three received suspended sentences "
                           "of two years.",
    "other-given": "A court in Gomel jailed six strikers for four years on Monday. The other "
                   "two were given two years of restricted freedom.",
    "remaining-fined": "Eight farmers were convicted of blocking a highway in Osh. Five were "
                       "jailed for a year, and the remaining three were fined 10,000 soms each.",
    # not a bare remainder
    "named-others": "Anna Kress was jailed for six years. The other two, Ilya Ostrov and Lev "
                    "Marin, received three years each.",
    "four-others": "The court also convicted four others including former officials of abuse "
                   "of power.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _groups(records: dict[str, list[Record]], key: str) -> list[tuple[int, str | None]]:
    return sorted((r.group_size, r.sentence_type) for r in records[key] if r.person is None)


def test_remaining_three_suspended(records: dict[str, list[Record]]) -> None:
    assert (3, "suspended") in _groups(records, "remaining-suspended")
    assert [r.sentence_months for r in records["remaining-suspended"] if r.group_size == 3] == [24]


def test_other_two_restricted(records: dict[str, list[Record]]) -> None:
    assert (2, "restricted_freedom") in _groups(records, "other-given")


def test_the_rest_of_a_whole_told_before_is_a_subgroup(records: dict[str, list[Record]]
                                                       ) -> None:
    # eight convicted, five jailed, the remaining three fined: the three are part of the
    # eight already recorded (GUIDELINES: subgroups get no records of their own)
    assert 3 not in [size for size, _ in _groups(records, "remaining-fined")]


def test_named_remainder_is_its_people(records: dict[str, list[Record]]) -> None:
    assert sorted(r.person or "" for r in records["named-others"]) == [
        "Anna Kress", "Ilya Ostrov", "Lev Marin"]


def test_also_convicted_others_is_one_group(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.group_size) for r in records["four-others"]] == [(None, 4)]
