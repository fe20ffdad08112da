"""The offline place gazetteer (extract/places.py): the shipped data and a small fixture."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.places import Gazetteer, Place, load_gazetteer, place_key, place_keys
from schemas.errors import ConfigError, VerdictsError

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("Ust-Kamenogorsk", "Ust-Kamenogorsk", "KZ"),
        ("Ust Kamenogorsk", "Ust-Kamenogorsk", "KZ"),
        ("ust-kamenogorsk", "Ust-Kamenogorsk", "KZ"),
        ("Ust\u2011Kamenogorsk", "Ust-Kamenogorsk", "KZ"),
        ("Ust’-Kamenogorsk", "Ust-Kamenogorsk", "KZ"),
        ("Oskemen", "Ust-Kamenogorsk", "KZ"),
        ("Öskemen", "Ust-Kamenogorsk", "KZ"),
        ("Kostanay", "Kostanay", "KZ"),
        ("Qostanay", "Kostanay", "KZ"),
        ("Kustanai", "Kostanay", "KZ"),
        ("Shymkent", "Shymkent", "KZ"),
        ("Chimkent", "Shymkent", "KZ"),
        ("Aktobe", "Aktobe", "KZ"),
        ("Aqtöbe", "Aktobe", "KZ"),
        ("Almaty", "Almaty", "KZ"),
        ("Brooklyn", "Brooklyn", "US"),
        ("Manhattan", "Manhattan", "US"),
        ("Chicago", "Chicago", "US"),
        ("Fort Worth", "Fort Worth", "US"),
        ("London", "London", "GB"),
        ("Paris", "Paris", "FR"),
        ("the city of Aktobe", "Aktobe", "KZ"),
    ],
)
def test_lookup_finds_cities_under_their_spellings(
    gazetteer: Gazetteer, written: str, name: str, country: str
) -> None:
    place = gazetteer.lookup(written)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert place.kind in ("city", "borough")
    assert place.population > 0


@pytest.mark.parametrize(
    ("written", "kind", "country"),
    [
        ("Kostanay Region", "region", "KZ"),
        ("Kostanay oblast", "region", "KZ"),
        ("the province of Kostanay", "region", "KZ"),
        ("Dallas County", "county", "US"),
        ("Kings County", "county", "US"),
        ("Cook County", "county", "US"),
        ("Texas", "region", "US"),
        ("Florida", "region", "US"),
        ("Virginia", "region", "US"),
        ("Mexico", "country", "MX"),
        ("Kazakhstan", "country", "KZ"),
        ("Western District of New York", "district", "US"),
        ("the Northern District of Texas", "district", "US"),
        ("District of Massachusetts", "district", "US"),
        ("Zhambyl region", "region", "KZ"),
        ("Qostanay oblysy", "region", "KZ"),
        ("Guangdong", "region", "CN"),
        ("Derbyshire", "county", "GB"),
    ],
)
def test_lookup_finds_regions_counties_and_countries(
    gazetteer: Gazetteer, written: str, kind: str, country: str
) -> None:
    place = gazetteer.lookup(written)
    assert place is not None
    assert (place.kind, place.country) == (kind, country)


@pytest.mark.parametrize(
    "written", ["", " ", "Dosmambetova", "Nowhereville", "Region of", "Region",
                "the city of", "\u200b", "x" * 1000, "County"]
)
def test_lookup_refuses_what_is_no_place(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.lookup(written) is None


def test_names_cover_primary_and_alternate_forms(gazetteer: Gazetteer) -> None:
    names = set(gazetteer.names())
    assert {"Ust-Kamenogorsk", "Oskemen", "Kostanay", "Qostanay", "Brooklyn"} <= names
    assert all(gazetteer.lookup(n) is not None for n in list(names)[:2000])
    # Latin script only: a PhraseMatcher over English text has no use for the rest
    letters = {ch for n in names for ch in n if ch.isalpha()}
    assert all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


@pytest.mark.parametrize("word", ["Of", "Mobile", "Police", "Best", "of", "MOBILE"])
def test_common_words_are_ambiguous(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.lookup(word) is not None
    assert gazetteer.is_ambiguous_word(word)


@pytest.mark.parametrize("name", ["Paris", "Shymkent", "Ust-Kamenogorsk", "Brooklyn", "Almaty"])
def test_distinctive_names_are_not_ambiguous(gazetteer: Gazetteer, name: str) -> None:
    assert not gazetteer.is_ambiguous_word(name)


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_fixture_ranks_own_names_then_size() -> None:
    gaz = load_gazetteer(FIXTURE)
    assert gaz.lookup("Springfield") == Place("Springfield", "US", "city", 167000)
    # a place's own name beats another place's alternate name, whatever the populations
    assert gaz.lookup("Paris") == Place("Paris", "FR", "city", 2138551)
    assert gaz.lookup("Lutetia") == Place("Paris", "FR", "city", 2138551)
    # a place of known size before one of unknown size
    georgia = gaz.lookup("georgia")
    assert georgia is not None and georgia.kind == "country"
    # a city's other name before a region's own name of unknown size
    assert gaz.lookup("Tiflis") == Place("Tbilisi", "GE", "city", 1100000)
    assert gaz.lookup("Tiflis Region") == Place("Tiflis Region", "GE", "region", 0)
    assert gaz.lookup("Sakartvelo") == Place("Georgia", "GE", "country", 3700000)
    assert gaz.lookup("T’bilisi") == gaz.lookup("tbilisi") == gaz.lookup("Tiflis")
    assert gaz.is_ambiguous_word("BEST") and not gaz.is_ambiguous_word("Tbilisi")


def test_missing_or_broken_gazetteer_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as missing:
        load_gazetteer(tmp_path / "nowhere")
    assert missing.value.reason == "gazetteer"
    for broken in ["city,pop\nX,1\n", "", "name,country,kind,population,alt_names\nX,US,city\n",
                   "name,country,kind,population,alt_names\nX,US,city,many,\n"]:
        folder = tmp_path / f"g{len(broken)}"
        folder.mkdir()
        (folder / "places.csv").write_text(broken, encoding="utf-8")
        with pytest.raises(VerdictsError):
            load_gazetteer(folder)


def test_place_keys_agree_with_place_key(gazetteer: Gazetteer) -> None:
    odd = ["Łódź", "Şımkent", "", "Ust’-Kamenogorsk", "a\nb"]
    names = [*list(gazetteer.names())[:5000], *odd]
    assert place_keys(names) == [place_key(n) for n in names]
    assert place_keys([]) == []


def test_place_key_folds_case_accents_and_punctuation() -> None:
    assert place_key("Öskemen") == place_key("OSKEMEN") == "oskemen"
    assert place_key("Ust’-Kamenogorsk") == place_key("ust kamenogorsk")
    assert place_key("Şımkent") == "simkent"
    assert place_key("Łódź") == "lodz"
    assert place_key("") == ""
