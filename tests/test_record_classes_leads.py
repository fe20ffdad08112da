"""Two classes read on unannotated court news (issue 11, classes 1 and 7), in phrasings of our
own: a dated verdict over twenty or more people ("on Thursday convicted 21 people of treason")
is a record, where an undated count ("courts have convicted 545 people since 2015") stays a
statistic; the relative named after an owner's kin noun ("Rainsy's wife Tioulong Saumura")
is the defendant, not the owner."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)  # a Friday

TEXTS: dict[str, str] = {
    "dated-21": "A court in Cambodia on Thursday convicted 21 people of treason.",
    "dated-34": "On Monday a military court sentenced 34 protesters to prison for rioting.",
    "dated-day-month": "On 3 May the regional court convicted 25 activists of extremism.",
    "since-year": "Since 2015, courts have convicted 545 people of extremism.",
    "last-year": "Last year, 310 people were convicted of treason.",
    "had-been": "By then 212 people had been sentenced for taking part in the riots.",
    "copula-wife": "The other party leaders convicted were Rainsy's wife Tioulong Saumura and "
                   "five former lawmakers.",
    "among-brother": "Among those jailed was Sam Hale's brother, Tom Hale, who got four years.",
    "object-wife": "The court also sentenced Ivan Petrov's wife, Anna Sokolova, to three years.",
    "given-name-brother": "Sam Hale's brother Tom was jailed for four years.",
    "owner-lawyer": "Sam Hale's lawyer said he would appeal. Sam Hale was jailed for four years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "day"), [
    ("dated-21", 21, dt.date(2024, 5, 16)),
    ("dated-34", 34, dt.date(2024, 5, 13)),
    ("dated-day-month", 25, dt.date(2024, 5, 3)),
])
def test_a_dated_verdict_over_many_is_a_record(records: dict[str, list[Record]], key: str,
                                               size: int, day: dt.date) -> None:
    [rec] = records[key]
    assert (rec.person, rec.group_size, rec.date) == (None, size, day)


@pytest.mark.parametrize("key", ["since-year", "last-year", "had-been"])
def test_an_undated_count_stays_a_statistic(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []


@pytest.mark.parametrize(("key", "person"), [
    ("copula-wife", "Tioulong Saumura"),
    ("among-brother", "Tom Hale"),
    ("object-wife", "Anna Sokolova"),
    ("given-name-brother", "Tom Hale"),
    ("owner-lawyer", "Sam Hale"),
])
def test_the_relative_named_is_the_defendant(records: dict[str, list[Record]], key: str,
                                             person: str) -> None:
    assert [r.person for r in records[key]] == [person]
