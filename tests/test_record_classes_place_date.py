"""Place and date classes read on unannotated court news, in phrasings of our own: a wire's
dateline that lost its dash ("HANOI: ...", "BAKU, March 17 ...", "AP, MADRID" alone on its
line) is the dateline all the same; a wire's desk abroad is no place when every court the
article names is another country's; "tried to flee in X" names no trial; "awarded the
sentence by a court in X" beside the outcome names its court; the day of a dash-less dateline
("RIGA Apr 3 ...") is the wire's filing day, not the verdict's; a magistrate's or judge's
title names the bench's town ("Kabwe Senior Resident Magistrate X"), as does "a court in the
central city of X", "the Court of Appeal sitting at X" and "the X Resident Magistrate's
Court"; a verdict that "can be appealed" beside the outcome still gives its day; a month of
a year alone ("activists February 2013 started ...") is a time of the outcome's own, not the
article's hearing day; "the University of X", "the Port of X" are organisations, no place; a
defendant's lead before the court is named ("X was jailed for six years" in the bullets) takes
the court town its later mentions stand under."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 5, 12)  # a Friday

TEXTS: dict[str, str] = {
    # a dateline without its dash
    "colon": "TASHKENT: A prominent blogger was sentenced on Monday to six years in prison for "
             "insulting the president, his lawyer said.",
    "colon-two-words": "SAO PAULO: Marcos Lima was jailed for nine years for arson, police said.",
    "day-comma": "TBILISI, May 11 Georgia sentenced an opposition activist to four years in "
                 "prison on fraud charges, a court spokesman said.",
    "day-bare": "RIGA Apr 3 Journalist Anna Ozola was sentenced to three years in prison on "
                "espionage charges.",
    "day-weekday": "BAKU, May 11 Opposition activist Elnur Aliyev was sentenced on Thursday "
                   "to five years in prison, his lawyer said.",
    "wire-line": "AFP, NAIROBI\n\nA former minister, Peter Kamau, was jailed for ten years for "
                 "embezzlement on Thursday.",
    # ... but a kicker or a country before a colon is none
    "kicker": "UPDATE: A man was jailed for eight years for robbery.",
    "country": "KENYA: A man was jailed for eight years for robbery.",
    "caption": "FILE PHOTO: Protesters gathered. A man was jailed for eight years for robbery.",
    # a wire's desk abroad, every court of the article another country's
    "desk-abroad-city": "SEOUL (Yonhap) - A Canadian teacher, Mark Olsen, was found guilty of "
                        "fraud on Tuesday.\nHe had denied the charges throughout.\nHis trial at "
                        "the Superior Court in Toronto lasted three weeks.",
    "desk-abroad-country": "ANKARA (Anadolu) - Former governor Dmitri Volkov was convicted of "
                           "bribery on Friday.\nVolkov had governed the region for six years.\n"
                           "Prosecutors said a court in Russia had heard 40 witnesses.",
    "desk-round-up": "DUBLIN (Reuters) - Tom Hale was jailed for five years on Friday.\nHe had "
                     "admitted the thefts.\nIn France, a Lyon court fined a banker for fraud.",
    "desk-at-home": "PARIS (AFP) - Jean Moreau was found guilty of tax fraud on Monday.\nHe had "
                    "denied it.\nThe Paris court also banned him from office.",
    # "tried to" is an attempt, not a trial
    "tried-to": "Rafael Ortiz was sentenced to nine years in prison for fraud on Monday.\nHe "
                "had denied it.\nIn 2019 he tried to escape in Madrid, police said.",
    "tried-to-flee": "Paulo Costa was jailed for six years for smuggling.\nHe was arrested as "
                     "he tried to board a ferry in Tangier.",
    # a neighbour naming the court that awarded the sentence
    "awarded-by": "KARACHI (APP) - A 28-year-old man was sentenced to death for murder, a "
                  "prosecutor said.\nThe convict was awarded the sentence by a sessions court "
                  "in Hyderabad.",
    "awarded-by-named": "QUETTA (APP) - Rahim Baloch was sentenced to life imprisonment for "
                        "kidnapping.\nHe was awarded the sentence by an anti-terrorism court in "
                        "Sibi.",
    # the bench's town in a magistrate's or judge's title
    "title-resident": "Mansa Resident Magistrate, Grace Phiri sentenced Mike Tembo to one month "
                      "imprisonment with hard labour.",
    "title-senior": "Kabwe Senior Resident Magistrate Mary Mwale on Tuesday sentenced Peter "
                    "Banda to two years imprisonment for theft.",
    "title-sessions": "Two men were sentenced to death for robbery on Wednesday.\nJessore "
                      "District and Sessions Judge Abdul Karim delivered the verdict.",
    "title-judge": "A man was sentenced to death for murder.\nKaduna judge Ibrahim Musa on "
                   "Monday ordered that he be hanged.",
    # ... not a defendant's office without a name after it
    "title-defendant": "A Texas judge pleaded guilty on Thursday to one count of wire fraud.",
    # ... and a county judge's county gives way to the town of the crime
    "title-county": "Harris County Judge Ann Ross sentenced Dwayne Cole to 40 years in prison "
                    "for a robbery in Houston.",
    # a court "in the central city of X", a bench "sitting at X"
    "central-city": "A well-known lawyer was sentenced on Tuesday to two years in prison for "
                    "inciting subversion.\nThe Intermediate People's Court in the central city "
                    "of Wuhan handed down the verdict at a brief hearing.",
    "port-city": "Ivan Petrov was jailed for six years for espionage on Friday.\nThe verdict "
                 "was handed down by a military court in Russia's southern port city of "
                 "Novorossiysk.",
    "sitting-at": "The Court of Appeal sitting at Gulu delivered five judgments on Friday.\nThe "
                  "court reduced the sentence of Okello Ojok to 20 years.",
    "sitting-in-court": "Four men were sentenced to death on Monday for murder.\nThe verdict "
                        "was delivered by the High Court, which was sitting in the Kahama "
                        "Resident Magistrate's Court.",
    # ... but a home town stays none
    "home-city": "Musa Bello was sentenced to ten years for robbery.\nHe lives in the northern "
                 "city of Zaria.",
    "resident-of": "A Kahama resident was jailed for five years for theft.",
    # a verdict open to appeal beside the outcome gives its day
    "can-be-appealed": "Tunde Bello was sentenced to six years in prison for fraud.\nThe "
                       "verdict, announced on Tuesday, can be appealed.",
    "open-to-appeal": "Three activists were jailed for five years each for insulting the "
                      "president.\nThe rulings were handed down on Wednesday and are open to "
                      "appeal.",
    "was-appealed": "Tunde Bello was sentenced to six years in prison for fraud.\nThe verdict, "
                    "announced on Tuesday, was appealed by the defence.",
    # a month of a year alone is an outcome's own (vague) time: not the article's hearing day
    "month-year": "Judge Mita Roy delivered the verdict on Tuesday in the murder of a police "
                  "officer.\nThe protest movement drew thousands.\nYouths and bloggers "
                  "February 2013 started a protest demanding the death penalty for Ali Karim "
                  "after he was handed down life imprisonment by a tribunal.",
    "month-year-dot": "Judge Mita Roy delivered the verdict on Tuesday in the bombing case.\n"
                      "The hall was packed.\nStudents Sept. 2015 marched after Omar Latif was "
                      "jailed for ten years by a military court.",
    # an organisation named after its town is no place of the case
    "university-of": "Nadia Belkacem, a lecturer at the University of Oran, was sentenced to a "
                     "year in prison for defamation.",
    "port-of": "Ali Hassan, the former manager of the Port of Mombasa, was jailed for six years "
               "for fraud.",
    "bank-of": "A former cashier at the Bank of Kigali, Jean Mugabo, was sentenced to five years "
               "in prison for theft.",
    "court-of": "The Court of Appeal of Nairobi sentenced Ali Hassan to six years in prison.",
    # one defendant's lead before the court is named: the court town of its later mentions
    "lead-then-court": "Four men who smuggled heroin in crates of melons have been jailed.\n"
                       "Tom Reed was jailed for six years\nDean Shaw was jailed for five years"
                       "\nA fifth man is due to be sentenced at Preston Crown Court next month."
                       "\nAt Carlisle Crown Court Tom Reed, 41, was jailed after admitting "
                       "conspiracy to import heroin.\nAt an earlier hearing Dean Shaw, 35, was "
                       "jailed after admitting the same charge.",
    "lead-then-own-court": "Amir Khan was jailed for four years\nOmar Lee was jailed for three "
                           "years\nThe pair were cleared of fraud at Bristol Crown Court in "
                           "2019.\nAt Exeter Crown Court on Friday Amir Khan and Omar Lee were "
                           "jailed for money laundering.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "city"), [
    ("colon", "Tashkent"),
    ("colon-two-words", "Sao Paulo"),
    ("day-comma", "Tbilisi"),
    ("day-bare", "Riga"),
    ("wire-line", "Nairobi"),
    ("kicker", None),
    ("country", None),
    ("caption", None),
    ("desk-abroad-city", "Toronto"),
    ("desk-abroad-country", None),
    ("desk-at-home", "Paris"),
    ("day-weekday", "Baku"),
    ("tried-to", None),
    ("tried-to-flee", None),
    ("awarded-by", "Hyderabad"),
    ("awarded-by-named", "Sibi"),
    ("title-resident", "Mansa"),
    ("title-senior", "Kabwe"),
    ("title-sessions", "Jessore"),
    ("title-judge", "Kaduna"),
    ("title-defendant", None),
    ("title-county", "Houston"),
    ("central-city", "Wuhan"),
    ("port-city", "Novorossiysk"),
    ("sitting-at", "Gulu"),
    ("sitting-in-court", "Kahama"),
    ("home-city", None),
    ("resident-of", None),
    ("university-of", None),
    ("port-of", None),
    ("bank-of", None),
    ("court-of", "Nairobi"),
])
def test_city(records: dict[str, list[Record]], key: str, city: str | None) -> None:
    assert only_record(records, TEXTS, key).city == city


@pytest.mark.parametrize(("key", "cities"), [
    ("lead-then-court", {"Tom Reed": "Carlisle", "Dean Shaw": "Carlisle"}),
    ("lead-then-own-court", {"Amir Khan": "Exeter", "Omar Lee": "Exeter", None: "Bristol"}),
])
def test_lead_takes_its_later_court(records: dict[str, list[Record]], key: str,
                                    cities: dict[str | None, str]) -> None:
    assert {r.person: r.city for r in records[key]} == cities


def test_round_up_keeps_its_desk(records: dict[str, list[Record]]) -> None:
    # a round-up's other story abroad does not make the desk's own case foreign
    cities = {r.person: r.city for r in records["desk-round-up"]}
    assert cities == {"Tom Hale": "Dublin", None: "Lyon"}


@pytest.mark.parametrize(("key", "day"), [
    ("day-bare", None),  # the day the wire filed, not the verdict's
    ("day-comma", None),
    ("day-weekday", dt.date(2023, 5, 11)),
    ("can-be-appealed", dt.date(2023, 5, 9)),
    ("open-to-appeal", dt.date(2023, 5, 10)),
    ("was-appealed", None),
    ("month-year", None),
    ("month-year-dot", None),
])
def test_date(records: dict[str, list[Record]], key: str, day: dt.date | None) -> None:
    assert only_record(records, TEXTS, key).date == day


@pytest.mark.parametrize(("text", "city"), [
    ("Blogger Anvar Rahimov was sentenced to two years in prison in the capital Dushanbe on "
     "Monday.", "Dushanbe"),
    ("Activist Dilnoza Yusupova was jailed for three years in the capital Tashkent on Friday.",
     "Tashkent"),
])
def test_in_the_capital_x_is_in_x(text: str, city: str) -> None:
    (rec,) = extract_texts(RecordExtractor(ExtractConfig()), {"t": text}, PUBLISHED)["t"]
    assert rec.city == city
