"""Name classes read on unannotated court news, in phrasings of our own: a family name
written inside a full name, not last ("Jessica Lim Hui Min", "Carlos Ruiz Moreno da Costa"),
is that person when the text later uses it alone ("Lim was fined"), and nobody's when two
full names hold it; two fines of other sums are two defendants' terms, not one told twice,
so the lead's fine is the one named person's without a term of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "inner-alone": "SINGAPORE — Jessica Lim Hui Min, 30, hosted a party at her flat in Bedok "
                   "in May. Lim was fined S$3,000 on Monday.",
    "inner-pair": "SINGAPORE — Tan Wei Ming and Jessica Lim Hui Min, 30, split up after police "
                  "found 12 guests at their flat in Bedok in May. Tan pleaded guilty to one "
                  "charge. Lim was fined S$3,000 last month.",
    "inner-spanish": "LIMA — Prosecutors accused Carlos Ruiz Moreno da Costa of bribery in "
                     "2021. Ruiz was sentenced to six years in prison on Monday.",
    "inner-two": "LIMA — Carlos Ruiz Moreno and Ana Ruiz Vega ran the firm together. Ruiz was "
                 "sentenced to six years in prison on Monday.",
    "lead-fine": "SINGAPORE — A 41-year-old man who hosted a party with his former partner "
                 "during the lockdown was fined S$6,000 on Friday. Tan Wei Ming and Jessica "
                 "Lim Hui Min, 30, split up after police found 12 guests at their flat. Tan "
                 "pleaded guilty to one charge. Lim was fined S$3,000 last month.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "sentence"), [
    ("inner-alone", "Jessica Lim Hui Min", "S$3,000"),
    ("inner-pair", "Jessica Lim Hui Min", "S$3,000"),
    ("inner-spanish", "Carlos Ruiz Moreno da Costa", "six years in prison"),
])
def test_inner_family_name_is_the_full_name(records: dict[str, list[Record]], key: str,
                                            person: str, sentence: str) -> None:
    got = {r.person: r.sentence for r in records[key]}
    assert got.get(person) == sentence


def test_inner_name_of_two_people_is_neither(records: dict[str, list[Record]]) -> None:
    assert not any(r.person in {"Carlos Ruiz Moreno", "Ana Ruiz Vega"}
                   for r in records["inner-two"])


def test_lead_fine_is_the_one_without_a_term(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence for r in records["lead-fine"]}
    assert got == {"Tan Wei Ming": "S$6,000", "Jessica Lim Hui Min": "S$3,000"}
