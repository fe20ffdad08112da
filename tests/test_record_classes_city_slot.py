"""City slot classes, each in several phrasings of our own: a place that narrows a person's
office or home ("a former mayor of X town in Y") is not the case's; a court named only by its
region or state gives way to the one town of that region the article names for the case; an
example of other cases ("For example, ...") inherits no court town of the article; a header's
town (a byline's "in X", "X: A court ...", a line of the town alone) is a dateline; a court's
seat too small for the gazetteer ("the Court Martial in X") is its place as written, and no part
of a longer hyphenated name is a town of its own; an international court's seat is no national
case's place; "the city's Crown Court" is the court of the town named last before it; an
article set in a city-state alone ("Six Hong Kong students ... at the District Court") has its
courts there; a British-style court's unlisted town ("X Sheriff Court") is its place; a
dateline may follow the day ("December 3, 2021 (BAHIR DAR) -"); the one court town of an article
named only for another case ("Separately, ...") is no default; the Old Bailey sits in London
where the article names London."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    # ---- a place inside a person's description
    "mayor-town-in": "MANILA, Philippines - The Sandiganbayan has sentenced Ramon Dizon, a former "
                     "mayor of Dolores town in Quezon province, to eight years in prison for "
                     "graft.",
    "mayor-town-in-unnamed": "The Sandiganbayan has sentenced a former mayor of Dolores town in "
                             "Quezon province to eight years in prison for graft.",
    "comma-of-in": "Kasia Nowak, 41, of Brzeg in Opole province, was fined 2,000 zlotys for "
                   "insulting a police officer.",
    "from-in": "The High Court sitting in Tabora has sentenced three men to death for murder.\n\n"
               "The same court jailed a mason from Igunga in Shinyanga Region, Paulo Masanja, "
               "for eight years after he pleaded guilty to possessing ivory.",
    "from-city-of": "A court sentenced Rustam Nazarov, from the northern city of Khujand, to seven "
                    "years in prison for extortion.",
    "from-town-of": "Blogger Aziz Tursunov, from the small eastern town of Kokand, was jailed for "
                    "five years for insulting the president.",
    "name-of-town-list": "The Supreme Court upheld the death penalty of three convicts. The "
                         "convicts are Rafiqul Haque of Bogura, Jamal Uddin of Rangpur and Abdul "
                         "Karim.",
    "extradited-from-city": "A court in Istanbul sentenced Emre Kaya to six years in prison. Kaya "
                            "was extradited from the city of Antwerp in 2022.",
    "court-in-in": "A court in Kaunas sentenced Jonas Petraitis, a teacher from Alytus in southern "
                   "Lithuania, to two years in prison for bribery.",
    # ---- a court named by its region, a town of that region named for the case
    "state-court-town": "The High Court in Nigeria's Ogun State has sentenced Tunde Bakare to "
                        "death by hanging for kidnapping.\n\nIn 2019, his gang abducted a pastor "
                        "in Ijebu-Ode and demanded a ransom of 20 million naira.",
    "region-supreme-town": "The Supreme Court of Dagestan sentenced Magomed Aliev to 18 years in "
                           "prison for the 2019 attack on a police post in Khasavyurt.",
    "region-court-crime-clause": "A court in the Zhytomyr region sentenced Petro Savchuk to nine "
                                 "years in prison for setting fire to a draft office in "
                                 "Korosten.",
    # ... but not a town of an arrest, a landmark "near X" or a home town
    "region-arrest-town": "A Russian-controlled court in occupied Crimea sentenced Oleh "
                          "Bondarenko, a Ukrainian citizen, to 12 years in prison for alleged "
                          "espionage.\n\nBondarenko was arrested in 2021 in Kerch and accused of "
                          "treason.",
    "region-near-town": "A court in the Zhytomyr region sentenced Petro Savchuk to nine years in "
                        "prison for treason. He had hidden weapons in a forest near Korosten.",
    "region-home-town": "A court in the Zhytomyr region sentenced Petro Savchuk, a resident of "
                        "Korosten, to nine years in prison for treason.",
    "region-firm-town": "A court in the Zhytomyr region sentenced Petro Savchuk to nine years in "
                        "prison for fraud. His company is based in Korosten.",
    # ... nor one of two towns of the region
    "region-two-towns": "A court in the Zhytomyr region sentenced Petro Savchuk to nine years in "
                        "prison for arson. He set fire to offices in Korosten and in Berdychiv.",
    # ---- an example of other cases
    "for-example": "The Hrodna Regional Court sentenced activist Pavel Kuzmich to three years in "
                   "prison for insulting the president.\n\nCourts often hand down such terms. "
                   "For example, in May blogger Anton Sidor was sentenced to two years of "
                   "restricted freedom for a comment online.",
    "for-instance": "The Mogilev District Court jailed Ales Bondar for one month for painting "
                    "graffiti.\n\nSuch cases are common. For instance, Ivan Lysenko was sentenced "
                    "to 18 months of restricted freedom this spring.",
    "for-example-same-line": "A court in Vitebsk sentenced Olga Marchenko to two years in prison. "
                             "For example, last year, Dzmitry Pruss was fined for a protest.",
    # ---- a header's town
    "town-line": "Our Correspondent\n\nMzuzu\n\nA magistrate on Friday sentenced Chikondi Banda to "
                 "five years in prison for stealing cattle from a neighbouring farm.",
    "colon-town": "Lusaka: A court on Monday jailed Mwila Chanda for three years for defrauding a "
                  "pension fund of two million kwacha.",
    "byline-town": "Court jails cattle thief\nBy Anna Mwale in Mzuzu\nA magistrate on Friday "
                   "sentenced Chikondi Banda to five years in prison for stealing cattle from a "
                   "neighbouring farm.",
    # ... not a headline's kicker, nor a town's line inside the body
    "colon-kicker": "Lusaka: Anger Over Verdict\n\nA judge on Tuesday sentenced Mwila Chanda to "
                    "three years in prison for fraud, prosecutors said.",
    "town-line-in-body": "A judge on Tuesday sentenced Mwila Chanda to three years in prison for "
                         "fraud, prosecutors said in a statement.\nLusaka\nHis lawyer said he "
                         "would appeal the ruling of the court within the time the law allows.",
    # ---- a court's seat the gazetteer does not know
    "unlisted-court-martial": "The General Court Martial in Bukuto has sentenced 12 supporters of "
                              "the opposition to three years in prison for treachery.",
    "unlisted-tribunal-at": "The military tribunal at Lwemiyaga on Friday convicted Sgt. Paul "
                            "Ochieng of murder and sentenced him to life in prison.",
    "unlisted-hyphenated": "A district court in Kyzyl-Dobo sentenced activist Nurlan Asanov to "
                           "two years of probation for insulting an official.",
    # ... not a quarter of the known town after it, nor a month
    "unlisted-then-town": "The General Court Martial in Bukuto, Kampala, has sentenced Moses "
                          "Okello to three years in prison.",
    "court-in-month": "A court in February sentenced Ivan Petrov to two years in prison.",
    # ... a dateline glued to its lead by a hyphen is still the dateline
    "glued-dateline": "ARUSHA-The tribunal has sentenced former prefect Jean Habimana to life "
                      "imprisonment.",
    # ---- an international court's seat: its own ruling's place, no other case's
    "echr-seat-earlier": "The European Court of Human Rights in Strasbourg ruled in 2015 that the "
                         "first trial had been unfair. A retrial began a year later. Witnesses "
                         "were heard again. Petar Ilic was then jailed for nine years for fraud.",
    "tribunal-seat-earlier": "The International Criminal Tribunal in Arusha tried the former mayor "
                             "in 2008. The case was later sent back home. Jean Mugabo was jailed "
                             "for 15 years for his part in the massacre.",
    "tribunal-seat-own": "The International Criminal Tribunal in Arusha sentenced former mayor "
                         "Jean Mugabo to life imprisonment for genocide.",
    # ---- "the city's court": the town named before it
    "city-s-court-dock": "Two men caught with a van of stolen cigarettes at Cardiff docks were "
                         "jailed yesterday at the city's magistrates court.",
    "city-s-court-earlier": "Moscow's Basmanny District Court fined Oleg Sidorov 10,000 rubles. "
                            "Separately, the city's Tverskoy District Court sentenced Ivan Volkov "
                            "to two years in prison.",
    "city-s-court-heard": "The fight broke out at Wolverhampton bus station in May, the city's "
                          "Crown Court heard. Jordan Pike was jailed for three years.",
    "city-s-club": "The mayor met the city's football club. Tom Reed was jailed for two years for "
                   "theft.",
    # ---- a city-state's article
    "city-state-students": "Six Hong Kong students were jailed on Monday for up to four years for "
                           "rioting near a campus in 2019. They were sentenced at the District "
                           "Court.",
    "city-state-agency": "Lee Kok Wah, 52, was fined $800 for smoking at a bus stop, Singapore's "
                         "environment agency said on Friday.",
    # ... not where a court of another country, or another country's town, is named
    "city-state-foreign-court": "A Hong Kong businessman, Chan Ka-wai, was jailed for four years "
                                "for bribery by a court in Malaysia.",
    "city-state-other-town": "A Hong Kong businessman, Chan Ka-wai, was jailed for four years for "
                             "bribery. His company also has offices in Kuala Lumpur.",
    # ---- a British-style court named for a town the gazetteer does not know
    "sheriff-court": "Callum Reid was jailed for 18 months at Balmorrow Sheriff Court for assault.",
    "magistrates-court": "Tillbridge Magistrates' Court fined Dean Cole 400 pounds for careless "
                         "driving.",
    # ... not a street's court nor a bench's rank
    "street-crown-court": "Amy Ward was sentenced to two years at Hanover Street Crown Court for "
                          "fraud.",
    "rank-magistrates-court": "The Senior Resident Magistrate's Court sentenced Peter Banda to "
                              "five years for theft.",
    # ---- datelines after the day, with a long country, with the day in brackets
    "dateline-after-day": "December 3, 2021 (BAHIR DAR) - The Federal High Court sentenced "
                          "Tesfaye Bekele to four years in prison.",
    "dateline-long-country": "SARAJEVO, Bosnia and Herzegovina (Fena) — A court sentenced Edin "
                             "Hodzic to five years in prison for war crimes.",
    "dateline-day-brackets": "KUMASI, GHANA (MARCH 3, 2019) (REUTERS) - A court sentenced Kwame "
                             "Mensah to ten years in prison for fraud.",
    # ---- an Arabic province written without its article ("Al Anbar")
    "province-no-article": "A criminal court in Iraq's Anbar Province on Wednesday sentenced "
                           "four militants to death. On Monday, the Central Criminal Court in "
                           "Baghdad sentenced Ali Kadhim to death.",
    # ---- the one court town of the article is another case's ("Separately, ...")
    "separately-only-town": "A Saudi court sentenced Fahd Otaibi to ten years in prison for his "
                            "tweets. Separately, the Specialized Criminal Court in Riyadh jailed "
                            "Salma Harbi for six years.",
    "separate-case-only-town": "An Egyptian court sentenced Omar Said to five years in prison for "
                               "protesting. In a separate case, a court in Alexandria jailed Mona "
                               "Fathy for two years.",
    "same-case-only-town": "A Saudi court sentenced Fahd Otaibi to ten years in prison for his "
                           "tweets. The Specialized Criminal Court in Riyadh also jailed his "
                           "brother, Saad Otaibi, for six years.",
    # ---- a court whose name holds no town: its seat, where the article names it
    "old-bailey-town": "Liam Doyle, 31, was jailed for life at the Old Bailey for murdering a man "
                       "in south London.",
    "old-bailey-no-town": "Liam Doyle, 31, was found guilty of murder at the Old Bailey after a "
                          "two-week trial.",
    "central-criminal-dublin": "Sean Brady was jailed for life yesterday after a jury at the "
                               "Central Criminal Court found him guilty of murdering his "
                               "neighbour in a Dublin pub.",
    "central-criminal-two-towns": "Sean Brady was jailed for life by the Central Criminal Court. "
                                  "He had lived in London and Dublin.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    # the office's or home's wider place is no place of the case: the dateline, the court
    ("mayor-town-in", "Ramon Dizon", "Manila"),
    ("mayor-town-in-unnamed", None, None),
    ("comma-of-in", "Kasia Nowak", None),
    ("from-in", "Paulo Masanja", "Tabora"),
    ("court-in-in", "Jonas Petraitis", "Kaunas"),
    # a named person's town of origin is no place of the case
    ("from-city-of", "Rustam Nazarov", None),
    ("from-town-of", "Aziz Tursunov", None),
    ("name-of-town-list", "Rafiqul Haque", None),
    ("extradited-from-city", "Emre Kaya", "Istanbul"),
    # the region's one town of the case beats the region
    ("state-court-town", "Tunde Bakare", "Ijebu-Ode"),
    ("region-supreme-town", "Magomed Aliev", "Khasavyurt"),
    ("region-court-crime-clause", "Petro Savchuk", "Korosten"),
    ("region-arrest-town", "Oleh Bondarenko", "Crimea"),
    ("region-near-town", "Petro Savchuk", "Zhytomyr region"),
    ("region-home-town", "Petro Savchuk", "Zhytomyr region"),
    ("region-firm-town", "Petro Savchuk", "Zhytomyr region"),
    ("region-two-towns", "Petro Savchuk", "Zhytomyr region"),
    # the article's court stays with its own case
    ("for-example", "Pavel Kuzmich", "Hrodna"),
    ("for-example", "Anton Sidor", None),
    ("for-instance", "Ivan Lysenko", None),
    ("for-example-same-line", "Olga Marchenko", "Vitebsk"),
    ("for-example-same-line", "Dzmitry Pruss", None),
    ("town-line", "Chikondi Banda", "Mzuzu"),
    ("colon-town", "Mwila Chanda", "Lusaka"),
    ("byline-town", "Chikondi Banda", "Mzuzu"),
    ("colon-kicker", "Mwila Chanda", None),
    ("town-line-in-body", "Mwila Chanda", None),
    ("unlisted-court-martial", None, "Bukuto"),
    ("unlisted-tribunal-at", "Paul Ochieng", "Lwemiyaga"),
    ("unlisted-hyphenated", "Nurlan Asanov", "Kyzyl-Dobo"),
    ("unlisted-then-town", "Moses Okello", "Kampala"),
    ("court-in-month", "Ivan Petrov", None),
    ("glued-dateline", "Jean Habimana", "Arusha"),
    ("echr-seat-earlier", "Petar Ilic", None),
    ("tribunal-seat-earlier", "Jean Mugabo", None),
    ("tribunal-seat-own", "Jean Mugabo", "Arusha"),
    ("city-s-court-dock", None, "Cardiff"),
    ("city-s-court-earlier", "Ivan Volkov", "Moscow"),
    ("city-s-court-heard", "Jordan Pike", "Wolverhampton"),
    ("city-s-club", "Tom Reed", None),
    ("city-state-students", None, "Hong Kong"),
    ("city-state-agency", "Lee Kok Wah", "Singapore"),
    ("city-state-foreign-court", "Chan Ka-wai", None),
    ("city-state-other-town", "Chan Ka-wai", None),
    ("sheriff-court", "Callum Reid", "Balmorrow"),
    ("magistrates-court", "Dean Cole", "Tillbridge"),
    ("street-crown-court", "Amy Ward", None),
    ("rank-magistrates-court", "Peter Banda", None),
    ("dateline-after-day", "Tesfaye Bekele", "Bahir Dar"),
    ("dateline-long-country", "Edin Hodzic", "Sarajevo"),
    ("dateline-day-brackets", "Kwame Mensah", "Kumasi"),
    ("province-no-article", None, "Anbar Province"),
    ("province-no-article", "Ali Kadhim", "Baghdad"),
    ("separately-only-town", "Fahd Otaibi", None),
    ("separately-only-town", "Salma Harbi", "Riyadh"),
    ("separate-case-only-town", "Omar Said", None),
    ("same-case-only-town", "Fahd Otaibi", "Riyadh"),
    ("old-bailey-town", "Liam Doyle", "London"),
    ("old-bailey-no-town", "Liam Doyle", None),
    ("central-criminal-dublin", "Sean Brady", "Dublin"),
    ("central-criminal-two-towns", "Sean Brady", None),
])
def test_the_city_of_the_case(records: dict[str, list[Record]], key: str, person: str | None,
                              city: str | None) -> None:
    assert person_record(records, key, person).city == city
