"""A wire's given name added in brackets to the surnames its source gave ("The court
sentenced (Andrei) Volkov ...") is one defendant's name, not a person of its own (issue 11,
fresh court news from occupied Ukraine); a wire's bracketed name after a dateline is not."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor, working_text
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "quoted-list": "\"The court sentenced (Oleg) Dorin, (Pavel) Sokol and (Ivan) Lebedev to 15 "
                   "years' imprisonment each,\" the committee said.",
    "subject": "(Marta) Kulik was jailed for nine years by a court in Donetsk, the agency said.",
    "pair": "A court in Luhansk sentenced (Roman) Gaidar and (Yuri) Melnik to 18 years in "
            "prison for shelling a school.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    got = extract_texts(RecordExtractor(ExtractConfig(ner_policy="rules")), TEXTS, PUBLISHED)
    return {key: list(res) for key, res in got.items()}


@pytest.mark.parametrize(("key", "people"), [
    ("quoted-list", ["Oleg Dorin", "Pavel Sokol", "Ivan Lebedev"]),
    ("subject", ["Marta Kulik"]),
    ("pair", ["Roman Gaidar", "Yuri Melnik"]),
])
def test_bracketed_given_names_join_their_surnames(records: dict[str, list[Record]], key: str,
                                                   people: list[str]) -> None:
    assert sorted(r.person or "" for r in records[key]) == sorted(people)


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) The court jailed Ivan Orlov.",  # a wire's name before the story
    "KYIV (Interfax) Prosecutors said",
    "(Photo) Ivan Orlov in court",  # a caption's label
    "protester Levan (Luka) Beridze was jailed",  # a second name after the first
])
def test_other_brackets_stay(text: str) -> None:
    assert working_text(text) == text
