"""Slot error classes of issue 11 (city, date, charge), each in several phrasings of our own:
a record's place is a town of the proceeding, never a country, demonym, home town or a wire
desk abroad; a verdict's day is resolved against publication; a charge is the offence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Article, Failure, Record

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
    "club-name": "A court in Madrid sentenced Real Madrid fan Luis Ortega to one year in prison "
                 "for assault.",
    "place-line": "The Weekly Courier\nMombasa,\n12 March 2024\nPeter Otieno was found guilty of "
                  "receiving stolen goods and jailed for two years.",
    "no-place-line": "The Weekly Courier\nMombasa road works\nPeter Otieno was found "
                     "guilty of receiving stolen goods and jailed for two years.",
}


def _article(key: str, text: str) -> Article:
    return Article(doc_id=key, text=text, published=PUBLISHED, language="en",
                   content_sha256="-", fetched_at=dt.datetime(2024, 3, 15, tzinfo=dt.UTC))


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    extractor = RecordExtractor(ExtractConfig(ner_policy="rules"))
    got = extractor.extract_batch([_article(k, t) for k, t in TEXTS.items()])
    out: dict[str, dict[str | None, Record]] = {}
    for key, res in zip(TEXTS, got, strict=True):
        assert not isinstance(res, Failure), res
        out[key] = {r.person: r for r in res}
    return out


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
    # a court named for its town beats the region it lies in
    ("court-in-region", "Kenji Sato", "Obihiro District"),
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
