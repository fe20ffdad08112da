"""Which defendants a clause's outcome and term bind to: a counted or ordinal subject ("four
were sentenced to death, while the fifth was jailed for 25 years"), a remainder ("the seven
remaining were acquitted"), a subject of another clause, a list of terms "respectively";
and which of a clause's terms each of its defendants takes (:func:`assign_terms`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract._numbers import parse_number
from extract.nlp import Rules, doc_text
from extract.records.lists import closes_item
from extract.records.people import Mention
from extract.records.terms import TermSpan

if TYPE_CHECKING:  # assembly's drafts, read here by reference only
    from extract.records.assembly import Draft

# verbs of an outcome clause of their own, whose subject takes that clause's outcome and term
_OUTCOME_VERBS = frozenset({"sentence", "jail", "imprison", "convict", "acquit", "fine", "clear",
                            "receive", "get", "give", "hand", "award", "find", "plead", "serve"})
_REMAINDER_WORDS = frozenset({"remaining", "other", "others", "rest"})
_AFTER_GROUP = frozenset({"prep", "relcl", "acl", "punct", "appos", "cc", "conj"})
_ORDINALS = {"first": 1, "second": 1, "third": 1, "fourth": 1, "fifth": 1, "sixth": 1,
             "seventh": 1, "eighth": 1, "ninth": 1, "tenth": 1, "last": 1}
NUM_WORD = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"twelve|fifteen|twenty|thirty|forty|fifty)")
LIST_BEFORE = re.compile(rf"((?:{NUM_WORD}(?:\s*,\s*|\s+))*{NUM_WORD},?\s+and\s+)$",
                          re.IGNORECASE)


def relative_clause(anchor: Token) -> Token | None:
    """The verb of the relative clause the trigger stands in ("A, who got five years, and
    B": the clause binds A alone), or None."""
    verb = anchor
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ not in {"conj", "xcomp"} or verb.head is verb:
            return None
        verb = verb.head
    return None


def remainder_group(anchor: Token, convicted: bool = False,
                    earlier: Sequence[Draft] = ()) -> Mention | None:
    """"the seven remaining were acquitted", "acquitted the other three defendants": the
    rest of a group, by its number; None when the trigger's argument is no remainder.

    With ``convicted`` ("the remaining 12 defendants were jailed") not when an unnamed group
    told before is this rest and the others told of together ("12 were convicted; nine were
    jailed, the remaining three ..."): the rest is a part of it, which gets no record of its
    own (GUIDELINES "Subgroups").
    The rest after a group told alone ("Nine were jailed. The remaining three ...") is not."""
    mention = _remainder(anchor)
    if mention is None or not convicted:
        return mention
    groups = [d.group_size for d in earlier if d.person is None and d.group_size > 1]
    told = [*groups, sum(1 for d in earlier if d.person)]
    if any(g - mention.group_size in told for g in groups if g > mention.group_size):
        return None
    return mention


def _remainder(anchor: Token) -> Mention | None:
    args = [c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    for arg in args:
        # the group's own words: "four others", not "including officials and a builder of X"
        cut = min([c.left_edge.i for c in arg.children if c.i > arg.i and c.dep_ in _AFTER_GROUP],
                  default=arg.right_edge.i + 1)
        words = [t for t in arg.subtree if t.i < cut]
        if not any(t.lower_ in _REMAINDER_WORDS for t in words):
            continue
        if any(t.pos_ == "PROPN" for t in arg.subtree):
            return None  # "the other defendant, Ann Lee": a name, not a remainder
        parsed = [parse_number(t.text) for t in words if t.like_num]
        sizes = [int(n) for n in parsed if n is not None and n == int(n) and 1 < n < 1000]
        if len(sizes) != 1:
            return None
        return Mention(start=words[0].i, end=words[-1].i + 1, name=None,
                       group_size=sizes[0], kind="group")
    return None



_LIMITS = frozenset({"only", "just", "all"})


def counted_subject(anchor: Token) -> Mention | None:
    """"four were sentenced to death", "the fifth was jailed": a subject that is only a number
    or an ordinal is a group of that many (an ordinal: one)."""
    for c in anchor.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        # ("only seven were convicted": a limiting adverb leaves the bare number)
        limits = [k for k in c.children if k.dep_ in {"advmod", "predet", "det"}
                  and k.lower_ in _LIMITS]
        kids = [k for k in c.children if k.dep_ not in {"det", "punct"} and k not in limits]
        if kids:
            return None
        definite = [k for k in c.children if k.dep_ == "det"]
        rest = c.n_lefts + c.n_rights - len(limits)
        if c.like_num and c.pos_ == "NUM" and (rest == 0 or (
                len(definite) == rest == 1 and definite[0].lower_ == "the")):
            # a bare "four"; "the five were jailed": a group (named members, "all three",
            # were read before this as the names; an unnamed group of five merges by size)
            n = parse_number(c.text)
            if n is not None and n == int(n) and 1 <= n < 20:  # "545 were sentenced": a count
                return Mention(start=c.i, end=c.i + 1, name=None, group_size=int(n),
                               kind="group")
        if c.lower_ in _ORDINALS and any(k.lower_ in {"the", "a"} for k in c.children):
            return Mention(start=c.i, end=c.i + 1, name=None, group_size=_ORDINALS[c.lower_],
                           kind="group")
    return None


def partitive_size(anchor: Token) -> int | None:
    """"Four of them received death sentences": the number of a partitive subject."""
    for c in anchor.children:
        if c.dep_ not in {"nsubj", "nsubjpass"} or not c.like_num:
            continue
        if any(p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children)
               for p in c.children):
            n = parse_number(c.text)
            return int(n) if n is not None and n == int(n) and n >= 1 else None
    return None


def governed_elsewhere(doc: Doc, anchor: Token, mention: Mention) -> bool:
    """The mention is the subject of another outcome verb whose clause does not hold the
    trigger ("four were sentenced to death, while the fifth was jailed ...": "the fifth").
    A mention outside the trigger's sentence (a lead's "a man" named by the next sentence,
    a pronoun resolved to an earlier name) is bound by its resolution, not by this parse."""
    sent = anchor.sent
    if not (sent.start <= mention.start and mention.end <= sent.end):
        return False
    span = doc[mention.start:mention.end]
    root = span.root
    verb = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or verb.i == anchor.i or \
            verb.lemma_.lower() not in _OUTCOME_VERBS or mention.kind == "resolved-group":
        return False  # (a parse that hangs a name on "claimed" or "said" proves nothing)
    if verb.i + 1 < len(doc) and doc[verb.i + 1].like_num and closes_item(doc, verb.i + 2):
        return False  # "A got seven years, while B got six": an item of the trigger's list
    return not verb.left_edge.i <= anchor.i <= verb.right_edge.i


def respective_list(text: str, term: TermSpan, sent: Span) -> TermSpan | None:
    """"15 and 16 years respectively" as one phrase, or None when the sentence has no
    respective list before ``term``."""
    if not re.search(r"\brespectively\b", sent.text):
        return None
    m = LIST_BEFORE.search(text[max(sent.start_char, term.start - 80):term.start])
    if m is None:
        return None
    start = term.start - len(m.group(1))
    return TermSpan(start=start, end=term.end, text=text[start:term.end], rule_id=term.rule_id,
                    hedged=False)


def respectively_terms(text: str, terms: list[TermSpan], wanted: int) -> list[TermSpan]:
    """"five and seven years in prison, respectively": one term per number, in order."""
    if len(terms) == wanted:
        return terms
    if not terms:
        return []
    last = terms[0]
    # "five years and four years, respectively", "nine years, seven years and five years":
    # phrases of the matcher that each list lengths of their own
    split = [p for t in terms for p in (_joined_terms(t) or [t])]
    if len(split) == wanted:
        return split
    m = LIST_BEFORE.search(text[max(0, last.start - 80):last.start])
    # (the last length's own half: "15 and 7 1/2 years" gives 15 years, not 15 1/2)
    head = re.match(rf"{NUM_WORD}(?:\s+1/2|\s*½|[-\s]+and[-\s]+a[-\s]+half)?\b", last.text,
                    re.IGNORECASE)
    if m is None or head is None:
        return terms
    rest = last.text[head.end():]
    numbers = re.findall(NUM_WORD, m.group(1), re.IGNORECASE)
    base = last.start - len(m.group(1))
    out = [TermSpan(start=base, end=last.end, text=n + (_singular(rest) if n.lower() in {
        "one", "1"} else rest), rule_id=last.rule_id, hedged=False) for n in numbers]
    return [*out, last]


# "one and two years": the first length is "one year", not "one years"
_ONE_UNIT = re.compile(r"^(\s+(?:year|month|week|day))s\b", re.IGNORECASE)


def _singular(rest: str) -> str:
    """``rest`` of a length phrase after "one": its unit singular ("one year in prison")."""
    return _ONE_UNIT.sub(r"\1", rest)


_JOINS = re.compile(r",?\s+and\s+|,\s+")
_HALF = r"(?:\s*(?:1/2|½)|½)?"
_LEN_PART = re.compile(rf"{NUM_WORD}{_HALF}(?:[-\s]+and[-\s]+a[-\s]+half)?[-\s]+"
                       r"(?:years?|months?|weeks?|days?)\b.*", re.IGNORECASE)


def _joined_terms(term: TermSpan) -> list[TermSpan]:
    """``term`` cut at its joins into terms each a length of its own ("6½ years and 6
    years"), or [] when it does not cut so."""
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in _JOINS.finditer(term.text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(term.text)))
    if len(parts) < 2 or not all(
            _LEN_PART.fullmatch(term.text[a:b]) for a, b in parts):
        return []
    return [TermSpan(start=term.start + a, end=term.start + b, text=term.text[a:b],
                     rule_id=term.rule_id, hedged=False) for a, b in parts]


def assign_terms(doc: Doc, anchor: Token, mentions: list[Mention],
                 terms: list[TermSpan]) -> list[TermSpan | None]:
    """Each mention's term: a "respectively" list in order, else each name's own term
    after it (names joined by commas and "and" sharing the next one's), else one term for
    all (a total, an appeal's revised term, or the first after the trigger)."""
    if not terms:
        return [None] * len(mentions)
    after = [t for t in terms if t.end > anchor.idx]
    if len(mentions) > 1:
        low = doc_text(doc)[doc[anchor.i].sent.start_char:doc[anchor.i].sent.end_char].lower()
        if "respectively" in low:
            spread = respectively_terms(doc_text(doc), after, len(mentions))
            if len(spread) == len(mentions):
                return list(spread)
        positions = [doc[m.start].idx for m in mentions]
        own: list[TermSpan | None] = []
        for n, p in enumerate(positions):
            nxt = positions[n + 1] if n + 1 < len(positions) else 10**12
            own.append(next((t for t in terms if p < t.start < nxt and t.start > anchor.idx),
                            None))
        for n in range(len(mentions) - 2, -1, -1):
            # "B, C and D to four years each": names joined only by commas and "and" share
            # the term after the last of them
            gap = doc_text(doc)[doc[mentions[n].end - 1].idx + len(doc[mentions[n].end - 1]):
                                positions[n + 1]]
            if own[n] is None and re.fullmatch(r"\s*(?:,|and|,\s*and)(?:\s+[a-z][a-z-]*){0,5}\s*",
                                               gap):  # (also "A and a rights defender B")
                own[n] = own[n + 1]
        if sum(o is not None for o in own) >= 2:
            return _share_joined(doc, mentions, own)
    total = [t for t in after if re.search(
        r"(?:total|combined|aggregate|cumulative|sentence)\s+of\s+$|\bfor\s+a\s+total\s+of\s+$",
        doc_text(doc)[max(0, t.start - 40):t.start], re.IGNORECASE)
        or re.match(r"(?:[a-z]+\s+)?sentence\s+of\b", t.text, re.IGNORECASE)]
    # "sentenced to 18 months, later reduced on appeal to a year of ...": the appeal's term
    revised = [t for t in after if _REVISED_BEFORE.search(
        doc_text(doc)[max(0, t.start - 40):t.start])]
    first = revised[-1] if revised else total[0] if total else after[0] if after else terms[-1]
    return [first] * len(mentions)


# between a term and the receiver it is given to: "to their accomplice ", "on co-defendants "
_GIVEN_TO_RE = re.compile(r"\s+(?:to|on|upon)\s+(?:[\w’'-]+\s+){0,3}", re.IGNORECASE)


def terms_given_before(doc: Doc, anchor: Token, mentions: list[Mention],
                       terms: list[TermSpan]) -> list[TermSpan | None] | None:
    """"handed down the death penalty to A and B, and 25-year imprisonment to C": the
    receivers of a give verb each take the term given to them ("TERM to/on ... NAME",
    after the verb), the names listed after one its term; receivers before the first such
    term ("the penalty to A, and 25 years to B") have none of it. None (the general
    reading) unless that gives different terms, or none to some."""
    text = doc_text(doc)
    own: list[TermSpan | None] = []
    for m in mentions:
        start = doc[m.start].idx
        before = [t for t in terms if anchor.idx < t.start and t.end <= start]
        direct = before[-1] if before and _GIVEN_TO_RE.fullmatch(text[before[-1].end:start]) \
            else None
        # the names listed after a receiver share its term ("... to A, B and C")
        own.append(direct or (own[-1] if own else None))
    given = [t.start for t in own if t is not None]
    if not given or (None not in own and len(set(given)) < 2):
        return None
    return own


def _share_joined(doc: Doc, mentions: list[Mention],
                  own: list[TermSpan | None]) -> list[TermSpan | None]:
    """"A and B to 18 years each, C to 13 years": a name joined to the next one by "and" or
    a comma alone takes the next one's term."""
    out = list(own)
    for n in range(len(mentions) - 2, -1, -1):
        between = [t.lower_ for t in doc[mentions[n].end:mentions[n + 1].start]]
        if out[n] is None and out[n + 1] is not None and between in (["and"], [","]):
            out[n] = out[n + 1]
    return out


_REVISED_BEFORE = re.compile(r"\b(?:reduced|commuted|cut|lowered|increased|raised|extended)"
                             r"\s+(?:[\w’']+\s+){0,3}?to\s+$", re.IGNORECASE)


def counted_antecedent(tok: Token) -> Mention | None:
    """"... the trial of the 24 farmers who took part in a protest. The protesters were
    convicted ...": a definite plural with no record before it is the counted people of
    the three sentences before (the nearest count of a plural noun), a group of that many."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(3):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        for t in reversed(prev):
            if t.dep_ == "nummod" and t.i < t.head.i and t.ent_type_ != "DATE" and (
                    t.head.tag_ in {"NNS", "NNPS"} or t.head.ent_type_ in {"NORP", "GPE"}
                    or any(c.dep_ == "relcl" and c.left_edge.lower_ == "who"
                           for c in t.head.children)):  # ("the 32 Kyrgyz and Uzbeks who")
                n = parse_number(t.text)
                if n is not None and n == int(n) and 2 <= n < 1000:
                    return Mention(start=tok.i, end=tok.i + 1, name=None, group_size=int(n),
                                   kind="group", plural=True)
        start = prev.start
    return None


def counted_people_before(tok: Token, rules: Rules) -> Mention | None:
    """"After the 9 defendants denied the charges, they were all convicted", "Five men denied
    it. They were jailed": the nearest counted people noun before a plural pronoun that has
    no defendant told of before it, in its sentence or the one before: a group of that many."""
    doc = tok.doc
    sent = tok.sent
    spans = [doc[sent.start:tok.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    people = rules.words("people_nouns")
    for span in spans:
        for t in reversed(span):
            if t.dep_ == "nummod" and t.i < t.head.i and t.ent_type_ != "DATE" and \
                    t.head.tag_ == "NNS" and t.head.lower_ in people:
                n = parse_number(t.text)
                if n is not None and n == int(n) and 2 <= n < 1000:
                    return Mention(start=tok.i, end=tok.i + 1, name=None, group_size=int(n),
                                   kind="group", plural=True)
    return None


def definite_people(tok: Token, rules: Rules) -> bool:
    """"the activists", "these journalists": a plural people noun, definite and uncounted,
    as a verb's subject or object (a reference back, as "they" is)."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in {",", "(", "–", "—"}:
        return False  # "The convicts, A, B and C, were ...": named right after
    return tok.tag_ == "NNS" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
        tok.lower_ in rules.words("people_nouns") and not any(
            c.dep_ in {"nummod", "amod", "compound", "prep", "appos", "relcl", "acl"}
            for c in tok.children) and any(
            c.dep_ == "det" and c.lower_ in {"the", "these"} for c in tok.children)


_ANY_DEFENDANTS = frozenset({"defendants", "accused", "convicts", "convicted"})


def named_alike(doc: Doc, tok: Token, refs: list[Mention], earlier: list[Draft]) -> bool:
    """"Five activists were convicted. The activists were ..." refers back; "The men were
    found guilty" after five protesters (other men, without a record) does not: the noun
    must be in the sentence of each referent ("the defendants" fits any)."""
    if not refs or tok.lower_ in _ANY_DEFENDANTS:
        return bool(refs)
    where = {d.person: d.position for d in earlier if d.person}
    for m in refs:
        if m.kind == "resolved-group" and m.name and ":" in m.name:
            sent = doc[int(m.name.partition(":")[2])].sent
        elif m.name in where:
            span = doc.char_span(where[m.name], where[m.name] + 1, alignment_mode="expand")
            if span is None:
                return False
            sent = span.sent
        else:
            return False
        if not any(t.lemma_ == tok.lemma_ for t in sent):
            return False
    return True


def one_of_many(doc: Doc, start: int) -> bool:
    """The defendant named at ``start`` is given as one of a counted group ("five activists,
    including X", "six men, among them X"): a range the group was sentenced to is spread
    over them all, and states no term of X's own."""
    for anc in list(doc[start].ancestors)[:5]:
        if anc.lower_ in {"including", "among"}:
            group = anc.head
            if group.pos_ in {"VERB", "AUX"}:  # "sentenced six men, among them X" (the parse
                # may hang "among" on the verb): its counted object or subject
                group = next((c for c in group.children if c.dep_ in {
                    "dobj", "nsubjpass", "nsubj"} and c.tag_ == "NNS"), group)
            return group.tag_ == "NNS" and any(
                c.dep_ == "nummod" and (parse_number(c.text) or 0) > 1 for c in group.children)
    return False
