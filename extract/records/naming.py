"""One defendant under several forms of a name: spelling variants of one release, a given
name alone beside the full name, a relative's surname ("Bakirov's brother Almaz"), the
relative meant rather than its owner ("Rainsy's wife Tioulong Saumura"), the name an alias
stands for ("X popularly known as Y"); and an
unnamed defendant ("a local woman") named by the sentence after, which introduces her by
name and age or home (one test, ``introduced_name``, for both places that do it), or, for
the article's lead, opens with her name as the subject of her own doing."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.enumerations import listed_people
from extract.records.lead_names import (
    in_headline,
    subject_name,
    suffers,
    tells_of_victim,
    verdict_against,
)
from extract.records.people import Mention, NameIndex, name_mention, person_key, surname_key
from extract.records.roles import is_official

if TYPE_CHECKING:  # assembly imports this module (spelling_variants)
    from extract.records.assembly import Draft

Key = tuple[str, str]  # a draft's merge key: ("name", "first|surname") or ("group", ...)


def spelling_variants(mentions: list[tuple[Key, int]]) -> dict[Key, Key]:
    """"Benjamine Spencer" and "Benjamin Spencer" in one release: one defendant, the name as
    first written (same surname, first names one added letter apart, never in one sentence
    together, as "Louis and Louise Spencer" would be); a given name alone is the one person
    of the article who bears it, a surname alone the one person of that surname."""
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
            fuller = {k for k in sents if k[0] == "name" and "|" in k[1]
                      and key[1] in (k[1].partition("|")[0], k[1].partition("|")[2])}
            # (or of that surname, where the name index missed it: "Sagdiev was also found
            # guilty of X" after "Anvar Sagdiev was sentenced")
            if len(fuller) == 1:
                only = fuller.pop()
                out[key] = out.get(only, only)
    return out


def tail_variants(people: list[tuple[Key, str]]) -> dict[Key, Key]:
    """"Quang Thuan" beside "Vu Quang Thuan": a name of two words or more that is the end of
    exactly one longer name of the article is that person (the NER cut the first word)."""
    names = {key: name.split() for key, name in people if key[0] == "name"}
    out: dict[Key, Key] = {}
    for key, words in names.items():
        longer = {k for k, w in names.items() if len(w) > len(words) >= 2
                  and w[-len(words):] == words}
        if len(longer) == 1:
            out[key] = longer.pop()
    return out


def fullest_names(drafts: list[Draft], names: NameIndex, rules: Rules) -> None:
    """"Noor Vahidzadeh, 25, was sentenced ... 'the appeal of Sahand Noor Vahidzadeh'": a
    defendant's name of two words or more that ends the one longer name the article gives for
    that surname takes the longer form (GUIDELINES: the fullest form the text gives), unless
    that longer name is a record of its own or its further words are a title ("Former MP")."""
    own = {d.person for d in drafts if d.person}
    titles = rules.words("strip_titles") | rules.words("official_titles") | \
        rules.words("title_modifiers") | rules.words("people_nouns")
    for d in drafts:
        words = d.person.split() if d.person else []
        if len(words) < 2:
            continue
        full = names.by_surname.get(surname_key(d.person or ""))
        longer = full.split() if full else []
        if full and len(longer) > len(words) and longer[-len(words):] == words and \
                full not in own and all(w.istitle() and w.isalpha() and w.lower() not in titles
                                        for w in longer[:-len(words)]):
            d.person = full


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


def relative_named(doc: Doc, owner: Mention, names: NameIndex, rules: Rules) -> Mention | None:
    """"Rainsy's wife Tioulong Saumura", "Ivan Petrov's brother, Oleg": the relative named
    after an owner's kin noun is the one meant, not the owner (None when no name follows)."""
    i = owner.end
    if i + 2 >= len(doc) or doc[i].lower_ not in {"'s", "’s"} or \
            doc[i + 1].lower_ not in rules.words("kin_nouns"):
        return None
    i += 2 + (doc[i + 2].text == ",")
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return None
    named = name_mention(doc, doc[i], names, rules)
    if named is None or not named.name or named.start != i:
        return None
    return with_family_name(doc, doc[i], named, rules, names)


def alias_owner(doc: Doc, alias: Mention, names: NameIndex, rules: Rules) -> Mention | None:
    """"Patricia Asiedua popularly known as Agradaa", "A, also known as B": the name before
    an alias is the defendant's (aliases are left out); None when ``alias`` is none."""
    i = alias.start - 1
    if i >= 0 and doc[i].text in {'"', "“", "'", "‘"}:
        i -= 1  # 'known as "Wild Bill"'
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 2
        while i >= 0 and doc[i].pos_ == "ADV":  # "also", "popularly", "better"
            i -= 1
    elif i >= 0 and doc[i].lower_ in {"alias", "aka", "a.k.a.", "nicknamed", "dubbed"}:
        i -= 1
    else:
        return None
    i = _before_description(doc, i)
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN":
        return None
    owner = name_mention(doc, doc[i], names, rules)
    return owner if owner is not None and owner.name and owner.end == i + 1 else None


def _before_description(doc: Doc, i: int) -> int:
    """"A, a gang boss known as B", "A, a figure of the Kazakh underworld known as B": the
    comma before the description that ends at ``i`` (a few lower-case words, or a people's
    adjective), or ``i`` when there is none."""
    k = i
    while k >= 0 and i - k < 10 and doc[k].is_alpha and (
            doc[k].is_lower or doc[k].ent_type_ in {"NORP", "GPE"}):
        k -= 1
    return k if k < i and k >= 0 and doc[k].text == "," else i


def introduced_next(doc: Doc, tok: Token, names: NameIndex, rules: Rules) -> Mention | None:
    """"A man jailed for life ... was freed today. Robert Brown, from Glasgow, has always
    claimed ...": an indefinite defendant is the person the next sentence opens with and
    introduces by age or home ("X, 45," / "X, from Y," / "X, of Y,")."""
    start = tok.sent.end
    if start >= len(doc) - 3:
        return None
    while start < len(doc) and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if start >= len(doc):
        return None
    aged = _past_age(doc, start)
    if aged is not None:  # "Twenty-four-year-old Marcus Floyd was ...": the age before
        bounds = names.known(doc[aged])
        m = name_mention(doc, doc[aged], names, rules) if bounds and bounds[0] == aged else None
        if m is not None and m.name and len(m.name.split()) >= 2 and \
                not is_official(doc, m.start, m.end, rules) and \
                not suffers(doc[aged].sent, m.start, m.end):
            return m
    m = introduced_name(doc, doc[start], len(doc), names, rules, home=True)
    if m is not None and suffers(doc[start].sent, m.start, m.end):
        return None  # "Susan Clarke, 52, died of her wounds": the victim, introduced
    return m


def _past_age(doc: Doc, start: int) -> int | None:
    """The token after a sentence-opening "24-year-old" / "Twenty-four-year-old", or None."""
    for k in range(start, min(len(doc) - 1, start + 8)):
        if doc[k].lower_ == "old" and k >= start + 2 and doc[k - 1].text == "-" and \
                doc[k - 2].lower_ in {"year", "years"}:
            return k + 1
        if not (doc[k].like_num or doc[k].text == "-" or doc[k].lower_ in {"year", "years"}):
            return None
    return None


def name_unnamed_leads(doc: Doc, drafts: list[Draft], names: NameIndex, rules: Rules) -> int:
    """"... the sentencing of a local woman for burglary. Ann Marie Cole, 39, faced ...": an
    unnamed one-person record whose next sentence (or the one after) opens with a full name
    and an age, where that name has no record of its own, is that person's; the article's
    first record also when the very next sentence opens with a full name as the subject of
    its verb ("A blogger was jailed ... Ivan Sokolov ran a channel that ..."). Returns how
    many records were named."""
    named = {d.person for d in drafts if d.person and not d.prior}
    lead = min((d.sent_index for d in drafts if not in_headline(doc, d)), default=-1)
    told = {d.person for d in drafts if d.person}
    done = 0
    sents = list(doc.sents)
    for d in drafts:
        if d.person is not None or d.group_size != 1 or d.prior:
            continue
        found: list[str] = []
        subject = False  # named by the lead rule, which reads a victim's lead as no lead
        for n, sent in enumerate(sents[d.sent_index + 1:d.sent_index + 3]):
            first = next((t for t in sent if not t.is_space), None)
            m = introduced_name(doc, first, sent.end, names, rules, home=False) \
                if first is not None and len(sent) > 3 else None
            if m is not None and suffers(sent, m.start, m.end):
                m = None  # "Susan Clarke, 52, died of her wounds": the victim, introduced
            if m is None and first is not None and n == 0 and d.sent_index == lead and \
                    not tells_of_victim(sents[d.sent_index], rules):
                m = subject_name(doc, first, names, rules) or verdict_against(
                    doc, sent, names, rules)  # the lead's: "X ran ...", "the verdict against X"
                if m is not None and m.name in told:
                    m = None  # ("X had been sentenced ..." retells X's own earlier case)
                subject = m is not None
            if m is not None and m.name:
                found.append(m.name)
        # (for the lead rule, drafts of the same key are one defendant told of twice: all
        # take the name; the age rule names a lone unnamed draft only)
        if len(found) == 1 and found[0] not in named and not any(
                (d2.key != d.key if subject else d2 is not d) and d2.person is None
                and not d2.prior and d2.group_size == 1
                and abs(d2.sent_index - d.sent_index) <= 2 for d2 in drafts):
            old = d.key
            for same in [d2 for d2 in drafts if d2.key == old and d2.person is None
                         and not d2.prior]:
                same.person = found[0]
                same.key = ("name", person_key(found[0]))
                same.flags.append("named-after")
                done += 1
            named.add(found[0])
    return done


# "They are A, B and C.", "They were identified as A and B.": who the group just told of is
_THEY_ARE_RE = re.compile(r"(?:they|the\s+(?:men|women|two|three|four|five|six))\s+(?:are|were)"
                          r"(?:\s+(?:identified|named)\s+as)?\s+(?=[A-Z])", re.IGNORECASE)


# verbs of a defendant's own part after the verdict: "A, 24, and B, 22, must serve 25 years"
_SERVING_VERBS = frozenset({"serve", "plead", "admit", "deny", "appeal"})


def _serving_subjects(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> list[str]:
    """The names that open ``sent`` as the subject of a defendant's own verb ("Lee Grant, 24,
    and Sam Price, 22, must serve at least 25 years", also told by a source after it: "...
    will appeal, their lawyer said"); [] otherwise."""
    root = sent.root
    if root.lemma_.lower() in {"say", "tell"}:
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    if root.lemma_.lower() not in _SERVING_VERBS or not any(
            c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return []
    subject = next(c for c in root.children if c.dep_ == "nsubj" and c.i < root.i)
    if subject.left_edge.i != sent.start or names.known(doc[sent.start]) is None:
        return []
    return listed_people(doc, doc[sent.start:root.i], names, rules)


def name_unnamed_groups(doc: Doc, drafts: list[Draft], names: NameIndex,
                        rules: Rules) -> list[Draft]:
    """"... sentenced three people to 20 years for robbery. They are A, B and C.": an unnamed
    group whose next sentence opens by naming exactly as many people (or opens with them as
    the subject of their own serving: "A, 24, and B, 22, must serve 25 years"), none with a
    record of their own, is those people: one record each, with the group's slots."""
    named = {d.person for d in drafts if d.person}
    sents = list(doc.sents)
    out: list[Draft] = []
    for d in drafts:
        k = d.sent_index + 1
        while k + 1 < len(sents) and k <= d.sent_index + 2 and _names_nobody(sents[k], names):
            k += 1  # "... The church was banned in 2019. A and B ...": background between
        nxt = sents[k] if k < len(sents) else None
        fits = nxt is not None and d.person is None and not d.prior and \
            2 <= d.group_size <= 12
        m = _THEY_ARE_RE.match(nxt.text) if fits and nxt is not None else None
        people = listed_people(doc, doc[nxt.start:nxt.end], names, rules) \
            if nxt is not None and m is not None else \
            _serving_subjects(doc, nxt, names, rules) if fits and nxt is not None else []
        if len(people) != d.group_size or named & set(people) or sum(
                1 for o in drafts if o.person is None and o.sent_index == d.sent_index) > 1:
            out.append(d)
            continue
        spread = bool({"range", "ceiling", "total"} & set(d.flags))  # a range or a total
        # over them: no one's
        for name in people:
            out.append(replace(d, person=name, group_size=1, key=("name", person_key(name)),
                               months=None if spread else d.months,
                               flags=[*d.flags, "named-after"]))
        named.update(people)
    return out


def _names_nobody(sent: Span, names: NameIndex) -> bool:
    """No person's name in ``sent`` (a sentence of background between a group and its names)."""
    return not any(names.known(t) is not None for t in sent)


def introduced_name(doc: Doc, first: Token, end: int, names: NameIndex, rules: Rules, *,
                    home: bool) -> Mention | None:
    """The full name at ``first`` when what follows introduces it, before ``end``: an age
    ("Ann Cole, 39,") or, with ``home``, a home ("Ann Cole, from Leeds,"); never an official.
    Both rules above name an unnamed defendant this way."""
    bounds = names.known(first)
    if bounds is None or bounds[0] != first.i or bounds[1] + 2 >= end:
        return None
    comma, cue = doc[bounds[1]], doc[bounds[1] + 1]
    aged = cue.like_num and (home or doc[bounds[1] + 2].text == ",")
    bracketed = comma.text == "(" and cue.like_num and doc[bounds[1] + 2].text == ")"
    if not bracketed and (comma.text != "," or not (
            aged or (home and cue.lower_ in {"from", "of"}))):
        return None  # ("Jiang Tianyong (46) developed ...": an age in brackets)
    m = name_mention(doc, first, names, rules)
    if m is None or not m.name or len(m.name.split()) < 2 or \
            is_official(doc, m.start, m.end, rules):
        return None
    return m
