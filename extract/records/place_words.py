"""Words that tell a place name's role: the words around a court's town, a home town, an office's
place, an area; and the word lists of models/gazetteer/ (a city's own district, "the Central
District Court"; a street, "Paisley Avenue")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from extract.places import DEFAULT_GAZETTEER

COURT_AFTER = frozenset({"court", "courts", "courthouse", "supreme", "superior", "district",
                          "circuit", "county", "criminal", "federal", "appeals", "city", "regional",
                          "municipal", "magistrate", "magistrates", "crown", "high", "jury"})
COURT_BEFORE = frozenset({"court", "jury", "judge", "tribunal", "courthouse", "trial",
                           "magistrate", "magistrates", "judges", "appeared", "hearing",
                           "sentencing", "tried", "courtroom", "hearings"})
PEOPLE_AFTER = frozenset({"man", "woman", "men", "women", "resident", "residents", "native",
                           "teen", "teenager", "boy", "girl", "couple", "family", "-based",
                           "defender", "defenders"})  # "two Mariupol defenders": the town held

# a home town, not the proceeding's place: "a resident of Minsk", "a native of the Brest region"
HOME_WORDS = frozenset({"resident", "residents", "native", "natives", "citizen", "citizens",
                         "inhabitant", "inhabitants", "born", "hometown", "lives", "lived",
                         # "X, 25, with a last address in Y", "X, 41, formerly of Y"
                         "address", "addresses", "formerly"})
OFFICE_NOUNS = frozenset({"mayor", "governor", "minister", "president", "chairman", "head",
                           "chief", "deputy", "speaker", "leader", "director", "editor",
                           "bishop", "imam", "member", "members", "mp", "senator"})
# an organisation named after its town: "a teacher at the University of Annaba", "the Bank of
# Lagos", "the Archdiocese of Lyon" (the town is the organisation's, not the proceeding's)
ORGANISATION_OF = frozenset({"university", "college", "institute", "academy", "school",
                             "bank", "council", "church", "diocese", "archdiocese", "museum",
                             "port", "airport", "chamber", "polytechnic", "seminary"})
OWNERS_OF = OFFICE_NOUNS | ORGANISATION_OF  # "the mayor of X", "the University of X"
# a lowercase area word after a name makes the name an area's: "the Almaty region"
AREA_WORDS = frozenset({"region", "oblast", "oblys", "province", "krai", "kray",
                         "governorate", "prefecture"})


# the words of a magistrate's or judge's title after the town it sits in: "Lundazi Resident
# Magistrate", "Jessore District and Sessions Judge", "Kaduna judge"
_TITLE_WORDS = frozenset({"resident", "senior", "principal", "chief", "additional", "district",
                          "sessions", "and", "stipendiary", "metropolitan", "first", "second",
                          "third", "grade", "class", "joint", "assistant"})
_BENCH_TITLES = frozenset({"magistrate", "judge"})


# lower-case words inside a court's name between its town and "court": "Moscow's Basmanny
# district court", "the Kostanay city court", "Almaty's specialised inter-district court"
COURT_NAME_WORDS = frozenset({"district", "city", "regional", "oblast", "military", "garrison",
                              "inter-district", "interdistrict", "criminal", "civil", "economic",
                              "administrative", "municipal", "appeals", "appellate", "juvenile",
                              "specialised", "specialized", "magistrates", "magistrate",
                              "people's", "and", "-", "‑"})  # "City and District Court"


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Demonyms of models/gazetteer/nations.csv, lower-case ("kazakh", "belarusian"): never a
    town, though some name one (a village "Kazakh")."""
    lines = (DEFAULT_GAZETTEER / "nations.csv").read_text(encoding="utf-8").splitlines()[1:]
    rows = [ln.split(",") for ln in lines if ln.strip()]
    return frozenset(r[0].strip().lower() for r in rows
                     if len(r) >= 3 and r[2].strip() == "demonym")


# words of a court's own name before "Court" that the gazetteer also has as a town's
_COURT_NAME_HEADS = frozenset({"central", "federal", "superior", "supreme", "high", "national",
                               "international", "military", "provincial", "state", "special",
                               "criminal", "civil", "family", "youth", "juvenile", "upper",
                               "lower", "old", "new", "north", "south", "east", "west", "northern",
                               "southern", "eastern", "western", "centre", "center", "general",
                               "appeals", "labour", "labor", "land", "revolutionary", "islamic",
                               "sharia", "magistrates", "county", "circuit", "constitutional"})


def court_word(word: str) -> bool:
    """``word`` may open a court's own name ("Central Criminal Court", "Federal High Court")
    or name a city's own district ("the Moskovskiy district court"): no town."""
    return len(word) < 4 or word in _COURT_NAME_HEADS or word in COURT_AFTER or \
        word in district_names() or word.endswith(("skiy", "sky", "skoy", "skii"))


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


def bench_title_follows(doc: Doc, j: int) -> bool:
    """A magistrate's or judge's title and a name follow the place at ``j`` ("Kaduna judge
    Ibrahim Musa", "Lundazi Resident Magistrate, Joseph Kapila"): the town the bench sits
    in ("a Texas judge pleaded guilty" names none)."""
    k = j
    while k < min(len(doc), j + 5) and doc[k].lower_ in _TITLE_WORDS:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _BENCH_TITLES:
        return False
    name = doc[k + 2] if doc[k + 1].text == "," and k + 2 < len(doc) else doc[k + 1]
    return name.is_alpha and name.text[:1].isupper()
