"""Two precision classes seen on unannotated court news (issue 11, classes 5 and 8), each in
several phrasings of our own: whoever hands down or imposes a term (a judge, a court) is never
its recipient; how long a trial or hearing lasted is never anyone's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "justice-handed-down": "A high court has sentenced a man, Musa Bello, to death for murder. "
                           "Presiding judge, Justice Mary Obi, handed down the death sentence "
                           "on Monday.",
    "judge-handed-down-to": "The judge, Karen Wells, handed down a sentence of five years to "
                            "Ali Musa for fraud.",
    "magistrate-imposed": "Ruth Daka was convicted of theft. Magistrate Owen Kapeta imposed a "
                          "fine of 2,000 kwacha.",
    "passive-handed": "Chanda Mumba was handed down a two-year sentence for theft.",
    "trial-lasted": "Judge Ann Lowe found Peter Green guilty of theft after a trial that lasted "
                    "three days.",
    "trial-took": "Sara Kent was found guilty of arson after a trial that took two weeks.",
    "hearing-lasting": "Omar Said was convicted of fraud after a hearing lasting two weeks.",
    "trial-took-then-term": "Sara Kent was found guilty of arson after a trial that took two "
                            "weeks. She was jailed for four years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("justice-handed-down", ["Musa Bello"]),
    ("judge-handed-down-to", ["Ali Musa"]),
    ("magistrate-imposed", ["Ruth Daka"]),
    ("passive-handed", ["Chanda Mumba"]),
])
def test_the_giver_is_no_defendant(records: dict[str, list[Record]], key: str,
                                   people: list[str]) -> None:
    assert sorted({str(r.person) for r in records[key]}) == people


@pytest.mark.parametrize(("key", "person", "months"), [
    ("trial-lasted", "Peter Green", None),
    ("trial-took", "Sara Kent", None),
    ("hearing-lasting", "Omar Said", None),
    ("trial-took-then-term", "Sara Kent", 48),
])
def test_a_trials_length_is_no_sentence(records: dict[str, list[Record]], key: str,
                                        person: str, months: float | None) -> None:
    got = [r for r in records[key] if r.person == person]
    assert len(got) == 1, [(r.person, r.sentence) for r in records[key]]
    assert got[0].sentence_months == months, got[0].sentence
