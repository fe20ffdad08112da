"""Sentences that are not a plain prison term (GUIDELINES "Non-custodial kinds", "Mixed
sentences", "Administrative jail"), each class in several phrasings of our own:

- restricted freedom written in quotes or as its other names ('four years of "restricted
  freedom"', "khimiya", "freedom restriction", "an open-type correctional facility", "open
  prison", "a parole-like restriction") → `restricted_freedom` with its months;
- a deferred announcement of the verdict (Turkish HAGB) → a conviction, `suspended`, with the
  term when one is given; a hearing put off ("... until next month") is no verdict;
- a fine in a local currency after the person fined ("fined journalist A 2,000 manats") →
  `fine`, months null; the amount is never a group of people;
- corrective labour and a share of salary withheld → `other` with its months;
- a prison term a higher court changed, replaced or converted "with"/"into" another kind
  ("... the term handed to X with two years of parole-like probation") → the new kind;
- life ("imprisonment for life", "three consecutive life terms", "jailed A for life"), a
  suspension after the length ("two years suspended", "nine months' imprisonment, wholly
  suspended"), a conditional sentence, "placed X on probation for two years", house arrest
  with a length (a preventive measure before trial is none), administrative arrest in
  days; and look-alikes (a range of fines, a second amount, "banned for life").
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.normalize import parse_terms
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 3, 15)  # a Friday

TEXTS: dict[str, str] = {
    # ---- restricted freedom, quoted or under another name
    "rf-quoted": "Blogger Saule Temirova was sentenced on Friday to four years of \"restricted "
                 "freedom\" by a court in Kokshetau.",
    "rf-limitation-quoted": "A court in Aktau sentenced activist Berik Omarov to two years of "
                            "\u201cfreedom limitation\u201d on Monday.",
    "rf-restriction-quoted": "Teacher Gulmira Sadykova was given three years of \"restriction "
                             "of freedom\" by a court in Ekibastuz on Tuesday.",
    "rf-khimiya": "A court in Polatsk sentenced Yury Lapko to two and a half years of khimiya "
                  "on Wednesday.",
    "rf-khimiya-quoted": "A court in Lida sentenced Aleh Rusak to three years of \"khimiya\" "
                         "on Thursday.",
    "rf-open-type": "A court in Pinsk sentenced Maksim Vaitsik to 18 months in an open-type "
                    "correctional facility on Monday.",
    "rf-open-prison": "A court in Orsha convicted Kiryl Hura of hooliganism on Monday. He "
                      "received two years in open prison.",
    "rf-freedom-restriction": "A court in Temirtau sentenced Aidos Nurlanov to 18 months' "
                              "freedom restriction on Thursday.",
    # ---- a deferred announcement of the verdict (HAGB)
    "hagb-against": "On Wednesday, the court in Trabzon deferred the announcement of the verdict "
                    "against journalist Kemal Yildiz, who had been found guilty of insulting "
                    "an official and sentenced to one year and two months.",
    "hagb-but": "A court in Eskisehir sentenced reporter Aylin Koc to 14 months but deferred "
                "the announcement of the verdict on Tuesday.",
    "hagb-and": "The court in Samsun on Monday sentenced Burak Aslan to 10 months in prison for "
                "defamation, and deferred the announcement of the verdict.",
    "hagb-passive-for": "A court in Malatya convicted columnist Serkan Dogan of defamation on "
                        "Monday. The announcement of the verdict was deferred for Dogan.",
    "hagb-possessive": "The court in Manisa deferred the verdict's announcement for Orhan Kilic "
                       "and Tarik Bulut on Thursday.",
    "hagb-semicolon": "A court in Aydin sentenced Cengiz Oral to two years and one month in "
                      "prison on Monday; the court ruled for the deferment of the announcement of "
                      "the verdict.",
    "hagb-one-of-two": "The court in Hatay sentenced Sami Ucar to six years in prison on Monday, "
                       "while it deferred the announcement of the verdict against his "
                       "co-defendant Rifat Genc, who was sentenced to 11 months.",
    "hagb-to-a-date": "The court in Kars deferred the announcement of the verdict for Levent "
                      "Aksu to March 28.",
    "hagb-postponed": "The court in Sivas deferred the announcement of the verdict against "
                      "Yusuf Erdem until next month.",
    # ---- fines in local currencies after the person fined
    "fine-manats": "A court in Ganja fined journalist Leyla Mammadli 3,000 manats on Tuesday.",
    "fine-soums": "A court in Bukhara fined blogger Sardor Rakhimov 15 million soums on Monday.",
    "fine-tenge": "A court in Kostanay fined activist Daulet Zhaksybek 400,000 tenge on Monday.",
    "fine-lari": "A court in Batumi fined protester Levan Gelashvili 1,500 lari on Monday.",
    "fine-hryvnias": "A court in Lviv fined Taras Hnatyuk 8,500 hryvnias on Thursday.",
    "fine-euros": "A court in Graz fined Stefan Huber 4,000 euros on Thursday.",
    "fine-dollars": "A judge in Tulsa fined Brian Cole $7,500 on Monday.",
    "fine-mci": "A court in Taldykorgan ordered activist Askar Zhumabek to pay a fine of 70 "
                "monthly calculation indices on Monday.",
    "fine-turkish-lira": "A court in Izmir fined reporter Derya Sahin 7,000 Turkish lira on "
                         "Monday.",
    "fine-kenyan-shillings": "A court in Eldoret fined trader Joseph Kiprop 30,000 Kenyan "
                             "shillings ($230) on Monday.",
    "fine-passive": "Blogger Bekzod Tursunov was fined 12 million soums by a court in Namangan "
                    "on Tuesday.",
    # ---- corrective labour and salary withheld
    "prison-and-fine-tl": "A court in Van sentenced journalist Zeynep Kaya to 15 months in "
                          "prison and fined her 6,000 TL on Monday.",
    "cl-with-share": "A court in Jalal-Abad sentenced Aizada Mamytova to one year of corrective "
                     "labour with 10% of her earnings withheld on Monday.",
    "cl-correctional": "A court in Babruysk sentenced Dzianis Kotau to two years of "
                       "correctional labour on Tuesday.",
    "cl-year-and-half": "On Monday, a court in Barysau sentenced teacher Alena Pilets to a year "
                        "and a half of corrective labor for insulting an official.",
    "salary-ordered": "A court in Karakol found Talant Usenov guilty of slander on Monday and "
                      "ordered that 20 percent of his salary be withheld for two years.",
    "salary-after-finding": "A court in Bishkek ordered that 20 percent of journalist Daniyar "
                            "Toktogulov's salary be withheld for two years after finding him "
                            "guilty of slander.",
    "salary-convicted": "A court in Tokmok on Monday convicted Bolot Sydykov of fraud and "
                        "ordered 15% of his wages withheld for a year.",
    "wholly-suspended": "A judge in Bunbury sentenced Lachlan Grey to nine months' "
                        "imprisonment, wholly suspended, on Monday.",
    "suspended-for": "A court in Swansea sentenced Rhys Bevan to two years, suspended for 18 "
                     "months, on Monday.",
    "conditional-sentence": "A judge in Regina sentenced Cole Martel to a two-year conditional "
                            "sentence on Monday.",
    # ---- a higher court replacing a prison term with a non-custodial one
    "changed-with": "Tajikistan's Supreme Court on May 3 changed the four-year prison term "
                    "handed to blogger Firuz Saidov with two years of parole-like probation.",
    "replaced-with": "On Monday the appeals court in Brest replaced the three-year prison "
                     "sentence of Viktar Hanchar with two years of restricted freedom.",
    "converted-into": "The Supreme Court on Friday converted the death sentence of Rafiq Alam "
                      "into life imprisonment.",
    "measure-changed": "A court in Osh on Monday changed the preventive measure for journalist "
                       "Aibek Sultanov to house arrest.",
    # ---- life, suspension after the length, house arrest, administrative arrest
    "life-for": "A court in Sinop convicted Cemal Arslan of murder on Monday and sentenced him "
                "to imprisonment for life.",
    "suspended-after": "Gary Holt was sentenced to two years suspended at a court in Hull on "
                       "Monday.",
    "house-arrest-for": "A court in Shymkent convicted Marat Abenov of fraud on Monday and "
                        "placed him under house arrest for six months.",
    "placed-on-probation": "A court in Kurgan placed Gennady Lvov on probation for two years "
                           "on Monday.",
    "judge-placed-probation": "The judge placed Rosa Mendez on probation for 18 months after she "
                              "pleaded guilty to theft.",
    "house-arrest-pending": "A court in Omsk placed activist Yegor Belyi under house arrest "
                            "pending trial.",
    "admin-arrest": "A court in Oskemen sentenced activist Ruslan Ginatullin to 15 days of "
                    "administrative arrest on Monday.",
    "life-counted": "Ray Tolliver, 41, was sentenced on Thursday in Dayton to three "
                    "consecutive life terms in prison with no possibility of parole.",
    "imposed-fine-of-on": "The court in Kurgan imposed a fine of over 3 million rubles on "
                          "activist Olga Rudenko on Tuesday.",
    # ---- look-alikes: an amount that is no one's fine
    "fine-range-each": "The judges jailed Ato Bekele for life on Monday and fined each of the "
                       "three firms between $2,000 and $9,000.",
    "banned-for-life": "A court in Leeds convicted Dean Marsh of dangerous driving on Monday and "
                       "banned him from driving for life.",
    "fine-second-amount": "The court in Lahore fined Tariq Aziz 5 million rupees on Monday, about "
                          "$18,000, while his son was fined 1 million rupees.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months", "words"), [
    ("rf-quoted", "Saule Temirova", 48, "restricted freedom"),
    ("rf-limitation-quoted", "Berik Omarov", 24, "freedom limitation"),
    ("rf-restriction-quoted", "Gulmira Sadykova", 36, "restriction of freedom"),
    ("rf-khimiya", "Yury Lapko", 30, "khimiya"),
    ("rf-khimiya-quoted", "Aleh Rusak", 36, "khimiya"),
    ("rf-open-type", "Maksim Vaitsik", 18, "open-type correctional facility"),
    ("rf-open-prison", "Kiryl Hura", 24, "open prison"),
    ("rf-freedom-restriction", "Aidos Nurlanov", 18, "freedom restriction"),
])
def test_restricted_freedom_under_its_names_and_in_quotes(
        records: dict[str, list[Record]], key: str, person: str, months: int,
        words: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person and rec.outcome is Outcome.CONVICTED
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.RESTRICTED_FREEDOM, months)
    assert rec.sentence is not None and words in rec.sentence


@pytest.mark.parametrize(("key", "person", "months"), [
    ("hagb-against", "Kemal Yildiz", 14),
    ("hagb-but", "Aylin Koc", 14),
    ("hagb-and", "Burak Aslan", 10),
    ("hagb-passive-for", "Serkan Dogan", None),
    ("hagb-semicolon", "Cengiz Oral", 25),
])
def test_a_deferred_announcement_of_the_verdict_is_a_suspended_sentence(
        records: dict[str, list[Record]], key: str, person: str, months: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person and rec.outcome is Outcome.CONVICTED
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.SUSPENDED, months)


def test_a_deferred_verdicts_announcement_for_two_names_is_each_ones(
        records: dict[str, list[Record]]) -> None:
    recs = records["hagb-possessive"]
    assert sorted(r.person or "" for r in recs) == ["Orhan Kilic", "Tarik Bulut"]
    assert all(r.sentence_type is SentenceType.SUSPENDED and r.outcome is Outcome.CONVICTED
               and r.date == dt.date(2024, 3, 14) for r in recs)


def test_a_deferral_against_one_defendant_leaves_the_others_term_custodial(
        records: dict[str, list[Record]]) -> None:
    by_name = {r.person: r for r in records["hagb-one-of-two"]}
    assert set(by_name) == {"Sami Ucar", "Rifat Genc"}
    assert (by_name["Sami Ucar"].sentence_type, by_name["Sami Ucar"].sentence_months) == (
        SentenceType.PRISON, 72)
    assert (by_name["Rifat Genc"].sentence_type, by_name["Rifat Genc"].sentence_months) == (
        SentenceType.SUSPENDED, 11)


def test_the_deferral_is_never_the_charge(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "hagb-semicolon")
    assert rec.charge is None


def test_a_verdict_put_off_to_a_later_hearing_is_no_record(
        records: dict[str, list[Record]]) -> None:
    assert records["hagb-postponed"] == []
    assert records["hagb-to-a-date"] == []


@pytest.mark.parametrize(("key", "person", "amount"), [
    ("fine-manats", "Leyla Mammadli", "3,000 manats"),
    ("fine-soums", "Sardor Rakhimov", "15 million soums"),
    ("fine-tenge", "Daulet Zhaksybek", "400,000 tenge"),
    ("fine-lari", "Levan Gelashvili", "1,500 lari"),
    ("fine-hryvnias", "Taras Hnatyuk", "8,500 hryvnias"),
    ("fine-euros", "Stefan Huber", "4,000 euros"),
    ("fine-dollars", "Brian Cole", "$7,500"),
    ("fine-mci", "Askar Zhumabek", "70 monthly calculation indices"),
    ("fine-passive", "Bekzod Tursunov", "12 million soums"),
    ("fine-turkish-lira", "Derya Sahin", "7,000 Turkish lira"),
    ("fine-kenyan-shillings", "Joseph Kiprop", "30,000 Kenyan shillings"),
])
def test_a_fine_after_the_person_fined_is_the_one_record(
        records: dict[str, list[Record]], key: str, person: str, amount: str) -> None:
    rec = only_record(records, TEXTS, key)  # no second record of a "group" of the amount
    assert (rec.person, rec.group_size) == (person, 1)
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.FINE, None)
    assert rec.sentence is not None and amount in rec.sentence


@pytest.mark.parametrize(("key", "person", "months", "words"), [
    ("cl-with-share", "Aizada Mamytova", 12, "10% of her earnings withheld"),
    ("cl-correctional", "Dzianis Kotau", 24, "correctional labour"),
    ("cl-year-and-half", "Alena Pilets", 18, "corrective labor"),
    ("salary-ordered", "Talant Usenov", 24, "20 percent of his salary"),
    ("salary-convicted", "Bolot Sydykov", 12, "15% of his wages withheld"),
    ("salary-after-finding", "Daniyar Toktogulov", 24, "salary be withheld for two years"),
])
def test_corrective_labour_and_salary_withheld_are_other_with_months(
        records: dict[str, list[Record]], key: str, person: str, months: int,
        words: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person and rec.outcome is Outcome.CONVICTED
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.OTHER, months)
    assert rec.sentence is not None and words in rec.sentence


@pytest.mark.parametrize(("key", "person", "kind", "months"), [
    ("life-for", "Cemal Arslan", SentenceType.LIFE, None),
    ("suspended-after", "Gary Holt", SentenceType.SUSPENDED, 24),
    ("house-arrest-for", "Marat Abenov", SentenceType.HOUSE_ARREST, 6),
    ("admin-arrest", "Ruslan Ginatullin", SentenceType.PRISON, 0.5),
    ("life-counted", "Ray Tolliver", SentenceType.LIFE, None),
    ("placed-on-probation", "Gennady Lvov", SentenceType.PROBATION, 24),
    ("judge-placed-probation", "Rosa Mendez", SentenceType.PROBATION, 18),
    ("wholly-suspended", "Lachlan Grey", SentenceType.SUSPENDED, 9),
    ("suspended-for", "Rhys Bevan", SentenceType.SUSPENDED, 24),
    ("conditional-sentence", "Cole Martel", SentenceType.SUSPENDED, 24),
    ("imposed-fine-of-on", "Olga Rudenko", SentenceType.FINE, None),
])
def test_life_suspension_house_arrest_and_days_of_arrest(
        records: dict[str, list[Record]], key: str, person: str, kind: SentenceType,
        months: float | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)


def test_a_fine_beside_custody_stays_in_the_sentence(records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "prison-and-fine-tl")
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PRISON, 15)
    assert rec.sentence is not None and "6,000 TL" in rec.sentence


def test_look_alikes_are_not_the_persons_fine_or_life(
        records: dict[str, list[Record]]) -> None:
    rec = only_record(records, TEXTS, "fine-range-each")
    assert rec.person == "Ato Bekele" and rec.sentence_type is SentenceType.LIFE
    assert rec.sentence is not None and "$" not in rec.sentence
    banned = only_record(records, TEXTS, "banned-for-life")
    assert banned.person == "Dean Marsh" and banned.sentence_type is not SentenceType.LIFE
    tariq = [r for r in records["fine-second-amount"] if r.person == "Tariq Aziz"]
    assert len(tariq) == 1 and tariq[0].sentence == "5 million rupees"


@pytest.mark.parametrize(("key", "person", "kind", "months"), [
    ("changed-with", "Firuz Saidov", SentenceType.PROBATION, 24),
    ("replaced-with", "Viktar Hanchar", SentenceType.RESTRICTED_FREEDOM, 24),
    ("converted-into", "Rafiq Alam", SentenceType.LIFE, None),
])
def test_a_prison_term_replaced_on_appeal_takes_the_new_kind(
        records: dict[str, list[Record]], key: str, person: str, kind: SentenceType,
        months: float | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert rec.person == person and rec.outcome is Outcome.CONVICTED
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)


def test_a_preventive_measure_is_no_sentence(records: dict[str, list[Record]]) -> None:
    assert records["measure-changed"] == []
    assert records["house-arrest-pending"] == []


@pytest.mark.parametrize(("phrase", "kind", "months"), [
    ("20 percent of his salary be withheld for two years", SentenceType.OTHER, 24),
    ("a year and a half of corrective labour", SentenceType.OTHER, 18),
    ("three years of \"khimiya\"", SentenceType.RESTRICTED_FREEDOM, 36),
    ("two years in an open-type correctional facility", SentenceType.RESTRICTED_FREEDOM, 24),
    ("two years in a correctional facility", SentenceType.PRISON, 24),
    ("150,000 tenges", SentenceType.FINE, None),
    ("imprisonment for life", SentenceType.LIFE, None),
])
def test_parse_terms_reads_the_kinds(phrase: str, kind: SentenceType,
                                     months: float | None) -> None:
    parsed = parse_terms(phrase)
    assert (parsed.type, parsed.months) == (kind, months)
