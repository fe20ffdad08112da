"""Date expressions resolved against the publication date (extract/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_dates, resolve_date

MONDAY = dt.date(2022, 7, 18)  # a Monday
FRIDAY = dt.date(2019, 11, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("July 15", MONDAY, dt.date(2022, 7, 15)),
        ("On July 15", MONDAY, dt.date(2022, 7, 15)),
        ("on July 15th,", MONDAY, dt.date(2022, 7, 15)),
        ("Jul. 15", MONDAY, dt.date(2022, 7, 15)),
        ("15 July", MONDAY, dt.date(2022, 7, 15)),
        ("the 15th of July", MONDAY, dt.date(2022, 7, 15)),
        ("Friday, July 15", MONDAY, dt.date(2022, 7, 15)),
        ("July 18", MONDAY, MONDAY),
        # a partial date after publication is last year's
        ("December 3", MONDAY, dt.date(2021, 12, 3)),
        ("Sept. 5", MONDAY, dt.date(2021, 9, 5)),
        # full dates
        ("Aug. 31, 2022", MONDAY, dt.date(2022, 8, 31)),
        ("August 31, 2022", None, dt.date(2022, 8, 31)),
        ("31 August 2022", None, dt.date(2022, 8, 31)),
        ("8/31/2022", None, dt.date(2022, 8, 31)),
        ("31/8/2022", None, dt.date(2022, 8, 31)),
        ("2022-08-31", None, dt.date(2022, 8, 31)),
        ("31.08.2022", None, dt.date(2022, 8, 31)),
        ("July 15, 2019", MONDAY, dt.date(2019, 7, 15)),
        ("June 24th of 2021", MONDAY, dt.date(2021, 6, 24)),
        ("Wednesday November 20, 2019", MONDAY, dt.date(2019, 11, 20)),
        ("11/18/19", MONDAY, dt.date(2019, 11, 18)),
        ("5/19/65", MONDAY, dt.date(1965, 5, 19)),
        ("12/1/23", dt.date(2024, 1, 3), dt.date(2023, 12, 1)),
        ("4 Nov 2019 at noon", None, dt.date(2019, 11, 4)),
        ("2019.11.04", None, dt.date(2019, 11, 4)),
        ("2022/08/31", None, dt.date(2022, 8, 31)),
        ("2019 Nov 4", MONDAY, dt.date(2019, 11, 4)),
        # forms the regexes leave to dateparser
        ("November the 4th, 2019", MONDAY, dt.date(2019, 11, 4)),
        ("4-Nov-2019", None, dt.date(2019, 11, 4)),
        # weekdays: the last one on or before publication, which may be that day
        ("on Friday", MONDAY, dt.date(2022, 7, 15)),
        ("Friday", FRIDAY, FRIDAY),
        ("on Thursday", FRIDAY, dt.date(2019, 11, 14)),
        ("Saturday", FRIDAY, dt.date(2019, 11, 9)),
        ("Monday", MONDAY, MONDAY),
        ("last Friday", FRIDAY, dt.date(2019, 11, 8)),
        ("last Wednesday", FRIDAY, dt.date(2019, 11, 13)),
        # relative days
        ("today", MONDAY, MONDAY),
        ("earlier today", MONDAY, MONDAY),
        ("yesterday", MONDAY, dt.date(2022, 7, 17)),
        ("two days ago", MONDAY, dt.date(2022, 7, 16)),
        # odd Unicode around the words
        ("on\u00a0July\u00a015", MONDAY, dt.date(2022, 7, 15)),
        ("\u200bJuly 15\u200f", MONDAY, dt.date(2022, 7, 15)),
        ("JULY 15", MONDAY, dt.date(2022, 7, 15)),
    ],
)
def test_resolve_date(text: str, published: dt.date | None, expected: dt.date) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text",
    ["last week", "this month", "June", "in June", "2022", "June 2022", "last year",
     "weeks ago", "earlier this year", "", "   ", "the court", "Feb 30", "February 30, 2022",
     "13/13/2022", "a year", "\u200b", "x" * 10_000, "3 days later", "in 5 days", "10 years",
     "the 1990s", "12 hours", "24/7", "case No. 2019-1234", "at 10 a.m.", "4:30",
    ],
)
def test_resolve_date_refuses_what_is_not_one_day(text: str) -> None:
    assert resolve_date(text, MONDAY) is None


@pytest.mark.parametrize("text", ["July 15", "Friday", "today", "yesterday", "two days ago"])
def test_relative_dates_need_a_publication_date(text: str) -> None:
    assert resolve_date(text, None) is None


def test_a_datetime_publication_is_read_as_its_day() -> None:
    noon = dt.datetime(2022, 7, 18, 12, 30)
    assert resolve_date("on Friday", noon) == dt.date(2022, 7, 15)
    assert resolve_date("December 3", noon) == dt.date(2021, 12, 3)
    assert [d for _, _, d in find_dates("yesterday", noon)] == [dt.date(2022, 7, 17)]


def test_find_dates_spans_and_values() -> None:
    text = ("A man was sentenced on June 24 to a year on probation; on Friday another, "
            "and on 2022-07-01 a third. Yesterday, a fourth.")
    found = [(text[s:e], d) for s, e, d in find_dates(text, MONDAY)]
    assert found == [
        ("June 24", dt.date(2022, 6, 24)),
        ("Friday", dt.date(2022, 7, 15)),
        ("2022-07-01", dt.date(2022, 7, 1)),
        ("Yesterday", dt.date(2022, 7, 17)),
    ]


def test_find_dates_prefers_the_explicit_date_over_its_weekday() -> None:
    text = "He was sentenced on Friday, July 15, in Shymkent."
    found = find_dates(text, MONDAY)
    assert len(found) == 1
    start, end, day = found[0]
    assert day == dt.date(2022, 7, 15)
    assert text[start:end].startswith("Friday")


@pytest.mark.parametrize(("text", "expected"), [
    # a word after the weekday's comma that merely begins like a month is no month-day
    ("was jailed on Friday, marking the third such case", dt.date(2019, 11, 15)),
    ("the court ruled on Wednesday, declaring the law void", dt.date(2019, 11, 13)),
    ("sentenced on Tuesday, novelist Ara Sem said", dt.date(2019, 11, 12)),
    ("on Monday, Augustin Pell, 40, was fined", dt.date(2019, 11, 11)),
    # a month-day after the comma still wins
    ("on Friday, March 3", dt.date(2019, 3, 3)),
    ("on Friday, Sept. 6", dt.date(2019, 9, 6)),
])
def test_find_dates_weekday_before_a_word_like_a_month(text: str, expected: dt.date) -> None:
    found = find_dates(text, FRIDAY)
    assert [d for _, _, d in found] == [expected]


def test_find_dates_offsets_survive_zero_width_characters() -> None:
    text = "On\u200b \u200bJuly\u00a015 the court ruled."
    ((start, end, day),) = find_dates(text, MONDAY)
    assert text[start:end] == "July\u00a015"
    assert day == dt.date(2022, 7, 15)


def test_find_dates_ignores_numbers_that_are_not_dates() -> None:
    text = ("He got 15 years, paid $5,000 and served 3.5 of them; 545 people, 12/2022, "
            "version 1.2.3, a score of 7-5 in the May final, the 4th count.")
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize(
    "text", ["three-" * 4000, "july " * 5000, "friday, " * 3000, "1/" * 10_000, "2022-" * 5000,
             "1 days ago " * 2000, "\u200b" * 20_000, "x" * 1_000_000],
)
def test_find_dates_on_hostile_text(text: str) -> None:
    for start, end, _ in find_dates(text, MONDAY):
        assert 0 <= start < end <= len(text)
    resolved = resolve_date(text, MONDAY)
    assert resolved is None or resolved <= MONDAY


def test_find_dates_on_empty_and_large_text() -> None:
    assert find_dates("", MONDAY) == []
    big = "Nothing happened here. " * 40_000 + "On July 15 he was sentenced."
    found = find_dates(big, MONDAY)
    assert [d for _, _, d in found] == [dt.date(2022, 7, 15)]
