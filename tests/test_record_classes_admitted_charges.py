"""Charge class read on unannotated court news, in several phrasings of our own: the offence
a defendant admitted before the outcome verb is the charge when the admission and the outcome
share that defendant ("A admitted X and was jailed", "a man who admitted X was fined",
"... who admitted to stealing X were sentenced"), also where the parse hangs the outcome on a
verb inside the offence ("admitted conspiracy to commit fraud ... and was jailed"); another
subject's admission is not. "in charge of" is no charge noun: "drunk in charge of a vehicle"
is the offence whole, and "the manager in charge of the depot" names no offence. "a spokesman
for the church said" is who speaks: a phrase that runs into its noun's own verb is no charge.
A "for" inside an offence named by "charges including" is part of it ("on charges including
collecting money for a charity"), not an offence of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from extract.records.charge_text import clean_charge
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 8)

TEXTS: dict[str, str] = {
    "conj-list": "Peter Lund, 34, of Mill Lane, Ashby, admitted burglary and handling stolen "
                 "goods and was jailed for two years.",
    "conj-suspended": "Carl Moss admitted theft and was given a suspended sentence of 12 weeks.",
    "conj-inner-verb": "Lee Dunn, 30, of Park Road, Hove, admitted conspiracy to commit fraud "
                       "by false representation and was jailed for two years.",
    "conj-two-outcomes": "Ravi Sood admitted causing death by careless driving and was banned "
                         "from driving and jailed for a year.",
    "relcl": "A woman who admitted shoplifting while on bail was sentenced to six months in "
             "jail yesterday.",
    "in-charge-plea": "Liam Doyle, 23, of Ferns, pleaded not guilty to being drunk in charge "
                      "of a vehicle on Main Street but was convicted of the offence and fined "
                      "400 euros.",
    "in-charge-title": "The man in charge of the warehouse, Colm Brady, was jailed for two "
                       "years for fraud.",
    "in-charge-title-of": "The supervisor in charge of the quarry, Ian Grey, was convicted of "
                          "manslaughter and jailed for 18 months.",
    "relcl-to": "Two brothers who admitted to smuggling cigarettes were each fined 2,000 euros "
                "on Friday.",
}

EXPECTED: dict[str, tuple[str | None, str]] = {
    "conj-list": ("Peter Lund", "burglary and handling stolen goods"),
    "conj-suspended": ("Carl Moss", "theft"),
    "conj-inner-verb": ("Lee Dunn", "conspiracy to commit fraud by false representation"),
    "conj-two-outcomes": ("Ravi Sood", "causing death by careless driving"),
    "relcl": (None, "shoplifting"),
    "in-charge-plea": ("Liam Doyle", "being drunk in charge of a vehicle"),
    "in-charge-title": ("Colm Brady", "fraud"),
    "in-charge-title-of": ("Ian Grey", "manslaughter"),
    "relcl-to": (None, "smuggling cigarettes"),
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_admitted_offence_is_the_charge(records: dict[str, list[Record]], key: str) -> None:
    person, charge = EXPECTED[key]
    assert person_record(records, key, person).charge == charge


def test_another_subjects_admission_is_not(records: dict[str, list[Record]]) -> None:
    other = extract_texts(RecordExtractor(ExtractConfig()), {
        "other": "Tom Pike admitted the assault and his brother was fined 300 pounds.",
        "other-said": "Jan Roe was jailed for a year after a witness admitted lying to police.",
    }, PUBLISHED)
    assert all(r.charge is None for recs in other.values() for r in recs), other


@pytest.mark.parametrize("phrase", ["being drunk in charge of a vehicle",
                                    "drunk in charge of a horse on a highway"])
def test_in_charge_of_stays_whole(phrase: str) -> None:
    assert clean_charge(phrase) == phrase


SPEAKERS: dict[str, str] = {
    "said": "A court in Perm has sentenced a follower of the movement to six years in prison, "
            "a spokesman for the religious group said on Monday.",
    "said-short": "A regional court has jailed a pastor for four years, a spokeswoman for the "
                  "church said.",
    "told": "A judge sentenced a local blogger to two years in a penal colony, a "
            "representative for the rights organisation told reporters.",
}


def test_a_speakers_clause_is_no_charge() -> None:
    recs = extract_texts(RecordExtractor(ExtractConfig()), SPEAKERS, PUBLISHED)
    assert all(len(r) == 1 for r in recs.values()), recs
    assert [r[0].charge for r in recs.values()] == [None, None, None]


LISTED: dict[str, tuple[str, str]] = {
    "quoted": ('Blogger Omar Dali was sentenced to six months in prison on charges including '
               'receiving "foreign funding for acts aimed at undermining the state".',
               "foreign funding for acts aimed at undermining the state"),
    "plain": ("Blogger Lina Haddad was sentenced to one year in prison on charges including "
              "collecting money for an unlicensed charity.",
              "collecting money for an unlicensed charity"),
    "of": ("Karim Benali was jailed for two years on charges of raising funds for a banned "
           "group.", "raising funds for a banned group"),
}


@pytest.mark.parametrize("key", sorted(LISTED))
def test_a_for_inside_a_listed_offence_is_part_of_it(key: str) -> None:
    text, part = LISTED[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert len(recs) == 1 and recs[0].charge is not None and part in recs[0].charge, recs


def test_including_a_term_is_no_listed_offence() -> None:
    """"six terms, including two years for X" in another sentence names no list of charges:
    its "for X" stays an offence of its own."""
    text = ("The judge spoke during yesterday's sentencing of a Dunmore woman for repeated "
            "shoplifting offences. Tessa Marlow Grant, 41, faced a long jail term. The court "
            "heard that Grant had served six terms in prison, including two years for "
            "theft-related offences. \"It is time that those charged with youth services need "
            "to act,\" he said.")
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"t": text}, PUBLISHED)["t"]
    assert [r.charge for r in recs if r.person == "Tessa Marlow Grant"] == [
        "theft-related offences"], recs


# the parse may read the admitted offence as the passive subject of the outcome ("admitted
# [conspiracy to defraud and was sentenced]"): the outcome is still the one who admitted it
PLEADERS: dict[str, tuple[str, str, float | None]] = {
    "conspiracy-sentenced": ("Dean Royle admitted conspiracy to defraud and was sentenced to 18 "
                             "months in prison.", "Dean Royle", 18),
    "aged-burglary": ("Lisa Crane, 29, admitted conspiracy to commit burglary and was jailed "
                      "for 30 months.", "Lisa Crane", 30),
    "aged-laundering": ("Gary Platt, 52, admitted conspiracy to launder money and was jailed "
                        "for six years.", "Gary Platt", 72),
}


@pytest.mark.parametrize("key", sorted(PLEADERS))
def test_who_admitted_the_offence_has_the_outcome(key: str) -> None:
    text, person, months = PLEADERS[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [(r.person, r.sentence_months) for r in recs] == [(person, months)], recs


def test_a_report_admitted_is_no_plea() -> None:
    text = "The police admitted the error and were criticised by the judge in Leeds."
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"k": text}, PUBLISHED)["k"]
    assert recs == []
