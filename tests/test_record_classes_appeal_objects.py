"""Appeals and outcomes whose defendants are the object of a noun, each in several phrasings of
our own: "the convictions of A and B" (every one of them), "the sentence handed to X" (the
participle's object), "X's appeal against ... was dismissed" (the appellant's conviction stands),
and a bare name or a title before a defendant's name that is never the charge."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    # ---- several owners of one quashed / upheld / dropped outcome
    "quashed-two": "The Court of Appeal in Leeds quashed the convictions of Owen Hart and "
                   "Lucy Brandt on Tuesday.",
    "overturned-three": "On Monday the Supreme Court overturned the convictions of Rauf "
                        "Guliyev, Emin Aliyev and Tural Hasanov.",
    "dropped-two": "A judge in Tulsa dismissed the charges against Kyle Dorsey and Maria "
                   "Vance on Wednesday.",
    "upheld-plural": "The regional court in Karaganda upheld the convictions of Daulet "
                     "Serikbayev and Arman Zhunusov on Thursday.",
    "upheld-both": "An appeals court in Kutaisi on Friday affirmed both convictions of Levan "
                   "Gelashvili and Nika Maisuradze.",
    # ---- the sentence given to someone, revised or upheld
    "upheld-handed-to": "An appeals court in Kazan on Monday upheld the seven-year sentence "
                        "handed to Ruslan Galiev in October.",
    "upheld-imposed-on": "The Supreme Court on Wednesday upheld the 11-year prison term "
                         "imposed on Farid Mammadli.",
    "reduced-given-to": "The Osh regional court reduced the sentence given to blogger Timur "
                        "Sadykov from six years to four years on Thursday.",
    # ---- the sentence "against" someone, upheld on appeal
    "upheld-against": "The Supreme Court on Wednesday confirmed the death sentence against "
                      "protester Reza Tavani.",
    "upheld-against-term": "An appeals court in Shiraz upheld the eight-year prison sentence "
                           "against blogger Nima Sorush on Monday.",
    "upheld-against-same": "The same court confirmed the same sentence against Kian Farsi on "
                           "Thursday.",
    "upheld-against-advice": "The regional court in Kazan on Monday upheld the sentence "
                             "against the advice of its own experts, the agency said.",
    # ---- "death penalties" (plural) is the kind of term
    "death-penalties": "A criminal court in Tanta handed down death penalties to 12 members of "
                       "an armed cell on Tuesday.",
    "death-penalties-case": "A court in Tanta has handed down death penalties in the case of "
                            "nine men, finding them guilty of bombing a police station.",
    # ---- a name after "for" is whose, not what
    "deferred-for-name": "The Izmir court convicted 9 of the 20 defendants on Friday. Deniz "
                         "Arslan and Kerem Tas were sentenced to two years each, while the "
                         "ruling was postponed for Selin Kurt.",
    "requested-for-name": "The court in Van sentenced Baran Yilmaz and Rojda Demir to three "
                          "years each; the prosecutor had asked for Zozan Akin.",
    "title-before-name": "Appeal judges upheld the conviction of haulage boss Keith Orton, who "
                         "was jailed for six years after a lorry crash.",
    "title-before-name-2": "The court confirmed the sentence of former mayor Rustam Ergashev, "
                           "who was jailed for nine years in March.",
    "jury-tally": "A jury at Leeds Crown Court convicted Gary Holt of robbery by a majority "
                  "of ten to two on Monday.",
    "jury-tally-only": "The jury convicted Dean Frost by a majority of 11 to one.",
    # ---- an appeal dismissed, told after its owner
    "appeal-late-against": "Gareth Lowe's appeal against his conviction for manslaughter was "
                           "dismissed by the Court of Appeal in London on Tuesday.",
    "appeal-late-plural": "The appeals of Ravshan Tursunov and Bobur Aliev were rejected by the "
                          "Tashkent city court on Wednesday.",
    "appeal-late-pronoun": "Hollie Dean was jailed for five years for fraud in 2022. Her appeal "
                           "against the sentence was refused on Thursday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _people(recs: list[Record]) -> dict[str | None, Record]:
    return {r.person: r for r in recs}


@pytest.mark.parametrize(("key", "names", "outcome", "city", "day"), [
    ("quashed-two", ["Owen Hart", "Lucy Brandt"], Outcome.DISMISSED, "Leeds", 12),
    ("overturned-three", ["Rauf Guliyev", "Emin Aliyev", "Tural Hasanov"], Outcome.DISMISSED,
     None, 11),
    ("dropped-two", ["Kyle Dorsey", "Maria Vance"], Outcome.DISMISSED, "Tulsa", 13),
    ("upheld-plural", ["Daulet Serikbayev", "Arman Zhunusov"], Outcome.CONVICTED, "Karaganda",
     14),
    ("upheld-both", ["Levan Gelashvili", "Nika Maisuradze"], Outcome.CONVICTED, "Kutaisi", 15),
])
def test_every_owner_of_a_plural_outcome_is_a_record(
        records: dict[str, list[Record]], key: str, names: list[str], outcome: Outcome,
        city: str | None, day: int) -> None:
    got = _people(records[key])
    assert sorted(n for n in got if n) == sorted(names), (key, records[key])
    assert None not in got  # no unnamed group beside them
    for name in names:
        rec = got[name]
        assert rec.outcome == outcome
        assert rec.city == city
        assert rec.date == dt.date(2024, 3, day)
        assert rec.sentence is None
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


@pytest.mark.parametrize(("key", "person", "months", "day"), [
    ("upheld-handed-to", "Ruslan Galiev", 84, 11),
    ("upheld-imposed-on", "Farid Mammadli", 132, 13),
    ("reduced-given-to", "Timur Sadykov", 48, None),  # (its date: a known miss)
])
def test_the_sentence_given_to_someone_belongs_to_them(
        records: dict[str, list[Record]], key: str, person: str, months: int,
        day: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_months == months
    if day is not None:
        assert rec.date == dt.date(2024, 3, day)


@pytest.mark.parametrize("key", ["deferred-for-name", "requested-for-name"])
def test_a_bare_name_after_for_is_never_a_charge(
        records: dict[str, list[Record]], key: str) -> None:
    recs = records[key]
    assert len(recs) >= 2
    for rec in recs:
        assert rec.charge is None, rec
        assert rec.sentence_months == (24 if key == "deferred-for-name" else 36)


@pytest.mark.parametrize(("key", "names", "charge"), [
    ("appeal-late-against", ["Gareth Lowe"], "manslaughter"),
    ("appeal-late-plural", ["Ravshan Tursunov", "Bobur Aliev"], None),
    ("appeal-late-pronoun", ["Hollie Dean"], "fraud"),
])
def test_an_appeal_dismissed_leaves_its_owners_convicted(
        records: dict[str, list[Record]], key: str, names: list[str],
        charge: str | None) -> None:
    got = _people(records[key])
    assert sorted(n for n in got if n) == sorted(names), records[key]
    assert None not in got
    for name in names:
        assert got[name].outcome == Outcome.CONVICTED
        assert got[name].charge == charge


@pytest.mark.parametrize(("key", "person"), [
    ("title-before-name", "Keith Orton"), ("title-before-name-2", "Rustam Ergashev")])
def test_a_title_before_the_name_is_never_the_charge(
        records: dict[str, list[Record]], key: str, person: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.charge is None


@pytest.mark.parametrize(("key", "charge"), [("jury-tally", "robbery"),
                                             ("jury-tally-only", None)])
def test_a_jurys_tally_is_never_the_charge(
        records: dict[str, list[Record]], key: str, charge: str | None) -> None:
    assert only_record(records, TEXTS, key).charge == charge


@pytest.mark.parametrize(("key", "person", "months", "kind", "day"), [
    ("upheld-against", "Reza Tavani", None, SentenceType.DEATH, 13),
    ("upheld-against-term", "Nima Sorush", 96, SentenceType.PRISON, 11),
    ("upheld-against-same", "Kian Farsi", None, None, 14),
])
def test_the_sentence_against_someone_upheld_is_theirs(
        records: dict[str, list[Record]], key: str, person: str, months: int | None,
        kind: SentenceType | None, day: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert rec.outcome == Outcome.CONVICTED
    assert rec.sentence_months == months
    assert rec.sentence_type == kind
    assert rec.date == dt.date(2024, 3, day)


@pytest.mark.parametrize(("key", "size"), [("death-penalties", 12),
                                           ("death-penalties-case", 9)])
def test_death_penalties_are_death_sentences(
        records: dict[str, list[Record]], key: str, size: int) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person is None and rec.group_size == size
    assert rec.sentence_type == SentenceType.DEATH
    assert rec.city == "Tanta"


def test_a_sentence_upheld_against_advice_has_no_owner(
        records: dict[str, list[Record]]) -> None:
    assert records["upheld-against-advice"] == []
