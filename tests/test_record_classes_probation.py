"""Probation with its length after it ("placed on probation for three years"), in several
phrasings of our own: the length is the record's months; probation someone was already on is
no outcome."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 7, 12)

TEXTS: dict[str, str] = {
    "placed-on": "Erkin Toktomushev was placed on probation for three years by a court in "
                 "Talas on Monday.",
    "sentenced-to": "A judge in Fresno sentenced Maya Leon to probation for 18 months for "
                    "shoplifting.",
    "given": "Tom Burke was given probation for two years after admitting criminal damage in "
             "Derby.",
    "already-on": "Jack Minter was on probation for two years when police arrested him in "
                  "Bristol.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("placed-on", "Erkin Toktomushev", 36), ("sentenced-to", "Maya Leon", 18),
    ("given", "Tom Burke", 24)])
def test_probation_for_a_length_is_its_months(
        records: dict[str, list[Record]], key: str, person: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PROBATION, months)


def test_probation_someone_was_on_is_no_outcome(records: dict[str, list[Record]]) -> None:
    assert records["already-on"] == []
