"""An impersonal reminder ("It should be recalled that ...", "It must be noted that ...") is
the writer's aside: its modal frames the remark, and the outcome it introduces is a fact.
The outcome's own modal ("... that X could be sentenced") still hedges it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "recalled-passive": "It should be recalled that Marat Osmonov, the former head of the "
                        "Talas customs post, was sentenced to eight years in prison.",
    "noted-active": "It must be noted that the Osh city court sentenced Aibek Turgunov to "
                    "five years in a medium-security colony for fraud.",
    "reminded-found": "It should be reminded that Gulnara Saparova was found guilty of "
                      "embezzlement and fined 200,000 soms.",
    # near misses: the outcome's own modal, a speaker who is not the writer
    "own-modal": "It should be noted that Marat Osmonov could be sentenced to eight years "
                 "in prison.",
    "own-future": "It should be recalled that Aibek Turgunov will be sentenced next week.",
    "speaker-should": "The prosecutor said Aibek Turgunov should be sentenced to five years "
                      "in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("recalled-passive", "Marat Osmonov", 96),
    ("noted-active", "Aibek Turgunov", 60),
    ("reminded-found", "Gulnara Saparova", None),
])
def test_a_reminder_frame_does_not_hedge_the_outcome(records: dict[str, list[Record]], key: str,
                                                     person: str, months: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.sentence_months, rec.outcome) == (person, months, "convicted")


@pytest.mark.parametrize("key", ["own-modal", "own-future", "speaker-should"])
def test_the_outcome_own_modal_still_hedges(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
