"""Slots of one hearing carried to the people named after it, in phrasings of our own: a
framing sentence that names no one ("A court sentenced opposition activists on Monday for
X. The court gave A ten days, B 12 days") gives its day and charge to the list after it;
co-defendants named beside a main defendant ("His co-defendants, A and B, got six years
each") take his day and charge. Another court, day, town, a vague time of their own ("last
year"), an earlier or separate case stop the carry."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)  # a Friday
FRAME = ("A court in Minsk sentenced opposition activists on Monday for taking part in "
         "protests. ")
LEAD = ("A Bishkek court on Wednesday sentenced Askar Tokonov to eight years in prison for "
        "inciting mass unrest. ")

TEXTS: dict[str, str] = {
    # a framing sentence, then its people
    "frame-gave": FRAME + "The court gave Pavel Sidorenko 10 days of arrest, Olga Markevich "
                          "12 days and Ivan Zhuk 14 days.",
    "frame-got": "A court in Ankara sentenced former staff of a closed newspaper on Tuesday. "
                 "Kemal Yilmaz and Burak Demir got six years each for membership of an "
                 "armed group, and Zeynep Aksoy got two years for aiding an armed group.",
    "frame-jailed": "The Dushanbe city court jailed local journalists on Thursday for "
                    "extortion. The court gave Rustam Nazarov seven years and Farrukh Saidov "
                    "six years.",
    "frame-dated": "A military court in Baku sentenced former army officers on 3 May for high "
                   "treason. Elnur Aliyev received 12 years, and Rashad Mammadov received "
                   "10 years.",
    "frame-passive": "Opposition activists were sentenced in Grodno on Tuesday for "
                     "hooliganism. Sergei Volkov got 15 days and Anna Belova got 10 days.",
    "frame-found-guilty": "A court in Almaty on Monday found opposition activists guilty of "
                          "hooliganism. The court gave Zhanbolat Mamai 10 days and Inga "
                          "Imanbai 15 days.",
    "frame-found-guilty-passive": "Opposition activists were found guilty of hooliganism by a "
                                  "court in Almaty on Monday. Zhanbolat Mamai got 10 days and "
                                  "Inga Imanbai 15 days.",
    "frame-goes-on": FRAME + "The court gave Pavel Sidorenko 10 days and Olga Markevich 12 "
                             "days. Ivan Zhuk was fined 500 rubles.",
    "frame-goes-on-stops": FRAME + "The court gave Pavel Sidorenko 10 days. A court in Brest "
                                   "fined Ivan Zhuk 500 rubles.",
    # ... and what stops it
    "frame-own-court": FRAME + "A court in Gomel gave Pavel Sidorenko 10 days of arrest.",
    "frame-own-day": FRAME + "On Wednesday, the court gave Pavel Sidorenko 10 days of arrest.",
    "frame-last-year": FRAME + "Pavel Sidorenko was jailed for 10 days last year.",
    "frame-earlier": FRAME + "Pavel Sidorenko had earlier been sentenced to 10 days of arrest.",
    "frame-future": "A court in Minsk will sentence opposition activists on Monday for taking "
                    "part in protests. Pavel Sidorenko got 10 days of arrest.",
    "frame-others": "Other opposition activists were sentenced on Monday for taking part in "
                    "protests. Pavel Sidorenko got 10 days of arrest.",
    "frame-thousands": "Thousands of protesters have been sentenced for taking part in "
                       "rallies since Monday. Pavel Sidorenko got 10 days of arrest.",
    "frame-another": FRAME + "Another activist, Pavel Sidorenko, got 10 days of arrest.",
    "frame-own-town": FRAME + "In Gomel, Pavel Sidorenko got 10 days of arrest.",
    # co-defendants of a main defendant
    "codef-got": LEAD + "His co-defendants, Bakyt Osmonov and Emil Jumabaev, got six years "
                        "each.",
    "codef-accomplices": "A Tashkent court on 14 May jailed Dilshod Rakhimov for 11 years for "
                         "large-scale fraud. His accomplices, Anvar Karimov and Jasur "
                         "Tursunov, received seven years each.",
    "codef-judge": "Judge Ellen Park on Thursday sentenced Mark Daniels to 30 years for armed "
                   "robbery. His co-defendant Luis Ortega was sentenced to 22 years.",
    "codef-two-drafts": "A court in Yerevan on Tuesday convicted Armen Hakobyan of bribery and "
                        "sentenced him to six years. Co-defendants Tigran Sargsyan and Levon "
                        "Grigoryan got four years each.",
    "codef-after": "The Supreme Court in Dhaka on Sunday sentenced Rafiq Hasan to death for the "
                   "murder of a blogger. Nasir Uddin and Kamal Hossain, his co-accused, were "
                   "jailed for life.",
    "codef-ages-after": "A court in Hue on Tuesday jailed Le Van Minh for nine years for "
                        "spreading propaganda against the state. His accomplices Pham Van Hai, "
                        "31, and Tran Thi Lan, 27, received five years each.",
    "codef-ages-before": "A court in Hue on Tuesday jailed Le Van Minh for nine years for "
                         "spreading propaganda against the state. His co-defendants, "
                         "31-year-old Pham Van Hai and 27-year-old Tran Thi Lan, received five "
                         "years each.",
    "codef-acquitted": LEAD + "His co-defendant Bakyt Osmonov was acquitted.",
    "codef-same-sentence": "A court in Osh on Wednesday jailed Kanat Sadykov for nine years for "
                           "drug trafficking, while his co-defendant Ulan Bekov got five years.",
    "codef-one-between": LEAD + "Tokonov denied the charges. His co-defendants, Bakyt Osmonov "
                                "and Emil Jumabaev, got six years each.",
    "codef-main": "A court in Aktobe on Tuesday upheld the sentences of Nurbol Sadykov and his "
                  "co-defendants Daniyar Abenov and Serik Omarov, who had been jailed for six "
                  "years for organising a criminal group.",
    # ... and what stops it
    "codef-last-year": LEAD + "His co-defendants, Bakyt Osmonov and Emil Jumabaev, were "
                              "sentenced last year to six years each.",
    "codef-earlier": LEAD + "His co-defendant Bakyt Osmonov had earlier been jailed for six "
                            "years.",
    "codef-own-day": LEAD + "On Friday, his co-defendants Bakyt Osmonov and Emil Jumabaev got "
                            "six years each.",
    "codef-separate": LEAD + "In a separate trial, his co-defendant Bakyt Osmonov got six "
                             "years.",
    "codef-outcome-between": LEAD + "Marat Aliev was fined for contempt last year. His "
                                    "co-defendants, Bakyt Osmonov and Emil Jumabaev, got six "
                                    "years each.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _slots(records: dict[str, list[Record]], key: str) -> dict[str, tuple[object, ...]]:
    return {r.person or "": (r.date, r.charge) for r in records[key]}


@pytest.mark.parametrize(("key", "people", "day", "charge"), [
    ("frame-gave", ["Pavel Sidorenko", "Olga Markevich", "Ivan Zhuk"], dt.date(2024, 5, 13),
     "taking part in protests"),
    ("frame-jailed", ["Rustam Nazarov", "Farrukh Saidov"], dt.date(2024, 5, 16), "extortion"),
    ("frame-dated", ["Elnur Aliyev", "Rashad Mammadov"], dt.date(2024, 5, 3), "high treason"),
    ("frame-passive", ["Sergei Volkov", "Anna Belova"], dt.date(2024, 5, 14), "hooliganism"),
    ("codef-got", ["Bakyt Osmonov", "Emil Jumabaev"], dt.date(2024, 5, 15),
     "inciting mass unrest"),
    ("codef-accomplices", ["Anvar Karimov", "Jasur Tursunov"], dt.date(2024, 5, 14),
     "large-scale fraud"),
    ("codef-judge", ["Luis Ortega"], dt.date(2024, 5, 16), "armed robbery"),
    ("codef-two-drafts", ["Tigran Sargsyan", "Levon Grigoryan"], dt.date(2024, 5, 14),
     "bribery"),
    ("codef-after", ["Nasir Uddin", "Kamal Hossain"], dt.date(2024, 5, 12),
     "murder of a blogger"),
    ("codef-ages-after", ["Pham Van Hai", "Tran Thi Lan"], dt.date(2024, 5, 14),
     "spreading propaganda against the state"),
    ("codef-ages-before", ["Pham Van Hai", "Tran Thi Lan"], dt.date(2024, 5, 14),
     "spreading propaganda against the state"),
    ("frame-found-guilty", ["Zhanbolat Mamai", "Inga Imanbai"], dt.date(2024, 5, 13),
     "hooliganism"),
    ("frame-found-guilty-passive", ["Zhanbolat Mamai", "Inga Imanbai"], dt.date(2024, 5, 13),
     "hooliganism"),
    ("frame-goes-on", ["Olga Markevich", "Ivan Zhuk"], dt.date(2024, 5, 13),
     "taking part in protests"),
    ("codef-same-sentence", ["Ulan Bekov"], dt.date(2024, 5, 15), "drug trafficking"),
    ("codef-one-between", ["Bakyt Osmonov", "Emil Jumabaev"], dt.date(2024, 5, 15),
     "inciting mass unrest"),
])
def test_the_hearing_is_carried(records: dict[str, list[Record]], key: str,
                                people: list[str], day: dt.date, charge: str) -> None:
    slots = _slots(records, key)
    for person in people:
        assert slots[person] == (day, charge)


def test_a_frame_leaves_own_charges(records: dict[str, list[Record]]) -> None:
    """Each named person's own charge stands; the frame gives the day to all."""
    assert _slots(records, "frame-got") == {
        "Kemal Yilmaz": (dt.date(2024, 5, 14), "membership of an armed group"),
        "Burak Demir": (dt.date(2024, 5, 14), "membership of an armed group"),
        "Zeynep Aksoy": (dt.date(2024, 5, 14), "aiding an armed group"),
    }


def test_an_acquitted_codefendant_shares_the_day_not_the_charge(
        records: dict[str, list[Record]]) -> None:
    assert _slots(records, "codef-acquitted")["Bakyt Osmonov"] == (dt.date(2024, 5, 15), None)


def test_a_main_defendant_shares_his_codefendants_charge(
        records: dict[str, list[Record]]) -> None:
    """"X and his co-defendants A and B, who had been jailed for six years for Y": Y is the
    case's charge (the clause's term is not carried here: the text may mean A and B only)."""
    main = next(r for r in records["codef-main"] if r.person == "Nurbol Sadykov")
    assert (main.date, main.charge) == (dt.date(2024, 5, 14), "organising a criminal group")


@pytest.mark.parametrize(("key", "person", "day"), [
    ("frame-goes-on-stops", "Ivan Zhuk", None),
    ("codef-outcome-between", "Bakyt Osmonov", None),
    ("frame-own-court", "Pavel Sidorenko", None),
    ("frame-own-day", "Pavel Sidorenko", dt.date(2024, 5, 15)),
    ("frame-last-year", "Pavel Sidorenko", None),
    ("frame-earlier", "Pavel Sidorenko", None),
    ("frame-future", "Pavel Sidorenko", None),
    ("frame-another", "Pavel Sidorenko", None),
    ("frame-others", "Pavel Sidorenko", None),
    ("frame-thousands", "Pavel Sidorenko", None),
    ("frame-own-town", "Pavel Sidorenko", None),
    ("codef-last-year", "Bakyt Osmonov", None),
    ("codef-earlier", "Bakyt Osmonov", None),
    ("codef-own-day", "Bakyt Osmonov", dt.date(2024, 5, 17)),
    ("codef-separate", "Bakyt Osmonov", None),
])
def test_another_hearing_stops_the_carry(records: dict[str, list[Record]], key: str,
                                         person: str, day: dt.date | None) -> None:
    assert _slots(records, key)[person] == (day, None)
