"""Defendants listed after a line's own outcome label ("Sentenced to 7 years: A, B, C"), the
layout of rights groups' trial reports, in several layouts of our own: with and without
bullets, outlets in parentheses, an acquittal line, and lines the hard-wrap repair must not
join; a label with no names after it is no record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 9, 20)  # a Friday

TEXTS: dict[str, str] = {
    "plain-lines": "The Ankara court announced its verdicts on Thursday:\n"
                   "Sentenced to 8 years and 9 months: Burak Erdem, Seda Yavuz, Onur Polat\n"
                   "Sentenced to 2 years and 1 month: Gizem Koc, Tolga Aksu\n"
                   "Acquitted: Murat Bal, Elif Sen\n",
    "bullets-outlets": "An Istanbul court ruled on Wednesday in the trial of 9 reporters.\n"
                       "- Sentenced to 3 years and 9 months in prison: Canan Ucar (Gazete "
                       "Duvar), Levent Iskender (Evrensel)\n"
                       "- Acquitted: Deniz Tekin (BirGun) and Hakan Tosun\n",
    "jailed-label": "Verdicts of the Diyarbakir court on Tuesday:\n"
                    "Jailed for 6 years and 3 months: Rojhat Oral\n"
                    "Fined 5,000 lira: Berfin Tas, Serhat Dag\n",
    # ---- a label without names, and a sentence with its own subject
    "no-names": "Sentenced to life: what the verdict means for the families of the victims.\n"
                "The ruling was read out in a packed courtroom.\n",
    "subject-first": "Ozan Kaya was sentenced to 5 years: the court said he had led the "
                     "group.\n",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _by_name(recs: list[Record]) -> dict[str | None, Record]:
    return {r.person: r for r in recs}


@pytest.mark.parametrize(("key", "expected", "day"), [
    ("plain-lines", {"Burak Erdem": 105, "Seda Yavuz": 105, "Onur Polat": 105,
                     "Gizem Koc": 25, "Tolga Aksu": 25, "Murat Bal": None, "Elif Sen": None}, 19),
    ("bullets-outlets", {"Canan Ucar": 45, "Levent Iskender": 45, "Deniz Tekin": None,
                         "Hakan Tosun": None}, 18),
    ("jailed-label", {"Rojhat Oral": 75, "Berfin Tas": None, "Serhat Dag": None}, 17),
])
def test_every_name_after_a_label_takes_the_labels_outcome_and_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, int | None],
        day: int) -> None:
    got = _by_name(records[key])
    assert set(got) == set(expected), [(r.person, r.sentence) for r in records[key]]
    for name, months in expected.items():
        rec = got[name]
        assert rec.sentence_months == months, rec
        assert rec.outcome == (Outcome.CONVICTED if months or "Fined" in rec.evidence
                               else Outcome.ACQUITTED)
        assert rec.date == dt.date(2024, 9, day)
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


def test_a_label_with_no_names_after_it_is_no_record(records: dict[str, list[Record]]) -> None:
    assert records["no-names"] == []


def test_a_subject_before_the_verb_is_no_label(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.sentence_months) for r in records["subject-first"]] == [
        ("Ozan Kaya", 60)]
