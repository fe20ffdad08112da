"""Recall classes found by reading the misses of unannotated court news (bench/misses.py),
each in several phrasings of our own: a sentence imposed *on* someone ("imposed a life
sentence on X", "passed a suspended sentence upon two members", "delivered death sentences
to four men", "handed down a term against X"); a qualified term ("got the longest sentence
of 40 months"); "sent to prison for N years"; members of a named community as unnamed
defendants ("a Jehovah's Witness", "two Jehovah's Witnesses"); and their look-alikes that
state no outcome."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 8, 7)

TEXTS: dict[str, str] = {
    # ---- a sentence imposed on, upon, to or against its defendant
    "imposed-on-name": "Judge Mary Lowe imposed the mandatory life sentence on Dean Harte at the "
                       "Central Criminal Court in Dublin on Monday.",
    "imposed-on-accused": "The court in Kisumu imposed a four-year prison sentence on the "
                          "accused for robbery.",
    "imposed-on-both": "The judge imposed mandatory life sentences on both men for the murder "
                       "of a shopkeeper.",
    "passed-upon-group": "A district court in Omsk has passed a five-year suspended sentence "
                         "upon three members of a banned religious group, the court said.",
    "delivered-to-group": "A tribunal in Dhaka on 3 May 2023 delivered death sentences to five "
                          "men for crimes committed during the war.",
    "handed-down-against": "The Busan district court handed down a 12-year prison term against "
                           "former mayor Kim Jae-ho on Friday.",
    "gave-to-apposition": "The court in Yerevan also gave a two-year suspended jail term to one "
                          "of his deputies, Anna Petrosyan, who admitted leaking the report.",
    # ---- look-alikes: possible, requested or general impositions
    "could-have-imposed": "The judge could have imposed a life sentence on Ray Cole.",
    "asked-to-impose": "Prosecutors asked the judge to impose a ten-year sentence on Lee Park.",
    # ---- a qualified term after a give verb
    "got-longest": "Ali Mensah, 22, who threw stones at police, got the longest sentence of 40 "
                   "months in prison.",
    "handed-longest": "Tom Reyes was handed the longest sentence of 11 years for fraud and "
                      "bribery.",
    "received-heaviest": "Pedro Gil received the heaviest sentence of 20 years in prison.",
    # ---- sent to prison for a term
    "sent-passive": "Gang leader Tom Birch, 41, of Bolton, was sent to prison for 18 years on "
                    "Friday.",
    "sent-active": "A judge in Hull sent Jack Lamb to jail for six years for burglary.",
    "sent-to-await": "Ray Cole was sent to prison to await his trial on fraud charges.",
    # ---- members of a named community, unnamed
    "community-one": "A court in Russia's Kursk region has sentenced a Jehovah's Witness to six "
                     "years in prison on extremism charges.",
    "community-two": "A court in Perm has sentenced two Jehovah's Witnesses to five years in "
                     "prison.",
    "community-subject": "Two Jehovah's Witnesses were jailed for three years each by a court "
                         "in Orenburg on Monday.",
    "community-follower": "A court in Tver has sentenced a Jehovah's Witness follower to seven "
                          "years in prison, the group said on Tuesday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _only(records: dict[str, list[Record]], key: str) -> Record:
    recs = records[key]
    assert len(recs) == 1, (key, recs)
    rec = recs[0]
    assert rec.outcome is Outcome.CONVICTED, rec
    # the evidence is the text's own sentence, found again at its offsets
    assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    return rec


@pytest.mark.parametrize(("key", "person", "size", "kind", "months"), [
    ("imposed-on-name", "Dean Harte", 1, SentenceType.LIFE, None),
    ("imposed-on-accused", None, 1, SentenceType.PRISON, 48),
    ("imposed-on-both", None, 2, SentenceType.LIFE, None),
    ("passed-upon-group", None, 3, SentenceType.SUSPENDED, 60),
    ("delivered-to-group", None, 5, SentenceType.DEATH, None),
    ("handed-down-against", "Kim Jae-ho", 1, SentenceType.PRISON, 144),
    ("gave-to-apposition", "Anna Petrosyan", 1, SentenceType.SUSPENDED, 24),
])
def test_a_sentence_imposed_on_someone_is_their_record(
        records: dict[str, list[Record]], key: str, person: str | None, size: int,
        kind: SentenceType, months: float | None) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (person, size)
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)
    assert rec.rule_id == "imposed-term-on"


def test_an_imposition_that_was_possible_or_asked_for_is_no_record(
        records: dict[str, list[Record]]) -> None:
    assert records["could-have-imposed"] == []
    assert records["asked-to-impose"] == []


@pytest.mark.parametrize(("key", "person", "months"), [
    ("got-longest", "Ali Mensah", 40),
    ("handed-longest", "Tom Reyes", 132),
    ("received-heaviest", "Pedro Gil", 240),
])
def test_a_superlative_term_after_a_give_verb_is_the_persons_term(
        records: dict[str, list[Record]], key: str, person: str, months: float) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert rec.sentence_months == months
    assert rec.sentence_type is SentenceType.PRISON


@pytest.mark.parametrize(("key", "person", "months"), [
    ("sent-passive", "Tom Birch", 216),
    ("sent-active", "Jack Lamb", 72),
])
def test_sent_to_prison_for_a_term_is_a_prison_sentence(
        records: dict[str, list[Record]], key: str, person: str, months: float) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PRISON, months)


def test_sent_to_prison_without_a_term_is_remand_not_a_sentence(
        records: dict[str, list[Record]]) -> None:
    assert records["sent-to-await"] == []


@pytest.mark.parametrize(("key", "size", "months"), [
    ("community-one", 1, 72),
    ("community-two", 2, 60),
    ("community-subject", 2, 36),
    ("community-follower", 1, 84),
])
def test_members_of_a_named_community_are_an_unnamed_group(
        records: dict[str, list[Record]], key: str, size: int, months: float) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (None, size)
    assert rec.sentence_months == months
