"""The rest of the defendants convicted beside those named (silver slice b, class 2): "the
remaining 12 defendants were jailed", "the other five accused got", "convicted four others
including two clerks". The rest is a group of its own, not the person named before (a
definite "the defendants" otherwise refers back); a rest that may be part of an unnamed group
already recorded gets no record (GUIDELINES "Subgroups"). A verb coordinated with a past
"faced charges" is a fact, not a prospect. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "remaining-defendants": "The regional court in Kessel jailed Hans Baum for seven years for "
                            "theft. The remaining 12 defendants were sentenced to two years.",
    "other-accused": "A court in Varna sentenced Petar Ilov to nine years for smuggling on "
                     "Monday. The other five accused were jailed for three years each.",
    "others-including": "A court in Tallow jailed the former mayor Ivo Brandt for four years "
                        "for fraud. The court also convicted six others including two former "
                        "clerks of bribery.",
    "faced-and-received": "The court in Lindow jailed Mara Kulik for ten years for arson. The "
                          "remaining 30 people on trial faced charges of rioting and received "
                          "sentences ranging from one to four years.",
    "part-of-group": "Twelve people were convicted of looting in Rosna on Monday. Nine were "
                     "jailed for five years, and the remaining three were sentenced to two years.",
    "named-rest": "A court in Mertz jailed Otto Rask for six years for fraud. The other "
                  "defendant, Lena Vogt, was jailed for two years.",
    "prospect-rest": "A court in Tarvin jailed Ida Lenz for six years for fraud. The remaining "
                     "four defendants face charges of fraud and could be sentenced to ten years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "named", "months", "size", "rest_months"), [
    ("remaining-defendants", "Hans Baum", 84, 12, 24),
    ("other-accused", "Petar Ilov", 108, 5, 36),
    ("others-including", "Ivo Brandt", 48, 6, None),
    ("faced-and-received", "Mara Kulik", 120, 30, 12),
])
def test_the_rest_is_a_group_of_its_own(records: dict[str, list[Record]], key: str, named: str,
                                        months: int, size: int, rest_months: int | None) -> None:
    assert person_record(records, key, named).sentence_months == months  # not the rest's term
    rest = person_record(records, key, None)
    assert rest.group_size == size
    assert rest.outcome == "convicted"
    assert rest.sentence_months == rest_months


def test_a_rest_inside_a_recorded_group_is_no_record(records: dict[str, list[Record]]) -> None:
    assert all(r.group_size != 3 for r in records["part-of-group"])


def test_a_named_rest_is_that_person(records: dict[str, list[Record]]) -> None:
    assert person_record(records, "named-rest", "Lena Vogt").sentence_months == 24
    assert all(r.person for r in records["named-rest"])


def test_a_rest_facing_charges_is_no_record(records: dict[str, list[Record]]) -> None:
    assert [r.person for r in records["prospect-rest"]] == ["Ida Lenz"]
