"""A statistic cue that only bounds how long ago the crime was ("for killing 13 inmates in a
revolt more than 20 years ago"; wire reports of old massacres tried late) does not make a
group's sentencing an aggregate. Phrasings of our own; near misses that count people stay
statistics."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "more-than-ago": "A court in Sao Paulo sentenced 23 police officers on Sunday to 15 years "
                     "in jail each for killing 13 inmates in a prison revolt more than 20 years "
                     "ago.",
    "at-least-decades": "A court in Dunmore sentenced 12 men to 10 years each for a riot at "
                        "least two decades ago.",
    # near misses: the cue counts people
    "more-than-people": "More than 200 people were sentenced to prison terms over the "
                        "protests, according to rights groups.",
    "since-ago": "A court sentenced more than 50 activists to prison since the protests two "
                 "years ago.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), [
    ("more-than-ago", [(23, 180)]),
    ("at-least-decades", [(12, 120)]),
    ("more-than-people", []),
    ("since-ago", []),
])
def test_a_time_ago_is_no_count(records: dict[str, list[Record]], key: str,
                                expected: list[tuple[int, int]]) -> None:
    assert [(r.group_size, r.sentence_months) for r in records[key]] == expected, records[key]
