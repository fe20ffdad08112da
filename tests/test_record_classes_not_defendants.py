"""Precision classes seen on unannotated court news (issue 11, classes 4 and 8), each in
several phrasings of our own: the names of a list opened by a plural court title ("appeal
judges A, B and C") are officials; the outlet a report is credited to ("according to X
magazine", "the X reported") is no defendant; a title alone ("Vice President") or a country
or demonym the NER calls a person ("Sri Lankan") is no name; a passage the page repeats
states its outcome once; an address ("of Mill Road") is no name; the agent of a passive
outcome ("handed down by X") gave it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "appeal-judges-list": "Appeal judges Helen Marsh, Tom Reid and Ian Cole today found that it "
                          "had been open to the jury to find her guilty.",
    "judges-split": "The verdict was split, with judges Anna Perera and Kamal Dias finding "
                    "Ruwan Silva guilty of murder.",
    "justices-upheld": "Justices Mary Obi and Peter Eze upheld the conviction of Musa Bello "
                       "for fraud.",
    "magistrates-list": "Magistrates Ann Lowe and Joe Banda convicted Chanda Mumba of theft "
                        "on Monday.",
    "according-to-magazine": "According to Tempo magazine, Wulan was found guilty of "
                             "corruption.",
    "according-to-paper": "According to the Daily Courier, Moretti was convicted of bribery.",
    "outlet-reported": "Earlier, The Daily Courier reported how Sheriff Amy Lowe had sentenced "
                       "an accused who had admitted theft to 90 days.",
    "vice-president": "In May 2023, a former Vice President of Parliament received a six-year "
                      "sentence for influence peddling.",
    "prime-minister": "A former Deputy Prime Minister was sentenced to four years in prison "
                      "for abuse of office.",
    "demonym-in-lead": "The High Court on Thursday sentenced a former Sri Lankan lawmaker, "
                       "Nimal Perera, and three others to death for murder. Delivering the "
                       "verdict in one of Sri Lanka's biggest cases, the court sentenced to "
                       "death 4 of the 9 defendants.",
    "repeated-caption": "A baker from Omsk has been given a jail term of two years on a charge "
                        "of insulting officials.\nVideo: Omsk baker jailed\nA baker from Omsk "
                        "has been given a jail term of two years on a charge of insulting "
                        "officials.",
    "agent-facility": "It marked the first sentence for the former minister, handed down by "
                      "the Lyon Correctional Facility in March 2021.",
    "agent-court": "The first sentence for the politician, handed down by the Paris Criminal "
                   "Court in 2021, was three years.",
    "agent-judge": "Ali Musa was sentenced by Judge Karen Wells to two years in prison.",
    "address-of": "The 32-year-old of Hill Terrace, Dundee, was sentenced to 25 months for "
                  "an assault.",
    "address-comma": "The 41-year-old, of Mill Road, Leeds, was jailed for two years.",
    "street-surname": "Sarah Lane was jailed for two years for fraud.",
    "name-then-address": "Sentencing Anna Close, of Kirov Street, the judge said she had shown "
                         "no remorse. She was jailed for four years.",
    "two-like-cases": "A man was jailed for two years for theft in Leeds. In a separate case, "
                      "a man was jailed for two years for theft in York.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", ["appeal-judges-list", "judges-split", "justices-upheld",
                                 "magistrates-list"])
def test_a_list_after_a_plural_title_holds_officials(records: dict[str, list[Record]],
                                                     key: str) -> None:
    judges = {"Helen Marsh", "Tom Reid", "Ian Cole", "Anna Perera", "Kamal Dias", "Mary Obi",
              "Peter Eze", "Ann Lowe", "Joe Banda"}
    assert not {r.person for r in records[key]} & judges


@pytest.mark.parametrize(("key", "person"), [
    ("justices-upheld", "Musa Bello"),
    ("magistrates-list", "Chanda Mumba"),
])
def test_the_defendant_beside_a_bench_is_kept(records: dict[str, list[Record]], key: str,
                                              person: str) -> None:
    assert person in {r.person for r in records[key]}


@pytest.mark.parametrize(("key", "outlet"), [
    ("according-to-magazine", "Tempo"),
    ("according-to-paper", "Daily Courier"),
    ("outlet-reported", "Daily Courier"),
])
def test_the_source_of_a_report_is_no_defendant(records: dict[str, list[Record]], key: str,
                                                outlet: str) -> None:
    assert all(outlet not in (r.person or "") for r in records[key])


def test_the_reported_outcome_stays_unnamed(records: dict[str, list[Record]]) -> None:
    [rec] = records["outlet-reported"]
    assert (rec.person, rec.sentence_months, rec.charge) == (None, 3.0, "theft")


@pytest.mark.parametrize("key", ["vice-president", "prime-minister"])
def test_a_title_alone_is_no_name(records: dict[str, list[Record]], key: str) -> None:
    [rec] = records[key]
    assert rec.person is None and rec.sentence_months is not None


def test_a_demonym_is_no_person(records: dict[str, list[Record]]) -> None:
    recs = records["demonym-in-lead"]
    assert all("Lanka" not in (r.person or "") for r in recs)
    [named] = [r for r in recs if r.person]
    assert (named.person, named.sentence_type) == ("Nimal Perera", "death")


def test_a_repeated_passage_states_its_outcome_once(records: dict[str, list[Record]]) -> None:
    assert len(records["repeated-caption"]) == 1


def test_two_like_outcomes_in_two_places_stay_two(records: dict[str, list[Record]]) -> None:
    assert sorted(r.city or "" for r in records["two-like-cases"]) == ["Leeds", "York"]


@pytest.mark.parametrize(("key", "giver"), [
    ("agent-facility", "Lyon Correctional Facility"),
    ("agent-court", "Paris Criminal Court"),
    ("agent-judge", "Karen Wells"),
])
def test_a_passive_outcomes_agent_gave_it(records: dict[str, list[Record]], key: str,
                                          giver: str) -> None:
    assert all(giver not in (r.person or "") for r in records[key])
    assert key != "agent-judge" or [r.person for r in records[key]] == ["Ali Musa"]


@pytest.mark.parametrize("key", ["address-of", "address-comma"])
def test_an_address_is_no_name(records: dict[str, list[Record]], key: str) -> None:
    assert all(r.person is None for r in records[key])


@pytest.mark.parametrize(("key", "person"), [("street-surname", "Sarah Lane"),
                                             ("name-then-address", "Anna Close")])
def test_a_surname_like_a_street_word_stays(records: dict[str, list[Record]], key: str,
                                            person: str) -> None:
    assert [r.person for r in records[key]] == [person]
