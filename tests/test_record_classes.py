"""Error classes of issue 11, each in several phrasings of our own: non-prison sentences,
court cities named inside a court's title, charges cut short, month names read as modals."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.nlp import load_rules
from extract.normalize import parse_terms
from extract.records import RecordExtractor
from extract.records.terms import find_term_spans
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 8, 7)

# one short article per case; the key names the case in the assertions below
TEXTS: dict[str, str] = {
    "limitation-quoted": "A court in Taraz sentenced Aigul Serikova to two years of \"freedom "
                         "limitation\" for spreading false information.",
    "limitation-plain": "A court in Pavlodar sentenced Nurlan Abenov to one year of freedom "
                        "limitation and 100 hours of community work.",
    "limitation-of-liberty": "A judge in Kostanay sentenced Dina Omarova to three years of "
                             "restriction of liberty for insulting an official.",
    "arrest-days": "Activist Ivan Petrou was sentenced to 12 days of arrest by a court in Brest, "
                   "and Pavel Kruk to 3 days of arrest.",
    "fine-over": "A court in Tomsk sentenced Olga Ivina to a fine of over 2 million rubles for "
                 "discrediting the army.",
    "suspended-after": "Tom Dale was sentenced to six months in prison suspended for two years "
                       "by a judge in Leeds for theft.",
    "suspended-comma": "Mary Cole was sentenced to eight months in jail, suspended for 18 "
                       "months, by a court in York for fraud.",
    "ordinal-court": "The hearing was held on Wednesday at the Izmir 5th High Criminal Court. "
                     "The court sentenced Deniz Arslan to four years in prison for membership "
                     "in an armed group.",
    "court-of-city": "On 4 July a judge of the Pervomaisky District Court of Vitebsk sentenced "
                     "Ales Barys to 10 days of arrest for taking part in an unauthorised rally.",
    "leading-the": "The Bishkek city court sentenced Azamat Kurbanov to life imprisonment for "
                   "murder.",
    "prior-own-court": "Bob Trask had been sentenced to nine months in prison at Kendal Crown "
                       "Court for the theft of a bicycle.",
    "may-date": "The Medeu district court on May 3 sentenced Erlan Tokhtarov to one year of "
                "\"freedom limitation\" after finding him guilty of participating in the "
                "activities of a banned movement.",
    "taking-part": "A court in Gomel fined Ivan Sidorov 200 rubles for taking part in the "
                   "unsanctioned march of pensioners.",
    "abbreviation": "A court in Izmir convicted Deniz Arslan of revealing the names of officers "
                    "of the Gendarmerie Intelligence Service (JITEM) and sentenced him to two "
                    "years in prison.",
    "acquittal-ruled": "The court ruled the acquittal of three reporters, Ayse Kaya, Murat "
                       "Demir and Elif Sahin.",
    "acquittal-announced": "The panel announced the acquittal of two teachers, Hasan Oz and "
                           "Leyla Tan.",
    "acquittal-demanded": "Defence lawyers demanded the acquittal of three reporters, Ayse "
                          "Kaya, Murat Demir and Elif Sahin.",
    "pair-jailed": "Two activists, Serik Nurov and Aida Bek, were jailed for ten days by a "
                   "court in Aktau.",
    "verdict-before": "A court in Bursa delivered its verdict on Aug. 2 in the case of five "
                      "teachers. The court sentenced Can Tas to two years in prison for "
                      "insulting the president.",
    "verdict-after": "A court in Osh has sentenced former mayor Bolot Isayev to 12 years in "
                     "prison for bribery. The verdict announced on Thursday ends a long trial.",
    "verdict-to-come": "A court in Osh has sentenced former mayor Bolot Isayev to 12 years in "
                       "prison for bribery. The verdict on his appeal is expected on Thursday.",
    "other-cases": "A court in Osh has sentenced former mayor Bolot Isayev to 12 years in "
                   "prison for bribery. Other verdicts included the sentencing of two clerks "
                   "on Thursday.",
    "two-days": "A court in Osh has sentenced former mayor Bolot Isayev to 12 years in "
                "prison for bribery.\n\nThe verdicts were read out on Monday and Thursday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


# ---------------------------------------------------------------- non-prison sentences

@pytest.mark.parametrize(("key", "person", "months", "kind"), [
    ("limitation-quoted", "Aigul Serikova", 24, SentenceType.RESTRICTED_FREEDOM),
    ("limitation-plain", "Nurlan Abenov", 12, SentenceType.RESTRICTED_FREEDOM),
    ("limitation-of-liberty", "Dina Omarova", 36, SentenceType.RESTRICTED_FREEDOM),
    ("arrest-days", "Ivan Petrou", 0.4, SentenceType.PRISON),
    ("arrest-days", "Pavel Kruk", 0.1, SentenceType.PRISON),
    ("suspended-after", "Tom Dale", 6, SentenceType.SUSPENDED),
    ("suspended-comma", "Mary Cole", 8, SentenceType.SUSPENDED),
    ("leading-the", "Azamat Kurbanov", None, SentenceType.LIFE),
])
def test_non_prison_sentences_are_read_with_their_kind(
        records: dict[str, dict[str | None, Record]], key: str, person: str,
        months: float | None, kind: SentenceType) -> None:
    rec = records[key][person]
    assert rec.sentence_type is kind
    assert rec.sentence_months == pytest.approx(months) if months is not None \
        else rec.sentence_months is None


def test_fine_with_a_qualified_amount_and_community_work_joined(
        records: dict[str, dict[str | None, Record]]) -> None:
    fine = records["fine-over"]["Olga Ivina"]
    assert fine.sentence_type is SentenceType.FINE and fine.sentence_months is None
    assert fine.sentence is not None and "2 million rubles" in fine.sentence
    both = records["limitation-plain"]["Nurlan Abenov"]
    assert both.sentence is not None and "community work" in both.sentence


def test_quoted_kinds_and_parole_like_probation_normalise() -> None:
    assert parse_terms('one year of "freedom limitation"').type is \
        SentenceType.RESTRICTED_FREEDOM
    assert parse_terms("two years of limitation of freedom").months == 24
    assert parse_terms("three years of parole-like probation").type is SentenceType.PROBATION


# ---------------------------------------------------------------- court cities

@pytest.mark.parametrize(("key", "person", "city"), [
    ("ordinal-court", "Deniz Arslan", "Izmir"),
    ("court-of-city", "Ales Barys", "Vitebsk"),
    ("leading-the", "Azamat Kurbanov", "Bishkek"),
    ("prior-own-court", "Bob Trask", "Kendal"),
])
def test_the_court_city_inside_a_court_title(
        records: dict[str, dict[str | None, Record]], key: str, person: str, city: str) -> None:
    assert records[key][person].city == city


# ---------------------------------------------------------------- charges and dates

@pytest.mark.parametrize(("key", "person", "charge"), [
    ("may-date", "Erlan Tokhtarov", "participating in the activities of a banned movement"),
    ("court-of-city", "Ales Barys", "taking part in an unauthorised rally"),
    ("taking-part", "Ivan Sidorov", "taking part in the unsanctioned march of pensioners"),
    ("abbreviation", "Deniz Arslan", "revealing the names of officers of the Gendarmerie "
                                     "Intelligence Service (JITEM)"),
])
def test_charges_are_not_cut_at_in_the_or_an_abbreviation(
        records: dict[str, dict[str | None, Record]], key: str, person: str,
        charge: str) -> None:
    assert records[key][person].charge == charge


def test_a_month_named_may_is_no_modal(records: dict[str, dict[str | None, Record]]) -> None:
    rec = records["may-date"]["Erlan Tokhtarov"]
    assert rec.date == dt.date(2023, 5, 3)
    assert rec.sentence_months == 12
    rules = load_rules(ExtractConfig().model)
    text = "She may serve two years in prison."  # the modal still hedges
    assert all(t.hedged for t in find_term_spans(text, 0, len(text), rules))


# ---------------------------------------------------------------- people in lists

@pytest.mark.parametrize(("key", "people"), [
    ("acquittal-ruled", {"Ayse Kaya", "Murat Demir", "Elif Sahin"}),
    ("acquittal-announced", {"Hasan Oz", "Leyla Tan"}),
])
def test_a_counted_group_followed_by_its_names_is_one_record_each(
        records: dict[str, dict[str | None, Record]], key: str, people: set[str]) -> None:
    got = records[key]
    assert set(got) == people
    assert all(r.outcome.value == "acquitted" and r.charge is None for r in got.values())


def test_an_acquittal_asked_for_is_no_outcome(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["acquittal-demanded"] == {}


def test_a_named_pair_shares_the_term_of_its_sentence(
        records: dict[str, dict[str | None, Record]]) -> None:
    got = records["pair-jailed"]
    assert set(got) == {"Serik Nurov", "Aida Bek"}
    assert all(r.sentence_months == pytest.approx(0.33, abs=0.01) and r.city == "Aktau"
               for r in got.values())


# ---------------------------------------------------------------- the verdict's day nearby

@pytest.mark.parametrize(("key", "person", "day"), [
    ("verdict-before", "Can Tas", dt.date(2023, 8, 2)),
    ("verdict-after", "Bolot Isayev", dt.date(2023, 8, 3)),  # the Thursday before 2023-08-07
    ("verdict-to-come", "Bolot Isayev", None),
    ("other-cases", "Bolot Isayev", None),
    ("two-days", "Bolot Isayev", None),  # which of two days is his: none
])
def test_the_verdict_day_stated_in_a_neighbouring_sentence(
        records: dict[str, dict[str | None, Record]], key: str, person: str,
        day: dt.date | None) -> None:
    assert records[key][person].date == day
