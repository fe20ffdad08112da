"""A name inside a relative clause on the defendant ("X, who paid the money to a former
deputy, Y, in 2012, was jailed") is what the clause tells of, not a second defendant, also
where the parse hangs Y on X as an appositive past the clause, or the clause on the noun
beside X ("the mayor, X, who gave the contract to ... his nephew, Y, ..."). A co-defendant
coordinated after the clause ("X, who ran the scheme, and his cousin, Y") stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "transfer-to-deputy": "The former minister, Ion Rusu, who transferred 400,000 euros to the "
                          "account of a former deputy, Vlad Popa, in 2012, has already been "
                          "sentenced to three years in prison.",
    "contract-to-nephew": "The mayor, Dan Olaru, who gave the contract to a firm run by his "
                          "nephew, Petru Ciobanu, last year, was jailed for four years on "
                          "Monday.",
    "and-cousin": "The court jailed Ion Rusu, who ran the scheme, and his cousin, Vlad Popa, "
                  "for three years each.",
    "victim-then-codefendant": "Dan Olaru, who robbed a shop owned by Petru Ciobanu, and Ana "
                               "Lupu were jailed for four years on Monday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("transfer-to-deputy", "Ion Rusu"), ("contract-to-nephew", "Dan Olaru"),
])
def test_a_name_in_the_defendants_relative_clause_is_none(records: dict[str, list[Record]],
                                                         key: str, person: str) -> None:
    assert [r.person for r in records[key]] == [person]


@pytest.mark.parametrize(("key", "people"), [
    ("and-cousin", {"Ion Rusu", "Vlad Popa"}),
    ("victim-then-codefendant", {"Dan Olaru", "Ana Lupu"}),
])
def test_a_codefendant_after_the_clause_stays(records: dict[str, list[Record]], key: str,
                                              people: set[str]) -> None:
    assert {r.person for r in records[key]} == people
