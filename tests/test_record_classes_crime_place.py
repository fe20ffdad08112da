"""The city in GUIDELINES' order: the court's, else the dateline's, else the place of the
crime, else the county. A crime told in a clause about the defendant ("A man who stabbed his
neighbour in Leeds was jailed") gives the city only when no court, dateline or court town of
the article names one; a clause of where someone lives ("who lives in Perth", "while living
in X") names a home, which never counts."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "stabbed-in": "A man who stabbed his neighbour in Leeds was jailed for 10 years on Monday.",
    "robbed-in": "Tom Hale, who robbed a bank in Perth last year, was sentenced to six years.",
    "lives-in": "Tom Hale, who lives in Perth, was sentenced to six years.",
    "living-in": "A Scot who admitted possessing cocaine while living in Perth was jailed for "
                 "11 months.",
    "dateline-first": "LEEDS - Tom Hale, who robbed a bank in Bradford last year, was "
                      "sentenced to six years.",
    "court-first": "A man who stabbed his neighbour in Leeds was jailed for 10 years at "
                   "Bradford Crown Court.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("stabbed-in", "Leeds"), ("robbed-in", "Perth"), ("lives-in", None), ("living-in", None),
    ("dateline-first", "Leeds"), ("court-first", "Bradford"),
])
def test_the_crime_place_comes_last(records: dict[str, list[Record]], key: str,
                                    city: str | None) -> None:
    assert only_record(records, TEXTS, key).city == city


# ---- a full relative clause inside the outcome's sentence ("X, who had been charged with Y
# in Z, to seven years") tells of the crime, not the court: the dateline's town stands; a bare
# participle ("a man jailed in Leeds") is still the outcome's own place
CLAUSE_TEXTS: dict[str, str] = {
    "who-had-been-charged": "TALLINN, May 14 - A court sentenced Mart Kask, who had been "
                            "charged with running a smuggling ring in the port city of Tartu, "
                            "to seven years in prison.",
    "who-was-accused": "RIGA - The judge sentenced Janis Ozols, who was accused of setting up a "
                       "cell in the city of Daugavpils, to four years in prison.",
    "which-was-registered": "VILNIUS - A court fined Tomas Petraitis, whose firm was registered "
                            "in the city of Kaunas, 5,000 euros for tax evasion.",
    # ---- control: a bare participle names the outcome's place
    "bare-participle": "RIGA - A man jailed in Daugavpils for arson was named as Janis Ozols.",
}


@pytest.fixture(scope="module")
def clause_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), CLAUSE_TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("who-had-been-charged", "Tallinn"), ("who-was-accused", "Riga"),
    ("which-was-registered", "Vilnius"), ("bare-participle", "Daugavpils"),
])
def test_a_full_clause_names_no_court_town(clause_records: dict[str, list[Record]], key: str,
                                           city: str | None) -> None:
    assert only_record(clause_records, CLAUSE_TEXTS, key).city == city
