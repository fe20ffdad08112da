"""Named members of a sentenced group: "Among those sentenced were A, B and C", "A and B
were among those jailed", "seven journalists, including A and B, were jailed", "..., among
them A and B", "the jailed group included A". Each named member is a record, past a role
before the name ("its leader A", "former chief of staff B") or an apposition after it ("C,
the editor,"); the members take
the group's place, date, charge and kind of term, and a range over them all gives no one a
length (GUIDELINES). A possessive ("including A's brother") names no member, and a group
noun that is not a statistic ("opposition figures") keeps its group."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)  # a Friday

TEXTS: dict[str, str] = {
    "among-were": "A court in Gyumri sentenced seven activists to prison terms on Tuesday. "
                  "Among those sentenced were Aram Petrosyan and Lilit Hakobyan.",
    "among-roles": "A court in Gyumri sentenced seven activists to prison terms on Tuesday. "
                   "Among those sentenced were the party leader Aram Petrosyan, former chief "
                   "of staff Karen Sargsyan and blogger Lilit Hakobyan.",
    "among-appositions": "A court in Gyumri sentenced seven activists to prison terms on "
                         "Tuesday. Among those sentenced were Aram Petrosyan, the director, "
                         "and Lilit Hakobyan, the chief editor.",
    "names-first": "A court in Gyumri sentenced seven activists to prison terms on Tuesday. "
                   "Aram Petrosyan and Lilit Hakobyan were among those sentenced.",
    "included": "The Gyumri court jailed nine opposition figures for between six and 12 years "
                "on Tuesday for plotting mass unrest. Those jailed included the former deputy "
                "Anna Grigoryan and the blogger Davit Melkonyan.",
    "including-inside": "A court in Gyumri on Tuesday sentenced seven journalists, including "
                        "Aram Petrosyan and Lilit Hakobyan, to nine years in prison.",
    "among-them-after": "A court in Gyumri on Tuesday sentenced seven journalists to nine "
                        "years in prison, among them Aram Petrosyan and Lilit Hakobyan.",
    "members-including": "A court in Gyumri sentenced 30 people to prison on Tuesday. Among "
                         "those sentenced were members of the Renewal Party, including its "
                         "chairman Aram Petrosyan, former chief of staff Karen Sargsyan, and "
                         "Lilit Hakobyan, the party's secretary.",
    "wife-of": "The other party leaders convicted were Karen Sargsyan's wife Anna Sargsyan and "
               "five former lawmakers.",
    # no member: a possessive, a charge list
    "possessive": "The court convicted three men of fraud, including Aram Petrosyan's brother.",
    "charge-list": "The court sentenced four people for offences including assaulting Karen "
                   "Sargsyan and Davit Melkonyan.",
    # a group noun that is not a statistic
    "figures-group": "The court in Gyumri on Tuesday jailed eleven opposition figures for six "
                     "years for plotting mass unrest.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _by_person(records: dict[str, list[Record]], key: str) -> dict[str | None, Record]:
    recs = records[key]
    for rec in recs:  # the evidence is the text's own, at its offsets
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    out = {r.person: r for r in recs}
    assert len(out) == len(recs), recs  # one record a person
    return out


@pytest.mark.parametrize(("key", "people"), [
    ("among-were", {"Aram Petrosyan", "Lilit Hakobyan"}),
    ("among-roles", {"Aram Petrosyan", "Karen Sargsyan", "Lilit Hakobyan"}),
    ("among-appositions", {"Aram Petrosyan", "Lilit Hakobyan"}),
    ("names-first", {"Aram Petrosyan", "Lilit Hakobyan"}),
    ("included", {"Anna Grigoryan", "Davit Melkonyan"}),
    ("including-inside", {"Aram Petrosyan", "Lilit Hakobyan"}),
    ("among-them-after", {"Aram Petrosyan", "Lilit Hakobyan"}),
    ("members-including", {"Aram Petrosyan", "Karen Sargsyan", "Lilit Hakobyan"}),
    ("wife-of", {"Anna Sargsyan"}),
])
def test_each_named_member_is_a_record(records: dict[str, list[Record]], key: str,
                                       people: set[str]) -> None:
    assert set(_by_person(records, key)) == people


@pytest.mark.parametrize("key", ["among-were", "among-roles", "names-first",
                                 "including-inside"])
def test_members_take_the_groups_place_date_and_kind(records: dict[str, list[Record]],
                                                     key: str) -> None:
    for rec in _by_person(records, key).values():
        assert rec.city == "Gyumri"
        assert rec.date == dt.date(2024, 5, 14)
        assert rec.sentence_type == "prison"
        assert rec.outcome == "convicted"


def test_a_shared_term_is_each_members_length(records: dict[str, list[Record]]) -> None:
    for key in ("including-inside", "among-them-after"):
        assert {r.sentence_months for r in _by_person(records, key).values()} == {108}


def test_a_range_over_the_members_gives_no_one_a_length(
        records: dict[str, list[Record]]) -> None:
    recs = _by_person(records, "included").values()
    assert {r.sentence_months for r in recs} == {None}
    assert {r.sentence for r in recs} == {"between six and 12 years"}
    assert {r.charge for r in recs} == {"plotting mass unrest"}


@pytest.mark.parametrize("key", ["possessive", "charge-list"])
def test_no_member_without_a_listed_name(records: dict[str, list[Record]], key: str) -> None:
    assert [r.person for r in records[key]] == [None]


def test_opposition_figures_are_a_group_not_a_statistic(
        records: dict[str, list[Record]]) -> None:
    (rec,) = records["figures-group"]
    assert (rec.person, rec.group_size, rec.sentence_months) == (None, 11, 72)


CONVICTS: dict[str, str] = {
    "convicts-were": "The court in Shinyanga sentenced six men to death on Friday. The "
                     "convicts were Juma Mashaka, Ignas Sungura and James Paschal.",
    "convicts-are-aged": "The convicts are Juma Mashaka, 34, Ignas Sungura, 29, and James "
                         "Paschal, 41.",
    "convicts-apposition": "The convicts, Juma Mashaka and Ignas Sungura, were fined 5,000 "
                           "shillings each.",
    "clause-antecedent": "The convicts are Ripon Das and Humayun Akter.\nProtesters demanded "
                         "the death penalty for party leader Abdul Karim Mollah after he was "
                         "handed down life imprisonment by the tribunal.\n",
}


@pytest.fixture(scope="module")
def convicts() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), CONVICTS, PUBLISHED)


@pytest.mark.parametrize(("key", "people"), [
    ("convicts-were", {"Juma Mashaka": "death", "Ignas Sungura": "death",
                       "James Paschal": "death"}),
    ("convicts-are-aged", {"Juma Mashaka": None, "Ignas Sungura": None,
                           "James Paschal": None}),
    ("convicts-apposition", {"Juma Mashaka": "fine", "Ignas Sungura": "fine"}),
])
def test_the_convicts_were_a_b_and_c(convicts: dict[str, list[Record]], key: str,
                                     people: dict[str, str | None]) -> None:
    assert {r.person: r.sentence_type for r in convicts[key]} == people


def test_a_pronoun_opening_a_clause_is_the_person_named_before_it(
        convicts: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence_type for r in convicts["clause-antecedent"]}
    assert got == {"Ripon Das": None, "Humayun Akter": None, "Abdul Karim Mollah": "life"}


# one member named out of a larger group, the member's own term told just after: the member
# still shares the group's court, day and charge
ONE_OF_MANY: dict[str, str] = {
    "those-jailed-included": "A court in Gyumri jailed nine activists on Tuesday for blocking a "
                             "highway. Those jailed included Aram Petrosyan, a blogger. He "
                             "received five years.",
    "group-included": "On Tuesday a court in Vanadzor sentenced 12 farmers to prison terms for "
                      "seizing land. The convicted group included Karen Sargsyan, a retired "
                      "teacher. He was sentenced to seven years.",
    "among-them-was": "On Tuesday a court in Gyumri sentenced 17 students to prison terms for "
                      "taking part in the protests. Among them was Lilit Hakobyan, who was "
                      "sentenced to four years.",
    "among-the-sentenced": "A court in Vanadzor jailed eight miners on Tuesday for blocking a "
                           "highway. Among the jailed miners was Davit Melkonyan, a union "
                           "leader. He got three years.",
}


@pytest.fixture(scope="module")
def one_of_many() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), ONE_OF_MANY, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city", "charge", "months"), [
    ("those-jailed-included", "Aram Petrosyan", "Gyumri", "blocking a highway", 60),
    ("group-included", "Karen Sargsyan", "Vanadzor", "seizing land", 84),
    ("among-them-was", "Lilit Hakobyan", "Gyumri", "taking part in the protests", 48),
    ("among-the-sentenced", "Davit Melkonyan", "Vanadzor", "blocking a highway", 36),
])
def test_a_named_member_shares_the_groups_case(one_of_many: dict[str, list[Record]], key: str,
                                               person: str, city: str, charge: str,
                                               months: int) -> None:
    named = [r for r in one_of_many[key] if r.person]
    assert [r.person for r in named] == [person]
    (rec,) = named
    assert (rec.city, rec.date, rec.charge, rec.sentence_months) == (
        city, dt.date(2024, 5, 14), charge, months)
    assert "member-of-group" in rec.flags
    # the group keeps its own record: one member named is no summary of it
    assert [r.group_size for r in one_of_many[key] if r.person is None] != []


NAMED_AFTER: dict[str, str] = {
    "they-are": "The High Court in Mbeya on Monday sentenced three people to 20 years in jail "
                "for armed robbery. They are Juma Mwakyusa, Peter Mollel and Ally Shabani.",
    "identified-as": "A court in Arusha on Friday sentenced two men to life in prison for "
                     "murder. They were identified as Juma Mwakyusa and Peter Mollel.",
    "range-named": "A court in Moshi on Friday jailed two traders for between five and seven "
                   "years for fraud. They are Juma Mwakyusa and Peter Mollel.",
    # a count that does not match names no one
    "count-differs": "A court in Moshi on Friday jailed three traders for five years for "
                     "fraud. They are Juma Mwakyusa and Peter Mollel.",
}


@pytest.fixture(scope="module")
def named_after() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), NAMED_AFTER, PUBLISHED)


@pytest.mark.parametrize(("key", "people", "kind", "months"), [
    ("they-are", {"Juma Mwakyusa", "Peter Mollel", "Ally Shabani"}, "prison", 240),
    ("identified-as", {"Juma Mwakyusa", "Peter Mollel"}, "life", None),
    ("range-named", {"Juma Mwakyusa", "Peter Mollel"}, "prison", None),
])
def test_a_group_named_in_the_next_sentence(named_after: dict[str, list[Record]], key: str,
                                            people: set[str], kind: str,
                                            months: int | None) -> None:
    recs = named_after[key]
    assert {r.person for r in recs} == people and len(recs) == len(people)
    assert {(r.group_size, r.sentence_type, r.sentence_months) for r in recs} == {
        (1, kind, months)}


def test_names_fewer_than_the_count_leave_the_group(
        named_after: dict[str, list[Record]]) -> None:
    assert [(r.person, r.group_size) for r in named_after["count-differs"]] == [(None, 3)]


# a member named after ", including" that closes a participle's phrase, past a role with
# initials, a capitalised title or an adjective for its noun; a member the subject of "was
# among the N defendants who fled and were sentenced"
PARTICIPLE: dict[str, str] = {
    "counted-of-convicted": "Seven of the 20 people convicted, including former party leader "
                            "Samir Haddad, live abroad.",
    "some-of-sentenced": "Some of the men sentenced, including former party leader Samir "
                         "Haddad, live abroad.",
    "some-sentenced": "The hearing, called a sham by the defence, has seen some defendants "
                      "sentenced in absentia, including intellectual Marcel Dupont.",
    "initials-title": "Five of the 30 activists jailed, including former PNR Leader Samir "
                      "Haddad, were held in Sfax.",
    "among-who-fled": "The French writer Marcel Dupont, who is said to have carried letters "
                      "abroad, was among the 20 defendants who have left the country and were "
                      "sentenced in absentia.",
    # no named member: a count, a denied outcome, no outcome at all
    "including-count": "The hearing has seen some defendants sentenced in absentia, including "
                       "two women.",
    "among-not-convicted": "Marcel Dupont was among the 20 defendants who have left the "
                           "country but were not convicted.",
    "arrested-including": "Seven of the 20 people arrested, including former party leader "
                          "Samir Haddad, live abroad.",
    # the list is of the people the convicted are "of", not of the convicted
    "supporters-of": "Supporters of the activists jailed, including lawyer Nadia Rahal, "
                     "gathered outside the court in Sfax on Monday.",
    "families-of": "Families of the protesters jailed, including activist Leila Mansour, "
                   "held a vigil outside the court in Sfax.",
}


@pytest.fixture(scope="module")
def participle() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), PARTICIPLE,
                         PUBLISHED)


@pytest.mark.parametrize(("key", "person"), [
    ("counted-of-convicted", "Samir Haddad"),
    ("some-of-sentenced", "Samir Haddad"),
    ("some-sentenced", "Marcel Dupont"),
    ("initials-title", "Samir Haddad"),
    ("among-who-fled", "Marcel Dupont"),
])
def test_a_member_named_after_the_participle_is_a_record(
        participle: dict[str, list[Record]], key: str, person: str) -> None:
    named = [r for r in participle[key] if r.person]
    assert [(r.person, r.outcome, r.group_size) for r in named] == [(person, "convicted", 1)]


@pytest.mark.parametrize("key", ["including-count", "among-not-convicted",
                                 "arrested-including", "supporters-of", "families-of"])
def test_no_named_member_without_a_name_or_an_outcome(participle: dict[str, list[Record]],
                                                      key: str) -> None:
    assert not [r for r in participle[key] if r.person]
