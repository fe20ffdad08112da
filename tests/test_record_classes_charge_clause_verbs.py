"""A charge told inside the subject of the sentence ("Two men charged with fraud received six
years"): the main verb after it belongs to the clause, not to the offence (issue 11, seen in
fresh court news where the charge came out as "fraud received", "espionage got")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "group-received": "Two men charged with fraud received six years in prison from a court "
                      "in Tarsa on Monday.",
    "one-got": "A pensioner accused of espionage got 12 years in a high-security colony on "
               "Friday, a court in Varsk said.",
    "gerund-offence": "Three activists charged with organising mass riots received suspended "
                      "terms of two years from the Orsk district court.",
    # ---- the offence's own verbs stay: a clause told inside it
    "clause-inside": "A court in Tarsa jailed Lena Kovac for two years for publishing an "
                     "article alleging that the governor stole public funds.",
    "appositive": "Oleg Marin, a teacher accused of treason, received 14 years in prison on "
                  "Monday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("group-received", None, "fraud"),
    ("one-got", None, "espionage"),
    ("gerund-offence", None, "organising mass riots"),
    ("appositive", "Oleg Marin", "treason"),
])
def test_the_clause_verb_ends_the_charge(records: dict[str, dict[str | None, Record]],
                                         key: str, person: str | None, charge: str) -> None:
    assert records[key][person].charge == charge


def test_a_clause_inside_the_offence_keeps_its_verb(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["clause-inside"]["Lena Kovac"].charge == \
        "publishing an article alleging that the governor stole public funds"
