"""A summary's counted group whose members the next sentences tell one by one (fresh sets,
class "summ"): "sentenced four activists to up to 12 years ... leader A got 12 years. Three
others received six to ten years" is A and the three others, not a group of four besides
them (GUIDELINES: a group whose members all get records is not a record of its own; the
members keep what the group adds). And a named list whose surname the parse reads as an
adjective ("Gennady German") still names every member ("handed the sentences to A, B, C
German and D" after "sentenced six"). Counts that do not add up, a "more" group, another
court, or a group without a range or ceiling of terms over it ("convicted four ... X got nine
years. The three others got four": the text counts it out itself) keep the group.
Phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "leader-others": "A court in Norvik has sentenced four activists to up to 12 years in "
                     "prison after finding them guilty of running an illegal party. The state "
                     "agency said party leader Tomas Verek was convicted of subversion and "
                     "sentenced to 12 years in prison on Friday. It said three others received "
                     "sentences of six to ten years.",
    "two-others": "A court in Halden sentenced three smugglers to up to eight years for "
                  "trafficking on Tuesday. Ringleader Sven Aasmo was jailed for eight "
                  "years. The two others were each jailed for three years.",
    "adjective-surname": "A court in Brenovo has found four Baptists guilty of extremism and "
                         "sentenced them to prison terms of two to three years on Thursday. "
                         "The Brenovo court handed the sentences to Piotr Halvek, Anton Brisk, "
                         "Gennady German and Yuri Vessel, the group said.",
    "adjective-surname-alone": "A court in Brenovo sentenced Piotr Halvek and Gennady Polish "
                               "to two years in prison for fraud.",
    "count-off": "A court in Norvik has sentenced six activists to up to 12 years in prison "
                 "for running an illegal party. Party leader Tomas Verek was sentenced to 12 "
                 "years on Friday. Three others received six to ten years.",
    "no-range": "A court in Kessford convicted four organisers of sedition on Monday. Anna "
                "Prell was given nine years. The three others got four years.",
    "more-people": "A court in Kessford jailed four organisers for up to nine years for "
                   "sedition on Monday. Anna Prell was given nine years. Three more men "
                   "got four years.",
    "other-court": "A court in Halden sentenced three smugglers to up to eight years for "
                   "trafficking on Tuesday. On Wednesday, a court in Bergen jailed Sven "
                   "Aasmo for eight years. Two others were jailed for three years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _unnamed_sizes(records: dict[str, list[Record]], key: str) -> list[int]:
    return sorted(r.group_size for r in records[key] if r.person is None)


@pytest.mark.parametrize(("key", "people", "others"), [
    ("leader-others", ["Tomas Verek"], [3]),
    ("two-others", ["Sven Aasmo"], [2]),
])
def test_group_told_one_by_one_is_no_record(records: dict[str, list[Record]], key: str,
                                            people: list[str], others: list[int]) -> None:
    assert sorted(r.person for r in records[key] if r.person) == people, key
    assert _unnamed_sizes(records, key) == others, key


def test_others_take_the_group_charge(records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "leader-others", None)
    assert rec.charge == "running an illegal party"
    assert person_record(records, "leader-others", "Tomas Verek").sentence_months == 144


def test_adjective_surname_is_listed(records: dict[str, list[Record]]) -> None:
    assert sorted(r.person or "" for r in records["adjective-surname"]) == [
        "Anton Brisk", "Gennady German", "Piotr Halvek", "Yuri Vessel"]
    rec = person_record(records, "adjective-surname", "Gennady German")
    assert rec.sentence_type is not None and rec.charge == "extremism"
    assert sorted(r.person or "" for r in records["adjective-surname-alone"]) == [
        "Gennady Polish", "Piotr Halvek"]


@pytest.mark.parametrize(("key", "size"), [
    ("count-off", 6),
    ("more-people", 4),
    ("no-range", 4),
    ("other-court", 3),
])
def test_group_stays_when_the_parts_are_not_its_members(records: dict[str, list[Record]],
                                                        key: str, size: int) -> None:
    assert size in _unnamed_sizes(records, key), key
