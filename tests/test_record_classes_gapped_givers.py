"""A give verb with a gapped second conjunct ("handed down the death penalty to A and B, and
25-year imprisonment to C"; wire reports of South Asian courts): C is a defendant too, each
receiver takes the term given right before their names, and a receiver whose term the clause
only refers to ("the penalty to A, and ... to C") gets none of C's. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "death-then-years": "The court in Dunmore handed down the death penalty to Ali Raza and Omar "
                        "Khan, and 25-year imprisonment to their accomplice Imran Shah on "
                        "Friday.",
    "life-then-terms": "A tribunal in Dunmore gave life sentences to Tariq Mehmood and Ahmed "
                       "Ali, and seven-year terms to Usman Ghani and Kamran Akmal for the bombing.",
    "referred-penalty": "The judge handed down the penalty to Ali Raza, Omar Khan and Bilal Aziz "
                        "on nine counts each, and 25-year imprisonment to their fifth accomplice "
                        "Imran Shah, yesterday.",
    # near misses: one term for all of them, and terms in brackets after each name
    "one-term": "The judge imposed seven-year sentences on Ali Raza and Omar Khan on Monday.",
    "one-term-list": "The court handed down life imprisonment to Muhammad Imran, Ajmal Khan and "
                     "Saqib Hassan.",
    "bracketed": "The judge imposed sentences on Ali Raza (seven years) and Omar Khan (five "
                 "years) for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), [
    ("death-then-years", {"Ali Raza": ("death", None), "Omar Khan": ("death", None),
                          "Imran Shah": ("prison", 300)}),
    ("life-then-terms", {"Tariq Mehmood": ("life", None), "Ahmed Ali": ("life", None),
                         "Usman Ghani": ("prison", 84), "Kamran Akmal": ("prison", 84)}),
    ("referred-penalty", {"Ali Raza": (None, None), "Omar Khan": (None, None),
                          "Bilal Aziz": (None, None), "Imran Shah": ("prison", 300)}),
    ("one-term", {"Ali Raza": ("prison", 84), "Omar Khan": ("prison", 84)}),
    ("one-term-list", {"Muhammad Imran": ("life", None), "Ajmal Khan": ("life", None),
                       "Saqib Hassan": ("life", None)}),
    ("bracketed", {"Ali Raza": ("prison", 84), "Omar Khan": ("prison", 60)}),
])
def test_each_receiver_takes_the_term_given_to_them(
        records: dict[str, list[Record]], key: str,
        expected: dict[str, tuple[str | None, int | None]]) -> None:
    got = {r.person: (r.sentence_type, r.sentence_months) for r in records[key]}
    assert got == expected, records[key]
