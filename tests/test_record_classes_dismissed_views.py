"""Charges "dismissed as politically motivated" by defendants, lawyers or rights groups, each in
several phrasings of our own: a view of the charges, never a dismissal that overrides the
verdict the article reports; a court or prosecutor dismissing charges "as unfounded" still
dismisses them."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "rights-groups": "A court in Gorvan sentenced the editor Pavel Ostrin to nine years in prison "
                     "on Tuesday. Reporters Lida Varga and Emil Tosk were sentenced to eight "
                     "years. Those convicted, as well as rights groups, have dismissed the "
                     "charges against them as politically motivated.",
    "the-defendant": "Blogger Zaur Heydarli was jailed for six years by a court in Lankor on "
                     "Monday for fraud. He dismissed the charges as fabricated.",
    "lawyers": "The Tessin city court sentenced activist Mira Kolb to three years in prison on "
               "Wednesday. Her lawyers dismissed the charges as absurd and said they would "
               "appeal.",
    "critics-before": "Critics have dismissed the charges as retaliation for his reporting. On "
                      "Thursday a court in Parvik sentenced journalist Oleg Rumin to five years.",
}
NEAR_MISS: dict[str, str] = {
    "judge-unfounded": "A judge in Kelso dismissed the charges against Dana Roe as unfounded on "
                       "Monday.",
    "prosecutors-as": "Prosecutors in Brill dismissed the charges against Tom Weller as "
                      "groundless on Friday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), {**TEXTS, **NEAR_MISS}, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("rights-groups", {"Pavel Ostrin": 108, "Lida Varga": 96, "Emil Tosk": 96}),
    ("the-defendant", {"Zaur Heydarli": 72}),
    ("lawyers", {"Mira Kolb": 36}),
    ("critics-before", {"Oleg Rumin": 60}),
])
def test_charges_dismissed_as_a_view_leave_the_verdict(
        records: dict[str, list[Record]], key: str, people: dict[str, int]) -> None:
    for person, months in people.items():
        rec = person_record(records, key, person)
        assert rec.outcome == Outcome.CONVICTED, rec
        assert rec.sentence_months == months, rec
    assert all(r.outcome == Outcome.CONVICTED for r in records[key]), records[key]


@pytest.mark.parametrize(("key", "person"), [
    ("judge-unfounded", "Dana Roe"), ("prosecutors-as", "Tom Weller")])
def test_a_court_or_prosecutor_dismissing_as_unfounded_still_dismisses(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    rec = person_record(records, key, person)
    assert rec.outcome == Outcome.DISMISSED
