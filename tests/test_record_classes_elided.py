"""Lists whose later items drop the unit ("A got seven years, B six and C five") and a range
given to several named people ("The others — A, B and C — received between four and seven
years"), in several phrasings of our own: each named item is a record, a bare number takes
the unit of the list's first term, and a range over several people states no one's months."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 12, 6)

TEXTS: dict[str, str] = {
    "got-years": "A court in Ufa sentenced three activists on Monday. Ruslan Galiev got seven "
                 "years, Timur Safarov six and Ilnur Shakirov five.",
    "received-months": "In Minsk, Pavel Bykov received 18 months, Olga Bykova 12, and Ivan "
                       "Zhuk 9.",
    "jailed-for": "Dmitry Orlov was jailed for eight years, Anton Belov four.",
    "while-got": "Journalist Sevil Aliyeva was sentenced to nine years, while Ulvi Hasanov got "
                 "nine years and Hafiz Babayev eight.",
    "dash-range": "Five people were convicted in the case. Marat Gilmanov got the longest "
                  "term, nine years. The others — Rustem Safin, Ilnar Sharafutdinov and Aidar "
                  "Gazizov — received between four and seven years.",
    # ---- numbers that are no terms
    "ages": "Ruslan Galiev got seven years. Timur Safarov, 45, and Ilnur Shakirov, 38, were "
            "acquitted.",
    "count-after": "Ruslan Galiev got seven years, and Room 5 of the court was closed.",
    "group-name-number": "A court in Gondar sentenced twelve defendants to prison terms of 15 "
                         "to 18 years for supporting an opposition group, Unity Front 7.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), [
    ("got-years", {"Ruslan Galiev": 84, "Timur Safarov": 72, "Ilnur Shakirov": 60}),
    ("received-months", {"Pavel Bykov": 18, "Olga Bykova": 12, "Ivan Zhuk": 9}),
    ("jailed-for", {"Dmitry Orlov": 96, "Anton Belov": 48}),
    ("while-got", {"Sevil Aliyeva": 108, "Ulvi Hasanov": 108, "Hafiz Babayev": 96}),
])
def test_a_bare_number_takes_the_unit_of_the_lists_first_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert {r.person: r.sentence_months for r in records[key]} == expected
    for rec in records[key]:
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


def test_a_range_over_several_named_people_gives_none_of_them_months(
        records: dict[str, list[Record]]) -> None:
    got = {r.person: r for r in records["dash-range"]}
    assert set(got) == {"Marat Gilmanov", "Rustem Safin", "Ilnar Sharafutdinov",
                        "Aidar Gazizov"}
    assert got["Marat Gilmanov"].sentence_months == 108
    for name in ("Rustem Safin", "Ilnar Sharafutdinov", "Aidar Gazizov"):
        assert got[name].sentence_months is None
        assert got[name].sentence is not None and "four and seven" in got[name].sentence


def test_ages_and_counts_are_no_terms(records: dict[str, list[Record]]) -> None:
    ages = {r.person: r for r in records["ages"]}
    assert ages["Ruslan Galiev"].sentence_months == 84
    for name in ("Timur Safarov", "Ilnur Shakirov"):
        assert ages[name].sentence_months is None and ages[name].sentence is None
    assert [(r.person, r.sentence_months) for r in records["count-after"]] == [
        ("Ruslan Galiev", 84)]


def test_a_number_in_an_organisations_name_is_no_term(
        records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.group_size) for r in records["group-name-number"]] == [(None, 12)]
