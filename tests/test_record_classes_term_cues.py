"""Sentence slots read from cues the term phrase itself lacks, each in phrasings of our own:

- a ceiling imposed on the verb's objects ("jailed nine protesters for up to four years",
  "sentenced six defendants to up to eight years"): an imposed term, not a hedge; for a
  group it states the top of their terms, no one's months; for one person, the term;
  a hedge before the verb still holds ("could be jailed for up to"), and a bare present
  verb imposes nothing ("magistrates can jail offenders for up to two years");
- a whole term suspended in a sentence of its own after it ("The sentences were
  suspended.", "Still, the court suspended the sentence for two years", "The prison
  sentence was deferred."): a `suspended` term of that length; not a part suspended ("Two
  years of the sentence were suspended"), a stay ("suspended pending appeal"), nor a
  singular "the sentence" over several different terms;
- slips in reading a term phrase: a duration held or spent is no term ("a trial that lasted
  half a day", "after spending two years on remand"), nor a wish ("they had hoped not to be
  sent back to prison"); "one-and-a-half years of actual imprisonment" is 18 months, never
  a range "a-half years"; an object in brackets ("three Islamic State (IS) fighters") still
  lets "sentenced ... to death" be a death sentence;
- custody before any verdict is no conviction ("were jailed briefly in 2019 but later
  released as their trial continued", "was jailed pending trial"); a term imposed ("jailed
  for six years") and a sentence beside a brief detention stay records.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 4, 19)

TEXTS: dict[str, str] = {
    # ---- a ceiling after the verb's objects
    "ceiling-for": "A district court in Tarnby has jailed eleven dock workers for up to three "
                   "years and five months after they were convicted of rioting.",
    "ceiling-to": "A court in Marlow Vale sentenced four other unnamed defendants to up to nine "
                  "years in prison for arson, an official said.",
    "ceiling-one": "The anti-graft tribunal in Corvena sentenced a former port director to up "
                   "to 32 years in prison over rigged tenders.",
    "ceiling-hedged": "The three drivers could be jailed for up to six years if they are "
                      "convicted of smuggling in Tarnby.",
    "ceiling-can": "Magistrates in Tarnby can jail offenders for up to two years for such "
                   "offences, the minister told reporters.",
    # ---- a whole term suspended in a later sentence
    "suspended-plural": "A court in Velsk found two members of a banned movement guilty of "
                        "extremism on Tuesday. Each of them was sentenced to a prison term of "
                        "four years. The sentences were ruled to be suspended with a probation "
                        "period of two years, the court said.",
    "suspended-verb": "The former governor Han Jae-sik received a 14-month jail term on Friday "
                      "for taking kickbacks. Still, the Incheon District Court suspended the "
                      "sentence for three years.",
    "suspended-each": "Magistrate Ruth Mbewe sentenced six traders to three months imprisonment "
                      "each with hard labour for obstructing officers in Ndola. However, the "
                      "magistrate suspended each of the sentences on condition that they do not "
                      "reoffend.",
    "deferred": "Columnist Selin Akbas was sentenced to 1 year and 6 months in prison on charges "
                "of insulting an official in Izmir. The prison sentence was deferred.",
    "part-suspended": "Tom Wexley was jailed for four years at Hull Crown Court on Monday. Two "
                      "years of the sentence were suspended.",
    "stayed": "Tom Wexley was jailed for four years at Hull Crown Court on Monday. The sentence "
              "was suspended pending his appeal.",
    "singular-over-two": "Tom Wexley was jailed for four years and Ann Lacey for two years at "
                         "Hull Crown Court. The sentence was suspended.",
    # ---- slips in reading the term phrase
    "half-a-day": "A court in Vinh has sentenced a blogger to six years in prison for anti-state "
                  "videos. Following a trial that lasted half a day, Dang Van Minh was convicted "
                  "of spreading propaganda.",
    "suspended-for-one": "Tom Baker and Mary Jones were each jailed for two years at Leeds "
                         "Crown Court on Monday for fraud. The sentence was suspended for Jones.",
    "co-accused-without-term": "A court in Leeds jailed Tom Baker for two years for fraud on "
                               "Monday. His co-accused, Mary Jones, was also convicted. Her "
                               "sentence was suspended.",
    "stayed-later": "In 2019 a court in Leeds jailed Tom Baker for three years for fraud. His "
                    "sentence was suspended in 2021 on health grounds.",
    "a-half": "Two of the men were given suspended sentences. The third man, Colm Deery, was "
              "given sentences amounting to a total of one-and-a-half years of actual "
              "imprisonment.",
    "bracketed-object": "A court in Mosul on Tuesday sentenced three Islamic State (IS) fighters "
                        "to death for a bombing.",
    "hoped-not-to": "The Military Court in Gulu has sentenced five Freedom Alliance supporters "
                    "to four months and 12 days in prison for treachery.\n\nThe individuals "
                    "sentenced are Amos Okello, Grace Atim, Peter Ojok, Sarah Akello and John "
                    "Opio.\n\nSpeaking outside court, they said that after pleading guilty and "
                    "spending two years on remand, they had hoped not to be sent back to prison.",
    # ... but a decision "not to" do something else is no wish about the term
    "decided-not-to": "Anna Novak, who decided not to appeal, was jailed for six years at "
                      "Warsaw District Court on Monday for fraud.",
    "chose-not-to": "Ivo Marek chose not to give evidence and was sentenced to four years for "
                    "arson on Monday.",
    # ---- custody before a verdict
    "jailed-briefly": "A court in Izmir on Tuesday acquitted three writers of terrorism charges. "
                      "The writers, Deniz Kaya, Ayla Tan and Omer Sahin, were jailed briefly in "
                      "2019 but later released as their trial continued, their lawyers said.",
    "jailed-pending": "Deniz Kaya was jailed pending trial in Izmir in 2019.",
    "jailed-term": "Deniz Kaya was jailed for six years by a court in Izmir on Tuesday.",
    "briefly-then-sentenced": "Deniz Kaya, who was briefly jailed in 2019, was sentenced to two "
                              "years by a court in Izmir on Tuesday.",
    # a term imposed before words of custody or of an appeal's pretrial detention
    "jailed-against-bail": "Oskar Lind was jailed for three years at Hull Crown Court on "
                           "Friday for thefts against shop owners committed while on bail.",
    "jailed-against-arrest": "Pia Marsh was jailed for 18 months at Hull Crown Court on Friday "
                             "for an assault against two officers during her arrest.",
    "jailed-ahead-of-trial": "Oskar Lind was jailed for four years at Hull Crown Court on "
                             "Friday for bribing a juror ahead of the trial.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "sentence"), [
    ("ceiling-for", 11, "three years and five months"),
    ("ceiling-to", 4, "nine years in prison"),
])
def test_a_ceiling_imposed_on_a_group_is_their_kind_without_months(
        records: dict[str, list[Record]], key: str, size: int, sentence: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size, rec.sentence) == (None, size, sentence)
    assert rec.sentence_type is SentenceType.PRISON
    assert rec.sentence_months is None  # the top of their terms, no one's length


def test_a_ceiling_imposed_on_one_person_is_the_term(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "ceiling-one")
    assert (rec.group_size, rec.sentence_months, rec.sentence_type) == (
        1, 384, SentenceType.PRISON)


@pytest.mark.parametrize("key", ["ceiling-hedged", "ceiling-can"])
def test_a_possible_ceiling_is_still_no_record(records: dict[str, list[Record]],
                                               key: str) -> None:
    assert records[key] == []


@pytest.mark.parametrize(("key", "months"), [
    ("suspended-plural", 48),
    ("suspended-verb", 14),
    ("suspended-each", 3),
    ("deferred", 18),
])
def test_a_term_suspended_in_a_later_sentence_is_suspended(
        records: dict[str, list[Record]], key: str, months: int) -> None:
    assert records[key]
    for rec in records[key]:
        assert (rec.sentence_type, rec.sentence_months) == (SentenceType.SUSPENDED, months)


@pytest.mark.parametrize("key", ["part-suspended", "stayed", "singular-over-two",
                                 "suspended-for-one", "co-accused-without-term",
                                 "stayed-later"])
def test_a_part_suspended_or_a_stay_leaves_the_prison_term(
        records: dict[str, list[Record]], key: str) -> None:
    termed = [r for r in records[key] if r.sentence_months]
    assert termed, records[key]
    assert all(r.sentence_type is SentenceType.PRISON for r in termed)


def test_a_duration_held_is_no_term(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "half-a-day")
    assert rec.person == "Dang Van Minh"
    assert rec.sentence is None or "day" not in rec.sentence


def test_one_and_a_half_years_is_no_range(records: dict[str, list[Record]]) -> None:
    rec = next(r for r in records["a-half"] if r.person == "Colm Deery")
    assert (rec.sentence, rec.sentence_months) == ("one-and-a-half years", 18)


def test_an_object_in_brackets_before_to_death(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "bracketed-object")
    assert (rec.group_size, rec.sentence_type) == (3, SentenceType.DEATH)


def test_a_wish_and_time_on_remand_leave_the_group_term(
        records: dict[str, list[Record]]) -> None:
    recs = records["hoped-not-to"]
    assert {r.person for r in recs} == {"Amos Okello", "Grace Atim", "Peter Ojok",
                                        "Sarah Akello", "John Opio"}
    assert {(r.sentence, r.sentence_months) for r in recs} == {
        ("four months and 12 days in prison", 4.4)}


@pytest.mark.parametrize(("key", "months"), [("decided-not-to", 72), ("chose-not-to", 48)])
def test_a_decision_not_to_act_keeps_the_term(records: dict[str, list[Record]], key: str,
                                              months: int) -> None:
    [rec] = records[key]
    assert (rec.sentence_type, rec.sentence_months) == ("prison", months)


def test_custody_before_a_verdict_is_no_conviction(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.outcome) for r in records["jailed-briefly"]] == [
        (None, Outcome.ACQUITTED)]
    assert records["jailed-pending"] == []


@pytest.mark.parametrize(("key", "months"), [("jailed-term", 72),
                                             ("briefly-then-sentenced", 24)])
def test_a_term_beside_a_detention_stays(records: dict[str, list[Record]], key: str,
                                         months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.outcome, rec.sentence_months) == (
        "Deniz Kaya", Outcome.CONVICTED, months)


@pytest.mark.parametrize(("key", "months"), [
    ("jailed-against-bail", 36), ("jailed-against-arrest", 18), ("jailed-ahead-of-trial", 48)])
def test_a_term_imposed_stays_beside_words_of_custody(records: dict[str, list[Record]],
                                                      key: str, months: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.outcome, rec.sentence_months) == (Outcome.CONVICTED, months)
