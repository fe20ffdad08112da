"""Drafts that tell one defendant's outcome again (GUIDELINES: one record per defendant per
proceeding, no double counting): a headline, a lead and a body sentence each telling of the
same unnamed defendant ("Ex-officer jailed for 15 years", "a former officer was sentenced to
15 years"); "the accused" on whom a term is imposed, named in other sentences; an unnamed
co-defendant named later beside the same partner; "X and four others" counted again in "the
five"; a name told again by its quoted nickname ('Mohamed "Oxygen" Ibrahim', "Mohamed
Oxygen"); an unnamed one the text describes as a named one ("X, a Christian woman"); an amount
parsed as the one fined ("fined him a sum of $5,000"); a conviction retold in the past
perfect."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract._numbers import parse_number
from extract.records.restatements import compatible, fill, same_terms
from schemas import Outcome, SentenceType

if TYPE_CHECKING:  # assembly imports this module
    from extract.records.assembly import Draft

# a mention that tells of someone besides the one told before ("another man", "a second",
# "his brother")
_OTHER_RE = re.compile(r"\b(?:another|other|others|second|third|fourth|fifth|fellow|co-accused"
                       r"|co-defendants?|accomplices?|also|his|her|their|brother|sister|son"
                       r"|daughter|father|mother|wife|husband|partner|friend|cousin)\b",
                       re.IGNORECASE)
_MALE = frozenset({"man", "boy", "he", "him", "his", "father", "husband", "son", "brother",
                   "businessman", "policeman", "chairman"})
_FEMALE = frozenset({"woman", "girl", "she", "her", "mother", "wife", "daughter", "sister",
                     "businesswoman", "policewoman", "chairwoman"})
# the article's defendants told again without a count: "imposed ... on the accused"
_THE_ACCUSED_RE = re.compile(r"the\s+(?:accused|defendants|convicts|convicted)\b(?![’']s)",
                             re.IGNORECASE)
_SINGULAR_RE = re.compile(r"^[^.;]*?\b(?:was|is|has)\b(?![^.;]*\b(?:were|are|have)\b)")
# "X and four others", "X and three co-accused": X beside a count of the rest
_AND_OTHERS_RE = re.compile(r"[\s,]+and\s+([\w-]+)\s+(?:others|other\s+\w+|co-accused"
                            r"|co-defendants|accomplices)\b", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
_DEFINITE_AT_RE = re.compile(r"(?:the|these|those|all)\s", re.IGNORECASE)
# how many sentences before a definite group "X and four others" may stand
_OTHERS_REACH = 3
# where an indefinite description ends: "a Christian woman [who was sentenced]"
_DESCRIPTION_RE = re.compile(r"(?:an?|one)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?=\s*(?:,|\(|\bwho\b"
                             r"|\bwas\b|\bis\b|\bhas\b|\bhad\b|\bsentenced\b|\bconvicted\b"
                             r"|\bjailed\b|\bfor\b|\bto\b|\bof\b|\bin\b|\bon\b|$))",
                             re.IGNORECASE)
# 'Mohamed "Oxygen" Ibrahim': a nickname quoted inside a name
_NICKNAME_RE = re.compile(r"\b([A-Z][\w-]+)\s+[“\"‘']([A-Z][\w-]+)[”\"’']\s+([A-Z][\w-]+)")
# an amount taken for the one it is imposed on: "fined X a sum of £5,000", "a total of"
_AMOUNT_HEAD_RE = re.compile(r"(?:an?|the)\s+(?:sum|total|amount)\s+of\b", re.IGNORECASE)


def drop_repeats(drafts: list[Draft], text: str) -> list[Draft]:
    """Fold each unnamed single defendant that restates the one unnamed single defendant told
    before into it: it takes the place, date, charge and term the first lacks."""
    nicknames = {f"{m.group(1)} {m.group(2)}": f"{m.group(1)} {m.group(3)}"
                 for m in _NICKNAME_RE.finditer(text)}
    keep: list[Draft] = []
    for d in drafts:
        full = next((n for n in drafts if n.person and d.person in nicknames
                     and nicknames[d.person].endswith(n.person) and not n.prior
                     and not d.prior and n.outcome is d.outcome), None)
        if full is not None:  # 'Mohamed "Oxygen" Ibrahim' told again as "Mohamed Oxygen"
            full.person = nicknames[d.person or ""]  # (the fullest form, without the alias)
            fill(full, d)
            continue
        later = _named_beside_partner(d, drafts, text)
        if later is not None:
            fill(later, d)
            later.flags.append("named-beside-partner")
            continue
        described = _described_name(d, drafts, text)
        if described is not None:
            if d.outcome is Outcome.DISMISSED and described.outcome is Outcome.ACQUITTED:
                described.outcome = d.outcome  # (an overturned conviction is dismissed)
            fill(described, d)
            described.flags.append("described-elsewhere")
            continue
        first = _told_before(d, keep, text)
        if first is None:
            keep.append(d)
            continue
        if first.sentence and d.sentence and len(d.sentence) > len(first.sentence):
            first.sentence = d.sentence  # ("15 years", then "15 years in prison")
        fill(first, d)
        first.flags.append("unnamed-repeat")
    return keep


def _the_accused(d: Draft, drafts: list[Draft], text: str) -> list[Draft]:
    """"The court imposed a five-year term on the accused": an uncounted "the accused" (or
    "the defendants", "the convicts") is the article's defendants of that outcome in that
    proceeding, when any are named (they take what it adds)."""
    if not _single(d) or d.new_story or not _THE_ACCUSED_RE.match(_mention(d, text)):
        return []
    named = [n for n in drafts if n.person and not n.prior and n.outcome is d.outcome
             and compatible(n, d)]
    if len(named) > 1 and _SINGULAR_RE.search(text[d.position:d.position + 80]):
        return []  # ("The accused, who was not named, was ...": one of them, not all)
    return named


def _named_beside_partner(d: Draft, drafts: list[Draft], text: str) -> Draft | None:
    """"A court jailed X and a former minister for three years. ... X and former minister Y
    were also fined": the unnamed one told beside a named partner is the one person first
    named later beside that partner, with its outcome in its proceeding and no other term."""
    if not _single(d) or d.new_story or _OTHER_RE.search(_mention(d, text)):
        return None
    named = [n for n in drafts if n.person and not n.prior]
    told = text[d.ev_start:d.ev_end]
    partners = {p for p in (_surname(n) for n in named) if p in told}
    if not partners:
        return None
    later = [n for n in named if n.sent_index > d.sent_index and n.outcome is d.outcome
             and _surname(n) not in text[:d.ev_end] and compatible(n, d)
             and any(p in text[n.ev_start:n.ev_end] for p in partners)
             and not (d.sentence and n.sentence and not same_terms(d, n)
                      and SentenceType.FINE not in (d.type, n.type))]
    if len({n.person for n in later}) != 1:
        return None
    return later[0]


def _described_name(d: Draft, drafts: list[Draft], text: str) -> Draft | None:
    """"a Christian woman sentenced to death ..." where the text says "Asia Bibi, a Christian
    woman": the unnamed one is the one named defendant the text gives that description in
    apposition (two words or more)."""
    if not _single(d) or d.new_story:
        return None
    m = _DESCRIPTION_RE.match(text[d.position:d.position + 60])
    if m is None or " " not in m.group(1):
        return None
    phrase = re.escape(m.group(0).strip())
    named = [n for n in drafts if n.person and not n.prior
             and re.search(rf"{re.escape(_surname(n))},\s+{phrase}\b", text,
                                re.IGNORECASE)]
    return named[0] if len({n.person for n in named}) == 1 else None


def _surname(d: Draft) -> str:
    return (d.person or "").split()[-1]


def _single(d: Draft) -> bool:
    return d.person is None and d.group_size == 1 and not d.prior


def _told_before(d: Draft, kept: list[Draft], text: str) -> Draft | None:
    """The unnamed single defendant ``d`` tells of again: the only one told before with its
    outcome, of the same proceeding (no other day or place), its term the same (or one of them
    without a term), and nothing in ``d``'s mention telling of someone else ("another man") or
    of the other sex ("a woman" after "a man"); no ordinal in either ("the third judge")."""
    if not _single(d) or d.new_story:
        return None
    before = [e for e in kept if _single(e) and e.outcome is d.outcome]
    if len(before) != 1:  # (two told before: which one is unsure)
        return None
    first = before[0]
    if any(_OTHER_RE.search(_mention(x, text)) for x in (first, d)):
        return None  # ("the third judge convicted ...", "another man was jailed")
    if not compatible(first, d) or (first.sentence and d.sentence
                                    and not same_terms(first, d)):
        return None
    sexes = [_sex(_mention(x, text)) for x in (first, d)]
    if None not in sexes and sexes[0] != sexes[1]:
        return None
    return first


def _mention(d: Draft, text: str) -> str:
    """The few words at the draft's mention ("a former officer was")."""
    return text[d.position:d.position + 30].split("\n")[0]


def _sex(mention: str) -> str | None:
    words = set(re.findall(r"[a-z]+", mention.lower())[:4])
    if words & _MALE:
        return "m"
    if words & _FEMALE:
        return "f"
    return None


def drop_mention_repeats(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts of the triggers, before they are merged: drop the unnamed one whose mention
    is an amount ("fined X a sum of 8 million pounds") beside the named one of its sentence
    with that term, and the uncounted "the accused" told of named defendants, who take what
    it adds."""
    keep: list[Draft] = []
    for d in drafts:
        if _amount_mention(d, drafts, text):
            continue
        told = _the_accused(d, drafts, text)
        for n in told:
            fill(n, d)
            n.flags.append("the-accused")
        if not told:
            keep.append(d)
    return keep


def _amount_mention(d: Draft, drafts: list[Draft], text: str) -> bool:
    if not _single(d) or not d.sentence or not _AMOUNT_HEAD_RE.match(_mention(d, text)):
        return False
    return any(n.person and n.sent_index == d.sent_index and n.sentence == d.sentence
               for n in drafts)


def retold_conviction(prior: Draft, drafts: list[Draft]) -> bool:
    """"X was jailed for a year. She had been convicted after a trial": a conviction told in
    the past perfect, with no term nor day of its own, of a defendant whose record in this
    proceeding is told is that record's conviction, not an earlier one (GUIDELINES: a prior
    conviction is for another offence), when it states no charge, or one where that record
    states none."""
    if prior.date is not None or prior.own_time or prior.sentence is not None:
        return False
    mine = [o for o in drafts if o.key == prior.key and not o.prior]
    return bool(mine) and (prior.charge is None or all(o.charge is None for o in mine))


def count_out_named_lead(drafts: list[Draft], text: str) -> None:
    """"found X and four others guilty ... sentenced the five persons to death": the definite
    group counts X besides the others (GUIDELINES: no double counting): X takes its place,
    date, charge and term, and it counts the others only."""
    for g in drafts:
        if g.person is not None or g.prior or g.group_size < 3 or g.new_story or \
                not (_DEFINITE_BEFORE_RE.search(text[max(0, g.position - 8):g.position])
                     or _DEFINITE_AT_RE.match(text, g.position)):
            continue
        lead = next((n for n in drafts if n.person and not n.prior and n.outcome is g.outcome
                     and n.position < g.position and compatible(n, g)
                     and 0 <= g.sent_index - n.sent_index <= _OTHERS_REACH
                     and _others_beside(n, text) == g.group_size - 1), None)
        if lead is None:
            continue
        fill(lead, g)
        fill(g, lead)  # (the charge found with "X and four others" is theirs too)
        g.group_size -= 1
        g.flags.append("named-lead-counted-out")


def _others_beside(named: Draft, text: str) -> int | None:
    """The count after the name at the draft's mention: "X and four others" → 4."""
    start = text.find(named.person or "", named.position, named.position + 80)
    if start < 0:
        return None
    m = _AND_OTHERS_RE.match(text, start + len(named.person or ""))
    value = parse_number(m.group(1)) if m else None
    return int(value) if value is not None and value == int(value) else None
