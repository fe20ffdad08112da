"""Error classes read on US court news (county prosecutors, state attorneys general, federal
press releases), each in several phrasings of our own.

Offences named by their means: US statutes call an offence "theft by conversion", "theft by
taking", "homicide by vehicle"; the "by" phrase is part of the offence, so a list of them is
kept whole, while "by a jury" and "by the judge" still end it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "by-list": "Lorne Vassily was convicted Tuesday of theft by conversion, theft by deception "
               "and criminal property damage.",
    "by-taking": "The jury convicted Pia Lund of theft by taking, but acquitted her of burglary.",
    "by-vehicle": "Oren Vasko was convicted of homicide by vehicle and reckless driving.",
    "by-receiving": "Tess Avril pleaded guilty to theft by receiving stolen property and was "
                    "sentenced to two years of probation.",
    # ---- the court, not the means
    "by-jury": "Hal Brandt was convicted of murder by a jury in March.",
    "by-judge": "Nia Corbet was found guilty of arson by the judge after a bench trial.",
}

EXPECTED: list[tuple[str, str, str]] = [
    ("by-list", "Lorne Vassily", "theft by conversion, theft by deception and criminal "
                                 "property damage"),
    ("by-taking", "Pia Lund", "theft by taking"),
    ("by-vehicle", "Oren Vasko", "homicide by vehicle and reckless driving"),
    ("by-receiving", "Tess Avril", "theft by receiving stolen property"),
    ("by-jury", "Hal Brandt", "murder"),
    ("by-judge", "Nia Corbet", "arson"),
]


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_offence_by_its_means(records: dict[str, list[Record]], key: str, person: str,
                              charge: str) -> None:
    assert person_record(records, key, person).charge == charge
