"""An earlier conviction told by a noun phrase, not an outcome verb ("X, who had a previous
conviction for Y", "X had previous convictions for Y", "the judge referred to X's prior
convictions for Y", "her earlier four-year sentence", "was released following a three-year
prison term", "freed after serving a four-year term for Y") is a record of its own beside the
story's one, with what the phrase states and no day or court of the story's. Not one: "no
previous convictions", an appeal cutting "his earlier sentence", the story's own term served
before release, a term of an unnamed or ambiguous owner."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 2, 16)

TEXTS: dict[str, str] = {
    "relative-had": "Tomas Kerr was jailed for three years for drink-driving at Tralee Circuit "
                    "Court on Monday. Kerr, who had a previous conviction for dangerous driving "
                    "from 2011, was also banned from driving for ten years.",
    "had-plural": "Imre Lask was jailed for life at the Old Bailey on Friday for murder. Lask had "
                  "previous convictions for burglary, the court heard.",
    "possessive-name": "Ben Hurst was fined $5,000 for contempt of court in Perth on Tuesday. "
                       "The judge referred to Hurst's prior convictions for perjury.",
    "possessive-term": "A court in Loma sentenced Mara Voss to three years in prison for "
                       "corruption on Monday. Voss has led the party for a decade, but her "
                       "earlier four-year sentence already meant she could not stand.",
    "released-following": "A court in Orvik on Monday sentenced Nadia Roe to two years in "
                          "prison for insulting officials. She was arrested months after she "
                          "was released following a three-year prison term for her role in "
                          "the strike.",
    "freed-after-serving": "A court in Orvik on Monday sentenced Nadia Roe to two years in "
                           "prison for insulting officials. Roe was freed in 2019 after "
                           "serving a four-year prison term for organising a protest.",
    # none
    "no-previous": "Ben Hurst was fined $5,000 for contempt of court in Perth on Tuesday. The "
                   "judge noted that Hurst had no previous convictions for violence.",
    "appeal-cut": "Ben Hurst was jailed for five years for fraud in Perth on Tuesday. The appeal "
                  "court later cut his earlier sentence of seven years.",
    "own-term-served": "A court in Orvik sentenced Nadia Roe to four years in prison for fraud "
                       "in 2015. Roe was freed in 2019 after serving her four-year prison term "
                       "for fraud.",
    "two-named": "Ana Lind and Eva Moss were jailed for two years for theft in Kalmar on "
                 "Monday. Her previous conviction for fraud was not mentioned.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "before"), [
    ("relative-had", "Tomas Kerr", (None, "dangerous driving")),
    ("had-plural", "Imre Lask", (None, "burglary")),
    ("possessive-name", "Ben Hurst", (None, "perjury")),
    ("possessive-term", "Mara Voss", (48, None)),
    ("released-following", "Nadia Roe", (36, None)),
    ("freed-after-serving", "Nadia Roe", (48, "organising a protest")),
])
def test_a_prior_told_by_a_noun_is_a_record_of_its_own(records: dict[str, list[Record]],
                                                       key: str, person: str,
                                                       before: tuple[int | None, str | None]
                                                       ) -> None:
    recs = records[key]
    assert {r.person for r in recs} == {person} and len(recs) == 2, recs
    (old,) = [r for r in recs if (r.sentence_months, r.charge) == before]
    assert old.date is None and old.city is None
    (now,) = [r for r in recs if r is not old]
    assert now.charge != before[1]  # the story's record keeps its own offence


@pytest.mark.parametrize("key", ["no-previous", "appeal-cut", "own-term-served", "two-named"])
def test_no_prior_record(records: dict[str, list[Record]], key: str) -> None:
    recs = records[key]
    assert len(recs) == len({r.person for r in recs}), recs
    assert all(r.rule_id != "prior-noun" for r in recs)
