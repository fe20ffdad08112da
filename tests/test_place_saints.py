"""Place names opened by an abbreviated saint or title ("St. Petersburg", "St Francois County",
"Ft. Worth") are read whole and resolve to the same gazetteer entries as their spelled-out
forms ("Saint Petersburg"), the article's country deciding between namesakes (issue 11, item
4: places resolved, not copied)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.places import load_resolver, place_key
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts


@pytest.mark.parametrize(("written", "hint", "country"), [
    ("St. Petersburg", "RU", "RU"),
    ("St Petersburg", "RU", "RU"),
    ("Saint Petersburg", "RU", "RU"),
    ("St. Petersburg", "US", "US"),
    ("Saint Petersburg", "US", "US"),
])
def test_saint_and_st_are_one_name(written: str, hint: str, country: str) -> None:
    res = load_resolver().resolve(written, country_hint=hint)
    assert res.place is not None and res.place.country == country


def test_only_a_leading_saint_is_folded() -> None:
    assert place_key("Saint Petersburg") == place_key("St. Petersburg")
    assert place_key("Stanley") == "stanley" and place_key("Port Saint Lucie") != "portstlucie"


TEXTS: dict[str, str] = {
    "russian": "A court in St. Petersburg sentenced Oleg Belov to five years for posts about "
               "the Russian army.",
    "county": "A former councilman, Tom Hale, pleaded guilty on Friday in St. Francois County "
              "court to drug trafficking.",
    "florida": "A judge in St. Petersburg, Florida, sentenced Tom Hale to five years for fraud.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, dt.date(2024, 5, 17))


@pytest.mark.parametrize(("key", "city", "country"), [
    ("russian", "St. Petersburg", "RU"),
    ("county", "St. Francois County", "US"),
    ("florida", "St. Petersburg", "US"),
])
def test_the_city_is_read_whole(records: dict[str, list[Record]], key: str, city: str,
                                country: str) -> None:
    [rec] = records[key]
    assert (rec.city, rec.country) == (city, country)
