"""A large unnamed group convicted in one verdict and given one term ("convicted 35 militants
and sentenced them to life") is a record even with no day stated; a count of people
sentenced over time ("more than 545 people had been sentenced", "at least 30 people have
been sentenced") stays a statistic (GUIDELINES: aggregate statistics are not records)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "convicted-then-sentenced": "A court in Lagos has convicted 35 suspected militants and "
                                "sentenced them to life in prison for terrorism, a judge said.",
    "guilty-then-sentenced": "The military court found 24 soldiers guilty of mutiny and "
                             "sentenced them to death.",
    "convicted-then-jailed": "A Cairo court convicted 40 protesters of illegal assembly and "
                             "jailed them for three years each.",
    "statistic-pluperfect": "More than 545 people had been sentenced to prison terms since the "
                            "protests began, rights groups said.",
    "statistic-at-least": "At least 30 people have been sentenced to death for killing people "
                          "with albinism, the minister said.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "kind"), [
    ("convicted-then-sentenced", 35, SentenceType.LIFE),
    ("guilty-then-sentenced", 24, SentenceType.DEATH),
    ("convicted-then-jailed", 40, SentenceType.PRISON),
])
def test_one_verdicts_large_group_is_a_record(records: dict[str, list[Record]], key: str,
                                              size: int, kind: SentenceType) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.sentence_type) == (None, size, kind)


@pytest.mark.parametrize("key", ["statistic-pluperfect", "statistic-at-least"])
def test_a_count_over_time_is_no_record(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
