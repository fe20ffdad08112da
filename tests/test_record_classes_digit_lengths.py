"""Lengths in digits listed over several people after a give verb ("received 14 and 15 years
respectively", "got 8, 10 and 12 years"): each person is a record with their own length,
as with lengths in words."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 2, 9)

TEXTS: dict[str, str] = {
    "two-respectively": "A Minsk court jailed opposition politician Pavel Sevruk for seven "
                        "years on Tuesday. His co-defendants Mikola Statko and Ihar Lasko "
                        "received 14 and 15 years respectively.",
    "three-respectively": "Tomas Varga, Ivan Petrak and Ales Pushko got 8, 10 and 12 years "
                          "respectively for organising riots.",
    "months": "Judge Orlova gave Kira Belova and Dina Sokol 18 and 24 months respectively for "
              "theft.",
    # no term
    "points": "At the chess final, Ruslan Abenov and Timur Sadyk received 14 and 15 points "
              "respectively.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _months(records: dict[str, list[Record]], key: str) -> dict[str | None, float | None]:
    return {r.person: r.sentence_months for r in records[key]}


def test_two_lengths_after_a_main_defendant(records: dict[str, list[Record]]) -> None:
    assert _months(records, "two-respectively") == {
        "Pavel Sevruk": 84, "Mikola Statko": 168, "Ihar Lasko": 180}


def test_three_lengths(records: dict[str, list[Record]]) -> None:
    assert _months(records, "three-respectively") == {
        "Tomas Varga": 96, "Ivan Petrak": 120, "Ales Pushko": 144}


def test_months_given_by_a_judge(records: dict[str, list[Record]]) -> None:
    assert _months(records, "months") == {"Kira Belova": 18, "Dina Sokol": 24}


def test_numbers_of_something_else(records: dict[str, list[Record]]) -> None:
    assert records["points"] == []
