"""Who a term goes to when the term is the clause's subject or the name sits in a quoted
role: "the longest sentence of ten years was handed to A" (a passive give), "with
'ringleader' A receiving the longest term of ten years" (the parse makes the quoted role the
preposition's object and the name its apposition). Phrasings of our own; near misses where
nothing with a length is handed over give no record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "quoted-role": "A court in Dunmore on Tuesday jailed all 45 defendants convicted of "
                   "subversion in the city's largest security trial, with \"mastermind\" Omar "
                   "Khan receiving the longest term of 10 years.",
    "quoted-role-short": "A court in Dunmore on Tuesday jailed all 12 defendants convicted of "
                         "riot in the town's largest trial, with \"ringleader\" Sam Okoro "
                         "receiving the longest term of eight years.",
    "handed-to": "The second-longest sentence of seven years and nine months was handed to "
                 "young activist Ali Raza.",
    "handed-to-plain": "A sentence of five years was handed to Bilal Aziz on Monday for fraud.",
    # near misses
    "leaflets": "The leaflets were handed to Ali Raza on Tuesday.",
    "verdict-papers": "The written verdict was handed to the defence lawyers on Tuesday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), [
    ("quoted-role", [("Omar Khan", 120)]),
    ("handed-to", [("Ali Raza", 93)]),
    ("quoted-role-short", [("Sam Okoro", 96)]),
    ("handed-to-plain", [("Bilal Aziz", 60)]),
    ("leaflets", []),
    ("verdict-papers", []),
])
def test_the_term_goes_to_the_named_receiver(records: dict[str, list[Record]], key: str,
                                             expected: list[tuple[str, int]]) -> None:
    assert [(r.person, r.sentence_months) for r in records[key]] == expected, records[key]
