"""A place mention as written → one gazetteer entry, or the reason it is no place.

``resolve_place("Dallas County", country_hint="US")`` gives Dallas (the county's same-named
town), as do "City of Dallas" and "Dallas"; "Kazakh" is a demonym, "Belarus" a country,
"Manchester City" and "Texas Department" organisations: none of them a record's place.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.places._gazetteer import DEFAULT_GAZETTEER, Gazetteer, Place, load_gazetteer, place_key
from schemas.errors import ConfigError

__all__ = ["COUNTRY", "DEMONYM", "ORGANISATION", "PLACE", "UNKNOWN", "PlaceResolver",
           "Resolution", "latinise", "load_resolver", "place_fields", "resolve_place"]

PLACE = "place"
COUNTRY = "country"
DEMONYM = "demonym"
ORGANISATION = "organisation"
UNKNOWN = "unknown"

_COURT_WORDS = frozenset({"court", "courthouse", "hall", "jail", "council"})
_SPACE_RE = re.compile(r"\s+")
_COUNTY_RE = re.compile(r"(?i)^(?:the\s+)?(?:county\s+of\s+(?P<pre>.+)|(?P<core>.+?)\s+"
                        r"(?:county|parish))$")
_AREA_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:region|province|oblast|district|state)\s+of\s+(?P<pre>.+)|"
    r"(?P<core>.+?)\s+(?:region|oblast|oblys|oblysy|province|district|rayon|raion|state|"
    r"governorate|prefecture|territory|krai|kray|voivodeship))$")
_TOWN_RE = re.compile(r"(?i)^(?:the\s+)?(?:city|town|village|borough|municipality)\s+of\s+(.+)$")
_LOCAL = frozenset({"city", "borough"})
# Latin letters of Slavic spellings as their English digraphs: "Baranavičy" → "Baranavichy"
_LATINISE = str.maketrans({"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh",
                           "ć": "ch", "Ć": "Ch", "ŭ": "u", "ł": "l", "Ł": "L", "ś": "s",
                           "Ś": "S", "ź": "z", "ż": "z", "ń": "n"})


def latinise(name: str) -> str:
    """``name`` with Belarusian/Polish Latin letters as English digraphs ("Homieĺ" stays)."""
    return name.translate(_LATINISE)
_AREAS = frozenset({"county", "region", "district"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention denotes: ``status`` PLACE with ``place``, or COUNTRY / DEMONYM (with
    ``country``), ORGANISATION, or UNKNOWN (not in the gazetteer; as written may still do)."""

    written: str
    status: str
    place: Place | None = None
    country: str | None = None

    @property
    def is_place(self) -> bool:
        return self.status == PLACE and self.place is not None

    @property
    def refused(self) -> bool:
        """Whether the mention is something that is never a record's place."""
        return self.status in (COUNTRY, DEMONYM, ORGANISATION)


class PlaceResolver:
    """Resolves mentions against a gazetteer and a list of country names and demonyms."""

    def __init__(self, gazetteer: Gazetteer, nations: Iterable[tuple[str, str, str]] = (),
                 org_words: Iterable[tuple[str, str]] = ()) -> None:
        self.gazetteer = gazetteer
        # words that make a town's name an organisation's: after it ("Manchester City",
        # "Texas Department") or before it ("Real Madrid"), unless the whole is a place
        words = list(org_words)
        self._org = _OrgWords(frozenset(w.lower() for w, where in words if where == "after"),
                              frozenset(w.lower() for w, where in words if where == "before"))
        self._nations: dict[str, tuple[str, str]] = {}
        written = {form: (country, kind) for form, country, kind in nations}
        # the countries' own names too ("Belarus", "Kazakhstan")
        for place in gazetteer.countries():
            written.setdefault(place.name, (place.country, COUNTRY))
        # a city-state's name is its city ("Hong Kong", "Singapore", "Monaco"): a place
        self._city_states = _city_states(gazetteer)
        for form, nation in written.items():
            if place_key(form) not in self._city_states:
                self._nations.setdefault(place_key(form), nation)
        forms = sorted(written, key=len, reverse=True)
        # "U.S." ends in a dot: no word boundary after it
        self._nation_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) +
                                     r")(?!\w)")

    def resolve(self, mention: str, *, country_hint: str | None = None,
                text: str | None = None) -> Resolution:
        """The gazetteer entry ``mention`` denotes: in ``country_hint``'s country when it has
        one of that name, else the biggest; ``text`` (the article) tells a town's name used
        only inside an organisation's ("Manchester" of "Manchester City") from the town."""
        written = _SPACE_RE.sub(" ", mention.replace("\u2019", "'")).strip(" \t-–—,.;:'\"()")
        written = re.sub(r"(?i)'s$", "", written)
        if not written or len(written) > 120:
            return Resolution(mention, UNKNOWN)
        if written.isupper() and len(written) > 3:
            written = written.title()  # a dateline's "LOS ANGELES"
        city_state = self._city_states.get(place_key(written))
        if city_state is not None:
            return Resolution(mention, PLACE, city_state)
        whole = self._best(self.gazetteer.candidates(written), country_hint)
        if whole is None and written[:4].lower() == "the " and len(written) > 4:
            written = written[4:]  # "the Taraz city court": "The Hague", "The Bronx" stay
            whole = self._best(self.gazetteer.candidates(written), country_hint)
        words = written.split()
        nation = self._nation(written)
        if nation is not None and not (
                whole is not None and whole.kind != "country" and whole.country == country_hint
                and nation[0] != country_hint):  # "Georgia" in a US article: the state
            return Resolution(mention, nation[1], country=nation[0])
        if whole is None and len(words) > 1 and (
                words[-1].lower() in self._org.after or words[0].lower() in self._org.before):
            return Resolution(mention, ORGANISATION)
        if text is not None:
            inside = _only_in_names(written, text, self._org)
            if inside == "hyphen":  # "Bedford-" of "Bedford-Stuyvesant": the longer name
                longer = re.search(r"(?<![\w-])" + re.escape(written) + r"-[A-Z][\w'-]*", text)
                return self.resolve(longer.group(), country_hint=country_hint) \
                    if longer and longer.group() != written else Resolution(mention, UNKNOWN)
            if inside == "organisation":
                return Resolution(mention, ORGANISATION)
        if whole is not None:
            if whole.kind == "country":
                return Resolution(mention, COUNTRY, country=whole.country)
            return Resolution(mention, PLACE, self._seat(whole, country_hint))
        place = self._by_form(written, country_hint)
        if place is None:
            if latinise(written) != written:  # "Baranavičy": as "Baranavichy"
                found = self.resolve(latinise(written), country_hint=country_hint, text=text)
                return Resolution(mention, found.status, found.place, found.country)
            return Resolution(mention, UNKNOWN)
        if place.kind == "country":
            return Resolution(mention, COUNTRY, country=place.country)
        return Resolution(mention, PLACE, place)

    def city_state(self, mention: str) -> Place | None:
        """The city of a city-state named ``mention`` ("Hong Kong", "Singapore"), else None."""
        written = _SPACE_RE.sub(" ", mention.replace("\u2019", "'")).strip(" \t-–—,.;:'\"()")
        return self._city_states.get(place_key(written))

    def article_country(self, text: str) -> str | None:
        """The country an article is most about, by its country names and demonyms."""
        counts: Counter[str] = Counter()
        for m in self._nation_re.finditer(text[:20_000]):
            nation = self._nation(m.group())
            if nation is not None:
                counts[nation[0]] += 1
        best = counts.most_common(2)
        if not best or (len(best) == 2 and best[0][1] == best[1][1]):
            return None  # none, or a tie: no country stands out
        return best[0][0]

    def fields(self, city: str | None, country: str | None, text: str | None) -> dict[str, Any]:
        """A record's place fields for the place ``city`` as written: the gazetteer's name,
        region, country, point and id; ``city`` None when it is a country, demonym or
        organisation (never a record's place); as written, unplaced, when unknown."""
        out: dict[str, Any] = {"city": city, "country": country, "place": None, "region": None,
                               "latitude": None, "longitude": None, "place_id": None}
        if not city:
            return out
        hint = (self.article_country(text) if text else None) or country
        found = self.resolve(city, country_hint=hint, text=text)
        if found.refused:
            out["city"] = None
            out["country"] = found.country if found.status != ORGANISATION else None
            return out
        place = found.place
        if place is None:
            return out
        out.update(country=place.country, place=place.name, region=place.region or None,
                   latitude=place.latitude, longitude=place.longitude,
                   place_id=place.id or None)
        return out

    # ------------------------------------------------------------------ helpers

    def _nation(self, written: str) -> tuple[str, str] | None:
        key = place_key(re.sub(r"(?i)^the\s+", "", written))
        found = self._nations.get(key)
        if found is None and key.endswith("s"):  # "Kazakhs", "Uzbeks"
            plural = self._nations.get(key[:-1])
            found = plural if plural and plural[1] == DEMONYM else None
        return found

    def _best(self, places: list[Place], hint: str | None,
              kinds: frozenset[str] | None = None) -> Place | None:
        """The hint's country's best, else the first (the gazetteer ranks biggest first)."""
        if kinds is not None:
            places = [p for p in places if p.kind in kinds]
        if not places:
            return None
        if hint:
            local = [p for p in places if p.country == hint and p.kind != "country"]
            if local:
                return local[0]
        return places[0]

    def _seat(self, place: Place, hint: str | None) -> Place:
        """A county or region as its same-named town when it has one inside it."""
        if place.kind in _AREAS and place.seat:
            seat = self.gazetteer.by_id(place.seat)
            if seat is not None:
                return seat
        return place

    def _by_form(self, written: str, hint: str | None) -> Place | None:
        """"City of Dallas", "Dallas County", "Kostanay Region", "the province of Sughd"."""
        m = _TOWN_RE.match(written)
        if m:
            return self._best(self.gazetteer.candidates(m.group(1)), hint, _LOCAL) or \
                self._best(self.gazetteer.candidates(m.group(1)), hint)
        m = _COUNTY_RE.match(written) or _AREA_RE.match(written)
        if not m:
            return None
        core = m.group("pre") or m.group("core")
        county = m.re is _COUNTY_RE
        found = self.gazetteer.candidates(core)
        # the area of that name first ("Qostanay" the region), as its seat town
        area = self._best(found, hint, frozenset({"county"} if county else {"region"}))
        if area is not None:
            return self._seat(area, hint)
        # else the town of that name that is the seat of such an area, else the town
        town = self._best(found, hint, _LOCAL)
        if town is not None:
            return town
        if county:  # "Cook County" written "County of Cook"
            return self._best(self.gazetteer.candidates(f"{core} County"), hint)
        return None


def _city_states(gazetteer: Gazetteer) -> dict[str, Place]:
    """Countries whose same-named city holds at least half their people, by folded name."""
    out: dict[str, Place] = {}
    for country in gazetteer.countries():
        for place in gazetteer.candidates(country.name):
            if (place.kind in _LOCAL and place.country == country.country
                    and place.population * 2 >= country.population > 0):
                out[place_key(country.name)] = place
                break
    return out


@dataclass(frozen=True, slots=True)
class _OrgWords:
    after: frozenset[str]
    before: frozenset[str]


def _only_in_names(written: str, text: str, org: _OrgWords) -> str | None:
    """"organisation" when every time ``written`` appears in ``text`` it is part of an
    organisation's name ("Manchester City", "Real Madrid"), "hyphen" when every time it
    opens a longer hyphenated name ("Bedford-Stuyvesant"), else None: so it never stands for
    the town itself."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(written) + r"(?![\w])", re.IGNORECASE)
    kinds: set[str] = set()
    for m in pattern.finditer(text):
        after = text[m.end():m.end() + 40]
        if re.match(r"-[A-Z]", after):
            kinds.add("hyphen")
            continue
        # "Manchester City" is a club, but "Taraz City Court" the town's court
        # ... and "Pinsk City and District Court" too
        nxt = re.match(r"\s+([A-Z][A-Za-z]*)\.?(\s+[A-Za-z]+)?(\s+[A-Za-z]+)?(\s+[A-Za-z]+)?",
                       after)
        org_after = nxt is not None and nxt.group(1).lower() in org.after and not (
            nxt.group(2) and nxt.group(2).strip().lower() in _COURT_WORDS) and not (
            nxt.group(2) and nxt.group(2).strip().lower() == "and" and any(
                g and g.strip().lower() in _COURT_WORDS for g in nxt.groups()[2:]))
        prev = re.search(r"\b([A-Z][A-Za-z]*)\s+$", text[max(0, m.start() - 30):m.start()])
        org_before = prev is not None and prev.group(1).lower() in org.before
        if not (org_after or org_before):
            return None
        kinds.add("organisation")
    if not kinds:
        return None
    return "hyphen" if kinds == {"hyphen"} else "organisation"


@lru_cache(maxsize=4)
def load_resolver(path: Path | None = None) -> PlaceResolver:
    """The resolver over the gazetteer in ``path`` (with its nations.csv and
    organisation_words.csv where present), loaded once."""
    folder = Path(path) if path is not None else DEFAULT_GAZETTEER
    nations = [(r["form"], r["country"], r["kind"]) for r in _rows(folder / "nations.csv")]
    words = [(r["word"], r["where"]) for r in _rows(folder / "organisation_words.csv")]
    return PlaceResolver(load_gazetteer(path), nations, words)


def _rows(source: Path) -> list[dict[str, str]]:
    if not source.exists():
        return []
    try:
        with source.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(row for row in fh if not row.startswith("#")))
    except (OSError, csv.Error) as exc:
        raise ConfigError(f"cannot load {source}: {exc}", reason="gazetteer") from exc
    if rows and None in rows[0].values():
        raise ConfigError(f"cannot load {source}: short row", reason="gazetteer")
    return rows


def resolve_place(mention: str, *, country_hint: str | None = None,
                  text: str | None = None, path: Path | None = None) -> Resolution:
    """:meth:`PlaceResolver.resolve` with the shipped gazetteer (or the one in ``path``)."""
    return load_resolver(path).resolve(mention, country_hint=country_hint, text=text)


def place_fields(city: str | None, country: str | None, text: str | None = None,
                 path: Path | None = None) -> dict[str, Any]:
    """:meth:`PlaceResolver.fields` with the shipped gazetteer (or the one in ``path``)."""
    return load_resolver(path).fields(city, country, text)
