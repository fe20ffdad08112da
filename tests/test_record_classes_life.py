"""Life terms in the phrasings the plain "life in prison" misses, several of our own each:
several consecutive life terms, life with a minimum term ("jailed for life with a minimum term
of 22 years": `life`, no months, the minimum kept in the sentence text), and an outcome in a
past "after"/"since" clause of a sentence whose main clause speaks of the future (the outcome
is a fact; an "if" clause stays hedged)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 10, 11)  # a Friday

TEXTS: dict[str, str] = {
    "consecutive-life": "Dwayne Harper was sentenced to three consecutive life terms in prison "
                        "with no possibility of parole.",
    "two-life-terms": "Roy Becker was given two life terms for the killings in Tulsa.",
    "concurrent-life": "Lena Ortiz received four concurrent life sentences on Monday.",
    "life-minimum-term": "At Bristol Crown Court, Kieran Doyle was jailed for life with a minimum "
                         "term of 22 years.",
    "life-comma-minimum": "The judge sentenced Dale Rowe to life imprisonment, with a minimum of "
                          "18 years, for the murder in Swindon.",
    "life-sentence-minimum": "Kara Finch was given a life sentence with a minimum term of 16 and a "
                             "half years for the killing.",
    "after-sentenced": "Carl Wendt will spend decades behind bars after a judge in Omaha "
                       "sentenced him on Thursday.",
    "since-convicted": "Mira Kowal cannot travel abroad since she was convicted of fraud in "
                       "Lublin on Tuesday.",
    "if-convicted": "Owen Baird will lose his pension if he is convicted of fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("consecutive-life", "Dwayne Harper"), ("two-life-terms", "Roy Becker"),
    ("concurrent-life", "Lena Ortiz")])
def test_several_life_terms_are_a_life_sentence(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.sentence_type == SentenceType.LIFE
    assert rec.sentence_months is None
    assert rec.sentence is not None and "life" in rec.sentence


@pytest.mark.parametrize(("key", "person", "sentence"), [
    ("life-minimum-term", "Kieran Doyle", "life with a minimum term of 22 years"),
    ("life-comma-minimum", "Dale Rowe", "life imprisonment, with a minimum of 18 years"),
    ("life-sentence-minimum", "Kara Finch",
     "life sentence with a minimum term of 16 and a half years"),
])
def test_life_with_a_minimum_term_is_life_written_whole(
        records: dict[str, list[Record]], key: str, person: str, sentence: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.LIFE, None)
    assert rec.sentence is not None and rec.sentence.endswith(sentence)


@pytest.mark.parametrize(("key", "person", "city", "day"), [
    ("after-sentenced", "Carl Wendt", "Omaha", 10),
    ("since-convicted", "Mira Kowal", "Lublin", 8),
])
def test_a_past_outcome_in_an_after_clause_is_a_fact(
        records: dict[str, list[Record]], key: str, person: str, city: str, day: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.outcome, rec.city) == (person, Outcome.CONVICTED, city)
    assert rec.date == dt.date(2024, 10, day)


def test_an_if_clause_stays_hedged(records: dict[str, list[Record]]) -> None:
    assert records["if-convicted"] == []
