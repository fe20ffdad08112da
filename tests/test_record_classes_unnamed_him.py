"""An unnamed defendant convicted and sentenced in one sentence ("convicted a former mayor of
bribery and sentenced him to six years"): the pronoun is that defendant, so the one record
keeps the term, in several phrasings of our own; a "him" after another verb's object that
is no defendant stays the named defendant's."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 3, 1)

TEXTS: dict[str, str] = {
    "indefinite": "A court in Naryn on Tuesday convicted a former mayor of bribery and "
                  "sentenced him to six years in prison.",
    "definite-country": "A court in Tajikistan on Monday convicted the country's former "
                        "interior minister of abuse of office and sentenced him to nine years "
                        "and two months' imprisonment.",
    "woman": "The court in Gori found a local teacher guilty of fraud and sentenced her to "
             "three years.",
    "named-before": "Arman Bekov was arrested in May. On Thursday the judge in Taraz thanked "
                    "a witness and sentenced him to four years for theft.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("indefinite", 72), ("definite-country", 110), ("woman", 36)])
def test_the_unnamed_defendant_keeps_the_term_given_to_the_pronoun(
        records: dict[str, list[Record]], key: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size, rec.outcome) == (None, 1, Outcome.CONVICTED)
    assert rec.sentence_months == months
    assert rec.charge is not None


def test_a_pronoun_beside_a_non_defendant_stays_the_named_one(
        records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "named-before")
    assert (rec.person, rec.sentence_months) == ("Arman Bekov", 48)
