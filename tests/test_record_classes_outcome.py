"""Error classes 9 and 5 of issue 11, each in several phrasings of our own: outcomes an appeal
changed (quashed, cut, raised, upheld), a remainder acquitted beside a named defendant, and a
term bound to the person its clause governs."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.nlp import load_rules
from extract.records import RecordExtractor
from extract.records.terms import find_term_spans
from schemas import Outcome, Record, SentenceType
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2023, 8, 7)

TEXTS: dict[str, str] = {
    # ---- convictions undone
    "quashed-had-his": "Lee Park, 61, of Hull, had his 2015 conviction for arson quashed by the "
                       "Court of Appeal in Leeds on Monday.",
    "quashed-possessive": "Sara Quinn's conviction for fraud was overturned by the appeals "
                          "court in Denver on 4 May 2023.",
    "quashed-pronoun": "Owen Price wept in the dock in Cardiff as his conviction was quashed.",
    "quashed-with-trial": "A retired miner convicted of theft 30 years ago has had his name "
                          "cleared. Peter Moss, 71, had his 1990 conviction for theft quashed "
                          "by the Court of Appeal. Moss had been sentenced to six months in "
                          "prison at York Crown Court for the theft of tools.",
    "quashed-lead": "A man jailed for life for murder in 1980 was freed by the Court of Appeal "
                    "in London today. John Fenn has always denied the killing. Fenn wept as "
                    "his conviction was quashed.",
    "quashed-other-offence": "Dan Hale had his 2016 conviction for arson quashed by the Court "
                             "of Appeal in Leeds on Monday. Hale had previously been convicted "
                             "of burglary in 2009.",
    "exoneree-served": "It is the unit's second exoneration since that of Tom Reed, who was "
                       "freed after serving 22 years for a conviction based on false "
                       "testimony.",
    "serving-beside": "Tom Reed, who is serving 22 years for robbery, was denied parole in "
                      "Austin on Monday.",
    # ---- sentences an appeal changed or upheld
    "cut-from-to": "On 14 June 2022 the Almaty city court of appeal announced its ruling in the "
                   "case of journalist Gulnar Bekova. The judges cut the term for Gulnar Bekova "
                   "from six years to four years of restricted freedom. Bekova had been "
                   "sentenced on 2 March 2022 to six years of restricted freedom for spreading "
                   "false information.",
    "raised-from-to": "The regional court in Osh increased the prison term of blogger Timur "
                      "Sadykov from two years to four years on 5 May. Sadykov had been sentenced "
                      "in February to two years in prison.",
    "cut-to": "An appeals court in Ankara on Friday cut the sentence of Ali Kaya to 18 months "
              "in prison.",
    "upheld-term": "A district court in Taraz on 5 May 2022 sentenced Bolat Omarov to three "
                   "years in prison for hooliganism. On 20 July 2022 the regional court upheld "
                   "the sentence of Bolat Omarov.",
    "upheld-years": "The Supreme Court in Astana upheld the 12-year sentence of Ruslan Beisov "
                    "on Friday.",
    "rejected-his": "In May a court in Aktau sentenced Serik Nurov to six years for "
                    "extremism. On Tuesday the regional court rejected his appeal.",
    "rejected-filed-by": "A court in Semey has rejected an appeal filed by the lawyers of "
                         "activist Marat Oralov against a lower court's ruling sentencing him "
                         "to nine years in prison.",
    "commuted-death": "On 5 June 2023 the Supreme Court in Tehran commuted the death sentence "
                      "of Reza Karimi to life imprisonment.",
    "appeal-to-come": "A court in Bishkek sentenced Daniyar Kemelov to eight years in prison on "
                      "3 March 2023 for fraud. His lawyer said he would appeal the sentence, "
                      "which the city court could reduce to five years.",
    # ---- a remainder beside a named defendant
    "remaining-after": "Twelve men stood trial in Khujand. On 9 May 2022 the court sentenced "
                       "their leader, Rustam Nazarov, to 20 years in prison; the remaining "
                       "eleven were acquitted.",
    "seven-remaining": "A court in Osh tried eight protesters on Monday. Aibek Toktorov was "
                       "sentenced to five years in prison, while the seven remaining were "
                       "acquitted.",
    "other-three": "A court in Aktobe on Friday acquitted the other three defendants and "
                   "sentenced Yerlan Saparov to four years in prison for fraud.",
    "others-unnumbered": "A jury in Leeds found Sam Bright guilty of fraud on Monday. The other "
                         "defendants were acquitted.",
}


@pytest.fixture(scope="module")
def extractor() -> RecordExtractor:
    return RecordExtractor(ExtractConfig())  # loaded once for both sets of texts


@pytest.fixture(scope="module")
def records(extractor: RecordExtractor) -> dict[str, list[Record]]:
    return extract_texts(extractor, TEXTS, PUBLISHED)


def _evidence_holds(rec: Record, key: str) -> None:
    assert rec.rule_id
    assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


# ---------------------------------------------------------------- convictions undone

@pytest.mark.parametrize(("key", "person", "charge"), [
    ("quashed-had-his", "Lee Park", "arson"),
    ("quashed-possessive", "Sara Quinn", "fraud"),
    ("quashed-pronoun", "Owen Price", None),
    ("quashed-with-trial", "Peter Moss", "theft"),
    ("quashed-lead", "John Fenn", "murder"),
])
def test_a_quashed_conviction_is_one_dismissed_record_without_a_sentence(
        records: dict[str, list[Record]], key: str, person: str, charge: str | None) -> None:
    rec = person_record(records, key, person)
    assert rec.outcome is Outcome.DISMISSED
    assert rec.sentence is None and rec.sentence_months is None and rec.sentence_type is None
    assert rec.charge == charge
    _evidence_holds(rec, key)
    # the trial's conviction and the unnamed lead are the same defendant, not more records
    assert len(records[key]) == 1, [(r.person, r.outcome) for r in records[key]]


def test_a_term_served_before_an_exoneration_is_no_sentence(
        records: dict[str, list[Record]]) -> None:
    freed = person_record(records, "exoneree-served", "Tom Reed")
    assert freed.outcome is Outcome.DISMISSED and freed.sentence is None
    serving = person_record(records, "serving-beside", "Tom Reed")
    assert serving.outcome is Outcome.CONVICTED and serving.sentence_months == 264


def test_a_prior_conviction_for_another_offence_stays_its_own_record(
        records: dict[str, list[Record]]) -> None:
    got = sorted((r.charge or "", r.outcome.value) for r in records["quashed-other-offence"])
    assert got == [("arson", "dismissed"), ("burglary", "convicted")]


# ---------------------------------------------------------------- appeals on a sentence

@pytest.mark.parametrize(("key", "person", "months", "kind", "date"), [
    # the appeal's term and day beat the trial's stated after them
    ("cut-from-to", "Gulnar Bekova", 48, SentenceType.RESTRICTED_FREEDOM, dt.date(2022, 6, 14)),
    ("raised-from-to", "Timur Sadykov", 48, SentenceType.PRISON, dt.date(2023, 5, 5)),
    ("cut-to", "Ali Kaya", 18, SentenceType.PRISON, dt.date(2023, 8, 4)),
    # upheld: the trial's term stands, the record's day is the appeal's
    ("upheld-term", "Bolat Omarov", 36, SentenceType.PRISON, dt.date(2022, 7, 20)),
    ("upheld-years", "Ruslan Beisov", 144, SentenceType.PRISON, dt.date(2023, 8, 4)),
    ("rejected-his", "Serik Nurov", 72, SentenceType.PRISON, dt.date(2023, 8, 1)),
    ("rejected-filed-by", "Marat Oralov", 108, SentenceType.PRISON, None),
])
def test_an_appeal_ruling_on_the_sentence_is_the_record_state(
        records: dict[str, list[Record]], key: str, person: str, months: float,
        kind: SentenceType, date: dt.date | None) -> None:
    rec = person_record(records, key, person)
    assert rec.outcome is Outcome.CONVICTED
    assert rec.sentence_months == pytest.approx(months)
    assert rec.sentence_type is kind
    assert rec.date == date
    _evidence_holds(rec, key)
    assert len(records[key]) == 1


def test_a_death_sentence_commuted_is_the_new_term(records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "commuted-death", "Reza Karimi")
    assert rec.sentence_type is SentenceType.LIFE and rec.sentence_months is None
    assert rec.date == dt.date(2023, 6, 5) and rec.rule_id == "sentence-revised"


def test_an_appeal_to_come_changes_nothing(records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "appeal-to-come", "Daniyar Kemelov")
    assert rec.sentence_months == 96 and rec.date == dt.date(2023, 3, 3)
    assert rec.rule_id == "sentenced"


def test_death_after_a_list_of_objects_but_not_after_a_killing() -> None:
    rules = load_rules(ExtractConfig().model)
    for text, want in [
        ("The judge sentenced three men, Ade Ola, Sani Bello and Ali Musa, to death.", ["death"]),
        ("He was sentenced for the murder of a man who was beaten to death.", []),
        ("She was sentenced for stabbing her neighbour to death.", []),
    ]:
        assert [s.text for s in find_term_spans(text, 0, len(text), rules)] == want, text


def test_the_old_term_of_a_revision_is_no_sentence() -> None:
    rules = load_rules(ExtractConfig().model)
    text = "The panel lowered the sentence of Ivan Rud from nine years to seven years in a colony."
    spans = find_term_spans(text, 0, len(text), rules)
    assert [s.text for s in spans] == ["seven years in a colony"]
    plain = "The court sentenced Ivan Rud to from nine to twelve years."
    assert [s.text for s in find_term_spans(plain, 0, len(plain), rules)] == [
        "nine to twelve years"]


# ---------------------------------------------------------------- remainders

@pytest.mark.parametrize(("key", "person", "size"), [
    ("remaining-after", "Rustam Nazarov", 11),
    ("seven-remaining", "Aibek Toktorov", 7),
    ("other-three", "Yerlan Saparov", 3),
])
def test_the_remaining_defendants_are_an_acquitted_group_not_the_named_one(
        records: dict[str, list[Record]], key: str, person: str, size: int) -> None:
    named = person_record(records, key, person)
    assert named.outcome is Outcome.CONVICTED and named.sentence_months is not None
    groups = [r for r in records[key] if r.person is None and r.outcome is Outcome.ACQUITTED]
    assert [g.group_size for g in groups] == [size]
    assert groups[0].sentence is None
    _evidence_holds(groups[0], key)


def test_an_uncounted_remainder_leaves_the_named_conviction_alone(
        records: dict[str, list[Record]]) -> None:
    rec = person_record(records, "others-unnumbered", "Sam Bright")
    assert rec.outcome is Outcome.CONVICTED
    assert all(r.outcome is Outcome.CONVICTED for r in records["others-unnumbered"])


# ---------------------------------------------------------------- class 5: a term's owner

BINDING: dict[str, str] = {
    "fifth-gapped": "A court in Kano on Monday sentenced four men to death by hanging and a "
                    "fifth, Musa Bello, to 25 years in prison for the murder of a trader.",
    "fifth-clause": "A court in Kano on Monday heard the case of five robbers: four were "
                    "sentenced to death, while the fifth was jailed for 25 years.",
    "driver-gapped": "A judge in Lagos sentenced Tunde Bakare to death, and his driver, Femi "
                     "Ade, to life imprisonment.",
    "death-list": "Justice Ade Ola of the High Court in Kano sentenced two men, Sani Garba and "
                  "Ali Musa, to death by hanging for armed robbery.",
    "death-beaten": "A court in Omsk sentenced Ivan Sych for beating a neighbour to death "
                    "and gave him eight years in a strict-regime colony.",
    "partitive-four": "A court in Kano convicted five men of robbery on Monday. Four of them "
                      "received death sentences, and the fifth, Ali Musa, got 25 years.",
    "gapped-group": "A court in Bursa on Monday sentenced Emre Tas to 12 years in prison, and "
                    "his two accomplices to eight years each.",
    "conj-own-clause": "The court in Lodz convicted Piotr Nowak of fraud and jailed him for "
                       "three years, and it also convicted Jan Lis of perjury and fined him "
                       "5,000 zlotys.",
    "commuted-convicts": "The Appellate Division in Dhaka has commuted the death sentence of "
                         "three convicts to life imprisonment. The appellate bench delivered "
                         "the verdict on Tuesday.",
    "aide-to": "A judge in Brooklyn sentenced Kofi Mensah to 15 years in prison for the death "
               "of Tom Baker, an aide to Mayor Ruiz.",
    "cousin-while": "Three brothers were sentenced to life in prison in Dallas, while their "
                    "cousin, Mark Lane, got 12 years.",
    "earlier-case": "In 2019 the same court in Minsk sentenced activist Pavel Sevko to ten "
                    "years in prison. On Monday, three other activists were sentenced for "
                    "taking part in a protest.",
    "respective-group": "Two women were sentenced to 15 and 16 years respectively by a court "
                        "in Osh.",
    "respective-named": "The court in Osh sentenced Aida Tokoeva and Bermet Asanova to 15 and "
                        "16 years respectively.",
    "compound-each": "The court in Istanbul sentenced Ali Demir and Eren Kaya to four years, "
                     "eight months and seven days each.",
    "all-three": "Police detained Ivan Lis, Oleg Mak and Petr Sych in Sochi. All three were "
                 "found guilty of hooliganism.",
}


@pytest.fixture(scope="module")
def bound(extractor: RecordExtractor) -> dict[str, list[Record]]:
    return extract_texts(extractor, BINDING, PUBLISHED)


def _terms(recs: list[Record]) -> list[tuple[str | None, int, float | None, str | None]]:
    return sorted(((r.person, r.group_size, r.sentence_months,
                    r.sentence_type.value if r.sentence_type else None) for r in recs),
                  key=lambda t: (t[0] or "", t[1]))


@pytest.mark.parametrize(("key", "want"), [
    # the term comes from the clause that governs each defendant, not the nearest number
    ("fifth-gapped", [(None, 4, None, "death"), ("Musa Bello", 1, 300, "prison")]),
    ("fifth-clause", [(None, 1, 300, "prison"), (None, 4, None, "death")]),
    ("driver-gapped", [("Femi Ade", 1, None, "life"), ("Tunde Bakare", 1, None, "death")]),
    ("death-list", [("Ali Musa", 1, None, "death"), ("Sani Garba", 1, None, "death")]),
    ("death-beaten", [("Ivan Sych", 1, 96, "prison")]),
    ("cousin-while", [(None, 3, None, "life"), ("Mark Lane", 1, 144, "prison")]),
    ("gapped-group", [(None, 2, 96, "prison"), ("Emre Tas", 1, 144, "prison")]),
    ("aide-to", [("Kofi Mensah", 1, 180, "prison")]),  # "an aide to ...": no gapped group
    # four of the five got death: not a term of all five (a subgroup makes no record)
    ("partitive-four", [(None, 5, None, None), ("Ali Musa", 1, 300, "prison")]),
    ("compound-each", [("Ali Demir", 1, pytest.approx(56.23, abs=0.01), "prison"),
                       ("Eren Kaya", 1, pytest.approx(56.23, abs=0.01), "prison")]),
    # one term each, in order; a group given several terms has no one term
    ("respective-named", [("Aida Tokoeva", 1, 180, "prison"),
                          ("Bermet Asanova", 1, 192, "prison")]),
    ("respective-group", [(None, 2, None, "prison")]),
])
def test_a_term_binds_to_the_defendant_its_clause_governs(
        bound: dict[str, list[Record]], key: str,
        want: list[tuple[str | None, int, float | None, str | None]]) -> None:
    assert _terms(bound[key]) == want
    for rec in bound[key]:
        assert rec.rule_id and BINDING[key][rec.evidence_start:rec.evidence_end] == rec.evidence


def test_an_earlier_case_term_is_not_the_later_group_term(
        bound: dict[str, list[Record]]) -> None:
    later = [r for r in bound["earlier-case"] if r.person is None]
    assert [(r.group_size, r.sentence) for r in later] == [(3, None)]
    assert person_record(bound, "earlier-case", "Pavel Sevko").sentence_months == 120


def test_the_manner_of_a_death_sentence_stays_in_its_text(
        bound: dict[str, list[Record]]) -> None:
    rec = person_record(bound, "death-list", "Sani Garba")
    assert rec.sentence == "death by hanging"


def test_a_conjoined_verb_with_its_own_object_keeps_its_own_term(
        bound: dict[str, list[Record]]) -> None:
    fined = person_record(bound, "conj-own-clause", "Jan Lis")
    assert fined.sentence_months is None  # not Nowak's three years from the clause before
    jailed = person_record(bound, "conj-own-clause", "Piotr Nowak")
    assert jailed.sentence_months == 36


def test_convicts_named_in_a_commutation_take_its_new_term_and_day(
        bound: dict[str, list[Record]]) -> None:
    rec = person_record(bound, "commuted-convicts", None)
    assert rec.group_size == 3 and rec.sentence_type is SentenceType.LIFE
    assert rec.date == dt.date(2023, 8, 1)


def test_a_group_pointing_back_is_no_new_group(bound: dict[str, list[Record]]) -> None:
    assert all(r.person is not None or r.group_size != 3 for r in bound["all-three"])
