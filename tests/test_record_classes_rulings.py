"""Rulings in phrasings the plain sentencing verbs miss, several of our own each: a court's
ruling reported in the future tense ("X will serve five years, the court decided"; the same
future said by prosecutors, a deal or a condition is not an outcome), and "awarded" a term to
someone (South Asian usage; awarded damages or compensation is no sentence), and a court's
administrative arrest in days ("arrested for 15 days by a court"; an arrest with no court in
its sentence is the police's, no outcome)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 6, 14)  # a Friday

TEXTS: dict[str, str] = {
    "court-decided-after": "Trade unionist Yerbol Kassenov will serve four years in a prison "
                           "colony, the Aktobe court decided on Tuesday.",
    "judge-ruled-that": "The judge in Oral ruled on Wednesday that Dauren Sarsenov will serve "
                        "two years in a colony for hooliganism.",
    "court-ruled-comma": "Pavel Morozov will serve six years in a penal colony, a Tomsk court "
                         "ruled on Thursday.",
    "tribunal-ordered": "The military tribunal in Kharkiv ordered that Denys Hryhorenko will "
                        "serve 11 years for treason.",
    # ---- the same future, not a ruling
    "prosecutors-said": "Under the plea agreement, Neil Carver will serve eight years in "
                        "prison, prosecutors said.",
    "if-convicted": "If convicted, Rosa Delgado will serve up to 10 years, her lawyer said.",
    "expects": "Lawyers for Omar Haddad expect that he will serve at least five years.",
    # ---- "awarded" a term
    "awarded-life-to": "The Lahore High Court on Monday awarded life imprisonment to Tariq "
                       "Mehmood for the murder of a shopkeeper.",
    "awarded-years-rigorous": "An anti-terrorism court in Quetta awarded 14 years rigorous "
                              "imprisonment to Naveed Akhtar on Tuesday.",
    "awarded-death-group": "A sessions court in Multan on Wednesday awarded death sentence to "
                           "three men convicted of kidnapping.",
    "awarded-compensation": "The court awarded Rs 2 lakh compensation to the family of the "
                            "victim.",
    "awarded-damages": "The jury in Austin awarded damages of $3 million to the plaintiff.",
    # ---- administrative arrest in days
    "arrested-by-court": "Opposition activist Gleb Sorokin was arrested for 12 days by the "
                         "Basmanny district court in Moscow on Monday.",
    "court-arrested-object": "A court in Grodno arrested blogger Alesia Markevich for ten days "
                             "on Thursday for \"petty hooliganism\".",
    "arrested-court-ruled": "Student Artem Volkov was arrested for 7 days for joining an "
                            "unauthorised rally, a court in Yekaterinburg ruled.",
    "arrested-police": "Luke Harlan was arrested for 2 days in 2019 after a bar fight, but no "
                       "charges were filed.",
    "detained-months": "A court in Kazan ordered that Timur Nabiev be detained for two months "
                       "pending trial.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months", "city", "day"), [
    ("court-decided-after", "Yerbol Kassenov", 48, "Aktobe", 11),
    ("judge-ruled-that", "Dauren Sarsenov", 24, "Oral", 12),
    ("court-ruled-comma", "Pavel Morozov", 72, "Tomsk", 13),
    ("tribunal-ordered", "Denys Hryhorenko", 132, "Kharkiv", None),
])
def test_a_future_term_a_court_ruled_is_an_outcome(
        records: dict[str, list[Record]], key: str, person: str, months: int, city: str,
        day: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_months == months
    assert rec.sentence_type == SentenceType.PRISON
    assert rec.city == city
    assert rec.date == (dt.date(2024, 6, day) if day else None)


@pytest.mark.parametrize(("key", "person", "size", "months", "kind", "city", "day"), [
    ("awarded-life-to", "Tariq Mehmood", 1, None, SentenceType.LIFE, "Lahore", 10),
    ("awarded-years-rigorous", "Naveed Akhtar", 1, 168, SentenceType.PRISON, "Quetta", 11),
    ("awarded-death-group", None, 3, None, SentenceType.DEATH, "Multan", 12),
])
def test_a_term_awarded_to_someone_is_their_sentence(
        records: dict[str, list[Record]], key: str, person: str | None, size: int,
        months: int | None, kind: SentenceType, city: str, day: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size) == (person, size)
    assert rec.outcome == Outcome.CONVICTED
    assert (rec.sentence_months, rec.sentence_type) == (months, kind)
    assert rec.city == city
    assert rec.date == dt.date(2024, 6, day)


@pytest.mark.parametrize(("key", "person", "days", "city"), [
    ("arrested-by-court", "Gleb Sorokin", 12, "Moscow"),
    ("court-arrested-object", "Alesia Markevich", 10, "Grodno"),
    ("arrested-court-ruled", "Artem Volkov", 7, "Yekaterinburg"),
])
def test_a_courts_arrest_in_days_is_a_jail_term(
        records: dict[str, list[Record]], key: str, person: str, days: int, city: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_type == SentenceType.PRISON
    assert rec.sentence_months == pytest.approx(days / 30, abs=0.01)
    assert rec.city == city


@pytest.mark.parametrize("key", ["prosecutors-said", "if-convicted", "expects",
                                 "awarded-compensation", "awarded-damages", "arrested-police",
                                 "detained-months"])
def test_no_ruling_no_record(
        records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []
