"""A court's ruling reported in the future tense, in several phrasings of our own: "X will serve
five years, the court decided" is an outcome; the same future said by prosecutors, a deal or
a condition is not."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 6, 14)  # a Friday

TEXTS: dict[str, str] = {
    "court-decided-after": "Trade unionist Yerbol Kassenov will serve four years in a prison "
                           "colony, the Aktobe court decided on Tuesday.",
    "judge-ruled-that": "The judge in Oral ruled on Wednesday that Dauren Sarsenov will serve "
                        "two years in a colony for hooliganism.",
    "court-ruled-comma": "Pavel Morozov will serve six years in a penal colony, a Tomsk court "
                         "ruled on Thursday.",
    "tribunal-ordered": "The military tribunal in Kharkiv ordered that Denys Hryhorenko will "
                        "serve 11 years for treason.",
    # ---- the same future, not a ruling
    "prosecutors-said": "Under the plea agreement, Neil Carver will serve eight years in "
                        "prison, prosecutors said.",
    "if-convicted": "If convicted, Rosa Delgado will serve up to 10 years, her lawyer said.",
    "expects": "Lawyers for Omar Haddad expect that he will serve at least five years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months", "city", "day"), [
    ("court-decided-after", "Yerbol Kassenov", 48, "Aktobe", 11),
    ("judge-ruled-that", "Dauren Sarsenov", 24, "Oral", 12),
    ("court-ruled-comma", "Pavel Morozov", 72, "Tomsk", 13),
    ("tribunal-ordered", "Denys Hryhorenko", 132, "Kharkiv", None),
])
def test_a_future_term_a_court_ruled_is_an_outcome(
        records: dict[str, list[Record]], key: str, person: str, months: int, city: str,
        day: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_months == months
    assert rec.sentence_type == SentenceType.PRISON
    assert rec.city == city
    assert rec.date == (dt.date(2024, 6, day) if day else None)


@pytest.mark.parametrize("key", ["prosecutors-said", "if-convicted", "expects"])
def test_a_future_term_no_court_ruled_is_no_record(
        records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
