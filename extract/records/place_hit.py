"""A place name found in the text, and the gazetteer kinds that are areas, not towns."""

from __future__ import annotations

from dataclasses import dataclass

AREA_KINDS = frozenset({"county", "region", "admin1", "admin2", "country", "state"})


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place name in the text: characters, written form, country and how strong a hint
    of the proceeding's location it is (0 court, 1 "in X"/"city of X", 2 other)."""

    start: int
    end: int
    text: str
    country: str | None
    kind: str
    tier: int
