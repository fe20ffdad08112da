"""An address in apposition to a defendant's name (court reports of Ireland and Britain: "A
(52), Cherry Lane, Cork,", "A, 25, with a last address in Mill Square, Ballybrit"): its street
and district are no one's name, and a list of defendants goes on past it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "bracket-age-street": "Patrick Nolan (52), Cherry Lane, Cork, was jailed for life at the "
                          "Central Criminal Court after he was found guilty of murder.",
    "last-address-in": "Two Galway men lost their appeals. Conor Walsh, 31, with a last address "
                       "in Mill Square, Ballybrit and Sean Daly, 29, with an address at Oak "
                       "Park, Castlegar were found guilty of the manslaughter of a neighbour.",
    "street-then-next": "Liam Kerr (28), of Station Road, Athlone, and Declan Moore (33), of "
                        "Fairview Terrace, Mullingar, were each jailed for six years for "
                        "robbery.",
    "address-at-then-next": "Liam Kerr, 28, with an address at Station Road, Athlone, and "
                            "Declan Moore, 33, of no fixed abode, were each jailed for six "
                            "years for robbery.",
    # a county after the town is the address's too, never a co-defendant
    "town-county": "Ronan Flood (23), of Kilmore, Tullow, Co Carlow, was fined 500 euro for "
                   "drink-driving at the district court.",
    # near misses: a list of names after an age is no address
    "aged-list": "Ruth Kane, 34, Owen Price and Ida Lloyd were jailed for two years each for "
                 "fraud.",
    "home-town-list": "Ruth Kane, 34, of Leeds, Owen Price, 29, and Ida Lloyd were jailed for "
                      "two years each for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("bracket-age-street", {"Patrick Nolan"}),
    ("last-address-in", {"Conor Walsh", "Sean Daly"}),
    ("street-then-next", {"Liam Kerr", "Declan Moore"}),
    ("address-at-then-next", {"Liam Kerr", "Declan Moore"}),
    ("town-county", {"Ronan Flood"}),
    ("aged-list", {"Ruth Kane", "Owen Price", "Ida Lloyd"}),
    ("home-town-list", {"Ruth Kane", "Owen Price", "Ida Lloyd"}),
])
def test_the_defendants_are_the_named_people_not_their_addresses(
        records: dict[str, list[Record]], key: str, people: set[str]) -> None:
    assert [r.person for r in records[key]].count(None) == 0, records[key]
    assert {r.person for r in records[key]} == people
    assert len(records[key]) == len(people), records[key]


def test_each_listed_defendant_keeps_the_shared_term(records: dict[str, list[Record]]) -> None:
    for key in ("street-then-next", "address-at-then-next"):
        assert {(r.charge, r.sentence_months) for r in records[key]} == {("robbery", 72)}
