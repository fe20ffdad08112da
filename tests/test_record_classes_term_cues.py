"""Sentence slots read from cues the term phrase itself lacks, each in phrasings of our own:

- a ceiling imposed on the verb's objects ("jailed nine protesters for up to four years",
  "sentenced six defendants to up to eight years"): an imposed term, not a hedge; for a
  group it states the top of their terms, no one's months; for one person, the term;
  a hedge before the verb still holds ("could be jailed for up to"), and a bare present
  verb imposes nothing ("magistrates can jail offenders for up to two years").
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 4, 19)

TEXTS: dict[str, str] = {
    # ---- a ceiling after the verb's objects
    "ceiling-for": "A district court in Tarnby has jailed eleven dock workers for up to three "
                   "years and five months after they were convicted of rioting.",
    "ceiling-to": "A court in Marlow Vale sentenced four other unnamed defendants to up to nine "
                  "years in prison for arson, an official said.",
    "ceiling-one": "The anti-graft tribunal in Corvena sentenced a former port director to up "
                   "to 32 years in prison over rigged tenders.",
    "ceiling-hedged": "The three drivers could be jailed for up to six years if they are "
                      "convicted of smuggling in Tarnby.",
    "ceiling-can": "Magistrates in Tarnby can jail offenders for up to two years for such "
                   "offences, the minister told reporters.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "sentence"), [
    ("ceiling-for", 11, "three years and five months"),
    ("ceiling-to", 4, "nine years in prison"),
])
def test_a_ceiling_imposed_on_a_group_is_their_kind_without_months(
        records: dict[str, list[Record]], key: str, size: int, sentence: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size, rec.sentence) == (None, size, sentence)
    assert rec.sentence_type is SentenceType.PRISON
    assert rec.sentence_months is None  # the top of their terms, no one's length


def test_a_ceiling_imposed_on_one_person_is_the_term(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "ceiling-one")
    assert (rec.group_size, rec.sentence_months, rec.sentence_type) == (
        1, 384, SentenceType.PRISON)


@pytest.mark.parametrize("key", ["ceiling-hedged", "ceiling-can"])
def test_a_possible_ceiling_is_still_no_record(records: dict[str, list[Record]],
                                               key: str) -> None:
    assert records[key] == []
