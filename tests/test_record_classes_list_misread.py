"""A row of defendants' names in which the small NER took one member for a place ("Those
sentenced include A, Amos Wamala, B and C" with "Amos Wamala" tagged GPE): beside a person
in a row of two or more, only the gazetteer's places and numbers say a member is no name, so
the row is read to its end. A row of places after the people stays places. Read with the
rules alone (the trained tagger may know the name). Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 8)

TEXTS: dict[str, str] = {
    "include": "A military court in Gulu on Monday sentenced nine opposition supporters to "
               "six years in prison for treason. Those sentenced include Peter Okello, Amos "
               "Wamala, Juma Tindi, Asbert Lukwago, Denis Oduya and Grace Nabirye.",
    "are": "A court in Lira jailed five traders for fraud on Tuesday. The individuals "
           "sentenced are Peter Okello, Juma Tindi, Amos Wamala, Grace Nabirye and Denis "
           "Oduya.",
    "included-last": "A court in Arua on Friday jailed six youths for two years for rioting. "
                     "Those jailed included Brian Ochieng, Isaac Lugazi, Amos Wamala and Joel "
                     "Kamau.",
    # places after the people, a town opening the row: no one more
    "town-first": "In Taraz, Ashimov, Bekova and Sultanov received real jail sentences.",
    "roads": "Peter Okello, Juma Tindi and Grace Nabirye were jailed for robberies on Kampala "
             "Road, Jinja Road and Entebbe Road.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("include", {"Peter Okello", "Amos Wamala", "Juma Tindi", "Asbert Lukwago", "Denis Oduya",
                 "Grace Nabirye"}),
    ("are", {"Peter Okello", "Juma Tindi", "Amos Wamala", "Grace Nabirye", "Denis Oduya"}),
    ("included-last", {"Brian Ochieng", "Isaac Lugazi", "Amos Wamala", "Joel Kamau"}),
])
def test_a_member_taken_for_a_place_is_still_a_defendant(records: dict[str, list[Record]],
                                                         key: str, people: set[str]) -> None:
    named = {r.person for r in records[key] if r.person}
    assert named == people, key
    wamala = next(r for r in records[key] if r.person == "Amos Wamala")
    assert wamala.outcome == "convicted" and wamala.group_size == 1


@pytest.mark.parametrize(("key", "people"), [
    ("roads", ["Grace Nabirye", "Juma Tindi", "Peter Okello"]),
    ("town-first", ["Ashimov", "Bekova", "Sultanov"]),
])
def test_places_beside_the_people_name_no_one(records: dict[str, list[Record]], key: str,
                                              people: list[str]) -> None:
    assert sorted(r.person or "" for r in records[key]) == people
