"""A higher court's acquittal told as "cancelled the lower court's decision, fully acquitting
X" is the latest state of X's case: no trial term stays (issue 11, fresh Russian court news).
An "acquitting" inside a tally or a noun phrase is no ruling of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 9, 2)

TEXTS: dict[str, str] = {
    "cancelled": "In December 2023, a court in Tver sentenced Oleg Markin to 3 years in prison "
                 "for abuse of office.\n\nOn June 4, the Tver regional court cancelled the lower "
                 "court's decision, acquitting Markin.",
    "fully": "A district court in Orel sentenced Irina Gusko to two years of restricted freedom "
             "for fraud in March.\n\nThe regional court annulled the trial court's verdict on "
             "August 20, fully acquitting Gusko for lack of a crime.",
    "with-prior": "The Tver regional court on June 4 acquitted Oleg Markin of abuse of office."
                  "\n\nMarkin was freed last month after serving a six-year prison term on a "
                  "bribery charge.\n\nIn December 2023, a court in Tver sentenced Markin to 3 "
                  "years in prison for abuse of office.\n\nOn June 4, the Tver regional court "
                  "cancelled the lower court's decision, fully acquitting Markin.",
    "tally": "A court in Kigoma sentenced Pastor Elias Mbonde to life in prison for murder.\n\n"
             "The tribunal closed after sentencing 40 people and acquitting 9 others.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "day"), [
    ("cancelled", "Oleg Markin", dt.date(2024, 6, 4)),
    ("fully", "Irina Gusko", dt.date(2024, 8, 20)),
])
def test_the_higher_courts_acquittal_is_the_record(
        records: dict[str, dict[str | None, Record]], key: str, person: str,
        day: dt.date) -> None:
    rec = records[key][person]
    assert (rec.outcome, rec.sentence, rec.sentence_months) == ("acquitted", None, None)
    assert rec.date == day


def test_an_earlier_conviction_for_another_charge_stays_its_own() -> None:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")),
                        {"k": TEXTS["with-prior"]}, PUBLISHED)["k"]
    assert sorted((r.outcome, r.sentence_months) for r in got) == [
        ("acquitted", None), ("convicted", 72)]


def test_a_tallys_acquitting_is_no_ruling(records: dict[str, dict[str | None, Record]]) -> None:
    assert [(r.person, r.outcome) for r in records["tally"].values()] == [
        ("Elias Mbonde", "convicted")]
