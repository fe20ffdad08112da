"""People error classes of British-, Irish- and South Asian-style court reports seen on
unannotated court news (issue 11, classes 1, 4 and 8), each in several phrasings of our own:
"At X Crown Court A, 41, was jailed" names the defendant A (the court is where, not a judge's
title, and not part of A's name); judges named by their bench or by "J."/"JJ." are not
defendants; a list of defendants each introduced by name, age and address gives one record
each; an address is a home, never the court's town."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 7)

TEXTS: dict[str, str] = {
    # ---- the court before the name
    "at-crown-court": "At Bristol Crown Court Peter Lane, 44, was jailed for eight years for "
                      "robbery.",
    "at-magistrates": "At Cardiff Magistrates Court Owen Price was fined 300 pounds for "
                      "speeding.",
    "at-sheriff-court": "At Dundee Sheriff Court Iain Ross, 36, was jailed for two years for "
                        "assault.",
    "by-court-judge": "Jose Ruiz, 30, was sentenced by Brooklyn Supreme Court Danny Chun to "
                      "five years in prison for robbery.",
    # ---- judges named by their bench or by J./JJ. are never defendants
    "bench-jj": "A Division Bench of R.K. Perera and S. Mahinda Silva, JJ., dismissed an "
                "appeal filed by the accused, who had been convicted of murder.",
    "bench-j": "A bench of Ajay Rastogi, J., dismissed the appeal of Ramesh Kumar against his "
               "conviction for theft.",
    "bench-upheld": "The Supreme Court bench of Sanjay Kishan Kaul and Abhay S. Oka, JJ., "
                    "upheld the conviction of Mohan Lal for murder.",
    "initial-not-judge": "Michael J. Fox, 52, was sentenced to two years for fraud.",
    # ---- a list of defendants with ages and addresses
    "aged-formerly": "Mark Dobson, 41, formerly of Horsforth, Leeds, and Kevin Marsh, 29, of "
                     "Rawdon Drive, Yeadon, were jailed after admitting conspiracy to supply "
                     "cocaine.",
    "aged-last-address": "Liam Brady, 25, with a last address in Fairview Park, and Sean "
                         "Nolan, 37, with an address at Mill Court, Corbally, were found guilty "
                         "of murder by a jury.",
    "aged-three": "Graham Tully, 52, of Elm Grove, Bramley, Neil Foster, 33, from Pudsey, and "
                  "Rita Hale, 48, of Stanningley, were each jailed for six years for fraud.",
    "aged-object": "The judge jailed Aaron Webb, 22, of Kings Road, Hull, and Dean Moss, 24, "
                   "of Park Lane, Hull, for four years each.",
    # ... but not the victim of the one defendant
    "aged-victim": "Carl Hines, 45, who attacked Paula Reed, 39, of Oak Street, was jailed for "
                   "ten years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _people(records: dict[str, list[Record]], key: str) -> list[str | None]:
    return sorted((r.person for r in records[key]), key=str)


@pytest.mark.parametrize(("key", "person"), [
    ("at-crown-court", "Peter Lane"), ("at-magistrates", "Owen Price"),
    ("at-sheriff-court", "Iain Ross"), ("by-court-judge", "Jose Ruiz"),
])
def test_court_before_the_name_is_a_place(records: dict[str, list[Record]], key: str,
                                          person: str) -> None:
    assert _people(records, key) == [person]


@pytest.mark.parametrize(("key", "people"), [
    ("bench-jj", []),
    ("bench-j", ["Ramesh Kumar"]),
    ("bench-upheld", ["Mohan Lal"]),
    ("initial-not-judge", ["Michael J. Fox"]),
])
def test_judges_on_the_bench_are_no_defendants(records: dict[str, list[Record]], key: str,
                                               people: list[str]) -> None:
    assert _people(records, key) == people


@pytest.mark.parametrize(("key", "people"), [
    ("aged-formerly", ["Kevin Marsh", "Mark Dobson"]),
    ("aged-last-address", ["Liam Brady", "Sean Nolan"]),
    ("aged-three", ["Graham Tully", "Neil Foster", "Rita Hale"]),
    ("aged-object", ["Aaron Webb", "Dean Moss"]),
    ("aged-victim", ["Carl Hines"]),
])
def test_aged_list_gives_each_defendant(records: dict[str, list[Record]], key: str,
                                        people: list[str]) -> None:
    assert _people(records, key) == people


@pytest.mark.parametrize("key", ["aged-formerly", "aged-last-address", "aged-three"])
def test_an_address_is_no_court_town(records: dict[str, list[Record]], key: str) -> None:
    towns = {"Horsforth", "Leeds", "Yeadon", "Fairview Park", "Corbally", "Bramley", "Pudsey",
             "Stanningley"}
    assert all(r.city not in towns for r in records[key]), [r.city for r in records[key]]
