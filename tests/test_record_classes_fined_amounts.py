"""Fines in the forms Central Asian court news gives them: "fined X 500,000 tenge", where the
parse hangs the person fined under an amount the tagger did not mark as money; "fined over
$7,000" (an approximate amount is the fine all the same), which then stays the sentence
beside a ban's length ("fined ... and forbidden from reporting for three years")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "fined-tenge": "The court fined Marat Osmonov 500,000 tenge.",
    "fined-soms": "A district court in Talas fined Aibek Turgunov 40,000 soms on Monday.",
    "fined-somoni": "The Khorog city court fined Nilufar Rahimova 12,000 somoni.",
    "fined-over": "Gulnara Saparova was fined over $7,000 for insulting a judge.",
    "fined-about": "Ruslan Beketov was fined about 2 million tenge for tax evasion.",
    "fine-and-ban": "Ruslan Beketov was fined 300,000 tenge and forbidden from working as a "
                    "journalist for three years.",
    "over-and-ban": "Gulnara Saparova was fined over $7,000 and forbidden from reporting for "
                    "three years.",
    # near misses: a custodial term beside the ban stays the term; a term of its own
    # after the ban stays a term
    "prison-and-ban": "Marat Osmonov was sentenced to seven years in prison and banned from "
                      "political activity for three years.",
    "ban-then-jailed": "Aibek Turgunov, banned from driving in 2019, was jailed for two years "
                       "for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "sentence"), [
    ("fined-tenge", "Marat Osmonov", "500,000 tenge"),
    ("fined-soms", "Aibek Turgunov", "40,000 soms"),
    ("fined-somoni", "Nilufar Rahimova", "12,000 somoni"),
    ("fined-over", "Gulnara Saparova", "over $7,000"),
    ("fined-about", "Ruslan Beketov", "about 2 million tenge"),
])
def test_the_person_fined_and_the_amount(records: dict[str, list[Record]], key: str,
                                         person: str, sentence: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.sentence, rec.sentence_type, rec.sentence_months) == (
        person, sentence, "fine", None)


@pytest.mark.parametrize(("key", "person"), [
    ("fine-and-ban", "Ruslan Beketov"),
    ("over-and-ban", "Gulnara Saparova"),
])
def test_the_fine_beside_a_ban_is_the_sentence(records: dict[str, list[Record]], key: str,
                                               person: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.sentence_type, rec.sentence_months, rec.outcome) == (
        person, "fine", None, "convicted")


@pytest.mark.parametrize(("key", "person", "months"), [
    ("prison-and-ban", "Marat Osmonov", 84),
    ("ban-then-jailed", "Aibek Turgunov", 24),
])
def test_a_custodial_term_beside_a_ban_stays(records: dict[str, list[Record]], key: str,
                                             person: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.sentence_type, rec.sentence_months) == (person, "prison", months)
