""""One of the best-known bloggers in Osh, A B, was jailed": the name set off by commas that
closes the phrase of "one" is the defendant, wherever the parse hangs it (often on the
place just before it), and not a group of one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "subject-place": "One of the most respected journalists and activists in Kashkadarya, "
                     "Dauletmurad Tajimuradov, was sentenced to 16 years in a strict regime "
                     "colony.",
    "subject-short": "One of the bloggers in Osh, Ulukbek Sadyrbaev, received seven years.",
    "object": "A court in Osh on Monday sentenced one of the bloggers from Jalal-Abad, Ulukbek "
              "Sadyrbaev, to seven years.",
    "organisers": "One of the protest organisers from Nukus, Kuanyshbek Tajimuradov, was jailed "
                  "for ten years on Monday.",
    # the named one speaks of another's sentence: no record for the speaker
    "speaker": "One of the victims in Osh, Ulukbek Sadyrbaev, said the sentence of seven years "
               "handed to the attacker was too light.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [
    ("subject-place", "Dauletmurad Tajimuradov", 192),
    ("subject-short", "Ulukbek Sadyrbaev", 84),
    ("object", "Ulukbek Sadyrbaev", 84),
    ("organisers", "Kuanyshbek Tajimuradov", 120),
])
def test_the_name_closing_one_of_is_the_defendant(records: dict[str, list[Record]], key: str,
                                                  person: str, months: int) -> None:
    (rec,) = records[key]
    assert (rec.person, rec.group_size, rec.sentence_months) == (person, 1, months)
    assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence


def test_a_speaker_named_after_one_of_the_victims_is_no_defendant(
        records: dict[str, list[Record]]) -> None:
    assert all(r.person != "Ulukbek Sadyrbaev" for r in records["speaker"])
