"""Lists after a colon whose items each give a name then its own term: "handed down the
following sentences: A, seven years; B, six years", "were sentenced as follows: A – 10
years, B, a journalist, – six years"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.colon_terms import colon_for_items
from extract.records.enumerations import listed_name
from extract.records.people import Mention, NameIndex, name_text
from extract.records.roles import is_official, is_victim

_ITEM_SEPARATORS = frozenset({",", "–", "—", "-", ":"})
_TERM_STARTS = frozenset({"life", "death", "a", "an"})
_NO_TERM_ITEMS = frozenset({"acquitted", "cleared", "released", "discharged"})


def colon_list(doc: Doc, anchor: Token, sent: Span, rules: Rules,
               names: NameIndex) -> list[Mention]:
    """"handed down the following sentences on Tuesday: A, seven years and six months; B,
    six years", "were sentenced as follows: A – 10 years, B, a journalist, – six years": the
    names of a one-line list after a colon that closes the trigger's clause, each item a name
    (with an age or a role) then its own term, or its term then "for" and the name ("seven
    years for A, six for B"). [] unless two or more items are so built."""
    stop = min(sent.end, anchor.i + 16)
    colon = next((t.i for t in doc[anchor.i + 1:stop] if t.text in {":", ";", "."}), None)
    if colon is None or doc[colon].text != ":" or "\n" in doc[anchor.i:colon].text:
        return []
    out: list[Mention] = []
    i = colon + 1
    while i < sent.end:
        if doc[i].lower_ == "and":
            i += 1
        m = _item_name(doc, i, sent, rules, names)
        if m is None:
            owner = _term_first(doc, i, sent, rules, names)
            if owner is None:
                break
            out.append(owner)  # "seven years for A, six for B": the term first
            i = owner.end + 1 if owner.end < sent.end and doc[owner.end].text in {",", ";"} \
                else owner.end
            continue
        k = _past_role(doc, m.end, sent)
        if k >= sent.end or doc[k].text not in _ITEM_SEPARATORS:
            break
        k += 1
        if k < sent.end and doc[k].lower_ == "to":
            k += 1  # "A – to 10 years"
        if k < sent.end and doc[k].lower_ in _NO_TERM_ITEMS:
            i = _next_item(doc, k, sent)  # "B, acquitted;": another outcome's, read by its
            continue  # own trigger
        if k >= sent.end or not (doc[k].like_num or doc[k].lower_ in _TERM_STARTS) or \
                "\n" in doc[i:k].text:
            break
        out.append(m)
        i = _next_item(doc, k, sent)
    if any(names.known(doc[j]) for j in range(i, sent.end)):
        return []  # a name left unread: a list of another build, read by other rules
    return out if len(out) >= 2 else []


def _term_first(doc: Doc, i: int, sent: Span, rules: Rules,
                names: NameIndex) -> Mention | None:
    """The name of an item that gives its term first ("seven years for A", "six for B"):
    a length from ``i``, then "for" and a name that closes the item; None otherwise."""
    if i >= sent.end or not (doc[i].like_num or doc[i].lower_ in _TERM_STARTS):
        return None
    for j in range(i + 1, min(sent.end - 1, i + 10)):
        if doc[j].text in {",", ";", ":"} or doc[j].pos_ in {"VERB", "AUX"}:
            return None
        if doc[j].lower_ == "for":
            m = _item_name(doc, j + 1, sent, rules, names)
            closed = m is not None and (m.end >= sent.end or doc[m.end].text in {
                ",", ";", "."} or doc[m.end].lower_ == "and" or doc[m.end].is_space)
            return m if closed else None
    return None


def colon_span(doc: Doc, anchor: Token, sent: Span) -> Span | None:
    """The trigger's sentence with the rest of its line when the sentence ends in the colon
    that opens a one-line list ("... the following sentences on Tuesday: A, seven years;
    B, ..."; the parser splits there); None otherwise."""
    last = sent.end - 1
    while last > anchor.i and doc[last].is_space:
        last -= 1
    if doc[last].text != ":" or last - anchor.i > 16 or sent.end >= len(doc) or \
            "\n" in doc[last:sent.end].text or "\n" in doc[anchor.i:last].text:
        return None
    end = sent.end
    while end < min(len(doc), sent.end + 150) and "\n" not in doc[end].text:
        end += 1
    return doc[sent.start:end] if end > sent.end + 2 else None


def _item_name(doc: Doc, i: int, sent: Span, rules: Rules,
               names: NameIndex) -> Mention | None:
    """The name an item of a colon list opens with: a known or person-shaped name, or one
    capitalised word that is no place (a surname alone); never an official."""
    if i >= sent.end:
        return None
    m = listed_name(doc, i, sent, names, rules)
    j = i
    while j < min(sent.end, i + 4) and doc[j].is_alpha and doc[j].is_title:
        j += 1
    if m is None and j - i >= 2 and j < sent.end and doc[j].text in _ITEM_SEPARATORS and \
            not any(t.lower_ in rules.words("org_words") for t in doc[i:j]):
        # "Tom Smith - 7 years": the NER ran the name into its term
        m = Mention(start=i, end=j, name=names.canonical(name_text(doc, i, j)), kind="name")
    if m is None and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].is_title and \
            (doc[i].ent_type_ == "PERSON" or names.is_place is None
             or not names.is_place(doc[i].text)) and \
            doc[i].ent_type_ not in {"DATE", "TIME", "NORP"}:
        m = Mention(start=i, end=i + 1, name=names.canonical(doc[i].text), kind="name")
    if m is None or not m.name or m.start != i or is_official(doc, m.start, m.end, rules) \
            or is_victim(doc, m.start, rules):
        return None
    return m


def _past_role(doc: Doc, k: int, sent: Span) -> int:
    """Past ", 34," or ", a journalist," after an item's name: the separator before its term
    (``k`` itself when no such aside follows)."""
    if k + 1 >= sent.end or doc[k].text != ",":
        return k
    j = k + 1
    if j + 1 < sent.end and doc[j].like_num and len(doc[j].text) <= 2 and \
            doc[j + 1].text == ",":
        return j + 1  # an age
    while j < min(sent.end, k + 6) and doc[j].is_alpha and doc[j].is_lower and \
            not doc[j].like_num:
        j += 1
    return j if j > k + 1 and j < sent.end and doc[j].text in _ITEM_SEPARATORS else k


def _next_item(doc: Doc, k: int, sent: Span) -> int:
    """The token after the term that begins at ``k``: past a ";" or a ", " (", and") that
    comes before a capitalised word."""
    while k < sent.end:
        tok = doc[k]
        if tok.text == ";":
            return k + 1
        if tok.text == "," and k + 1 < sent.end and (
                doc[k + 1].is_title or doc[k + 1].lower_ == "and"):
            return k + 1
        if tok.lower_ == "and" and k + 1 < sent.end and doc[k + 1].is_title:
            return k + 1  # "A – 7 years and B – 4 years"
        k += 1
    return k


def with_colon_list(doc: Doc, anchor: Token, sent: Span, rules: Rules,
                    names: NameIndex) -> Span:
    """``sent`` with the rest of its line when it ends in the colon of a one-line list that
    :func:`colon_list` reads ("... the following sentences on Tuesday: A, seven years; B,
    six years": the parser splits at the colon); else ``sent`` itself."""
    wide = colon_span(doc, anchor, sent)
    return wide if wide is not None and (colon_list(doc, anchor, wide, rules, names) or
                                         colon_for_items(doc, anchor, wide, rules, names)) else sent
