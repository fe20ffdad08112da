"""Unnamed others told as a tally or a state, not as one hearing's outcome (GUIDELINES: aggregate
statistics are not records): a sum of terms over people ("altogether sentenced to 140 years",
"400 years' worth of prison sentences"), courts in the plural ("Syrian courts sentenced 180
people"), and a group's present state or tally with a kind of term alone and no court nor day
("seven other objectors are serving jail terms", "eleven protesters have received prison
terms", "with twelve receiving prison terms"). A past verdict, a single court, a length or
amount, a day or named people stay records."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "serving-others": "Seven other objectors are serving jail terms in the Kerki labour camp.",
    "serving-more": "Four more activists are serving suspended sentences.",
    "have-received": "Police detained hundreds after the rally. Eleven protesters have "
                     "received prison terms.",
    "with-receiving": "In the wake of the rally, thirty protesters were charged, with twelve "
                      "receiving prison terms.",
    "altogether": "Twelve people, who were altogether sentenced to 140 years, were sent to "
                  "prison.",
    "worth-of": "In 2019 the court sentenced 31 individuals for war crimes and imposed 400 "
                "years' worth of prison sentences.",
    "courts-subject": "Syrian courts recently sentenced 180 people to death in Aleppo, most of "
                      "them for desertion.",
    "courts-agent": "Some 150 people were sentenced to prison by military courts in Homs, most "
                    "of them for desertion.",
    # ---- near misses: records
    "past-verdict": "Four received suspended sentences, but the fifth, Omar Tashev, received a "
                    "two-year prison term.",
    "one-court-terms": "A court in Kerki has handed jail terms to five other objectors.",
    "amount": "Ten of the guests have received fines of between $500 and $900.",
    "with-day": "Eleven protesters have received prison terms on Monday.",
    "one-court": "A Syrian court recently sentenced 18 people to death in Aleppo for desertion.",
    "serving-life": "Six other men are serving life sentences for the bombing.",
    "named-serving": "Aziz Karimov and Timur Rakhimov are serving prison terms in the Kerki "
                     "labour camp.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize("key", ["serving-others", "serving-more", "have-received",
                                 "with-receiving", "altogether", "worth-of", "courts-subject",
                                 "courts-agent"])
def test_a_tally_or_state_of_unnamed_others_is_no_record(records: dict[str, list[Record]],
                                                         key: str) -> None:
    assert records[key] == []


@pytest.mark.parametrize(("key", "size"), [
    ("past-verdict", 4), ("one-court-terms", 5), ("amount", 10), ("with-day", 11),
    ("one-court", 18), ("serving-life", 6),
])
def test_a_groups_outcome_stays_a_record(records: dict[str, list[Record]], key: str,
                                         size: int) -> None:
    assert any(r.person is None and r.group_size == size for r in records[key])


def test_named_people_serving_stay_records(records: dict[str, list[Record]]) -> None:
    assert {r.person for r in records["named-serving"]} == {"Aziz Karimov", "Timur Rakhimov"}
