"""Places resolved, not copied (extract/places): a mention as written → one gazetteer entry
with its region, point and id; countries, demonyms and organisations refused."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.places import (
    COUNTRY,
    DEFAULT_GAZETTEER,
    DEMONYM,
    ORGANISATION,
    PLACE,
    UNKNOWN,
    PlaceResolver,
    load_resolver,
    place_fields,
)

_ID_RE = re.compile(r"^(?:geonames:\d+|fips:\d{5}|iso3166-2:[A-Z]{2}-\w+)$")


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return load_resolver()


@pytest.mark.parametrize(
    "forms",
    [
        ("Dallas", "Dallas County", "City of Dallas", "the city of Dallas", "DALLAS",
         "County of Dallas"),
        ("Los Angeles", "Los Angeles County", "City of Los Angeles", "LOS ANGELES"),
        ("Brooklyn", "Kings County"),
        ("Kostanay", "Qostanay", "Kostanay Region", "Kostanay oblast", "Qostanay oblysy",
         "the region of Kostanay"),
        ("Ust-Kamenogorsk", "Oskemen", "Öskemen", "Ust'-Kamenogorsk", "the city of Oskemen"),
        ("Shymkent", "Chimkent", "the city of Shymkent"),
    ],
)
def test_county_city_and_region_forms_are_one_place(
        resolver: PlaceResolver, forms: tuple[str, ...]) -> None:
    found = [resolver.resolve(form) for form in forms]
    assert all(r.status == PLACE and r.place is not None for r in found), found
    ids = {r.place.id for r in found if r.place is not None}
    assert len(ids) == 1, [(r.written, r.place) for r in found]
    place = found[0].place
    assert place is not None and place.kind in ("city", "borough") and place.id


@pytest.mark.parametrize(
    ("written", "country"),
    [("Belarus", "BY"), ("Kazakhstan", "KZ"), ("the United States", "US"), ("U.S.", "US"),
     ("Iran", "IR"), ("Kyrgyz Republic", "KG"), ("Russia", "RU"), ("UK", "GB")],
)
def test_countries_are_refused(resolver: PlaceResolver, written: str, country: str) -> None:
    found = resolver.resolve(written)
    assert (found.status, found.country, found.place) == (COUNTRY, country, None)
    assert found.refused


@pytest.mark.parametrize(
    ("written", "country"),
    [("Hong Kong", "HK"), ("Singapore", "SG"), ("Monaco", "MC"), ("Macao", "MO")],
)
def test_a_city_states_name_is_its_city(resolver: PlaceResolver, written: str,
                                        country: str) -> None:
    found = resolver.resolve(written)
    assert found.is_place and found.place is not None
    assert (found.place.kind, found.place.country) == ("city", country)


@pytest.mark.parametrize(
    ("written", "country"),
    [("Kazakh", "KZ"), ("Belarusian", "BY"), ("Uzbeks", "UZ"), ("Iranian", "IR"),
     ("Kyrgyz", "KG"), ("Tajik", "TJ"), ("Azerbaijani", "AZ"), ("Georgian", "GE")],
)
def test_demonyms_are_refused(resolver: PlaceResolver, written: str, country: str) -> None:
    found = resolver.resolve(written)
    assert (found.status, found.country, found.place) == (DEMONYM, country, None)
    assert found.refused


@pytest.mark.parametrize(
    "written",
    ["Manchester City", "Real Madrid", "Texas Department", "Spartak Moscow",
     "Chicago Police", "Dynamo Kyiv", "Houston Chronicle"],
)
def test_organisations_and_clubs_are_refused(resolver: PlaceResolver, written: str) -> None:
    found = resolver.resolve(written)
    assert (found.status, found.place) == (ORGANISATION, None)
    assert found.refused


@pytest.mark.parametrize(
    ("written", "text", "status"),
    [
        ("Manchester", "The Manchester City winger was jailed for 18 months on Friday.",
         ORGANISATION),
        ("Manchester", "A Manchester United fan and a Manchester City fan were fined.",
         ORGANISATION),
        ("Madrid", "The former Real Madrid striker was given a suspended term.", ORGANISATION),
        ("Manchester", "The Manchester City winger was jailed at Manchester Crown Court.", PLACE),
        ("Taraz", "The Taraz City Court sentenced him to five years.", PLACE),
        ("Kansas City", "A Kansas City jury convicted her on Monday.", PLACE),
    ],
)
def test_a_town_named_only_inside_an_organisation_is_no_place(
        resolver: PlaceResolver, written: str, text: str, status: str) -> None:
    assert resolver.resolve(written, text=text).status == status


@pytest.mark.parametrize(
    ("written", "text"),
    [("Bedford-", "He lived in Bedford-Stuyvesant before his arrest."),
     ("Wilkes-", "The Wilkes-Barre man was sentenced in federal court.")],
)
def test_a_cut_hyphenated_name_is_read_whole(
        resolver: PlaceResolver, written: str, text: str) -> None:
    found = resolver.resolve(written, text=text)
    assert found.written.endswith(text.split(written)[1].split()[0])
    assert found.place is None or found.place.name.startswith(written.rstrip("-"))
    assert found.status in (PLACE, UNKNOWN)


@pytest.mark.parametrize(
    ("written", "hint", "country", "kind"),
    [("Moscow", "RU", "RU", "city"), ("Moscow", "US", "US", "city"),
     ("Moscow", None, "RU", "city"), ("Georgia", "US", "US", "region"),
     ("Paris", "US", "US", "city"), ("Paris", None, "FR", "city"),
     ("Birmingham", "US", "US", "city"), ("Birmingham", "GB", "GB", "city")],
)
def test_the_article_country_decides_between_namesakes(
        resolver: PlaceResolver, written: str, hint: str | None, country: str, kind: str) -> None:
    found = resolver.resolve(written, country_hint=hint)
    assert found.place is not None
    assert (found.place.country, found.place.kind) == (country, kind)


def test_without_a_hint_the_biggest_namesake_wins(resolver: PlaceResolver) -> None:
    found = resolver.resolve("Georgia")
    assert (found.status, found.country) == (COUNTRY, "GE")
    candidates = resolver.gazetteer.candidates("Moscow")
    moscow = resolver.resolve("Moscow").place
    assert moscow is not None
    assert moscow.population == max(p.population for p in candidates if p.kind == "city")


@pytest.mark.parametrize(
    ("written", "region", "box"),
    [
        ("Dallas", "Texas", (32.5, 33.1, -97.1, -96.5)),
        ("Oskemen", "East Kazakhstan", (49.8, 50.1, 82.4, 82.8)),
        ("Almaty", "Almaty Qalasy", (43.1, 43.4, 76.7, 77.1)),
        ("Brooklyn", "New York", (40.5, 40.8, -74.1, -73.8)),
        ("Bishkek", None, (42.7, 43.0, 74.4, 74.8)),
        ("Minsk", None, (53.8, 54.0, 27.4, 27.7)),
        ("Tehran", None, (35.5, 35.9, 51.2, 51.6)),
        ("Sydney", None, (-34.1, -33.6, 150.9, 151.4)),
    ],
)
def test_places_have_plausible_points_regions_and_ids(
        resolver: PlaceResolver, written: str, region: str | None,
        box: tuple[float, float, float, float]) -> None:
    place = resolver.resolve(written).place
    assert place is not None and place.latitude is not None and place.longitude is not None
    lat_lo, lat_hi, lon_lo, lon_hi = box
    assert lat_lo <= place.latitude <= lat_hi and lon_lo <= place.longitude <= lon_hi
    assert place.region if region is None else place.region == region
    assert place.id.startswith("geonames:")


def test_the_shipped_gazetteer_places_its_towns() -> None:
    with (DEFAULT_GAZETTEER / "places.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    towns = [r for r in rows if r["kind"] == "city"]
    assert len(towns) > 30_000
    placed = [r for r in towns if r["latitude"] and r["longitude"]]
    assert len(placed) == len(towns)
    assert all(-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
               for r in placed)
    assert sum(bool(r["region"]) for r in towns) / len(towns) > 0.98
    assert all(_ID_RE.match(r["id"]) for r in rows if r["id"])
    assert len({r["id"] for r in towns}) == len(towns)  # one row a town


def test_place_fields_give_a_records_place_or_refuse_it() -> None:
    text = "A Kazakh court in Kostanay sentenced him. Kazakhstan's courts rarely acquit."
    fields = place_fields("Kostanay Region", "KZ", text)
    assert (fields["city"], fields["place"], fields["country"]) == \
        ("Kostanay Region", "Kostanay", "KZ")
    assert fields["place_id"] and fields["latitude"] and fields["longitude"]
    refused = place_fields("Kazakh", "KZ", text)
    assert (refused["city"], refused["place"], refused["country"]) == (None, None, "KZ")
    club = place_fields("Manchester City", "GB", "Manchester City lost again.")
    assert (club["city"], club["place"], club["country"]) == (None, None, None)
    unknown = place_fields("Zxqwvillage", "US", "Zxqwvillage")
    assert (unknown["city"], unknown["place"], unknown["country"]) == ("Zxqwvillage", None, "US")
    assert place_fields(None, None, text)["city"] is None


def test_a_small_gazetteer_of_ones_own(tmp_path: Path) -> None:
    """The loader and the county → seat merge on a gazetteer written here."""
    columns = "name,country,kind,population,alt_names,id,latitude,longitude,region,seat\n"
    (tmp_path / "places.csv").write_text(
        columns
        + "Riverton,US,city,50000,Rivertown,geonames:1,40.10000,-90.20000,Illinois,\n"
        + "Riverton,US,city,9000,,geonames:2,43.00000,-108.40000,Wyoming,\n"
        + "Riverton County,US,county,60000,,fips:17999,40.10000,-90.20000,Illinois,geonames:1\n"
        + "Lakeland,US,county,0,,fips:17998,,,Illinois,\n"
        + "Freedonia,FD,country,100,,geonames:3,,,,\n", encoding="utf-8")
    (tmp_path / "nations.csv").write_text("form,country,kind\nFreedonian,FD,demonym\n",
                                          encoding="utf-8")
    (tmp_path / "organisation_words.csv").write_text("word,where\nrovers,after\n",
                                                     encoding="utf-8")
    own = load_resolver(tmp_path)
    for form in ("Riverton", "Riverton County", "City of Riverton", "Rivertown"):
        found = own.resolve(form)
        assert found.place is not None and found.place.id == "geonames:1", form
        assert (found.place.region, found.place.latitude) == ("Illinois", 40.1)
    assert own.resolve("Freedonian").status == DEMONYM
    assert own.resolve("Freedonia").status == COUNTRY
    assert own.resolve("Riverton Rovers").status == ORGANISATION
    assert own.resolve("Lakeland").place is not None
    assert own.resolve("Nowhere Springs").status == UNKNOWN
