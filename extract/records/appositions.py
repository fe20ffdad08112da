"""Defendants named beside a role or another defendant where the small parser or NER loses
them: an apposition hung on the wrong noun, names right after a role noun, a name coordinated
with a known person's name but mislabelled by the NER.

"the main suspect in the case of the riots in Osh, Omar Saidov, was sentenced ...": the
parse makes "Omar Saidov" an apposition of "Osh" (the nearest noun), not of "suspect". A
person's name in apposition to a place, an event or a thing that sits in the prepositional
chain of a role noun ("suspect", "defendant", "member") names the role noun's bearer, since
a place or a case has no personal name of its own. "the convictions of his co-defendants A
and B": the parse hangs the names on the conviction noun itself; "giving 15-year sentences
to co-defendants A and B": it makes them the verb's object, the role noun the preposition's.
"A and B" where the NER called B a person and A a building: A is a person too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.normalize import parse_number
from extract.records.addresses import in_address
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


def closing_apposition(doc: Doc, role: Token, names: NameIndex, rules: Rules) -> Mention | None:
    """"One of the best-known bloggers in Osh, A B, was jailed": the name set off by commas
    that closes the phrase of "one", wherever the parse hung it (often on the place)."""
    for tok in role.subtree:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > role.i:
            found = _closing_name(doc, tok, role, names, rules)
            if found is not None:
                return found
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
    words = [w for w in text.lower().replace("-", " - ").split() if w not in _OWNER_WORDS
             and not w.isdigit() and parse_number(w) is None]  # ("the 12 journalists")
    people = rules.words("people_nouns") | rules.words("strip_titles")
    joined = " ".join(words).replace(" - ", "-")
    return bool(words) and (joined in people or all(w in people or w in {"-", "co"}
                                                    for w in words))


def names_after_role(doc: Doc, role: Token, names: NameIndex, rules: Rules) -> Token | None:
    """"to co-defendants A and B", "on his accomplices A and B": the head of the name that
    starts right after a plural role noun with no count (its coordinated names follow it in
    the parse), or None."""
    if role.lower_ not in rules.words("people_nouns") or role.tag_ != "NNS" or any(
            c.dep_ == "nummod" for c in role.children):
        return None
    nxt = role.i + 1
    if nxt + 1 < len(doc) and doc[nxt].text == ",":
        nxt += 1  # "to suspects, A, B and C"
    bounds = names.known(doc[nxt]) if nxt < len(doc) else None
    if bounds is None or bounds[0] != nxt:
        return None
    span = doc[bounds[0]:bounds[1]]
    if is_official(doc, span.start, span.end, rules) or is_victim(doc, span.start, rules):
        return None
    return span.root


def coordinated_name(doc: Doc, tok: Token, names: NameIndex, rules: Rules, *,
                     argument: bool = False) -> Mention | None:
    """The name of ``tok`` when the NER gave it another label (a facility, an organisation)
    but the parse coordinates it with a name the article knows as a person's: "the sentences
    of A B and C D" with C D a PERSON; or, with ``argument`` (``tok`` is the trigger's own
    object or subject), when the NER took it for a place or a building ("acquitted Asia
    Bibi"): no outcome verb takes a building for its object. Two to four capitalised words,
    no organisation word, no place of the gazetteer."""
    beside_known = any(c.dep_ == "conj" and names.known(c) for c in tok.children) or (
        tok.dep_ == "conj" and names.known(tok.head) is not None)
    misread = argument and tok.ent_type_ in {"FAC", "LOC", "GPE"} and names.known(tok) is None
    if tok.pos_ != "PROPN" or not (beside_known or misread):
        return None
    start = tok.i
    while start > tok.sent.start and doc[start - 1].dep_ == "compound" and \
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i <= tok.i:
        start -= 1
    span = doc[start:tok.i + 1]
    words = [t.text for t in span]
    org = rules.words("org_words") | rules.words("official_titles")
    # "Hale and Lee": a surname too, when bare ("the Federation of X" is no one)
    shortest = 1 if beside_known and not misread and tok.ent_type_ in {"", "PERSON"} and \
        not any(c.dep_ in {"det", "prep", "poss"} and c.lower_ not in {"both", "either"}
                for c in tok.children) else 2
    if not shortest <= len(words) <= 4 or any(
            not w[:1].isupper() or not w.replace("-", "").isalpha() or w.lower() in org
            for w in words):
        return None
    if names.is_place is not None and names.is_place(span.text):
        return None
    if is_official(doc, span.start, span.end, rules) or is_victim(doc, span.start, rules) or \
            in_address(doc, span.start, span.end):
        return None  # "A (52), Cherry Lane, Cork": an address in apposition
    return Mention(start=span.start, end=span.end, name=names.canonical(span.text), kind="name")
