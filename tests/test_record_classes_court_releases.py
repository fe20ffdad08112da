"""Terms as translated court press releases state them: "imposed on X a punishment in the
form of N years of restriction of freedom", "appointed X a punishment of N years", "punished
with N years", "deprived of liberty for N years" (no offence called "liberty"), and a main
term beside hours of forced labour (hours of unpaid work: no custody, no length in months)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 3, 20)

TEXTS: dict[str, str] = {
    "imposed-on-form": "The court imposed on Yerlan Kassymov a punishment in the form of 5 "
                       "years of restriction of freedom.",
    "imposed-on-form-prison": "The Uralsk city court imposed on Dina Bekova a punishment in "
                              "the form of imprisonment for a period of 4 years.",
    "imposed-upon": "On Friday the judge imposed upon Timur Ospanov a sentence of two years of "
                    "restricted freedom.",
    "freedom-with-hours": "Saltanat Ibraeva was sentenced to 2 years of restricted freedom with "
                          "200 hours of forced labour, the court's press service said.",
    "probation-with-hours": "Nurlan Dosov was given three years of probation with 120 hours of "
                            "compulsory labour.",
    "hours-alone": "Askar Beisenov was sentenced to 240 hours of forced labour for insulting a "
                   "police officer.",
    "appointed-punishment": "The court appointed Erlan Bekov a punishment of five years of "
                            "imprisonment.",
    "assigned-punishment": "The Shu district court assigned Marat Isin a punishment of three "
                           "years of restricted freedom.",
    "punished-with": "Erlan Bekov was punished with five years of imprisonment by the court.",
    "deprived-of-liberty": "Gulnar Saparova was deprived of liberty for seven years for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months", "kind"), [
    ("imposed-on-form", "Yerlan Kassymov", 60, SentenceType.RESTRICTED_FREEDOM),
    ("imposed-on-form-prison", "Dina Bekova", 48, SentenceType.PRISON),
    ("imposed-upon", "Timur Ospanov", 24, SentenceType.RESTRICTED_FREEDOM),
    ("freedom-with-hours", "Saltanat Ibraeva", 24, SentenceType.RESTRICTED_FREEDOM),
    ("probation-with-hours", "Nurlan Dosov", 36, SentenceType.PROBATION),
    ("hours-alone", "Askar Beisenov", None, SentenceType.COMMUNITY_SERVICE),
    ("appointed-punishment", "Erlan Bekov", 60, SentenceType.PRISON),
    ("assigned-punishment", "Marat Isin", 36, SentenceType.RESTRICTED_FREEDOM),
    ("punished-with", "Erlan Bekov", 60, SentenceType.PRISON),
    ("deprived-of-liberty", "Gulnar Saparova", 84, SentenceType.PRISON),
])
def test_court_release_terms(records: dict[str, list[Record]], key: str, person: str,
                             months: int | None, kind: SentenceType) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.sentence_type) == (person, months, kind)


def test_deprived_of_liberty_names_no_offence(records: dict[str, list[Record]]) -> None:
    (rec,) = records["deprived-of-liberty"]
    assert rec.charge == "fraud"
