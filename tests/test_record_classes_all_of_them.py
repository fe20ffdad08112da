"""A sentence whose subject is "all" of the defendants ("All of the activists denied the
charges, but the court convicted them of ...") speaks of every defendant named before it, not
only of those of the last sentence, in several phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 4, 19)

TEXTS: dict[str, str] = {
    "all-of-the": "On Monday a court in Aktobe sentenced Dana Seitova, Arman Kairat and Bolat "
                  "Nurlan to 15 days in jail. Serik Temir and Aliya Omar were each handed ten "
                  "days in jail. Erlan Sadyk and Gaukhar Beisen were fined 50,000 tenges each. "
                  "All of the activists denied wrongdoing, but the court convicted them of "
                  "taking part in an unsanctioned rally.",
    "all-five": "A court in Osh jailed Timur Asanov and Kuban Ibraev for ten days on Tuesday. "
                "Aibek Tokon was jailed for five days. Jyldyz Sydykova and Nurbek Alymov were "
                "fined. All five pleaded not guilty, but the judge found them guilty of "
                "hooliganism.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "charge"), [
    ("all-of-the", {"Dana Seitova", "Arman Kairat", "Bolat Nurlan", "Serik Temir", "Aliya Omar",
                    "Erlan Sadyk", "Gaukhar Beisen"}, "taking part in an unsanctioned rally"),
    ("all-five", {"Timur Asanov", "Kuban Ibraev", "Aibek Tokon", "Jyldyz Sydykova",
                  "Nurbek Alymov"}, "hooliganism"),
])
def test_all_of_them_reaches_every_named_defendant(
        records: dict[str, list[Record]], key: str, people: set[str], charge: str) -> None:
    got = {r.person: r for r in records[key]}
    assert set(got) == people
    for rec in got.values():
        assert rec.outcome == Outcome.CONVICTED
        assert rec.charge == charge, rec
