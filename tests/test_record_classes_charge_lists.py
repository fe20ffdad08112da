"""Charge error classes read on unannotated court news (a read-silver slice), each in several
phrasings of our own: the class of crime an offence is convicted as ("murder as a crime
against humanity", "rape as a war crime", "as a serious violation of the Geneva
Conventions") is part of the offence and does not end a list of them, while "as" before
anything else still ends it; the last of a list of gerund offences after a serial comma
(", and causing bodily harm") is kept, while a participle clause after a bare comma
(", saying ...") or a clause after ", and" is not; a list of offences ending in "two counts
of Y" is the whole list ("jailed for burglary and two counts of theft"), not Y alone, while
"on one count of X" and "for the count of X" still name X."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    # ---- the class of crime an offence is convicted as
    "humanity-list": "A tribunal in Dornburg convicted Pieter Aalst for genocide, persecution "
                     "as a crime against humanity and torture as a crime against humanity and "
                     "sentenced him to life imprisonment.",
    "humanity-plural": "Judges convicted Ana Krall of rape and murder as crimes against "
                       "humanity, sentencing her to 25 years in prison.",
    "war-crime": "The court found Miro Stanek guilty of murder as a war crime and jailed him "
                 "for 20 years.",
    "violation-of": "A court in Vellen sentenced Tomo Brask to 15 years for deportation as a "
                    "serious violation of the Geneva Conventions.",
    "hate-crime": "Rik Oster was jailed for eight years for arson as a hate crime.",
    # ---- "as" before anything else still ends the offence; a role still goes on
    "as-clause": "Max Feld was convicted of bribery as prosecutors had demanded and was "
                 "jailed for two years.",
    "as-role": "Lev Darin was convicted of extortion as a member of a criminal group and "
               "jailed for six years.",
    # ---- the last gerund offence after a serial comma
    "gerund-last": "The regional court sentenced Omar Tulen to 11 years on charges of "
                   "organizing mass riots, seizing buildings, and inflicting grievous bodily "
                   "harm.",
    "gerund-respectively": "Officials said Tomas Berrin and Ilya Sorokov were sentenced to 14 "
                           "years and 9 years, respectively, on charges of attempting to "
                           "overthrow the state, organizing mass riots, and causing bodily "
                           "harm.",
    "gerund-then-clause": "A court found Vera Holm guilty of forging documents, laundering "
                          "money, and evading taxes, and fined her $20,000.",
    # ---- not another offence: a participle clause, a clause after ", and"
    "bare-comma-clause": "A judge convicted Sam Orr of stealing cars, saying the evidence was "
                         "overwhelming, and jailed him for two years.",
    "and-citing": "The court convicted Lina Sova of smuggling cigarettes, and citing a lack "
                  "of remorse, jailed her for three years.",
    # ---- a list ending in "two counts of Y"
    "tally-for": "Dan Ruel was jailed for six years for burglary and two counts of theft.",
    "tally-admitting": "Ella Marsh was jailed for four years after admitting robbery and three "
                       "counts of assault.",
    "tally-admitted-and": "Kurt Vane admitted handling stolen goods and two counts of theft "
                          "and was jailed for 18 months.",
    "tally-charges": "Noor Idris was sentenced to five years for possession of a firearm and "
                     "two charges of witness intimidation.",
    # ---- the tally heading the offence itself
    "tally-head": "Judge Ana Vell sentenced Ravi Dass to 12 years in jail on one count of "
                  "abuse of power, 10 years each for three counts of criminal breach of trust, "
                  "and 10 years each for three counts of money laundering.",
    "tally-the-count": "The High Court convicted Oren Pike for the count of murder punishable "
                       "under Section 296 and sentenced him to death.",
}

EXPECTED: list[tuple[str, str, str]] = [
    ("humanity-list", "Pieter Aalst", "genocide, persecution as a crime against humanity and "
                                      "torture as a crime against humanity"),
    ("humanity-plural", "Ana Krall", "rape and murder as crimes against humanity"),
    ("war-crime", "Miro Stanek", "murder as a war crime"),
    ("violation-of", "Tomo Brask", "deportation as a serious violation of the Geneva "
                                   "Conventions"),
    ("hate-crime", "Rik Oster", "arson as a hate crime"),
    ("as-clause", "Max Feld", "bribery"),
    ("as-role", "Lev Darin", "extortion as a member of a criminal group"),
    ("gerund-last", "Omar Tulen", "organizing mass riots, seizing buildings, and "
                                  "inflicting grievous bodily harm"),
    ("gerund-respectively", "Ilya Sorokov", "attempting to overthrow the state, organizing "
                                            "mass riots, and causing bodily harm"),
    ("gerund-then-clause", "Vera Holm", "forging documents, laundering money, and evading "
                                        "taxes"),
    ("bare-comma-clause", "Sam Orr", "stealing cars"),
    ("and-citing", "Lina Sova", "smuggling cigarettes"),
    ("tally-for", "Dan Ruel", "burglary and two counts of theft"),
    ("tally-admitting", "Ella Marsh", "robbery and three counts of assault"),
    ("tally-admitted-and", "Kurt Vane", "handling stolen goods and two counts of theft"),
    ("tally-charges", "Noor Idris", "possession of a firearm and two charges of witness "
                                    "intimidation"),
    ("tally-head", "Ravi Dass", "abuse of power"),
    ("tally-the-count", "Oren Pike", "murder"),
]


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_charge_list(records: dict[str, list[Record]], key: str, person: str,
                     charge: str) -> None:
    assert person_record(records, key, person).charge == charge
