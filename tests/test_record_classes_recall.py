"""Recall classes found by reading the misses of unannotated court news (bench/misses.py),
each in several phrasings of our own: a sentence imposed *on* someone ("imposed a life
sentence on X", "passed a suspended sentence upon two members", "delivered death sentences
to four men", "handed down a term against X"); a qualified term ("got the longest sentence
of 40 months"); "sent to prison for N years"; members of a named community as unnamed
defendants ("a Jehovah's Witness", "two Jehovah's Witnesses"); ordered by name to pay a fine
or serve a term; "given up to N years" over named people; "handed six years after admitting
fraud"; a list of defendants a line each; fines in local currencies
("GH¢10,000", "K150,000", "S$3,000"); "while sentencing X to ..."; "a 28-year-old" as a
defendant; and their look-alikes that state no outcome."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2023, 8, 7)

TEXTS: dict[str, str] = {
    # ---- a sentence imposed on, upon, to or against its defendant
    "imposed-on-name": "Judge Mary Lowe imposed the mandatory life sentence on Dean Harte at the "
                       "Central Criminal Court in Dublin on Monday.",
    "imposed-on-accused": "The court in Kisumu imposed a four-year prison sentence on the "
                          "accused for robbery.",
    "imposed-on-both": "The judge imposed mandatory life sentences on both men for the murder "
                       "of a shopkeeper.",
    "passed-upon-group": "A district court in Omsk has passed a five-year suspended sentence "
                         "upon three members of a banned religious group, the court said.",
    "delivered-to-group": "A tribunal in Dhaka on 3 May 2023 delivered death sentences to five "
                          "men for crimes committed during the war.",
    "handed-down-against": "The Busan district court handed down a 12-year prison term against "
                           "former mayor Kim Jae-ho on Friday.",
    "gave-to-apposition": "The court in Yerevan also gave a two-year suspended jail term to one "
                          "of his deputies, Anna Petrosyan, who admitted leaking the report.",
    # ---- look-alikes: possible, requested or general impositions
    "could-have-imposed": "The judge could have imposed a life sentence on Ray Cole.",
    "asked-to-impose": "Prosecutors asked the judge to impose a ten-year sentence on Lee Park.",
    # ---- a qualified term after a give verb
    "got-longest": "Ali Mensah, 22, who threw stones at police, got the longest sentence of 40 "
                   "months in prison.",
    "handed-longest": "Tom Reyes was handed the longest sentence of 11 years for fraud and "
                      "bribery.",
    "received-heaviest": "Pedro Gil received the heaviest sentence of 20 years in prison.",
    # ---- sent to prison for a term
    "sent-passive": "Gang leader Tom Birch, 41, of Bolton, was sent to prison for 18 years on "
                    "Friday.",
    "sent-active": "A judge in Hull sent Jack Lamb to jail for six years for burglary.",
    "sent-to-await": "Ray Cole was sent to prison to await his trial on fraud charges.",
    # ---- members of a named community, unnamed
    "community-one": "A court in Russia's Kursk region has sentenced a Jehovah's Witness to six "
                     "years in prison on extremism charges.",
    "community-two": "A court in Perm has sentenced two Jehovah's Witnesses to five years in "
                     "prison.",
    "community-subject": "Two Jehovah's Witnesses were jailed for three years each by a court "
                         "in Orenburg on Monday.",
    "community-follower": "A court in Tver has sentenced a Jehovah's Witness follower to seven "
                          "years in prison, the group said on Tuesday.",
    # ---- ordered by name to pay a fine or to serve a term
    "ordered-to-pay-name": "A magistrate in Harare has ordered Tom Moyo to pay a US$200 fine "
                           "after finding him guilty of assault.",
    "ordered-to-pay-default": "The magistrate's court in Blantyre has ordered a 30-year-old "
                              "man, James Banda, to pay a fine of $1,000 or in default serve "
                              "three months in jail for theft.",
    "ordered-to-pay-surname": "James Banda, 30, admitted the theft. Passing sentence, "
                              "Magistrate Ruth Phiri ordered Banda to pay a fine of $500.",
    "ordered-to-serve": "The district judge in Leeds ordered Ali Demir to serve 200 hours of "
                        "community service for criminal damage.",
    "ordered-costs": "The judge ordered the police to pay the costs of the hearing.",
    "ordered-support": "The court ordered Tom Moyo to pay his former wife $300 a month in "
                       "support.",
    # ---- "up to" a term given to several named people: a real outcome, no one's length
    "given-up-to-dashes": "Six journalists — Ali Bektas, Omar Tashkin, Dana Sulu and Emre Kaya "
                          "among them — were given up to four years in prison on the same "
                          "charges.",
    "received-up-to": "Mert Aksoy, Selin Kaya and Baran Demir received up to three years in "
                      "prison for taking part in the protest.",
    "face-up-to": "The three men face up to ten years in prison if convicted.",
    "could-be-given-up-to": "Ali Bektas could be given up to five years in prison.",
    # ---- a bare term after a give verb, then "after ..."
    "handed-after-admitting": "Tom Baker, 52, of Elm Road, Hull, was handed six years after "
                              "admitting fraud and theft.",
    "given-after-pleading": "Jane Hill, 61, was given three years after pleading guilty to "
                            "money laundering.",
    "received-after-trial": "Sam Cole received five years after a trial at York Crown Court.",
    "released-after": "Sam Cole was released three years after his arrest.",
    "handed-on-friday": "A leader of the Anglophone community was handed a 12-year prison "
                        "sentence on Friday over his role in the unrest.",
    # ---- a list of defendants, a line each, without full stops
    "line-list": "Three men from Leeds were jailed at Leeds Crown Court on Friday for a drugs "
                 "plot.\nJohn Marsh was jailed for seven years\nPeter Holt was jailed for "
                 "four-and-a-half years\nSam Kerr was jailed for three years",
    "bullet-list": "Two brothers were sentenced in Derby on Monday for a string of burglaries."
                   "\n• Adam Pike, 31, was jailed for five years\n• Ben Pike, 27, was jailed "
                   "for four years",
    "byline": "Jail for fraud\n\n- BY ANNA REID\n\nA Hull man who denies the charges despite a "
              "judge finding him guilty of fraud was sentenced on Friday to two years in jail.",
    "headlines": "Gang boss jailed for nine years\nTwo couriers jailed for three years\nA gang "
                 "boss from Hull was jailed at Hull Crown Court on Friday for nine years.",
    # ---- fines in local currencies
    "fine-cedi-default": "Joe Mensah and Kofi Osei were each fined GH¢10,000 or in default "
                         "serve ten years' imprisonment each with hard labour.",
    "fine-kwacha": "A magistrate in Zomba has ordered Grace Phiri to pay a fine of K150,000 for "
                   "insulting a police officer.",
    "fine-sgd": "Tom Wu was fined S$3,000 for breaking the rules, a district court in Singapore "
                "said.",
    "k-not-money": "Police said Ben Cole was fined after K9 units searched his car.",
    "fine-usd": "A magistrate in Harare has ordered Tom Moyo to pay a US$300 fine for assault.",
    # ---- an age as the defendant
    "age-object": "The regional court in Samara has sentenced a 28-year-old to nearly seven "
                  "years in prison, his lawyer said.",
    "age-subject": "A 19-year-old was jailed for three years at Leeds Crown Court on Monday.",
    "age-named-before": "Barry Cole, 58, of Hull, admitted money laundering at Hull Crown "
                        "Court. The 58-year-old was jailed for six years on Friday.",
    "age-from": "A 45-year-old from Hull was given a suspended sentence of six months.",
    "age-of-a-law": "The 30-year-old law was repealed by the court on Monday.",
    # ---- the gerund: "while sentencing X to ..."; "slapped a term on X"
    "while-sentencing": "Judge Tom Keane made the remarks at Cork Circuit Court while "
                        "sentencing Barry Doyle, a lorry driver from Mallow, to six years and six "
                        "months imprisonment for causing the death of a cyclist.",
    "after-sentencing": "After sentencing Ali Demir to life in prison, the judge thanked the "
                        "jury in Leeds.",
    "sentencing-hearing": "The sentencing hearing for Ali Demir was set for 12 May.",
    "sentencing-guidelines": "Federal sentencing guidelines call for up to ten years in prison "
                             "for the offence.",
    "postponed-sentencing": "The judge postponed sentencing Ali Demir to next month.",
    "slapped-on": "The same court slapped a nine-year jail term on a farmer from Mbeya, Juma "
                  "Haji, after he pleaded guilty to possessing ivory.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _only(records: dict[str, list[Record]], key: str) -> Record:
    rec = only_record(records, TEXTS, key)
    assert rec.outcome is Outcome.CONVICTED, rec
    return rec


@pytest.mark.parametrize(("key", "person", "size", "kind", "months"), [
    ("imposed-on-name", "Dean Harte", 1, SentenceType.LIFE, None),
    ("imposed-on-accused", None, 1, SentenceType.PRISON, 48),
    ("imposed-on-both", None, 2, SentenceType.LIFE, None),
    ("passed-upon-group", None, 3, SentenceType.SUSPENDED, 60),
    ("delivered-to-group", None, 5, SentenceType.DEATH, None),
    ("handed-down-against", "Kim Jae-ho", 1, SentenceType.PRISON, 144),
    ("gave-to-apposition", "Anna Petrosyan", 1, SentenceType.SUSPENDED, 24),
])
def test_a_sentence_imposed_on_someone_is_their_record(
        records: dict[str, list[Record]], key: str, person: str | None, size: int,
        kind: SentenceType, months: float | None) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (person, size)
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)
    assert rec.rule_id == "imposed-term-on"


def test_an_imposition_that_was_possible_or_asked_for_is_no_record(
        records: dict[str, list[Record]]) -> None:
    assert records["could-have-imposed"] == []
    assert records["asked-to-impose"] == []


@pytest.mark.parametrize(("key", "person", "months"), [
    ("got-longest", "Ali Mensah", 40),
    ("handed-longest", "Tom Reyes", 132),
    ("received-heaviest", "Pedro Gil", 240),
])
def test_a_superlative_term_after_a_give_verb_is_the_persons_term(
        records: dict[str, list[Record]], key: str, person: str, months: float) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert rec.sentence_months == months
    assert rec.sentence_type is SentenceType.PRISON


@pytest.mark.parametrize(("key", "person", "months"), [
    ("sent-passive", "Tom Birch", 216),
    ("sent-active", "Jack Lamb", 72),
])
def test_sent_to_prison_for_a_term_is_a_prison_sentence(
        records: dict[str, list[Record]], key: str, person: str, months: float) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PRISON, months)


def test_sent_to_prison_without_a_term_is_remand_not_a_sentence(
        records: dict[str, list[Record]]) -> None:
    assert records["sent-to-await"] == []


@pytest.mark.parametrize(("key", "size", "months"), [
    ("community-one", 1, 72),
    ("community-two", 2, 60),
    ("community-subject", 2, 36),
    ("community-follower", 1, 84),
])
def test_members_of_a_named_community_are_an_unnamed_group(
        records: dict[str, list[Record]], key: str, size: int, months: float) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (None, size)
    assert rec.sentence_months == months


@pytest.mark.parametrize(("key", "person", "kind"), [
    ("ordered-to-pay-name", "Tom Moyo", SentenceType.FINE),
    ("ordered-to-pay-default", "James Banda", SentenceType.FINE),
    ("ordered-to-pay-surname", "James Banda", SentenceType.FINE),
    ("ordered-to-serve", "Ali Demir", SentenceType.COMMUNITY_SERVICE),
])
def test_a_person_ordered_to_pay_a_fine_or_serve_a_term_is_sentenced(
        records: dict[str, list[Record]], key: str, person: str, kind: SentenceType) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert rec.sentence_type is kind
    assert rec.rule_id.startswith("ordered-person-to-")


def test_an_order_to_pay_costs_or_support_is_no_sentence(
        records: dict[str, list[Record]]) -> None:
    assert records["ordered-costs"] == []
    assert records["ordered-support"] == []


@pytest.mark.parametrize(("key", "people"), [
    ("given-up-to-dashes", {"Ali Bektas", "Omar Tashkin", "Dana Sulu", "Emre Kaya"}),
    ("received-up-to", {"Mert Aksoy", "Selin Kaya", "Baran Demir"}),
])
def test_up_to_a_term_over_named_people_is_each_ones_record_without_a_length(
        records: dict[str, list[Record]], key: str, people: set[str]) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    for rec in recs:
        assert rec.outcome is Outcome.CONVICTED
        assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PRISON, None)


def test_up_to_a_term_someone_faces_or_could_get_is_no_record(
        records: dict[str, list[Record]]) -> None:
    assert records["face-up-to"] == []
    assert records["could-be-given-up-to"] == []


@pytest.mark.parametrize(("key", "person", "months"), [
    ("handed-after-admitting", "Tom Baker", 72),
    ("given-after-pleading", "Jane Hill", 36),
    ("received-after-trial", "Sam Cole", 60),
])
def test_a_term_given_before_an_after_clause_is_the_sentence(
        records: dict[str, list[Record]], key: str, person: str, months: float) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (SentenceType.PRISON, months)


def test_years_after_an_event_are_no_sentence(records: dict[str, list[Record]]) -> None:
    assert records["released-after"] == []


def test_a_sentence_handed_on_a_weekday_goes_to_the_subject_not_the_day(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "handed-on-friday")
    assert (rec.person, rec.group_size) == (None, 1)
    assert rec.sentence_months == 144
    assert rec.date == dt.date(2023, 8, 4)


@pytest.mark.parametrize(("key", "terms"), [
    ("line-list", {"John Marsh": 84, "Peter Holt": 54, "Sam Kerr": 36}),
    ("bullet-list", {"Adam Pike": 60, "Ben Pike": 48}),
])
def test_each_line_of_a_list_of_defendants_is_a_record(
        records: dict[str, list[Record]], key: str, terms: dict[str, float]) -> None:
    got = {r.person: r.sentence_months for r in records[key]}
    assert got == terms  # the named people replace the lead's unnamed group
    for rec in records[key]:
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


def test_headlines_without_an_auxiliary_stay_headlines(
        records: dict[str, list[Record]]) -> None:
    recs = records["headlines"]
    assert [(r.group_size, r.sentence_months) for r in recs] == [(1, 108)]
    assert "jailed at Hull" in recs[0].evidence  # from the story, not its headlines


@pytest.mark.parametrize(("key", "people", "amount"), [
    ("fine-cedi-default", {"Joe Mensah", "Kofi Osei"}, "GH¢10,000"),
    ("fine-kwacha", {"Grace Phiri"}, "K150,000"),
    ("fine-sgd", {"Tom Wu"}, "S$3,000"),
])
def test_a_fine_in_a_local_currency_is_the_sentence(
        records: dict[str, list[Record]], key: str, people: set[str], amount: str) -> None:
    recs = records[key]
    assert {r.person for r in recs} == people
    for rec in recs:
        assert rec.sentence_type is SentenceType.FINE  # jail only if unpaid: a fine
        assert rec.sentence is not None and amount in rec.sentence
        assert rec.sentence_months is None


def test_a_letter_before_digits_is_no_fine_amount(records: dict[str, list[Record]]) -> None:
    rec = _only(records, "k-not-money")
    assert rec.sentence is None and rec.sentence_type is None


def test_a_bulleted_byline_names_no_defendant(records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.sentence_months) for r in records["byline"]] == [(None, 24)]


@pytest.mark.parametrize(("key", "person", "kind", "months"), [
    ("while-sentencing", "Barry Doyle", SentenceType.PRISON, 78),
    ("after-sentencing", "Ali Demir", SentenceType.LIFE, None),
    ("slapped-on", "Juma Haji", SentenceType.PRISON, 108),
])
def test_sentencing_someone_in_a_gerund_or_slapping_a_term_on_them_is_their_record(
        records: dict[str, list[Record]], key: str, person: str, kind: SentenceType,
        months: float | None) -> None:
    rec = _only(records, key)
    assert rec.person == person
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)


@pytest.mark.parametrize("key", ["sentencing-hearing", "sentencing-guidelines",
                                 "postponed-sentencing"])
def test_sentencing_as_a_noun_or_put_off_is_no_record(
        records: dict[str, list[Record]], key: str) -> None:
    assert records[key] == []


def test_a_us_dollar_amount_is_not_read_as_singapore_dollars(
        records: dict[str, list[Record]]) -> None:
    rec = _only(records, "fine-usd")
    assert rec.sentence is not None and "S$300" not in rec.sentence.replace("US$300", "")
    assert rec.sentence_type is SentenceType.FINE


@pytest.mark.parametrize(("key", "kind", "months"), [
    ("age-object", SentenceType.PRISON, 84),
    ("age-subject", SentenceType.PRISON, 36),
    ("age-from", SentenceType.SUSPENDED, 6),
])
def test_an_age_used_as_a_noun_is_one_unnamed_defendant(
        records: dict[str, list[Record]], key: str, kind: SentenceType, months: float) -> None:
    rec = _only(records, key)
    assert (rec.person, rec.group_size) == (None, 1)
    assert (rec.sentence_type, rec.sentence_months) == (kind, months)


def test_an_age_of_a_thing_is_no_defendant(records: dict[str, list[Record]]) -> None:
    assert records["age-of-a-law"] == []


def test_the_age_of_someone_named_before_stays_that_person(
        records: dict[str, list[Record]]) -> None:
    assert [(r.person, r.sentence_months) for r in records["age-named-before"]] == [
        ("Barry Cole", 72)]
