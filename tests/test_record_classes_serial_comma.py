"""Person class read on unannotated court news, in phrasings of our own: a list of
defendants written with a serial comma ("convicted A, B, and C of arson", "found A, B, and C
guilty") is every one of them — the parse may hang the last name on the verb, or on the
"guilty" it makes the verb's conjunct, past the object's own list. A name after ", and" that
opens a clause of its own (a lawyer who speaks) stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)

LISTS: dict[str, tuple[str, list[str]]] = {
    "convicted-of": ("The court convicted Amir Hodzic, Edin Kovac, and Ale Mujkic of theft.",
                     ["Ale Mujkic", "Amir Hodzic", "Edin Kovac"]),
    "found-guilty-five": ("The Cantonal Court in Tuzla found Amir Hodzic, Edin Kovac, Senad "
                          "Begic, Jasmin Delic, and Ale Mujkic guilty of mistreating "
                          "prisoners.", ["Ale Mujkic", "Amir Hodzic", "Edin Kovac",
                                         "Jasmin Delic", "Senad Begic"]),
    "found-guilty-women": ("The judge found Maria Lopes, Joana Silva, and Rita Costa guilty of "
                           "fraud on Monday.", ["Joana Silva", "Maria Lopes", "Rita Costa"]),
    "found-guilty-on-monday": ("The judge found Maria Lopes, Joana Silva, and Ale Mujkic "
                               "guilty of fraud on Monday.",
                               ["Ale Mujkic", "Joana Silva", "Maria Lopes"]),
    "court-in-town": ("A court in Braga found Pedro Matos, Rui Pinto, and Rita Costa guilty "
                      "of arson.", ["Pedro Matos", "Rita Costa", "Rui Pinto"]),
    "court-in-town-2": ("A court in Braga found Pedro Matos, Rui Pinto, and Ale Mujkic guilty "
                        "of arson.", ["Ale Mujkic", "Pedro Matos", "Rui Pinto"]),
    "speaker-after": ("The court convicted Amir Hodzic, and Ali Ahmed said he would appeal.",
                      ["Amir Hodzic"]),
    "prosecutor-after": ("The judge found Maria Lopes guilty of fraud, and Rita Costa, the "
                         "prosecutor, welcomed the verdict.", ["Maria Lopes"]),
    "witness-after": ("A court in Braga found Pedro Matos guilty of arson, and Rui Pinto, a "
                      "neighbour, said he was relieved.", ["Pedro Matos"]),
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()),
                         {k: text for k, (text, _) in LISTS.items()}, PUBLISHED)


@pytest.mark.parametrize("key", sorted(LISTS))
def test_a_serial_comma_list_is_everyone(records: dict[str, list[Record]], key: str) -> None:
    recs = records[key]
    assert sorted(r.person or "" for r in recs) == LISTS[key][1], recs
    assert all(r.group_size == 1 and r.outcome == "convicted" for r in recs), recs
