"""Lead classes read on unannotated court news, in phrasings of our own: the article's
first, unnamed defendant ("A Russian blogger has been jailed ...") is the person the very
next sentence opens with as the subject of its own doing ("Ivan Sokolov ran a channel
..."), gives as the object of "the verdict against" (or "for", "on"), or introduces with an
age in brackets ("Chen Weiming (51) had defended ..."); never a person who only speaks,
suffers, or is someone's relative, nor any name after a lead that tells of a victim (the
name may be the victim's)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "blogger": "A Russian blogger has been jailed for six years for spreading fake news. Ivan "
               "Sokolov ran a popular channel on Telegram that mocked the army.",
    "hairdresser": "A hairdresser from Omsk was given a jail term of four years on Monday. Olga "
                   "Petrova denied all the charges against her.",
    "two-verbs": "A court in Minsk sentenced a former minister to nine years in prison and "
                 "found him guilty of bribery. Pavel Zhuk was arrested at his dacha in 2022.",
    "verdict-against": "A well-known human rights lawyer was sentenced on Tuesday to three "
                       "years in prison for inciting subversion. The court in Wuhan handed "
                       "down the verdict against activist Zhou Lei at a brief hearing.",
    "ruling-on": "A former customs officer was jailed for four years for bribery on Monday. "
                 "The judge read the ruling on Omar Haddad in a packed courtroom in Tunis.",
    "verdict-victim": "A man was sentenced on Tuesday to three years in prison for killing a "
                      "neighbour. The verdict against Zhou Lei was read out at a brief hearing.",
    "bracketed-age": "A prominent rights lawyer was jailed for three years on Tuesday. Chen "
                     "Weiming (51) had defended farmers in land disputes.",
    "victim-died": "A man was jailed for ten years for killing a cyclist in Hull. Mary Hughes "
                   "died at the scene.",
    "victim-lead": "A man was jailed for ten years for killing a cyclist in Hull. Mary Hughes "
                   "was struck from behind.",
    "speaker": "A man was jailed for fraud in Leeds on Monday. Detective Sergeant Paul Lee said "
               "the case was complex.",
    "relative": "A man was jailed for fraud in Leeds on Monday. Sarah Jones, his sister, wept "
                "in court.",
    "said-person": "A man was jailed for fraud in Leeds on Monday. Sarah Jones told reporters "
                   "she was relieved.",
    "vowed": "A former minister was jailed for graft on Monday. Ivan Petrov, the prime "
             "minister, has repeatedly vowed to fight corruption.",
    "presided": "A former minister was jailed for graft on Monday. Ivan Petrov presided over "
                "the three-day trial.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("blogger", "Ivan Sokolov", 72),
    ("hairdresser", "Olga Petrova", 48),
    ("two-verbs", "Pavel Zhuk", 108),
    ("bracketed-age", "Chen Weiming", 36),
    ("verdict-against", "Zhou Lei", 36),
    ("ruling-on", "Omar Haddad", 48),
])
def test_lead_is_the_person_the_next_sentence_opens_with(
        records: dict[str, list[Record]], key: str, person: str, months: int) -> None:
    got = records[key]
    assert [(r.person, r.sentence_months) for r in got] == [(person, months)]


@pytest.mark.parametrize("key", ["victim-died", "victim-lead", "speaker", "relative",
                                 "said-person", "vowed", "presided", "verdict-victim"])
def test_lead_stays_unnamed(records: dict[str, list[Record]], key: str) -> None:
    got = records[key]
    assert len(got) == 1
    assert got[0].person is None and got[0].group_size == 1


# "the prison term" after a lead that told the term's length: that length (a restatement of
# the lead's term, whether for the one person the lead was about or for a group's members)
TERM_TEXTS: dict[str, str] = {
    "handed-the-term": "TIANJIN — A court on Wednesday jailed a prominent activist for seven "
                       "years and six months on subversion charges. Li Dong was handed the "
                       "prison term by the city's No. 2 People's Court.",
    "received-the-sentence": "KABUL — An anti-graft court sentenced a customs officer to six "
                             "years in prison for bribery on Sunday. Ahmad Zia received the "
                             "prison sentence in a brief hearing.",
    "members-to-prison": "KAMPALA — A military court has sentenced three opposition supporters "
                         "to two years in prison for sedition. The people sentenced to prison "
                         "are Ann Obi, Ben Ade and Carl Eze.",
}


@pytest.fixture(scope="module")
def term_records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TERM_TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "count", "months"), [
    ("handed-the-term", 1, 90),
    ("received-the-sentence", 1, 72),
    ("members-to-prison", 3, 24),
])
def test_the_term_is_the_length_told_before(term_records: dict[str, list[Record]], key: str,
                                            count: int, months: int) -> None:
    got = term_records[key]
    assert len(got) == count
    assert all(r.person and r.sentence_months == months for r in got)
