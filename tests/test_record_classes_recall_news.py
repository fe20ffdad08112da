"""Recall and precision classes found by reading the misses of unseen court news
(bench/misses.py), each in several phrasings of our own: "locked up for N years" as a jail
outcome; the bench is no defendant ("Delivering the ruling, the trial Judge, Dr X, said the
four accused were found guilty"); an address's district after "of <street>," and a venue a
common noun owns ("the city’s X Inn") are no persons; a quoted nickname after a listed
name ("The convicts were A ‘Bonge,’ B and C") is left out and the list goes on, also where a
hard-wrapped text breaks a short line inside it; and a
subject pronoun's term goes to the one unnamed defendant convicted a few sentences before
("A man was convicted ... He was sentenced to 90 hours community service"); with their
look-alikes that state no such outcome."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    # ---- "locked up for" a term
    "locked-passive": "Mark Ellery was locked up for eight years after admitting robbery at "
                      "Hull Crown Court.",
    "locked-active": "A judge at Leeds Crown Court locked Ray Hart up for six years for arson.",
    "locked-after-jailed": "At an earlier hearing Tom Pryce, 46, of Kirk Lane, Horsforth, was "
                           "convicted of burglary. Pryce was locked up for nine years after "
                           "also admitting theft.",
    "locked-night": "Dean Marsh was arrested and locked up for the night at Selby police "
                    "station.",
    # ---- the bench speaking of the defendants is none of them
    "judge-appos-dr": "Delivering the ruling, the trial Judge, Dr Peter Mwanza, said the four "
                      "accused were found guilty of murder.",
    "judge-appos-mr": "Delivering the ruling, the trial judge, Mr Samuel Okello, said the three "
                      "accused were found guilty of robbery.",
    "judge-in-charge": "Delivering the ruling, the trial Judge in Charge, Mr Peter Mwanza, said "
                       "the three accused were found guilty of maiming.",
    "judge-title": "Reading the judgment, Judge Amos Tembo said the five accused were found "
                   "guilty of theft.",
    "judge-names-defendant": "Judge Amos Tembo said Paul Banda was found guilty of theft.",
    "judge-defendant": "A Denver municipal court judge pleaded guilty on Monday to wire fraud "
                       "charges.",
    # ---- an address's district, a venue owned by a common noun
    "address-district": "At Carlisle Crown Court Tom Pryce, 46, of Oak Lane, Kirkby Stephen, "
                        "and Dean Hart, 41, of Mill Avenue, Stanford Rivers, were jailed after "
                        "admitting conspiracy to import cannabis.",
    "possessed-venue": "A Kirkton man carried out an assault in a Selby pub.\n\nRoss Jepson has "
                       "been locked up again after admitting the attack in the city’s Baxter "
                       "Hill Inn on June 3 2022.\n\nSelby Magistrates Court heard how "
                       "Jepson’s victim lost a tooth.\n\nThe 29-year-old of Manor Terrace, "
                       "Selby, was sentenced to 20 months for the assault.",
    # ---- quoted nicknames in a list of names
    "nickname-list": "The High Court in Mbeya yesterday sentenced four people to 15 years in "
                     "jail each for robbery. The convicts were Juma Kessy ‘Bonge,’ Peter "
                     "Mollel, Hassan Mrisho and Ally Shabani ‘Mzee mdogo.’",
    "nickname-double": "The High Court in Mbeya yesterday sentenced three people to 15 years in "
                       "jail each for robbery. The convicts were Juma Kessy “Bonge”, Peter "
                       "Mollel and Ally Shabani.",
    "nickname-single": "Juma Kessy ‘Bonge’ was jailed for 15 years for robbery by the High "
                       "Court in Mbeya.",
    # ---- hard-wrapped text re-broken after a few words: a short line mid-sentence
    "wrapped-short-line": "THE High Court of Tanzania, Mbeya Zone, yesterday jailed five people "
                          "for robbery after a trial\nthat lasted two months and heard evidence "
                          "from eleven witnesses, including\nthe owner of the shop and two "
                          "police officers who arrested the men near\nthe market in Mbeya "
                          "town.\nThe convicts were Juma Kessy ‘Bonge\nMkubwa,’ Peter Mollel, "
                          "Hassan Mrisho, Musa Hamisi and Ally Shabani.\n",
    "wrapped-headline": "Court jails robber in Mbeya town\nA man who robbed a shop in Mbeya was "
                        "jailed for 15 years by the High Court on Friday.\n",
    # ---- a pronoun after an unnamed defendant
    "pronoun-hours": "A 31-year-old man was convicted of vandalism at Ayr Sheriff Court after "
                     "kicking a bus shelter. He was sentenced to 90 hours community service.",
    "pronoun-months": "A 31-year-old man was convicted of vandalism at Ayr Sheriff Court after "
                      "kicking a bus shelter. The bus shelter made no complaint. He was "
                      "sentenced to nine months in prison.",
    "pronoun-woman": "A 40-year-old woman was found guilty of fraud at Ayr Sheriff Court on "
                     "Monday. The money was never found. She was jailed for two years.",
    "pronoun-other-gender": "A 40-year-old woman was found guilty of fraud at Ayr Sheriff Court "
                            "on Monday. He was jailed for two years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("locked-passive", "Mark Ellery", 96), ("locked-active", "Ray Hart", 72),
    ("locked-after-jailed", "Tom Pryce", 108)])
def test_locked_up_for_a_term_is_a_jail_term(records: dict[str, list[Record]], key: str,
                                             person: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.outcome, rec.sentence_type) == (
        person, Outcome.CONVICTED, SentenceType.PRISON)
    assert rec.sentence_months == months


def test_locked_up_for_the_night_is_no_outcome(records: dict[str, list[Record]]) -> None:
    assert records["locked-night"] == []


@pytest.mark.parametrize("key", ["judge-appos-dr", "judge-appos-mr", "judge-in-charge",
                                 "judge-title"])
def test_the_judge_speaking_of_the_accused_is_no_defendant(
        records: dict[str, list[Record]], key: str) -> None:
    judges = {"Peter Mwanza", "Samuel Okello", "Amos Tembo"}
    assert not [r for r in records[key] if r.person in judges or (
        r.person is None and r.group_size == 1)]


def test_a_judge_still_names_the_defendant_and_may_be_one(
        records: dict[str, list[Record]]) -> None:
    assert only_record(records, TEXTS, "judge-names-defendant").person == "Paul Banda"
    rec = only_record(records, TEXTS, "judge-defendant")
    assert (rec.person, rec.group_size, rec.outcome) == (None, 1, Outcome.CONVICTED)


def test_an_address_district_is_no_defendant(records: dict[str, list[Record]]) -> None:
    recs = records["address-district"]
    assert sorted(r.person or "" for r in recs) == ["Dean Hart", "Tom Pryce"]
    assert all(r.city == "Carlisle" for r in recs)


def test_a_venue_a_noun_owns_is_no_defendant(records: dict[str, list[Record]]) -> None:
    recs = records["possessed-venue"]
    assert [r.person for r in recs] == ["Ross Jepson"]
    assert recs[0].sentence_months == 20


@pytest.mark.parametrize(("key", "people"), [
    ("nickname-list", ["Juma Kessy", "Peter Mollel", "Hassan Mrisho", "Ally Shabani"]),
    ("nickname-double", ["Juma Kessy", "Peter Mollel", "Ally Shabani"])])
def test_a_quoted_nickname_neither_ends_the_list_nor_joins_the_name(
        records: dict[str, list[Record]], key: str, people: list[str]) -> None:
    recs = records[key]
    assert [r.person for r in recs] == people
    assert all(r.sentence_months == 180 and r.city == "Mbeya" for r in recs)


def test_a_nickname_alone_is_no_person(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "nickname-single")
    assert (rec.person, rec.sentence_months) == ("Juma Kessy", 180)


@pytest.mark.parametrize(("key", "months", "kind"), [
    ("pronoun-hours", None, SentenceType.COMMUNITY_SERVICE),
    ("pronoun-months", 9, SentenceType.PRISON), ("pronoun-woman", 24, SentenceType.PRISON)])
def test_the_pronoun_term_goes_to_the_unnamed_defendant_before(
        records: dict[str, list[Record]], key: str, months: int | None,
        kind: SentenceType) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size, rec.city) == (None, 1, "Ayr")
    assert (rec.sentence_months, rec.sentence_type) == (months, kind)
    assert rec.charge is not None


def test_a_pronoun_of_the_other_gender_is_someone_else(
        records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "pronoun-other-gender")
    assert (rec.person, rec.charge, rec.sentence) == (None, "fraud", None)


def test_a_short_line_of_a_hard_wrapped_text_continues_its_sentence(
        records: dict[str, list[Record]]) -> None:
    recs = records["wrapped-short-line"]
    assert [r.person for r in recs] == ["Juma Kessy", "Peter Mollel", "Hassan Mrisho",
                                        "Musa Hamisi", "Ally Shabani"]
    assert all(r.charge == "robbery" for r in recs)


def test_a_headline_line_stays_apart_from_the_prose(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "wrapped-headline")
    assert (rec.person, rec.sentence_months) == (None, 180)
    assert rec.evidence.startswith("A man who robbed")


# a quoted nickname between the given name and the surname, where the NER took only a part
# of the whole for a person: the name is whole, the nickname left out
INNER_NICKNAMES: dict[str, tuple[str, str]] = {
    "curly": ("The court found Rudi “Bimbo” Hartono guilty of blasphemy and sentenced him to "
              "two years.", "Rudi Hartono"),
    "straight-title": ("A court sentenced Gov. Rudi \"Bimbo\" Hartono Wibowo to two years in "
                       "prison for blasphemy on Tuesday.", "Rudi Hartono Wibowo"),
    "military-court": ("The military court in Bamenda found radio host Ndifor “KCB” Nkwain "
                       "guilty of secession, and jailed him for 12 years.", "Ndifor Nkwain"),
}


@pytest.mark.parametrize("key", sorted(INNER_NICKNAMES))
def test_a_nickname_inside_a_name_keeps_the_name_whole(key: str) -> None:
    text, person = INNER_NICKNAMES[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.person for r in recs] == [person], recs
