"""One defendant told of several times is one record (GUIDELINES: one record per defendant
per proceeding): an unnamed defendant a headline, a lead and the body each tell of; an amount
parsed as the one fined; a conviction retold in the past perfect. Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "death-twice": "A protester was sentenced to death by a court in Karvan on Monday, state "
                   "media reported. Rights groups condemned the ruling. The court handed down "
                   "the death sentence to a protester accused of setting fire to a police "
                   "station.",
    "mp-twice": "An MP was sentenced to 12 years in prison on Monday in Valmora. The sentence "
                "came after a long trial. According to the court, an MP was sentenced to 12 "
                "years in prison for taking bribes.",
    "headline-lead": "Ex-officer sentenced to 15 years\nA former police officer was sentenced "
                     "to 15 years in prison on Wednesday in Dunmore for shooting a teenager.",
    "man-woman": "A man was jailed for two years in Pellton on Friday for burglary. A woman "
                 "was jailed for two years for handling stolen goods.",
    "another-man": "A man was jailed for three years in Pellton on Friday for arson. Another "
                   "man was jailed for three years for the same fire.",
    "her-husband": "A woman was jailed for six years in Tarn on Monday for fraud. Her husband "
                   "was convicted of the same fraud.",
    "sum-of": "A court in Brennick on Monday jailed Tomas Varga for six years for fraud. Judge "
              "Lisa Mott also fined Varga a sum of 40,000 euros.",
    "total-of": "A court in Lodmer sentenced Petra Ilic to four years in prison on Thursday. "
                "The judge further fined Ilic a total of $25,000 for tax evasion.",
    "had-been-convicted": "Maria Stelle, the mayor of Korvin, was jailed for two years on "
                          "Monday for bribery. Stelle had been convicted after a three-week "
                          "trial.",
    "had-earlier": "A court in Halden sentenced Oskar Brandt to five years in prison on "
                   "Friday. Brandt had earlier been found guilty of taking bribes from "
                   "builders.",
    "on-the-accused": "A court in Norrby on Tuesday convicted several environmental activists of "
                      "arson. The court imposed a three-year prison sentence on the accused. "
                      "Those convicted include Lars Ekholm, Jonas Bergqvist and Eva Lindgren.",
    "judge-imposed": "A court in Sarva on Friday found a group of opposition supporters guilty "
                     "of treason. The judge imposed a seven-year prison term on the accused. "
                     "Those found guilty include Amos Keter, Daniel Rono and Peter Kiprop.",
    "partner-pardia": "A court in Pardia jailed Omar Haddad and a former finance minister for "
                      "five years on Monday.\nRights groups said the trial was unfair. A court "
                      "in Pardia jailed former premier Omar Haddad and a former finance minister "
                      "for five years on Monday, court officials said. The two men had denied "
                      "the charges. Haddad and former finance minister Samir Aoun were fined "
                      "$10,000 each for bribery.",
    "and-four-others": "A court in Kandor found Ravi Perera and four others guilty of murdering "
                       "a councillor on Monday. The judge sentenced the five men to death.",
    "two-co-accused": "Jaya Silva and two co-accused were convicted of robbery in Galle on "
                      "Friday. The three were each jailed for six years.",
    "others-miscount": "A court in Kandor found Ravi Perera and three others guilty of "
                       "murdering a councillor on Monday. The judge sentenced the five men to "
                       "death.",
    "described-pastor": "A court in Brno convicted Jan Novak, a local pastor, and Petr Svoboda "
                        "of fraud on Monday. Svoboda was jailed for two years. A local pastor "
                        "was given a suspended sentence of one year in the same case.",
    "described-teacher": "The supreme court in Kavala overturned the conviction of a retired "
                         "teacher sentenced to death for blasphemy. The judges acquitted Maria "
                         "Doukas, a retired teacher, of all charges on Tuesday.",
    "described-twice": "A court in Brno convicted Jan Novak, a local farmer, and Petr Svoboda, "
                       "a local farmer, of fraud on Monday. A local farmer was jailed for two "
                       "years.",
    "nickname-quote": "A court in Cairo sentenced three activists on Monday. Blogger Karim "
                      "“Falcon” Haddad and lawyer Sami Nour were sentenced to four years for "
                      "spreading false news. “Karim Falcon was sentenced to four years and Nour "
                      "four years,” his sister said.",
    "nickname-rapper": "Rapper Luis \"Flaco\" Ortega was jailed for six years in Cali on "
                       "Friday for extortion. Fans gathered outside as Luis Flaco was sentenced "
                       "to six years.",
    "willingness-plea": "A court in Gulu jailed 12 opposition supporters for two years on "
                        "Monday. Last week, the supporters indicated a willingness to plead "
                        "guilty to charges including treason.",
    "intention-plea": "A court in Mbale jailed four traders for a year on Friday. Earlier the "
                      "traders had announced their intention to plead guilty to smuggling.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "charge", "kind"), [
    ("death-twice", "setting fire to a police station", SentenceType.DEATH),
    ("mp-twice", "taking bribes", SentenceType.PRISON),
    ("headline-lead", "shooting a teenager", SentenceType.PRISON),
])
def test_unnamed_defendant_told_again_is_one_record(
        records: dict[str, list[Record]], key: str, charge: str, kind: SentenceType) -> None:
    recs = records[key]
    assert len(recs) == 1, recs
    assert recs[0].person is None and recs[0].group_size == 1
    assert recs[0].charge == charge and recs[0].sentence_type is kind


@pytest.mark.parametrize("key", ["man-woman", "another-man", "her-husband"])
def test_two_unnamed_defendants_with_one_term_stay_two(
        records: dict[str, list[Record]], key: str) -> None:
    assert len(records[key]) == 2, records[key]


@pytest.mark.parametrize(("key", "person", "fine"), [
    ("sum-of", "Tomas Varga", "40,000 euros"),
    ("total-of", "Petra Ilic", "$25,000"),
])
def test_amount_is_no_defendant(records: dict[str, list[Record]], key: str, person: str,
                                fine: str) -> None:
    recs = records[key]
    assert [r.person for r in recs] == [person], recs
    assert fine in (recs[0].sentence or "") and recs[0].sentence_type is SentenceType.PRISON


@pytest.mark.parametrize(("key", "person", "charge", "months"), [
    ("had-been-convicted", "Maria Stelle", "bribery", 24.0),
    ("had-earlier", "Oskar Brandt", "taking bribes", 60.0),
])
def test_retold_conviction_is_the_same_record(records: dict[str, list[Record]], key: str,
                                              person: str, charge: str, months: float) -> None:
    recs = records[key]
    assert [r.person for r in recs] == [person], recs
    assert recs[0].charge == charge and recs[0].sentence_months == months


@pytest.mark.parametrize(("key", "people", "months"), [
    ("on-the-accused", {"Lars Ekholm", "Jonas Bergqvist", "Eva Lindgren"}, 36.0),
    ("judge-imposed", {"Amos Keter", "Daniel Rono", "Peter Kiprop"}, 84.0),
])
def test_the_accused_are_the_named_defendants(records: dict[str, list[Record]], key: str,
                                              people: set[str], months: float) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people, recs
    assert all(r.sentence_months == months for r in recs), recs


def test_unnamed_partner_is_the_one_named_later(records: dict[str, list[Record]]) -> None:
    recs = records["partner-pardia"]
    assert [r.person for r in recs] == ["Omar Haddad", "Samir Aoun"], recs
    assert recs[1].sentence_months == 60.0 and recs[1].sentence_type is SentenceType.PRISON


@pytest.mark.parametrize(("key", "person", "others", "kind"), [
    ("and-four-others", "Ravi Perera", 4, SentenceType.DEATH),
    ("two-co-accused", "Jaya Silva", 2, SentenceType.PRISON),
])
def test_named_lead_and_others_counted_once(records: dict[str, list[Record]], key: str,
                                            person: str, others: int,
                                            kind: SentenceType) -> None:
    recs = records[key]
    assert [(r.person, r.group_size) for r in recs] == [(person, 1), (None, others)], recs
    assert all(r.sentence_type is kind and r.charge for r in recs), recs


def test_named_lead_with_another_count_keeps_the_group(
        records: dict[str, list[Record]]) -> None:
    # (the three others are their own group since "A and N others" is read: main's lists)
    sizes = [r.group_size for r in records["others-miscount"]]
    assert sizes[0] == 1 and 5 in sizes, sizes


def test_description_in_apposition_names_the_unnamed(records: dict[str, list[Record]]) -> None:
    pastor = records["described-pastor"]
    assert [r.person for r in pastor] == ["Jan Novak", "Petr Svoboda"], pastor
    assert pastor[0].sentence_type is SentenceType.SUSPENDED and pastor[0].sentence_months == 12
    teacher = records["described-teacher"]
    assert [(r.person, r.outcome) for r in teacher] == [("Maria Doukas", Outcome.DISMISSED)]


def test_description_of_two_named_names_no_one(records: dict[str, list[Record]]) -> None:
    recs = records["described-twice"]
    assert all(r.sentence_months is None for r in recs if r.person), recs


@pytest.mark.parametrize(("key", "people"), [
    ("nickname-quote", ["Karim Haddad", "Sami Nour"]),
    ("nickname-rapper", ["Luis Ortega"]),
])
def test_quoted_nickname_is_the_same_person(records: dict[str, list[Record]], key: str,
                                            people: list[str]) -> None:
    assert [r.person for r in records[key]] == people, records[key]


@pytest.mark.parametrize(("key", "size"), [("willingness-plea", 12), ("intention-plea", 4)])
def test_a_plea_only_intended_is_no_record(records: dict[str, list[Record]], key: str,
                                           size: int) -> None:
    assert [(r.person, r.group_size) for r in records[key]] == [(None, size)], records[key]
