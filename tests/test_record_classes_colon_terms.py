"""A colon class read on unannotated court news, in phrasings of our own: a court's
sentences told after a colon, each a term, "for", then the defendant ("handed down its first
verdict: four years in prison for former customs chief Colonel X", "announced the sentences
on Monday: seven years for A and five years for B"): each name takes its own item's term;
"for the murder of X" names a victim, no defendant; a term the matcher does not read is no
one else's ("death for A and life in prison for B": A's term stays unknown)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "first-verdict": "HERAT — On Friday the tribunal handed down its first verdict: four years "
                     "in prison for former customs chief Colonel Rahim Zahed.",
    "two-items": "LEEDS — The judge announced the sentences on Monday: seven years for Tom "
                 "Blake and five years for Ian Reed.",
    "item-then-clause": "CARDIFF — The court passed sentence on Tuesday: 18 months for Owen "
                        "Price, whose cousin Rhys Price was acquitted.",
    "victim": "LEEDS — The judge passed sentence on Monday: six years in prison for the murder "
              "of Ian Reed.",
    "unread-term": "DHAKA — The tribunal announced its sentences on Monday: death for Abdul "
                   "Karim and life in prison for Rafiq Alam.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _convicted(records: dict[str, list[Record]], key: str) -> dict[str | None, float | None]:
    return {r.person: r.sentence_months for r in records[key] if r.outcome == "convicted"}


@pytest.mark.parametrize(("key", "terms"), [
    ("first-verdict", {"Rahim Zahed": 48}),
    ("two-items", {"Tom Blake": 84, "Ian Reed": 60}),
    ("item-then-clause", {"Owen Price": 18}),
    ("victim", {}),
])
def test_each_name_takes_its_own_item(records: dict[str, list[Record]], key: str,
                                      terms: dict[str, float]) -> None:
    assert _convicted(records, key) == terms


def test_an_unread_term_is_no_one_elses(records: dict[str, list[Record]]) -> None:
    got = {r.person: r for r in records["unread-term"]}
    assert got["Rafiq Alam"].sentence_type == "life"
    assert got.get("Abdul Karim") is None or got["Abdul Karim"].sentence_type != "life"
