"""A counted group coordinated after a first object with both the verb and its "to" gapped
("sentenced three men to death ... and five others life in prison", "A to death and two
others 10 years each"; wire reports of war-crimes tribunals): the group is a record of its
own with the term right after it; "three persons including two leaders to death" is a death
sentence; named defendants of a death sentence are no members of a life group beside it.
Phrasings of our own; near misses where the words after the group are no term stay one
record."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2023, 5, 12)

TEXTS: dict[str, str] = {
    "groups": "A court in Rajpur sentenced three men to death on Monday and five others life in "
              "prison for murder.",
    "named-then-group": "The tribunal in Rajpur sentenced Omar Khan to death and two others 10 "
                        "years each for the attack.",
    "including": "A tribunal in Rajpur sentenced three persons including two party leaders to "
                 "death on Monday.",
    # the group of the other kind stays when the next sentence names the first group
    "named-after": "A tribunal in Rajpur sentenced three men to death on Monday and four others "
                   "to life in prison for the massacre. The tribunal found Karim Uddin, Jalal "
                   "Mia and Rafiq Sheikh guilty of the charges.",
    # the lead's group named after it beside a fifth of another kind
    "lead-then-five": "A court in Dunmore gave the death sentence to four militants for the "
                      "attack. The court handed down the penalty to Ali Raza, Omar Khan, Bilal "
                      "Aziz and Imran Shah on nine counts each, and 25-year imprisonment to their "
                      "fifth accomplice Tariq Mehmood.",
    # near misses
    "remain": "A court in Rajpur sentenced three men to death on Monday, while five others "
              "remain in custody.",
    "years-ago": "A court in Rajpur sentenced three men to death on Monday, as it did with two "
                 "others 10 years ago.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), [
    ("groups", {(None, 3, "death", None), (None, 5, "life", None)}),
    ("named-then-group", {("Omar Khan", 1, "death", None), (None, 2, "prison", 120)}),
    ("including", {(None, 3, "death", None)}),
    ("named-after", {("Karim Uddin", 1, "death", None), ("Jalal Mia", 1, "death", None),
                     ("Rafiq Sheikh", 1, "death", None), (None, 4, "life", None)}),
    ("lead-then-five", {("Ali Raza", 1, "death", None), ("Omar Khan", 1, "death", None),
                        ("Bilal Aziz", 1, "death", None), ("Imran Shah", 1, "death", None),
                        ("Tariq Mehmood", 1, "prison", 300)}),
    ("remain", {(None, 3, "death", None)}),
    ("years-ago", {(None, 3, "death", None)}),
])
def test_a_gapped_group_takes_the_term_after_it(
        records: dict[str, list[Record]], key: str,
        expected: set[tuple[str | None, int, str, int | None]]) -> None:
    got = {(r.person, r.group_size, r.sentence_type, r.sentence_months) for r in records[key]}
    assert got == expected, records[key]
    assert len(records[key]) == len(expected)
