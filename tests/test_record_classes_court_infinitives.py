"""A court's act told in the infinitive (issue 11, fresh court news from Belarus and Russia):
"a court decided to imprison X for nine years" is X's verdict, and "found lawful the decision
to sentence X to 12 years" an appeal that keeps the trial's custodial term (a fine of the same
verdict stays beside it). A later line about another case, dated, gives the story's own
records no day. A request, a later hearing or an overturned decision is no verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "decided": "A court in Gomel decided to imprison Oleg Zhuk for nine years.",
    "decided-jail": "The district court in Brest decided to sentence blogger Ihar Tsvik to 15 "
                    "days of administrative arrest for an unsanctioned picket.",
    "upheld-decision": "An appeals court in Moscow has found lawful the decision to sentence "
                       "Boris Lanin to 12 years in a maximum-security penal colony.\n\nIn "
                       "March, the regional court found him guilty of treason. He was also "
                       "fined 300,000 rubles.",
    "other-case-line": "The Minsk City Court sentenced Anna Kruk to 12 years in prison in "
                       "absentia.\n- On March 3, 2023, a court in Hrodna decided to imprison "
                       "Oleg Zhuk for 9 years in a penal colony.",
    "later-hearing": "The judge in Perm decided to sentence Oleg Zhuk at a later hearing.",
    "request": "Prosecutors asked the court in Perm to sentence Oleg Zhuk to ten years in prison.",
    "overturned": "The appeals court in Perm overturned the decision to sentence Oleg Zhuk to "
                  "ten years in prison.",
    "whether": "The court in Perm will decide whether to imprison Oleg Zhuk for ten years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "months", "kind"), [
    ("decided", "Oleg Zhuk", 108, "prison"),
    ("decided-jail", "Ihar Tsvik", 0.5, "prison"),
    ("upheld-decision", "Boris Lanin", 144, "prison"),  # the custody, not the fine
    ("other-case-line", "Oleg Zhuk", 108, "prison"),
])
def test_an_infinitive_verdict_is_a_record(records: dict[str, dict[str | None, Record]],
                                           key: str, person: str, months: float,
                                           kind: str) -> None:
    rec = records[key][person]
    assert (rec.outcome, rec.sentence_months, rec.sentence_type) == ("convicted", months, kind)


def test_another_cases_dated_line_dates_only_its_own(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["other-case-line"]["Anna Kruk"].date is None
    assert records["other-case-line"]["Oleg Zhuk"].date == dt.date(2023, 3, 3)


@pytest.mark.parametrize("key", ["later-hearing", "request", "overturned", "whether"])
def test_no_verdict_no_conviction(records: dict[str, dict[str | None, Record]],
                                  key: str) -> None:
    assert not any(r.outcome == "convicted" for r in records[key].values())
