"""Name classes read on unannotated court news (issue 11, classes 1 and 8), in phrasings of
our own: an alias is left out for the name it stands for ("X popularly known as Y", "X, alias
Y"); a home after an age ("A, 50, formerly of Astley") is no defendant, and the names of an
aged list before the one the parse offers are its defendants too; plural honorifics
("Messrs", "Misters") and "Madam" are no part of a name; "the indictment" is no offence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "known-as": "Madam Patricia Asiedua popularly known as Agradaa was handed a 15-year jail "
                "term yesterday by the Accra Circuit Court.",
    "alias-comma": "The court jailed Ikram Haq, alias Lahori, for ten years.",
    "also-known": "Mohamed Ibrahim, also known as Mohamed Oxygen, was sentenced to four years.",
    "alias-alone": "Lahori was jailed for ten years.",
    "alias-list-semicolons": "Kofi Mensah, alias Kojo; Yaw Boateng, alias Bullet, and Ama "
                             "Owusu, alias Queen, were each fined GH¢30,000.",
    "alias-list-bare": "Kofi Mensah alias Kojo, Yaw Boateng alias Bullet and Ama Owusu alias "
                       "Queen were each jailed for five years.",
    "aged-formerly": "At Manchester Crown Court Gary Wilkinson, 50, formerly of Astley, Wigan, "
                     "and Paul Farrell, 34, formerly of Clinton Avenue, Fallowfield, were jailed "
                     "for six years each.",
    "aged-of": "Gary Wilkinson, 50, of Astley, and Paul Farrell, 34, of Leeds, were jailed for "
               "six years each.",
    "aged-apart": "Dan Reed, 45, said he was shocked. Paul Farrell, 34, of Leeds, was jailed "
                  "for six years.",
    "quoted-known-as": "They included Boris Tagaev, a gang boss known as \"Big Boris\", who "
                       "was sentenced to 12 years in jail for extortion.",
    "described-known-as": "The court jailed Sergei Lomov, a boss of the Georgian underworld "
                          "known as \"Tbilisi Sergo\", who was given 14 years for racketeering.",
    "quoted-dubbed": "Among those jailed was Leon Varga, a former boxer dubbed “the Hammer”, "
                     "who received nine years for smuggling.",
    "quoted-nickname-subject": "Irena Holm, the cell's treasurer nicknamed 'Cashbox', was "
                               "sentenced to six years for financing terrorism.",
    "messrs": "The court acquitted Messrs Ali Rahimi and Reza Karimi of espionage.",
    "indictment": "The court sentenced rebel leader Salman Rad to life imprisonment on every "
                  "count of the indictment.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("known-as", ["Patricia Asiedua"]),
    ("alias-comma", ["Ikram Haq"]),
    ("also-known", ["Mohamed Ibrahim"]),
    ("alias-alone", ["Lahori"]),
    ("alias-list-semicolons", ["Kofi Mensah", "Yaw Boateng", "Ama Owusu"]),
    ("alias-list-bare", ["Kofi Mensah", "Yaw Boateng", "Ama Owusu"]),
    ("aged-formerly", ["Gary Wilkinson", "Paul Farrell"]),
    ("aged-of", ["Gary Wilkinson", "Paul Farrell"]),
    ("aged-apart", ["Paul Farrell"]),
    ("quoted-known-as", ["Boris Tagaev"]),
    ("described-known-as", ["Sergei Lomov"]),
    ("quoted-dubbed", ["Leon Varga"]),
    ("quoted-nickname-subject", ["Irena Holm"]),
    ("messrs", ["Ali Rahimi", "Reza Karimi"]),
])
def test_defendants_by_name(records: dict[str, list[Record]], key: str,
                            people: list[str]) -> None:
    assert [r.person for r in records[key]] == people


def test_the_indictment_is_no_offence(records: dict[str, list[Record]]) -> None:
    [rec] = records["indictment"]
    assert (rec.person, rec.charge, rec.sentence_type) == ("Salman Rad", None, "life")


@pytest.mark.parametrize("key", ["alias-list-semicolons", "alias-list-bare"])
def test_each_of_an_alias_list_takes_the_term(records: dict[str, list[Record]],
                                             key: str) -> None:
    recs = records[key]
    assert len({(r.sentence, r.sentence_type) for r in recs}) == 1
    assert recs[0].sentence_type in {"fine", "prison"}
    for rec in recs:  # the evidence is the original text, alias and all
        assert "alias" in rec.evidence
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
