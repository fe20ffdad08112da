"""One defendant under two transliterations is one record (issue 11, class 8), in several
spellings of our own: y/i ("Byalik" / "Bialik"), kh/h, doubled letters and diacritics; the name
as the outcome's own sentence writes it; a gender ending or another given name stays a
different person."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 2, 9)

TEXTS: dict[str, str] = {
    "y-i": "A Gomel court jailed Andrei Byalik for seven years on Monday. Andrei Bialik was "
           "convicted of treason.",
    "kh-h": "Mukhtar Dzhakishev was sentenced to 14 years in Astana on Tuesday. Muhtar "
            "Dzhakishev was convicted of embezzlement.",
    "doubled": "The court in Osh sentenced Kubanychbek Asanbekkov to eight years on Monday. "
               "Kubanychbek Asanbekov had denied the charges of fraud.",
    "diacritics": "A Prague court sentenced Tomáš Král to six years on Monday. Tomas Kral was "
                  "found guilty of fraud.",
    "written-here": "The court in Kostanay sentenced Zhanbolat Mamay to six years. Zhanbolat "
                    "Mamai was arrested in March 2022.",
    "tail-of-name": "Vu Quang Thuan and Nguyen Van Dien were convicted of propaganda on "
                    "Wednesday. Quang Thuan was given eight years in prison.",
    "both-names": "Both Tom Hale and Ann Lee were jailed for six years.",
    "both-surnames": "Both Hale and Lee were jailed for six years.",
    "federation": "The court sentenced the head of the Federation of Bosnia, Fadil Kovac, to "
                  "four years in prison.",
    "byline": "By Jeffrey B. Ross (Reuters) - A Philadelphia municipal court judge pleaded "
              "guilty on Wednesday to wire fraud charges.",
    # ---- different people
    "two-longer-names": "Tran Van Nam was jailed for five years. Van Nam said he would appeal. "
                        "Le Van Nam was jailed for two years.",
    "gender-ending": "A court in Ufa sentenced Oleg Ivanov to five years and Olga Ivanova to "
                     "three years on Monday.",
    "other-given-name": "A Brno court jailed Jan Novak for four years and Pavel Novak for two "
                        "years on Thursday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("y-i", "Andrei Byalik", 84),
    ("kh-h", "Mukhtar Dzhakishev", 168),
    ("doubled", "Kubanychbek Asanbekkov", 96),
    ("diacritics", "Tomáš Král", 72),
    ("written-here", "Zhanbolat Mamay", 72),
])
def test_two_spellings_of_one_defendant_are_one_record(
        records: dict[str, list[Record]], key: str, person: str, months: int) -> None:
    assert [(r.person, r.sentence_months) for r in records[key]] == [(person, months)]


@pytest.mark.parametrize(("key", "people"), [
    ("gender-ending", {"Oleg Ivanov": 60, "Olga Ivanova": 36}),
    ("other-given-name", {"Jan Novak": 48, "Pavel Novak": 24}),
    ("two-longer-names", {"Tran Van Nam": 60, "Le Van Nam": 24}),
])
def test_a_gender_ending_or_another_given_name_is_another_person(
        records: dict[str, list[Record]], key: str, people: dict[str, int]) -> None:
    assert {r.person: r.sentence_months for r in records[key]} == people


def test_the_end_of_one_longer_name_is_that_person(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence_months for r in records["tail-of-name"]}
    assert got == {"Vu Quang Thuan": 96, "Nguyen Van Dien": None}


@pytest.mark.parametrize(("key", "people"), [
    ("both-names", {"Tom Hale", "Ann Lee"}),
    ("both-surnames", {"Hale", "Lee"}),  # "Both" is in no one's name
    ("federation", {"Fadil Kovac"}),  # an organisation's word beside a name is no one
    ("byline", {None}),  # the reporter of the byline is not the unnamed judge
])
def test_who_is_named(records: dict[str, list[Record]], key: str,
                      people: set[str | None]) -> None:
    assert {r.person for r in records[key]} == people
