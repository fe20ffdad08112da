"""Sentences an appeal leaves standing and terms a later conjunct states: "dismissed Ravi
Kumar's appeal against the death sentence" (the appellant named by a possessive; the court
that dismissed it is no one's name), "dismissed his appeal and confirmed the sentence of life
imprisonment" (the confirmed sentence is the appellant's), and "X was convicted of A, which
the court said B, and was given three years" (a passive conjunct with no subject of its own
is about the convicted person named before it in its sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "possessive-dismissed": "The appeal court dismissed Ravi Kumar's appeal against the death "
                            "sentence handed down by the Kandy High Court.",
    "possessive-dismissing": "Justice Perera delivered the judgment, effectively dismissing "
                             "Ravi Kumar's appeal against the original death sentence.",
    "possessive-rejected": "The Supreme Court rejected Anna Petrova's appeal against her "
                           "12-year prison sentence on Monday.",
    "confirmed-life": "In the case of Jean Uwimana, a former army captain, the appeals "
                      "chamber dismissed his appeal and confirmed the sentence of life "
                      "imprisonment for genocide.",
    "upheld-years": "The appeals chamber dismissed the appeal of Jean Uwimana and upheld his "
                    "sentence of 25 years.",
    "conjunct-given": "The agency reported that Le Van Tam was convicted of posting articles "
                      "on his blog that the court said distorted the policies of the party, "
                      "and was given three years in jail.",
    "conjunct-sentenced": "Police said Tom Hale was found guilty of fraud that prosecutors "
                          "said cost the firm millions, and was sentenced to four years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "kind", "months"), [
    ("possessive-dismissed", "Ravi Kumar", "death", None),
    ("possessive-dismissing", "Ravi Kumar", "death", None),
    ("possessive-rejected", "Anna Petrova", "prison", 144),
    ("confirmed-life", "Jean Uwimana", "life", None),
    ("upheld-years", "Jean Uwimana", "prison", 300),
    ("conjunct-given", "Le Van Tam", "prison", 36),
    ("conjunct-sentenced", "Tom Hale", "prison", 48),
])
def test_the_standing_term_is_the_defendants(records: dict[str, list[Record]], key: str,
                                             person: str, kind: str,
                                             months: int | None) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.outcome) == (person, "convicted")
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)


ANNOUNCED: dict[str, str] = {
    "read-out-against": "Presiding judge Maria Ioannou read out the 13-year sentences against "
                        "party leader Kostas Dimas and five other former lawmakers.",
    "announced-against": "The judge announced the life sentences against Kostas Dimas and "
                         "Petros Vlachos on Tuesday.",
    "announced-charges": "The prosecutor announced charges against Kostas Dimas on Tuesday.",
    "announced-on-day": "The court announced the sentence on Friday, a week after the trial.",
    "received-imprisonment": "Tom Hale received imprisonment of five years for fraud.",
}


@pytest.fixture(scope="module")
def announced() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), ANNOUNCED, PUBLISHED)


def test_sentences_read_out_against_people(announced: dict[str, list[Record]]) -> None:
    named = {(r.person, r.sentence_months) for r in announced["read-out-against"] if r.person}
    assert named == {("Kostas Dimas", 156)}  # (the five others: a group, when parsed so)
    life = {(r.person, r.sentence_type) for r in announced["announced-against"]}
    assert life == {("Kostas Dimas", "life"), ("Petros Vlachos", "life")}


@pytest.mark.parametrize("key", ["announced-charges", "announced-on-day"])
def test_an_announcement_without_a_sentence_against_someone(
        announced: dict[str, list[Record]], key: str) -> None:
    assert announced[key] == []


def test_imprisonment_received(announced: dict[str, list[Record]]) -> None:
    rec = only_record(announced, ANNOUNCED, "received-imprisonment")
    assert (rec.person, rec.sentence_months) == ("Tom Hale", 60)


AFTER: dict[str, str] = {
    "will-serve-after": "The judge sentenced Daniel Kato and Luke Kimuli to eight years in "
                        "prison. Seventy-year-old Moses Sekiti and Ali Mugoya will serve a "
                        "jail term of seven years.",
    "will-serve-brother": "The court sentenced Tom Hale to ten years on Monday. His brother "
                          "Sam Hale will serve six years.",
    "will-serve-deal": "Tom Hale pleaded guilty on Monday. Under the agreement, he will serve "
                       "six years.",
    "will-serve-parole": "The court sentenced Tom Hale to ten years on Monday. He will serve "
                         "at least six years before he is eligible for parole.",
    "will-serve-future": "Tom Hale will be sentenced in June. He will serve at least six "
                         "years.",
    "out-of": "The High Court has found guilty seven out of the twelve people who were "
              "arrested for terrorism.",
    "out-of-subject": "Seven out of twelve defendants were found guilty of terrorism on "
                      "Thursday.",
}


@pytest.fixture(scope="module")
def after() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), AFTER, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("will-serve-after", {"Daniel Kato": 96, "Luke Kimuli": 96, "Moses Sekiti": 84,
                          "Ali Mugoya": 84}),
    ("will-serve-brother", {"Tom Hale": 120, "Sam Hale": 72}),
    ("will-serve-deal", {"Tom Hale": None}),  # a deal's promise: no term imposed yet
    ("will-serve-parole", {"Tom Hale": 120}),  # time before parole is not the sentence
    ("will-serve-future", {}),
])
def test_will_serve_just_after_a_sentencing(after: dict[str, list[Record]], key: str,
                                            months: dict[str, float | None]) -> None:
    assert {r.person: r.sentence_months for r in after[key]} == months


@pytest.mark.parametrize("key", ["out-of", "out-of-subject"])
def test_seven_out_of_twelve_is_seven(after: dict[str, list[Record]], key: str) -> None:
    (rec,) = after[key]
    assert (rec.person, rec.group_size, rec.charge) == (None, 7, "terrorism")


LATER: dict[str, str] = {
    "imposed-next": "Tom Hale pleaded guilty to the conspiracy charge in March. The federal "
                    "judge who presided over the case imposed a sentence of 97 months in "
                    "prison.",
    "handed-down-next": "Tom Hale was convicted of fraud on Monday. Judge Sarah Lee handed "
                        "down a sentence of eight years.",
    "prison-term-next": "Tom Hale was convicted of fraud on Monday. The court imposed an "
                        "eight-year prison term.",
    "two-convicted": "Tom Hale and Ann Lee were convicted of fraud on Monday. The judge "
                     "imposed a sentence of eight years.",
    "recipient-later": "Tom Hale was convicted of fraud. The court handed down a three-year "
                       "jail term, suspended for three years, to Sam Hale, 55.",
    "concerned-in": "Tom Evans was convicted of being knowingly concerned in the supply of "
                    "cocaine.",
}


@pytest.fixture(scope="module")
def later() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), LATER, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("imposed-next", {"Tom Hale": 97}),
    ("handed-down-next", {"Tom Hale": 96}),
    ("prison-term-next", {"Tom Hale": 96}),
    ("two-convicted", {"Tom Hale": None, "Ann Lee": None}),  # whose term: not said
    ("recipient-later", {"Tom Hale": None, "Sam Hale": 36}),
])
def test_a_term_with_no_recipient_is_the_one_just_convicted(
        later: dict[str, list[Record]], key: str, months: dict[str, float | None]) -> None:
    assert {r.person: r.sentence_months for r in later[key]} == months


def test_concerned_in_is_part_of_the_offence(later: dict[str, list[Record]]) -> None:
    (rec,) = later["concerned-in"]
    assert rec.charge == "being knowingly concerned in the supply of cocaine"


SPEND: dict[str, str] = {
    "spend-after-jailed": "A Russian court has jailed the founder of an opposition channel "
                          "for spreading false information. Dmitry Petrov will spend more "
                          "than eight years in prison.",
    "spend-colony": "A Russian court on Monday jailed the founder of an opposition channel. "
                    "Dmitry Petrov will spend eight and a half years in a penal colony.",
    "spend-if": "Dmitry Petrov will spend eight years in prison if convicted.",
    "spend-prosecutors": "Prosecutors said Dmitry Petrov would spend at least eight years in "
                         "prison.",
    "agency-dateline": "AP, MADRID — The Spanish Supreme Court yesterday convicted 12 Catalan "
                       "politicians of sedition.",
}


@pytest.fixture(scope="module")
def spend() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), SPEND, PUBLISHED)


@pytest.mark.parametrize(("key", "months"), [
    ("spend-after-jailed", 96), ("spend-colony", 102)])
def test_will_spend_after_a_jailing(spend: dict[str, list[Record]], key: str,
                                   months: int) -> None:
    rec = only_record(spend, SPEND, key)
    assert (rec.person, rec.sentence_months, rec.sentence_type) == (
        "Dmitry Petrov", months, "prison")


@pytest.mark.parametrize("key", ["spend-if", "spend-prosecutors"])
def test_will_spend_as_a_prospect_is_none(spend: dict[str, list[Record]], key: str) -> None:
    assert spend[key] == []


def test_a_dateline_after_the_wires_name(spend: dict[str, list[Record]]) -> None:
    rec = only_record(spend, SPEND, "agency-dateline")
    assert (rec.group_size, rec.city) == (12, "Madrid")


UNDONE: dict[str, str] = {
    "reversed-for": "The Court of Cassation yesterday reversed the convictions and death "
                    "sentences ordered by a lower court for party leader Ahmed Saleh and 11 "
                    "other party leaders.",
    "retrial-of": "The court ordered a retrial of Ahmed Saleh, overturning a death sentence "
                  "for protest violence.",
    "quashed-retrial": "The appeals court quashed the death sentence handed to Ahmed Saleh and "
                       "ordered a retrial.",
    "overturned-no-retrial": "The appeals court overturned the death sentence of Ahmed Saleh "
                             "and jailed him for life instead.",
}


@pytest.fixture(scope="module")
def undone() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), UNDONE, PUBLISHED)


@pytest.mark.parametrize("key", ["reversed-for", "retrial-of", "quashed-retrial"])
def test_a_verdict_undone_is_dismissed(undone: dict[str, list[Record]], key: str) -> None:
    named = [r for r in undone[key] if r.person]
    assert [(r.person, r.outcome) for r in named] == [("Ahmed Saleh", "dismissed")]


def test_a_sentence_overturned_without_a_retrial_is_no_dismissal(
        undone: dict[str, list[Record]]) -> None:
    assert all(r.outcome != "dismissed" for r in undone["overturned-no-retrial"])


def test_the_same_charge_is_the_one_before_not_the_conduct() -> None:
    texts = {
        "same-charge-for": "Vu Van Thuan was convicted of spreading anti-state propaganda and "
                           "sentenced to eight years. Tran Van Phuc was also sentenced to six "
                           "years in jail on the same charge for helping the pair store "
                           "material.",
        "own-charge-for": "Vu Van Thuan was convicted of spreading anti-state propaganda. "
                          "Tran Van Phuc was sentenced to six years for helping the pair "
                          "store material.",
    }
    got = extract_texts(RecordExtractor(ExtractConfig()), texts, PUBLISHED)
    assert {r.person: r.charge for r in got["same-charge-for"]} == {
        "Vu Van Thuan": "spreading anti-state propaganda",
        "Tran Van Phuc": "spreading anti-state propaganda"}
    assert {r.person: r.charge for r in got["own-charge-for"]}["Tran Van Phuc"] == \
        "helping the pair store material"


FORMER: dict[str, str] = {
    "former-minister": "Former Union Communications Minister Ram Kumar was on Wednesday "
                       "sentenced to three years imprisonment for amassing assets.",
    "former-pm-him": "A tribunal on Friday announced a ruling in a corruption case against "
                     "former Prime Minister Nawaz Khan, sentencing him to 10 years in prison.",
    "sitting-judge": "Judge Tom Hale jailed Ann Lee for six years.",
    "chance-at": "Former mayor Tom Hale has a slim chance at overturning his convictions if "
                 "he appeals, experts say. Hale was sentenced on Thursday to 28 years.",
}


@pytest.fixture(scope="module")
def former() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), FORMER, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("former-minister", "Ram Kumar", 36),
    ("former-pm-him", "Nawaz Khan", 120),
    ("sitting-judge", "Ann Lee", 72),
    ("chance-at", "Tom Hale", 336),  # a chance at overturning: still convicted
])
def test_a_former_official_may_be_the_defendant(former: dict[str, list[Record]], key: str,
                                                person: str, months: int) -> None:
    rec = only_record(former, FORMER, key)
    assert (rec.person, rec.sentence_months, rec.outcome) == (person, months, "convicted")


ALSO: dict[str, str] = {
    "also-found": "Tom Hale was convicted of murder on Monday and jailed for life. He was "
                  "also found guilty of arson.",
    "also-pleaded": "Tom Hale pleaded guilty to burglary. He also pleaded guilty to possession "
                    "of a firearm.",
    "also-acquitted": "Tom Hale was convicted of murder on Monday. He was also acquitted of "
                      "arson.",
    "serving-as": "Tom Hale was also found guilty of serving as a \"leader of a terrorist "
                  "organisation.\"",
}


@pytest.fixture(scope="module")
def also() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), ALSO, PUBLISHED)


@pytest.mark.parametrize(("key", "charge"), [
    ("also-found", "murder; arson"),
    ("also-pleaded", "burglary; possession of a firearm"),
    ("also-acquitted", "murder"),  # counts of conviction only (a mixed verdict)
    ("serving-as", "serving as a \"leader of a terrorist organisation"),
])
def test_another_count_joins_the_charge(also: dict[str, list[Record]], key: str,
                                        charge: str) -> None:
    rec = only_record(also, ALSO, key)
    assert (rec.person, rec.charge) == ("Tom Hale", charge)
