"""A time between "were" and the participle ("were on Monday handed ten-year terms",
"were on 14 March given death sentences", "was yesterday handed"): the parse takes "were"
for the verb and the participle for its conjunct or a preposition; the subject of "were"
is still the one given the term."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record, SentenceType
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "on-weekday-handed": "Two police officers were on Monday handed 10-year jail terms for "
                         "taking bribes.",
    "on-date-given": "Three men were on 14 March given death sentences for murder.",
    "on-date-given-after": "Four farmers from Kasulu were on 2 April given 20-year prison "
                           "terms after the High Court found them guilty of cattle theft.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "size", "day", "months", "kind"), [
    ("on-weekday-handed", 2, dt.date(2023, 5, 8), 120, SentenceType.PRISON),
    ("on-date-given", 3, dt.date(2023, 3, 14), None, SentenceType.DEATH),
    ("on-date-given-after", 4, dt.date(2023, 4, 2), 240, SentenceType.PRISON),
])
def test_a_time_between_were_and_the_participle(records: dict[str, list[Record]], key: str,
                                                size: int, day: dt.date, months: int | None,
                                                kind: SentenceType) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.date) == (None, size, day)
    assert (rec.sentence_months, rec.sentence_type) == (months, kind)
