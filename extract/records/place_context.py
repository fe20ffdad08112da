"""What the words around a place name say of it: part of a person's description (a home town,
an office's place, "a Brooklyn man"), a court's own name after it, or "-based"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.records.place_words import (
    COURT_AFTER,
    COURT_BEFORE,
    COURT_NAME_WORDS,
    HOME_WORDS,
    OWNERS_OF,
    PEOPLE_AFTER,
    bench_title_follows,
    street_words,
)

_COURT_NOUNS = frozenset({"court", "courts", "tribunal"})


def is_personal(doc: Doc, i: int, j: int) -> bool:
    """The name at ``i``..``j`` is part of a person's name or description: a home town
    ("X, 38, of Elmont"), "a Brooklyn man", the place of an office ("the mayor of X")."""
    if _within_described_place(doc, i) or _origin_town(doc, i):
        return True
    # "the city of X", "a court in X": a place, whatever the tagger thought of the name
    named_town = i >= 2 and doc[i - 1].lower_ in {"of", "in"} and doc[i - 2].lower_ in {
        "city", "town", "village", "province", "region", "court", "courts", "tribunal"}
    # ... and "in the capital, X": the capital's name in apposition, however tagged
    named_town = named_town or (i >= 3 and doc[i - 1].text == "," and
                                doc[i - 2].lower_ == "capital" and doc[i - 3].lower_ in
                                {"the", "'s", "’s"})
    # ... and "Bishkek's Oktyabrsky District Court": a town that owns a court, no person
    named_town = named_town or (j + 1 < len(doc) and doc[j].lower_ in {"'s", "’s"}
                                and court_name_follows(doc, j + 1, ordinal=False))
    # ... and "the Izmir regional court", "a Bishkek district court": the court's own town
    named_town = named_town or (i > 0 and doc[i - 1].lower_ in {"the", "a", "an"}
                                and court_name_follows(doc, j, ordinal=False))
    # ... and "In X, blogger A was jailed", "a case in X": one word after "in" is a place
    # the small tagger took for a name (a person is rarely "in" anything by surname alone)
    named_town = named_town or (i > 0 and doc[i - 1].lower_ == "in" and " " not in doc[i:j].text
                                and not (
        j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in {"'s", "’s"})))
    if bench_title_follows(doc, j):
        return False  # "Lundazi Resident Magistrate Joseph Kapila": the bench's own town
    if not named_town and any(doc[k].ent_type_ == "PERSON" for k in range(i, j)):
        return True
    if j < len(doc) and doc[j].lower_ in street_words() and doc[j].text[:1].isupper():
        return True  # "Paisley Avenue": a street
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in street_words() and \
            doc[i - 2].text[:1].isupper():
        return True  # "of 4 Mill Road, Leeds": an address's town
    if _address_chain(doc, i):
        return True  # "of Elm Drive, Oakwood, near Belper": the address goes on past a suburb
    if j < len(doc) and doc[j].lower_ in PEOPLE_AFTER and not named_town:
        return True  # "a Geita resident"; "the Geita Resident Magistrate's Court" is a court
    if based(doc, j):
        # "a Moscow-based journalist"; "a Moscow-based court" is the court's town
        return not based_court(doc, j)
    if i >= 2 and doc[i - 1].lower_ in {"of", "from"} and (
            doc[i - 2].text == "," or doc[i - 2].lower_ in OWNERS_OF or (
                doc[i - 2].ent_type_ == "PERSON" and doc[i - 2].pos_ == "PROPN")):
        return True  # "X, of Elmont", "A B of Sylhet"; "the mayor of X", "the University of
        # X": not the case's
    # "a resident of Minsk", "a native of the Brest region's Kobryn district"
    for k in range(i - 1, max(-1, i - 8), -1):
        tok = doc[k]
        if tok.lower_ in HOME_WORDS:
            return True
        if tok.is_sent_start or tok.text in {",", ";", ".", "(", ")"} or \
                tok.lower_ in COURT_BEFORE or tok.lower_ in COURT_AFTER:
            return False
    return False


def _address_chain(doc: Doc, i: int) -> bool:
    """The name at ``i`` ends a street address that runs on through a suburb and "near":
    "of Elm Drive, Oakwood, near Belper" (British court reports give a defendant's home so);
    the town right after the street's comma is the rule before this one."""
    k, saw_near = i - 1, False
    while k > 1 and i - k <= 8:
        tok = doc[k]
        if tok.lower_ == "near":
            saw_near = True
        elif tok.text == ",":
            prev = doc[k - 1]
            if prev.lower_ in street_words() and prev.text[:1].isupper():
                return saw_near or k < i - 1  # (a town right after it: the rule above)
        elif not (tok.is_alpha and tok.text[:1].isupper()) or tok.lower_ in COURT_AFTER:
            return False
        k -= 1
    return False


# the words of a place's own name or kind between it and a wider place ("of X town in Y")
_PLACE_KIND_WORDS = frozenset({"town", "city", "village", "district", "municipality", "county",
                               "province", "region", "-", "‑"})


def _within_described_place(doc: Doc, i: int) -> bool:
    """The name at ``i`` follows "in" that narrows a person's place: "a former mayor of X town
    in Y", "a mason from X in Y" (Y is where the office or home is, not the case's place)."""
    if i < 3 or doc[i - 1].lower_ != "in":
        return False
    k = i - 2
    while k > 0 and i - k <= 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in
                                     _PLACE_KIND_WORDS):
        k -= 1
    if k == i - 2 or k < 1:
        return False  # nothing between "of"/"from" and "in"
    if doc[k].lower_ == "of":
        return doc[k - 1].lower_ in OWNERS_OF | HOME_WORDS or doc[k - 1].text == ","
    # "a mason from X": an origin of a person noun, not "extradited from X"
    return doc[k].lower_ == "from" and doc[k - 1].pos_ == "NOUN"


_TOWN_NOUNS = frozenset({"city", "town", "village"})


def _origin_town(doc: Doc, i: int) -> bool:
    """The name at ``i`` is where a named person is from: "A, from the eastern city of X",
    "A of X, B of Y" (a list of convicts with their towns), not "extradited from the city of
    X" nor "the Court of X"."""
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].ent_type_ == "PERSON" and \
            doc[i - 2].text[:1].isupper():
        return True
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _TOWN_NOUNS:
        return False
    k = i - 3
    while k > 0 and i - k <= 6 and doc[k].pos_ == "ADJ":
        k -= 1  # "the eastern city of X", "the small northern town of X"
    if doc[k].lower_ == "the":
        k -= 1
    return k > 0 and doc[k].lower_ == "from" and (doc[k - 1].text == "," or
                                                  doc[k - 1].pos_ in {"NOUN", "PROPN"})


def based(doc: Doc, j: int) -> bool:
    """Tokens ``j``.. are "-based" ("a Moscow-based court")."""
    return j + 1 < len(doc) and doc[j].text in {"-", "‑"} and doc[j + 1].lower_ == "based"


def based_court(doc: Doc, j: int) -> bool:
    """"-based" at ``j`` opens a court's name: "a Moscow-based (military) court"."""
    for t in doc[j + 2:j + 5]:
        if t.lower_ in _COURT_NOUNS:
            return True
        if t.is_punct or t.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return False
    return False


_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|\d+-?(?:st|nd|rd|th)", re.IGNORECASE)


def court_name_follows(doc: Doc, j: int, ordinal: bool = True) -> bool:
    """A court's own name after the place: an ordinal (unless not ``ordinal``) and
    capitalised words, then "Court"."""
    k = j
    if k < len(doc) and _ORDINAL_RE.fullmatch(doc[k].text):
        k += 1
    elif ordinal:
        return False
    # "Tianjin No. 2 People's Court": a number and a possessive inside the name
    while k < min(len(doc), j + 6) and "\n" not in doc[k - 1].whitespace_ and not \
            doc[k].is_space and (doc[k].text[:1].isupper() or doc[k].is_digit
                                 or doc[k].lower_ in {"'s", "’s"} or
                                 doc[k].lower_ in COURT_NAME_WORDS | _COURT_NOUNS):
        if doc[k].lower_ in {"court", "courts", "tribunal"}:
            return True
        k += 1
    return False
