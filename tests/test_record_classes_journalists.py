"""Many defendants in one report, the way press-freedom reports list them: the outlet in
brackets after a name ("A (BirGün) and B (Evrensel) were each sentenced to ..., while C
(Özgür Gündem) got ...": the outlet is no defendant and its bracket does not end the name's
clause), terms given in a passive "sentences were handed down to A (18 months) and B (two
years)", "Of the 12 journalists tried, A and B were given ..." (the count of those tried is
no charge), and several groups of names with their own terms in one sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 5, 17)

TEXTS: dict[str, str] = {
    "outlets": "Özgür Öğret (BirGün) and Sibel Yükler (Evrensel) were each sentenced to three "
               "years and nine months, while Hüseyin Aykol (Özgür Gündem) got three years and "
               "one month.",
    "outlet-alone": "Hüseyin Aykol (Özgür Gündem) got three years and one month.",
    "handed-down-to": "Sentences were also handed down to Ayşe Düzkan (18 months), Ragıp Duran "
                      "(18 months) and Murat Çelikkan (two years).",
    "handed-down-passive": "Prison sentences of 18 months were handed down to Ayşe Düzkan and "
                           "Ragıp Duran.",
    "of-those-tried": "Of the 12 journalists tried, Ahmet Kaya, Mehmet Celik and Ayse Demir "
                      "were given six years and three months; Emre Polat and Zeynep Kara were "
                      "given two years; Ali Sahin was acquitted.",
    "groups-of-names": "The Istanbul court sentenced journalists Ahmet Kaya, Mehmet Celik and "
                       "Can Yilmaz to seven years and six months each, Emre Polat and Zeynep "
                       "Kara to three years and nine months, and acquitted Ali Sahin.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _months(records: dict[str, list[Record]], key: str) -> dict[str | None, float | None]:
    recs = records[key]
    for rec in recs:
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    got = {r.person: r.sentence_months for r in recs}
    assert len(got) == len(recs), recs
    return got


@pytest.mark.parametrize(("key", "months"), [
    ("outlets", {"Özgür Öğret": 45, "Sibel Yükler": 45, "Hüseyin Aykol": 37}),
    ("outlet-alone", {"Hüseyin Aykol": 37}),
    ("handed-down-to", {"Ayşe Düzkan": 18, "Ragıp Duran": 18, "Murat Çelikkan": 24}),
    ("handed-down-passive", {"Ayşe Düzkan": 18, "Ragıp Duran": 18}),
    ("of-those-tried", {"Ahmet Kaya": 75, "Mehmet Celik": 75, "Ayse Demir": 75,
                        "Emre Polat": 24, "Zeynep Kara": 24, "Ali Sahin": None}),
    ("groups-of-names", {"Ahmet Kaya": 90, "Mehmet Celik": 90, "Can Yilmaz": 90,
                         "Emre Polat": 45, "Zeynep Kara": 45, "Ali Sahin": None}),
])
def test_each_journalist_gets_their_own_term(records: dict[str, list[Record]], key: str,
                                             months: dict[str, float | None]) -> None:
    assert _months(records, key) == months


def test_the_count_of_those_tried_is_no_charge(records: dict[str, list[Record]]) -> None:
    assert {r.charge for r in records["of-those-tried"]} == {None}


def test_a_range_over_two_lists_of_names_is_no_ones_length() -> None:
    texts = {
        "plus-range": "Editor Murat Demir, CEO Akin Kaya, and Orhan Celik, plus journalists "
                      "Ahmet Sahin, Aydin Yilmaz, and Hikmet Arslan, got prison terms of six "
                      "to eight years on charges of aiding a terrorist group.",
        "place-after-in": "Tom Hale was jailed for taking part in a riot in Sheung Wan.",
    }
    got = extract_texts(RecordExtractor(ExtractConfig()), texts, PUBLISHED)
    recs = got["plus-range"]
    assert {r.person for r in recs} == {"Murat Demir", "Akin Kaya", "Orhan Celik",
                                        "Ahmet Sahin", "Aydin Yilmaz", "Hikmet Arslan"}
    assert {(r.sentence_type, r.sentence_months) for r in recs} == {("prison", None)}
    assert [r.person for r in got["place-after-in"]] == ["Tom Hale"]  # "in X": a place
