"""A suspended term written with "suspended" before its length ("a suspended six-month
prison sentence", "a suspended 18-month jail term") is `suspended`, with the word kept in the
sentence text, as "a two-year suspended prison sentence" already was (issue 11, class 6:
non-prison sentences recognised)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.normalize import parse_terms
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts


@pytest.mark.parametrize(("phrase", "kind", "months"), [
    ("a suspended six-month prison sentence", SentenceType.SUSPENDED, 6),
    ("a suspended 18-month jail term", SentenceType.SUSPENDED, 18),
    ("a conditional two-year prison term", SentenceType.SUSPENDED, 24),
    ("a two-year suspended prison sentence", SentenceType.SUSPENDED, 24),
    ("a six-month prison sentence", SentenceType.PRISON, 6),
])
def test_parse_terms_reads_the_kind_before_the_length(phrase: str, kind: SentenceType,
                                                      months: int) -> None:
    parsed = parse_terms(phrase)
    assert (parsed.type, parsed.months) == (kind, months)


TEXTS: dict[str, str] = {
    "given": "Lena Park was given a suspended six-month prison sentence for fraud.",
    "gave": "The court gave Ruth Daka a suspended 18-month jail term.",
    "plain": "Ivan Lis was jailed for two years for theft.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, dt.date(2024, 5, 17))


@pytest.mark.parametrize(("key", "kind", "sentence"), [
    ("given", "suspended", "suspended six-month prison sentence"),
    ("gave", "suspended", "suspended 18-month jail term"),
    ("plain", "prison", "two years"),
])
def test_the_record_keeps_the_kind(records: dict[str, list[Record]], key: str, kind: str,
                                   sentence: str) -> None:
    [rec] = records[key]
    assert (rec.sentence_type, rec.sentence) == (kind, sentence)
