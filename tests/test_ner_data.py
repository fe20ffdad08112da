"""The tagger's training annotations: offsets into the documents, never text (own phrasings)."""

from __future__ import annotations

import datetime as dt
import json

from extract.records.ner_data import (
    DocAnnotation,
    annotate_gold,
    annotate_silver,
    find_value,
    locate_evidence,
    paragraph,
    resolve_overlaps,
)

PUBLISHED = dt.date(2031, 3, 14)
DOC = (
    "Harbourtown court news\n"
    "A judge in Port Elstow on March 12 sentenced Marta Quillfeather to four years in prison "
    "for smuggling rare orchids. Her brother was not charged.\n"
    "Separately, Osric Dunmore received two years’ probation for reckless driving.\n"
)
GOLD = [
    {"person": "Marta Quillfeather", "city": "Port Elstow", "date": "2031-03-12",
     "charge": "smuggling rare orchids", "sentence": "four years in prison",
     "evidence": "A judge in Port Elstow on March 12 sentenced Marta Quillfeather to four "
                 "years in prison for smuggling rare orchids."},
    {"person": "Osric Dunmore", "city": None, "date": None, "charge": "reckless driving",
     "sentence": "two years' probation",
     "evidence": "Separately, Osric Dunmore ... for reckless driving."},
]


def _labelled(ann: DocAnnotation, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, e, label in ann.spans:
        out.setdefault(label, set()).add(text[s:e])
    return out


def test_gold_spans_point_inside_the_document_and_its_segments() -> None:
    ann, lost = annotate_gold("doc-1", DOC, GOLD, PUBLISHED)
    assert lost == 0
    for s, e in ann.segments:
        assert 0 <= s < e <= len(DOC)
    for s, e, _ in ann.spans:
        assert 0 <= s < e <= len(DOC)
        assert any(a <= s and e <= b for a, b in ann.segments)
    got = _labelled(ann, DOC)
    assert got["DEFENDANT"] == {"Marta Quillfeather", "Osric Dunmore"}
    assert got["COURT_PLACE"] == {"Port Elstow"}
    assert got["VERDICT_DATE"] == {"March 12"}  # located by resolution against published
    assert got["SENTENCE"] == {"four years in prison", "two years’ probation"}  # quote-blind
    assert got["CHARGE"] == {"smuggling rare orchids", "reckless driving"}
    assert "Harbourtown" not in {DOC[s:e] for s, e in ann.segments}


def test_annotation_holds_offsets_not_text() -> None:
    ann, _ = annotate_gold("doc-1", DOC, GOLD, PUBLISHED)
    row = ann.to_json()
    dumped = json.dumps(row)
    assert "Quillfeather" not in dumped and "orchids" not in dumped
    assert DocAnnotation.from_json(json.loads(dumped)) == ann


def test_evidence_with_ellipsis_is_found_piece_by_piece() -> None:
    pieces = locate_evidence(DOC, "Separately, Osric Dunmore ... for reckless driving.")
    assert [DOC[s:e] for s, e in pieces] == ["Separately, Osric Dunmore", "for reckless driving."]
    assert locate_evidence(DOC, "a sentence that is nowhere in the text") == []


def test_lost_evidence_is_counted() -> None:
    bad = [{**GOLD[0], "evidence": "Words the article never printed."}]
    ann, lost = annotate_gold("doc-2", DOC, bad, PUBLISHED)
    assert lost == 1 and not ann.spans and not ann.segments


def test_find_value_respects_word_edges() -> None:
    text = "Prestonville is not Preston, said Preston."
    hit = find_value(text, "Preston", 0, len(text))
    assert hit is not None and text[hit[0]:hit[1]] == "Preston" and hit[0] == 20


def test_paragraph_is_the_line_around_a_span() -> None:
    start = DOC.index("Osric")
    s, e = paragraph(DOC, start, start + 5)
    assert DOC[s:e].startswith("Separately") and DOC[s:e].endswith("driving.")


def test_overlapping_spans_keep_the_longer() -> None:
    assert resolve_overlaps([(0, 10, "CHARGE"), (2, 5, "SENTENCE"), (12, 14, "DEFENDANT"),
                             (12, 14, "DEFENDANT")]) == [(0, 10, "CHARGE"), (12, 14, "DEFENDANT")]


def _silver(person: str, sentence: str, charge: str | None) -> dict[str, object]:
    s = DOC.index("A judge")
    e = DOC.index("orchids.") + len("orchids.")
    return {"person": person, "sentence": sentence, "charge": charge, "city": "Port Elstow",
            "date": "2031-03-12", "evidence_start": s, "evidence_end": e}


def test_silver_keeps_a_segment_whose_slots_are_all_found() -> None:
    ann = annotate_silver("c-1", DOC, [_silver("Marta Quillfeather", "four years in prison",
                                                "smuggling rare orchids")], PUBLISHED, "corpus")
    assert {label for *_, label in ann.spans} == {
        "DEFENDANT", "SENTENCE", "CHARGE", "COURT_PLACE", "VERDICT_DATE"}
    assert all(0 <= s < e <= len(DOC) for s, e, _ in ann.spans)


def test_silver_drops_a_segment_with_a_slot_it_cannot_find() -> None:
    # a charge the rules wrote that the evidence does not hold: the whole window goes
    ann = annotate_silver("c-2", DOC, [_silver("Marta Quillfeather", "four years in prison",
                                                "tax evasion")], PUBLISHED, "corpus")
    assert ann.spans == [] and ann.segments == []


def test_silver_keeps_a_segment_whose_place_came_from_elsewhere() -> None:
    # the rules' place from a dateline is not in the window: nothing there to mislabel
    row = {**_silver("Marta Quillfeather", "four years in prison", "smuggling rare orchids"),
           "city": "Westmarch"}
    ann = annotate_silver("c-3", DOC, [row], PUBLISHED, "corpus")
    assert ann.segments and "COURT_PLACE" not in {label for *_, label in ann.spans}
