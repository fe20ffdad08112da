"""Named defendants "and N others" (silver slice b, class 2): "found A and four others
guilty", "A, B and 14 others were convicted". The counted others are a group of their own
beside the named; a definite "the five" after them restates them all (no double counting);
the others of one named defendant told again (the trial after the appeal) are the same
co-defendants. Victims "and two others" are no defendants. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "found-guilty": "A court in Lormont on Tuesday found Paul Serrat and four others guilty "
                    "of treason.",
    "subject": "Ana Mirel and five others were sentenced to death by a court in Vessel on "
               "Monday for the bombing of a market.",
    "two-named": "A tribunal in Garrow convicted Ivo Lenz, Mara Bell and 14 others of "
                 "sedition on 2 May.",
    "fined": "Anton Rusk and 3 others were fined $500 each by a court in Holm for blocking "
             "a road.",
    "the-five": "The regional court in Sarno found Lev Orsk and four others guilty of arson. "
                "The court sentenced the five men to 12 years in prison.",
    "told-again": "The Supreme Court in Tarvin today upheld the death sentences of Omar Vitz "
                  "and two others who were convicted of murder. The court acquitted the "
                  "first accused. Mr. Vitz and three others had earlier been sentenced to "
                  "death by the High Court in 2019.",
    "victims": "A court in Kessel convicted Hans Baum of killing Mara Oslo and two others "
               "and jailed him for life.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "named", "size", "kind"), [
    ("found-guilty", ["Paul Serrat"], 4, None),
    ("subject", ["Ana Mirel"], 5, "death"),
    ("two-named", ["Ivo Lenz", "Mara Bell"], 14, None),
    ("fined", ["Anton Rusk"], 3, "fine"),
])
def test_the_others_are_a_group_beside_the_named(records: dict[str, list[Record]], key: str,
                                                 named: list[str], size: int,
                                                 kind: str | None) -> None:
    for person in named:
        assert person_record(records, key, person).outcome == "convicted"
    others = person_record(records, key, None)
    assert others.group_size == size
    assert others.outcome == "convicted"
    assert others.sentence_type == kind
    assert len(records[key]) == len(named) + 1


def test_the_five_restate_one_and_four_others(records: dict[str, list[Record]]) -> None:
    recs = records["the-five"]
    assert sorted(r.group_size for r in recs) == [1, 4]
    assert all(r.sentence_months == 144 for r in recs)


def test_others_told_again_are_one_group(records: dict[str, list[Record]]) -> None:
    assert [r.group_size for r in records["told-again"] if r.person is None] == [2]


def test_victims_and_others_are_no_group(records: dict[str, list[Record]]) -> None:
    assert [r.person for r in records["victims"]] == ["Hans Baum"]
