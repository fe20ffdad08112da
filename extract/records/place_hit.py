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


def outside_spans(hits: list[PlaceHit], spans: list[tuple[int, int]]) -> list[PlaceHit]:
    """The hits that overlap none of the character ``spans`` (a defendant's own name: the
    NER's "Nadia Petrenko" ORG holds the town Nadia, which is no court's)."""
    return [h for h in hits if not any(h.start < end and start < h.end for start, end in spans)]
