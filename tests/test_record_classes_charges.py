"""Charge error classes seen on unannotated court news (issue 11, class 2), each in several
phrasings of our own: an offence coordinated with a noun the small parser reads as a verb
("for sedition and misuse of funds") is kept whole; a relative clause, a place, "the first
time" or a "punishable under" clause is never the offence nor part of it; a charge told only as
"an offence under the X Act" is named by its law."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    # ---- a coordinated offence kept whole
    "and-misuse": "The court sentenced former mayor Pavel Orlin to nine years for bribery and "
                  "misuse of public funds.",
    "and-abuse": "Anna Berg was sentenced to six years in prison for fraud and abuse of "
                 "office, the court said.",
    "and-misappropriation": "A judge sentenced Tomas Reyes to five years for forgery and "
                            "misappropriation of company assets.",
    # ---- a relative clause is not the offence
    "for-which": "Omar Haddad was convicted of a single count of theft, for which he was "
                 "sentenced to two years in prison.",
    "lecture-he": "A schoolteacher, Imran Qureshi, was sentenced to ten years in jail for a "
                  "speech he had given at a rally.",
    "for-which-alone": "Blogger Sami Idris was sentenced to three years in prison, for which "
                       "he blamed the prosecutor.",
    "post-she": "Blogger Lina Farouk was jailed for three years for a video she had posted "
                "online.",
    # ---- a place is not the offence
    "region-of": "Karim Bensalah was convicted by a court in Tamanrasset in the southern "
                 "region of Hoggar and sentenced to one year in prison.",
    "province-of": "Nadia Slimani was convicted by a court in Ouargla in the eastern province "
                   "of Oued Souf and jailed for eight months.",
    # ---- "the first time" is not the offence
    "first-time": "Two conscientious objectors, Ruslan Tagiev and Emil Aliev, were jailed for "
                  "the first time in March, their families said.",
    "second-time": "Activist Dana Yusupova was sentenced for the second time this year to 15 "
                   "days in detention.",
    # ---- "punishable under ..." ends the offence
    "punishable": "The High Court convicted Nuwan Perera of murder punishable under Section 296 "
                  "of the Penal Code and sentenced him to death.",
    "punishable-by": "The court found Ravi Menon guilty of robbery punishable under Section 380 "
                     "and sentenced him to four years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("and-misuse", "Pavel Orlin", "bribery and misuse of public funds"),
    ("and-abuse", "Anna Berg", "fraud and abuse of office"),
    ("and-misappropriation", "Tomas Reyes", "forgery and misappropriation of company assets"),
])
def test_coordinated_offence_kept_whole(records: dict[str, list[Record]], key: str,
                                        person: str, charge: str) -> None:
    assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("for-which", "Omar Haddad", "a single count of theft"),
    ("lecture-he", "Imran Qureshi", "a speech"),
    ("post-she", "Lina Farouk", "a video"),
    ("for-which-alone", "Sami Idris", "no offence"),  # a bare "which" is never one
])
def test_relative_clause_not_in_offence(records: dict[str, list[Record]], key: str,
                                        person: str, charge: str) -> None:
    got = person_record(records, key, person).charge
    assert got is None or got == charge, got


@pytest.mark.parametrize(("key", "person"), [
    ("region-of", "Karim Bensalah"), ("province-of", "Nadia Slimani"),
    ("first-time", "Ruslan Tagiev"), ("first-time", "Emil Aliev"),
    ("second-time", "Dana Yusupova"),
])
def test_place_or_occasion_is_no_offence(records: dict[str, list[Record]], key: str,
                                         person: str) -> None:
    assert person_record(records, key, person).charge is None


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("punishable", "Nuwan Perera", "murder"),
    ("punishable-by", "Ravi Menon", "robbery"),
])
def test_punishable_clause_ends_offence(records: dict[str, list[Record]], key: str,
                                        person: str, charge: str) -> None:
    assert person_record(records, key, person).charge == charge


CONVICTED_FOR: dict[str, str] = {
    "for-misuse": "Three former ministers, who were sentenced to 12 years, were also convicted "
                  "for misuse of public funds. They were Lev Orlov, Ivo Mareš and Petra Nova.",
    "for-embezzlement": "Former treasurer Daniel Kruger was convicted for embezzlement of state "
                        "funds and jailed for seven years.",
    "for-abuse": "The ex-governor, Samuel Ade, was convicted on Tuesday for abuse of office "
                 "and sentenced to four years.",
}


@pytest.fixture(scope="module")
def convicted_for() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), CONVICTED_FOR, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("for-embezzlement", "Daniel Kruger", "embezzlement of state funds"),
    ("for-abuse", "Samuel Ade", "abuse of office"),
])
def test_convicted_for_keeps_the_offence_head(convicted_for: dict[str, list[Record]], key: str,
                                              person: str, charge: str) -> None:
    assert person_record(convicted_for, key, person).charge == charge


def test_convicted_for_never_cuts_to_the_object(convicted_for: dict[str, list[Record]]) -> None:
    # whoever the records name, "public funds" alone is never the offence
    assert all(r.charge != "public funds" for r in convicted_for["for-misuse"])


# a charge told only as "an offence" or "one charge" is named by its law, brackets and year
# included; an offence of its own ("murder under Section 302") still ends before its law
UNDER_LAW: dict[str, tuple[str, str | None]] = {
    "offence-act": ("Mei Ling Goh pleaded guilty on Monday to an offence under the Public "
                    "Health (Emergency Powers) Act and was fined $2,000.",
                    "an offence under the Public Health (Emergency Powers) Act"),
    "one-charge-regulations": ("Tom Reyes pleaded guilty to one charge under the Public Health "
                               "(Control Order) Regulations 2021 and was fined $1,500.",
                               "one charge under the Public Health (Control Order) "
                               "Regulations 2021"),
    "offences-act-year": ("A court convicted Arun Pillai of offences under the Prevention of "
                          "Bribery Act, 1988, and jailed him for two years.",
                          "offences under the Prevention of Bribery Act, 1988"),
    "own-offence": ("Ravi Kumar was convicted of murder under Section 302 of the Penal Code "
                    "and sentenced to life.", "murder"),
    "lower-case-law": ("Lena Frost was fined $300 for an offence under the bylaws.", None),
}


@pytest.mark.parametrize("key", sorted(UNDER_LAW))
def test_a_generic_charge_is_named_by_its_law(key: str) -> None:
    text, charge = UNDER_LAW[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.charge for r in recs] == [charge], recs
