"""When and where classes read on news reports (gold/GUIDELINES.md "City, in order of
preference", "Places", "Dates", "Appeals"), each in several phrasings of our own:

- a court's town before a lower-case court name ("Moscow's Basmanny district court", "the
  Izmir regional court", "a Bishkek court"), and a town's own district ("a court in
  Tashkent's Chilanzar district") as the town;
- a demonym is never a town, even where a village bears its name ("the southern Kazakh city
  of X" is X);
- a wire dateline is no city for another country's court ("ALMATY, Kazakhstan -- A court in
  Kyrgyzstan ..."); a court town named in a neighbouring verdict sentence beats the dateline;
  "Manchester City" is a club; "Chester Crown Court" names Chester though "Chester" is a first
  name; "the court of Moskovskiy district of Brest" names no town Moskovskiy;
  "a Moscow-based court" is Moscow's (a Moscow-based journalist's Moscow is no court's);
- a region named in English ("the Supreme Court of Dagestan", "a court in occupied Crimea");
- the date of the offence in the charge's phrase ("convicted of robbing a shop on 14
  February", "jailed for an attack on 11 August 2021") and the facts the court heard ("The
  court heard that on 9 January ...") are not the verdict's day; a day in the month before
  publication stays the verdict's;
- the day of another event of the story (an arrest, a hunger strike, a trial opening) is not
  the verdict's ("was arrested on 5 January and sentenced in May"); a dateline's own day
  ("May 11, 2023 — A court ...") is the report's; without a publication date, the dateline's
  full date is the day "today" and weekdays resolve against ("New York, July 24, 2017 -- ...
  today"); a town too small for the gazetteer stands in a dateline before its country
  ("QASKELEN, Kazakhstan --");
- a later, unnamed appeal ruling that left the sentence standing gives the record its own
  day ("An appeals court upheld the sentence on 9 May"), or none ("His appeal was rejected
  last week").
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Article, Failure, Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)  # a Friday

TEXTS: dict[str, str] = {
    # ---- a town before a court name written in lower case
    "possessive-district": "Moscow's Basmanny district court on Friday sentenced Igor Frolov "
                           "to ten years in prison for treason.",
    "possessive-after-date": "On Tuesday, Karaganda's Kazybek Bi district court sentenced Aliya "
                             "Serikova to two years in prison for fraud.",
    "possessive-no-date": "Tashkent's Shaykhantakhur district court sentenced Bobur Umarov to "
                          "five years in prison for extortion.",
    "town-regional-court": "The Izmir regional court sentenced Kerim Aydin to six years in "
                           "prison for fraud.",
    "a-town-court": "A Bishkek court has sentenced journalist Aibek Toktorov to five years in "
                    "prison for extortion.",
    "district-of-town": "A court in Tashkent's Chilanzar district sentenced Rustam Aliev to "
                        "seven years in prison for bribery.",
    # ---- a demonym before "city of X"
    "demonym-city-of": "A court in the southern Kazakh city of Shymkent sentenced activist "
                       "Nurbek Tulegenov to six years in prison on extremism charges.",
    "demonym-city-of-date": "A court in the northern Kazakh city of Petropavl on Monday "
                            "sentenced Daulet Kairatov to four years in prison for fraud.",
    "demonym-uzbek-city": "A court in the western Uzbek city of Nukus jailed Azamat Turdiev "
                          "for eight years for organising riots.",
    "demonym-court": "A Kazakh court on Monday sentenced Saule Ibraeva to six years in prison "
                     "for fraud.",
    # ---- datelines, neighbours, clubs, towns that are also words
    "dateline-other-country": "ALMATY, Kazakhstan -- A court in Kyrgyzstan has sentenced "
                              "journalist Bolot Temirov to five years in prison.",
    "dateline-demonym-court": "MOSCOW (Reuters) - A Belarusian court on Tuesday sentenced "
                              "activist Ales Pashkevich to ten years in prison.",
    "neighbour-verdict-town": "ALMATY, Kazakhstan -- Activist Marat Zhanuzakov has been "
                              "sentenced to two years of restricted freedom. The verdict was "
                              "handed down by a court in Taraz on Tuesday.",
    "neighbour-guilty-town": "TBILISI, Georgia -- Activist Nika Beridze has been sentenced to "
                             "two years in prison. The Batumi City Court found him guilty of "
                             "abuse of power.",
    "neighbour-other-case": "ALMATY, Kazakhstan -- Activist Marat Zhanuzakov has been "
                            "sentenced to two years of restricted freedom. Another activist was "
                            "jailed by a court in Taraz on Tuesday.",
    "neighbour-own-other": "Another activist, Dana Seitova, was fined 50,000 tenge. The "
                           "verdict against Aliya Ermek was handed down by a court in Taraz. "
                           "A court in Shymkent jailed Nurlan Bek for a year.",
    "based-court": "A Moscow-based military court sentenced Ivan Orlov to two years in prison.",
    "based-court-2": "A Kazan-based court jailed Rustem Galiev for six years for treason.",
    "based-person": "Moscow-based journalist Ivan Orlov was sentenced to two years in prison.",
    "club-name": "Former Manchester City player Tom Hale was jailed for four years for fraud.",
    "club-and-court": "Former Manchester City footballer Tom Hale was jailed for four years "
                      "for fraud at Chester Crown Court.",
    "word-town-court": "Amy Stone was jailed for two years for theft at Reading Crown Court.",
    "city-own-district": "A Belarusian court sentenced Ihar Losik to three years in prison for "
                         "rioting, the rights group said. \"The court of Moskovskiy district of "
                         "Brest announced the sentence on March 10,\" it said.",
    "city-and-district-court": "The Brest region's Pinsk City and District Court sentenced "
                               "Ihar Martsinkevich to two years of restricted freedom.",
    "lead-country-court": "KORDAI, Kazakhstan -- A court in southern Kazakhstan has handed a "
                          "parole-like sentence to an activist of the banned Democratic Choice "
                          "of Kazakhstan movement. The Qarasai district court in the Almaty "
                          "region on Friday sentenced Abai Tursunov to one year of \"freedom "
                          "limitation\".",
    "later-country-court": "The Taraz City Court on Friday sentenced Zhanna Ermekova to two "
                           "years of restricted freedom. She denied the charge. Her lawyer said "
                           "she would appeal. Several activists have been sentenced in recent "
                           "years. On January 26, a Kazakh court sentenced another supporter, "
                           "Qairat Omarov, to one year of restricted freedom.",
    "same-case-country-court": "A court in Tehran on Monday sentenced Reza Karimi to death. "
                               "Iran's Revolutionary Court found Karimi guilty of enmity "
                               "against God.",
    # ---- a region in English
    "region-supreme-court": "The Supreme Court of Dagestan has sentenced Salman Rashidov to "
                            "life imprisonment for terrorism.",
    "region-in-crimea": "A Russian-controlled court in occupied Crimea sentenced Oleh "
                        "Panchenko to 11 years in prison for espionage.",
    "region-tatarstan": "The Supreme Court of Tatarstan has sentenced Ilnur Khakimov to 12 "
                        "years in prison for treason.",
    # ---- the offence's day is not the verdict's
    "gerund-pleaded": "Daniyar Ospanov, 31, pleaded guilty to assaulting a neighbour on March "
                      "2 and was jailed for two years.",
    "gerund-convicted": "Timur Rakhimov was convicted of robbing a shop on February 14 and "
                        "sentenced to four years in prison.",
    "gerund-sentenced-for": "Ruslan Abenov was sentenced to four years in prison for setting "
                            "fire to a car on January 20.",
    "event-noun": "A court in Izmir sentenced Kerim Aydin to six years in prison for an attack "
                  "on August 11, 2021.",
    "court-heard": "The court heard that on January 9 the three men broke into a house in "
                   "Zomba. Magistrate Peter Banda sentenced Yusuf Phiri to nine years in prison.",
    # ... but a verdict's own day in the same places stays
    "gerund-recent": "Arman Seitov received six years for allegedly stealing weapons on May 8.",
    "verdict-on-day": "Timur Rakhimov was sentenced on February 14 to four years in prison for "
                      "robbing a shop.",
    "verdict-weekday": "Timur Rakhimov was convicted of robbing a shop on Tuesday.",
    # ---- other events' days, datelines' days
    "arrest-conj": "Berik Omarov was arrested on January 5 and sentenced to five years in "
                   "prison in May.",
    "relcl-outcome": "Activist Berik Omarov, who was sentenced to five years in prison last "
                     "month, went on hunger strike on May 11.",
    "relcl-both-outcomes": "A soldier who pleaded guilty to killing a civilian was sentenced "
                           "by a court on Monday to life in prison.",
    "dateline-day": "May 11, 2023 — A court in Almaty sentenced activist Nurlan Abenov to "
                    "five years in prison for inciting discord.",
    "dateline-day-wire": "ALMATY, May 11 (Reuters) - A court in Almaty sentenced activist "
                         "Nurlan Abenov to five years in prison for inciting discord.",
    "small-town-dateline": "QASKELEN, Kazakhstan -- A court in southern Kazakhstan has "
                           "sentenced activist Bolat Sadykov to one year of \"freedom "
                           "limitation\".",
    "kicker-dateline": "BREAKING NEWS, Kazakhstan -- A court sentenced Bolat Sadykov to one "
                       "year in prison.",
    # ---- a later appeal ruling, unnamed
    "upheld-later-day": "A court in Izmir on April 10 sentenced Kerim Aydin to six years in "
                        "prison. An appeals court upheld the sentence on May 9.",
    "rejected-later-vague": "A court in Izmir sentenced Marat Zhunusov to six years in prison "
                            "on January 12. His appeal was rejected last week.",
    "upheld-later-weekday": "A court in Almaty sentenced Ernar Bekov to three years in prison "
                            "on March 3. On Wednesday, the city court dismissed his appeal.",
    # ... not an appeal still to come, or one another defendant lost
    "appeal-pending": "A court in Izmir on April 10 sentenced Kerim Aydin to six years in "
                      "prison. His lawyer said the appeals court would uphold the sentence "
                      "only if pressed.",
    "appeal-filed": "A court in Izmir on April 10 sentenced Kerim Aydin to six years in "
                    "prison. He has appealed the verdict.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    ("possessive-district", "Igor Frolov", "Moscow"),
    ("possessive-after-date", "Aliya Serikova", "Karaganda"),
    ("possessive-no-date", "Bobur Umarov", "Tashkent"),
    ("town-regional-court", "Kerim Aydin", "Izmir"),
    ("a-town-court", "Aibek Toktorov", "Bishkek"),
    ("district-of-town", "Rustam Aliev", "Tashkent"),
    ("demonym-city-of", "Nurbek Tulegenov", "Shymkent"),
    ("demonym-city-of-date", "Daulet Kairatov", "Petropavl"),
    ("demonym-uzbek-city", "Azamat Turdiev", "Nukus"),
    ("demonym-court", "Saule Ibraeva", None),
    ("dateline-other-country", "Bolot Temirov", None),
    ("dateline-demonym-court", "Ales Pashkevich", None),
    ("neighbour-verdict-town", "Marat Zhanuzakov", "Taraz"),
    ("neighbour-guilty-town", "Nika Beridze", "Batumi"),
    ("based-court", "Ivan Orlov", "Moscow"),
    ("based-court-2", "Rustem Galiev", "Kazan"),
    ("based-person", "Ivan Orlov", None),
    ("club-name", "Tom Hale", None),
    ("club-and-court", "Tom Hale", "Chester"),
    ("word-town-court", "Amy Stone", "Reading"),
    ("small-town-dateline", "Bolat Sadykov", "Qaskelen"),
    ("city-and-district-court", "Ihar Martsinkevich", "Pinsk"),
    ("lead-country-court", "Abai Tursunov", "Kordai"),
    ("same-case-country-court", "Reza Karimi", "Tehran"),
    ("kicker-dateline", "Bolat Sadykov", None),
    ("region-supreme-court", "Salman Rashidov", "Dagestan"),
    ("region-in-crimea", "Oleh Panchenko", "Crimea"),
    ("region-tatarstan", "Ilnur Khakimov", "Tatarstan"),
])
def test_court_city(records: dict[str, list[Record]], key: str, person: str,
                    city: str | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.city) == (person, city)


@pytest.mark.parametrize(("key", "person", "date"), [
    ("possessive-district", "Igor Frolov", dt.date(2023, 5, 12)),
    ("possessive-after-date", "Aliya Serikova", dt.date(2023, 5, 9)),
    ("demonym-city-of-date", "Daulet Kairatov", dt.date(2023, 5, 8)),
    ("gerund-pleaded", "Daniyar Ospanov", None),
    ("gerund-convicted", "Timur Rakhimov", None),
    ("gerund-sentenced-for", "Ruslan Abenov", None),
    ("event-noun", "Kerim Aydin", None),
    ("court-heard", "Yusuf Phiri", None),
    ("gerund-recent", "Arman Seitov", dt.date(2023, 5, 8)),
    ("verdict-on-day", "Timur Rakhimov", dt.date(2023, 2, 14)),
    ("verdict-weekday", "Timur Rakhimov", dt.date(2023, 5, 9)),
    ("arrest-conj", "Berik Omarov", None),
    ("relcl-outcome", "Berik Omarov", None),
    ("dateline-day", "Nurlan Abenov", None),
    ("dateline-day-wire", "Nurlan Abenov", None),
    ("upheld-later-day", "Kerim Aydin", dt.date(2023, 5, 9)),
    ("rejected-later-vague", "Marat Zhunusov", None),
    ("upheld-later-weekday", "Ernar Bekov", dt.date(2023, 5, 10)),
    ("appeal-pending", "Kerim Aydin", dt.date(2023, 4, 10)),
    ("appeal-filed", "Kerim Aydin", dt.date(2023, 4, 10)),
])
def test_verdict_date(records: dict[str, list[Record]], key: str, person: str,
                      date: dt.date | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.date) == (person, date)


def test_neighbour_of_another_case(records: dict[str, list[Record]]) -> None:
    # another defendant's court is not this one's: the dateline stands
    assert [(r.person, r.city) for r in records["neighbour-other-case"]] == [
        ("Marat Zhanuzakov", "Almaty"), (None, "Taraz")]


def test_later_country_court_is_another(records: dict[str, list[Record]]) -> None:
    # "a Kazakh court" well after the Taraz court's case: another court, town unknown
    assert [(r.person, r.city) for r in records["later-country-court"]] == [
        ("Zhanna Ermekova", "Taraz"), ("Qairat Omarov", None)]


def test_another_case_takes_no_neighbour_court(records: dict[str, list[Record]]) -> None:
    # "Another activist, X, was fined": its own case, not the neighbouring verdict's court
    rec = next(r for r in records["neighbour-own-other"] if r.person == "Dana Seitova")
    assert rec.city is None


def test_city_own_district_is_no_town(records: dict[str, list[Record]]) -> None:
    assert [r.city for r in records["city-own-district"]] == ["Brest"]


def test_both_outcomes_one_day(records: dict[str, list[Record]]) -> None:
    [rec] = records["relcl-both-outcomes"]
    assert (rec.group_size, rec.date) == (1, dt.date(2023, 5, 8))


@pytest.fixture(scope="module")
def undated() -> dict[str, list[Record]]:
    """Articles without a publication date: the dateline's date stands in."""
    texts = {
        "today": "New York, July 24, 2017 -- A district court in Baku today sentenced Faiq "
                 "Amirli to three years in prison, the group said.",
        "weekday": " date 2019-11-22 A court in Mary on Tuesday jailed Serdar Ovezov for two "
                   "years.",
        "no-dateline": "A district court in Baku today sentenced Faiq Amirli to three years in "
                       "prison.",
        "page-today": "Thursday, November 26th, 2020\nA court in Aqtau on Tuesday acquitted "
                      "Aigul Sarsenova.",
    }
    fetched = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    articles = [Article(doc_id=key, text=text, published=None, language="en",
                        content_sha256="-", fetched_at=fetched) for key, text in texts.items()]
    out: dict[str, list[Record]] = {}
    for key, res in zip(texts, RecordExtractor(ExtractConfig()).extract_batch(articles),
                        strict=True):
        assert not isinstance(res, Failure), res
        out[key] = res
    return out


@pytest.mark.parametrize(("key", "date"), [
    ("today", dt.date(2017, 7, 24)),
    ("weekday", dt.date(2019, 11, 19)),
    ("no-dateline", None),
    ("page-today", None),  # a page's own date line is not sure to be the report's
])
def test_dateline_day_as_publication(undated: dict[str, list[Record]], key: str,
                                     date: dt.date | None) -> None:
    [rec] = undated[key]
    assert rec.date == date


def test_offence_keeps_its_charge(records: dict[str, list[Record]]) -> None:
    # the offence's day goes, its charge and term stay
    rec = only_record(records, TEXTS, "gerund-convicted")
    assert (rec.charge, rec.sentence_months) == ("robbing a shop", 48)
