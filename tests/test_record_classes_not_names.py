"""Names that are not defendants' names, seen on unannotated court news (issue 11, class 8),
each in several phrasings of our own: a movement or leader before a plural people noun
("several Hirak activists", "Navalny supporters") is whose they are, not who; an acronym in
parentheses after a party's country is no nickname joining the country to the next name; the
victim of the defendant's act ("who stabbed pensioner X") and a court or an organisation the
trained tagger marks are never a defendant."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "movement-activists": "Algerian courts sentenced several Hirak activists to prison terms "
                          "on Monday.",
    "leader-supporters": "A court jailed three Navalny supporters for two years each.",
    "preacher-followers": "Ten Gulen followers were sentenced to life in prison.",
    "movement-activist-named": "The court sentenced Hirak activist Ali Mansouri to two years "
                               "in prison.",
    "party-acronym": "The Baku Grave Crimes Court sentenced activist of the Popular Front Party "
                     "of Azerbaijan (PFPA) Elnur Mammadli to 6 years in prison.",
    "union-acronym": "A member of the Democratic Union of Kenya (DUK) Peter Otieno was jailed "
                     "for two years.",
    "real-nickname": "Andres (Andy) Fernandez was sentenced to six years in prison.",
    "quoted-nickname": "The military court in Yaounde found radio journalist Paul “Lion” "
                       "Nkwenti guilty of acts of terrorism and sentenced him to 15 years in "
                       "prison.",
    # the victim of the defendant's act is never the defendant
    "killed-victim": "The 19-year-old man who killed schoolboy Tom Reed with a knife has been "
                     "convicted of murder.",
    "stabbed-victim": "The woman who stabbed pensioner Ann Hill has been jailed for life.",
    "hit-victim": "The driver who hit cyclist Amy Ross was fined 500 pounds.",
    "attacked-victim": "A man who attacked Paul Stone outside a pub was jailed for 18 months.",
    "apposition-kept": "A rapper, Marcus Dale, was jailed for two years.",
    # a court or an organisation is never a defendant's name
    "magistrates-court": "THE Lusaka Magistrates’ Court has convicted and sentenced a "
                         "26-year-old woman to two years imprisonment for theft.",
    "brotherhood": "An Egyptian court has sentenced ten members of the banned Muslim "
                   "Brotherhood to death.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("movement-activists", []),
    ("leader-supporters", []),
    ("preacher-followers", []),
    ("movement-activist-named", ["Ali Mansouri"]),
    ("party-acronym", ["Elnur Mammadli"]),
    ("union-acronym", ["Peter Otieno"]),
    ("real-nickname", ["Andres Fernandez"]),
    ("quoted-nickname", ["Paul Nkwenti"]),  # (GUIDELINES: aliases left out)
    ("killed-victim", []), ("stabbed-victim", []), ("hit-victim", []), ("attacked-victim", []),
    ("apposition-kept", ["Marcus Dale"]),
    ("magistrates-court", []), ("brotherhood", []),
])
def test_only_people_are_named(records: dict[str, list[Record]], key: str,
                               people: list[str]) -> None:
    assert sorted(r.person for r in records[key] if r.person) == people


@pytest.mark.parametrize(("key", "size"), [("leader-supporters", 3),
                                           ("preacher-followers", 10)])
def test_counted_followers_stay_a_group(records: dict[str, list[Record]], key: str,
                                        size: int) -> None:
    assert [r.group_size for r in records[key]] == [size]
