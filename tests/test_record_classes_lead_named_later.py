"""Person class read on unannotated court news, in several phrasings of our own: an article
that opens on an unnamed defendant ("A blogger was sentenced ...", "The boss of a betting
shop was jailed ...") and names no one else as a defendant names that defendant further on,
as the subject of their own doing, wherever the name stands in its sentence: after an
opening phrase ("During the hearing, X stood ..."), after a role ("Staff nurse X, 41, had
faced ..."), in apposition to "the man" ("The man, X, entered a plea"), one sentence later
than the next ("... Critics say ... X is a member of ..."), as whose case or sentence it
is ("said the case of X was ...", "the sentence given to X"), as the one a court or court
paper tells of ("X organised the attacks, the court ruled", "the plea agreement says that X
spent ..."), as who "the convict identified as X" is, or as whom the court "also ordered
... to pay". Officials named first are passed over, unless titled as the lead was described
("A senator was fined ... Senator X was arrested"); a person who speaks, is someone's
relative, or suffers the harm is not the defendant, and neither is a victim the next
sentence introduces with an age ("X, 52, died ..."); "mother of two" is the person's own
family, not someone else's kin. Several unnamed leads are each named before the next, or
none is."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 8)

NAMED: dict[str, tuple[str, str]] = {
    # an official titled as the lead was described is the lead, not an official passed over
    "title-as-lead": ("A Kenyan senator who apologised for breaking a curfew has been fined "
                      "20,000 shillings. The curfew was imposed to slow the outbreak. Senator "
                      "Peter Otieno was arrested on Friday at a bar.", "Peter Otieno"),
    "judge-as-lead": ("A municipal judge was jailed for two years on Monday for taking "
                      "bribes. Judge Alan Pryce had asked two colleagues to sway a land case.",
                      "Alan Pryce"),
    "opening-phrase": ("A cyclist has been sentenced to two years in prison for insulting the "
                       "mayor. During a brief hearing at the district court, Pavel Horak "
                       "stood silently as the verdict was read.", "Pavel Horak"),
    "role-and-age": ("An Irish welder who admitted cannabis possession while working in Oslo "
                     "was jailed for seven months yesterday. Site welder Declan Furey, 38, had "
                     "faced a possible three-year term.", "Declan Furey"),
    "role-title": ("A Ghanaian trader who admitted breaking the lockdown has been fined 3,000 "
                   "cedis by an Accra court. The lockdown was imposed in April to slow the "
                   "outbreak. Businessman Kofi Mensah was arrested on Friday at a hotel in the "
                   "city.", "Kofi Mensah"),
    "copula-later": ("A union organiser was sentenced to four years in prison on fraud charges "
                     "on Tuesday. Observers say the trial was unfair. Rustam Aliyev is a "
                     "member of the Labour Front party.", "Rustam Aliyev"),
    "the-man-appos": ("The owner of a local pawn shop has been sentenced to nine months in jail "
                      "for receiving stolen goods. The man, Delroy Vance Pitt, entered a guilty "
                      "plea to the charge in June.", "Delroy Vance Pitt"),
    "former-title": ("A former councillor was sentenced to three years in prison for bribery on "
                     "Monday. The court in Narva also fined him 5,000 euros. Former councillor "
                     "Arvo Kask has denied the charges.", "Arvo Kask"),
    "case-of": ("A Kenyan court has convicted an opposition blogger of incitement over posts "
                "criticising the police. Rights group Haki Watch said the case of Brian Otieno, "
                "a former spokesman for the Orange Youth League, was an abuse of the law.",
                "Brian Otieno"),
    "sentence-given-to": ("A former senior army officer has been jailed for three years for "
                          "leaking a secret decree. Along with the sentence given to Levon "
                          "Gasparyan, the court also fined the newspaper that printed it.",
                          "Levon Gasparyan"),
    "court-ruled": ("Rwanda's High Court has sentenced a former mayor to life in prison for his "
                    "role in the 1994 genocide. Emmanuel Habimana organised attacks on "
                    "civilians in his district, the court ruled.", "Emmanuel Habimana"),
    "agreement-says": ("A suspended Ohio judge pleaded guilty on Friday to one count of mail "
                       "fraud. The maximum penalty is 20 years in prison. The plea agreement "
                       "says that Marisa Dunleavy, who served as a judge in Lorain County, "
                       "spent campaign money on a car.", "Marisa Dunleavy"),
    "identified-as": ("A magistrate court has sentenced a 31-year-old man to eight years "
                      "imprisonment for fraud in Zomba district. The convict identified as "
                      "Peter Banda was arrested by members of the community in March.",
                      "Peter Banda"),
    "ordered-to-pay": ("The anti-graft court has sentenced a former mayor of Roxas town to "
                       "eight years in jail after finding him guilty of graft. In a 20-page "
                       "ruling, the court also ordered former mayor Ramon Dizon to pay a fine "
                       "of P100,000.", "Ramon Dizon"),
    # a description of the person's own family is no one else's kin
    "parent-of-count": ("A regional court has jailed a pharmacist for nine years for selling "
                        "forged prescriptions. Lucia Ferrante, a chemist and mother of three, "
                        "was arrested at her shop in Bari in 2022.", "Lucia Ferrante"),
    "parent-of-count-children": ("A tax adviser was sentenced to six years in prison for fraud "
                                 "on Monday. Gordon McAllister, a father of two young children, "
                                 "had denied the charges.", "Gordon McAllister"),
    "found-guilty-aged": ("A driver who left a walker badly hurt on a hill road has been jailed "
                          "for three years. Owen Tregear, 29, was found guilty by a jury at "
                          "Exeter Crown Court of dangerous driving.", "Owen Tregear"),
}

UNNAMED: dict[str, str] = {
    "official-speaks": "A man was jailed for six years for dealing cocaine in Hull. Detective "
                       "Constable Ruth Mayne said the sentence sent a clear message.",
    "lawyer": "A man was jailed for eight years for robbery in Sligo. His solicitor, Brendan "
              "Keane, said he would appeal.",
    "welcomes": "A teacher was fined $700 for assault in Darwin. Principal Joan Lowe welcomed "
                "the decision.",
    "heard-victim": "A man was jailed for seven years for robbery in Galway. The court heard "
                    "that Sean Moran, the shop owner, was threatened with a knife.",
    "relative": "A student has been sentenced to two years in prison for drug dealing. His "
                "girlfriend Ivana Petrova was also questioned by police.",
    "victim-aged": "A woman was sentenced to life for killing her neighbour in Luton. Brenda "
                   "Hale, 61, died of stab wounds at her home.",
    "case-of-victim": "A man was jailed for life for murder in Leeds. Police said the case of "
                      "murdered teenager Jade Ross had shocked the city.",
    "trial-of-relative": "A woman was jailed for two years for fraud. Her lawyer said the trial "
                         "of her husband Mark Rowe would begin in May.",
    "court-heard-witness": "A former teacher was sentenced to two years in prison for fraud in "
                           "Kigali. Alice Uwase had been a witness for the defence, the court "
                           "heard.",
    "victim-identified": "A man was jailed for ten years for fraud in Blantyre. The victim, "
                         "identified as Grace Phiri, lost her savings.",
    "ordered-to-pay-other": "A man was jailed for four years for fraud in Cebu. The court also "
                            "ordered the bank to pay Maria Santos a refund.",
    "victim-found-dead": "A woman was sentenced to life for the murder of her tenant in Leek. "
                         "Gerald Pask, 74, was found dead in his flat in March.",
    "parent-of-victims": "A man was jailed for nine years for fraud in Bari. Lucia Ferrante, "
                         "the mother of two of the victims, wept in court.",
    "parent-of-victims-noun": "A man was jailed for nine years for fraud in Bari. Lucia "
                              "Ferrante, the mother of two victims, wept in court.",
    # an official titled otherwise than the lead, or who speaks, is not the lead
    "official-other-title": "A judge jailed a senator for two years on Monday for bribery. "
                            "Judge Alan Pryce sat in Nakuru.",
    # ... or who does what a bench or counsel does: the trial's own judge or lawyer
    "titled-bench": "A judge was jailed for five years in Leeds on Monday for taking bribes. "
                    "Judge Mary Collins handed down the sentence at Leeds Crown Court.",
    "titled-counsel": "A lawyer was jailed for three years in Leeds on Monday for fraud. Lawyer "
                      "Mark Dean represented the victims at the trial.",
    "titled-speaks": "A senator was jailed for two years on Monday for bribery. Senator "
                     "Alan Pryce said the verdict was a disgrace.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), {
        **{k: text for k, (text, _) in NAMED.items()}, **UNNAMED}, PUBLISHED)


@pytest.mark.parametrize("key", sorted(NAMED))
def test_the_lead_is_named_further_on(records: dict[str, list[Record]], key: str) -> None:
    recs = records[key]
    assert [r.person for r in recs] == [NAMED[key][1]], recs


@pytest.mark.parametrize("key", sorted(UNNAMED))
def test_a_speaker_relative_or_victim_is_not_the_lead(records: dict[str, list[Record]],
                                                      key: str) -> None:
    recs = records[key]
    assert len(recs) == 1 and recs[0].person is None, recs


# an unnamed group named a sentence of background later, or by its own appeal told by a source
GROUPS: dict[str, tuple[str, list[str | None]]] = {
    "gap-appeal-said": ("A court in the Urals has sentenced two Adventist preachers to three "
                        "years in prison for extremism, their church said on Friday. The "
                        "church was banned in 2019 and ordered to dissolve. Pyotr Galkin and "
                        "Semyon Orlov, who were detained in 2020 in the town of Miass, will "
                        "appeal against their sentences, their lawyer said.",
                        ["Pyotr Galkin", "Semyon Orlov"]),
    "gap-they-are": ("Two brothers were jailed for six years each for arson in Omagh on Monday. "
                     "The fire destroyed a bakery and two flats. They are Conor Walsh and "
                     "Ryan Walsh.", ["Conor Walsh", "Ryan Walsh"]),
    "gap-too-few": ("Three men were jailed for robbery in Armagh on Monday. The raid happened "
                    "in June. Gary Lusk and Dean Morrow will appeal, their solicitor said.",
                    [None]),
    "gap-no-names": ("Three men were jailed for robbery in Lurgan. The raid happened in June. "
                     "Police said the gang had planned it for weeks.", [None]),
}


@pytest.mark.parametrize("key", sorted(GROUPS))
def test_a_group_is_named_past_a_sentence_of_background(key: str) -> None:
    text, people = GROUPS[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.person for r in recs] == people, recs


# a lead that tells of a victim ("jailed for killing X", "over a crash that killed two"): the
# next name is the defendant only by a doing no victim does, or as "The <lead's noun>, X,"
VICTIM_LEADS: dict[str, tuple[str, str | None]] = {
    "faced-charges": ("A lorry driver was jailed for four years on Monday for causing the death "
                      "of a pensioner in Tralee. Eamon Dunphy Quill, who had no previous "
                      "convictions, had faced charges of dangerous driving.",
                      "Eamon Dunphy Quill"),
    "the-man-restated": ("A court sentenced a Ghanaian man to life in prison for the murder of "
                         "his business partner in Accra. The man, Kwame Asante Boateng, 52, "
                         "was a well-known importer of car parts.", "Kwame Asante Boateng"),
    "banned-after": ("A ferry pilot has been jailed for eight months over a collision that "
                     "killed two anglers. Tomas Lindqvist Berg will also be banned from "
                     "piloting a vessel for five years.", "Tomas Lindqvist Berg"),
    "admitted": ("A care worker was jailed for six years for the manslaughter of a patient in "
                 "Cork. Aoife Brennan Daly admitted the offence at an earlier hearing.",
                 "Aoife Brennan Daly"),
    "victim-at-work": ("A man was jailed for life for the murder of a shopkeeper in Derby. "
                       "Rajesh Kumar Patel was working alone when he was attacked.", None),
    "victim-restated": ("A woman was jailed for three years for killing a cyclist in Bath. The "
                        "cyclist, Martin Hewes, 44, was riding home from work.", None),
    "victim-denied": ("A man was jailed for ten years for the rape of a student in Leeds. Sarah "
                      "Jane Cole denied that she had known him.", None),
}


@pytest.mark.parametrize("key", sorted(VICTIM_LEADS))
def test_after_a_victim_lead_only_a_defendants_doing_names_it(key: str) -> None:
    text, person = VICTIM_LEADS[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.person for r in recs] == [person], recs


# several unnamed leads, each named in the sentences before the next: all named, or none (an
# unnamed lead beside one named later would be taken for that one's first telling)
SEVERAL_LEADS: dict[str, tuple[str, list[str | None]]] = {
    "two-leads-named": ("A security court has sentenced a teacher to 30 years in prison for "
                        "posts on social media. According to court papers seen by a rights "
                        "group, Maria Lopez broke the country's cybercrime law. Her family has "
                        "not commented. Earlier this month, a 29-year-old man was sentenced "
                        "to 15 years in prison for following dissidents online. John Harris, "
                        "a chemistry student, was detained after returning home in March.",
                        ["Maria Lopez", "John Harris"]),
    "two-leads-one-name": ("A court jailed a woman for 12 years on Monday for fraud. The "
                           "prosecutor said the scheme was large. Separately, a man was jailed "
                           "for six years for theft in the same court. Peter Grant was "
                           "arrested in 2021.", [None, None]),
}


@pytest.mark.parametrize("key", sorted(SEVERAL_LEADS))
def test_several_unnamed_leads_are_each_named_or_none_is(key: str) -> None:
    text, people = SEVERAL_LEADS[key]
    recs = extract_texts(RecordExtractor(ExtractConfig()), {key: text}, PUBLISHED)[key]
    assert [r.person for r in recs] == people, recs
