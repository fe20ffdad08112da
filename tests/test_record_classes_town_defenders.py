"""A town before "defender(s)" ("two Mariupol defenders") is the town they held, a description
of the defendants, not the place of their trial (issue 11, fresh court news from occupied
Ukraine): the court's own place named in the sentence stands, or none."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "region-court": "A court in occupied Donetsk Oblast sentenced two Bakhmut defenders to 22 "
                    "years in prison.",
    "subject": "Three Sievierodonetsk defenders were sentenced to 21 years in prison by a court "
               "in occupied Luhansk Oblast.",
    "one-of": "The court sentenced Ivan Gorin, one of the Lysychansk defenders, to 19 years in "
              "prison.",
    "town-court": "A court in Rostov-on-Don sentenced three Azovstal defenders to 20 years in "
                  "prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "city"), [
    ("region-court", None, "Donetsk Oblast"),
    ("subject", None, "Luhansk Oblast"),
    ("one-of", "Ivan Gorin", None),
    ("town-court", None, "Rostov-on-Don"),
])
def test_defenders_town_is_no_trial_place(records: dict[str, dict[str | None, Record]],
                                          key: str, person: str | None,
                                          city: str | None) -> None:
    assert records[key][person].city == city
