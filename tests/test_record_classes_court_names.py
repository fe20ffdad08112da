"""City class read on unannotated court news, in several phrasings of our own: the court's
place named in the court's own name where the gazetteer lacks it ("the X Criminal Court",
"the X General Sessions Court", "the North X District Court", "the District Court (X)"), the
judge "in the capital, X" (the name in apposition, whatever the tagger made of it), a court
named for one town and sitting in another ("X Crown Court, sitting at Y"; "the Y branch of the
X District Court": Y), and a former bench's town ("former X magistrate A") that is no place of
the case. A court's kind ("the Anti-Corruption Criminal Court", "(Criminal Division)") and a
quarter named before its known town ("the X District Court of Y") name no town, nor does a
building named for a person ("the X Criminal Court Building"). "a tribunal of X capital Y", "the
courtroom in Y", "hearings in Y" name the court's town; an area's own word ("the X district
branch of a party") is no court's. A looser place of another country than the court the
sentence names ("A Nigerian court ... over homes in London") is not the case's. "in X court"
(lower case) is X's court, where X is no court's kind ("in Drug court")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 8)

TEXTS: dict[str, str] = {
    # ---- a court named for a place the gazetteer lacks
    "criminal-court-opening": "The Rusafa Criminal Court sentenced 11 convicts to death on "
                              "Sunday for belonging to a terrorist group.",
    "criminal-court-judge": "Five militants were sentenced to death for killing civilians, "
                            "judge Ali Hassan of the Tarmiyah Criminal Court said on Monday.",
    "general-sessions": "A guilty plea was entered today in the Pickens General Sessions Court. "
                        "Defendant Tom Baker was ordered to serve 10 years in prison for "
                        "burglary.",
    "bracket-seat": "The District Court (Dolpa Uttar) has sentenced 12 people to life "
                    "imprisonment for the murder of a shopkeeper.",
    "compass-quarter": "The South Surabaya District Court sentenced Budi Santoso to three years "
                       "in prison for fraud on Tuesday.",
    # ... not a court's kind, a court's division, nor a quarter before its known town
    "kind-not-town": "The Anti-Corruption Criminal Court sentenced Omar Faiz to five years in "
                     "prison on Monday.",
    "division-not-town": "The High Court (Criminal Division) sentenced Peter Ngugi to seven years "
                         "in prison on Monday.",
    "quarter-of-town": "The Bostandyk District Court of Almaty sentenced Arman Seitov to five "
                       "years in prison on Monday.",
    "court-building": "Judge Ortiz handed down Marcus Reed's 40-year sentence after a hearing "
                      "today at the Dawson Criminal Court Building.",
    "district-criminal": "On March 3, 2021, Gurlanabad District Criminal Court in Khorezm region "
                         "sentenced blogger Anvar Tursunov to three years in prison.",
    # ---- a court's place after "capital", "courtroom", "hearings"
    "capital-of": "Five men were sentenced to death on Monday by a special tribunal of "
                  "Bangladesh capital Dhaka for crimes against humanity.",
    "courtroom-in": "The judge sentenced Rahim Abdul to 12 years in prison for graft on Tuesday. "
                    "He sat quietly in the crowded courtroom in Putrajaya as the judge read the "
                    "verdict.",
    "hearings-in": "The anti-graft court held its inaugural public hearings in Kabul, the first "
                   "step toward accountability. Earlier this month the court handed down its "
                   "first sentence: ten years in prison for Ahmad Wali.",
    # ---- an area's own word is no court's: "X district, some 100km from Y"
    "district-branch": "On May 3, the Ganja Serious Crimes Court issued a verdict in the case of "
                       "Elvin Aliyev, chairman of the Tovuz district branch of the Musavat Party. "
                       "The court found him guilty of bribery and sentenced him to six years in "
                       "prison, his lawyer said.",
    "district-cell": "On May 3, the Lankaran Grave Crimes Court issued a verdict in the case of "
                     "Rauf Aliyev, leader of the Zaqatala district cell of the Green Party. The "
                     "court found him guilty of fraud and sentenced him to four years in prison, "
                     "his lawyer said.",
    # ---- "in X court" in lower case: the town's court, where the gazetteer lacks the town
    "in-town-court": "Anna Price pleaded guilty to theft in Selkirk court this week and was "
                     "fined $500.",
    "in-town-court-later": "Jo Lamb was jailed for two years in Portage court on Tuesday.\n"
                           "Meanwhile, a man from a nearby reserve admitted assault. Tom Cook "
                           "entered the plea in Dauphin court on Monday and was sentenced to 12 "
                           "months of probation.",
    # ... not a court's kind
    "in-kind-court": "Ben Hale pleaded guilty to possession in Drug court on Monday and was "
                     "sentenced to 12 months of probation.",
    # ---- a looser place of another country than the sentence's court is not the case's
    "foreign-homes": "A Nigerian court on Monday sentenced former governor James Ode to 12 years "
                     "in prison over the purchase of luxury homes in London.",
    "foreign-caught": "A Kenyan court jailed Peter Otieno for five years on Friday after he was "
                      "caught with ivory in Kampala.",
    "foreign-hyphened-court": "An Iranian anti-narcotics court sentenced Reza Karimi to death on "
                              "Sunday after police seized heroin in his car in Herat.",
    # ... but the court's own town, or any town where no court's country is named, stays
    "own-country-town": "A Turkish court sentenced Ali Demir to six years in prison in Ankara on "
                        "Monday.",
    "no-court-country": "A court sentenced Alain Morel to six years in prison for a robbery in "
                        "Paris.",
    # ---- the judge in the capital, named in apposition
    "capital-apposition": "The judge in the capital, Naypyitaw, handed down the verdict on "
                          "Monday. Min Aung was sentenced to four years in prison for "
                          "incitement.",
    "capital-apposition-own": "A judge in the capital, Dodoma, handed down the verdict on Monday, "
                              "sentencing Peter Mwale to four years in prison for fraud.",
    # ---- a court sitting in another town than its name's; a branch's town
    "sitting-at": "The teenager, now 18, was sentenced at Chester Crown Court, sitting at "
                  "Wrexham Justice Centre, on Monday. He was given a two-year detention order "
                  "for robbery.",
    "sitting-in": "Tom Harris was jailed for four years on Friday at Norwich Crown Court, "
                  "sitting in Lowestoft, for burglary.",
    "branch-of": "Kenji Sato, 40, was sentenced to 12 years in prison on Monday at the "
                 "Hamamatsu branch of the Shizuoka District Court for robbery.",
    # ---- a former bench's town is no place of the case
    "former-magistrate": "Former Mansa magistrate Grace Mulenga was jailed for two years by the "
                         "Lusaka magistrates court on Monday for taking a bribe.",
    "former-magistrate-later": "The court jailed Peter Phiri for three years on Monday for theft. "
                               "Former Kitwe magistrate John Banda was also jailed for a year.",
    "sitting-magistrate": "Kabwe magistrate John Banda jailed Peter Phiri for three years for "
                          "theft on Monday.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [
    ("criminal-court-opening", None, "Rusafa"),
    ("criminal-court-judge", None, "Tarmiyah"),
    ("general-sessions", "Tom Baker", "Pickens"),
    ("bracket-seat", None, "Dolpa Uttar"),
    ("compass-quarter", "Budi Santoso", "South Surabaya"),
    ("kind-not-town", "Omar Faiz", None),
    ("division-not-town", "Peter Ngugi", None),
    ("quarter-of-town", "Arman Seitov", "Almaty"),
    ("court-building", "Marcus Reed", None),
    ("district-criminal", "Anvar Tursunov", "Gurlanabad"),
    ("in-town-court", "Anna Price", "Selkirk"),
    ("in-town-court-later", "Tom Cook", "Dauphin"),
    ("in-kind-court", "Ben Hale", None),
    ("foreign-homes", "James Ode", None),
    ("foreign-caught", "Peter Otieno", None),
    ("foreign-hyphened-court", "Reza Karimi", None),
    ("own-country-town", "Ali Demir", "Ankara"),
    ("no-court-country", "Alain Morel", "Paris"),
    ("capital-of", None, "Dhaka"),
    ("courtroom-in", "Rahim Abdul", "Putrajaya"),
    ("hearings-in", "Ahmad Wali", "Kabul"),
    ("district-branch", "Elvin Aliyev", "Ganja"),
    ("district-cell", "Rauf Aliyev", "Lankaran"),
    ("capital-apposition", "Min Aung", "Naypyitaw"),
    ("capital-apposition-own", "Peter Mwale", "Dodoma"),
    ("sitting-at", None, "Wrexham"),
    ("sitting-in", "Tom Harris", "Lowestoft"),
    ("branch-of", "Kenji Sato", "Hamamatsu"),
    ("former-magistrate", "Grace Mulenga", "Lusaka"),
    ("former-magistrate-later", "John Banda", None),
    ("sitting-magistrate", "Peter Phiri", "Kabwe"),
])
def test_court_named_place(records: dict[str, list[Record]], key: str, person: str | None,
                           city: str | None) -> None:
    assert person_record(records, key, person).city == city
