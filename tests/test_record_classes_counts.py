"""Counts of a term written other ways: in decades ("two decades in prison" is 240 months),
with a vulgar fraction ("6½ years", "7½ years") or a spaced one ("6 1/2 years"), after a
give verb as after "sentenced to" ("received 6½ years"); and a headline's "Singapore Scot"
(a place and a demonym) is nobody's name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "decades": "A court in Busan sentenced Park Ji-ho, a former aide of the governor, to two "
               "decades in prison for bribery.",
    "decades-bars": "The Almaty court sentenced Arman Dosanov to three decades behind bars.",
    "decade-one": "The judge jailed Tom Hale for a decade.",
    "fraction-received": "Nguyen Van Binh received 6½ years in prison for propaganda.",
    "fraction-sentenced": "Nguyen Van Binh was sentenced to 7½ years in prison.",
    "spaced-fraction": "Nguyen Van Binh received 6 1/2 years in prison for propaganda.",
    "fraction-respectively": "Nguyen Van Binh and Tran Hoang Nam received 6½ years and 6 "
                             "years respectively.",
    "placed-demonym": "Dubai Briton gets 11 months in drugs case\nA Briton who admitted drug "
                      "possession was jailed for 11 months yesterday, his lawyer said.\n",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("decades", 240), ("decades-bars", 360), ("decade-one", 120),
    ("fraction-received", 78), ("fraction-sentenced", 90), ("spaced-fraction", 78),
])
def test_the_count_gives_the_length(records: dict[str, list[Record]], key: str,
                                    months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.sentence_months == months
    assert rec.sentence_type == "prison"


def test_fractions_in_a_respectively_list(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence_months for r in records["fraction-respectively"]}
    assert got == {"Nguyen Van Binh": 78, "Tran Hoang Nam": 72}


def test_a_place_and_a_demonym_is_no_name(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "placed-demonym")
    assert rec.person is None
    assert rec.sentence_months == 11
