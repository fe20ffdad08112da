"""Defendants named in a list: "sentenced A to X, B to Y" after a trigger, and "three
journalists, A, B and C" where a counted group noun is followed by its members' names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract._numbers import parse_number
from extract.nlp import Rules
from extract.records.enumerations import listed_name
from extract.records.people import Mention, NameIndex, group_mention, name_mention
from extract.records.roles import is_official, is_victim


def named_list(doc: Doc, group: Mention, sent: Span, rules: Rules,
               names: NameIndex) -> list[Mention] | None:
    """The members of ``group`` when its noun is followed by exactly that many names
    ("two editors, A and B", "three journalists, A, B and C"); None otherwise. A count that
    differs from the names ("eight activists, including A") keeps the group."""
    if group.kind != "group" or group.name is not None or group.group_size < 2:
        return None
    i = group.end
    if i < sent.end and doc[i].lower_ in {"of", "from", "at", "with"}:
        # "three journalists of the X outlet, A, B and C": past a short phrase to the comma
        j = i + 1
        while j < min(sent.end, i + 8) and doc[j].text not in {",", ":"} and \
                doc[j].pos_ not in {"VERB", "AUX"}:
            j += 1
        i = j
    if i >= sent.end or doc[i].text not in {",", ":", "–", "—"}:
        return None
    i += 1
    out: list[Mention] = []
    while i < sent.end:
        bounds = names.known(doc[i])
        j = bounds[1] if bounds else i
        while bounds is None and j < sent.end and j - i < 4 and doc[j].is_alpha and \
                doc[j].text[:1].isupper():
            j += 1  # the parse often splits a foreign name: read its capitalised run
        m = name_mention(doc, doc[j - 1], names, rules) if j > i else None
        if m is not None and m.start > i:
            m = Mention(start=i, end=j, name=doc[i:j].text)
        if m is None or m.name is None or is_official(doc, m.start, m.end, rules):
            break
        out.append(Mention(start=m.start, end=m.end, name=m.name, kind="name"))
        i = max(m.end, i + 1)
        sep = [t.lower_ for t in doc[i:min(sent.end, i + 2)]]
        if sep[:2] == [",", "and"]:
            i += 2
        elif sep[:1] in ([","], ["and"]):
            i += 1
        else:
            break
    if len(out) != group.group_size:
        return None
    return out


def gapped(doc: Doc, anchor: Token, sent: Span, rules: Rules, names: NameIndex,
            mentions: list[Mention]) -> list[Mention]:
    """"sentenced A to X, B to Y, and C to Z", "... the following terms: A – 10 years, B –
    six years", "A got five years, B three": every "NAME to <term>", "NAME – <term>" or
    "NAME <term>" after the trigger, with the names listed before one ("B, C and D to four
    years each")."""
    out = list(mentions)
    have = {m.name for m in mentions if m.name}
    joined: list[Mention] = []  # "A and B to 18 years each": names waiting for their term
    i = anchor.i + 1
    while i < sent.end - 1:
        if doc[i].is_title and doc[i + 1].text == "-" and not doc[i].whitespace_ and \
                not doc[i + 1].whitespace_:
            i += 2  # "Emir-Useyn Kuku": read the name from its second half
            continue
        found = name_mention(doc, doc[i], names, rules) if doc[i].pos_ == "PROPN" else None
        if found is None and names.known(doc[i]) is None and i > anchor.i:
            found = _elided_item(doc, i, sent, rules, names)  # "B four": a name the NER missed
        bounds = names.known(doc[i]) or ((found.start, found.end) if found else None)
        group = _gapped_group(doc, doc[i], rules) if bounds is None and i > anchor.i else None
        if group is not None and not any(m.start <= group.start < m.end for m in out):
            out.append(group)  # "... and his two accomplices to eight years each"
        if bounds is not None:
            s, e = bounds
            while e + 1 < sent.end and doc[e].is_space:
                e += 1  # "Black  to 15 years": a doubled space is a token of its own
            if e + 2 < sent.end and doc[e].text == "," and doc[e + 1].like_num and \
                    doc[e + 2].text == ",":
                e += 3  # "A, 45, to 12 years": past the age
            # "A – 10 years", "A - to 15 years"
            k = e + 2 if e + 2 < sent.end and doc[e + 1].lower_ == "to" else e + 1
            # "...; B, 11 years; C, 10 years": an item after a semicolon, a comma before its term
            # (the item's first name's: "; B and C, eight years each;")
            opens = joined[0].start if joined else min(s, found.start if found else s)
            listed = k < sent.end and (doc[e].text in {"–", "—", "-", ":"} or (
                doc[e].text == "," and _after_semicolon(doc, opens))
            ) and (doc[k].like_num or doc[k].lower_ in {"life", "death"})
            # "... and a fifth, Musa Bello, to 25 years": an apposition before the gapped term
            apposed = e + 1 < sent.end and doc[e].text == "," and doc[e + 1].lower_ == "to" \
                and s > 0 and doc[s - 1].text == ","
            # "A got five years, B three years and C two": a name, then its term at once
            # ("B a six-year term": the term as an adjective)
            adjectival = e + 1 < sent.end and bool(_ADJECTIVE_ITEM.match(doc.text, doc[e].idx)) \
                and _after_term_item(doc, opens)
            elliptic = adjectival or (e + 1 < sent.end and doc[e].like_num and (bool(
                _ELLIPTIC_TERM.match(doc.text, doc[e].idx))  # ("B 10-and-a-half years")
                # "B six": a bare number only after a person the NER or the index knows
                # ("Article 5", "Ginbot 7" are names of things)
                or (closes_item(doc, e + 1)
                    and (names.known(doc[s]) is not None or found is not None)
                    and _after_term_item(doc, opens)
                    and not any(t.lower_ in _GIVE_WORDS and not _bare_given(doc, t.i)
                                for t in doc[anchor.i + 1:s]))))
            # "..., while B got six and C five": a give verb with a bare number is no outcome
            # word of its own (those want a unit): the item is the list's
            bare_given = _bare_given(doc, e) and _after_term_item(doc, opens)
            # "A was jailed for five years and B for three": the verb gapped, "for" kept
            jailed_for = anchor.lower_ in {"jailed", "jailing"} and e + 1 < sent.end and \
                doc[e].lower_ == "for" and (doc[e + 1].like_num or doc[e + 1].lower_ == "life") \
                and _coordinated_after(doc, s, anchor.i)  # (not "a friend of A for six years")
            m = found or name_mention(doc, doc[bounds[1] - 1], names, rules)
            ok = m is not None and m.name is not None and s > anchor.i and \
                not is_official(doc, s, e, rules) and not is_victim(doc, s, rules)
            if e < sent.end and (doc[e].lower_ == "to" or listed or apposed or elliptic
                                 or jailed_for or bare_given) and ok and m is not None:
                for w in [*joined, m]:
                    if w.name and w.name not in have:
                        out.append(w)
                        have.add(w.name)
                joined = []
            elif ok and m is not None and bounds[1] == e and e < sent.end and \
                    doc[e].lower_ in {",", "and"}:
                joined.append(m)
            else:
                joined = []
            i = max(e, i + 1)
            continue
        if doc[i].lower_ not in {",", "and"} and not (
                joined and doc[i].is_lower and doc[i].pos_ in {"DET", "ADJ", "NOUN"}) and not (
                doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and doc[i].head.i > i):
            joined = []  # ("A and a prominent rights defender B to 12 years": a role between;
            # "A and Elnara B eight years each": a given name read with the name it opens)
        i += 1
    return sorted(out, key=lambda m: m.start)


# words that close an item's term: its unit, its kind, "each" ("A got seven years in prison,
# B six", "A and B five years each, C four", "A a seven-year sentence, B six")
_UNIT_WORDS = frozenset({"years", "year", "months", "month", "half", "prison", "jail", "colony",
                         "imprisonment", "custody", "detention", "arrest", "each", "apiece",
                         "term", "sentence"})
# another outcome verb between the trigger and a bare-number item owns the item ("A was
# sentenced to nine years, while B got nine and C eight": C is "got"'s)
_BARE_GIVE = frozenset({"got", "gets", "received", "receives"})
_GIVE_WORDS = frozenset({"got", "gets", "received", "receives", "given", "handed", "sentenced",
                         "jailed", "gave"})


def _elided_item(doc: Doc, i: int, sent: Span, rules: Rules,
                 names: NameIndex) -> Mention | None:
    """"..., Daulet Serikov four and ...": a run shaped like a person's name that the NER
    did not call one (an organisation, often), right after an item that closed on its term
    and right before a bare number that closes its own item."""
    m = listed_name(doc, i, sent, names, rules)
    if m is None or m.start != i or m.end + 1 >= sent.end or not doc[m.end].like_num or \
            not closes_item(doc, m.end + 1) or \
            not _after_term_item(doc, i):
        return None
    return m


def _after_semicolon(doc: Doc, start: int) -> bool:
    """The name at ``start`` opens an item after a semicolon ("; B," or "; and B,")."""
    k = start - 1
    if k > 0 and doc[k].lower_ == "and":
        k -= 1
    return k >= 0 and doc[k].text == ";"


def _bare_given(doc: Doc, k: int) -> bool:
    """The give verb at ``k`` takes a bare number that closes its item ("B got six, ...")."""
    return k + 2 < len(doc) and doc[k].lower_ in _BARE_GIVE and doc[k + 1].like_num and \
        closes_item(doc, k + 2)


def closes_item(doc: Doc, k: int) -> bool:
    """The token at ``k``, after a bare number, closes that number's item: a comma, a
    semicolon, a full stop, "each", or "and" before the next name ("B six and C five"; not
    "B and C got three and four years")."""
    if k >= len(doc):
        return False
    tok = doc[k]
    if [t.lower_ for t in doc[k:k + 3]] == ["and", "a", "half"]:
        return closes_item(doc, k + 3)  # "B two and a half, C two"
    return tok.text in {",", ";", "."} or tok.lower_ in {"each", "apiece"} or (
        tok.lower_ == "and" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())


def _after_term_item(doc: Doc, start: int) -> bool:
    """The name at ``start`` opens an item after one that ended in its term ("..., seven
    years, B six", "B six and C five", "A a seven-year sentence, B ..."), not after some
    other phrase ("a group, Ginbot 7")."""
    start = _past_possessive_role(doc, start)  # "..., and his deputy B 20"
    k = start - 1
    while k > 0 and doc[k].lower_ in {",", "and", "while", "whereas"}:
        k -= 1
    return k < start - 1 and (doc[k].like_num or doc[k].lower_ in _UNIT_WORDS)


def _past_possessive_role(doc: Doc, start: int) -> int:
    """The start of a possessive role before the name at ``start`` ("his deputy B": the
    token of "his"), or ``start`` when none stands there."""
    k = start - 1
    while k > start - 3 and k > 0 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
        k -= 1
    return k if k < start - 1 and doc[k].lower_ in {"his", "her", "their"} else start


def _coordinated_after(doc: Doc, start: int, anchor: int) -> bool:
    """The name at ``start`` follows "and" or a comma after the trigger, past any role words
    ("... and her brother B"): a coordinate of the trigger's first object or subject."""
    k = start - 1
    while k > anchor and doc[k].is_lower and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PRON"}:
        k -= 1
    return k > anchor and doc[k].lower_ in {"and", ","}


def _gapped_group(doc: Doc, tok: Token, rules: Rules) -> Mention | None:
    """"and his two accomplices to eight years": a counted group noun right before a gapped
    "to <term>", coordinated with the objects before it; also with "to" gapped too ("to
    death ... and five others life in prison", "and two others 10 years each")."""
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(doc):
        return None
    if doc[tok.i + 1].lower_ == "to":
        term = doc[tok.i + 2]
        if not (term.like_num or term.lower_ in {"life", "death", "a", "an"}):
            return None  # "Carey Gabay, an aide to Governor Cuomo": no term follows
    elif not (doc[tok.i + 1].lower_ in {"life", "death"} or (
            doc[tok.i + 1].like_num and doc[tok.i + 2].lower_ in _UNITS)):
        return None
    group = group_mention(tok, rules, open_class=True)
    if group is None or group.start == 0 or doc[group.start - 1].lower_ not in {",", "and"}:
        return None
    return group


def and_others(tok: Token) -> Mention | None:
    """"convicted A and 14 others of X", "A, B and five others were sentenced": a counted
    "others" coordinated with the named defendants is a group of that many besides them."""
    if tok.lower_ != "others" or tok.dep_ != "conj" or any(
            c.dep_ in {"det", "poss"} for c in tok.children):
        return None  # ("the other four": a rest, which binding.remainder_group reads)
    counts = [parse_number(c.text) for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
    if len(counts) != 1 or counts[0] is None or counts[0] != int(counts[0]) or counts[0] < 1:
        return None
    return Mention(start=tok.i - 1, end=tok.i + 1, name=None, group_size=int(counts[0]),
                   kind="group", plural=True)


_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_ADJECTIVE_ITEM = re.compile(r"an?\s+[\w.]+(?:-and-a-half)?-(?:year|month|week|day)\s+"
                             r"(?:\w+\s+)?(?:term|sentence|jail|prison)", re.IGNORECASE)
_ELLIPTIC_TERM = re.compile(r"[\w.]+(?:[-\s]and[-\s]a[-\s]half)?[-\s]+(?:years?|months?|weeks?"
                            r"|days?)\b", re.IGNORECASE)


def employer(doc: Doc, m: Mention, nxt: Mention | None) -> bool:
    """"sentenced Daily Post editor X": a name right before a role noun and the next
    defendant's name is the outlet or firm the role belongs to, not a defendant."""
    if m.name is None or nxt is None or nxt.name is None or not 1 <= nxt.start - m.end <= 3:
        return False
    between = doc[m.end:nxt.start]
    return all(t.is_alpha and t.is_lower and t.pos_ in {"ADJ", "NOUN"} for t in between) and \
        between[-1].pos_ == "NOUN"


def aged_list(doc: Doc, first: Mention, anchor: Token, sent: Span, rules: Rules,
              names: NameIndex) -> list[Mention] | None:
    """"A, 41, formerly of X, Leeds, and B, 29, of Y Road, were jailed": the defendants of a
    list where each is introduced by name and age and may carry an address. Starting from
    ``first`` (so introduced), the further names so introduced up to the trigger (or, when
    the list follows it, to the end of the sentence); None when there are none."""
    if first.name is None or not _aged(doc, first.end):
        return None
    stop = anchor.i if first.end <= anchor.i else sent.end
    out = [*_aged_before(doc, first, sent, rules, names), first]
    i = first.end + 3
    while i < stop:
        tok = doc[i]
        if tok.lower_ == "and" or tok.text == ",":
            j = i + 1 if i + 1 < stop and doc[i + 1].lower_ == "and" else i
            j += 1
            bounds = names.known(doc[j]) if j < stop else None
            if bounds is not None and bounds[0] == j and bounds[1] < stop and \
                    _aged(doc, bounds[1]):
                m = name_mention(doc, doc[bounds[1] - 1], names, rules)
                if m is None or m.name is None or is_official(doc, m.start, m.end, rules) or \
                        is_victim(doc, m.start, rules):
                    return None  # a list with someone not a defendant: not this pattern
                out.append(Mention(start=m.start, end=m.end, name=m.name, kind="name"))
                i = bounds[1] + 3
                continue
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "amod":
            break  # past the list's noun phrases: "A, 41, who had ..., was jailed"
        i += 1
    return out if len(out) > 1 else None


def _aged_before(doc: Doc, first: Mention, sent: Span, rules: Rules,
                 names: NameIndex) -> list[Mention]:
    """"A, 46, formerly of X, and B, 41, of Y, were both jailed" where the parse took only B
    for the subject: the names introduced by name and age before ``first`` in the same list
    (``first`` right after "and"; no verb between them)."""
    if first.start < 1 or doc[first.start - 1].lower_ != "and":
        return []
    out: list[Mention] = []
    i = first.start - 1
    while i > sent.start:
        i -= 1
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "amod":
            break  # "B, 41, who robbed A, 46, and C, 30, ...": not one list
        bounds = names.known(tok)
        if bounds is None or bounds[1] - 1 != i or not _aged(doc, bounds[1]):
            continue
        m = name_mention(doc, tok, names, rules)
        if m is None or m.name is None or is_official(doc, m.start, m.end, rules) or \
                is_victim(doc, m.start, rules):
            break
        out.insert(0, Mention(start=m.start, end=m.end, name=m.name, kind="name"))
        i = m.start
        if i == sent.start or doc[i - 1].text != ",":
            break  # the list's first name
    return out


def opening_names(doc: Doc, mentions: list[Mention], anchor: Token, sent: Span, rules: Rules,
                  names: NameIndex) -> list[Mention]:
    """"A, B and C were sentenced" where the parse hung A apart from the coordination of B
    and C: the names before the subject's first, each set off by a comma alone, when the
    first of them opens the sentence. [] when there are none."""
    named = sorted((m for m in mentions if m.kind == "name" and m.end <= anchor.i),
                   key=lambda m: m.start)
    if len(named) < 2 or named[0].start <= sent.start or \
            not all(t.lower_ in {",", "and"} for t in doc[named[0].end:named[1].start]):
        return []  # (a list of two or more the parse did read)
    out: list[Mention] = []
    i = named[0].start
    while i - 1 > sent.start and doc[i - 1].text == ",":
        bounds = names.known(doc[i - 2])
        m = name_mention(doc, doc[i - 2], names, rules) if bounds is not None else None
        if m is None or m.name is None or m.end != i - 1 or any(
                m.name == n.name for n in mentions) or \
                is_official(doc, m.start, m.end, rules) or is_victim(doc, m.start, rules):
            return []
        out.insert(0, Mention(start=m.start, end=m.end, name=m.name, kind="name"))
        i = m.start
    return out if out and i == sent.start else []


def _aged(doc: Doc, end: int) -> bool:
    """A name ending before ``end`` is followed by ", <age>,"."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and \
        doc[end + 2].text == ","

