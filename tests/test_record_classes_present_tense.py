"""A named person's outcome told in the present tense ("X is acquitted of Y by the court"), as
some courts' and monitors' reports tell verdicts: a record. A rule told of anyone ("when a
defendant is sentenced", "anyone who is convicted") stays no record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 8)

TEXTS: dict[str, str] = {
    "acquitted-by-court": "Former police commander Dario Vukic is acquitted of war crimes by "
                          "the Tuzla cantonal court.",
    "sentenced-court-ruled": "Ivana Peric is sentenced to eight years in prison for the murder "
                             "of her neighbour, the Mostar cantonal court ruled on Thursday.",
    "two-named": "In a verdict on Thursday, Marko Lozic and Ante Basic are sentenced to ten years "
                 "each for war crimes by the Sarajevo court.",
    "two-acquitted": "Sanja Ilic and Mirza Kos are acquitted of abuse of office by the Bihac "
                     "municipal court.",
    "found-and-sentenced": "Dragan Milic is found guilty of fraud and is sentenced to two years "
                           "in prison, the Nis court says.",
    # rules, not cases
    "when-a-defendant": "When a defendant is sentenced to more than five years, the case goes "
                        "to the appeals court in Banja Luka.",
    "anyone-who": "Anyone who is convicted of treason is sentenced to life imprisonment under "
                  "the criminal code.",
    "if-named": "If Petar Kovac is convicted of bribery, he is sentenced to at least three "
                "years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _one(records: dict[str, list[Record]], key: str) -> Record:
    assert [r.person for r in records[key]] and len(records[key]) == 1, records[key]
    return records[key][0]


def test_present_acquittal_by_a_court(records: dict[str, list[Record]]) -> None:
    r = _one(records, "acquitted-by-court")
    assert (r.person, r.outcome, r.charge, r.city) == ("Dario Vukic", "acquitted", "war crimes",
                                                       "Tuzla")


def test_present_sentence_reported_as_a_ruling(records: dict[str, list[Record]]) -> None:
    r = _one(records, "sentenced-court-ruled")
    assert (r.person, r.outcome, r.sentence_months) == ("Ivana Peric", "convicted", 96)
    assert r.date == dt.date(2024, 3, 7)


def test_present_sentence_of_two_named(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence_months for r in records["two-named"]}
    assert got == {"Marko Lozic": 120, "Ante Basic": 120}


def test_present_acquittal_of_two(records: dict[str, list[Record]]) -> None:
    got = {(r.person, r.outcome, r.charge) for r in records["two-acquitted"]}
    assert got == {("Sanja Ilic", "acquitted", "abuse of office"),
                   ("Mirza Kos", "acquitted", "abuse of office")}


def test_present_conviction_and_its_term(records: dict[str, list[Record]]) -> None:
    r = _one(records, "found-and-sentenced")
    assert (r.person, r.charge, r.sentence_months) == ("Dragan Milic", "fraud", 24)


@pytest.mark.parametrize("key", ["when-a-defendant", "anyone-who", "if-named"])
def test_a_rule_in_the_present_is_no_record(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
