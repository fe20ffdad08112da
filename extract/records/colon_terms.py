"""Terms told before their defendants after a colon: "the court handed down its first
sentence: two and a half years in prison for former prosecutor X", "announced the sentences
on Monday: seven years for A and five years for B". Each item is a term, "for", then a name
(after a few role words); the name's term is its own item's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules, doc_text
from extract.records.people import Mention, NameIndex, name_mention
from extract.records.roles import is_victim
from extract.records.terms import TermSpan

_COLON_REACH = 16  # tokens from the trigger to the colon that closes its clause
_ITEM_REACH = 14  # tokens of one item's term before its "for"
_ROLE_REACH = 5  # role words between "for" and the name ("for former prosecutor General X")
_TERM_WORDS = frozenset({"life", "death", "year", "years", "month", "months", "day", "days",
                         "fine", "probation"})
_FOR_BEFORE = re.compile(r"\s+(?:each\s+)?for\s+(?:[\w.’'-]+\s+){0,5}$")


def colon_for_items(doc: Doc, anchor: Token, sent: Span, rules: Rules,
                    names: NameIndex) -> list[Mention]:
    """The names of "TERM for NAME" items after the colon that closes the trigger's clause,
    in order; [] unless every item so read is so built and no name is left over."""
    stop = min(sent.end, anchor.i + _COLON_REACH)
    colon = next((t.i for t in doc[anchor.i + 1:stop] if t.text in {":", ";", "."}), None)
    if colon is None or doc[colon].text != ":":
        return []
    out: list[Mention] = []
    i = colon + 1
    while i < sent.end:
        end = min(sent.end, i + _ITEM_REACH)
        at = next((k for k in range(i, end) if doc[k].lower_ == "for"), None)
        if at is None or not any(t.like_num or t.lower_ in _TERM_WORDS for t in doc[i:at]):
            break
        m = _name_after(doc, at + 1, sent, rules, names)
        if m is None:
            return []
        out.append(m)
        i = m.end
        while i < sent.end and doc[i].lower_ in {",", ";", "and"}:
            i += 1
        if i < sent.end and doc[i].text == ".":
            break
    return out


def _name_after(doc: Doc, start: int, sent: Span, rules: Rules,
                names: NameIndex) -> Mention | None:
    """The name after "for" and up to a few role words; None when another word stands
    between ("for the murder of X": a victim) or no name comes."""
    for k in range(start, min(sent.end, start + _ROLE_REACH + 1)):
        bounds = names.known(doc[k])
        if bounds is not None:
            m = name_mention(doc, doc[k], names, rules)
            if m is None or not m.name or is_victim(doc, m.start, rules):
                return None
            return m
        if not doc[k].is_alpha or doc[k].lower_ in {"the", "of", "a", "an", "his", "her"}:
            return None
    return None


def terms_before(doc: Doc, mentions: list[Mention],
                 terms: list[TermSpan]) -> list[TermSpan | None] | None:
    """Each mention's term: the last term before it with only "for" and role words between
    (None for a mention without one: no neighbour's term); None when no mention has one."""
    text = doc_text(doc)
    out: list[TermSpan | None] = []
    floor = 0
    for m in mentions:
        at = doc[m.start].idx
        own = [t for t in terms if floor <= t.start and t.end <= at
               and _FOR_BEFORE.fullmatch(text[t.end:at])]
        out.append(own[-1] if own else None)
        floor = at
    return out if any(t is not None for t in out) else None
