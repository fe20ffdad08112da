"""A long name the small NER cut at its front ("Ahmed Khan Riyad" of "Aqeel Ahmed Khan
Riyad"): the capitalised given names the parse joins to it as compounds are part of it, up
to a name of four words; a title, court word or people noun before it is not."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 4, 19)

TEXTS: dict[str, str] = {
    "passive": "Aqeel Ahmed Khan Riyad was sentenced to death for drug trafficking by a court "
               "in Riyadh.",
    "reported": "Officials said Aqeel Ahmed Khan Riyad was convicted of drug smuggling on "
                "Monday.",
    "object": "The court in Dammam found Bilal Khan Mohammed Tariq guilty of smuggling heroin.",
    "subject-jailed": "Prosecutors said Aung Min Suu Lwin was jailed for ten years on Tuesday.",
    # a title before a name stays out of it
    "judge-title": "Judge Ivan Petrov Smirnov sentenced Oleg Orlov to three years for theft.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("passive", "Aqeel Ahmed Khan Riyad"),
    ("reported", "Aqeel Ahmed Khan Riyad"),
    ("object", "Bilal Khan Mohammed Tariq"),
    ("subject-jailed", "Aung Min Suu Lwin"),
])
def test_the_whole_name(records: dict[str, list[Record]], key: str, person: str) -> None:
    assert [r.person for r in records[key]] == [person]


def test_the_bench_is_no_part_of_a_name(records: dict[str, list[Record]]) -> None:
    assert [r.person for r in records["judge-title"]] == ["Oleg Orlov"]
