"""Charge class read on unannotated court news, in several phrasings of our own: an offence
named outside "convicted of/for X" in the outcome's own clause is the charge when nothing else
names one: "jailed over X", "sentenced ... in the case of X", "a conviction in a X case",
"guilty in the first of N X cases"; the court's "accusing him of X" beside the outcome; what a
defendant "confessed to" as what he admitted. Not a charge: what "over" times or measures ("over the
weekend", "just over three hours"), an event with an article ("over a fatal crash"), a case
named by whose it is ("in the case of Mr X"), what a trial was about in a clause of its own
("acquitted reporters who were on trial over X"); nor does such a cue alone make an unnamed
mention a record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 6, 14)

TEXTS: dict[str, str] = {
    "over-bare": "A court in Varnel on Monday sentenced the former governor Tomas Reksel to "
                 "nine years in prison over embezzlement.",
    "over-the": "Judge Maria Olen jailed the businessman Pavel Drost for six years over the "
                "theft of public funds from a hospital.",
    "over-charges": "A regional court sentenced Dana Ilves to 18 months in jail over fraud "
                    "charges, her lawyer said.",
    "over-conj": "A tribunal convicted the former minister Arif Hamdan and sentenced him to "
                 "seven years in prison over bribery.",
    "case-of": "The court in Korvia sentenced Ilan Morsky to four years in a penal colony in "
               "the case of spreading false information about the army.",
    "case-compound": "Laura Vence was sentenced to probation after a conviction in a mail "
                     "fraud case, her lawyer said.",
    "case-first-of": "A court sentenced Nira Tal to three years in jail on Thursday after "
                     "finding her guilty in the first of seven bribery cases against her.",
}

EXPECTED: dict[str, tuple[str | None, str]] = {
    "over-bare": ("Tomas Reksel", "embezzlement"),
    "over-the": ("Pavel Drost", "theft of public funds"),
    "over-charges": ("Dana Ilves", "fraud"),
    "over-conj": ("Arif Hamdan", "bribery"),
    "case-of": ("Ilan Morsky", "spreading false information about the army"),
    "case-compound": ("Laura Vence", "mail fraud"),
    "case-first-of": ("Nira Tal", "bribery"),
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_cued_offence_is_the_charge(records: dict[str, list[Record]], key: str) -> None:
    person, charge = EXPECTED[key]
    assert person_record(records, key, person).charge == charge


NO_CHARGE: dict[str, str] = {
    "weekend": "The court sentenced Omar Lessi to five years in prison over the weekend.",
    "just-over": "The judge jailed Kevin Moor for eight months after deliberating for just "
                 "over three hours.",
    "event": "A court jailed Rhys Allin for two years over a fatal crash on the coast road.",
    "whose-case": "A judge sentenced Tina Bakos to two years in prison in the case of Mr "
                  "Herrold.",
    "separate-case": "Paul Wendt was sentenced to a year in jail in a separate case, the court "
                     "said.",
}


def test_time_events_and_whose_case_are_no_charge() -> None:
    recs = extract_texts(RecordExtractor(ExtractConfig()), NO_CHARGE, PUBLISHED)
    assert all(len(r) == 1 for r in recs.values()), recs
    assert [r[0].charge for r in recs.values()] == [None] * len(NO_CHARGE), recs


def test_a_trial_clause_is_no_charge() -> None:
    texts = {
        "relcl": "A court in Serlo on Tuesday acquitted four journalists who were on trial "
                 "over street protests.",
        "relcl-comma": "A court in Serlo on Tuesday acquitted three reporters, who were on "
                       "trial over street protests, of violating the law on gatherings.",
    }
    recs = extract_texts(RecordExtractor(ExtractConfig()), texts, PUBLISHED)
    assert all(recs.values()), recs
    assert not any("protests" in (r.charge or "") for rs in recs.values() for r in rs), recs


def test_a_cue_alone_makes_no_unnamed_record() -> None:
    text = "Singer jailed over posts insulting police"
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"t": text}, PUBLISHED)["t"]
    assert recs == [], recs


ACCUSED: dict[str, tuple[str, str | None, str]] = {
    "accusing": ("A court in Lenburg has jailed the editor of a local newspaper, accusing him "
                 "of inciting hatred.", None, "inciting hatred"),
    "accusing-named": ("A regional court sentenced the activist Yuri Pelt to three years, "
                       "accusing him of justifying terrorism.", "Yuri Pelt",
                       "justifying terrorism"),
    "confessed-object": ("\u201cThe criminal court sentenced three men who confessed to "
                         "belonging to a banned armed group to life in prison,\u201d the "
                         "spokesman said.", None, "belonging to a banned armed group"),
    "confessed-subject": ("Karl Wenz, 41, who confessed to stealing copper cable from a railway "
                          "depot, was jailed for a year.", "Karl Wenz", "stealing copper cable"),
}


@pytest.mark.parametrize("key", sorted(ACCUSED))
def test_accusing_and_confessed_name_the_charge(key: str) -> None:
    text, person, charge = ACCUSED[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)
    assert person_record(recs, key, person).charge == charge


def test_confessing_to_whom_and_critics_accusing_are_no_charge() -> None:
    texts = {
        "whom": "Mira Holt was jailed for two years after she confessed to police.",
        "critics": "Ana Roth was jailed for two years, with critics accusing her of bias.",
    }
    recs = extract_texts(RecordExtractor(ExtractConfig()), texts, PUBLISHED)
    assert [r.charge for rs in recs.values() for r in rs] == [None, None], recs
