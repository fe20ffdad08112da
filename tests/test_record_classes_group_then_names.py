"""An unnamed group given a term, then its people named as the subject of their own doing
("Both men were jailed for life. A, 24, and B, 22, must serve at least 25 years"): one record
each with the group's slots; and a total over a group ("jailed for a total of 30 years") is
no member's length (GUIDELINES: what the text does not state for that person stays null)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "must-serve": "Both men were jailed for life on Friday. Lee Grant, 24, and Sam Price, 22, "
                  "must serve at least 25 years.",
    "had-admitted": "Two women were jailed for six years each at Leeds Crown Court on Friday. "
                    "Ann Cole, 41, and Mary Stone, 38, had admitted fraud.",
    "total-pleaded": "Three men were jailed for a total of 30 years on Tuesday. Ian Shaw, Lee "
                     "Hart and Dan Moss pleaded guilty to robbery in March.",
    # the people named next are no defendants
    "said-after": "Two men were jailed for life on Monday. Tom Ward and Ian Price, the "
                  "victim's brothers, said justice had been done.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "months", "kind"), [
    ("must-serve", {"Lee Grant", "Sam Price"}, None, SentenceType.LIFE),
    ("had-admitted", {"Ann Cole", "Mary Stone"}, 72, SentenceType.PRISON),
])
def test_a_group_named_by_its_people_next(records: dict[str, list[Record]], key: str,
                                          people: set[str], months: int | None,
                                          kind: SentenceType) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all((r.group_size, r.sentence_months, r.sentence_type) == (1, months, kind)
               for r in recs), recs


def test_a_total_is_no_members_length(records: dict[str, list[Record]]) -> None:
    recs = records["total-pleaded"]
    assert {r.person for r in recs} == {"Ian Shaw", "Lee Hart", "Dan Moss"}
    assert all(r.sentence_months is None and r.sentence_type is SentenceType.PRISON
               for r in recs), recs


def test_people_named_next_who_only_speak_stay_out(records: dict[str, list[Record]]) -> None:
    (rec,) = records["said-after"]
    assert (rec.person, rec.group_size) == (None, 2)
