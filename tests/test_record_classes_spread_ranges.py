"""A range of terms given to a counted group that names one or some of its members ("five
activists, including X, to prison terms of three to six years") is spread over them all and
states no member's own term (GUIDELINES: such months stay null); a term for each, or a range
given to the named person alone, keeps its months (issue 11, fresh Belarus court news)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "including": "A court in Gomel has sentenced five activists, including opposition figure "
                 "Yuri Lavrik, to prison terms of three to six years.",
    "among-them": "Belarus has sentenced six activists, among them Anton Kerch, to jail terms "
                  "of two to five years, a reporter said.",
    "subject": "Four men, including Yuri Lavrik, were jailed for two to four years by a court "
               "in Gomel.",
    "each": "A court in Gomel has sentenced five activists, including Yuri Lavrik, to six "
            "years in prison each.",
    "alone": "A court in Gomel sentenced Yuri Lavrik to three to six years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person"), [
    ("including", "Yuri Lavrik"),
    ("among-them", "Anton Kerch"),
    ("subject", "Yuri Lavrik"),
])
def test_a_groups_range_is_no_members_term(records: dict[str, dict[str | None, Record]],
                                           key: str, person: str) -> None:
    rec = records[key][person]
    assert rec.sentence_months is None
    assert rec.sentence_type == "prison"


@pytest.mark.parametrize(("key", "person", "months"), [
    ("each", "Yuri Lavrik", 72),  # a term for each is the member's own
    ("alone", "Yuri Lavrik", 36),  # a range of one person's own: its minimum
])
def test_own_terms_keep_their_months(records: dict[str, dict[str | None, Record]], key: str,
                                     person: str, months: int) -> None:
    assert records[key][person].sentence_months == months
