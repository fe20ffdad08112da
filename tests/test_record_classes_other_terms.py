"""A named defendant's term told after the story's own, of another length, in a sentence
that puts it in an earlier year or another case ("Last July, he was already sentenced to 18
months", "In 2021, a court in X sentenced him to 14 years in a separate case", "Earlier this
year, ... sentenced X to 12 years in the Y case") is an earlier proceeding's record beside the
story's, not merged over the story's term. Not so for an appeal's term (the latest state of
the same proceeding), for a term the story's record already states, nor for a later step of
the same case ("ordered him to be supervised for 12 months after his release"). Read with
the rules alone. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)

TEXTS: dict[str, str] = {
    "already-last-month": "The heaviest sentence went to Karim Zouari, who received three "
                          "years in prison on Sunday. Last July, he was already sentenced to "
                          "18 months in prison for insulting an official.",
    "in-a-year": "A court in Multan on Monday sentenced Bilal Qureshi to ten years in prison "
                 "for fraud. In 2021, a court in Lahore sentenced Qureshi to four years in "
                 "prison for forgery in a separate case.",
    "earlier-this-year": "A court in Kandy on Tuesday jailed Ruwan Perera for nine years for "
                         "bribery. Earlier this year, the same court sentenced Perera to 14 "
                         "years in prison in the land case.",
    # one proceeding: an appeal's term, the same term again, a later step of the case
    "appeal-cut": "An appeal court on Monday cut the sentence of Omar Nasser to eight years. "
                  "Nasser was sentenced to 12 years in prison in 2019.",
    "same-term": "A court in Multan on Monday sentenced Bilal Qureshi to ten years in prison. "
                 "Qureshi, who was arrested in 2021, was sentenced to ten years in prison for "
                 "fraud.",
    # an adverb of a relative clause tells of that clause's act, not of another case
    "relative-earlier": "Tom Baker was jailed for six years at Leeds Crown Court on Monday for "
                        "fraud. Baker, who had earlier admitted perjury, was also given 12 "
                        "months for that offence, to run consecutively.",
    "relative-previously": "A court in Kandy on Tuesday jailed Ruwan Perera for nine years. "
                           "Perera, who had previously denied the charge, was sentenced to "
                           "nine years for fraud.",
    "supervision-after": "The sheriff jailed Ross Dunmore for 25 months on Friday. He also "
                         "ordered him to be supervised for 12 months after his release.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("already-last-month", [18, 36]),
    ("in-a-year", [48, 120]),
    ("earlier-this-year", [108, 168]),
])
def test_an_earlier_cases_term_is_a_record_of_its_own(records: dict[str, list[Record]],
                                                      key: str, months: list[int]) -> None:
    recs = records[key]
    assert len({r.person for r in recs}) == 1 and len(recs) == 2, recs
    assert sorted(r.sentence_months or 0 for r in recs) == months
    assert {r.outcome for r in recs} == {"convicted"}


@pytest.mark.parametrize(("key", "months"), [
    ("appeal-cut", 96),
    ("same-term", 120),
    ("supervision-after", 25),
    ("relative-earlier", 72),
    ("relative-previously", 108),
])
def test_one_proceeding_stays_one_record(records: dict[str, list[Record]], key: str,
                                         months: int) -> None:
    recs = records[key]
    assert len(recs) == 1, recs
    assert recs[0].sentence_months == months
