"""The verdict's day, not another's. A lede's year of the offence is no vague time of the
outcome: "A court has sentenced two men for killing a shopkeeper in 2021. ... The judge
delivered the verdict on Wednesday" – the lede takes the article's hearing day; a term's or a
bare offence's year ("jailed for five years in 2019", "jailed for burglary in 2019") may be
the outcome's: no day. A day inside what the court punished is the offence's; a day counted
on ("A day later, ...") is the day told before counted on, not that day."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)  # a Friday

TEXTS: dict[str, str] = {
    "act-year": "A court has sentenced two men to life in prison for killing a shopkeeper in "
                "Tarnley in 2021. A third man was acquitted. Judge Orla Fenwick delivered the "
                "verdict on Wednesday in the presence of all three defendants.",
    "event-year": "A court in Velmora has sentenced a driver to 12 years in prison over a fatal "
                  "crash in 2020. His passenger was fined. The judge announced the ruling on "
                  "Monday after a two-week trial.",
    "act-month-year": "A regional court has jailed three youths for up to four years for "
                      "setting fire to a bus depot in May 2023. Two others were cleared. "
                      "Magistrate Kai Dorn handed down the sentences on Tuesday.",
    # ---- the outcome's own vague time: no day of the hearing sentence
    "bare-offence-year": "A court has jailed a man for five years for burglary in 2019. His "
                         "brother was fined. Judge Sami Rook handed down the sentences on "
                         "Monday.",
    "term-year": "A court has jailed a man for five years in 2019 for burglary. His brother "
                 "was fined. Judge Sami Rook handed down the sentences on Monday.",
    "last-year": "A man was jailed last year for burglary. His brother was fined. Judge Sami "
                 "Rook handed down the sentences on Monday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "date"), [
    ("act-year", dt.date(2024, 6, 12)),
    ("event-year", dt.date(2024, 6, 10)),
    ("act-month-year", dt.date(2024, 6, 11)),
    ("bare-offence-year", None),
    ("term-year", None),
    ("last-year", None),
])
def test_the_ledes_day(records: dict[str, list[Record]], key: str, date: dt.date | None) -> None:
    first = min(records[key], key=lambda r: r.evidence_start)
    assert first.outcome == "convicted", (key, first)
    assert first.date == date, (key, first)


# ---- a date inside what the court punished ("jailed over what the judge called an ambush
# on 3 January"): the offence's day, not the verdict's; a day of the outcome itself stands
REASON_TEXTS: dict[str, str] = {
    "over-what-called": "Four men were jailed at Carrow Crown Court over what the judge "
                        "described as a brutal ambush on a delivery driver on 3 January 2024.",
    "for-what-said": "Marta Quell was fined 2,000 euros for what prosecutors said was a "
                     "deliberate blockade of the harbour road on 12 February 2024.",
    "over-what-called-2": "Tavi Ronn was sentenced to four years over what the court called "
                          "a planned assault on a rival on 20 March 2024.",
    # ---- controls: the outcome's own day
    "day-before-reason": "Lena Voss was sentenced on 3 April 2024 over what the judge called "
                         "a campaign of harassment.",
    "day-after-term": "Ivo Brand was jailed for seven years on 3 April 2024 for fraud.",
}


@pytest.fixture(scope="module")
def reason_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), REASON_TEXTS,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "date"), [
    ("over-what-called", None),
    ("for-what-said", None),
    ("over-what-called-2", None),
    ("day-before-reason", dt.date(2024, 4, 3)),
    ("day-after-term", dt.date(2024, 4, 3)),
])
def test_the_reasons_day_is_not_the_verdicts(reason_records: dict[str, list[Record]], key: str,
                                             date: dt.date | None) -> None:
    (rec,) = reason_records[key]
    assert rec.outcome == "convicted", (key, rec)
    assert rec.date == date, (key, rec)


# ---- "A day later, the same court sentenced B": B's day is A's counted on (a day, two days,
# a week); a count told elsewhere in the sentence ("released two days later") counts nothing,
# nor does a count of months; a plain next sentence still takes A's day
SHIFT_TEXTS: dict[str, str] = {
    "a-day-later": "On 3 May 2024 the Northgate court sentenced Arno Veld to four years in "
                   "prison. A day later, the same court sentenced Piet Sanne to five years in "
                   "prison.",
    "next-day": "The Northgate court sentenced Arno Veld to four years in prison on Tuesday. "
                "The next day, it sentenced Piet Sanne to five years in prison.",
    "two-days-later": "The Northgate court sentenced Arno Veld to four years in prison on 2 May "
                      "2024. Two days later, the court sentenced Piet Sanne to five years in "
                      "prison.",
    # ---- controls: the same hearing
    "plain-next": "The Northgate court sentenced Arno Veld to four years in prison on Tuesday. "
                  "Piet Sanne was sentenced to five years in prison.",
    "released-later": "The Northgate court sentenced Arno Veld to four years in prison on "
                      "Tuesday. Piet Sanne was sentenced to five years in prison and will be "
                      "released later.",
    "a-week-later": "On 3 May 2024 the Northgate court sentenced Arno Veld to four years in "
                    "prison. A week later, the court jailed Piet Sanne for five years.",
    # ---- controls: no count opening the sentence, or a count of months
    "count-inside": "On 3 May 2024 the Northgate court sentenced Arno Veld to four years in "
                    "prison. Piet Sanne, arrested two days later, was sentenced to five years.",
    "months-later": "On 3 May 2024 the Northgate court sentenced Arno Veld to four years in "
                    "prison. Two months later, the court sentenced Piet Sanne to five years.",
}


@pytest.fixture(scope="module")
def shift_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), SHIFT_TEXTS,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "first", "second"), [
    ("a-day-later", dt.date(2024, 5, 3), dt.date(2024, 5, 4)),
    ("next-day", dt.date(2024, 6, 11), dt.date(2024, 6, 12)),
    ("two-days-later", dt.date(2024, 5, 2), dt.date(2024, 5, 4)),
    ("a-week-later", dt.date(2024, 5, 3), dt.date(2024, 5, 10)),
    ("count-inside", dt.date(2024, 5, 3), None),
    ("months-later", dt.date(2024, 5, 3), None),
    ("plain-next", dt.date(2024, 6, 11), dt.date(2024, 6, 11)),
    ("released-later", dt.date(2024, 6, 11), dt.date(2024, 6, 11)),
])
def test_a_day_counted_on(shift_records: dict[str, list[Record]], key: str,
                          first: dt.date, second: dt.date | None) -> None:
    by_person = {r.person: r for r in shift_records[key]}
    assert by_person["Arno Veld"].date == first, (key, by_person)
    assert by_person["Piet Sanne"].date == second, (key, by_person)


# ---- a day closing the charge's own phrase, whatever the parse hangs it on ("convicted of
# the murder of X at Y on 4 March 2022"): the offence's; a court between them, or a verb,
# leaves the day the verdict's
OFFENCE_TEXTS: dict[str, str] = {
    "murder-of-at": "Colm Rafter, 31, was found guilty by a jury of the murder of Dara Quill at "
                    "Lough Terrace, Ballymoran on 4 March 2022.",
    "for-gerund-in": "Sorcha Lenihan was given a prison sentence of 30 months for rioting in the "
                     "square between Mill Street and Quay Street on August 2, 2022.",
    "killing-of-home": "Eamon Tully was convicted of the killing of his uncle, Peadar Tully (70), "
                       "at his farm in Drumkeel, Co Leitrim, on January 9th, 2021.",
    # ---- controls: the bench's day
    "court-between": "Niall Brosnan was convicted of robbery at Kilrane Circuit Court on 4 March "
                     "2022.",
    "verb-between": "Aine Moran was convicted of the assault of a neighbour and sentenced on 4 "
                    "March 2022.",
    "hearing-between": "Brid Cashel was sentenced to life for the killing of Tomas Ferris at a "
                       "hearing at the Old Bailey on 4 March 2022.",
}


@pytest.fixture(scope="module")
def offence_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), OFFENCE_TEXTS,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "date"), [
    ("murder-of-at", None),
    ("for-gerund-in", None),
    ("killing-of-home", None),
    ("court-between", dt.date(2022, 3, 4)),
    ("verb-between", dt.date(2022, 3, 4)),
    ("hearing-between", dt.date(2022, 3, 4)),
])
def test_the_offences_day_closing_its_charge(offence_records: dict[str, list[Record]], key: str,
                                             date: dt.date | None) -> None:
    (rec,) = offence_records[key]
    assert rec.outcome == "convicted", (key, rec)
    assert rec.date == date, (key, rec)


# ---- "They were given terms of 30 months for rioting ... on 2 August 2022" next to the
# outcome: the riot's day, not the verdict's
def test_a_neighbours_offence_day_is_not_the_verdicts() -> None:
    text = ("The district court jailed nine people who were found guilty of taking part in a "
            "riot in Kellsbury three years ago. They were given prison sentences of "
            "between 30 and 40 months for rioting in the area between Mill Street and Quay "
            "Street on August 2, 2021.")
    recs = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), {"t": text},
                         PUBLISHED)["t"]
    assert recs and all(r.date is None for r in recs), recs


# ---- "The court also sentenced ..." sentences after a dated outcome: the same court's
# further outcome, its day (the nearest court's); none after an undated outcome, nor in a
# sentence telling another hearing
ALSO_TEXTS: dict[str, str] = {
    "court-also-far": "A regional court in Velmora on Tuesday sentenced a lorry driver to death "
                      "for setting fire to a police station. The state news agency did not name "
                      "him. It said the verdict could still be appealed. The court also sentenced "
                      "four people to between two and six years in prison for looting.",
    "court-also-convicted": "Brant Ollis was sentenced on Monday to six years in jail for bribery. "
                            "He was arrested in March. Prosecutors had sought nine years. The "
                            "court also convicted three officials of abuse of office.",
    "tribunal-also": "A military tribunal on 4 June 2024 jailed Kemal Oruz for 12 years for "
                     "espionage. The same tribunal also jailed two clerks for four years each.",
    # ---- controls
    "also-nearest-court": "A court in Velmora on Tuesday sentenced Arno Veld to four years in "
                          "prison. On 2 May 2024 a court in Tarsk jailed Piet Sanne for two "
                          "years. The court also sentenced three others to a year in prison.",
    "also-undated": "A court in Velmora sentenced Arno Veld to four years in prison in 2023. "
                    "The court also sentenced three others to a year in prison.",
    "also-earlier": "A court in Velmora on Tuesday sentenced Arno Veld to four years in prison. "
                    "The court had earlier also sentenced three others to a year in prison.",
}


@pytest.fixture(scope="module")
def also_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), ALSO_TEXTS,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "date"), [
    ("court-also-far", dt.date(2024, 6, 11)),
    ("court-also-convicted", dt.date(2024, 6, 10)),
    ("tribunal-also", dt.date(2024, 6, 4)),
    ("also-nearest-court", dt.date(2024, 5, 2)),  # (the court just told of: Tarsk's)
    ("also-undated", None),
    ("also-earlier", None),
])
def test_the_court_also_on_the_same_day(also_records: dict[str, list[Record]], key: str,
                                        date: dt.date | None) -> None:
    last = max(also_records[key], key=lambda r: r.evidence_start)
    assert last.person is None and last.group_size > 1, (key, also_records[key])
    assert last.date == date, (key, also_records[key])
