"""A home town after a listed name ("A of Sylhet, B of Bogura", "A, 35, of Sylhet; B, 41,
of Comilla") is part of that item: the list goes on past it, and the town is no one's court
(GUIDELINES: a defendant's home town alone does not count)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "copular-list": "The High Court upheld the death penalty of four convicts on Monday. The "
                    "four convicts are Rahim Uddin, Abdul Karim of Sirajganj, Kamal Hossain of "
                    "Bogura and Jamal Mia of Rangpur.",
    "aged-semicolons": "Those sentenced to death are Rahim Uddin, 35, of Sylhet; Abdul Karim, "
                       "41, of Comilla; and Kamal Hossain, 29, of Bogura.",
    "object-list": "The court sentenced Rahim Uddin of Sylhet, Abdul Karim of Comilla and Kamal "
                   "Hossain of Bogura to life imprisonment for the murder on Sunday.",
    "from-town": "Judge Asha Mensah jailed Kofi Owusu from Kumasi for six years on Friday.",
}
PEOPLE = {"Rahim Uddin", "Abdul Karim", "Kamal Hossain"}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("copular-list", PEOPLE | {"Jamal Mia"}),
    ("aged-semicolons", PEOPLE),
    ("object-list", PEOPLE),
])
def test_a_list_goes_on_past_home_towns(records: dict[str, list[Record]], key: str,
                                        people: set[str]) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all(r.city is None for r in recs), recs  # the towns are homes, not courts


def test_a_home_town_after_the_name_is_no_court(records: dict[str, list[Record]]) -> None:
    (rec,) = records["from-town"]
    assert (rec.person, rec.city, rec.sentence_months) == ("Kofi Owusu", None, 72)


def test_a_listed_name_ends_before_the_full_stop() -> None:
    texts = {"they-are": "The court sentenced three men to four years each. They are Ade Bello, "
                         "Musa Okon and Carl Eze.\n",  # (a paragraph's last sentence)
             "initial": "Judge Ann Cole sentenced M. Petrovsky and John K. to two years.\n"}
    got = extract_texts(RecordExtractor(ExtractConfig()), texts, PUBLISHED)
    assert {r.person for r in got["they-are"]} == {"Ade Bello", "Musa Okon", "Carl Eze"}
    assert {r.person for r in got["initial"]} == {"M. Petrovsky", "John K."}  # initials keep it
