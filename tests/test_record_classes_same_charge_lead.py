"""Charge class read on unannotated court news, in several phrasings of our own: "B was
convicted of the same charge" takes the charge of the defendant told of just before even
where that mention of him does not name it and an earlier one does ("A was acquitted of X.
... A was acquitted on Monday. Her husband B was found guilty of the same charge"). Not when
that mention tells of another hearing ("A had been jailed in an earlier case")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 6, 14)

TEXTS: dict[str, str] = {
    "acquitted": "Vera Lind was acquitted on March 3 of insulting a judge.\n\nThe court had "
                 "heard the case for months.\n\nLind was acquitted on March 3.\n\nHer husband "
                 "Ivo Lind was found guilty of the same charge in January and fined.",
    "sentenced": "Maria Kos was convicted of tax evasion on Monday in Dorne.\n\nProsecutors "
                 "had asked for a longer term.\n\nKos was sentenced to four years in prison."
                 "\n\nHer business partner Jan Hurt received three years on the same charges.",
    "for-same": "Peter Vann was convicted of arson on Friday.\n\nThe fire had destroyed a barn "
                "near Holm.\n\nVann was given two years in jail.\n\nHis nephew Tim Rook got 18 "
                "months for the same offence.",
}

EXPECTED: dict[str, tuple[str, str]] = {
    "acquitted": ("Ivo Lind", "insulting a judge"),
    "sentenced": ("Jan Hurt", "tax evasion"),
    "for-same": ("Tim Rook", "arson"),
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_same_charge_is_the_leads(records: dict[str, list[Record]], key: str) -> None:
    person, charge = EXPECTED[key]
    assert person_record(records, key, person).charge == charge


def test_not_from_a_mention_of_another_hearing() -> None:
    text = ("Omar Vell was sentenced in 2015 for assault.\n\nHe left the country soon after."
            "\n\nVell was previously jailed for a year.\n\nOn Monday his cousin Rami Tass "
            "was sentenced to two years on the same charges.")
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"t": text}, PUBLISHED)["t"]
    assert person_record({"t": recs}, "t", "Rami Tass").charge is None, recs
