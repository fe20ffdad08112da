"""Charge slots that hold no offence (issue 11, fresh court news from Russia, Belarus and
occupied Ukraine): what a defendant "allegedly admitted" or said, the kind of a term ("six
years of suspended imprisonment"), the court's weighing ("aggravating circumstances"), and
a date range's preposition left at a charge's end ("... activities between 2017 and 2020")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "alleged-admission": "A military court in Varnograd sentenced a local man to 12 years in "
                         "prison, the agency reported.\n\nThe convicted, Pavel Ostrikov, "
                         "allegedly \"admitted guilt, saying that he had served in the army,\" "
                         "the agency said.",
    "alleged-told": "A court in Tarnovo sentenced Lev Sorin to nine years in prison.\n\nSorin "
                    "allegedly told investigators that he had acted alone.",
    "alleged-offence": "A court in Tarnovo sentenced Lev Sorin to nine years in prison.\n\n"
                       "Sorin was detained in May for allegedly setting fire to a recruitment "
                       "office.",
    "suspended-kind": "A court in Kalinsk sentenced four pastors to prison terms. According to "
                      "the court, two of the pastors were sentenced to six and a half years, "
                      "the other to six years, and the fourth to six years of suspended "
                      "imprisonment.",
    "restricted-kind": "A court in Orsk sentenced Ilya Bragin to two years of restricted "
                       "freedom.",
    "weighing": "A court in Vitsk found Olga Dresh guilty of \"aggravating circumstances\" "
                "and sentenced her to two years in prison.",
    "weighing-then-offence": "At a closed hearing, the two nurses were found guilty of "
                             "\"aggravating circumstances\" for leaking patient files.",
    "between-dates": "A court in Ryazan convicted Nikolai Frolov of directing “extremist” "
                     "activities between 2018 and 2021.",
    "from-dates": "A court in Ryazan convicted Nikolai Frolov of funding banned activities "
                  "from 2015 to 2018 and jailed him for five years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person"), [
    # what a defendant allegedly admitted or told is no accusation of an offence
    ("alleged-admission", "Pavel Ostrikov"),
    ("alleged-told", "Lev Sorin"),
    # the kind of a term or the court's weighing is no offence
    ("restricted-kind", "Ilya Bragin"),
    ("weighing", "Olga Dresh"),
])
def test_no_offence_no_charge(records: dict[str, dict[str | None, Record]], key: str,
                              person: str) -> None:
    assert records[key][person].charge is None


def test_the_kind_of_a_subgroups_term_is_no_charge(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert all(r.charge is None for r in records["suspended-kind"].values())


@pytest.mark.parametrize(("key", "person", "charge"), [
    # an offence after "allegedly" still is the accusation
    ("alleged-offence", "Lev Sorin", "setting fire to a recruitment office"),
    # the preposition of a date range cut off with the dates
    ("between-dates", "Nikolai Frolov", "directing “extremist” activities"),
    ("from-dates", "Nikolai Frolov", "funding banned activities"),
    # an offence after the court's weighing is the charge
    ("weighing-then-offence", None, "leaking patient files"),
])
def test_offence_kept(records: dict[str, dict[str | None, Record]], key: str, person: str,
                      charge: str) -> None:
    assert records[key][person].charge == charge
