"""A country or demonym the NER ran into a defendant's name ("Kyrgyzstan Almazbek Atambayev")
is whose, not who: the record's person is the name alone, in several phrasings of our own; a
surname that is also a place-like word stays."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "country-first": "Kyrgyzstan Kurmanbek Osmonov was sentenced in absentia to 11 years on "
                     "Monday.",
    "demonym-first": "Belarusian Ales Kaputski was jailed for four years by a court in Minsk on "
                     "Tuesday.",
    "country-in-list": "The court sentenced Tajikistan Rahmon Nazarov and Firdavs Qodirov to "
                       "five years each on Wednesday.",
    "plain-name": "Georgi Ivanov was sentenced to three years in Sofia on Thursday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("country-first", "Kurmanbek Osmonov"),
    ("demonym-first", "Ales Kaputski"),
    ("plain-name", "Georgi Ivanov"),
])
def test_the_defendant_is_the_name_without_the_nation(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    assert only_record(records, TEXTS, key).person == person


def test_a_nation_word_in_a_list_is_no_part_of_a_name(
        records: dict[str, list[Record]]) -> None:
    assert sorted(r.person or "" for r in records["country-in-list"]) == [
        "Firdavs Qodirov", "Rahmon Nazarov"]
