"""Recall classes read on unannotated court news, in phrasings of our own: "the exact / very
same sentence" restates a co-defendant's sentence as "the same sentence" does; "condemned X to
N years" is a sentencing verb, while "condemned the ruling" is criticism; "along with" /
"together with" beside a trigger's argument names co-defendants ("found members, along with
leader X, guilty"), but not after the offence nor beside the bench; "sentenced life
imprisonment to MP X" gives the term to the object of "to", as "awarded ... to X" does."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, only_record

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    # the same sentence, intensified
    "exact-same-both": "A court in Dublin sentenced Olen Marsh to four years in prison for "
                       "fraud on Tuesday. His accountant, Pera Lind, and the 60-year-old "
                       "notary, Gus Havel, both received the exact same sentence.",
    "very-same": "Judge Rami Tolk jailed Vessa Krin for three years for bribery in Oslo on "
                 "Monday. Her deputy Mato Brisk received the very same sentence.",
    "exactly-same": "A court in Leeds sentenced Aldo Fenn to two years in prison for arson. "
                    "His brother Bruno Kast got exactly the same sentence.",
    # condemned to a term
    "condemned-group": "The High Court in Nairobi yesterday condemned five people each to 15 "
                       "years in prison over robbery.",
    "condemned-death": "A court in Lyon condemned Arno Basch to death for murder on Monday.",
    "condemned-apposed": "The judge in Geneva condemned the former mayor, Lisa Pent, to six "
                         "years in jail for embezzlement.",
    "condemned-passive": "Omar Dreff was condemned to life imprisonment by a court in Cairo "
                         "for the bombing.",
    "condemned-ruling": "Rights groups condemned the ruling against Pavel Orn as politically "
                        "motivated.",
    "condemned-move": "Lawyers condemned the decision to hold the trial of Rina Salt in "
                      "Ankara behind closed doors.",
    # co-defendants "along with" the argument
    "along-uncounted": "The court in Athens found prominent members, along with leader Nikos "
                       "Vardakis, guilty of leading a criminal group.",
    "together-appos": "A court in Lyon found several officers, together with their commander "
                      "Jan Volk, guilty of torture.",
    "along-role-name": "The judge in Porto sentenced two guards, along with the prison "
                       "director, Rui Sales, to four years in prison for abuse.",
    "along-kin": "A court in Lyon convicted Marc Dorin, along with his brother Paul Dorin, of "
                 "tax fraud.",
    "along-bench": "The judge in Porto, along with two assessors, sentenced Rui Sales to four "
                   "years in prison for abuse.",
    "along-after-offence": "A court in Lyon convicted Marc Dorin of assaulting a neighbour "
                           "along with his wife.",
    "along-ban": "Jan Volk was jailed for three years in Lyon for fraud, along with a "
                 "five-year ban from company boards.",
    # the term before its recipient
    "term-to-mp": "The Anti-Terrorism Court in Lahore sentenced life imprisonment to Member of "
                  "Provincial Assembly Rana Saleem for murder.",
    "term-to-name": "The court in Multan sentenced five years imprisonment to Asif Noor for "
                    "fraud.",
    "term-to-title": "The High Court in Peshawar has sentenced life imprisonment to MP Tariq "
                     "Jan for the riot.",
    "person-to-term-to-run": "A court in Leeds sentenced Dan Reed to life imprisonment, to run "
                             "concurrently with his earlier term.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "first", "others"), [
    ("exact-same-both", "Olen Marsh", ["Pera Lind", "Gus Havel"]),
    ("very-same", "Vessa Krin", ["Mato Brisk"]),
    ("exactly-same", "Aldo Fenn", ["Bruno Kast"]),
])
def test_the_exact_same_sentence_restates_it(records: dict[str, list[Record]], key: str,
                                             first: str, others: list[str]) -> None:
    recs = records[key]
    assert [r.person for r in recs] == [first, *others]
    for rec in recs[1:]:
        assert "same sentence" in (rec.sentence or "")
        assert (rec.sentence_type, rec.outcome) == (recs[0].sentence_type, "convicted")


@pytest.mark.parametrize(("key", "person", "size", "months", "kind"), [
    ("condemned-group", None, 5, 180, "prison"),
    ("condemned-death", "Arno Basch", 1, None, "death"),
    ("condemned-apposed", "Lisa Pent", 1, 72, "prison"),
    ("condemned-passive", "Omar Dreff", 1, None, "life"),
])
def test_condemned_to_a_term_is_a_sentence(records: dict[str, list[Record]], key: str,
                                           person: str | None, size: int, months: int | None,
                                           kind: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.group_size, rec.sentence_months, rec.sentence_type,
            rec.outcome) == (person, size, months, kind, "convicted")


@pytest.mark.parametrize("key", ["condemned-ruling", "condemned-move"])
def test_condemning_as_criticism_is_no_record(records: dict[str, list[Record]],
                                              key: str) -> None:
    assert records[key] == []


@pytest.mark.parametrize(("key", "people"), [
    ("along-uncounted", ["Nikos Vardakis"]),
    ("together-appos", ["Jan Volk"]),
    ("along-role-name", [None, "Rui Sales"]),
    ("along-kin", ["Marc Dorin", "Paul Dorin"]),
])
def test_along_with_names_co_defendants(records: dict[str, list[Record]], key: str,
                                        people: list[str | None]) -> None:
    recs = records[key]
    assert [r.person for r in recs] == people
    assert len({(r.charge, r.sentence, r.outcome) for r in recs}) == 1


@pytest.mark.parametrize(("key", "people"), [
    ("along-bench", ["Rui Sales"]),
    ("along-after-offence", ["Marc Dorin"]),
    ("along-ban", ["Jan Volk"]),
])
def test_along_with_elsewhere_names_nobody(records: dict[str, list[Record]], key: str,
                                           people: list[str]) -> None:
    assert [r.person for r in records[key]] == people


@pytest.mark.parametrize(("key", "person", "months", "kind"), [
    ("term-to-mp", "Rana Saleem", None, "life"),
    ("term-to-name", "Asif Noor", 60, "prison"),
    ("term-to-title", "Tariq Jan", None, "life"),
    ("person-to-term-to-run", "Dan Reed", None, "life"),
])
def test_a_term_sentenced_to_its_recipient(records: dict[str, list[Record]], key: str,
                                          person: str, months: int | None, kind: str) -> None:
    rec = only_record(records, TEXTS, key)
    assert (rec.person, rec.sentence_months, rec.sentence_type, rec.outcome) == (
        person, months, kind, "convicted")
