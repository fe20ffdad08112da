"""Lists whose items each carry their own term (after a colon: colon_lists.py): "A (7
years), B (6 years) and C (3 years)" with the terms in brackets; the objects of a give
verb, each before its term ("gave A 12 years and B nine"); items with a participle of
their own ("A, given 20 years, and B, sentenced to eight"); "respectively" lengths paired
with names a second verb or a longer list holds; and lengths listed over as many names
("A, B and C were jailed for 10, 12 and 15 days")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules, doc_text
from extract.records.binding import (
    LIST_BEFORE,
    NUM_WORD,
    respectively_terms,
    terms_given_before,
)
from extract.records.colon_terms import terms_before
from extract.records.enumerations import listed_people
from extract.records.people import Mention, NameIndex, name_mention, name_text
from extract.records.roles import is_official
from extract.records.terms import TermSpan, find_term_spans

_PAREN_ITEM_RE = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*\(\s*(?P<term>[^()\n]{3,80}?)\s*\)"
    r"(?P<sep>\s*(?:,\s*and|,|and|;)\s+|\s+(?=[a-z]))?")


def parenthesised_names(doc: Doc, names: NameIndex, rules: Rules) -> int:
    """"Yildiz (7 years and 6 months), Demir (6 years) and Kaya (3 years)": every name of a
    list whose items each carry a term in brackets is a person's, also a surname alone that
    the NER missed or took for a place or a firm. Returns how many names were added."""
    text = doc_text(doc)
    added = 0
    for sent in doc.sents:
        for chain in _paren_chains(text, sent.start_char, sent.end_char, rules):
            for name_start, name_end, _ in chain:
                span = doc.char_span(name_start, name_end, alignment_mode="contract")
                if span is None or len(span) == 0:
                    continue
                known = names.known(span[-1])
                if known is not None:  # the NER's, but maybe a place to the gazetteer ("Kaya")
                    if known == (span.start, span.end):  # (not when the NER took less of it)
                        names.written.setdefault(known, names.canonical(name_text(doc, *known)))
                    continue
                s, e = span.start, span.end
                lead = rules.words("people_nouns") | rules.words("strip_titles") | \
                    {"the", "a", "an"}
                while s < e and (doc[s].lower_ in lead or doc[s].lower_.rstrip("s") in lead):
                    s += 1  # "journalists Yildiz (...)": the role noun is no part of the name
                if s >= e or any(t.lower_ in rules.words("org_words") for t in doc[s:e]) or \
                        is_official(doc, s, e, rules):
                    continue
                for i in range(s, e):
                    names.spans[i] = (s, e)
                full = name_text(doc, s, e)
                names.written[(s, e)] = full  # a person's, whatever the gazetteer says ("Kaya")
                names.by_surname.setdefault(re.sub(r"[^\w-]", "", full.lower().split()[-1]),
                                            full)
                added += 1
    return added


def _paren_chains(text: str, start: int, end: int,
                  rules: Rules) -> list[list[tuple[int, int, TermSpan]]]:
    """The runs of two or more "NAME (TERM)" items joined by commas or "and" in
    ``text[start:end]``: each item's name offsets and its term."""
    chains: list[list[tuple[int, int, TermSpan]]] = []
    chain: list[tuple[int, int, TermSpan]] = []
    joined_at = -1  # where the next item must start to continue the chain
    for m in _PAREN_ITEM_RE.finditer(text, start, end):
        term = next((t for t in find_term_spans(text, m.start("term"), m.end("term"), rules)
                     if t.start == m.start("term") and not t.hedged), None)
        if term is None or m.start() != joined_at:
            if len(chain) >= 2:
                chains.append(chain)
            chain = []
        if term is not None:
            chain.append((m.start("name"), m.end("name"), term))
        joined_at = m.end() if (m.group("sep") or "").strip() else -1
    if len(chain) >= 2:
        chains.append(chain)
    return chains


def parenthesised_terms(doc: Doc, mentions: list[Mention],
                        terms: list[TermSpan]) -> list[TermSpan | None] | None:
    """Each mention's own term when two or more of them are followed by one in brackets
    ("A (seven years), B (six years) and C (three years) were convicted"); None otherwise."""
    text = doc_text(doc)
    out: list[TermSpan | None] = []
    for m in mentions:
        last = doc[m.end - 1]
        opened = _OPEN_RE.match(text, last.idx + len(last.text))
        term = next((t for t in terms if opened is not None and t.start == opened.end()
                     and ")" not in text[t.start:t.end]), None)
        rest = _KIND_AFTER_RE.match(text, term.end) if term is not None else None
        if term is not None and rest is not None:  # "(six years, suspended)": its kind too
            term = replace(term, end=rest.end(1), text=text[term.start:rest.end(1)])
        out.append(term)
    return out if sum(t is not None for t in out) >= 2 else None


_OPEN_RE = re.compile(r"\s*\(\s*")
_KIND_AFTER_RE = re.compile(r"(,?\s*(?:suspended|conditional|on\s+probation|of\s+probation))\s*\)",
                            re.IGNORECASE)


def parenthesised_list(doc: Doc, m: Mention, sent: Span, rules: Rules,
                       names: NameIndex) -> list[Mention] | None:
    """All the names of the "NAME (TERM), NAME (TERM) and NAME (TERM)" list that ``m`` is an
    item of (the parse breaks the coordination at the brackets); None when it is in none."""
    if m.name is None or m.kind != "name":
        return None
    text = doc_text(doc)
    for chain in _paren_chains(text, sent.start_char, sent.end_char, rules):
        if not any(s <= doc[m.start].idx < e for s, e, _ in chain):
            continue
        out: list[Mention] = []
        for s, e, _ in chain:
            span = doc.char_span(s, e, alignment_mode="contract")
            found = name_mention(doc, span[-1], names, rules) if span is not None and \
                len(span) else None
            if found is None or found.name is None:
                return None  # an item that is no one's name: not this pattern
            out.append(Mention(start=found.start, end=found.end, name=found.name, kind="name"))
        return out
    return None




def list_clause(clause: tuple[int, int], mentions: list[Mention],
                sent: Span) -> tuple[int, int]:
    """The token range a trigger's terms are read from, widened to its defendants: gapped
    objects ("..., B to 20 years") lie beyond the trigger's clause, bracketed items ("A (six
    years, suspended) and B (two years) were convicted") may lie before it."""
    names = [m.start for m in mentions if m.kind == "name"] if len(mentions) > 1 else []
    return (max(sent.start, min([clause[0], *names])),
            sent.end if any(m.end > clause[1] for m in mentions) else clause[1])


def items_with_terms(doc: Doc, mentions: list[Mention], terms: list[TermSpan],
                     sent: Span) -> bool:
    """"Those convicted include A, who received seven years; B, six years; and C, four
    years": two or more named defendants, each followed by a term of its own before the
    next one's name (so a term past another outcome word inside the list is still theirs)."""
    if len(mentions) < 2 or any(m.kind != "name" or not sent.start <= m.start < sent.end
                                for m in mentions):
        return False
    ordered = sorted(mentions, key=lambda m: m.start)
    ends = [doc[m.start].idx for m in ordered[1:]] + [sent.end_char]
    return all(any(doc[m.end - 1].idx < t.start < hi for t in terms)
               for m, hi in zip(ordered, ends, strict=True))


_DATIVE_RULES = frozenset({"gave-person-bare-term", "handed-person-term"})
_GIVE_TO_RULES = frozenset({"imposed-term-on"})


def own_terms(doc: Doc, anchor: Token, rule_id: str, mentions: list[Mention],
              terms: list[TermSpan], names: NameIndex,
              rules: Rules) -> list[TermSpan | None] | None:
    """Each defendant's term where a list gives each their own; None to leave it to the
    general assignment. The objects of a give verb ("gave A 3 months and B a fine"), items
    with bracketed terms ("A (seven years), B (six years)"), and one name read after the
    trigger right before its term ("gave Yildiz 7 years and Demir 6 years" with only Demir
    known: Demir's is the term after Demir, not the first after the verb)."""
    if not terms:
        return None
    labelled = _label_terms(doc, anchor, mentions, terms)
    if labelled is None and mentions:
        # "seven years for A, six for B and five for C"; after a colon one item is enough
        # ("...: two years in prison for A")
        before = terms_before(doc, mentions, terms)
        colon = any(t.text == ":" for t in doc[anchor.i:mentions[0].start])
        if before is not None and (colon or sum(t is not None for t in before) >= 2):
            labelled = before
    if labelled is not None:
        return labelled
    if len(mentions) > 1:
        given = terms_given_before(doc, anchor, mentions, terms) \
            if rule_id in _GIVE_TO_RULES else None  # "handed X to A, and Y to B"
        if given is not None:
            return given
        if rule_id in _DATIVE_RULES:
            return dative_terms(doc, mentions, terms)
        return parenthesised_terms(doc, mentions, terms)
    if "respectively" in anchor.sent.text.lower() and mentions[0].name:
        return _respective_one(doc, anchor, mentions[0], terms, names, rules)
    if mentions[0].start <= anchor.i:
        return None
    named = own_term(doc, mentions[0], [t for t in terms if t.end > anchor.idx])
    return [named] if named is not None else None


def _label_terms(doc: Doc, anchor: Token, mentions: list[Mention],
                 terms: list[TermSpan]) -> list[TermSpan | None] | None:
    """"Sentenced to five years each: A, B and C; to four years: D and E": names listed
    after a colon that closes a label's term take that label's term (the nearest label
    before them), never one further on. None when the names do not all follow such a
    colon, a label holds other than one term, or a name's item holds a term of its own
    ("handed prison terms to four: A, seven years; B, five years")."""
    first = min((m.start for m in mentions), default=anchor.i)
    colons = [t.i for t in doc[anchor.i + 1:max(m.end for m in mentions)] if t.text == ":"]
    if not colons or colons[0] >= first:
        return None
    ordered = sorted(mentions, key=lambda m: m.start)
    ends = [doc[m.start].idx for m in ordered[1:]] + [anchor.sent.end_char]
    for m, hi in zip(ordered, ends, strict=True):
        lo = doc[m.end - 1].idx
        if any(lo < t.start < hi and not any(lo < doc[c].idx < hi and doc[c].idx > t.start
                                             for c in colons) for t in terms):
            return None  # "handed prison terms to four: A, seven years; B, ...": items'
    out: list[TermSpan | None] = []
    for m in mentions:
        colon = max((c for c in colons if c < m.start), default=None)
        if colon is None:
            return None
        opens = max((c + 1 for c in colons if c < colon), default=anchor.i)
        own = [t for t in terms if doc[opens].idx < t.start < doc[colon].idx]
        if len(own) != 1:
            return None
        out.append(own[0])
    return out


_AUXILIARIES = frozenset({"was", "were", "has", "have", "had", "been", "is"})


def item_owner(doc: Doc, anchor: Token, mentions: list[Mention],
               rules: Rules) -> list[Mention] | None:
    """"Among those sentenced were A, known as X, given 20 years, and B, sentenced to eight
    years": a trigger set off by a comma (a participle, or "who got") inside a list whose
    items each carry their own outcome is about the name of its own item only: the nearest
    name before it, when the list goes on after it or the item before holds its own term.
    None when the trigger is not so placed ("A and B, sentenced to five years each")."""
    if len(mentions) < 2 or anchor.tag_ not in {"VBN", "VBD"}:
        return None
    k = anchor.i - 1
    while k > anchor.sent.start and doc[k].lower_ in _AUXILIARIES:
        k -= 1
    if k < anchor.i - 1 or doc[k].lower_ == "who":  # "B, who was sentenced to ...", not
        if doc[k].lower_ != "who":  # "A, 44, was sentenced to three years and B to two"
            return None
        k -= 1
    if doc[k].text != ",":
        return None
    before = [m for m in mentions if m.kind == "name" and m.end <= k]
    if not before:
        return None
    own = max(before, key=lambda m: m.end)
    if any(t.lower_ in {"and", "or", ";"} for t in doc[own.end:anchor.i]):
        return None
    later = any(m.start > anchor.i for m in mentions)
    prev = [m for m in before if m.end <= own.start]
    text = doc_text(doc)
    earlier_term = bool(prev) and bool(find_term_spans(
        text, doc[max(m.end for m in prev)].idx, doc[own.start].idx, rules))
    return [own] if later or earlier_term else None


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def respective_runs(doc: Doc, per_mention: list[TermSpan | None]) -> list[TermSpan | None]:
    """"..., C and D – to 12-day and 7-day detentions, respectively; E ...": names of a
    longer list that share one term which a "respectively" right after it splits into as
    many lengths take one each, in order."""
    text = doc_text(doc)
    out = list(per_mention)
    n = 0
    while n < len(out):
        term, run = out[n], n
        while run + 1 < len(out) and out[run + 1] is term:
            run += 1
        if term is not None and run > n and _RESPECTIVELY_AFTER.match(text, term.end):
            parts = respectively_terms(text, [term], run - n + 1)
            if len(parts) == run - n + 1:
                out[n:run + 1] = parts
        n = run + 1
    return out


_BEFORE_LIST = re.compile(r"\b(?:between|from|rang\w*|of)\s+$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(rf"{NUM_WORD}\b", re.IGNORECASE)


def listed_lengths(doc: Doc, mentions: list[Mention], per_mention: list[TermSpan | None]
                   ) -> tuple[list[TermSpan | None], frozenset[int]]:
    """"A, B and C were sentenced to 10, 12 and 14 days" (no "respectively"): names that
    share a term after a list of bare numbers take one length each, in order, when there
    are as many lengths as names; otherwise ("A, B and C got 10 and 14 days", "14 men were
    jailed for 10, 12 and 14 years") each keeps the list as written, which states no one's
    length. Returns the terms and the indices of the mentions whose term has no months."""
    text = doc_text(doc)
    out = list(per_mention)
    unsized: set[int] = set()
    n = 0
    while n < len(out):
        term, run = out[n], n
        while run + 1 < len(out) and out[run + 1] is term:
            run += 1
        listed = LIST_BEFORE.search(text[max(0, term.start - 80):term.start]) \
            if term is not None else None
        if term is not None and listed is not None and \
                sum(m.group_size for m in mentions[n:run + 1]) > 1 and \
                _LEADING_NUMBER.match(term.text) and \
                not _RESPECTIVELY_AFTER.match(text, term.end) and \
                not _BEFORE_LIST.search(text[max(0, listed.start() - 20):listed.start()]):
            start = term.start - len(listed.group(1))
            parts = respectively_terms(text, [term], run - n + 1) if run > n else []
            if len(parts) == run - n + 1 and _whole_list(doc, mentions[n:run + 1]):
                out[n:run + 1] = parts
            else:  # ("between 10 and 14 years" is a range: read as such elsewhere)
                whole = replace(term, start=start, text=text[start:term.end])
                out[n:run + 1] = [whole] * (run - n + 1)
                unsized.update(range(n, run + 1))
        n = run + 1
    return out, frozenset(unsized)


def _whole_list(doc: Doc, run: list[Mention]) -> bool:
    """``run`` is a whole list of named people: names joined by commas and "and" alone (or
    with their ages),
    the first not after a comma that closes another capitalised word ("X, A and B": X may
    be a name the NER missed, and the lengths would pair with the wrong people)."""
    if any(m.kind != "name" or m.group_size != 1 for m in run):
        return False
    if any(t.lower_ not in {",", "and"} and not (t.like_num and len(t.text) <= 2)
           for a, b in itertools.pairwise(run) for t in doc[a.end:b.start]):
        return False  # (ages between may stand: "A, 34, and B, 29, were jailed for ...")
    first = run[0].start
    return not (first >= 2 and doc[first - 1].text == "," and doc[first - 2].text[:1].isupper()
                and doc[first - 2].ent_type_ not in {"DATE", "TIME"})


def _respective_one(doc: Doc, anchor: Token, mention: Mention, terms: list[TermSpan],
                    names: NameIndex, rules: Rules) -> list[TermSpan | None] | None:
    """"sentenced A, and B has been sentenced to 30 years and 20 years, respectively" with
    a trigger of its own for B: B's is the term of B's place among the sentence's names;
    no term when the lengths and names do not pair up (never the whole list's longest)."""
    after = [t for t in terms if t.end > anchor.idx]
    people = listed_people(doc, anchor.sent, names, rules)
    parts = respectively_terms(doc_text(doc), after, len(people)) if len(people) > 1 else []
    if len(parts) == len(people) and mention.name in people:
        return [parts[people.index(mention.name)]]
    listed = len(people) > 1 and bool(after) and \
        len(respectively_terms(doc_text(doc), after[:1], 2)) > 1
    # a list of lengths for several people is no one's term; for one person it lists their
    # counts ("sentenced to 60 years and 25 years, respectively"): the general reading
    return [None] if listed else None


def own_term(doc: Doc, mention: Mention, after: list[TermSpan]) -> TermSpan | None:
    """The term right after ``mention``'s name, only spaces between ("gave Yildiz seven
    years and Demir six years" with only Demir known: Demir's is "six years")."""
    last = doc[mention.end - 1]
    tail = last.idx + len(last.text)
    text = doc_text(doc)
    return next((t for t in after if t.start >= tail
                 and text[tail:t.start].strip().lower() in {"", "a", "an"}), None)


def dative_terms(doc: Doc, mentions: list[Mention],
                 terms: list[TermSpan]) -> list[TermSpan | None]:
    """"gave A three months in jail and B a fine": each object of a give verb has the term
    right after its name, or none; names joined by "and" or a comma alone share the next
    one's ("gave A and B eight years each"); lengths listed after all of them pair with
    them in order ("gave A and B 18 and 24 months respectively")."""
    if "respectively" in doc[mentions[-1].start].sent.text.lower():
        after = [t for t in terms if t.start >= doc[mentions[-1].end - 1].idx]
        spread = respectively_terms(doc_text(doc), after, len(mentions))
        if len(spread) == len(mentions):
            return list(spread)
    own = [own_term(doc, m, terms) for m in mentions]
    for n in range(len(mentions) - 2, -1, -1):
        between = [t.lower_ for t in doc[mentions[n].end:mentions[n + 1].start]]
        if own[n] is None and between in (["and"], [","], [",", "and"]):
            own[n] = own[n + 1]
    return own
