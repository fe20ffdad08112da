"""One defendant under several forms of a name: spelling variants of one release, a given
name alone beside the full name, a relative's surname ("Bakirov's brother Almaz")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.records.people import Mention, NameIndex, name_mention

Key = tuple[str, str]  # a draft's merge key: ("name", "first|surname") or ("group", ...)


def spelling_variants(mentions: list[tuple[Key, int]]) -> dict[Key, Key]:
    """"Benjamine Spencer" and "Benjamin Spencer" in one release: one defendant, the name as
    first written (same surname, first names one added letter apart, never in one sentence
    together, as "Louis and Louise Spencer" would be); a given name alone is the one person
    of the article who bears it."""
    out: dict[Key, Key] = {}
    seen: list[Key] = []
    sents: dict[Key, set[int]] = {}
    for key, sent in mentions:
        sents.setdefault(key, set()).add(sent)
    for key in sents:
        if key[0] != "name":
            continue
        first, _, surname = key[1].partition("|")
        for other in seen:
            o_first, _, o_surname = other[1].partition("|")
            if surname and o_surname == surname and min(len(first), len(o_first)) >= 4 and \
                    len(first) != len(o_first) and _one_edit(first, o_first) and \
                    not sents[key] & sents[other]:
                out[key] = other
                break
        else:
            seen.append(key)
    for key in sents:  # "Jaŭhien" beside "Jaŭhien Šajbak": the one person of that given name
        if key[0] == "name" and "|" not in key[1] and key not in out:
            fuller = [k for k in sents if k[0] == "name" and k[1].partition("|")[0] == key[1]
                      and "|" in k[1]]
            if len(fuller) == 1:
                out[key] = out.get(fuller[0], fuller[0])
    return out


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def with_family_name(doc: Doc, tok: Token, named: Mention, rules: Rules,
                     names: NameIndex) -> Mention:
    """"Bakirov's brother Almaz" is Almaz Bakirov: a given name alone after a male relative
    of a named person takes that person's surname. ``tok``: the name's token or the kin noun
    it stands beside."""
    kin_words = rules.words("kin_sharing_surname")
    if named.name is None or " " in named.name:
        return named
    holders = [tok] if tok.lower_ in kin_words else []
    holders += [c for c in tok.children if c.dep_ == "compound" and c.lower_ in kin_words]
    if tok.dep_ == "appos" and tok.head.lower_ in kin_words:
        holders.append(tok.head)
    if not holders:
        return named
    for holder in {*holders, tok}:
        for c in holder.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                owner = name_mention(doc, c, names, rules)
                if owner is not None and owner.name and owner.name != named.name:
                    return Mention(start=named.start, end=named.end, kind=named.kind,
                                   name=f"{named.name} {owner.name.split()[-1]}")
    return named


def introduced_next(doc: Doc, tok: Token, names: NameIndex, rules: Rules) -> Mention | None:
    """"A man jailed for life ... was freed today. Robert Brown, from Glasgow, has always
    claimed ...": an indefinite defendant is the person the next sentence opens with and
    introduces by age or home ("X, 45," / "X, from Y," / "X, of Y,")."""
    end = tok.sent.end
    if end >= len(doc) - 3:
        return None
    start = end
    while start < len(doc) and (doc[start].is_space or doc[start].is_punct):
        start += 1
    bounds = names.known(doc[start]) if start < len(doc) else None
    if bounds is None or bounds[0] != start or bounds[1] + 2 >= len(doc):
        return None
    after = doc[bounds[1]:bounds[1] + 2]
    if after[0].text != "," or not (after[1].like_num or after[1].lower_ in {"from", "of"}):
        return None
    named = name_mention(doc, doc[start], names, rules)
    return named if named is not None and named.name and " " in named.name else None
