"""A death sentence told by its manner ("sentenced X to hang", "to be hanged by the neck until
dead", "sentenced to be executed") is a death sentence; "to hang" after any other verb ("refused
to hang the flag") is no term."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 11, 15)

TEXTS: dict[str, str] = {
    "to-hang": "The High Court in Kano sentenced Musa Garba to hang for murder on Monday.",
    "by-the-neck": "Ibrahim Lawal was sentenced to be hanged by the neck until dead for "
                   "culpable homicide.",
    "executed": "A military tribunal sentenced Tunde Bakare to be executed for armed robbery.",
    # another hanging
    "flag": "Kemi Adeyemi was fined 5,000 naira after she refused to hang the state flag at "
            "her shop.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("to-hang", "Musa Garba"), ("by-the-neck", "Ibrahim Lawal"), ("executed", "Tunde Bakare")])
def test_death_by_its_manner(records: dict[str, list[Record]], key: str, person: str) -> None:
    assert [(r.person, r.sentence_type, r.sentence_months) for r in records[key]] == [
        (person, "death", None)]


def test_hanging_a_flag_is_no_term(records: dict[str, list[Record]]) -> None:
    assert [r.sentence_type for r in records["flag"]] in ([], ["fine"])
