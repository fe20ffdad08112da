"""Key points: a bulleted line that reads as a sentence ("- On May 3, a court in X handed
prison terms of nine years to seven journalists", no full stop) states an outcome like any
sentence; a bulleted title-case line ("- Court Sentences Two Protesters To Prison") or a
short one ("- Court jails three men") is another story's headline and states none."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)  # a Friday

TEXTS: dict[str, str] = {
    "dash-group": "Overview\n- On May 3, a Gyumri court handed prison terms of nine years to "
                  "seven journalists in the broadcaster's case\n- Charges of tax evasion were "
                  "brought against the journalists by the prosecutors\n",
    "dot-named": "Key points\n• A court in Gomel on Tuesday sentenced the blogger Ihar Losik "
                 "to 15 years in a penal colony\n• His lawyers said they would appeal against "
                 "the verdict\n",
    "star-named": "In brief\n* The regional court in Vitebsk jailed the activist Pavel Zhuk for "
                  "six years on Monday for insulting the president\n* He denied the charge\n",
    "title-case": "Related\n- Georgia Sentences Two More Protesters To Prison In Tbilisi Over "
                  "Clashes With Police Officers\n",
    "short": "More news\n- Court jails three men for robbery\n",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "size", "months"), [
    ("dash-group", None, 7, 108),
    ("dot-named", "Ihar Losik", 1, 180),
    ("star-named", "Pavel Zhuk", 1, 72),
])
def test_a_key_point_in_sentence_case_states_its_outcome(
        records: dict[str, list[Record]], key: str, person: str | None, size: int,
        months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.sentence_months) == (person, size, months)
    assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    assert "\n" not in rec.evidence  # the bullet's own line


@pytest.mark.parametrize("key", ["title-case", "short"])
def test_a_bulleted_headline_states_none(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
