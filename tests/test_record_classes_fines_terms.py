"""Terms told apart from the verdict's verb: "The court imposed a fine of 300,000 rubles" after
one person's conviction is that person's fine; "sentenced the seven to 29 years ... and also
imposed a fine of X" gives the fine to the same seven (beside their custody); "They were
assigned 14 days of arrest" is a term given; "29 years of rigorous imprisonment" and "two
years simple imprisonment" are prison terms (South Asian reports); "All three were found
guilty" is a group of three."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)  # a Friday

TEXTS: dict[str, str] = {
    "imposed-fine": "A court in Tomsk on Monday found local teacher Irina Volkova guilty of "
                    "discrediting the army. The court imposed a fine of 300,000 rubles, her "
                    "lawyer said.",
    "passed-fine": "A magistrate in Kitwe convicted trader Joseph Banda of fraud on Monday. The "
                   "magistrate passed a fine of 20,000 kwacha.",
    "conj-fine": "Issuing the verdict today, Kandy High Court Judge Sunil Perera sentenced the "
                 "seven suspects to 29 years of rigorous imprisonment and also imposed a fine "
                 "of over Rs. 2 million.",
    "simple-imprisonment": "A court in Galle on Monday sentenced shopkeeper Nimal Silva to two "
                           "years simple imprisonment for cheating.",
    "assigned": "Three activists were found guilty of petty hooliganism by a district court in "
                "Omsk on Saturday. They were assigned 14 days of arrest each.",
    "all-three": "Three activists were detained in Omsk on Friday. All three were found guilty "
                 "of petty hooliganism by a district court on Saturday.",
    # a fine imposed on someone named is theirs, not the person convicted before
    "fine-on-company": "A court in Tomsk on Monday found Irina Volkova guilty of fraud. The "
                       "court imposed a fine of 300,000 rubles on her employer, Sibir Trade.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "sentence"), [
    ("imposed-fine", "a fine of 300,000 rubles"),
    ("passed-fine", "a fine of 20,000 kwacha"),
])
def test_a_fine_imposed_after_a_conviction_is_that_persons(records: dict[str, list[Record]],
                                                           key: str, sentence: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.sentence, rec.sentence_type) == (sentence, "fine")


def test_a_fine_in_a_conjunct_goes_with_the_custody(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "conj-fine")
    assert rec.group_size == 7 and rec.sentence_type == "prison"
    assert rec.sentence_months == 348
    assert rec.sentence == "29 years of rigorous imprisonment; a fine of over Rs. 2 million"


def test_simple_imprisonment_is_prison(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "simple-imprisonment")
    assert (rec.sentence_months, rec.sentence_type) == (24, "prison")


def test_days_of_arrest_assigned(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "assigned")
    assert (rec.group_size, rec.sentence_months, rec.sentence_type) == (3, 0.47, "prison")


def test_all_three_is_a_group_of_three(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "all-three")
    assert (rec.person, rec.group_size, rec.charge) == (None, 3, "petty hooliganism")


def test_a_fine_on_someone_else_is_not_the_convicted_persons(
        records: dict[str, list[Record]]) -> None:
    volkova = [r for r in records["fine-on-company"] if r.person == "Irina Volkova"]
    assert [(r.sentence, r.sentence_type) for r in volkova] == [(None, None)]


LEADS: dict[str, str] = {
    "last-defendant": "BOSTON (AP) — The second and last defendant convicted of killing a shop "
                      "owner in 2015 has been sentenced to life in prison. Kevin Brandt, 27, "
                      "was sentenced Tuesday after being found guilty of first-degree murder.",
    "the-defendant": "DENVER (AP) — The defendant in a 2019 arson case has been sentenced to "
                     "12 years in prison. Lucas Mora, 31, of Aurora, was sentenced Monday after "
                     "pleading guilty to arson.",
}


@pytest.fixture(scope="module")
def leads() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), LEADS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "kind", "months"), [
    ("last-defendant", "Kevin Brandt", "life", None),
    ("the-defendant", "Lucas Mora", "prison", 144),
])
def test_the_leads_defendant_is_the_person_introduced_next(
        leads: dict[str, list[Record]], key: str, person: str, kind: str,
        months: int | None) -> None:
    (rec,) = leads[key]
    assert (rec.person, rec.sentence_type, rec.sentence_months) == (person, kind, months)


def test_the_leads_defendant_introduced_by_age_first() -> None:
    text = {"aged": "HOUSTON (AP) — The third and final defendant convicted of killing a "
                    "deputy in 2012 has been sentenced to life in prison. Twenty-four-year-old "
                    "Darnell Hayes was sentenced Tuesday after being found guilty of murder."}
    (rec,) = extract_texts(RecordExtractor(ExtractConfig()), text, PUBLISHED)["aged"]
    assert (rec.person, rec.sentence_type) == ("Darnell Hayes", "life")
