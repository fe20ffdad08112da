"""Two defendants whose names share an abbreviated prefix and a family name ("Md Karim Uddin"
and "Md Jalal Uddin"; silver slice b, class 2): two people, not one record, as the given name
after the prefix tells them apart; the name without its prefix is still the same person.
Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "md": "A district court in Pollen sentenced Md Karim Uddin to death for murder on Sunday. "
          "Md Jalal Uddin was sentenced to life in prison.",
    "mohd": "Mohd Azlan Ismail was jailed for four years for robbery by the sessions court in "
            "Kuala Pilah on Monday. Mohd Faizal Ismail was fined RM2,000.",
    "mst": "A tribunal in Rajpur on Monday sentenced Mst Rina Begum to ten years in jail and "
           "Mst Shirin Begum to seven years in jail for trafficking.",
    "same-person": "A court in Dhanpur sentenced Md Abul Kashem to five years in prison for "
                   "fraud. Abul Kashem was also fined Tk 10,000.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "first", "first_type", "second", "second_type"), [
    ("md", "Md Karim Uddin", "death", "Md Jalal Uddin", "life"),
    ("mohd", "Mohd Azlan Ismail", "prison", "Mohd Faizal Ismail", "fine"),
    ("mst", "Mst Rina Begum", "prison", "Mst Shirin Begum", "prison"),
])
def test_a_shared_prefix_and_family_name_are_two_people(
        records: dict[str, list[Record]], key: str, first: str, first_type: str, second: str,
        second_type: str) -> None:
    assert person_record(records, key, first).sentence_type == first_type
    assert person_record(records, key, second).sentence_type == second_type
    assert len(records[key]) == 2


def test_the_name_without_its_prefix_is_the_same_person(
        records: dict[str, list[Record]]) -> None:
    assert len(records["same-person"]) == 1
    assert records["same-person"][0].sentence_months == 60
