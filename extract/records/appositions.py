"""A defendant named in apposition where the small parser hangs the name on the wrong noun.

"the main suspect in the case of the riots in Osh, Omar Saidov, was sentenced ...": the
parse makes "Omar Saidov" an apposition of "Osh" (the nearest noun), not of "suspect". A
person's name in apposition to a place, an event or a thing that sits in the prepositional
chain of a role noun ("suspect", "defendant", "member") names the role noun's bearer, since
a place or a case has no personal name of its own. "the convictions of his co-defendants A
and B": the parse hangs the names on the conviction noun itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.records.people import Mention, NameIndex, name_mention
from extract.records.roles import is_official, is_victim

_CHAIN_DEPS = frozenset({"prep", "pobj"})
_MAX_CHAIN = 8  # tokens of preposition and object walked below the role noun


def chained_apposition(doc: Doc, role: Token, names: NameIndex, rules: Rules) -> Mention | None:
    """The name in apposition to a non-person noun of ``role``'s prepositional chain, set off
    by commas and closing the phrase ("the main suspect in the case of X, A B, was ..."), or
    None. The role noun is one person ("the suspect", "a member"), never a group."""
    if role.tag_ not in {"NN", "NNP"}:
        return None
    people = rules.words("people_nouns")
    stack = [c for c in role.children if c.dep_ == "prep"]
    seen = 0
    while stack and seen < _MAX_CHAIN:
        tok = stack.pop()
        seen += 1
        if tok.dep_ == "pobj":
            if tok.lower_ in people or tok.ent_type_ == "PERSON":
                return None  # "the lawyer of the accused, A": whose name is open to doubt
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    found = _closing_name(doc, c, role, names, rules)
                    if found is not None:
                        return found
        stack.extend(c for c in tok.children if c.dep_ in _CHAIN_DEPS)
    return None


def _closing_name(doc: Doc, tok: Token, role: Token, names: NameIndex,
                  rules: Rules) -> Mention | None:
    m = name_mention(doc, tok, names, rules)
    if m is None or m.name is None or len(m.name.split()) < 2:
        return None  # a single capitalised word beside a place is more likely a place
    before, after = doc[m.start - 1] if m.start > 0 else None, doc[m.end] if m.end < len(
        doc) else None
    if before is None or before.text != "," or after is None or after.text not in {",", "–",
                                                                                   "—"}:
        return None
    if role.right_edge.i > m.end:
        return None  # the role noun's phrase goes on past the name: not its closing apposition
    if is_official(doc, m.start, m.end, rules) or is_victim(doc, m.start, rules):
        return None
    return m


_OWNER_WORDS = frozenset({"his", "her", "their", "its", "the", "a", "an", "two", "three",
                          "four", "five", "other", "fellow", "all"})


def people_phrase(text: str, rules: Rules) -> bool:
    """"his co-defendants", "the two accomplices": a phrase naming people, which "the
    convictions of ..." puts where a charge stands; it is no offence."""
    words = [w for w in text.lower().replace("-", " - ").split() if w not in _OWNER_WORDS]
    people = rules.words("people_nouns") | rules.words("strip_titles")
    joined = " ".join(words).replace(" - ", "-")
    return bool(words) and (joined in people or all(w in people or w in {"-", "co"}
                                                    for w in words))
