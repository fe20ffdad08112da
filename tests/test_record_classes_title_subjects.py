"""A title before a name is that person's title only when nothing stands between them but
words of the name's own phrase: "Prosecutors identified X, an outspoken lawyer, as the
organiser" makes the prosecutors the verb's subject and X the one identified, whom a later
"He was sentenced" continues; "Judge X", "Defence lawyer X said" stay officials."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "identified": "Prosecutors identified Bakyt Osmonov, an outspoken lawyer, as the organiser "
                  "of the riots.\n\nHe was sentenced to 12 years in prison in Osh.",
    "described": "The prosecutor described Nilufar Rahimova, a local blogger, as the author of "
                 "the posts. She was sentenced to five years in prison in Khorog.",
    # near misses: the title is the name's own
    "defence-lawyer": "Defence lawyer Aibek Turgunov said his client, Marat Osmonov, was "
                      "sentenced to eight years.",
    "judge": "Judge Aibek Turgunov sentenced Marat Osmonov to eight years in prison.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months", "city"), [
    ("identified", "Bakyt Osmonov", 144, "Osh"),
    ("described", "Nilufar Rahimova", 60, "Khorog"),
])
def test_the_one_a_titled_subject_names_is_no_official(records: dict[str, list[Record]],
                                                       key: str, person: str, months: int,
                                                       city: str) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.sentence_months, rec.city) == (person, months, city)


@pytest.mark.parametrize("key", ["defence-lawyer", "judge"])
def test_a_title_of_the_name_itself_stays(records: dict[str, list[Record]], key: str) -> None:
    assert [r.person for r in records[key]] == ["Marat Osmonov"]
