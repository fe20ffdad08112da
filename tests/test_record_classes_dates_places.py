"""Date and city classes seen on unseen court news (issue 11, classes 3 and 4), each in
several phrasings of our own: a district court's town, a city's own district, a court of a
town's district, a dateline carrying its date, a page's date stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)  # a Friday

TEXTS: dict[str, str] = {
    # ---- "X District Court": the court's town X, as written, not "X District"
    "district-court-town": "The Wexford District Court on Tuesday fined Ciaran Dolan 400 euros "
                           "for careless driving.",
    "district-court-town-2": "Magistrate Helen Bray of the Kalgoorlie District Court sentenced "
                             "Tom Wyatt to two years in prison for burglary.",
    "district-court-town-3": "Rhys Morgan was jailed for 18 months at Hong Kong District Court "
                             "for rioting.",
    # ---- "the Central District Court": a city's own district, never a town of its own
    "generic-district": "The Central District Court sentenced Oleg Marin to 15 days of "
                        "administrative arrest for a post on social media.",
    "generic-district-2": "Judge Anna Lis of the Southern District Court jailed Piotr Wrona "
                          "for three years for fraud.",
    # ---- "X District Court in Y": a district of town Y; Y is the place
    "district-in-town": "The so-called Kyiv District Court in occupied Simferopol sentenced "
                        "Server Umerov to six years in prison.",
    "district-in-town-quoted": "The illegal “Kyiv District Court” in occupied Simferopol "
                               "fined Server Umerov 10,000 rubles.",
    "district-of-town": "The Sovetsky District Court of Kazan jailed Ilnur Garayev for four "
                        "years for extortion.",
    "district-in-city-of": "The Zhovtnevyi District Court in the city of Poltava sentenced "
                           "Andriy Bondar to five years in prison for bribery.",
    # ---- "Moscow's X District Court": the town the district court sits in
    "possessive-town": "Kazan’s Vakhitovsky District Court sentenced Rustem Zakirov to two "
                       "years in a penal colony.",
    "possessive-town-2": "On Monday Samara's Leninsky District Court fined Yulia Orlova "
                         "30,000 rubles for discrediting the army.",
    # ---- a dateline with the day it was filed still names the city
    "dateline-day": "TARTU, June 12 (BNS) - A court on Wednesday sentenced Mart Kask to four "
                    "years in prison for smuggling.",
    "dateline-day-year": "Riga, 11 June 2024 -- A judge sentenced Janis Ozols to two years in "
                         "prison for tax fraud.",
    "dateline-day-abbrev": "VILNIUS, Jun. 10 — A judge jailed Tomas Petraitis for three years "
                           "for arson.",
    "dateline-after-stamp": "date 2024-06-12 TARTU, Estonia -- A court has sentenced Mart "
                            "Kask to four years in prison for smuggling.",
    # ... and with the wire's name after the day and a comma (the day is the filing's)
    "dateline-wire-comma": "TARTU, June 12, 2024, Baltic Wire -- A court has sentenced Mart "
                           "Kask to four years in prison for smuggling.",
    "dateline-wire-comma-2": "Riga, 11 June 2024, Nord-Press -- Mart Kask was sentenced to four "
                             "years in prison for smuggling.",
    "dateline-wire-comma-day": "VILNIUS, June 12, 2024, LT Daily -- A court on Monday "
                               "sentenced Mart Kask to four years in prison for smuggling.",
    # ---- the court's town in the next sentence, the tagger's person or not
    "possessive-next": "Aibek Dzhumaliev has been sentenced to nine years in prison.\n"
                       "The verdict was handed down by Bishkek’s Oktyabrsky District Court.",
    # ---- a court's own name after its town; the capital named in apposition
    "court-name-after": "The Wuhan Intermediate People's Court jailed Li Wei for four years "
                        "for inciting subversion.",
    "court-number-after": "Zhang Min was sentenced by the Tianjin No. 3 People’s Court to "
                          "five years in prison.",
    "capital-apposition": "A district court in Kyrgyzstan's capital, Bishkek, has sentenced "
                          "Azamat Beishenov to five years in prison.",
    # ---- a region gives way to its own town's court named elsewhere
    "region-then-town": "A court in Mandalay Region sentenced Aung Ko to three years in "
                        "prison.\nThe Mandalay District Court said he had incited unrest.",
    "region-then-town-2": "A court in Russia's Kurgan region has fined Galina Orlova 50,000 "
                          "rubles.\nKurgan's Central District Court found her guilty of "
                          "discrediting the army.",
    # ... but not to a town of another name
    "region-other-town": "A court in Wichita County sentenced Joe Hill to 20 years in "
                         "prison.\nThe Wichita Falls court heard the case in May.",
    # ---- a capitalised district court too small for the gazetteer: not the region beside it,
    # ... but the court's own place as written (the court's place before the region)
    "unknown-district-court": "On 3 May, the Qorovul District Criminal Court in Khorezm "
                              "region sentenced blogger Ravshan Ismoilov to two years.",
    # ---- a foreign court's seat named earlier is no place of a national court's case
    "court-of-country": "The European Court of Human Rights in Strasbourg ruled on the case "
                        "in 2013.\nThe Court of Bosnia and Herzegovina later sentenced Mirza "
                        "Hodzic to five years in prison for war crimes.",
    # ---- "X District" before another word than "Court" names no court's town
    "district-council": "Judge Ann Byrne convicted Sean Kelly of assaulting a Wexford District "
                        "Council official.",
    # ---- a province keeps its place under a dateline of another town
    "province-dateline": "HANOI, May 3 (Reuters) - A court in Quang Tri province sentenced Le "
                         "Van Tam to six years in prison.",
    # ---- a street or an address is no place of the proceeding
    "street": "At an earlier hearing Dean Pryce, 41, of Paisley Avenue, was jailed for six "
              "years for supplying heroin.",
    "address-town": "Kyle Barnes, 29, of Mill Road, Leeds, was jailed for four years for "
                    "robbery.",
    "address-town-court": "Kyle Barnes, 29, of Mill Road, Leeds, was jailed for four years "
                          "at Bradford Crown Court for robbery.",
    # ---- the tail of a longer name is no district of a far-off town
    "name-tail-district": "The Bishkek City Court upheld the Birinchi Mai District Court's "
                          "ruling that sentenced Talant Usenov to ten years in prison.",
    # ---- a page's date stamp is not the verdict's day
    "stamp-label": "date 2024-06-12 A court in Tartu has sentenced Mart Kask to four years in "
                   "prison for smuggling.",
    "stamp-posted": "Posted: June 11, 2024\nA court in Tartu has sentenced Mart Kask to four "
                    "years in prison for smuggling.",
    "stamp-line": "Court news\nWednesday, 12 June 2024 | 10:45\nA court in Tartu has "
                  "sentenced Mart Kask to four years in prison for smuggling.",
    "stamp-iso": "2024-06-10 A court in Tartu has sentenced Mart Kask to four years in prison "
                 "for smuggling.",
    # ... while the text's own day still stands beside a stamp
    "stamp-and-day": "date 2024-06-12 A court in Tartu on Monday sentenced Mart Kask to four "
                     "years in prison for smuggling.",
    "line-opening-day": "On 3 June the court in Tartu sentenced Mart Kask to four years in "
                        "prison for smuggling.",
    # ---- the day of a clause of the bench itself ("sitting in X on Monday")
    "bench-sitting": "date 2024-06-13 Justice Ada Obi of the High Court sitting in Tartu on "
                     "Monday sentenced Mart Kask to four years in prison for smuggling.",
    "bench-presiding": "Judge Lee Park, presiding over the court on Tuesday, sentenced Mart Kask "
                       "to four years in prison for smuggling.",
    # ... but a clause about something else keeps its day out
    "other-clause-day": "A court in Tartu sentenced Mart Kask, who was arrested on 2 May, to "
                        "four years in prison for smuggling.",
    # ---- the day the bench acted, told beside the outcome
    "delivered-and-fined-them": "A court in Tartu has sentenced Mart Kask to four years in "
                                "prison for smuggling.\nJudge Liis Tamm delivered the verdict "
                                "on Tuesday and also fined him 2,000 euros.",
    "announced-two-days": "A court in Tartu sentenced Mart Kask to four years in prison, a "
                          "rights group said.\nFamily members attended the hearing.\nThe "
                          "court announced on June 4 the sentence for the riots in the old "
                          "town on 9 May.",
    # ... but a neighbour telling another's outcome gives no day
    "fined-another": "A court in Tartu has sentenced Mart Kask to four years in prison for "
                     "smuggling.\nOn Tuesday the judge also fined Peeter Saar 2,000 euros.",
    # ---- an explicit day beats the weekday it glosses when they differ
    "weekday-glossed": "Mart Kask was sentenced on Tuesday (28 May) to four years in prison "
                       "by a court in Tartu for smuggling.",
    "today-glossed": "Mart Kask was sentenced today (June 12) to four years in prison by a "
                     "court in Tartu for smuggling.",
    "weekday-glossed-same": "A court in Tartu on Tuesday, June 11, sentenced Mart Kask to four "
                            "years in prison for smuggling.",
    # ---- a sentence with a vague time of its own takes no neighbour's day
    "own-year": "Six protesters were sentenced at the county court on Monday for rioting.\n"
                "Once seen as the movement's leader, Mart Kask was jailed for four years in "
                "2019 over rioting and freed last year.",
    "no-own-time": "Six protesters were sentenced at the county court on Monday for rioting.\n"
                   "Once seen as the movement's leader, Mart Kask was jailed for four years "
                   "over rioting.",
    # ---- a town inside the defendant's own name (the NER took the name for a place)
    "town-in-name": "The High Court upheld the conviction of Orlando Ruiz for fraud on Monday.",
    "town-in-name-2": "The court rejected the appeal of Nadia Petrenko against her conviction "
                      "for fraud.",
    "town-in-name-court": "The Leeds Crown Court upheld the conviction of Orlando Ruiz for "
                          "fraud on Monday.",
    # ---- "the Friday ruling": an attributive day of the verdict itself
    "attributive-ruling": "A court in Tartu sentenced Mart Kask to four years in prison for "
                          "smuggling. The Tuesday ruling followed a two-week trial.",
    "attributive-verdict": "A court in Tartu sentenced Mart Kask to four years in prison for "
                           "smuggling. His lawyer called the June 5 verdict unjust.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str | None, Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: {r.person: r for r in res} for key, res in got.items()}


@pytest.mark.parametrize(("key", "person", "city"), [
    ("district-court-town", "Ciaran Dolan", "Wexford"),
    ("district-court-town-2", "Tom Wyatt", "Kalgoorlie"),
    ("district-court-town-3", "Rhys Morgan", "Hong Kong"),
    ("generic-district", "Oleg Marin", None),
    ("generic-district-2", "Piotr Wrona", None),
    ("district-in-town", "Server Umerov", "Simferopol"),
    ("district-in-town-quoted", "Server Umerov", "Simferopol"),
    ("district-of-town", "Ilnur Garayev", "Kazan"),
    ("district-in-city-of", "Andriy Bondar", "Poltava"),
    ("possessive-town", "Rustem Zakirov", "Kazan"),
    ("possessive-town-2", "Yulia Orlova", "Samara"),
    ("dateline-day", "Mart Kask", "Tartu"),
    ("dateline-day-year", "Janis Ozols", "Riga"),
    ("dateline-day-abbrev", "Tomas Petraitis", "Vilnius"),
    ("dateline-after-stamp", "Mart Kask", "Tartu"),
    ("dateline-wire-comma", "Mart Kask", "Tartu"),
    ("dateline-wire-comma-2", "Mart Kask", "Riga"),
    ("dateline-wire-comma-day", "Mart Kask", "Vilnius"),
    ("possessive-next", "Aibek Dzhumaliev", "Bishkek"),
    ("court-name-after", "Li Wei", "Wuhan"),
    ("court-number-after", "Zhang Min", "Tianjin"),
    ("capital-apposition", "Azamat Beishenov", "Bishkek"),
    ("region-then-town", "Aung Ko", "Mandalay"),
    ("region-then-town-2", "Galina Orlova", "Kurgan"),
    ("region-other-town", "Joe Hill", "Wichita County"),
    ("unknown-district-court", "Ravshan Ismoilov", "Qorovul"),
    ("court-of-country", "Mirza Hodzic", None),
    ("district-council", "Sean Kelly", None),
    ("province-dateline", "Le Van Tam", "Quang Tri province"),
    ("street", "Dean Pryce", None),
    ("address-town", "Kyle Barnes", None),
    ("address-town-court", "Kyle Barnes", "Bradford"),
    ("name-tail-district", "Talant Usenov", "Bishkek"),
    ("town-in-name", "Orlando Ruiz", None),
    ("town-in-name-2", "Nadia Petrenko", None),
    ("town-in-name-court", "Orlando Ruiz", "Leeds"),
])
def test_the_place_of_the_proceeding(records: dict[str, dict[str | None, Record]], key: str,
                                      person: str, city: str | None) -> None:
    assert records[key][person].city == city


def test_a_district_courts_town_is_its_gazetteer_town(
        records: dict[str, dict[str | None, Record]]) -> None:
    assert records["district-court-town"]["Ciaran Dolan"].country == "IE"
    assert records["district-in-town"]["Server Umerov"].place_id is not None


@pytest.mark.parametrize(("key", "date"), [
    ("stamp-label", None),
    ("stamp-posted", None),
    ("stamp-line", None),
    ("stamp-iso", None),
    ("dateline-wire-comma", None),
    ("dateline-wire-comma-2", None),
    ("dateline-wire-comma-day", dt.date(2024, 6, 10)),
    ("stamp-and-day", dt.date(2024, 6, 10)),
    ("line-opening-day", dt.date(2024, 6, 3)),
    ("bench-sitting", dt.date(2024, 6, 10)),
    ("bench-presiding", dt.date(2024, 6, 11)),
    ("other-clause-day", None),
    ("delivered-and-fined-them", dt.date(2024, 6, 11)),
    ("announced-two-days", dt.date(2024, 6, 4)),
    ("fined-another", None),
    ("weekday-glossed", dt.date(2024, 5, 28)),
    ("today-glossed", dt.date(2024, 6, 12)),
    ("weekday-glossed-same", dt.date(2024, 6, 11)),
    ("own-year", None),
    ("no-own-time", dt.date(2024, 6, 10)),
    ("attributive-ruling", dt.date(2024, 6, 11)),
    ("attributive-verdict", dt.date(2024, 6, 5)),
])
def test_the_day_of_the_verdict(records: dict[str, dict[str | None, Record]], key: str,
                                date: dt.date | None) -> None:
    assert records[key]["Mart Kask"].date == date
