"""An unnamed group whose members the next sentences name in a shape other than "They are
A, B and C" (``naming.name_unnamed_groups``): "The 3 accused are Mr A, Mr B and Mr C", "The
judge named the convicts as A, B and C", "The three men – A, B and C – had been jailed
before", "A, B and C all denied the charges". Exactly as many names as the group's size,
none with a record of its own: the group is those people, one record each with the group's
slots (GUIDELINES: a named person is a record; a group whose members are named is none of
its own)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from extract.nlp import Rules
from extract.records.enumerations import listed_people
from extract.records.people import NameIndex, person_key

if TYPE_CHECKING:  # assembly imports naming, which the extractor runs before this module
    from extract.records.assembly import Draft

_NUMBER = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
# the nouns a court story calls its unnamed defendants by
_NOUN = (r"(?:accused|convicts|convicted|defendants|appellants|men|women|persons|people|"
         r"suspects|brothers|sisters|officers|activists|journalists|members|youths|teenagers)")
_GROUP = rf"the\s+(?:{_NUMBER}\s+{_NOUN}|{_NUMBER}|{_NOUN})"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Messrs)\.?\s+)?"
# "The 3 accused are Mr A ...", "the two women were identified as A and B"
_COPULA_RE = re.compile(rf"^(?i:{_GROUP}\s+(?:are|were)(?:\s+(?:identified|named|listed)\s+as)?)"
                        rf"\s+(?={_TITLE}[A-Z])")
# "The judge named the convicts as A ...", "police identified them as A and B"
_NAMED_AS_RE = re.compile(rf"\b(?i:(?:named|identified|listed)\s+(?:them|{_GROUP})\s+as)"
                          rf"\s+(?={_TITLE}[A-Z])")
# "The three men – A, B and C – had ...": the names between two dashes after the group
_DASHED_RE = re.compile(rf"^(?i:{_GROUP})\s*[–—]\s*(?={_TITLE}[A-Z])")
_DASHES = frozenset({"–", "—"})
_OWN_DASHES = frozenset({"–", "—", "--"})  # (a wire's double hyphen, one token)
_OWN_REACH = 6  # tokens from the group's mention to the dash that opens its names
_QUANTIFIERS = frozenset({"all", "both", "each"})
# what may stand in a bare list of names before its quantifier (and the auxiliary after it)
_LIST_POS = frozenset({"PROPN", "PUNCT", "CCONJ", "NUM", "AUX"})
_REACH = 2  # sentences after the group in which its members may be named


def name_listed_groups(doc: Doc, drafts: list[Draft], names: NameIndex,
                       rules: Rules) -> list[Draft]:
    """Replace each unnamed group of 2 to 12 (the only unnamed one of its sentence) whose
    next sentence lists exactly as many people, none already a record, in one of the shapes
    above, by one record per person; a range or a total over them is no one's term."""
    named = {d.person for d in drafts if d.person}
    listed: set[str | None] = set()  # named here: the group's other mentions take them too
    sents = list(doc.sents)
    out: list[Draft] = []
    for d in drafts:
        people = (_following(doc, sents, d.sent_index, names, rules)
                  or _own_dashed(doc, sents[d.sent_index], d.position, names, rules)) \
            if _open_group(d, drafts) else []
        if len(people) != d.group_size or (named - listed) & set(people):
            out.append(d)
            continue
        spread = bool({"range", "ceiling", "total"} & set(d.flags))
        for name in people:
            out.append(replace(d, person=name, group_size=1, key=("name", person_key(name)),
                               months=None if spread else d.months,
                               flags=[*d.flags, "listed-after"]))
        named.update(people)
        listed.update(people)
    return out


def _open_group(d: Draft, drafts: list[Draft]) -> bool:
    """An unnamed group of 2 to 12, not an earlier conviction, whose sentence holds no
    unnamed group of another size ("sentenced three men after they were convicted" is one
    group; "jailed two men and fined three women": which one the names are is unknown)."""
    return d.person is None and not d.prior and 2 <= d.group_size <= 12 and all(
        o.group_size == d.group_size for o in drafts
        if o.person is None and o.sent_index == d.sent_index)


def _following(doc: Doc, sents: list[Span], at: int, names: NameIndex,
               rules: Rules) -> list[str]:
    """The members named by the next sentence, or by the one after it when the next names
    nobody ("... denied the appeals of 3 men. The court upheld their guilt. The 3 accused
    are A, B and C.")."""
    for k in range(at + 1, min(at + 1 + _REACH, len(sents))):
        people = _members(doc, sents[k], names, rules)
        if people or listed_people(doc, sents[k], names, rules):
            return people
    return []


def _own_dashed(doc: Doc, sent: Span, position: int, names: NameIndex,
                rules: Rules) -> list[str]:
    """"sentenced four of the activists -- A, B, C and D -- to five years": the names between
    two dashes right after the group's own mention ("four of the activists"), no verb or
    comma between the mention and the first dash."""
    at = next((t.i for t in sent if t.idx >= position), sent.end)
    k = at
    while k < sent.end and doc[k].text not in _OWN_DASHES:
        if k - at > _OWN_REACH or doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {
                ",", ";", ":", "("}:
            return []
        k += 1
    end = next((t.i for t in doc[k + 1:sent.end] if t.text in _OWN_DASHES), -1)
    if k >= sent.end or end < 0:
        return []
    return listed_people(doc, doc[k + 1:end], names, rules)


def _members(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> list[str]:
    """The people ``sent`` names as the group's members, [] when it has none of the shapes."""
    text = sent.text
    for regex in (_COPULA_RE, _NAMED_AS_RE, _DASHED_RE):
        m = regex.search(text)
        if m is None:
            continue
        start = _token_at(sent, sent.start_char + m.end())
        end = sent.end
        if regex is _DASHED_RE:  # up to the closing dash, which must be there
            end = next((t.i for t in doc[start:sent.end] if t.text in _DASHES), -1)
            if end < 0:
                return []
        return listed_people(doc, doc[start:end], names, rules)
    return _quantified_subjects(doc, sent, names, rules)


def _quantified_subjects(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> list[str]:
    """"A, B and C all denied the charges", "A, 34, and B, 29, had each pleaded not guilty":
    names alone (ages, commas and "and" between) open the sentence up to "all", "both" or
    "each" before its first verb; a role among them ("A and B, lawyers for the men, both
    said") is no such list."""
    if names.known(doc[sent.start]) is None:
        return []
    for t in sent:
        if t.lower_ in _QUANTIFIERS and t.i > sent.start:
            return listed_people(doc, doc[sent.start:t.i], names, rules)
        if t.pos_ not in _LIST_POS:
            return []
    return []


def _token_at(sent: Span, char: int) -> int:
    """The index of the first token of ``sent`` starting at or after ``char``."""
    return next((t.i for t in sent if t.idx >= char), sent.end)
