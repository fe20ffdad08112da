"""Recall classes of unnamed groups and non-custodial terms, found by reading the misses of
unannotated court news (bench/misses.py), each in phrasings of our own:

- counted groups whose term is bounded ("sentenced four men to at least nine years each",
  "to more than 12 years"): a bound of the term is no statistic; "another 11 defendants";
- a group word or a bare number as the group ("the trio", "the pair", "the five");
- a definite group that restates the people named just before ("A, B and C were convicted
  ... The three men were jailed"): no record of its own, its term goes to them; "the other
  three" are others;
- non-custodial and local kinds: "parole-like sentences", "restraint of liberty" →
  ``restricted_freedom``; fines with a spaced thousands comma ("K3, 000"); "to pay ... or in
  default serve ..." → a fine (the jail term only if unpaid); "fines of between ...";
- look-alikes that are no records: statistics ("more than 300 people ... at least five
  years", "a total of 45 people"), hypotheticals ("could be jailed for up to"), a
  requested sentence, "face ... if convicted".
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 10)

TEXTS: dict[str, str] = {
    # ---- counted groups with a bounded or spread term
    "at-least-each": "The regional court in Taraz has sentenced four men to at least nine years "
                     "in prison each for robbery.",
    "more-than": "Three accomplices of the gang leader were sentenced to more than 12 years in "
                 "the same case.",
    "at-least-active": "A judge in Kitale sentenced six poachers to at least seven years' "
                       "imprisonment each on Wednesday.",
    "another-count": "Another 11 defendants were sentenced to between two and 15 years in "
                     "prison by the court in Osh.",
    "another-count-accused": "Another 14 activists accused of rioting were sentenced to prison "
                             "terms of between three and nine years on Monday.",
    # ---- a group word or a bare number as the group
    "the-trio": "The trio were jailed for burglary at Bristol Crown Court on Monday.",
    "the-pair": "The pair were each sentenced to four years in jail by a court in Derby.",
    "the-five": "The five were jailed at Leeds Crown Court on Friday for affray.",
    # ---- a definite group restating named defendants
    "restates-named": "Ali Kerimov, Bolat Serikov and Daniyar Ospanov were convicted of fraud "
                      "by a court in Almaty on Monday. The three men were jailed for five years "
                      "each.",
    "restates-named-trio": "Omar Sadykov and Ruslan Bekov were found guilty of bribery in "
                           "Karaganda on Tuesday. The pair were sentenced to six years in prison.",
    "mixed-verdict-pair": "Tom Fenwick and Joe Alder were convicted of murder at the Old Bailey "
                          "on Friday. The jury found the pair not guilty of attempted murder.",
    "mixed-verdict-far": "Tom Fenwick and Joe Alder were convicted of murder at the Old Bailey on "
                         "Friday. The victim's mother wept in court. Outside, her brother spoke "
                         "to reporters. He thanked the police for their work. The family asked "
                         "for privacy. The jury found the pair not guilty of attempted murder.",
    "other-three": "Ivan Sokolov and Pavel Orlov were convicted of extremism in Kazan on Monday. "
                   "The other three defendants were acquitted of all charges.",
    # ---- non-custodial and local kinds
    "parole-like-given": "Four former soldiers were given parole-like sentences by a court in "
                         "Semey on Thursday.",
    "parole-like-handed": "Nine defendants were handed parole-like sentences by the court in "
                          "Nukus and freed in the courtroom.",
    "restraint-liberty": "The court in Bishkek sentenced six defendants to restraint of liberty "
                         "for two years on Tuesday.",
    "restriction-ceiling": "The Bishkek court sentenced 14 defendants to terms of imprisonment "
                           "from two to 10 years, six defendants were sentenced to restriction "
                           "of liberty for up to three years.",
    "parole-like-length": "Marat Jolbarsov was sentenced to two years of parole-like restricted "
                          "freedom by a court in Nukus.",
    "imposed-on-definite": "Journalist Aigul Qasymova was convicted of spreading false "
                           "information by a court in Taraz on Monday. The court imposed a "
                           "parole-like sentence on the journalist.",
    "vague-lead": "A court in Taraz imposed a parole-like sentence on a journalist for spreading "
                  "false information. Aigul Qasymbayeva was sentenced to two years of restricted "
                  "freedom on Tuesday. In 2020 the same court sentenced blogger Dana Ospanova "
                  "to one year of restricted freedom for libel.",
    "lead-other-kind": "A court in Taraz imposed a parole-like sentence on a blogger for insulting "
                       "a judge. Aigul Qasymbayeva was sentenced to two years in prison on "
                       "Tuesday. In 2020 the same court sentenced blogger Dana Ospanova to one "
                       "year of restricted freedom for libel.",
    "death-banned-group": "A Jordanian court has sentenced eight members of the outlawed Tahrir "
                          "party to death.",
    "beaten-to-death": "A court in Lahore sentenced two men for beating a shopkeeper to death "
                       "in 2019.",
    "pay-or-default": "A magistrate in Ndola sentenced three traders to pay K3, 000 each or in "
                      "default serve four months simple imprisonment for selling fake seed.",
    "fined-spaced-comma": "A magistrate in Lusaka fined the trader K250, 000 or in default six "
                          "months imprisonment with hard labour.",
    "fine-gel": "The Tbilisi City Court imposed a GEL 2,000 fine on a protester on Friday.",
    "fines-between": "Twelve guests received fines of between 1,500 and 2,000 euros from a "
                     "court in Split on Friday.",
    "day-detentions": "The judge sentenced three activists to 12-day administrative detentions "
                      "in Tbilisi on Sunday.",
    "detention-range": "The Tbilisi City Court has sentenced six protesters to administrative "
                       "detention of between 5 and 12 days.",
    "verbal-warning": "Tamar Jgenti was found guilty of petty hooliganism by the Tbilisi City "
                      "Court on Monday and given a verbal warning.",
    "upheld-penalty-of": "The Appellate Division in Dhaka upheld the death penalty of four "
                         "convicts in a murder case.",
    # ---- look-alikes: statistics, hypotheticals, requests
    "statistic-at-least": "Since January, more than 300 people have been sentenced to at least "
                          "five years in prison, the ministry said.",
    "statistic-total": "A total of 45 people were sentenced to more than 10 years in jail last "
                       "year.",
    "could-be-jailed": "The pair could be jailed for up to seven years.",
    "face-restriction": "The three accused face restriction of liberty for up to two years if "
                        "convicted.",
    "asked-parole-like": "Prosecutors asked the court to hand parole-like sentences to the four "
                         "defendants.",
    "police-warning": "Police gave the driver a verbal warning on Monday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _only(records: dict[str, list[Record]], key: str) -> Record:
    return only_record(records, TEXTS, key)


@pytest.mark.parametrize(("key", "size", "months"), [
    ("at-least-each", 4, 108),
    ("more-than", 3, 144),
    ("at-least-active", 6, 84),
    ("another-count", 11, 24),
    ("another-count-accused", 14, 36),
])
def test_a_counted_group_with_a_bounded_or_spread_term_is_a_record(
        records: dict[str, list[Record]], key: str, size: int, months: float) -> None:
    rec = _only(records, key)
    assert rec.person is None and rec.group_size == size
    assert rec.outcome is Outcome.CONVICTED
    assert rec.sentence_type is SentenceType.PRISON
    assert rec.sentence_months == months  # the bound or the range's minimum


@pytest.mark.parametrize(("key", "size"), [("the-trio", 3), ("the-pair", 2), ("the-five", 5)])
def test_a_group_word_or_a_bare_number_counts_the_group(
        records: dict[str, list[Record]], key: str, size: int) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (None, size)
    assert rec.city is not None  # identifiable: a place


@pytest.mark.parametrize(("key", "people", "months", "absorbed"), [
    # ("the three men", "the pair": read as the names before them by the counted
    # reference already, so no group is left to absorb)
    ("restates-named", {"Ali Kerimov", "Bolat Serikov", "Daniyar Ospanov"}, 60, False),
    ("restates-named-trio", {"Omar Sadykov", "Ruslan Bekov"}, 72, False),
])
def test_a_definite_group_restating_named_people_is_no_record_of_its_own(
        records: dict[str, list[Record]], key: str, people: set[str], months: float,
        absorbed: bool) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people  # no unnamed group beside them
    for rec in recs:
        assert rec.sentence_months == months  # the group's term is each one's
        assert rec.sentence_type is SentenceType.PRISON
        assert ("definite-group" in rec.flags) is absorbed


@pytest.mark.parametrize("key", ["mixed-verdict-pair", "mixed-verdict-far"])
def test_a_partial_acquittal_of_the_named_pair_leaves_their_convictions(
        records: dict[str, list[Record]], key: str) -> None:
    recs = records[key]
    assert {r.person for r in recs} == {"Tom Fenwick", "Joe Alder"}
    assert {r.outcome for r in recs} == {Outcome.CONVICTED}


def test_the_other_three_are_not_the_named_ones(records: dict[str, list[Record]]) -> None:
    recs = records["other-three"]
    group = [r for r in recs if r.person is None]
    assert len(group) == 1 and group[0].group_size == 3
    assert group[0].outcome is Outcome.ACQUITTED
    assert {r.person for r in recs if r.person} == {"Ivan Sokolov", "Pavel Orlov"}


@pytest.mark.parametrize(("key", "size", "months", "flag"), [
    ("parole-like-given", 4, None, "term:term-parole-like"),
    ("parole-like-handed", 9, None, "term:term-parole-like"),
    ("restraint-liberty", 6, 24, "term:term-restraint"),
])
def test_parole_like_terms_and_restraint_of_liberty_are_restricted_freedom(
        records: dict[str, list[Record]], key: str, size: int, months: float | None,
        flag: str) -> None:
    rec = _only(records, key)
    assert rec.group_size == size and rec.outcome is Outcome.CONVICTED
    assert rec.sentence_type is SentenceType.RESTRICTED_FREEDOM
    assert rec.sentence_months == months
    assert flag in rec.flags


def test_a_parole_like_term_keeps_its_length_and_its_definite_owner(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "parole-like-length")
    assert rec.person == "Marat Jolbarsov"
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.RESTRICTED_FREEDOM, 24)
    # "imposed ... on the journalist": the journalist named before, not a second defendant
    rec = _only(records, "imposed-on-definite")
    assert rec.person == "Aigul Qasymova"
    assert rec.sentence_type is SentenceType.RESTRICTED_FREEDOM


def test_a_vague_lead_of_the_same_kind_is_the_named_defendant(
        records: dict[str, list[Record]]) -> None:
    recs = records["vague-lead"]
    assert {r.person for r in recs} == {"Aigul Qasymbayeva", "Dana Ospanova"}
    rec = next(r for r in recs if r.person == "Aigul Qasymbayeva")
    assert rec.sentence_months == 24
    assert rec.sentence_type is SentenceType.RESTRICTED_FREEDOM
    assert "vague-lead" in rec.flags
    # a lead of another kind of term is another defendant
    recs = records["lead-other-kind"]
    assert sorted((r.person or "", r.sentence_type) for r in recs) == [
        ("", SentenceType.RESTRICTED_FREEDOM), ("Aigul Qasymbayeva", SentenceType.PRISON),
        ("Dana Ospanova", SentenceType.RESTRICTED_FREEDOM)]


def test_death_for_members_of_a_banned_group_but_not_beaten_to_death(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "death-banned-group")
    assert (rec.person, rec.group_size) == (None, 8)
    assert rec.sentence_type is SentenceType.DEATH
    assert all(r.sentence_type is not SentenceType.DEATH for r in records["beaten-to-death"])


def test_a_ceiling_of_restriction_is_the_kind_without_a_length(
        records: dict[str, list[Record]]) -> None:
    recs = sorted(records["restriction-ceiling"], key=lambda r: r.group_size)
    assert [r.group_size for r in recs] == [6, 14]
    six, fourteen = recs
    assert six.sentence_type is SentenceType.RESTRICTED_FREEDOM
    assert six.sentence_months is None  # "up to three years" is no one's term
    assert fourteen.sentence_type is SentenceType.PRISON and fourteen.sentence_months == 24


@pytest.mark.parametrize(("key", "size", "amount"), [
    ("pay-or-default", 3, "K3, 000"),
    ("fined-spaced-comma", 1, "K250, 000"),
    ("fines-between", 12, "2,000 euros"),
    ("fine-gel", 1, "GEL 2,000"),
])
def test_fines_in_local_typesetting_are_fines(
        records: dict[str, list[Record]], key: str, size: int, amount: str) -> None:
    rec = _only(records, key)
    assert rec.group_size == size
    assert rec.sentence_type is SentenceType.FINE  # jail only if unpaid is still a fine
    assert rec.sentence is not None and amount in rec.sentence
    assert rec.sentence_months is None


@pytest.mark.parametrize(("key", "size", "months"), [
    ("day-detentions", 3, 0.4), ("detention-range", 6, 0.17)])
def test_administrative_detention_in_days_is_prison_of_days_over_thirty(
        records: dict[str, list[Record]], key: str, size: int, months: float) -> None:
    rec = _only(records, key)
    assert rec.group_size == size
    assert rec.sentence_type is SentenceType.PRISON and rec.sentence_months == months


def test_a_courts_verbal_warning_is_an_other_penalty_without_length(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "verbal-warning")
    assert rec.person == "Tamar Jgenti" and rec.outcome is Outcome.CONVICTED
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.OTHER, None)
    assert "term:term-warning" in rec.flags
    assert records["police-warning"] == []  # no court, no outcome: no record


def test_an_upheld_penalty_of_a_counted_group_is_its_record(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "upheld-penalty-of")
    assert (rec.person, rec.group_size) == (None, 4)
    assert rec.sentence_type is SentenceType.DEATH and rec.rule_id == "sentence-revised"


@pytest.mark.parametrize("key", ["statistic-at-least", "statistic-total", "could-be-jailed",
                                 "face-restriction", "asked-parole-like"])
def test_statistics_hypotheticals_and_requests_are_no_records(
        records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []


# the nouns a court story calls militants and raiders by are people, like "smugglers"
MILITANTS: dict[str, tuple[str, int]] = {
    "another-terrorist": ("A court in Basra sentenced two smugglers to death for trafficking "
                          "weapons. Another terrorist was sentenced to life in jail for "
                          "collaborating with a militia.", 1),
    "bombers": ("Three bombers were jailed for 20 years each by a court in Peshawar on "
                "Monday.", 3),
    "pirates": ("A court in Mombasa jailed seven pirates for ten years for attacking a cargo "
                "ship.", 7),
}


@pytest.mark.parametrize("key", sorted(MILITANTS))
def test_terrorists_bombers_and_pirates_are_people(key: str) -> None:
    text, size = MILITANTS[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.group_size for r in recs if r.person is None][-1:] == [size], recs
