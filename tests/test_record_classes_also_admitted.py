"""A further count a sentenced defendant admitted, told in a sentence of its own ("He also
admitted handling stolen goods"), joins that defendant's charges; "also admitted" with no
outcome told before for that person makes no record ("The minister also admitted mistakes")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 7, 19)

TEXTS: dict[str, str] = {
    "pronoun": "Mark Dobson, 41, was jailed for six years at Leeds Crown Court for burglary. He "
               "also admitted handling stolen goods and dangerous driving.",
    "surname-counts": "Ian Rook was jailed for six years for burglary. Rook also admitted two "
                      "counts of fraud.",
    "had-also-to": "Sara Kemp pleaded guilty to arson and was jailed for four years. Kemp had "
                   "also admitted to assaulting a police officer.",
    # no further count
    "that-clause": "Owen Hale was jailed for five years for robbery. He also admitted that he "
                   "had lied to his family.",
    "no-outcome": "The minister also admitted mistakes were made in the inquiry.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("pronoun", "Mark Dobson", "burglary; handling stolen goods and dangerous driving"),
    ("surname-counts", "Ian Rook", "burglary; fraud"),
    ("had-also-to", "Sara Kemp", "arson; assaulting a police officer"),
])
def test_the_further_count_joins_the_charge(records: dict[str, list[Record]], key: str,
                                            person: str, charge: str) -> None:
    assert [(r.person, r.charge) for r in records[key]] == [(person, charge)]


def test_an_admitted_fact_is_no_count(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.charge) for r in records["that-clause"]] == [("Owen Hale", "robbery")]


def test_no_record_without_an_outcome(records: dict[str, list[Record]]) -> None:
    assert records["no-outcome"] == []
