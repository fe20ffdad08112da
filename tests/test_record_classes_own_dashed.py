"""An unnamed group whose members its own sentence names between two dashes right after it
("sentenced four of the activists -- A, B, C, and D -- to five years"; the wire's double
hyphen or a dash): one record per person, the group's slots, no group record; a lead's
total over them restates them. Names that do not make up the group, or a description
between the dashes, leave the group as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)  # a Friday

FOUR = ["Abai Kenzhebek", "Asan Tolegenov", "Kairat Mukanov", "Nurlan Sadykov"]
THREE = ["Serik Abenov", "Olzhas Nurov", "Bauyrzhan Temirov"]

TEXTS: dict[str, str] = {
    "four-hyphens": "ALMATY -- The court sentenced four of the activists -- Abai Kenzhebek, "
                    "Asan Tolegenov, Kairat Mukanov, and Nurlan Sadykov -- to five years in "
                    "prison.",
    "three-hyphens": "A court in Taraz on Friday sentenced three of the men -- Serik Abenov, "
                     "Olzhas Nurov, and Bauyrzhan Temirov -- to seven years in prison for "
                     "fraud.",
    "after-total": "ALMATY -- A court has sentenced 13 activists to up to five years in prison "
                   "on extremism charges.\nThe court sentenced four of the activists -- Abai "
                   "Kenzhebek, Asan Tolegenov, Kairat Mukanov, and Nurlan Sadykov -- to five "
                   "years in prison.",
    # near misses: a description between the dashes; fewer names than the group
    "described": "A court in Osh sentenced three men -- all residents of Uzgen -- to ten years "
                 "in prison.",
    "fewer-names": "The court sentenced four of the activists -- Abai Kenzhebek, Asan Tolegenov "
                   "and two others -- to five years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "months"), [
    ("four-hyphens", FOUR, 60),
    ("three-hyphens", THREE, 84),
    ("after-total", FOUR, 60),
])
def test_the_names_between_the_dashes_are_the_group(records: dict[str, list[Record]], key: str,
                                                    people: list[str], months: int) -> None:
    recs = records[key]
    assert sorted(r.person or "" for r in recs) == sorted(people)
    assert {(r.group_size, r.sentence_months, r.sentence_type) for r in recs} == {
        (1, months, "prison")}


@pytest.mark.parametrize(("key", "size"), [("described", 3), ("fewer-names", 4)])
def test_a_group_not_named_between_dashes_stays(records: dict[str, list[Record]], key: str,
                                                size: int) -> None:
    groups = [r for r in records[key] if r.person is None]
    assert [r.group_size for r in groups] == [size]
