"""Records corrected by reading: stored as offsets, read back as the same strings (own text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.records.ner_data import text_sha256
from extract.records.read_silver import load, to_offsets, to_strings
from schemas import ConfigError

TEXT = (
    "Court roundup\n"
    "A court in Velmora sentenced Ilse Carrow to six years for arson. Her lawyer said the "
    "six years were harsh.\n"
    "In a separate case, Tobin Haske was fined 300 euros for “reckless driving” and "
    "drunk driving on May 3.\n"
)
ARSON = {"person": "Ilse Carrow", "group_size": 1, "city": "Velmora", "date": None,
         "charge": "arson", "sentence": "six years", "sentence_months": 72,
         "sentence_type": "prison", "outcome": "convicted",
         "evidence": "A court in Velmora sentenced Ilse Carrow to six years for arson."}
FINE = {"person": "Tobin Haske", "group_size": 1, "city": None, "date": "2031-05-03",
        "charge": "reckless driving; drunk driving", "sentence": "fined 300 euros",
        "sentence_months": None, "sentence_type": "fine", "outcome": "convicted",
        "evidence": "In a separate case, Tobin Haske was fined 300 euros for “reckless "
                    "driving” and drunk driving on May 3."}


def test_offsets_hold_no_text_and_give_back_the_record() -> None:
    for record in (ARSON, FINE):
        row = to_offsets(TEXT, record)
        assert not any(isinstance(v, str) and len(v) > 12 for v in row.values())
        assert to_strings(TEXT, row) == record


def test_a_repeated_value_is_taken_inside_its_evidence() -> None:
    row = to_offsets(TEXT, ARSON)
    ev_start, ev_end = row["evidence"]
    (s, e), = row["sentence"]
    assert ev_start <= s < e <= ev_end  # not the lawyer's "six years" after it


def test_each_part_of_a_joined_charge_is_its_own_span() -> None:
    row = to_offsets(TEXT, FINE)
    assert [TEXT[s:e] for s, e in row["charge"]] == ["reckless driving", "drunk driving"]


def test_a_string_not_in_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="not in the text"):
        to_offsets(TEXT, {**ARSON, "person": "Ilse Karrow"})
    with pytest.raises(ValueError, match="evidence"):
        to_offsets(TEXT, {**ARSON, "evidence": ""})


def test_load_checks_the_text_it_was_made_on(tmp_path: Path) -> None:
    path = tmp_path / "read.jsonl"
    row = {"doc_id": "d1", "sha256": text_sha256(TEXT),
           "records": [to_offsets(TEXT, ARSON), to_offsets(TEXT, FINE)]}
    path.write_text(json.dumps(row) + "\n" + json.dumps(
        {"doc_id": "d2", "sha256": text_sha256("x"), "records": []}) + "\n", "utf-8")
    assert list(load(path, {"d1": TEXT})) == [("d1", [ARSON, FINE])]
    with pytest.raises(ConfigError, match="d1"):
        list(load(path, {"d1": TEXT.replace("Velmora", "Velmara")}))
