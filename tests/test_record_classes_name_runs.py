"""Defendants the statistical NER does not tag, found by how news writes about people: a
run of capitalised words whose last word the article repeats alone ("Imran Qadri stabbed
... The judge jailed Qadri for life") is that person's full name, in several phrasings of
our own; an organisation, a place or a court the article also shortens is never one. A given
name the NER took for a place, before a surname it did tag, stays part of the name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 11, 8)

TEXTS: dict[str, str] = {
    "object-surname": "Imran Qadri stabbed a co-worker to death at a warehouse in Leyton in "
                      "March. Qadri was arrested in Glasgow a week later. The family of the "
                      "victim attended the hearing as the judge jailed Qadri for 18 years.",
    "subject-surname": "Doniyor Rakhimzoda was detained at the airport in Dushanbe in May. On "
                       "Monday Rakhimzoda was sentenced to seven years in prison.",
    "three-words": "Ladislav Petr Hruby ran the fund for a decade. Investors lost their "
                   "savings. Hruby was convicted of fraud in Brno on Tuesday.",
    "given-as-place": "Amanbai Sagidullaev and Nietbai Orazbaev were sentenced to 18 and 12 "
                      "years respectively, the Supreme Court said.",
    "place-before-name": "A Tashkent court sentenced Bekzod Yuldashev to six years on Monday.",
    # ---- runs that are not people
    "org-shortened": "The Grand Mosque Committee said it would appeal. Committee members "
                     "were not charged. Samir Haddad was jailed for two years in Amman.",
    "court-shortened": "The trial took place at Snaresbrook Crown Court. Crown lawyers said "
                       "Lee Dunn, 33, was jailed for four years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("object-surname", "Imran Qadri", 216),
    ("subject-surname", "Doniyor Rakhimzoda", 84),
    ("three-words", "Ladislav Petr Hruby", None),
])
def test_a_repeated_surname_gives_the_full_name(
        records: dict[str, list[Record]], key: str, person: str, months: int | None) -> None:
    assert [(r.person, r.sentence_months) for r in records[key]] == [(person, months)]


@pytest.mark.parametrize(("key", "person"), [
    ("org-shortened", "Samir Haddad"), ("court-shortened", "Lee Dunn")])
def test_organisations_and_courts_are_never_names(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    assert [r.person for r in records[key]] == [person]


@pytest.mark.parametrize(("key", "people"), [
    ("given-as-place", {"Amanbai Sagidullaev": 216, "Nietbai Orazbaev": 144}),
    ("place-before-name", {"Bekzod Yuldashev": 72}),
])
def test_a_given_name_the_ner_took_for_a_place_stays_in_the_name(
        records: dict[str, list[Record]], key: str, people: dict[str, int]) -> None:
    assert {r.person: r.sentence_months for r in records[key]} == people
