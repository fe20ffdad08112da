"""Nouns that name unnamed defendants beyond the word lists: members of a named community
("a Jehovah's Witness") and ages used as nouns ("the 28-year-old was jailed")."""

from __future__ import annotations

from spacy.tokens import Token


def community_member(tok: Token) -> bool:
    """"a Jehovah's Witness", "two Jehovah's Witnesses": a capitalised noun after a proper
    noun's possessive names a member of a community (not a trial's witness)."""
    return tok.text[:1].isupper() and tok.pos_ in {"NOUN", "PROPN"} and tok.i > 0 and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def counters(tok: Token) -> list[Token]:
    """The words that may count a noun: its own, and those the parse hangs on a proper-noun
    possessor in front of it ("a Jehovah's Witness follower": "a" goes with "Jehovah")."""
    own = list(tok.children)
    for c in own:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < tok.i:
            return own + [g for g in c.children if g.dep_ in {"det", "nummod", "compound"}]
        if c.dep_ == "compound" and community_member(c):
            return own + [g for p in c.children if p.dep_ == "poss" for g in p.children
                          if g.dep_ in {"det", "nummod"}]
    return own


def age_noun(tok: Token) -> bool:
    """"a 45-year-old from Hull", "sentenced a 28-year-old to ...": an age used as the argument,
    with "a", introduces a person (the tagger calls "old" an adjective). "The 58-year-old" is
    left to the reference step: it is mostly someone named before."""
    return tok.lower_ in {"old", "olds"} and tok.dep_ in {
        "nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"} and any(
        c.lower_ in {"year", "years", "month", "months"} and c.i < tok.i for c in tok.children
    ) and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
