"""Charge class read on unannotated court news, in several phrasings of our own: an outcome
whose own sentence names no offence takes the one a sentence beside it tells of the same
defendant: the next sentence by a pronoun ("The sentence followed his conviction on charges
of X", "He was accused of X"), the sentence before or two after by the defendant's name ("Roe
was arrested in May and charged with X"), the sentence before the pronoun of the outcome
("A admitted X. He was jailed"), the next two by the defendants' role in a list of the charges
("The charges against the accused included X, Y and Z"). Not: another person's accusation,
a pronoun after an outcome that names someone else too, a charge "also" or "originally"
brought, nor one where the outcome's own sentence names the offence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 6, 14)

TEXTS: dict[str, str] = {
    "conviction-noun": "A court in Varna jailed Petar Dobrev for six years on Monday. The "
                       "sentence followed his conviction on charges of smuggling antiquities.",
    "conviction-for": "The county court sentenced a bookkeeper, Lisa Crane, to 30 months in "
                      "prison. Her conviction for embezzling club funds came in March.",
    "accused-pronoun": "Former mayor Ivo Rask was sentenced to four years in prison yesterday. "
                       "He was accused of taking kickbacks from road contractors. His "
                       "deputy was accused of bribery in a separate case.",
    "charged-name-before": "Nadia Osei was arrested in January and charged with forgery. A "
                           "court in Kumasi sentenced Osei to five years in prison on Tuesday. "
                           "Her brother was charged with perjury in May.",
    "charged-name-after": "A regional court sentenced the blogger Timur Sadykov to three years "
                          "in prison on charges that his supporters call fabricated. "
                          "Prosecutors had asked for six years. Sadykov was detained in "
                          "April and charged with extortion. Police have charged two other "
                          "bloggers with defamation this year.",
    "admitted-before": "Gary Holt, of Quarry Road, admitted dangerous driving at Elgin Sheriff "
                       "Court. He was jailed for ten months on Friday.",
    "admitted-to": "A court on Monday sentenced a man to life in prison over an arson attack "
                   "on a hostel.\nDaniel Varga, 41, had admitted to the charges of arson "
                   "during his trial in Szeged.",
    "charges-included": "A court in Tunis sentenced the opposition figures Ali Mansour and "
                        "Sami Trabelsi to prison terms on Saturday. Others tried with them "
                        "were also convicted. The charges against the accused included "
                        "plotting against state security, forming a terrorist group, and "
                        "money laundering.",
}

EXPECTED: dict[str, list[tuple[str | None, str | None]]] = {
    "conviction-noun": [("Petar Dobrev", "smuggling antiquities")],
    "conviction-for": [("Lisa Crane", "embezzling club funds")],
    "accused-pronoun": [("Ivo Rask", "taking kickbacks")],
    "charged-name-before": [("Nadia Osei", "forgery")],
    "charged-name-after": [("Timur Sadykov", "extortion")],
    "admitted-before": [("Gary Holt", "dangerous driving")],
    "admitted-to": [("Daniel Varga", "arson")],
    "charges-included": [
        ("Ali Mansour", "plotting against state security; forming a terrorist group; "
                        "money laundering"),
        ("Sami Trabelsi", "plotting against state security; forming a terrorist group; "
                          "money laundering")],
}

NEGATIVE: dict[str, str] = {
    # another named person's charge is not the defendant's
    "other-name": "Mira Lentz was sentenced to two years in prison on Monday. Her landlord, "
                  "Otto Brandt, was charged with fraud.",
    # "he" may be the judge named beside the defendant
    "other-person": "Judge Carl Weber sentenced Jonas Pohl to three years in prison. He was "
                    "accused of bias by the defence.",
    # a further charge, perhaps still to be tried
    "also": "Rene Hartmann was jailed for 18 months on Thursday. He was also charged with "
            "witness intimidation.",
    # the outcome's own offence stays
    "own": "Ewa Nowak was jailed for a year for theft. She was accused of fraud.",
    # "admitted" that is no offence
    "admitted-hospital": "Piotr Zielinski was admitted to hospital after the crash. He was "
                         "later sentenced to eight months in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS | NEGATIVE, PUBLISHED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_offence_told_beside_the_outcome_is_the_charge(
        records: dict[str, list[Record]], key: str) -> None:
    for person, charge in EXPECTED[key]:
        assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize("key,person,charge", [
    ("other-name", "Mira Lentz", None),
    ("other-person", "Jonas Pohl", None),
    ("also", "Rene Hartmann", None),
    ("own", "Ewa Nowak", "theft"),
    ("admitted-hospital", "Piotr Zielinski", None),
])
def test_a_charge_beside_is_not_taken_for_another(records: dict[str, list[Record]], key: str,
                                                  person: str, charge: str | None) -> None:
    assert person_record(records, key, person).charge == charge


# an offence an outcome states (a lead that the named members restate) beats the accusation
# told beside a member's outcome; with no outcome stating one, the accusation stays
RESTATED: dict[str, tuple[str, list[str], str]] = {
    "lead-beats-accusation": (
        "A military court in Gulu sentenced three opposition supporters to five years in "
        "prison for treason and illegal possession of explosives. Those convicted are Amos "
        "Okello, Ben Ocen and Carl Opio. They were accused of involvement in acts of treason.",
        ["Amos Okello", "Ben Ocen", "Carl Opio"],
        "treason and illegal possession of explosives"),
    "lead-beats-accusation-plea": (
        "Two former bank clerks were jailed for four years each in Riga for embezzlement. "
        "Those sentenced are Ilze Berzina and Juris Kalns. They were accused of moving client "
        "money to private accounts.",
        ["Ilze Berzina", "Juris Kalns"], "embezzlement"),
    "accusation-alone": (
        "Kira Vance was arrested in 2021 and charged with espionage. A court in Sofia "
        "convicted Vance on Monday.", ["Kira Vance"], "espionage"),
}


@pytest.mark.parametrize("key", sorted(RESTATED))
def test_an_outcomes_offence_beats_an_accusation(key: str) -> None:
    text, people, charge = RESTATED[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert sorted((r.person, r.charge) for r in recs) == [(p, charge) for p in people], recs
