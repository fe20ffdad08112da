"""An appeal against custody before trial ("rejected the appeal of X against his pretrial
detention", "her appeal against house arrest was dismissed") decides no case: no record. An
appeal against a sentence of detention is one (the conviction stands)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "rejected-of-against": "The Ganja Court of Appeals rejected the appeal of opposition "
                           "activist Vugar Aliyev against his pretrial detention on Monday.",
    "possessive-late": "Vugar Aliyev's appeal against his arrest was rejected by the Ganja "
                       "court on Monday.",
    "dismissed-house-arrest": "The Supreme Court dismissed the appeal of Nadia Petrenko against "
                              "the decision to keep her under house arrest.",
    "lost-custody": "Blogger Timur Sadykov lost his appeal against remand in custody on "
                    "Friday.",
    # an appeal against a sentence of detention, or a conviction, stands as a record
    "against-sentence": "The court dismissed the appeal of Rafael Huseynov against his sentence "
                        "of two years' detention for theft.",
    "against-conviction": "The Ganja court rejected the appeal of Vugar Aliyev against his "
                          "conviction for hooliganism and five-year prison term.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", ["rejected-of-against", "possessive-late",
                                 "dismissed-house-arrest", "lost-custody"])
def test_an_appeal_against_custody_before_trial_is_no_record(
        records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []


@pytest.mark.parametrize(("key", "person", "months"), [
    ("against-sentence", "Rafael Huseynov", 24),
    ("against-conviction", "Vugar Aliyev", 60),
])
def test_an_appeal_against_a_sentence_keeps_the_conviction(
        records: dict[str, list[Record]], key: str, person: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.outcome, rec.sentence_months) == (person, "convicted", months)
