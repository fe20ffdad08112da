"""A part of a continent ("in Siberia", "in the Urals") is no court's town (issue 11, fresh
Russian court news): the court's region beside it is the place where the gazetteer knows it,
else none is."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "press-service": "Oleg Tishin was jailed for 12 years, the press service of the Sakha "
                     "Regional Court in Siberia said on Friday.",
    "court-name": "The Transbaikal Regional Court in Siberia sentenced Ivan Sorokin to eight "
                  "years in prison.",
    "known-region": "Ivan Sorokin was sentenced to eight years in prison, the press service of "
                    "the Amur Regional Court in Siberia said.",
    "court-in": "A court in Siberia sentenced Pavel Rudnev to six years in prison for treason.",
    "military": "A military court in the Urals sentenced Oleg Tishin to eight years in prison.",
    "town": "A court in Tomsk sentenced Pavel Rudnev to six years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "city"), [
    ("press-service", "Oleg Tishin", None),
    ("court-name", "Ivan Sorokin", None),
    ("known-region", "Ivan Sorokin", "Amur"),  # the court's region the gazetteer knows
    ("court-in", "Pavel Rudnev", None),
    ("military", "Oleg Tishin", None),
    ("town", "Pavel Rudnev", "Tomsk"),  # a town stays
])
def test_a_macro_region_is_no_town(records: dict[str, dict[str | None, Record]], key: str,
                                   person: str, city: str | None) -> None:
    assert records[key][person].city == city
