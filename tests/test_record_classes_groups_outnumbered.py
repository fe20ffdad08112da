"""An unnamed group whose members the next sentences name, with more people named than it
counts (silver slice b, class 4): "sentenced four supporters ... Those convicted include A, B,
C, D and E", "convicted two traders ... The two, A and B, as well as C, were sentenced". The
group is no record of its own (GUIDELINES: no double counting); as the count and the names
disagree, the named keep their own slots (the group's day is not theirs for sure). Fewer
people named, another day or place, another outcome, or "two more men" keep the group.
Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "include-more": "A military court in Tarnow on 3 March 2023 sentenced four opposition "
                    "supporters to six years in prison for sabotage. The ruling follows a trial "
                    "that lasted two years. Those convicted include Adam Kowalczyk, Bartosz "
                    "Lewandowski, Cezary Wojcik, Damian Zielinski and Emil Nowak.",
    "two-as-well-as": "A court in Kumasi on Tuesday convicted two traders of fraud. The two, "
                      "Kofi Mensah and Yaw Boateng, as well as Kwame Asante, a former clerk, "
                      "were sentenced to ten years each.",
    "guards-commander": "A court in Sarny jailed three prison guards for abuse on Friday. The "
                        "guards, Ivan Petrenko, Oleh Marchuk and Petro Shevchuk, got six years "
                        "each, and their commander, Taras Bondar, got eight years.",
    "fewer-named": "A court in Dravograd jailed six protesters for four years on Monday. The "
                   "trial lasted a month. The crowd outside sang. Police made arrests in May. "
                   "Lina Varga was given four years.",
    "other-court": "A court in Oslo jailed two men for fraud on Monday. The judge said the "
                   "fraud was large. On Tuesday, a court in Bergen jailed Per Dahl, Ole Lund "
                   "and Jon Berg for theft.",
    "other-outcome": "A court in Riga convicted two men of smuggling on Monday. The trial "
                     "lasted a month. Janis Ozols, Peteris Kalns and Andris Liepa were "
                     "acquitted.",
    "more-men": "A court in Lisko jailed two more men for robbery on Monday. The trial lasted "
                "a week. Karl Heinz, Udo Falk and Jan Ross were given three years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _unnamed(records: dict[str, list[Record]], key: str) -> list[Record]:
    return [r for r in records[key] if r.person is None]


@pytest.mark.parametrize(("key", "people"), [
    ("include-more", ["Adam Kowalczyk", "Bartosz Lewandowski", "Cezary Wojcik",
                      "Damian Zielinski", "Emil Nowak"]),
    ("two-as-well-as", ["Kofi Mensah", "Yaw Boateng", "Kwame Asante"]),
    ("guards-commander", ["Ivan Petrenko", "Oleh Marchuk", "Petro Shevchuk", "Taras Bondar"]),
])
def test_group_named_by_more_people_is_no_record(records: dict[str, list[Record]], key: str,
                                                 people: list[str]) -> None:
    assert not _unnamed(records, key), key
    assert sorted(r.person or "" for r in records[key]) == sorted(people)


def test_named_members_keep_their_own_slots(records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "two-as-well-as", "Kwame Asante")
    assert (rec.city, rec.sentence_months, rec.date) == ("Kumasi", 120, None)
    rec = person_record(records, "guards-commander", "Taras Bondar")
    assert rec.sentence_months == 96


@pytest.mark.parametrize(("key", "size"), [
    ("fewer-named", 6),
    ("other-court", 2),
    ("other-outcome", 2),
    ("more-men", 2),
])
def test_group_stays_when_the_names_are_not_its_members(records: dict[str, list[Record]],
                                                        key: str, size: int) -> None:
    assert [r.group_size for r in _unnamed(records, key)] == [size], key
