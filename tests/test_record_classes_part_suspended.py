"""A term partly suspended ("one year in prison, half of it suspended", "three years, with two
of them suspended", "18 months, of which six months were suspended", "a four-year prison term,
three of which were suspended", "a two-year sentence, with 18 months suspended") is custody
for the part that remains; a term suspended whole after its kind word ("a two-year jail
term, suspended for three years") is a suspended term of its length (GUIDELINES: mixed
sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 10, 4)

TEXTS: dict[str, str] = {
    "half-of-it": "Marek Novak was sentenced to one year in prison, half of it suspended, for "
                  "fraud.",
    "two-of-them": "The Lyon court found Pierre Lemaire guilty of bribery and sentenced him to "
                   "three years, with two of them suspended.",
    "of-which": "Jonas Berg was jailed for 18 months, of which six months were suspended, for "
                "assault.",
    "two-of-which": "The Nantes court sentenced Luc Ferrand to a four-year prison term, three "
                    "of which were suspended, for embezzlement.",
    "noun-between": "A court in Rennes gave Odile Marchal a two-year sentence, with 18 months "
                    "suspended, for fraud.",
    "term-suspended-for": "The Hangzhou court handed Li Wen a two-year jail term, suspended for "
                          "three years, for illegal business operations.",
    # a suspended sentence beside custody is no part of it
    "a-suspended": "Rana Haddad was given eight months in prison, a suspended sentence and a "
                   "fine.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("half-of-it", "Marek Novak", 6), ("two-of-them", "Pierre Lemaire", 12),
    ("of-which", "Jonas Berg", 12), ("a-suspended", "Rana Haddad", 8),
    ("two-of-which", "Luc Ferrand", 12), ("noun-between", "Odile Marchal", 6)])
def test_custody_is_the_part_not_suspended(records: dict[str, list[Record]], key: str,
                                           person: str, months: int) -> None:
    assert [(r.person, r.sentence_type, r.sentence_months) for r in records[key]] == [
        (person, "prison", months)]


def test_a_term_suspended_whole(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.sentence_type, r.sentence_months)
            for r in records["term-suspended-for"]] == [("Li Wen", "suspended", 24)]
