"""A record whose place is a region, state or province takes the one town of that area the
article names ("The High Court in X State sentenced ..." beside "robbers stormed Y town of X
State"): GUIDELINES rank the city of the case above the county or province."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from extract.records.assembly import Draft
from extract.records.datelines import PlaceLookup
from extract.records.layout import is_headline
from extract.records.places import AREA_KINDS, PlaceHit, find_places

# the kind word of an area as written: "Kwara State", "the Almaty region", "Hebei Province"
_AREA_SUFFIX_RE = re.compile(r"(?i)^(?:the\s+)?(.+?)(?:\s+(?:state|region|province|oblast|oblys"
                             r"|governorate|prefecture|krai|kray|republic))?$")
_TOWN_KINDS = frozenset({"city", "borough"})
# a sentence of an arrest or custody names where someone was caught or held, not the case's
# town ("arrested in a village near X"), nor does one of where a firm is ("based in X"): a
# landmark "near X" neither
_CUSTODY_WORDS = frozenset({"arrested", "arrest", "detained", "apprehended", "caught",
                            "extradited", "deported", "transferred", "released", "freed",
                            "colony", "detention", "custody", "based", "headquartered"})


def area_towns(doc: Doc, lookup: PlaceLookup) -> Callable[[str], PlaceHit | None]:
    """For an area's written name, the one town the article names inside that area (by the
    gazetteer's region of the town), else None: none, several, or the area's same-named town
    (the Almaty region's court does not sit in the city of Almaty)."""
    towns: list[tuple[PlaceHit, str, str]] = []  # hit, the town's region, its country
    for sent in _sents(doc):
        if is_headline(sent[0]):
            continue
        if any(t.lower_ in _CUSTODY_WORDS for t in sent):
            continue
        for hit in find_places(sent, lookup):
            if sent.doc.text[max(0, hit.start - 5):hit.start].lower().strip() == "near":
                continue
            place = lookup(hit.text) if hit.kind in _TOWN_KINDS else None
            region = str(getattr(place, "region", "") or "")
            if place is not None and region:
                towns.append((hit, region.lower(), str(getattr(place, "country", ""))))

    def town_of(area: str) -> PlaceHit | None:
        place = lookup(area)
        if place is None or getattr(place, "kind", "") not in AREA_KINDS or \
                getattr(place, "kind", "") == "country":
            return None
        m = _AREA_SUFFIX_RE.match(area.strip())
        core = (m.group(1) if m else area).lower()
        # the area's own names only: a county's gazetteer region is its state
        names = {core, str(getattr(place, "name", "")).lower()} - {""}
        found = {h.text.lower(): h for h, region, country in towns
                 if region in names and country == getattr(place, "country", None)}
        if len(found) != 1 or core in found:
            return None
        return next(iter(found.values()))

    return town_of


def narrow_areas(drafts: Iterable[Draft], town_of: Callable[[str], PlaceHit | None]) -> None:
    """Each record of the article's case whose place is an area takes the area's one town the
    article names; an earlier conviction or another story keeps its own place."""
    for d in drafts:
        if d.city is None or d.prior or d.new_story:
            continue
        town = town_of(d.city)
        if town is not None:
            d.city, d.country, d.city_kind = town.text, town.country, town.kind


def _sents(doc: Doc, limit: int = 400) -> Iterable:
    for n, sent in enumerate(doc.sents):
        if n >= limit:
            return
        yield sent
