"""Deferred announcements of the verdict (Turkish HAGB, GUIDELINES: `suspended`) over lists
of academics: the noun forms ("ruled for the deferment of the announcement of the verdict for
A, B and C"), a deferral in the next sentence that names no one ("A and B were sentenced to
15 months. The court deferred the announcement of the verdicts": theirs), and a role the NER
ran into a name ("Academics A"); a deferral of another day ("... until June") defers nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "deferment-noun": "The court ruled for the deferment of the announcement of the verdict "
                      "for Ayse Kaya, Mehmet Demir and Elif Sahin, who were sentenced to one "
                      "year and three months.",
    "next-sentence": "Four academics - Ayse Kaya, Mehmet Demir, Elif Sahin and Ali Yilmaz - "
                     "were sentenced to 1 year and 3 months in prison each on charges of "
                     "\"propagandizing for a terrorist organization\". The court deferred the "
                     "announcement of the verdicts.",
    "role-in-name": "Academics Ayse Kaya and Mehmet Demir were given 15 months each, with the "
                    "announcement of the verdict deferred.",
    "hearing-put-off": "Ayse Kaya and Mehmet Demir were sentenced to 15 months in prison. The "
                       "court deferred the announcement of the verdict for Elif Sahin until "
                       "June.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("deferment-noun", {"Ayse Kaya", "Mehmet Demir", "Elif Sahin"}),
    ("next-sentence", {"Ayse Kaya", "Mehmet Demir", "Elif Sahin", "Ali Yilmaz"}),
    ("role-in-name", {"Ayse Kaya", "Mehmet Demir"}),
])
def test_a_deferred_verdict_is_suspended(records: dict[str, list[Record]], key: str,
                                         people: set[str]) -> None:
    got = {r.person: (r.sentence_type, r.sentence_months) for r in records[key]}
    assert got == {p: ("suspended", 15) for p in people}


def test_a_deferral_until_a_later_day_defers_nothing(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence_type for r in records["hearing-put-off"]}
    assert got == {"Ayse Kaya": "prison", "Mehmet Demir": "prison"}
