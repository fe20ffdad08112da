"""An address after a defendant's name ("A (52), Cherry Lane, Cork,", "A, 25, with a last
address in Raheen Square, Ballinacurra", "A, 41, of Mill Road, Leeds"): its words name a
street and a district, never a person, and they do not end a list of defendants.

Court reports of Ireland and Britain give a defendant's age and address in apposition; the
small NER often tags the street ("Cherry Lane") or the district after it as a PERSON.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.records.place_words import street_words

# "with a last address in", "with an address at", "of no fixed address"
_ADDRESS_NOUNS = frozenset({"address", "addresses"})
_ADDRESS_PREPS = frozenset({"in", "at", "on"})
_HOME_PREPS = frozenset({"of", "from"})


def address_opens(doc: Doc, k: int) -> bool:
    """Token ``k`` (or the tokens ending at it) open an address: "of" / "from", "address in",
    or the comma after an age in apposition ("A (52), " / "A, 52, ")."""
    if k < 0:
        return False
    tok = doc[k]
    if tok.lower_ in _HOME_PREPS:
        return True
    if tok.lower_ in _ADDRESS_PREPS:
        return k >= 1 and doc[k - 1].lower_ in _ADDRESS_NOUNS
    if tok.text != "," or k < 2:
        return False
    age = doc[k - 1]
    if age.text == ")" and k >= 3 and doc[k - 2].like_num:
        return k >= 4 and doc[k - 3].text == "(" and doc[k - 4].pos_ == "PROPN"
    return age.like_num and doc[k - 2].text == "," and k >= 3 and doc[k - 3].pos_ == "PROPN"


def in_address(doc: Doc, start: int, end: int) -> bool:
    """The capitalised run ``start``..``end`` is a part of an address: a street ("Cherry
    Lane" after an age), or a district or town after an address's street ("..., Raheen
    Square, Ballinacurra Weston")."""
    last = end if end < len(doc) and doc[end].lower_ in street_words() else end - 1
    if doc[last].lower_ in street_words() and doc[last].text[:1].isupper() and \
            address_opens(doc, start - 1):
        return True  # (the street word itself may be left out of the name: "of Mill | Road")
    if start < 2 or doc[start - 1].text != "," or _aged(doc, end):
        return False  # "A, 52, of Elm Grove, Bramley, B, 33, ...": B's age makes B a person
    # back over the address's earlier parts (capitalised words, house numbers, commas) to
    # what opens it; "of" or an age's comma needs a street among them, as "A, 34, of Leeds,
    # B and C" and "A, 34, B and C" are lists of names
    street = False
    k = start - 2
    while k >= 0 and start - k <= 10:
        if address_opens(doc, k):
            plain = doc[k].lower_ in _ADDRESS_PREPS
            return plain or street
        tok = doc[k]
        if not (tok.text == "," or tok.like_num or (tok.is_alpha and tok.is_title)):
            return False
        street = street or (tok.lower_ in street_words() and tok.text[:1].isupper())
        k -= 1
    return False


def _aged(doc: Doc, end: int) -> bool:
    """An age right after the run ("B, 33," / "B (33)"): a person's, never a place's."""
    k = end + 1 if end < len(doc) and doc[end].text in {",", "("} else end
    return k < len(doc) and doc[k].like_num and k > end

