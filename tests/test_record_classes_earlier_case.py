"""An earlier proceeding of the story's defendant, told as "X was also jailed for N years last
year": a record of its own (GUIDELINES: a prior conviction is a record), never folded into
the story's record nor taken for the trial an appeal ruled on. "Previously jailed" (perhaps
an earlier hearing of this case) and a crime's time ("jailed yesterday for a murder last
year") are not such a case."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 8, 7)

TEXTS: dict[str, str] = {
    "upheld-then-also": "The Osh City Court on Friday upheld the nine-year prison sentence of "
                        "former mayor Almaz Temirov for bribery. Temirov was also sentenced to "
                        "five years in prison last year for abusing his office.",
    "sentenced-then-also": "A court in Karaganda on Monday sentenced Nurlan Abenov to seven "
                           "years for fraud. Abenov was also jailed for two years three years "
                           "ago for tax evasion.",
    "fined-earlier-year": "A Tbilisi court on Monday jailed Giorgi Beridze for four years for "
                          "assault. Beridze was also fined 2,000 lari the previous year for "
                          "hooliganism.",
    # a term being served already: another case's, in an aside about the defendant
    "serving-relative": "A Kazan court on Tuesday sentenced blogger Pavel Lobanov, who is "
                        "already serving a six-year term, to a further 11 years in a "
                        "strict-regime colony on treason charges.",
    "serving-participle": "Marina Zueva, already serving eight years for embezzlement, was "
                          "sentenced to another four years by a court in Tver on Monday.",
    "serving-currently": "The court in Omsk on Thursday sentenced Oleg Karpov, currently serving "
                         "a 10-year sentence, to a further three years in a penal colony for "
                         "extremism.",
    # not an earlier case
    "crime-last-year": "Mark Dolan was yesterday sentenced to life imprisonment in Leeds for "
                       "the murder of a shopkeeper last year.",
    "also-same-day": "A court in Karaganda on Monday sentenced Nurlan Abenov to seven years for "
                     "fraud. Abenov was also fined 500,000 tenge.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "now", "before"), [
    ("upheld-then-also", 108, (60, "abusing his office")),
    ("sentenced-then-also", 84, (24, "tax evasion")),
    ("fined-earlier-year", 48, (None, "hooliganism")),
])
def test_an_earlier_case_is_a_record_of_its_own(records: dict[str, list[Record]], key: str,
                                                now: int,
                                                before: tuple[int | None, str]) -> None:
    recs = records[key]
    assert len({r.person for r in recs}) == 1 and len(recs) == 2, recs
    earlier = [r for r in recs if "earlier-case" in r.flags]
    (old,) = earlier
    assert (old.sentence_months, old.charge) == before
    assert old.date is None  # a year alone gives no day
    (current,) = [r for r in recs if r is not old]
    assert current.sentence_months == now


@pytest.mark.parametrize("key", ["crime-last-year", "also-same-day"])
def test_one_record_when_no_earlier_case_is_told(records: dict[str, list[Record]],
                                                 key: str) -> None:
    (rec,) = records[key]
    assert "earlier-case" not in rec.flags


@pytest.mark.parametrize(("key", "now", "before", "court"), [
    ("serving-relative", 132, 72, "Kazan"),
    ("serving-participle", 48, 96, "Tver"),
    ("serving-currently", 36, 120, "Omsk"),
])
def test_a_term_served_already_is_not_the_new_one(records: dict[str, list[Record]], key: str,
                                                  now: int, before: int, court: str) -> None:
    recs = records[key]
    (current,) = [r for r in recs if "earlier-case" not in r.flags]
    assert (current.sentence_months, current.city) == (now, court)
    for old in recs:
        if old is not current:  # the earlier case has only what its aside says
            assert (old.sentence_months, old.city, old.date) == (before, None, None)
