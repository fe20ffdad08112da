"""Definite unnamed groups that restate named defendants: "A, B and C were convicted ...
The three men were jailed for five years" is three records, not four (GUIDELINES: a group
whose members are named elsewhere is no record of its own); so is an indefinite group that
the next sentences outnumber with named defendants of its outcome ("sentenced 16 supporters
... Those convicted include" eighteen names), and one the next sentences tell one by one, as
named people and "others" that add up to its count ("sentenced five ... X got 15 years. Four
others received eight to 13 years")."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.records.assembly import Draft
from extract.records.restatements import compatible, fill, fill_member

# how far back (in sentences) the named members of a definite group may stand ("the pair"
# in a verdict's last paragraph is still the two named in its first)
_WINDOW = 8
_DEFINITE_RE = re.compile(r"(?:the|these|those|all|both)\s+$", re.IGNORECASE)
# "the other three", "the remaining two": people besides those named, not the named again
_BESIDES_RE = re.compile(r"\b(?:other|others|remaining|rest|further|another|more|additional)\b",
                         re.IGNORECASE)


def absorb_definite_groups(drafts: list[Draft], text: str) -> list[Draft]:
    """Drop each definite unnamed group ("the three men", "the trio", "the five") whose size
    is the number of people named in the sentences just before it (its own sentence up to it
    included). Those with its outcome take its place, date, charge and term where they lack
    them, and carry the flag ``definite-group``; another outcome of the same people ("X and Y
    were convicted of murder. The pair were acquitted of ...") is a mixed verdict, whose
    record is the conviction (GUIDELINES)."""
    keep: list[Draft] = []
    told: set[str] = set()
    for d in drafts:
        if _vague_lead_of(d, drafts) or _others_told_before(d, text, told):
            continue
        members = _named_before(d, drafts) if _definite(d, text) else []
        if not members or (d.appeal and any(n.outcome is not d.outcome for n in members)):
            # (an appeal's other outcome is the latest state: the appeal rules keep it)
            keep.append(d)
            continue
        for n in members:
            if n.outcome is d.outcome:
                # a pluperfect retelling ("The three convicts had been found guilty of X")
                # adds its charge, not its day (maybe the earlier hearing's)
                fill(n, replace(d, date=None) if d.prior else d)
                n.flags.append("definite-group")
    return keep


# "Silva and two others": the "others" of a named defendant (group key: the name's last word)
_OTHERS_RE = re.compile(r"([A-Z][\w'-]+),?\s+and\s+$")
_COUNTED_OTHERS_RE = re.compile(r"[\w-]+\s+others\b")


def _others_told_before(d: Draft, text: str, told: set[str]) -> bool:
    """"... upheld the death sentences of A and two others. A and three others had been
    sentenced to death in 2016": the others of one named defendant told again (here before an
    appeal acquitted one of them) are the same co-defendants, recorded where first told."""
    if d.person is not None or not _COUNTED_OTHERS_RE.match(text, d.position):
        return False
    before = _OTHERS_RE.search(text[max(0, d.position - 40):d.position])
    if before is None:
        return False
    if before.group(1) in told:
        return True
    told.add(before.group(1))
    return False


def _vague_lead_of(d: Draft, drafts: list[Draft]) -> bool:
    """"A court imposed a parole-like sentence on a journalist. X was sentenced to two years of
    restricted freedom": an unnamed one whose kind of term, without its length, is the next
    named defendant's is that defendant (who takes what the lead adds); flag ``vague-lead``."""
    if d.person is not None or d.prior or d.group_size != 1 or d.months is not None or \
            d.type is None:
        return False
    nxt = min((n for n in drafts if n.person and not n.prior and n.outcome is d.outcome
               and 1 <= n.sent_index - d.sent_index <= 2), key=lambda n: n.sent_index,
              default=None)
    if nxt is None or nxt.type is not d.type or nxt.months is None:
        return False
    fill(nxt, d)
    nxt.flags.append("vague-lead")
    return True


def _definite(d: Draft, text: str) -> bool:
    """"the three men", "these five", "both men", "on all four": people told before. A prior
    one too ("The three convicts had been found guilty of X"): the story's named defendants'
    conviction retold, which the prior rules keep apart only for named people."""
    if d.person is not None or d.group_size < 2:
        return False
    head = text[d.position:d.position + 6].lower()
    if _BESIDES_RE.search(text[max(0, d.position - 12):d.position + 25]):
        return False
    return head.startswith(("the ", "these ", "those ", "both ")) or bool(
        _DEFINITE_RE.search(text[max(0, d.position - 8):d.position]))


def _named_before(group: Draft, drafts: list[Draft]) -> list[Draft]:
    """The named drafts that the group restates, or none when their count differs."""
    named = [n for n in drafts if n.person and not n.prior and n.position < group.position
             and 0 <= group.sent_index - n.sent_index <= _WINDOW
             and not n.new_story]
    if not named or group.new_story:
        return []
    # the people of the latest sentence naming any, then back while the count is short
    people: list[str] = []
    chosen: list[Draft] = []
    for at in sorted({n.sent_index for n in named}, reverse=True):
        here = [n for n in named if n.sent_index == at]
        for n in here:
            if n.person not in people:
                people.append(n.person or "")
            chosen.append(n)
        # "A and four others were convicted ... The five were jailed": the others count too
        others = [o for o in drafts if o.person is None and not o.prior and o.sent_index == at
                  and o is not group and o.position < group.position]
        people.extend("" for o in others for _ in range(o.group_size))
        chosen.extend(others)
        if len(people) >= group.group_size:
            break
    if len(people) != group.group_size:
        return []
    if any(n.date and group.date and n.date != group.date for n in chosen) or any(
            n.city and group.city and n.city != group.city for n in chosen):
        return []  # another day or place: another proceeding
    return chosen


def absorb_groups_named_later(drafts: list[Draft], text: str) -> list[Draft]:
    """"A court sentenced 16 supporters to five years ... Those convicted include A, B, ...",
    "... the death penalty to two people ... The recipients are A and B": drop an unnamed
    group (not a definite one, nor "two other men") when the next sentences name at least as
    many defendants with its outcome in the same proceeding: it is counted among them
    (GUIDELINES: no double counting). With more names than its count, which of them it
    counted is unsure: they keep their own slots (flag ``named-later``)."""
    keep: list[Draft] = []
    for d in drafts:
        members = _named_after(d, drafts, text)
        split = [] if members else _split_after(d, drafts, text)
        if not members and not split:
            keep.append(d)
            continue
        for n in members:
            n.flags.append("named-later")
        for n in split:
            fill_member(n, d)
            n.flags.append("split-later")
    return keep


def _split_after(group: Draft, drafts: list[Draft], text: str) -> list[Draft]:
    """"sentenced five activists to up to 15 years ... leader X was sentenced to 15 years.
    Four others received eight to 13 years": under a range or ceiling of terms (a summary of
    theirs), named defendants and the unnamed "others" after them, of the group's outcome in
    its proceeding, who add up to exactly its count, are its people told one by one; each
    takes what the group adds (flag ``split-later``)."""
    if group.person is not None or group.prior or group.group_size < 2 or group.new_story \
            or not {"range", "ceiling"} & set(group.flags) or _definite(group, text) \
            or _BESIDES_RE.search(text[max(0, group.position - 12):group.position + 25]):
        return []  # (without a range or ceiling of terms over it, a group the text counts
        # out itself stays: "convicted five ... X got four years. The four others two")
    after = [n for n in drafts if n is not group and not n.prior and n.outcome is group.outcome
             and n.position > group.position and 0 <= n.sent_index - group.sent_index <= 2
             and compatible(group, n)]
    named = [n for n in after if n.person]
    others = [o for o in after if o.person is None and o.position > min(
        (n.position for n in named), default=len(text)) and _BESIDES_RE.search(
            text[max(0, o.position - 12):o.position + 25])]
    if not named or not others or len(others) > 1 or \
            len({n.person for n in named}) + others[0].group_size != group.group_size:
        return []
    return [*named, *others]


def _named_after(group: Draft, drafts: list[Draft], text: str) -> list[Draft]:
    """The named drafts after an indefinite group that hold its people, or none when fewer
    people are named than it counts."""
    if group.person is not None or group.prior or group.group_size < 2 or group.new_story \
            or _definite(group, text) or _BESIDES_RE.search(
                text[max(0, group.position - 12):group.position + 25]):
        return []
    named = [n for n in drafts if n.person and not n.prior and n.outcome is group.outcome
             and n.position > group.position and 0 <= n.sent_index - group.sent_index <= _WINDOW
             and compatible(group, n)]
    return named if len({n.person for n in named}) >= group.group_size else []
