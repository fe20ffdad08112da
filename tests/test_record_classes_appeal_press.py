"""Appeal rulings as the press tells them: a won appeal against conviction (the conviction
no longer stands), a sentence "cut from eight years to six" (the new term in the old one's
unit), a sentence "for robbery" cut, a given name that is also a country ("Jordan Blake's
sentence": a person, not a country and a surname), and a suspended sentence "replaced with a
real prison term of N" (the real term is the sentence now)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "won-against-conviction": "Connor Hale won his appeal against conviction on Friday after "
                              "the Court of Appeal ruled that the judge had misdirected the "
                              "jury.",
    "won-against-their-convictions": "Two brothers from Luton, Amir Shah and Bilal Shah, won "
                                     "their appeal against their convictions for fraud on "
                                     "Tuesday.",
    "cut-from-to-bare": "Connor Hale, 25, had his sentence for robbery cut from eight years to "
                        "six at the Court of Appeal on Wednesday.",
    "reduced-from-to-bare": "Owen Pryce had his sentence reduced from 12 years to nine, three "
                            "judges ruled on Thursday.",
    "country-given-name": "The Court of Appeal reduced Jordan Blake's sentence to six years on "
                          "Tuesday.",
    "country-given-name-late": "Israel Mensah's sentence was cut to four years on Monday.",
    # a suspended sentence replaced with a real one: the real term is the sentence now
    "replaced-described": "A Moscow court on Tuesday replaced opposition leader Alexei "
                          "Petrov's suspended sentence with a real prison term of three and a "
                          "half years.",
    "replaced-role": "The court replaced blogger Ivan Sokolov's suspended sentence with a real "
                     "prison term of two years on Friday.",
    "replaced-bare-name": "On Monday a judge in Ufa replaced Timur Gaziev's suspended sentence "
                          "with a real term of three years in a penal colony.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("won-against-conviction", {"Connor Hale"}),
    ("won-against-their-convictions", {"Amir Shah", "Bilal Shah"}),
])
def test_a_won_appeal_against_conviction_dismisses_it(records: dict[str, list[Record]],
                                                      key: str, people: set[str]) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all(r.outcome is Outcome.DISMISSED and r.sentence_months is None for r in recs)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("cut-from-to-bare", "Connor Hale", 72),
    ("reduced-from-to-bare", "Owen Pryce", 108),
])
def test_a_cut_to_a_bare_number_keeps_the_unit(records: dict[str, list[Record]], key: str,
                                               person: str, months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.outcome) == (person, months,
                                                              Outcome.CONVICTED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("country-given-name", "Jordan Blake", 72),
    ("country-given-name-late", "Israel Mensah", 48),
])
def test_a_given_name_that_is_a_country(records: dict[str, list[Record]], key: str,
                                        person: str, months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months) == (person, months)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("replaced-described", "Alexei Petrov", 42),
    ("replaced-role", "Ivan Sokolov", 24),
    ("replaced-bare-name", "Timur Gaziev", 36),
])
def test_a_suspended_sentence_replaced_with_a_real_one(records: dict[str, list[Record]],
                                                       key: str, person: str,
                                                       months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.outcome) == (person, months,
                                                              Outcome.CONVICTED)
