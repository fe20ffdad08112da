"""Places: the offline gazetteer (``load_gazetteer``) and resolving a mention as written to
one of its entries (``resolve_place``, ``place_fields``); see models/gazetteer/README.md."""

from extract.places._gazetteer import (
    DEFAULT_GAZETTEER,
    Gazetteer,
    Place,
    load_gazetteer,
    place_key,
    place_keys,
)
from extract.places._resolve import (
    COUNTRY,
    DEMONYM,
    ORGANISATION,
    PLACE,
    UNKNOWN,
    PlaceResolver,
    Resolution,
    latinise,
    load_resolver,
    place_fields,
    resolve_place,
)

__all__ = ["COUNTRY", "DEFAULT_GAZETTEER", "DEMONYM", "ORGANISATION", "PLACE", "UNKNOWN",
           "Gazetteer", "Place", "PlaceResolver", "Resolution", "latinise", "load_gazetteer",
           "load_resolver", "place_fields", "place_key", "place_keys", "resolve_place"]
