"""Defendants named one a line under "Those sentenced are:" (bulleted or not, blank lines
between the items or not), each in several phrasings of our own: every line is a record with
the counted group's term, even when the defence's story stands between the group and the
list; and a pronoun's accusation ("He was accused of X") belongs to the person named just
before it, not to the people of the list."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 15)

_FOUR = ["Tamaz Kvirik", "Nodar Elbak", "Goga Pirtskh", "Ilia Mogeb"]

TEXTS: dict[str, str] = {
    "bullets-blank": "Judge Lia Berdze has sentenced four participants in the rallies to two "
                     "years in prison.\n\nThose sentenced are:\n\n● Tamaz Kvirik\n\n● Nodar "
                     "Elbak\n\n● Goga Pirtskh\n\n● Ilia Mogeb\n\nTheir lawyers will appeal.",
    "dashes-tight": "A court in Varna sentenced four protesters to 18 months in prison on "
                    "Monday.\nThose convicted are:\n- Tamaz Kvirik\n- Nodar Elbak\n- Goga "
                    "Pirtskh\n- Ilia Mogeb\nThe defence called the verdict unjust.",
    "far-list": "Judge Lia Berdze has sentenced four participants in the rallies to two years "
                "in prison.\n\nProsecutors had first charged them with group violence. The "
                "judge changed the charge to disrupting public order. The defendants gave their "
                "final statements before the verdict was read.\n\nThose sentenced are:\n\n● "
                "Tamaz Kvirik\n\n● Nodar Elbak\n\n● Goga Pirtskh\n\n● Ilia Mogeb\n",
    "pronoun-accused": "Judge Lia Berdze has sentenced four participants in the rallies to two "
                       "years in prison.\n\nThose sentenced are:\n\n● Tamaz Kvirik\n\n● Nodar "
                       "Elbak\n\n● Goga Pirtskh\n\n● Ilia Mogeb\n\nAnother activist, Dato "
                       "Sulak, was also sentenced to three years in prison. He was accused of "
                       "hitting a police officer.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("bullets-blank", 24), ("dashes-tight", 18), ("far-list", 24), ("pronoun-accused", 24)])
def test_every_name_on_its_line_is_a_record_with_the_groups_term(
        records: dict[str, list[Record]], key: str, months: int) -> None:
    for person in _FOUR:
        rec = person_record(records, key, person)
        assert rec.outcome == Outcome.CONVICTED
        assert rec.sentence_months == months, rec
        assert rec.charge is None, rec
    assert not [r for r in records[key] if r.person is None], records[key]


def test_a_pronouns_accusation_is_the_person_named_before_it(
        records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "pronoun-accused", "Dato Sulak")
    assert rec.sentence_months == 36
    assert rec.charge == "hitting a police officer"
