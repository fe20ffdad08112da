"""Word lists of models/gazetteer/ that tell a place name's role: a city's own district
("the Central District Court"), a street ("Paisley Avenue")."""

from __future__ import annotations

from functools import lru_cache

from extract.places import DEFAULT_GAZETTEER


def district_names() -> frozenset[str]:
    """Names of a city's own districts that courts bear ("Central", "Leninsky")."""
    return _words("district_names.txt")


def street_words() -> frozenset[str]:
    """Words that make the name before them a street's ("Paisley Avenue")."""
    return _words("street_words.txt")


@lru_cache(maxsize=4)
def _words(name: str) -> frozenset[str]:
    """A word list of models/gazetteer/, one lower-case entry a line, ``#`` comments."""
    lines = (DEFAULT_GAZETTEER / name).read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))
