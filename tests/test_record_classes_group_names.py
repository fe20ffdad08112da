"""An unnamed group whose members the next sentences name (silver slice c, class 1b), in
phrasings of our own: "The 2 accused are Mr A and Mr B", "the judge named the convicts as A,
B and C", "The three men – A, B and C – denied ...", "A, B and C all denied ...". Exactly as
many names as the group: one record each with the group's slots; another count, an official
or a role among them, or two groups of different sizes in the sentence leave the group as
it is."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "accused-titles": "The Appeal Court in Dodoma upheld the convictions of two men for "
                      "killing a fisherman. The 2 accused are Mr Juma Hamisi and Mr Salim "
                      "Okello.",
    "number-noun": "The Arusha High Court jailed two women for 12 years for trafficking. The "
                   "two women are Neema Mollel and Rehema Swai.",
    "named-as": "The Kisumu High Court has sentenced three men to death after they were "
                "convicted of robbery with violence. The judge named the convicts as Otieno "
                "Wafula, Kiptoo Barasa and Mwangi Karanja.",
    "identified-them": "A court in Tema fined two traders for smuggling cocoa. Court clerks "
                       "identified them as Kwame Asante and Yaw Darko.",
    "dashed": "The Hollins Crown Court jailed three men for nine years for arson. The three "
              "men – Arno Kessel, Bruno Faltin and Carl Menz – had denied the charges.",
    "a-sentence-between": "The Supreme Court in Mbale dismissed the appeals of 3 men convicted "
                          "of murder. The court said the trial had been fair. The 3 accused "
                          "are Musa Wekesa, Isaac Nabende and Peter Wanyama.",
    "range": "The Karvo court jailed three men for between five and nine years for arson. The "
             "three men – Arno Kessel, Bruno Faltin and Carl Menz – had denied the charges.",
    "all-insisted": "The Riverton court jailed four journalists for five years for extremism. "
                    "Petra Lindqvist, Omar Haddad, Ines Varga and Tomas Brenner had all "
                    "insisted they were only doing their jobs.",
    "both-aged": "The Riverton court fined two bloggers for libel. Petra Lindqvist, 34, and "
                 "Omar Haddad, 29, both plan to appeal.",
    "each-spent": "A Dunmore court fined three farmers for poaching deer. Sean Tully, Liam "
                    "Hogan and Eoin Ward had each spent a month in custody.",
    "roles-between": "The Riverton court fined two bloggers for libel. Petra Lindqvist and "
                     "Omar Haddad, lawyers for the pair, both said they would appeal.",
    "count-differs": "The Jasper court jailed two men for five years for robbery. The two men "
                     "are Adam Reyes, Ben Lott and Carl Minz.",
    "official-named": "The Jasper court jailed two men for five years for robbery. The two men "
                      "are Adam Reyes and Judge Paul Kerr.",
    "two-groups": "A court in Tarvel jailed two reporters and fined three editors for libel. "
                  "The two reporters were named as Lena Brandt and Otto Weil.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("accused-titles", ["Juma Hamisi", "Salim Okello"]),
    ("number-noun", ["Neema Mollel", "Rehema Swai"]),
    ("named-as", ["Otieno Wafula", "Kiptoo Barasa", "Mwangi Karanja"]),
    ("identified-them", ["Kwame Asante", "Yaw Darko"]),
    ("dashed", ["Arno Kessel", "Bruno Faltin", "Carl Menz"]),
    ("a-sentence-between", ["Musa Wekesa", "Isaac Nabende", "Peter Wanyama"]),
    ("all-insisted", ["Petra Lindqvist", "Omar Haddad", "Ines Varga", "Tomas Brenner"]),
    ("both-aged", ["Petra Lindqvist", "Omar Haddad"]),
    ("each-spent", ["Sean Tully", "Liam Hogan", "Eoin Ward"]),
])
def test_the_named_members_of_a_group_are_its_records(
        records: dict[str, list[Record]], key: str, people: list[str]) -> None:
    recs = records[key]
    assert sorted(r.person or "" for r in recs) == sorted(people)
    # each keeps the group's slots: one size, one outcome, one term
    assert {r.group_size for r in recs} == {1}
    assert len({(r.outcome, r.sentence_months, r.charge) for r in recs}) == 1
    for r in recs:
        assert TEXTS[key][r.evidence_start:r.evidence_end] == r.evidence


def test_the_members_take_the_group_s_term_and_charge(
        records: dict[str, list[Record]]) -> None:
    recs = records["dashed"]
    assert {(r.charge, r.sentence_months) for r in recs} == {("arson", 108)}


def test_a_range_over_the_members_is_no_one_s_term(records: dict[str, list[Record]]) -> None:
    recs = records["range"]
    assert sorted(r.person or "" for r in recs) == ["Arno Kessel", "Bruno Faltin", "Carl Menz"]
    assert {r.sentence_months for r in recs} == {None}


@pytest.mark.parametrize("key", ["count-differs", "official-named", "two-groups",
                                 "roles-between"])
def test_a_list_that_is_not_exactly_the_group_leaves_it_unnamed(
        records: dict[str, list[Record]], key: str) -> None:
    assert {r.person for r in records[key]} == {None}
