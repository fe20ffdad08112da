"""Defendants and offences read from where a court outcome puts them, not from the NER:
a name in the outcome verb's object or passive subject that the small NER reads as an
organisation or a date ("sentenced Kanat Isaev to five years"); offence words before a
conviction's noun ("quashed the murder conviction of X"); a term handed down "to" someone
and the names before ", who was sentenced", however the parse hangs them; and a length
that only says when or how long something else was ("the first in 30 years", "in a
half-day trial")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    # the NER tags these given names ORG and their surnames part of a DATE
    "court-in-city": "A court in Osh sentenced Nurlan Yusupova to five years for calling for "
                     "mass riots.",
    "district-court": "The Pervomaisky district court of Bishkek sentenced Kanat Isaev to five "
                      "years for calling for mass riots on Thursday.",
    "judge": "Judge Ivan Orlov sentenced Kanat Isaev to 10 years.",
    "court-in-city-2": "A court in Osh sentenced Rustam Akhmetova to five years for calling for "
                       "mass riots.",
    # offence words before the noun of a quashed or upheld conviction
    "quashed-murder": "The Court of Appeal in Leeds on Wednesday quashed the murder conviction "
                      "of Andrew Malkin, who had served 17 years in prison.",
    "overturned-rape": "Appeal judges overturned the rape convictions of Tom Reed and Paul Hale "
                       "on Friday.",
    "upheld-two": "The Supreme Court on Monday upheld the fraud and bribery convictions of "
                  "former governor Leo Marsh.",
    "vacated-year": "A federal appeals court vacated the 2015 drug conviction of Maria Lopez.",
    # a term handed "to" someone, the parse hanging "to A" on the term's last word
    "handed-to-suspended": "The court handed down a suspended sentence of one year and three "
                           "months to Elif Sahin for terrorist propaganda.",
    "handed-to-deferred": "The court in Izmir handed down a deferred sentence of one year and "
                          "three months to Professor Deniz Kaya for insulting the president.",
    "handed-to-prison": "The court handed down a prison sentence of one year and eight months "
                        "to Leyla Aksoy on Tuesday.",
    # "A and B, who were sentenced": the relative clause's antecedents, however it is parsed
    "arrested-who": "Police arrested Ayse Demir and Murat Ozturk, who were sentenced to 15 "
                    "months in prison on Monday.",
    "verdict-for-who": "The court deferred the announcement of the verdict for academics Ayse "
                       "Demir and Murat Ozturk, who were sentenced to 15 months in prison for "
                       "terrorist propaganda.",
    "lawyer-for-who": "The lawyer for Pavel Semyonov, who was sentenced to three years in prison, "
                      "said he would appeal.",
    # a term given to someone described before the name; a length "more" than one served
    "handed-jailed-critic": "A Russian court on Friday handed jailed Kremlin critic Alexei "
                            "Petrov an additional 19-year prison term on extremism charges.",
    "gave-imprisoned-editor": "The court in Minsk gave imprisoned newspaper editor Ihar Lasko "
                              "a further three-year sentence on Tuesday.",
    "more-years": "Jailed opposition leader Marat Gubaidullin was sentenced on Friday to 12 more "
                  "years in prison, his spokeswoman said.",
    "additional-months": "Former minister Tomas Vrba was given 18 additional months in prison "
                         "for perjury on Monday.",
    # no sentence
    "first-in-years": "A former deputy was found guilty of manslaughter on Thursday, becoming "
                      "the first officer in the state to be convicted of an on-duty shooting in "
                      "30 years.",
    "half-day-trial": "The People's Court in Quang Ngai convicted Tran Van Hoa in a half-day "
                      "trial on Tuesday of spreading propaganda against the state.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("court-in-city", "Nurlan Yusupova", 60),
    ("district-court", "Kanat Isaev", 60),
    ("judge", "Kanat Isaev", 120),
    ("court-in-city-2", "Rustam Akhmetova", 60),
])
def test_a_name_in_the_outcome_verbs_object_is_a_defendant(
        records: dict[str, list[Record]], key: str, person: str, months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months) == (person, months)


@pytest.mark.parametrize(("key", "people", "charge", "outcome"), [
    ("quashed-murder", {"Andrew Malkin"}, "murder", Outcome.DISMISSED),
    ("overturned-rape", {"Tom Reed", "Paul Hale"}, "rape", Outcome.DISMISSED),
    ("upheld-two", {"Leo Marsh"}, "fraud and bribery", Outcome.CONVICTED),
    ("vacated-year", {"Maria Lopez"}, "drug", Outcome.DISMISSED),
])
def test_offence_words_before_the_conviction(records: dict[str, list[Record]], key: str,
                                             people: set[str], charge: str,
                                             outcome: Outcome) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all((r.charge, r.outcome) == (charge, outcome) for r in recs), recs
    assert all(r.sentence_months is None for r in recs)  # a quashed conviction's old term


@pytest.mark.parametrize(("key", "person", "months", "kind"), [
    ("handed-to-suspended", "Elif Sahin", 15, SentenceType.SUSPENDED),
    ("handed-to-deferred", "Deniz Kaya", 15, SentenceType.SUSPENDED),  # (GUIDELINES: HAGB)
    ("handed-to-prison", "Leyla Aksoy", 20, SentenceType.PRISON),
])
def test_a_term_handed_to_someone(records: dict[str, list[Record]], key: str, person: str,
                                  months: int, kind: SentenceType) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.sentence_type) == (person, months, kind)


@pytest.mark.parametrize(("key", "people", "kind"), [
    ("arrested-who", {"Ayse Demir", "Murat Ozturk"}, SentenceType.PRISON),
    ("verdict-for-who", {"Ayse Demir", "Murat Ozturk"}, SentenceType.SUSPENDED),
    ("lawyer-for-who", {"Pavel Semyonov"}, SentenceType.PRISON),
])
def test_who_was_sentenced_refers_to_the_names_before(
        records: dict[str, list[Record]], key: str, people: set[str],
        kind: SentenceType) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    assert all(r.sentence_type is kind and r.sentence_months in {15, 36} for r in recs), recs


@pytest.mark.parametrize(("key", "person", "months"), [
    ("handed-jailed-critic", "Alexei Petrov", 228),
    ("gave-imprisoned-editor", "Ihar Lasko", 36),
    ("more-years", "Marat Gubaidullin", 144),
    ("additional-months", "Tomas Vrba", 18),
])
def test_a_new_term_beside_an_old_one(records: dict[str, list[Record]], key: str,
                                      person: str, months: int) -> None:
    (rec,) = records[key]  # "jailed critic" describes; it is no record of its own
    assert (rec.person, rec.sentence_months) == (person, months)


@pytest.mark.parametrize("key", ["first-in-years", "half-day-trial"])
def test_a_span_of_time_is_no_sentence(records: dict[str, list[Record]], key: str) -> None:
    (rec,) = records[key]
    assert rec.sentence is None and rec.sentence_months is None
