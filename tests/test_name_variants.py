"""One defendant under two forms of a name, merged when the article leaves no doubt: a
given name or a surname alone is the one fuller name that bears it (``spelling_variants``)."""

from __future__ import annotations

from extract.records.naming import spelling_variants
from extract.records.people import person_key


def _keys(*names: str) -> list[tuple[tuple[str, str], int]]:
    return [(("name", person_key(n)), i) for i, n in enumerate(names)]


def test_a_surname_alone_is_the_one_person_of_that_surname() -> None:
    got = spelling_variants(_keys("Ertai Qudaibergenov", "Polat Zhiemuratov", "Qudaibergenov"))
    assert got == {("name", "qudaibergenov"): ("name", person_key("Ertai Qudaibergenov"))}


def test_a_given_name_alone_is_the_one_person_of_that_given_name() -> None:
    got = spelling_variants(_keys("Jauhien Shajbak", "Jauhien"))
    assert got == {("name", "jauhien"): ("name", person_key("Jauhien Shajbak"))}


def test_a_surname_two_people_share_stays_apart() -> None:
    assert spelling_variants(_keys("Anna Sargsyan", "Karen Sargsyan", "Sargsyan")) == {}


def test_a_word_that_is_one_persons_given_name_and_anothers_surname_stays_apart() -> None:
    assert spelling_variants(_keys("Ali Karimov", "Rustam Ali", "Ali")) == {}
