"""Cases ended without a conviction ("threw out the case against X", "the case against X was
closed") are dismissed; a hearing closed to the public ends nothing. A mixed verdict
("acquitted of murder but convicted of manslaughter") is one convicted record holding the
counts of conviction, never the acquittal's (GUIDELINES)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "threw-out": "The court threw out the case against activist Dina Bekova for lack of "
                 "evidence.",
    "tossed-out": "A judge in Accra tossed out the charges against Kofi Mensah on Monday.",
    "case-closed": "The case against Ivan Petrov was closed for lack of evidence.",
    "case-terminated": "The criminal case against Olga Sidorova was terminated on Friday.",
    "closed-to-public": "The case against Ivan Petrov was closed to the public on Monday.",
    "not-guilty-but-guilty": "The court found Tom Reed not guilty of murder but guilty of "
                             "manslaughter, and jailed him for eight years.",
    "acquitted-but-convicted": "Tom Reed was acquitted of murder but convicted of "
                               "manslaughter and jailed for eight years.",
    "acquitted-then-convicted": "Ruth Ward was acquitted of arson on Monday. She was convicted "
                                "of criminal damage and fined 500 pounds.",
    "jury-not-but-guilty": "The jury found Carl Dune not guilty of murder but guilty of "
                           "manslaughter.",
    "passive-not-but-guilty": "Nina Holt was found not guilty of fraud but guilty of forgery "
                              "on Friday.",
    "not-guilty-alone": "The jury found Carl Dune not guilty of murder and the judge freed him.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("threw-out", "Dina Bekova"),
    ("tossed-out", "Kofi Mensah"),
    ("case-closed", "Ivan Petrov"),
    ("case-terminated", "Olga Sidorova"),
])
def test_a_case_ended_is_dismissed(records: dict[str, list[Record]], key: str,
                                   person: str) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.outcome) == (person, Outcome.DISMISSED)


def test_a_hearing_closed_to_the_public_ends_nothing(records: dict[str, list[Record]]) -> None:
    assert records["closed-to-public"] == []


@pytest.mark.parametrize(("key", "charge"), [
    ("not-guilty-but-guilty", "manslaughter"),
    ("acquitted-but-convicted", "manslaughter"),
    ("acquitted-then-convicted", "criminal damage"),
    ("jury-not-but-guilty", "manslaughter"),
    ("passive-not-but-guilty", "forgery"),
])
def test_a_mixed_verdict_keeps_the_counts_of_conviction(records: dict[str, list[Record]],
                                                        key: str, charge: str) -> None:
    (rec,) = records[key]
    assert (rec.outcome, rec.charge) == (Outcome.CONVICTED, charge)


def test_not_guilty_alone_is_an_acquittal(records: dict[str, list[Record]]) -> None:
    (rec,) = records["not-guilty-alone"]
    assert (rec.outcome, rec.charge) == (Outcome.ACQUITTED, "murder")
