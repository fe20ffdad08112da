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


# ---- the article's one court town, told after the outcome, beside an "In X, ..." sentence
# that tells no case ("In Geneva, the UN office called for his release"): still the court
# town; an "In X, ..." round-up of another outcome leaves the article without one
HEADER_TEXTS: dict[str, str] = {
    "header-no-case": "A Chinese court on Monday jailed a blogger for three years.\nLi Wei, 41, "
                      "had posted essays criticising officials, the court in the eastern city "
                      "of Hangzhou said.\nIn Geneva, the UN rights office called for his "
                      "release.",
    "header-statement": "A court on Monday jailed a blogger for three years.\nLi Wei, 41, had "
                        "posted essays online, the Hangzhou Intermediate People's Court said.\n"
                        "His wife said he was innocent.\nIn London, his supporters held a vigil "
                        "outside the embassy.",
    # ---- control: a round-up header of another outcome
    "header-round-up": "A court on Monday jailed a blogger for three years.\nLi Wei, 41, had "
                       "posted essays online, the Hangzhou Intermediate People's Court said.\n"
                       "In Nanjing, a court jailed a lawyer for four years.",
}


@pytest.fixture(scope="module")
def header_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), HEADER_TEXTS,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("header-no-case", "Hangzhou"), ("header-statement", "Hangzhou"),
    ("header-round-up", None),
])
def test_a_header_without_a_case_is_no_round_up(header_records: dict[str, list[Record]],
                                                key: str, city: str | None) -> None:
    first = min(header_records[key], key=lambda r: r.evidence_start)
    assert first.sentence == "three years", (key, header_records[key])
    assert first.city == city, (key, header_records[key])
