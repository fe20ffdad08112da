"""An earlier conviction told with an adverb of time on the outcome verb ("X was previously
jailed for N for Y", "a court previously sentenced X", "was once convicted of Y", "after
previously being sentenced for Y") is a record of its own beside the story's one (GUIDELINES:
a defendant's prior conviction for another offence is a record), under the fullest form of
the name, and never lends its charge to the story's record. It is this proceeding's own
conviction retold where nothing sets it apart: the same offence without a term, a conviction
the later sentencing (naming no offence) is for, a term whose offence the plea names, or the
trial an appeal ruled on. An outcome "also" (or in a relative clause) given "in a separate /
different case" is another proceeding's record, which no appeal of the story undoes; "In a
separate case, three men were jailed" opens the article's next story instead. "X was not a
first offender and was once convicted of Y": the negation of the first conjunct leaves the
second, with its own auxiliary, stated."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 2, 16)

TEXTS: dict[str, str] = {
    "passive-after": "A court in Dorvale on Tuesday sentenced Marten Quill to four years in "
                     "prison for fraud. Quill was previously sentenced to two years in prison "
                     "for forgery.",
    "jailed-after": "Pavel Orkin was jailed for nine years for arson by a court in Tarnow on "
                    "Friday. Orkin was previously jailed for eight months for contempt of "
                    "court.",
    "gerund": "A court in Lissa jailed Tomas Verr for six years on Monday for bribery. After "
              "previously being sentenced for tax evasion, Verr showed no remorse, the court "
              "said.",
    "active": "A court in Brenn sentenced Ola Fenn to five years for theft on Monday. A court "
              "previously sentenced Fenn to three years for burglary.",
    "no-offence": "Ivo Marsh was sentenced to five years for theft at Leeds Crown Court on "
                  "Monday. Marsh was previously jailed for six years.",
    "once": "Judge Ana Pell fined Rikard Stoll $500 for assault in Velm on Monday. Stoll was "
            "once convicted of careless driving, the court heard.",
    # this proceeding retold
    "then-sentenced": "Jon Hale was previously convicted of fraud in March. On Monday a court "
                      "in Hull sentenced him to eight years.",
    "relative-same": "Jon Hale, who was previously convicted of fraud, was sentenced on Monday "
                     "in Hull to 10 years for fraud.",
    "appeal": "Jon Hale was previously sentenced to 12 years for fraud. On Monday the appeal "
              "court in Hull reduced his sentence to eight years.",
    "term-then-plea": "Ivo Marsh, 41, of Kelby, was previously jailed for six years. Marsh "
                      "pleaded guilty to conspiracy to supply cocaine at Leeds Crown Court.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "now", "before"), [
    ("passive-after", "Marten Quill", (48, "fraud"), (24, "forgery")),
    ("jailed-after", "Pavel Orkin", (108, "arson"), (8, "contempt of court")),
    ("gerund", "Tomas Verr", (72, "bribery"), (None, "tax evasion")),
    ("active", "Ola Fenn", (60, "theft"), (36, "burglary")),
    ("once", "Rikard Stoll", (None, "assault"), (None, "careless driving")),
    ("no-offence", "Ivo Marsh", (60, "theft"), (72, None)),
])
def test_a_prior_conviction_is_a_record_of_its_own(records: dict[str, list[Record]], key: str,
                                                   person: str, now: tuple[int | None, str],
                                                   before: tuple[int | None, str]) -> None:
    recs = records[key]
    assert {r.person for r in recs} == {person} and len(recs) == 2, recs
    got = {(r.sentence_months, r.charge) for r in recs}
    assert got == {now, before}
    (old,) = [r for r in recs if r.charge == before[1]]
    assert old.date is None and old.city is None  # the story's day and court are not its


@pytest.mark.parametrize(("key", "person", "months", "charge"), [
    ("then-sentenced", "Jon Hale", 96, "fraud"),
    ("relative-same", "Jon Hale", 120, "fraud"),
    ("appeal", "Jon Hale", 96, "fraud"),
    ("term-then-plea", "Ivo Marsh", 72, "conspiracy to supply cocaine"),
])
def test_this_proceeding_retold_is_one_record(records: dict[str, list[Record]], key: str,
                                              person: str, months: int, charge: str) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.charge) == (person, months, charge)


OTHER_CASE: dict[str, str] = {
    "retrial-also": "A court in Cairo on Thursday overturned the death sentence of Omar Farid "
                    "for protest violence and ordered a retrial. Farid has also been sentenced "
                    "to death in a different case.",
    "also-separate-case": "A court in Lagos jailed Tunde Ade for ten years for fraud on Monday. "
                          "Ade was also sentenced to three years in a separate case for "
                          "forgery.",
    "also-separate-trial": "A court in Accra fined Kofi Mensah $900 for tax evasion on Friday. "
                           "Mensah was also jailed in another trial for two years for bribery.",
    "relative": "A court in Rabat jailed Samir Idrissi for four years on Monday for fraud, "
                "along with Karim Alaoui, who was sentenced to life in a separate case.",
    # the article's next story, with its own day and court
    "next-story": "A court in Lagos jailed Tunde Ade for ten years for fraud on Monday. In a "
                  "separate case on Tuesday, three bankers were jailed in Abuja for five years "
                  "for bribery.",
}


@pytest.fixture(scope="module")
def other_case() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), OTHER_CASE, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "kind"), [
    ("retrial-also", "Omar Farid", "death"),
    ("also-separate-case", "Tunde Ade", "prison"),
    ("also-separate-trial", "Kofi Mensah", "prison"),
])
def test_an_outcome_in_another_case_is_its_own_record(other_case: dict[str, list[Record]],
                                                      key: str, person: str,
                                                      kind: str) -> None:
    recs = other_case[key]
    assert {r.person for r in recs} == {person} and len(recs) == 2, recs
    (other,) = [r for r in recs if "earlier-case" in r.flags]
    assert other.sentence_type == kind and other.city is None and other.date is None
    (story,) = [r for r in recs if r is not other]
    assert story.city is not None and story.charge != other.charge


def test_another_case_in_a_relative_clause(other_case: dict[str, list[Record]]) -> None:
    recs = {r.person: r for r in other_case["relative"]}
    assert recs["Samir Idrissi"].sentence_months == 48
    assert recs["Karim Alaoui"].sentence_type == "life" and "earlier-case" in \
        recs["Karim Alaoui"].flags


def test_the_next_story_keeps_its_day_and_court(other_case: dict[str, list[Record]]) -> None:
    (group,) = [r for r in other_case["next-story"] if r.person is None]
    assert (group.city, group.date, group.sentence_months) == ("Abuja", dt.date(2024, 2, 13), 60)


NEGATED_FIRST: dict[str, str] = {
    # a conjunct with its own auxiliary is out of the first conjunct's negation
    "not-first-offender": "Judge Ana Pell fined Rikard Stoll $500 for assault in Velm on "
                          "Monday. The judge said Stoll was not a first offender and was once "
                          "convicted for careless driving.",
    "not-remorseful": "A court in Brno jailed Petr Dvorak for six years for arson on Friday. "
                      "Prosecutors said Dvorak was not remorseful and had previously been "
                      "jailed for two years for theft.",
    # the negation still covers a conjunct without an auxiliary of its own, or a negated one
    "not-and-bare": "Lena Holm did not plead guilty or get convicted in Umea.",
    "not-and-not": "Lena Holm was not charged and was not convicted in Umea.",
}


@pytest.fixture(scope="module")
def negated_first() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), NEGATED_FIRST, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("not-first-offender", "Rikard Stoll", "careless driving"),
    ("not-remorseful", "Petr Dvorak", "theft"),
])
def test_a_prior_after_a_negated_conjunct(negated_first: dict[str, list[Record]], key: str,
                                          person: str, charge: str) -> None:
    recs = negated_first[key]
    assert {r.person for r in recs} == {person} and len(recs) == 2, recs
    assert charge in {r.charge for r in recs}


@pytest.mark.parametrize("key", ["not-and-bare", "not-and-not"])
def test_a_negated_outcome_is_none(negated_first: dict[str, list[Record]], key: str) -> None:
    assert negated_first[key] == []
