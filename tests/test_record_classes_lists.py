"""Several defendants, each given their own term, in one sentence or one list: a give verb
with a bare term for its second object ("gave A 12 years and B nine years"), terms in
brackets after each name ("A (7 years), B (6 years) and C (3 years) were convicted"), a list
after a colon ("the following sentences: A, seven years; B, six years"; one a line), and
acquittals beside terms. Each name gets its own term and the sentence's shared charge, place
and date; no record takes another item's term, and a bracket that holds no term (a party, an
age) makes no list."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)  # a Friday

TEXTS: dict[str, str] = {
    # a give verb with a bare term for its second object
    "gave-one": "A court in Vitebsk gave Ihar Lobach 12 years for treason on Friday.",
    "gave-colony": "The Brest regional court gave Andrei Zhuk eight years in a strict-regime "
                   "colony.",
    "gave-two": "The Lviv court gave Taras Melnyk 11 years and Bohdan Kravets seven years for "
                "sabotage.",
    "handed-three": "On Monday a Gomel court handed Ales Kovalenko six and a half years, Pavel "
                    "Sidorenko five years and Maria Zhuk three years for organising mass riots.",
    "judge-gave": "Judge Karimova gave Rustam Aliev seven years for extortion.",
    "gave-days-to-appeal": "The judge gave Tom Smith 14 days to appeal.",
    "gave-surnames": "The court gave Yildiz seven years and Demir six years.",
    "gave-coordinated": "The Lviv court gave Taras Melnyk and Bohdan Kravets eight years each "
                        "for sabotage.",
    "gave-term-and-fine": "The court gave Tom Hall three months in jail and Mary Hall a "
                          "500-pound fine.",
    "gave-a-term-each": "The court gave Taras Melnyk a 12-year sentence and Bohdan Kravets a "
                        "nine-year term.",
    "gave-deadline-to-pay": "The judge gave Tom Hall two weeks to pay the fine.",
    # terms in brackets
    "brackets-surnames": "Arslan (7 years and 6 months), Polat (6 years) and Kaya (3 years and 9 "
                         "months) were convicted by the Istanbul court on Friday of "
                         "\"membership of an armed organisation\".",
    "brackets-full": "Serkan Arslan (seven years), Emre Polat (six years) and Zeynep Kaya (three "
                     "years and nine months) were convicted by the Istanbul court on Friday of "
                     "\"membership of an armed organisation\".",
    "brackets-after-verb": "The Ankara court on Tuesday sentenced the journalists Serkan Arslan "
                           "(six years), Emre Polat (five years) and Zeynep Kaya (two years and "
                           "six months) for \"terrorist propaganda\".",
    "brackets-jailed": "Hughes (18 months) and Baxter (two years) were jailed at Leeds Crown "
                       "Court on Monday for burglary.",
    "brackets-copular": "Among those convicted were Pavel Zhuk (12 years in a strict-regime "
                        "colony) and Olga Sidorenko (nine years).",
    "brackets-dashes": "Three journalists – Ahmet Kaya (six years and three months), Mehmet "
                       "Celik (three years and nine months) and Ayse Demir (one year and three "
                       "months) – were convicted on Tuesday.",
    "brackets-kinds": "Serkan Arslan (six years, suspended) and Emre Polat (two years in "
                      "prison) were convicted on Friday.",
    "brackets-ago": "Hughes (2 years ago) and Baxter (3 years ago) were convicted of fraud on "
                    "Friday.",
    "brackets-old": "Serkan Arslan (45 years old) and Emre Polat (38 years old) were convicted "
                    "of fraud on Friday.",
    "brackets-parties": "Arslan (AKP), Polat (CHP) and Kaya (HDP) were convicted of insulting "
                        "the president on Friday.",
    "brackets-ages": "Serkan Arslan (41) and Emre Polat (35) were each sentenced to five years "
                     "on Friday.",
    # a list after a colon, one item a name and its term
    "following-handed": "ISTANBUL — The court handed down the following sentences on Tuesday: "
                        "Serkan Arslan, seven years and six months; Emre Polat, six years; "
                        "Zeynep Kaya, three years and nine months.",
    "as-follows": "The defendants were sentenced as follows: Serkan Arslan, seven years and six "
                  "months; Emre Polat, six years; Zeynep Kaya, three years and nine months.",
    "as-follows-dashes": "On Friday the Almaty court sentenced the activists as follows: Yerlan "
                         "Kaliyev – 10 years, Daniyar Omarov – eight years, and Aigul Bekova – "
                         "five years of restricted freedom.",
    "passed-roles": "The Ankara court passed the following sentences: Arslan, a journalist, six "
                    "years; Polat, 45, four years and two months; and Kaya, a suspended sentence "
                    "of two years.",
    "commas": "The court handed down the sentences: Arslan, seven years, Polat, six years, and "
              "Kaya, five years.",
    "colon-acquitted-item": "The court passed the following sentences: Tom Hughes, seven "
                            "years; Adam Baxter, acquitted; Mark Fowler, six years.",
    "colon-ner-runs-on": "The following sentences were handed down on Monday: Tom Hughes - 7 "
                         "years, Adam Baxter - 5 years.",
    "bullets": "Those convicted on Monday in Ankara were:\n- Serkan Arslan, editor, 7 years 6 "
               "months\n- Emre Polat, reporter, 6 years 3 months\n- Zeynep Kaya, columnist, 3 "
               "years 9 months\n",
    "sentences-were": "The sentences were: Pavel Zhuk, 10 years; Olga Sidorenko, eight years.",
    "sentenced-colon-to": "The Minsk court sentenced: Pavel Zhuk – to 10 years, Olga Sidorenko "
                          "– to 8 years.",
    "sentences-were-no-list": "The sentences were harsh: Pavel Zhuk said he would appeal his "
                              "ten years.",
    # items that each carry their own participle or relative clause
    "participle-items": "Among those sentenced were Serkan Arslan, known as the Professor, given "
                        "20 years in prison, and former city councillor Emre Polat, sentenced to "
                        "eight years.",
    "relative-items": "Among those convicted were Serkan Arslan, who got 20 years in prison, and "
                      "Emre Polat, who was sentenced to eight years.",
    "aged-gapped": "Nguyen Van Long, 44, was sentenced to three years and Tran Minh Duc, 43, to "
                   "two years in prison.",
    "pair-participle": "Serkan Arslan and Emre Polat, sentenced to five years each on Friday, "
                       "have filed an appeal.",
    "pair-relative": "Serkan Arslan and Emre Polat, who were sentenced to five years each on "
                     "Friday, have filed an appeal.",
    # "respectively" across two outcome verbs
    "respectively-two-verbs": "A court in Dushanbe sentenced opposition leader Suhrob Kamolov, "
                              "and his colleague Nasim Sharipov has been sentenced for extremism "
                              "to 30 years and 20 years in prison, respectively.",
    "respectively-after-one": "Serkan Arslan was sentenced to five years, while Emre Polat and "
                              "Zeynep Kaya got three and four years respectively.",
    "respectively-in-a-run": "Judge Nino Abashidze sentenced Levan Tsiklauri to 10-day "
                             "administrative detention; Dato Beridze and Gela Kapanadze – to "
                             "8-day and 6-day administrative detentions, respectively; and Saba "
                             "Lomidze to a 3-day detention.",
    "respectively-counts": "Tom Hughes was found guilty of assault and witness tampering and "
                           "sentenced to 20 years and 10 years in prison, respectively.",
    # acquittals and terms in one sentence or two
    "acquitted-semicolon": "Serkan Arslan and Emre Polat were acquitted; Zeynep Kaya received "
                           "15 months in prison.",
    "acquitted-next": "An Istanbul court on Wednesday acquitted Serkan Arslan and Emre Polat. "
                      "Zeynep Kaya received 15 months.",
    "acquitted-while": "An Istanbul court on Wednesday acquitted Serkan Arslan and Emre Polat, "
                       "while Zeynep Kaya was sentenced to 15 months in prison for \"insulting "
                       "the president\".",
    "of-the-defendants": "Of the 25 defendants, 14 were convicted by the Istanbul court on Friday.",
    "of-the-defendants-split": "Of the 25 defendants, 14 were convicted and 11 were acquitted "
                               "by the Istanbul court on Friday.",
    # shapes that worked before: kept
    "each-then-each": "ISTANBUL — A Turkish court on Thursday sentenced five journalists to "
                      "prison. Serkan Arslan and Emre Polat were each sentenced to six years "
                      "and three months for \"membership of a terrorist organisation\". Zeynep "
                      "Kaya, Elif Sahin and Hakan Dogan received three years and nine months "
                      "each for \"spreading terrorist propaganda\".",
    "sentenced-gapped": "The Ankara court sentenced Serkan Arslan to seven years, and Emre Polat "
                        "to six years.",
    "two-other": "The court in Osh sentenced Azamat Usenov to 10 years. Two other defendants, "
                 "Bakyt Toktogulov and Nurlan Asanov, received eight years each.",
    # an argument phrase the parse broke at a possessive
    "editor-and-one-of": "Gazeta's editor-in-chief Murat Yalcin and one of its reporters, Elif "
                         "Sahin, have been sentenced to two years and six months for insulting "
                         "officials.",
    "party-supporter": "On May 3 a court in Shymkent sentenced a Free Party supporter, Nurlan "
                       "Abenov, to one year of restricted freedom.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _months(records: dict[str, list[Record]], key: str) -> dict[str | None, float | None]:
    recs = records[key]
    for rec in recs:  # the evidence is the text's own, at its offsets
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    months = {r.person: r.sentence_months for r in recs}
    assert len(months) == len(recs), recs  # one record a person
    return months


@pytest.mark.parametrize(("key", "months"), [
    ("gave-one", {"Ihar Lobach": 144}),
    ("gave-colony", {"Andrei Zhuk": 96}),
    ("gave-two", {"Taras Melnyk": 132, "Bohdan Kravets": 84}),
    ("handed-three", {"Ales Kovalenko": 78, "Pavel Sidorenko": 60, "Maria Zhuk": 36}),
    ("judge-gave", {"Rustam Aliev": 84}),
    ("gave-coordinated", {"Taras Melnyk": 96, "Bohdan Kravets": 96}),
    ("gave-term-and-fine", {"Tom Hall": 3, "Mary Hall": None}),
    ("gave-a-term-each", {"Taras Melnyk": 144, "Bohdan Kravets": 108}),
    ("sentences-were", {"Pavel Zhuk": 120, "Olga Sidorenko": 96}),
    ("sentenced-colon-to", {"Pavel Zhuk": 120, "Olga Sidorenko": 96}),
    ("brackets-surnames", {"Arslan": 90, "Polat": 72, "Kaya": 45}),
    ("brackets-full", {"Serkan Arslan": 84, "Emre Polat": 72, "Zeynep Kaya": 45}),
    ("brackets-after-verb", {"Serkan Arslan": 72, "Emre Polat": 60, "Zeynep Kaya": 30}),
    ("brackets-jailed", {"Hughes": 18, "Baxter": 24}),
    ("brackets-copular", {"Pavel Zhuk": 144, "Olga Sidorenko": 108}),
    ("brackets-ages", {"Serkan Arslan": 60, "Emre Polat": 60}),
    ("brackets-kinds", {"Serkan Arslan": 72, "Emre Polat": 24}),
    ("brackets-dashes", {"Ahmet Kaya": 75, "Mehmet Celik": 45, "Ayse Demir": 15}),
    ("following-handed", {"Serkan Arslan": 90, "Emre Polat": 72, "Zeynep Kaya": 45}),
    ("as-follows", {"Serkan Arslan": 90, "Emre Polat": 72, "Zeynep Kaya": 45}),
    ("as-follows-dashes", {"Yerlan Kaliyev": 120, "Daniyar Omarov": 96, "Aigul Bekova": 60}),
    ("passed-roles", {"Arslan": 72, "Polat": 50, "Kaya": 24}),
    ("commas", {"Arslan": 84, "Polat": 72, "Kaya": 60}),
    ("colon-ner-runs-on", {"Tom Hughes": 84, "Adam Baxter": 60}),
    ("bullets", {"Serkan Arslan": 90, "Emre Polat": 75, "Zeynep Kaya": 45}),
    ("each-then-each", {"Serkan Arslan": 75, "Emre Polat": 75, "Zeynep Kaya": 45,
                        "Elif Sahin": 45, "Hakan Dogan": 45}),
    ("sentenced-gapped", {"Serkan Arslan": 84, "Emre Polat": 72}),
    ("two-other", {"Azamat Usenov": 120, "Bakyt Toktogulov": 96, "Nurlan Asanov": 96}),
    ("participle-items", {"Serkan Arslan": 240, "Emre Polat": 96}),
    ("relative-items", {"Serkan Arslan": 240, "Emre Polat": 96}),
    ("aged-gapped", {"Nguyen Van Long": 36, "Tran Minh Duc": 24}),
    ("pair-participle", {"Serkan Arslan": 60, "Emre Polat": 60}),
    ("pair-relative", {"Serkan Arslan": 60, "Emre Polat": 60}),
    ("respectively-in-a-run", {"Levan Tsiklauri": 0.33, "Dato Beridze": 0.27,
                               "Gela Kapanadze": 0.2, "Saba Lomidze": 0.1}),
    ("respectively-counts", {"Tom Hughes": 240}),  # one person's counts: the main term
    ("respectively-after-one", {"Serkan Arslan": 60, "Emre Polat": 36, "Zeynep Kaya": 48}),
    ("editor-and-one-of", {"Murat Yalcin": 30, "Elif Sahin": 30}),
    ("party-supporter", {"Nurlan Abenov": 12}),
])
def test_each_defendant_takes_their_own_term(records: dict[str, list[Record]], key: str,
                                             months: dict[str, int]) -> None:
    assert _months(records, key) == months


@pytest.mark.parametrize("key", ["gave-two", "handed-three", "brackets-surnames",
                                 "brackets-full"])
def test_the_list_shares_its_charge_place_and_date(records: dict[str, list[Record]],
                                                   key: str) -> None:
    recs = records[key]
    assert len({(r.charge, r.city, r.date) for r in recs}) == 1
    assert recs[0].charge is not None and recs[0].city is not None


def test_bracketed_list_slots(records: dict[str, list[Record]]) -> None:
    for rec in records["brackets-surnames"]:
        assert (rec.city, rec.date, rec.charge, rec.outcome.value) == (
            "Istanbul", dt.date(2024, 5, 17), "membership of an armed organisation",
            "convicted")
        assert rec.sentence_type is not None and rec.sentence_type.value == "prison"


def test_colon_list_slots(records: dict[str, list[Record]]) -> None:
    recs = records["following-handed"]
    assert {(r.city, r.date) for r in recs} == {("Istanbul", dt.date(2024, 5, 14))}
    assert [r.sentence for r in recs] == ["seven years and six months", "six years",
                                          "three years and nine months"]
    kinds = {r.person: r.sentence_type.value for r in records["passed-roles"]
             if r.sentence_type is not None}
    assert kinds == {"Arslan": "prison", "Polat": "prison", "Kaya": "suspended"}


@pytest.mark.parametrize("key", ["brackets-ago", "brackets-old"])
def test_a_bracketed_time_or_age_is_no_term(records: dict[str, list[Record]], key: str) -> None:
    """"(2 years ago)", "(45 years old)": a time or an age in brackets gives no one a term."""
    recs = records[key]
    assert recs and all(r.sentence is None and r.sentence_months is None for r in recs)
    assert {r.person for r in recs} <= {"Hughes", "Baxter", "Serkan Arslan", "Emre Polat"}


def test_a_bracketed_term_keeps_its_kind(records: dict[str, list[Record]]) -> None:
    kinds = {r.person: (r.sentence, r.sentence_type.value if r.sentence_type else None)
             for r in records["brackets-kinds"]}
    assert kinds == {"Serkan Arslan": ("six years, suspended", "suspended"),
                     "Emre Polat": ("two years in prison", "prison")}


def test_a_respective_list_is_split_for_the_second_verb(
        records: dict[str, list[Record]]) -> None:
    """The second verb's defendant takes their own length of a "respectively" list, never
    the list's longest; the first verb's gets none it cannot pair."""
    months = _months(records, "respectively-two-verbs")
    assert months.get("Nasim Sharipov") == 240
    assert months.get("Suhrob Kamolov") in {None, 360}


def test_an_acquittal_inside_a_colon_list(records: dict[str, list[Record]]) -> None:
    """"A, seven years; B, acquitted; C, six years": B's own outcome, and C keeps the term
    after it (not A's)."""
    got = {r.person: (r.outcome.value, r.sentence_months)
           for r in records["colon-acquitted-item"]}
    assert got == {"Tom Hughes": ("convicted", 84), "Adam Baxter": ("acquitted", None),
                   "Mark Fowler": ("convicted", 72)}


def test_bullet_term_in_two_units_stays_whole(records: dict[str, list[Record]]) -> None:
    assert [r.sentence for r in records["bullets"]] == [
        "7 years 6 months", "6 years 3 months", "3 years 9 months"]


@pytest.mark.parametrize("key", ["gave-days-to-appeal", "gave-deadline-to-pay",
                                 "sentences-were-no-list"])
def test_no_list_no_record(records: dict[str, list[Record]], key: str) -> None:
    """A deadline given to someone is no term; "the sentences were" names defendants only
    through the list after its colon."""
    assert records[key] == []


def test_a_name_takes_the_term_right_after_it(records: dict[str, list[Record]]) -> None:
    """"gave Yildiz seven years and Demir six years" where the NER may know only one of the
    surnames: whoever is read keeps the term right after their name, never the first one
    after the verb."""
    months = _months(records, "gave-surnames")
    assert months.items() <= {"Yildiz": 84, "Demir": 72}.items()


def test_the_judge_is_no_defendant(records: dict[str, list[Record]]) -> None:
    assert only_record(records, TEXTS, "judge-gave").person == "Rustam Aliev"


def test_brackets_without_terms_make_no_list(records: dict[str, list[Record]]) -> None:
    """Parties in brackets: no record gets a term, and none is a party."""
    recs = records["brackets-parties"]
    assert all(r.sentence is None and r.sentence_months is None for r in recs)
    assert not {r.person for r in recs} & {"AKP", "CHP", "HDP"}


@pytest.mark.parametrize("key", ["acquitted-semicolon", "acquitted-next", "acquitted-while"])
def test_acquittals_beside_a_term(records: dict[str, list[Record]], key: str) -> None:
    got = {r.person: (r.outcome.value, r.sentence_months) for r in records[key]}
    assert got == {"Serkan Arslan": ("acquitted", None), "Emre Polat": ("acquitted", None),
                   "Zeynep Kaya": ("convicted", 15)}


def test_of_the_defendants_is_the_convicted_subgroup(records: dict[str, list[Record]]) -> None:
    """"Of the 25 defendants, 14 were convicted": a group of 14, never one of 25."""
    rec = only_record(records, TEXTS, "of-the-defendants")
    assert (rec.person, rec.group_size, rec.outcome.value) == (None, 14, "convicted")
    sizes = {(r.group_size, r.outcome.value) for r in records["of-the-defendants-split"]}
    assert sizes == {(14, "convicted"), (11, "acquitted")}
