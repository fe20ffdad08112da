"""The month "May" is no modal: "on 10 May the court sentenced ..." is an outcome with its
term, where the small parser may hang "May" on the verb as an auxiliary and a term after it
looked like "may ... five years" (a possible sentence). The modal "may" still hedges."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 20)

TEXTS: dict[str, str] = {
    "bracket-list": "According to Viasna, on 10 May the Minsk City Court sentenced Andrei "
                    "Kaluta (5 years), Volha Sabalenka (4 years) and Ihar Hushcha (3 years) "
                    "for taking part in protests.",
    "day-month-verb": "The Grodno Regional Court on 14 May sentenced blogger Pavel Sevko to "
                      "three years in a penal colony for insulting officials.",
    "in-may-verb": "The Brest court in May sentenced teacher Alina Rudak to two years of "
                   "restricted freedom for her comments online.",
    # the modal
    "modal-may": "Prosecutors warned that Ilya Voronov may be sentenced to five years in "
                 "prison for the posts.",
    "may-face": "Lawyers said Daria Ketova may face up to 10 years in prison if convicted of "
                "treason.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def test_bracketed_terms_after_a_may_date(records: dict[str, list[Record]]) -> None:
    got = {r.person: (r.sentence_months, r.date) for r in records["bracket-list"]}
    day = dt.date(2024, 5, 10)
    assert got == {"Andrei Kaluta": (60, day), "Volha Sabalenka": (48, day),
                   "Ihar Hushcha": (36, day)}


@pytest.mark.parametrize(("key", "person", "months"), [
    ("day-month-verb", "Pavel Sevko", 36), ("in-may-verb", "Alina Rudak", 24)])
def test_term_after_the_month(records: dict[str, list[Record]], key: str, person: str,
                              months: int) -> None:
    assert [(r.person, r.sentence_months) for r in records[key]] == [(person, months)]


@pytest.mark.parametrize("key", ["modal-may", "may-face"])
def test_the_modal_still_hedges(records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
