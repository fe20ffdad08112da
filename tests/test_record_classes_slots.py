"""Slot error classes of issue 11 (city, date, charge), each in several phrasings of our own:
a record's place is a town of the proceeding, never a country, demonym, home town or a wire
desk abroad; a verdict's day is resolved against publication; a charge is the offence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)  # a Friday

# one short article per case; the key names the case in the assertions below
TEXTS: dict[str, str] = {
    # ---- places
    "wire-abroad": "VIENNA (Reuters) - An Uzbek court has sentenced blogger Timur Rashidov to "
                   "six years in prison for insulting the president, his lawyer said.",
    "wire-abroad-country": "PARIS (AFP) - A court in Tajikistan on Tuesday sentenced Farrukh "
                           "Nazarov to nine years in prison, rights groups said.",
    "wire-abroad-later-city": "BERLIN (dpa) - A court in Russia convicted pensioner Galina "
                              "Orlova of spreading false information about the army.\n\n"
                              "The court in Kurgan ordered her to pay a fine of 800,000 rubles.",
    "wire-home": "LONDON (Reuters) - A British court on Monday sentenced Colin Hart to "
                 "eight years in prison for fraud.",
    "city-of": "The Eastern Military Court in the city of Khabarovsk sentenced Pavel Lenko to "
               "14 years in prison for treason.",
    "court-in-region": "The Obihiro District Court in Hokkaido has sentenced Kenji Sato to "
                       "12 years in prison for arson.",
    "unknown-district": "The Zhylyoi district court in the Atyrau region sentenced Marat "
                        "Saparov to two years of freedom limitation for calling for unrest.",
    "region-alone": "A court in the Atyrau region sentenced Marat Saparov to two years of "
                    "freedom limitation for calling for unrest.",
    "resident-of": "Olga Bykova, a resident of Hrodna, was sentenced to three years of "
                   "restricted freedom for insulting an official.",
    "native-of": "Ivan Zhuk, a native of the Vitebsk region's Orsha district, was sentenced to "
                 "two years for taking part in a protest.",
    "latin-letters": "A court in Baranavičy sentenced Ihar Kruk to three years in prison for "
                     "insulting the president.",
    "office-of": "A court sentenced Lin Mya, the former governor of Mandalay, to ten years in "
                 "prison for bribery.",
    "country-term": "Aman Berdiev was given a two-year prison term in Turkmenistan's capital "
                    "Ashgabat. He was moved to the labour camp at Dashoguz.",
    "club-name": "A court in Madrid sentenced Real Madrid fan Luis Ortega to one year in prison "
                 "for assault.",
    "place-line": "The Weekly Courier\nMombasa,\n12 March 2024\nPeter Otieno was found guilty of "
                  "receiving stolen goods and jailed for two years.",
    "no-place-line": "The Weekly Courier\nMombasa road works\nPeter Otieno was found "
                     "guilty of receiving stolen goods and jailed for two years.",
    # ---- charges
    "as-member": "Sergei Orlov was found guilty of extortion and causing damage to the state "
                 "as a member of an organised group and sentenced to nine years in prison.",
    "as-part": "Dmitri Volkov was convicted of arson as part of a gang and sentenced to seven "
               "years in prison by a court in Perm.",
    "and-sentencing": "A court in Leeds upheld an order convicting Gary Platt of burglary and "
                      "sentencing him to four years in prison.",
    "finite-verb": "Olga Dunn, who faced charges of arson, has been sentenced to six years in "
                   "prison by a court in Leeds.",
    "adverb-when": "A court in Kampala found Moses Okello guilty of robbery shortly after "
                   "the trial opened and sentenced him to ten years in prison.",
    "for-six-of": "A jury in Dayton convicted Earl Mays of three counts of arson for three of "
                  "the five fires.",
    "for-his-role": "Tom Reyes was sentenced to 12 years in prison for fraud for his role in "
                    "the scheme by a judge in Tampa.",
    "charge-adjective": "A court in Baku convicted Elnur Guliyev on a fabricated charge of "
                        "hooliganism and sentenced him to five years in prison.",
    "anaphoric": "Kairat Zhanov was jailed for 15 days for the protest by a court in Aktobe.",
    "anaphoric-rally": "A court in Brest sentenced Piotr Lis to ten days in jail for that rally.",
    "holder-of": "A court in Hue convicted three members of the Tam Dao movement of spreading "
                 "propaganda and sentenced them to five years in prison.",
    "campaigner-for": "A court in Izmir acquitted Selin Aksoy, a campaigner for press freedom, "
                      "of terrorism charges.",
    "money-first": "A court in Accra convicted Kwame Mensah of defrauding a trader of $50,000 "
                   "and jailed him for eight years.",
    "crimes-committed": "Ivo Maric was sentenced to ten years in prison by a court in Zagreb "
                        "for crimes committed in 1993.",
    "on-trial": "A court in Ankara acquitted Deniz Kaya, on trial for insulting the president, "
                "on Tuesday.",
    "accused-lead": "Four editors were detained in May for allegedly leaking the names of "
                    "undercover police officers.\n\nA court in Bursa sentenced Okan Tas to "
                    "three years in prison.\n\nThe court acquitted Ece Gul.",
    "charged-with": "Nadia Petrenko had been charged with evading military service.\n\nA "
                    "court in Lviv sentenced Nadia Petrenko to two years in prison.",
    "two-accusations": "Ivan Rudik was accused of bribery. Maria Lenko was accused of "
                       "forgery.\n\nA court in Kyiv sentenced Ivan Rudik to four years in "
                       "prison.",
    "named-accused": "Oleg Marchuk was charged with smuggling amber.\n\nA court in Rivne "
                     "sentenced Oleg Marchuk to three years in prison.\n\nIn a separate case, "
                     "Taras Bondar was sentenced to two years in prison.",
    "accuser-named": "Prosecutors accused the activists of vandalism.\n\nA court in Tver "
                     "sentenced Anna Orlova to two years in prison.",
    "accuser-politician": "Governor Pavel Sorokin accused the regional police of negligence."
                          "\n\nA court in Tver sentenced Anna Orlova to two years in prison.",
    "originally-charged": "Dale Moss was originally charged with murder.\n\nA court in "
                          "Regina sentenced Ray Hill to two years in prison.",
    "named-before": "Kofi Asante was accused of theft. A court in Kumasi convicted Kofi "
                    "Asante of fraud.\n\nOn Monday the court sentenced Kofi Asante to three "
                    "years in prison.",
    "implicit-after": "Men were accused of looting shops.\n\nA court in Jos convicted "
                      "Sani Musa of arson.\n\nThe judge then handed down a ten-year sentence.",
    "offences-including": "A court in Osh convicted Azamat Toktogulov of several offences "
                          "including organising mass unrest.",
    "involvement": "A court in Kaduna sentenced Musa Bello to death for his involvement in "
                   "kidnappings.",
    # ---- dates (published 2024-03-15, a Friday)
    "verdict-lead": "A court in Izmir delivered its verdict on March 12 in the case of six "
                    "students.\n\nThe panel sentenced Ali Demir to two years in prison.\n\n"
                    "It noted the time he had spent in custody.\n\nThe court acquitted Cem "
                    "Yurt and Eda Kurt of all charges.",
    "judge-tried": "On 11 March Judge Irina Sova of the Leninsky District Court of Hrodna tried "
                   "the people who had marched on 10 March.\n\nPavel Sak was sentenced to ten "
                   "days of arrest.",
    "heard-today": "A court in Van heard the case today and decided to acquit the mayor.\n\n"
                   "Ahmet Kara had been accused of aiding a banned group.\n\nHis lawyer said "
                   "Ahmet Kara was acquitted.",
    "two-hearings": "On 11 March a judge in Hrodna tried the first group.\n\nOn 13 March a "
                    "judge in Hrodna tried the second.\n\nPavel Sak was sentenced to ten days "
                    "of arrest.",
    "own-vague-time": "Luke Dorn was sentenced to 20 years in prison in May 2021.\n\nJudge "
                      "Mary Holt handed down the sentence after a hearing today in Denver.\n\n"
                      "John Kerr was convicted of murder and sentenced to life in prison.",
    "said-on": "Rights group Viasna reported on Wednesday that a court in Minsk had sentenced "
               "Olga Zhuk to three years in prison.",
    "weekday": "A court in Osh on Tuesday sentenced Bakyt Asanov to five years in prison.",
    "month-day": "A court in Osh on March 3 sentenced Bakyt Asanov to five years in prison.",
    "month-day-last-year": "A court in Osh on December 20 sentenced Bakyt Asanov to five "
                           "years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


# ---------------------------------------------------------------- places (class 4)

@pytest.mark.parametrize(("key", "person", "city"), [
    # a wire desk in another country than the court's is not the proceeding's place
    ("wire-abroad", "Timur Rashidov", None),
    ("wire-abroad-country", "Farrukh Nazarov", None),
    # ... the court's own town named later is
    ("wire-abroad-later-city", "Galina Orlova", "Kurgan"),
    # a desk in the court's own country is the dateline city
    ("wire-home", "Colin Hart", "London"),
    # "in the city of X" after a court named for a larger area: the town
    ("city-of", "Pavel Lenko", "Khabarovsk"),
    # a court named for its town beats the region it lies in; its town, not "X District"
    ("court-in-region", "Kenji Sato", "Obihiro"),
    # a district too small for the gazetteer: not the region beside it
    ("unknown-district", "Marat Saparov", None),
    # ... the region alone is the place, as written
    ("region-alone", "Marat Saparov", "Atyrau region"),
    # a home town is no court's place
    ("resident-of", "Olga Bykova", None),
    ("native-of", "Ivan Zhuk", None),
    # Slavic Latin letters read through their English spelling
    ("latin-letters", "Ihar Kruk", "Baranavičy"),
    ("club-name", "Luis Ortega", "Madrid"),
    ("office-of", "Lin Mya", None),  # an office's place is not the court's
    # the country named for the term keeps the camp's town of the next sentence out
    ("country-term", "Aman Berdiev", None),
    # a place line above the date line is a dateline; a headline's word is not
    ("place-line", "Peter Otieno", "Mombasa"),
    ("no-place-line", "Peter Otieno", None),
])
def test_the_place_of_the_proceeding(records: dict[str, dict[str | None, Record]], key: str,
                                     person: str, city: str | None) -> None:
    assert records[key][person].city == city


def test_resolved_places_name_the_gazetteer_entry(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["city-of"]["Pavel Lenko"].country == "RU"
    assert records["latin-letters"]["Ihar Kruk"].place == "Baranovichi"
    assert records["court-in-region"]["Kenji Sato"].country == "JP"


# ---------------------------------------------------------------- charges (class 2)

@pytest.mark.parametrize(("key", "person", "charge"), [
    # "as a member of a group", "as part of a gang" belong to the offence
    ("as-member", "Sergei Orlov",
     "extortion and causing damage to the state as a member of an organised group"),
    ("as-part", "Dmitri Volkov", "arson as part of a gang"),
    # ... the court's next act, a finite verb, an adverb of time, a tally or a role end it
    ("and-sentencing", "Gary Platt", "burglary"),
    ("finite-verb", "Olga Dunn", "arson"),
    ("adverb-when", "Moses Okello", "robbery"),
    ("for-six-of", "Earl Mays", "three counts of arson"),
    ("for-his-role", "Tom Reyes", "fraud"),
    # "a fabricated charge of X" is X
    ("charge-adjective", "Elnur Guliyev", "hooliganism"),
    # "members of the X movement of Y": Y, not the movement
    ("holder-of", None, "spreading propaganda"),
    ("money-first", "Kwame Mensah", "defrauding a trader of $50,000"),
])
def test_charges_are_the_offence_whole(records: dict[str, dict[str | None, Record]], key: str,
                                       person: str | None, charge: str) -> None:
    assert records[key][person].charge == charge


@pytest.mark.parametrize(("key", "person"), [
    ("anaphoric", "Kairat Zhanov"),  # "for the protest": the story's event, no offence
    ("anaphoric-rally", "Piotr Lis"),
    ("crimes-committed", "Ivo Maric"),  # "crimes committed in 1993" names no offence
])
def test_no_charge_rather_than_a_wrong_one(records: dict[str, dict[str | None, Record]],
                                           key: str, person: str) -> None:
    assert records[key][person].charge is None


@pytest.mark.parametrize(("key", "person", "charge"), [
    # no offence in the outcome's sentence: the one accusation the article states
    ("accused-lead", "Okan Tas", "leaking the names of undercover police officers"),
    ("accused-lead", "Ece Gul", "leaking the names of undercover police officers"),
    ("charged-with", "Nadia Petrenko", "evading military service"),
    # ... but not one of several (a round-up), nor a named person's for another
    ("two-accusations", "Ivan Rudik", None),
    ("named-accused", "Oleg Marchuk", "smuggling amber"),
    ("named-accused", "Taras Bondar", None),
    ("offences-including", "Azamat Toktogulov", "organising mass unrest"),
    # the prosecution's accusation of the activists is hers; a politician's of others not
    ("accuser-named", "Anna Orlova", "vandalism"),
    ("accuser-politician", "Anna Orlova", None),
    ("originally-charged", "Ray Hill", None),  # superseded
    # an outcome named before holds the offence: the accusation does not override it
    ("named-before", "Kofi Asante", "fraud"),
    ("implicit-after", "Sani Musa", "arson"),
    # "his involvement in X" is taking part in X
    ("involvement", "Musa Bello", "involvement in kidnappings"),
])
def test_a_charge_stated_with_the_accusation(records: dict[str, dict[str | None, Record]],
                                             key: str, person: str, charge: str | None) -> None:
    assert records[key][person].charge == charge


def test_an_advocacy_or_trial_phrase_is_no_offence(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["campaigner-for"]["Selin Aksoy"].charge == "terrorism charges"
    assert records["on-trial"]["Deniz Kaya"].charge != "trial for insulting the president"


# ---------------------------------------------------------------- dates (class 3)

@pytest.mark.parametrize(("key", "person", "day"), [
    # the day the article says the court gave its verdict or tried the case
    ("verdict-lead", "Ali Demir", dt.date(2024, 3, 12)),
    ("verdict-lead", "Cem Yurt", dt.date(2024, 3, 12)),
    ("judge-tried", "Pavel Sak", dt.date(2024, 3, 11)),  # not the day of the march
    ("heard-today", "Ahmet Kara", PUBLISHED),
    # ... several hearing days, or the record's own vaguer time: none
    ("two-hearings", "Pavel Sak", None),
    ("own-vague-time", "Luke Dorn", None),
    ("own-vague-time", "John Kerr", PUBLISHED),
    # the day a report was made is not the verdict's
    ("said-on", "Olga Zhuk", None),
    # weekday and month-day resolved against publication
    ("weekday", "Bakyt Asanov", dt.date(2024, 3, 12)),
    ("month-day", "Bakyt Asanov", dt.date(2024, 3, 3)),
    ("month-day-last-year", "Bakyt Asanov", dt.date(2023, 12, 20)),
])
def test_the_verdict_day(records: dict[str, dict[str | None, Record]], key: str, person: str,
                         day: dt.date | None) -> None:
    assert records[key][person].date == day
