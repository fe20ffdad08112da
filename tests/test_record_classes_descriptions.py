"""Reference classes read on unannotated court news, in phrasings of our own: a definite
description ("the teacher", "the former mayor", "the 34-year-old") is the one person the
text introduced with that role or age, and nobody when two were ("Glen Ward, 40, and Rita
Moss, 40, ... The 40-year-old"); "the accused" (singular) and "the convict" are the person
named just before, as "the defendant" is; a definite description after one unnamed
defendant ("A former prison guard was convicted ... The guard was found guilty") is that
defendant again, one record, not two."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "role-appos": "KADUNA — Police arrested Musa Bello, a schoolteacher, in March after "
                  "parents complained. On Tuesday the teacher was sentenced to four years in "
                  "prison for assault.",
    "role-title": "PERTH — Former police officer Glen Ward was charged in 2021 with bribery. "
                  "The former officer was jailed for three years on Friday.",
    "role-mayor": "ABUJA — Ahmed Sule, a former mayor of Kaduna, was arrested in 2019 over a "
                  "land deal. On Thursday, the former mayor was sentenced to seven years in "
                  "prison for fraud.",
    "age-subject": "HOUSTON — Carla Benson, 34, stole money from elderly clients over six "
                   "years. The 34-year-old was sentenced to eight years in prison on Tuesday.",
    "age-object": "TULSA — Dean Hollis, 29, set fire to a neighbour's barn in March. A judge "
                  "sentenced the 29-year-old to five years in prison on Monday.",
    "age-two": "PERTH — Glen Ward, 40, and Rita Moss, 40, were charged in 2021 with bribery. "
               "The 40-year-old was jailed for three years on Friday.",
    "role-two": "CORK — Teacher Liam Daly and teacher Ronan Burke were charged in 2021 with "
                "assault. The teacher was jailed for three years on Friday.",
    "accused": "NAIROBI — Detectives arrested John Kamau in 2020 over a land fraud. The "
               "accused was sentenced to five years in prison by the Milimani court on Monday.",
    "convict": "MOMBASA — Police arrested Hassan Ali Omar at the port in 2021. The convict "
               "was jailed for seven years by the Mombasa court on Tuesday.",
    "unnamed-same-noun": "A former prison guard was convicted of assault in Leeds on Monday. "
                         "The guard was found guilty of misconduct in public office as well.",
    "unnamed-convict": "A man was sentenced to life in prison for killing three people in "
                       "Kano. The convict was found guilty of murder and armed robbery.",
    "unnamed-man": "A court in Tver sentenced a resident of Donetsk to 12 years in prison for "
                   "treason on Friday. The unnamed man was found guilty of helping saboteurs.",
    "unnamed-other": "A man was jailed for six years for fraud in Leeds on Monday. The other "
                     "man was found guilty of helping him.",
    "unnamed-woman": "A woman was jailed for six years for fraud in Leeds on Monday. The man "
                     "was found guilty of helping her.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("role-appos", "Musa Bello", 48),
    ("role-title", "Glen Ward", 36),
    ("role-mayor", "Ahmed Sule", 84),
    ("age-subject", "Carla Benson", 96),
    ("age-object", "Dean Hollis", 60),
    ("accused", "John Kamau", 60),
    ("convict", "Hassan Ali Omar", 84),
])
def test_description_is_the_person_introduced(records: dict[str, list[Record]], key: str,
                                              person: str, months: int) -> None:
    got = records[key]
    assert [(r.person, r.sentence_months) for r in got] == [(person, months)]


@pytest.mark.parametrize("key", ["age-two", "role-two"])
def test_two_people_fit_so_nobody_is_guessed(records: dict[str, list[Record]],
                                             key: str) -> None:
    assert all(r.person is None for r in records[key])
    assert not any(r.person for r in records[key])


@pytest.mark.parametrize(("key", "months"), [
    ("unnamed-same-noun", None),
    ("unnamed-convict", None),
    ("unnamed-man", 144),
])
def test_description_of_the_unnamed_defendant_is_one_record(
        records: dict[str, list[Record]], key: str, months: int | None) -> None:
    got = records[key]
    assert len(got) == 1
    assert got[0].person is None and got[0].group_size == 1
    assert got[0].sentence_months == months


@pytest.mark.parametrize("key", ["unnamed-other", "unnamed-woman"])
def test_another_person_is_another_record(records: dict[str, list[Record]], key: str) -> None:
    assert len(records[key]) == 2


# "the couple", "the quartet": the people the sentences before list, that many ("a couple"
# is someone else)
COUNT_TEXTS: dict[str, str] = {
    "couple-aged": "LEEDS — Tom Blake, 31, and his partner Amy Rowe, 29, ran a cannabis farm in "
                   "a rented house. The couple were jailed for two years each on Friday.",
    "couple-fined": "DERBY — Sam Cole and Jo Ward sold fake vouchers online from a flat in "
                    "Derby. The couple were each fined £2,000 on Friday.",
    "quartet": "LEEDS — Tom Blake, Amy Rowe, Dan Hill and Eve Kerr ran a cannabis farm in "
               "Leeds. The quartet were jailed for two years each on Friday.",
    "a-couple": "LEEDS — Tom Blake ran a cannabis farm in a rented house in Leeds. A couple "
                "were each fined £2,000 on Friday for helping him.",
}


@pytest.fixture(scope="module")
def count_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), COUNT_TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("couple-aged", {"Tom Blake", "Amy Rowe"}),
    ("couple-fined", {"Sam Cole", "Jo Ward"}),
    ("quartet", {"Tom Blake", "Amy Rowe", "Dan Hill", "Eve Kerr"}),
])
def test_counted_noun_is_the_people_listed(count_records: dict[str, list[Record]], key: str,
                                           people: set[str]) -> None:
    assert {r.person for r in count_records[key]} == people


def test_a_couple_is_someone_else(count_records: dict[str, list[Record]]) -> None:
    got = count_records["a-couple"]
    assert [(r.person, r.group_size) for r in got] == [(None, 2)]
