"""Charge phrases seen cut wrong on unannotated court news (issue 11, class 2), in phrasings
of our own: a quoted offence ends where its quotation closes; "X guilty of Y" is Y; "two of
five counts, including Y" is Y; a pronoun, a defendant or "trials" is no offence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from extract.records.charge_text import clean_charge
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)


@pytest.mark.parametrize(("phrase", "charge"), [
    ("“inciting hatred” according to her lawyer", "inciting hatred"),
    ("inciting hatred” according to her lawyer", "inciting hatred"),
    ('"inciting hatred" under Article 174', "inciting hatred"),
    ('membership of a "terrorist cell', 'membership of a "terrorist cell'),
    ('charges including "insulting a judge" and "false reports"',
     'insulting a judge" and "false reports'),
    ("the Mayor of Orhei guilty of abuse of office", "abuse of office"),
    ("two out of five counts, including arson", "arson"),
    ("three counts, including forgery of documents", "forgery of documents"),
    ("terrorism charges, including financing", "terrorism charges, including financing"),
    ("them not guilty", None),
    ("trials", None),
    ("the defendant", None),
    ("the Brother’s murder", "Brother’s murder"),
])
def test_clean_charge(phrase: str, charge: str | None) -> None:
    assert clean_charge(phrase) == charge


TEXTS: dict[str, str] = {
    "quote-then-source": "Lena Orlova was found guilty of “spreading false news” according to "
                         "her sister.",
    "straight-quote-then-law": 'A court in Minsk convicted Pavel Hrek of "insulting an official" '
                               "under Article 369 on Monday.",
    "guilty-of-inside": "The Chisinau court found a former deputy of the Republic of Moldova "
                        "guilty of passive corruption.",
    "speech-that": "A court sentenced Lena Orlova to two years for alleging that the governor "
                   "had rigged the vote.",
    "speech-that-said": "Lena Orlova was jailed for claiming that the army had shelled a "
                        "school, her lawyer said.",
    "speech-that-after": "Ivan Lis was fined for writing that the mayor took bribes after the "
                         "election.",
    "town-man": "Peter Wall was found guilty of beating the Kilkenny man to death in north "
                "London.",
    "sentences-for-names": "The appeals court acquitted Reza Karimi and Ali Salimi, but the "
                           "six month sentences for Hamid Pourvali and Amir Mokhtari were "
                           "upheld.",
    "named-victim": "Omar Said was found guilty of stabbing Ruth Cole in her home.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "charge"), [
    ("quote-then-source", "spreading false news"),
    ("straight-quote-then-law", "insulting an official"),
    ("guilty-of-inside", "passive corruption"),
    ("speech-that", "alleging that the governor had rigged the vote"),
    ("speech-that-said", "claiming that the army had shelled a school"),
    ("speech-that-after", "writing that the mayor took bribes"),
    ("town-man", "beating the Kilkenny man to death"),
    ("named-victim", "stabbing"),
])
def test_the_charge_is_the_offence_alone(records: dict[str, list[Record]], key: str,
                                         charge: str) -> None:
    assert [r.charge for r in records[key]] == [charge]


def test_whose_sentences_name_no_offence(records: dict[str, list[Record]]) -> None:
    recs = records["sentences-for-names"]
    assert {r.person for r in recs} >= {"Reza Karimi", "Ali Salimi"}
    assert all(r.charge is None for r in recs)
