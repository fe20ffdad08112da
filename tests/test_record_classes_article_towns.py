"""A town whose name holds its article ("The Hague", "The Bronx") is written with it, as the
text has it; a town the text writes without one, or a "The" that only opens the sentence
("The Hamburg court"), keeps its bare name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "in-the-hague": "A UN court in The Hague sentenced Dragan Vukic to 40 years in prison on "
                    "Thursday for genocide.",
    "the-hague-court": "The Hague court convicted Dominic Okello of war crimes on Monday.",
    "in-the-bronx": "A judge in The Bronx sentenced Luis Ortega to eight years for robbery.",
    "the-opens": "The Hamburg court sentenced Ivan Petrov to two years for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("in-the-hague", "The Hague"),
    ("the-hague-court", "The Hague"),
    ("in-the-bronx", "The Bronx"),
    ("the-opens", "Hamburg"),
])
def test_a_towns_own_article_is_kept(records: dict[str, list[Record]], key: str,
                                     city: str) -> None:
    (rec,) = records[key]
    assert rec.city == city
