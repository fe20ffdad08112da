"""Who a parse coordinates with a defendant: "A and B", "A, B's co-accused C" (an
apposition), "A and B" read as one noun phrase, and the people coordinated with the place of
a defendant's address ("A (28), of Station Road, Athlone, and B (33)")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.records.place_words import street_words


def conj_family(tok: Token) -> list[Token]:
    """``tok`` and every token the parse coordinates with it, in text order."""
    root = tok
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    fam: list[Token] = []

    def walk(t: Token) -> None:
        fam.append(t)
        for c in t.children:
            bracketed = c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in {"(", "["}
            appos = c.dep_ == "appos" and (c.pos_ == "PROPN" or _adjective_name(c))
            if c.dep_ == "conj" or (appos and not bracketed) or (
                c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < t.i
                and any(g.dep_ == "cc" for g in c.children)
            ) or _name_as_modifier(c, t):
                # "A and B" parsed as one noun phrase: A hangs under B as a modifier
                walk(c)
            elif c.dep_ == "prep" and c.lower_ in {"of", "from"} and t.pos_ == "PROPN":
                for person in _past_address(c):
                    walk(person)

    walk(root)
    return sorted(fam, key=lambda t: t.i)


def _name_as_modifier(c: Token, t: Token) -> bool:
    """"C, Gennady German and D": a surname that is also an adjective ("German", "Polish")
    hangs as one before a later name, with the "and" to the next name on it; the NER's
    person span tells it is a name, not "a German and a Polish man"."""
    return c.dep_ == "amod" and c.i < t.i and t.pos_ == "PROPN" and _adjective_name(c) \
        and any(g.dep_ == "cc" for g in c.children)


def _adjective_name(c: Token) -> bool:
    """A surname the parse tags as an adjective ("German"), inside the NER's person span."""
    return c.ent_type_ == "PERSON" and c.is_title and c.pos_ == "ADJ"


def _past_address(prep: Token) -> list[Token]:
    """"A (28), of Station Road, Athlone, and B (33), ..." (the parse hangs B on A's home
    town): the people coordinated with the place an "of" gives a defendant's address."""
    places = [g for g in prep.children if g.dep_ == "pobj" and (
        g.lower_ in street_words() or g.ent_type_ in {"GPE", "FAC", "LOC"})]
    out: list[Token] = []
    while places:
        place = places.pop()
        for c in place.children:
            if c.dep_ != "conj":
                continue
            first = c.left_edge.i
            if c.ent_type_ == "PERSON" and first > 0 and c.doc[first - 1].lower_ == "and":
                out.append(c)  # ("of Kincon, Ballina, Co Mayo": the address's county)
            else:
                places.append(c)  # "Station Road, Athlone, and B": past the town
    return out
