"""An appeal that upholds one conviction named by its offence ("upheld the fraud conviction
and 12-year prison sentence of X"): a conviction record with the offence as its charge and
the upheld term; words that are no offence ("the trial conviction") give no charge."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)

TEXTS: dict[str, str] = {
    "conviction-and-term": "An appeals court on Friday upheld the fraud conviction and 12-year "
                           "prison sentence of former governor Tom Reedley.",
    "two-word-offence": "The state Supreme Court on Tuesday affirmed the bank robbery "
                        "conviction of Dale Porter, who is serving 15 years.",
    "confirmed": "The Court of Cassation confirmed the espionage conviction of journalist "
                 "Omer Tasdemir on Wednesday.",
    # no offence before the noun
    "trial-conviction": "The appeals panel on Monday upheld the trial conviction of Nina Hart "
                        "for arson.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def test_offence_and_term_upheld(records: dict[str, list[Record]]) -> None:
    [r] = records["conviction-and-term"]
    assert (r.person, r.outcome, r.charge, r.sentence_months, r.date) == (
        "Tom Reedley", "convicted", "fraud", 144, dt.date(2024, 6, 14))


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("two-word-offence", "Dale Porter", "bank robbery"),
    ("confirmed", "Omer Tasdemir", "espionage"),
])
def test_offence_before_the_noun_is_the_charge(records: dict[str, list[Record]], key: str,
                                               person: str, charge: str) -> None:
    assert [(r.person, r.outcome, r.charge) for r in records[key]] == [
        (person, "convicted", charge)]


def test_trial_is_no_offence(records: dict[str, list[Record]]) -> None:
    assert [r.charge for r in records["trial-conviction"]] != ["trial"]
