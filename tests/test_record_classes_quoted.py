"""A quotation inside the sentence of an outcome is what was said or written, not the
sentence's own mood: 'sentenced ... for writing "We Will Not Forget"' is a sentence given,
though the parse may hang the verb on the slogan's "will not"; and "drug-related offences"
is one offence phrase (the hyphen joins "related" to its noun); "a year-long sting" is
no term."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "slogan-dateline": 'GRODNO -- Two Grodno students have been sentenced to two-year prison '
                       'terms each for writing "We Will Not Forget" with paint on a bridge '
                       'near a square where a protester was killed by police in August.',
    "slogan-placard": 'BREST -- Three Brest pensioners have been sentenced to three-year prison '
                      'terms each for holding a placard reading "We Will Never Forgive" at a '
                      'bus stop where a student was beaten by police in May.',
    # a quotation that is itself the hedge stays a hedge
    "quoted-hedge": 'Critics in Gomel said the two students "should never have been sentenced '
                    'to two years" at all.',
    "drug-related": "A court in Penang sentenced a Dutch national to 15 years' jail on Monday "
                    "for drug-related offences.",
    "terror-related": "Two men were jailed for six years in Kuala Lumpur on Monday for "
                      "terrorism-related crimes and money laundering.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "months"), [
    ("slogan-dateline", 2, 24),
    ("slogan-placard", 3, 36),
])
def test_a_quoted_slogan_does_not_hedge_the_sentence(records: dict[str, list[Record]],
                                                     key: str, size: int, months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.sentence_months) == (None, size, months)


def test_a_quoted_hedge_is_still_a_hedge(records: dict[str, list[Record]]) -> None:
    assert records["quoted-hedge"] == []


@pytest.mark.parametrize(("key", "charge"), [
    ("drug-related", "drug-related offences"),
    ("terror-related", "terrorism-related crimes and money laundering"),
])
def test_a_hyphenated_related_belongs_to_the_offence(records: dict[str, list[Record]],
                                                      key: str, charge: str) -> None:
    (rec,) = records[key]
    assert rec.charge == charge


LONG: dict[str, str] = {
    "year-long": "A Denver city councilman pleaded guilty on Wednesday to bribery after a "
                 "year-long FBI sting.",
    "month-long": "A Boise county clerk pleaded guilty on Monday to embezzlement after a "
                  "six-month-long audit.",
    # a term beside a "-long" word is still the term
    "term-beside": "A Denver city councilman was sentenced on Wednesday to a year in prison "
                   "after a two-month-long trial.",
}


@pytest.fixture(scope="module")
def long_words() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), LONG, PUBLISHED)


@pytest.mark.parametrize("key", ["year-long", "month-long"])
def test_a_year_long_inquiry_is_no_term(long_words: dict[str, list[Record]], key: str) -> None:
    (rec,) = long_words[key]
    assert (rec.sentence, rec.sentence_months) == (None, None)


def test_a_term_beside_a_long_trial_stands(long_words: dict[str, list[Record]]) -> None:
    (rec,) = long_words["term-beside"]
    assert rec.sentence_months == 12
