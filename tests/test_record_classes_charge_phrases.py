"""Charge error classes read on unannotated court news, each in several phrasings of our own: a
quoted offence is kept whole to its closing quote; a phrase that names no particular offence
("a range of crimes", "committing the offence") is no charge, and a list named by one stands
for what it includes; "in a case ...", "as part of a crackdown", "whom ...", "... 20 minutes
after", "instead of ...", "and also ...", a court's "saying ...", a law's "Section 5 of the
Code" and the "for" of "the right to run for office" are not the offence, nor a victim's title
before the name ("the murder of former chairman X"); an adverb inside a noun phrase ("his then
position") or a split infinitive ("calls to forcibly change X") does not end it, a trailing
possessive or a page's markup is dropped; "on similar charges" carries the offence stated just
before; an article named in brackets ("under Article 174 (inciting discord)") names the
offence; what an offence is against is part of it when that is the state, its security or a
faith ("propaganda against the state"), not a victim, and "despite ..." ends it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from extract.records.charge_text import clean_charge
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    # ---- a quoted offence kept whole
    "quote-against": "The court found blogger Tomas Vey guilty of “insulting the dignity of "
                     "the state against the constitution” and jailed him for two years.",
    "quote-that": "Marek Bolt was sentenced to three years in prison on charges including "
                  '"distributing materials that could harm public order".',
    "quote-list": "A military court found activist Paul Ndong guilty of “acts of terrorism, "
                  "rebellion against the state, secession and insurrection” on Tuesday and "
                  "jailed him for 12 years.",
    "quote-verbs": 'The court found Lan Pham guilty of "making, storing and spreading '
                   'documents against the state" and sentenced her to six years.',
    "quote-comma-source": 'A court in Minsk sentenced Pavel Hrek to four years for '
                          '"extremism," the state news agency reported.',
    "quote-saying": 'The High Court found Aziz Rahimov guilty of "high treason", saying he '
                    "had sent money to a foreign army, and sentenced him to 12 years.",
    "quote-claiming": 'The court found Boris Lentov guilty of "espionage" claiming he had passed '
                      "maps to a foreign agent, and jailed him for ten years.",
    "quote-adding": 'A court found Olga Marin guilty of "state treason" adding that she had sent '
                    "money abroad.",
    "quote-statement": 'A judge convicted Ilya Sorin of fraud "because he wanted money," the '
                       "court said, and sentenced him to two years.",
    # ---- no particular offence
    "committing-crime": "Maria Lenz pleaded guilty to committing the crime and was fined $500.",
    "range-of": "Tomasz Wirt was found guilty of a range of offences and jailed for three years.",
    "carrying": "The opposition leader Kim Sora is charged with 14 offences carrying combined "
                "maximum terms of 120 years, and was sentenced to four years in prison on "
                "Monday.",
    "law-section": "The trial court convicted Sunil Perera for a lesser offence punishable "
                   "under Section 297 of the Penal Code.",
    "law-article": "The court found Mira Stoyan guilty under article 205.2 of the Criminal Code "
                   "and jailed her for five years.",
    "counts-including": "The court found Jean Habimana guilty of three of six counts, "
                        "including complicity in genocide, and sentenced him to 25 years.",
    # ---- what follows the offence is not part of it
    "in-a-case": "The supreme court acquitted Nasreen Malik of blasphemy charges in a case "
                 "that had divided the country.",
    "in-wider-case": "A district court sentenced Oleg Varin to two years in prison for "
                     "attempted assault on a police officer in a wider case against protesters.",
    "part-of-crackdown": "Activist Li Ming was jailed for five years on subversion charges as "
                         "part of a campaign against rights lawyers.",
    "part-of-group": "Yuri Daskal was jailed for six years for fraud as part of a criminal "
                     "group.",
    "whom": "Kevin Doyle lost his appeal against his conviction for the murder of another man "
            "whom he had attacked outside a bar.",
    "and-also": "The tribunal acquitted Goran Vuk of charges of torture and also convicted "
                "[AFP reports] two guards of murder.",
    # ---- the "for" of another verb
    "stand-for": "A court in Harar sentenced 20 opposition members to life in prison and "
                 "barred them from the right to stand for election for plotting a rebellion.",
    "run-for": "The tribunal sentenced 12 activists to life in prison and denied them the "
               "right to vote or run for public office for organising an armed revolt.",
    # ---- a victim's title goes with the name
    "title-former": "The High Court found Juma Salum guilty of the murder of former district "
                    "chairman Peter Mollel and sentenced him to death.",
    "title-including": "The court found Sunil Dias guilty of killing three people including "
                       "former councillor Ravi Fernando and sentenced him to death.",
    "title-object": "A court in Ndola sentenced Bwalya Mulenga to 12 months in prison for "
                    "insulting President Hakim Zulu.",
    # ---- an adverb inside a noun phrase; markup
    "time-after": "Dara Quinn was sentenced to life imprisonment after a jury found him guilty "
                  "of his neighbour's murder 40 minutes after it retired.",
    "time-after-hours": "A jury convicted Ivan Drozd of manslaughter three hours after "
                        "retiring to consider its verdict.",
    "instead-of": "Former councillor Dale Price pleaded guilty on Monday to arson instead of "
                  "going to trial.",
    "instead-of-only": "Former councillor Rita Moss decided to plead guilty Friday instead of "
                       "taking her case to trial.",
    "plea-in-court": "Former alderman Glen Hart decided to plead guilty Friday in Marion County "
                     "court to felony theft rather than face a jury.",
    "plea-at-court": "Sean Boyle pleaded guilty at Bristol Crown Court to wounding with intent "
                     "instead of standing trial.",
    "split-infinitive": "A court in Khujand jailed Rustam Nazarov for six years for public "
                        "calls to forcibly change the constitutional order.",
    "split-infinitive-conspiring": "Ola Berg was convicted of conspiring to secretly export "
                                   "military parts and jailed for three years.",
    "then-position": "Dr Amin Yusof was sentenced to 12 months' jail in 2011 for using his then "
                     "position as state leader to buy two plots of land.",
    "then-office": "Ex-minister Rafael Ortiz was sentenced to a year in jail in 2015 for using "
                   "his then office as minister to award a contract.",
    "then-rank": "Kamal Idris was fined in 2019 for abusing his then rank as police chief to "
                 "free a friend.",
    "markup": "Three journalists were convicted of spreading terrorist propaganda.</span><br /> "
              "The court in Van said.",
    # ---- an article's name in brackets
    "law-bracket": "The court found Ivan Dorin guilty under part 1, article 282.2 of the "
                   "Criminal Code (organising the activities of a banned religious group) and "
                   "jailed him for six years.",
    "law-bracket-quoted": "A court in Aktobe sentenced Nurlan Sapar to two years in prison "
                          'under Article 174 ("inciting social discord").',
    "law-own-bracket": "The judge jailed Sean Byrne for ten months under section 10 of the "
                       "Crimes (Sentencing Procedure) Act.",
    # ---- "against the state" is part of the offence; a victim is not
    "against-state": "Blogger Tran Van Minh was convicted of spreading propaganda against the "
                     "state and jailed for six years.",
    "against-authority": "A court in Grozny sentenced Ruslan Umarov to three years for use of "
                         "violence against a representative of authority.",
    "against-security": "The court found Hamid Azizi guilty of conspiracy against national "
                        "security and sentenced him to five years.",
    "against-faith": "Pastor Yohan Setiawan was jailed for two years for blasphemy against "
                     "Islam despite the prosecution asking for probation.",
    "against-victims": "The court found Deepak Rai guilty of attempted murder against 11 "
                       "persons and jailed him for five years.",
    "despite": "Tom Reece was jailed for two years for fraud despite the prosecution asking "
               "for a fine.",
    # ---- "similar charges" carries the offence stated just before
    "similar-charges": "Blogger Anan Korat was sentenced to three years for spreading false "
                       "news. Two other bloggers, Pim Sorn and Lek Nam, were given two-year "
                       "terms on similar charges.",
    "similar-counts": "Judge Ana Duarte jailed Marco Ferri for six years for extortion. His "
                      "brother Luca Ferri received four years on similar counts.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("quote-against", "Tomas Vey", "insulting the dignity of the state against the constitution"),
    ("quote-that", "Marek Bolt", "distributing materials that could harm public order"),
    ("quote-list", "Paul Ndong",
     "acts of terrorism, rebellion against the state, secession and insurrection"),
    ("quote-verbs", "Lan Pham", "making, storing and spreading documents against the state"),
    ("quote-comma-source", "Pavel Hrek", "extremism"),
    ("quote-saying", "Aziz Rahimov", "high treason"),
    ("quote-claiming", "Boris Lentov", "espionage"),
    ("quote-adding", "Olga Marin", "state treason"),
    ("quote-statement", "Ilya Sorin", "fraud"),
])
def test_quoted_offence_kept_whole(records: dict[str, list[Record]], key: str, person: str,
                                   charge: str) -> None:
    assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize(("key", "person"), [
    ("committing-crime", "Maria Lenz"), ("range-of", "Tomasz Wirt"), ("carrying", "Kim Sora"),
    ("law-section", "Sunil Perera"), ("law-article", "Mira Stoyan"),
])
def test_no_particular_offence_is_no_charge(records: dict[str, list[Record]], key: str,
                                            person: str) -> None:
    assert person_record(records, key, person).charge is None


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("counts-including", "Jean Habimana", "complicity in genocide"),
    ("in-a-case", "Nasreen Malik", "blasphemy charges"),
    ("in-wider-case", "Oleg Varin", "attempted assault on a police officer"),
    ("part-of-crackdown", "Li Ming", "subversion charges"),
    ("part-of-group", "Yuri Daskal", "fraud as part of a criminal group"),
    ("whom", "Kevin Doyle", "murder of another man"),
    ("and-also", "Goran Vuk", "torture"),
    ("time-after", "Dara Quinn", "neighbour's murder"),
    ("time-after-hours", "Ivan Drozd", "manslaughter"),
    ("instead-of", "Dale Price", "arson"),
    ("instead-of-only", "Rita Moss", None),
    ("plea-in-court", "Glen Hart", "felony theft"),
    ("plea-at-court", "Sean Boyle", "wounding with intent"),
])
def test_what_follows_is_not_the_offence(records: dict[str, list[Record]], key: str,
                                         person: str, charge: str | None) -> None:
    assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize(("phrase", "charge"), [
    ("committing the offence", None),
    ("the said offence", None),
    ("a range of crimes", None),
    ("two dozen crimes", None),
    ("most of his many criminal charges", None),
    ("at least 12 felonies", None),
    ("a lesser offence", None),
    ("charges similar", None),
    ("time served", None),
    ("a period not exceeding", None),
    ("three other charges, including the main one", None),
    ("a range of crimes, including arson", "arson"),
    ("several serious offences, including kidnapping and extortion", "kidnapping and extortion"),
    ("other traffic offences, including dangerous driving",
     "other traffic offences, including dangerous driving"),
    ("criminal damage", "criminal damage"),
    ("committing an act of terrorism", "committing an act of terrorism"),
    ("extremist activity", "extremist activity"),
    ("“inciting hatred,” and tax evasion", "inciting hatred” and tax evasion"),
    ("extortion over the finances of his", "extortion over the finances"),
    ("bribery in their", "bribery"),
    ("spreading propaganda.</span><br", "spreading propaganda"),
])
def test_clean_charge_classes(phrase: str, charge: str | None) -> None:
    assert clean_charge(phrase) == charge


@pytest.mark.parametrize(("key", "charge"), [
    ("stand-for", "plotting a rebellion"),
    ("run-for", "organising an armed revolt"),
])
def test_another_verbs_for_is_not_the_offence(records: dict[str, list[Record]], key: str,
                                              charge: str) -> None:
    assert [r.charge for r in records[key]] == [charge]


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("similar-charges", "Pim Sorn", "spreading false news"),
    ("similar-charges", "Lek Nam", "spreading false news"),
    ("similar-counts", "Luca Ferri", "extortion"),
])
def test_similar_charges_carry_the_offence_before(records: dict[str, list[Record]], key: str,
                                                  person: str, charge: str) -> None:
    assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize(("key", "person", "charge"), [
    ("title-former", "Juma Salum", "murder"),
    ("title-including", "Sunil Dias", "killing three people"),
    ("title-object", "Bwalya Mulenga", "insulting President"),
])
def test_victims_title_goes_with_the_name(records: dict[str, list[Record]], key: str,
                                          person: str, charge: str) -> None:
    assert person_record(records, key, person).charge == charge


@pytest.mark.parametrize(("key", "charge"), [
    ("then-position", "using his then position"),
    ("then-office", "using his then office"),
    ("then-rank", "abusing his then rank"),
    ("markup", "spreading terrorist propaganda"),
    ("split-infinitive", "public calls to forcibly change the constitutional order"),
    ("split-infinitive-conspiring", "conspiring to secretly export military parts"),
])
def test_noun_phrase_adverb_and_markup(records: dict[str, list[Record]], key: str,
                                       charge: str) -> None:
    assert [r.charge for r in records[key]] == [charge]


@pytest.mark.parametrize(("key", "charge"), [
    ("law-bracket", "organising the activities of a banned religious group"),
    ("law-bracket-quoted", "inciting social discord"),
    ("law-own-bracket", None),  # a bracket inside the law's own name
])
def test_article_named_in_brackets(records: dict[str, list[Record]], key: str,
                                   charge: str | None) -> None:
    assert [r.charge for r in records[key]] == [charge]


@pytest.mark.parametrize(("key", "charge"), [
    ("against-state", "spreading propaganda against the state"),
    ("against-authority", "use of violence against a representative of authority"),
    ("against-security", "conspiracy against national security"),
    ("against-faith", "blasphemy against Islam"),
    ("against-victims", "attempted murder"),
    ("despite", "fraud"),
])
def test_what_the_offence_is_against(records: dict[str, list[Record]], key: str,
                                     charge: str) -> None:
    assert [r.charge for r in records[key]] == [charge]
