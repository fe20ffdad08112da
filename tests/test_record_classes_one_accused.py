"""The accusation an article states of one unnamed person ("The man has been charged with X")
is no charge of two other named defendants sentenced in another case of the story (issue 11,
fresh Russian court news); a group's accusation, or one defendant's, still is."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "two-others": "The man has been charged with arson. A court in Tula sentenced Pyotr Lanin "
                  "and Semyon Gurov to four years in prison.",
    "she-two": "She was accused of forging ballots.\n\nA court in Orsk jailed Vera Ilyina and "
               "Olga Sukhova for three years.",
    "one": "The man has been charged with arson. A court in Tula sentenced Pyotr Lanin to four "
           "years in prison.",
    "group": "The two men have been charged with arson. A court in Tula sentenced Pyotr Lanin "
             "and Semyon Gurov to four years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "people", "charge"), [
    ("two-others", ["Pyotr Lanin", "Semyon Gurov"], None),
    ("she-two", ["Vera Ilyina", "Olga Sukhova"], None),
    ("one", ["Pyotr Lanin"], "arson"),
    ("group", ["Pyotr Lanin", "Semyon Gurov"], "arson"),
])
def test_whose_accusation(records: dict[str, dict[str | None, Record]], key: str,
                          people: list[str], charge: str | None) -> None:
    assert [records[key][p].charge for p in people] == [charge] * len(people)
