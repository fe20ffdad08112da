"""Receivers of an imposed term after the counts it is imposed on ("handed down life
imprisonment on two counts to suspects, A, B and C"; Pakistani anti-terrorism court
reports): the counts receive nothing, the names after "to" do, also past a role noun and a
comma. Phrasings of our own; near misses with no one after the counts give no record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "counts-role-comma": "The court handed down life imprisonment on two counts to suspects, "
                         "Muhammad Imran, Ajmal Khan and Saqib Hassan, and ordered confiscation "
                         "of their properties.",
    "counts-names": "The court handed down life imprisonment on two counts to Muhammad Imran, "
                    "Ajmal Khan and Saqib Hassan.",
    "both-counts": "The judge handed down seven-year sentences on both counts to Ali Raza and "
                   "Omar Khan for fraud.",
    # near misses
    "no-one": "The court imposed fines on two counts on Monday.",
    "infinitive": "The judge imposed a fine on all charges to be paid within a month.",
}
THREE = {"Muhammad Imran", "Ajmal Khan", "Saqib Hassan"}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "months"), [
    ("counts-role-comma", THREE, None),
    ("counts-names", THREE, None),
    ("both-counts", {"Ali Raza", "Omar Khan"}, 84),
    ("no-one", set(), None),
    ("infinitive", set(), None),
])
def test_the_names_after_the_counts_receive_the_term(
        records: dict[str, list[Record]], key: str, people: set[str], months: int | None) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people, recs
    assert len(recs) == len(people)
    assert all(r.sentence_months == months and r.sentence is not None for r in recs), recs
