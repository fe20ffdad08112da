"""An unnamed group's term told in the next sentence: "Five activists were convicted ... The
activists were sentenced to two years each" (a definite plural people noun refers back, as
"they" does, when the group was told of by that noun); "jail terms" then "sentences ranging
from 15 to 45 months" (a term of one kind with no length gives way to its length); "only
seven were convicted" (a bare number is a group of that many, not a name nearby); "into
prison" is a place, not a sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)  # a Friday

TEXTS: dict[str, str] = {
    "the-activists": "A court in Van on Monday convicted five activists of insulting the "
                     "president. The activists were sentenced to two years in prison each.",
    "the-activists-each-given": "A court in Van on Monday convicted five activists of insulting "
                                "the president. The activists were each given two years in "
                                "prison.",
    "the-defendants": "A court in Batman convicted four students of vandalism on Monday. The "
                      "defendants were sentenced to 18 months each.",
    "they-range": "A court in Mardin has handed jail terms to seven reporters on charges of "
                  "spreading propaganda. They were given sentences ranging from 15 to 45 "
                  "months in prison.",
    "the-seven-range": "A court in Mardin has handed jail terms to seven reporters on charges "
                       "of spreading propaganda. The seven reporters were given sentences "
                       "ranging from 15 to 45 months in prison.",
    # another noun: other people, not the group before
    "other-men": "A court in Van on Monday convicted five protesters of blocking a road. In "
                 "another courtroom, two drivers denied theft. The judge found the men "
                 "guilty of theft.",
    "only-seven": "Of the 24 defendants from the weekly Yeni Sabah, only seven were convicted "
                  "of spreading propaganda in Ankara on Tuesday.",
    "into-prison": "Four men were jailed at Leeds Crown Court on Monday for smuggling drugs "
                   "into prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "months", "charge"), [
    ("the-activists", 5, 24, "insulting the president"),
    ("the-activists-each-given", 5, 24, "insulting the president"),
    ("the-defendants", 4, 18, "vandalism"),
    ("they-range", 7, 15, "spreading propaganda"),
    ("the-seven-range", 7, 15, "spreading propaganda"),
])
def test_the_groups_term_told_after_it(records: dict[str, list[Record]], key: str, size: int,
                                       months: int, charge: str) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.sentence_months, rec.charge) == (
        None, size, months, charge)
    assert rec.sentence_type == "prison"


def test_the_men_of_another_case_are_not_the_group_before(
        records: dict[str, list[Record]]) -> None:
    groups = [r for r in records["other-men"] if r.group_size == 5]
    assert [g.charge for g in groups] == ["blocking a road"]


def test_only_seven_is_a_group_of_seven(records: dict[str, list[Record]]) -> None:
    (rec,) = records["only-seven"]
    assert (rec.person, rec.group_size, rec.city) == (None, 7, "Ankara")


def test_into_prison_is_no_sentence(records: dict[str, list[Record]]) -> None:
    (rec,) = records["into-prison"]
    assert (rec.group_size, rec.sentence, rec.sentence_type) == (4, None, None)


COUNTED: dict[str, str] = {
    # the group counted in a sentence with no outcome, then referred to by its noun
    "counted-before": "Some have questioned the fairness of the trial of the 24 farmers who "
                      "took part in a protest in the town of Jalal-Abad.\n\nThe protesters were "
                      "convicted on November 12, and received sentences ranging from eight to "
                      "15 years in prison.",
    "counted-demonyms": "Rights groups criticised the trial of the 12 Uzbeks who were detained "
                        "after the clashes in Osh. The defendants were sentenced on Friday to "
                        "between six and ten years in prison.",
    # unnamed people given terms inside the group's range: part of it, no records of their own
    "range-subgroups": "Some have questioned the trial of the 24 farmers who took part in a "
                       "protest in Jalal-Abad.\n\nThe protesters were convicted on November 12, "
                       "and received sentences ranging from eight to 15 years in prison. A "
                       "17-year-old boy received an eight-year sentence, while two women were "
                       "given sentences of 10 and 12 years respectively.",
    # a life term is no part of a range of years: its own record
    "range-and-life": "A court in Athens on Friday sentenced eleven former lawmakers to between "
                      "five and seven years for membership of a criminal group. A party member "
                      "was given a life sentence for murder.",
}


@pytest.fixture(scope="module")
def counted() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), COUNTED, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "months"), [
    ("counted-before", 24, 96),
    ("counted-demonyms", 12, 72),
    ("range-subgroups", 24, 96),
])
def test_the_counted_people_told_of_before(counted: dict[str, list[Record]], key: str,
                                           size: int, months: int) -> None:
    (rec,) = counted[key]
    assert (rec.person, rec.group_size, rec.sentence_months) == (None, size, months)
    assert rec.sentence_type == "prison"


def test_a_life_term_beside_a_range_is_its_own_record(counted: dict[str, list[Record]]) -> None:
    got = sorted((r.group_size, r.sentence_type.value) for r in counted["range-and-life"])
    assert got == [(1, "life"), (11, "prison")]


def test_a_group_convicted_then_fined_is_one_record() -> None:
    text = {"had-been": "An appeals court in Dubai stopped the deportation of two expatriates. "
                        "The two unidentified defendants had been convicted of failing to "
                        "report a fraud by their friend. A court of first instance fined the "
                        "two Dh2,000 and ordered their deportation, prompting them to appeal."}
    recs = extract_texts(RecordExtractor(ExtractConfig()), text, PUBLISHED)["had-been"]
    assert [(r.group_size, r.charge, r.sentence_type) for r in recs] == [
        (2, "failing to report a fraud", "fine")]


NAMED_COUNT: dict[str, str] = {
    "the-two-lawyers": "A court in Dushanbe said on Thursday that Rustam Nazarov was sentenced "
                       "to 20 years in jail. Farrukh Karimov was given 18 years in jail, the "
                       "spokesman added. The two lawyers were convicted of extremism and fraud.",
    "the-two-men": "Paul Girard and Marc Dubois were tried in Lyon for bribery. The two men were "
                   "sentenced on Monday to three years in prison each.",
    # a count the names before do not match: a group of its own
    "count-mismatch": "Paul Girard was tried in Lyon for bribery. The two men were sentenced on "
                      "Monday to three years in prison each.",
}


@pytest.fixture(scope="module")
def named_count() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), NAMED_COUNT, PUBLISHED)


def test_the_two_lawyers_are_the_two_named_before(named_count: dict[str, list[Record]]) -> None:
    got = {r.person: (r.charge, r.sentence_months) for r in named_count["the-two-lawyers"]}
    assert got == {"Rustam Nazarov": ("extremism and fraud", 240),
                   "Farrukh Karimov": ("extremism and fraud", 216)}


def test_the_two_men_are_the_two_named_before(named_count: dict[str, list[Record]]) -> None:
    got = {(r.person, r.sentence_months) for r in named_count["the-two-men"]}
    assert got == {("Paul Girard", 36), ("Marc Dubois", 36)}


def test_a_count_the_names_do_not_match_stays_a_group(
        named_count: dict[str, list[Record]]) -> None:
    assert [(r.person, r.group_size) for r in named_count["count-mismatch"]] == [(None, 2)]


# "The three men had been found guilty of X. A, B and C were sentenced ...": the past perfect
# tells the conviction their sentencing completes (as many named as the group counts), not an
# earlier one; its offence is theirs and the group no record of its own
CONVICTED_BEFORE: dict[str, tuple[str, list[str], str]] = {
    "three-men": ("The three men had been found guilty by the court on charges of forgery and "
                  "theft. Al Bee, Cy Dee and Ed Fay were sentenced to ten years each on Friday.",
                  ["Al Bee", "Cy Dee", "Ed Fay"], "forgery and theft"),
    "two-women": ("The two women had been convicted of smuggling cigarettes in March. On "
                  "Tuesday Rosa Lind was jailed for a year and Vera Holm for eight months.",
                  ["Rosa Lind", "Vera Holm"], "smuggling cigarettes"),
}


@pytest.mark.parametrize("key", sorted(CONVICTED_BEFORE))
def test_a_groups_past_perfect_conviction_is_its_members(key: str) -> None:
    text, people, charge = CONVICTED_BEFORE[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert sorted((r.person, r.charge) for r in recs) == [(p, charge) for p in people], recs


def test_a_group_convicted_at_a_time_of_its_own_stays_apart() -> None:
    """"had been convicted of X in 2015": an earlier case, told with its own year."""
    text = ("The two brothers had been convicted of arson in 2015. Al Bee and Cy Dee were "
            "jailed for two years on Friday.")
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"k": text}, PUBLISHED)["k"]
    assert all(r.charge is None for r in recs if r.person), recs


def test_a_group_of_another_size_stays_apart() -> None:
    """Four had been convicted, two are sentenced now: the four are not these two."""
    text = ("Four men had been convicted of arson in 2019. Al Bee and Cy Dee were jailed for "
            "two years on Friday for burglary.")
    recs = extract_texts(RecordExtractor(ExtractConfig()), {"k": text}, PUBLISHED)["k"]
    assert {r.charge for r in recs if r.person} == {"burglary"}, recs
