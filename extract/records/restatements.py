"""Drafts that restate others: an unnamed defendant the article names later or before
("a Brooklyn man was sentenced ..." then his name), a lead's counted summary whose members
are named after it; each gives its place, date, charge and term to the named ones it
restates (``fill``) and is no record of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from schemas import SentenceType

if TYPE_CHECKING:  # assembly imports this module
    from extract.records.assembly import Draft

_COMPANY_RE = re.compile(r"\b(?:Inc|LLC|Ltd|Corp|Co|Corporation|Company|PLC|GmbH)\b\.?,?\s*$")


def absorb_unnamed(drafts: list[Draft]) -> list[Draft]:
    """Drop an unnamed draft that restates named ones: "a court sentenced three people"
    followed by the three named; "a police officer was sentenced to two years' probation"
    when the named defendant got the same sentence."""
    named = [d for d in drafts if d.person is not None and not d.prior]
    first = min((d.sent_index for d in drafts), default=0)
    keep: list[Draft] = []
    claimed: set[int] = set()
    all_named = named
    for d in drafts:
        if d.person is not None or d.prior:
            keep.append(d)
            continue
        # an acquittal is no restatement of a conviction (nor the reverse)
        named = [n for n in all_named if n.outcome is d.outcome]
        same_sentence = [n for n in named if d.sentence and n.sentence
                         and same_terms(d, n) and id(n) not in claimed]
        if d.group_size == 1 and same_sentence and (
            len(same_sentence) == 1 or sum(1 for o in drafts if o.person is None
                                           and o.sent_index == d.sent_index) > 1
        ):
            # "a woman and man were sentenced to life" → the two named, in order
            target = same_sentence[0]
            claimed.add(id(target))
            fill(target, d)
            continue
        compatible = [n for n in named if n.sentence is None or (d.sentence and
                                                                  same_terms(d, n))]
        people = [n for n in named if not _COMPANY_RE.search(n.person or "")]
        if d.group_size == 1 and len(people) == 1 and people[0].sent_index >= d.sent_index and (
            compatible or d.sent_index == first
        ):
            fill(people[0], d)  # the lead "a Brooklyn man was sentenced ..." then his name
            continue
        open_people = [n for n in compatible if not _COMPANY_RE.search(n.person or "")
                       and n.sentence is None and n.sent_index >= d.sent_index]
        if d.group_size == 1 and d.sent_index == first and d.sentence and \
                len({n.person for n in open_people}) == 1 and len({n.person for n in people}) > 1:
            # "A man was fined S$5,000 ... A pleaded guilty. B was fined S$4,000": the lead's
            # term is the one named person's without a term of their own
            fill(open_people[0], d)
            continue
        told = {n.person for n in drafts if n.person and n.prior}
        if d.group_size == 1 and d.sent_index == first and not all_named and len(told) == 1:
            # "A pensioner convicted 34 years ago ..." then "X had been sentenced to ...":
            # the lead's defendant is the one person whose conviction the article retells
            fill(next(n for n in drafts if n.person in told), d)
            continue
        nxt = min((n for n in named if 0 <= n.sent_index - d.sent_index <= 2),
                  key=lambda n: n.sent_index, default=None)
        if d.sentencing:
            # "a gang member was sentenced to 15 years" → the one named defendant sentenced
            # without a stated term
            open_named = [n for n in named if n.sentencing and n.sentence is None
                          and n.sent_index >= d.sent_index]
            if d.group_size == 1 and len(open_named) == 1:
                fill(open_named[0], d)
                continue
        if d.group_size == 1 and nxt is not None and (nxt.sentence is None or _kind_only(nxt, d)
                                                       or (d.sentence and same_terms(d, nxt))):
            fill(nxt, d)  # "A former MP was jailed for 18 months. X, 61, was sentenced ..."
            continue
        first_named = min((n.sent_index for n in named if n.sent_index >= d.sent_index),
                          default=None)
        if d.group_size > 1 and first_named is not None and first_named - d.sent_index <= 2:
            # "sentenced three men ... The convicts, A, B and C, were also fined": the next
            # sentence naming people names exactly the group
            listed = [n for n in named if n.sent_index == first_named]
            if len({n.person for n in listed}) == d.group_size:
                for n in listed:
                    fill(n, d)
                continue
        absorbed = False
        for window in (2, 6):  # "two journalists were sentenced ... A got seven, B six years"
            following = [n for n in named if 0 <= n.sent_index - d.sent_index <= window]
            if len({n.person for n in following}) == d.group_size and (
                d.group_size > 1 or not d.sentence
            ):
                for n in following:
                    fill(n, d)
                absorbed = True
                break
        if absorbed:
            continue
        sentenced = [n for n in named if n.sentencing or n.sentence]
        if d.group_size > 1 and d.group_size == len({n.person for n in sentenced}) and \
                d.sent_index <= min(n.sent_index for n in sentenced):
            for n in sentenced:
                fill(n, d)
            continue
        if _summarises(d, drafts):
            continue
        keep.append(d)
    return keep


def _summarises(group: Draft, drafts: list[Draft]) -> bool:
    """"13 activists were sentenced to up to five years. A got five years, B three": a
    counted group whose next sentences name half of its members (two or more; any two under
    a range or ceiling of terms, or listed in one sentence) is the lead's summary, not a
    record of its own. The members take its place, date, charge and term where they lack
    them; a range or ceiling over them all gives its text and kind, not a length
    (GUIDELINES). Members follow within three sentences, unbroken: a defendant of
    another day or place, or with a term outside the group's range or ceiling, ends them
    ("Three colleagues got seven to nine years. In Moscow, X was jailed for life"); an
    unnamed group among them ("the other ten") means the text counts the group out itself,
    and it stays."""
    if group.group_size < 2 or group.new_story:
        return False
    members: list[Draft] = []
    at, reach = group.sent_index + 1, 3
    while at - group.sent_index <= reach:
        here = [n for n in drafts if n.sent_index == at and n is not group and not n.prior]
        if any(n.person is None and n.outcome is group.outcome for n in here):
            return False
        named = [n for n in here if n.person and n.outcome is group.outcome]
        # another group's members (a term of another kind) are none of these, and a
        # sentence of theirs alone takes up none of the sentences the group's may come in
        if named and all(_other_kind(n, group) for n in named):
            reach += 1
        named = [n for n in named if not _other_kind(n, group)]
        if not named:
            at += 1  # a sentence between ("The four men were arrested in June.")
            continue
        if not all(compatible(group, n) and _within(n, group) for n in named):
            break
        members.extend(named)
        at += 1
    people = {n.person for n in members}
    listed = max((len({n.person for n in members if n.sent_index == m.sent_index})
                  for m in members), default=0)
    if not 2 <= len(people) <= group.group_size or (
        2 * len(people) < group.group_size and listed < 2
        and not {"range", "ceiling"} & set(group.flags)
    ):
        return False
    # a range or ceiling over them all states no one's length: its text and kind only
    for n in members:
        fill_member(n, group)
    return True


def fill_member(member: Draft, group: Draft) -> None:
    """A named member takes its group's place, date and charge where it lacks them, and its
    term when it has none of its own (never beside its own fine: that is its term); a range
    or ceiling over the group is no one member's length (GUIDELINES), nor is a total."""
    fill(member, replace(group, sentence=None, months=None, type=None, flags=[]))
    if member.sentence is None:
        member.sentence, member.type = group.sentence, group.type
        member.months = None if {"range", "ceiling", "total"} & set(group.flags) else \
            group.months


def _within(member: Draft, group: Draft) -> bool:
    """``member``'s term may be one of ``group``'s: not below the minimum of its range nor
    above its ceiling (the group's months hold that bound), whatever its kind."""
    bound = {"range", "ceiling"} & set(group.flags)
    if not bound or group.months is None or member.sentence is None:
        return True
    if member.months is None:  # a fine may lie under a ceiling of years; life never does
        return member.type not in {SentenceType.LIFE, SentenceType.DEATH}
    if "ceiling" in bound:
        return member.months <= group.months + 0.5
    return member.months >= group.months - 0.5


def _other_kind(member: Draft, group: Draft) -> bool:
    """``member``'s term is of another kind than ``group``'s, life or death on one side
    ("three to death and five others life in prison. A, B and C were found guilty"): a
    named one is not the life group's member, and the others named after may still be."""
    ultimate = {SentenceType.LIFE, SentenceType.DEATH}
    return member.type is not None and group.type is not None and \
        member.type != group.type and bool({member.type, group.type} & ultimate)


def compatible(a: Draft, b: Draft) -> bool:
    """Nothing in ``a`` and ``b`` says they are two proceedings: no other day or place."""
    return not b.new_story and (a.date is None or b.date is None or a.date == b.date) and (
        a.city is None or b.city is None or a.city == b.city)


def same_terms(a: Draft, b: Draft) -> bool:
    if a.months is not None and b.months is not None:
        return abs(a.months - b.months) < 0.5 and a.type == b.type
    if not (a.months is None and b.months is None and a.type == b.type and a.type is not None):
        return False
    mine, theirs = _amounts(a.sentence), _amounts(b.sentence)
    return not (mine and theirs and mine != theirs)  # ("S$4,000" is no "S$5,000")

_AMOUNT_RE = re.compile(r"\d[\d,.]*")


def _amounts(sentence: str | None) -> set[str] | None:
    """The figures a term states ("a fine of S$4,000": {"4000"}): two fines of other sums are
    two terms, not one told twice."""
    if sentence is None:
        return None
    return {m.group(0).replace(",", "").rstrip(".") for m in _AMOUNT_RE.finditer(sentence)}


def fill(target: Draft, source: Draft) -> None:
    """``source``'s place, date, charge and term into ``target`` where it lacks them."""
    if target.city is None and source.city is not None:
        target.city, target.city_tier, target.country = source.city, source.city_tier, \
            source.country
        target.city_kind = source.city_kind  # (a country is no place: its kind tells)
    if target.date is None and source.date is not None:
        target.date = source.date
    if source.charge and (target.charge is None or (
            target.charge_apart and not source.charge_apart)):
        # (an offence the lead's outcome states beats the accusation told beside the member's)
        target.charge, target.charge_rank = source.charge, source.charge_rank + 1
        target.charge_apart = source.charge_apart
    if (target.sentence is None and source.sentence is not None) or _kind_only(target, source):
        target.sentence, target.months, target.type = source.sentence, source.months, \
            source.type
        target.similar = source.similar
        if "total" in source.flags and target.group_size < source.group_size:
            target.months = None  # "three men were jailed for a total of 30 years": no one's
    elif custody_beside_fine(target, source):
        target.sentence = f"{source.sentence}; {target.sentence}"
        target.months, target.type = source.months, source.type


def _kind_only(term: Draft, told: Draft) -> bool:
    """"X was handed the prison term" after "a court jailed an activist for seven years":
    a term of the same kind without a length is the one told with its length."""
    return term.sentence is not None and term.months is None and told.months is not None \
        and not term.similar and term.type is told.type and \
        term.type in {SentenceType.PRISON, SentenceType.SUSPENDED}


def custody_beside_fine(fined: Draft, other: Draft) -> bool:
    """A fine stated apart from a custodial (or suspended) term of the same defendant: the
    term is the main sentence, the fine stays in its text."""
    return fined.type is SentenceType.FINE and other.sentence is not None and \
        other.type not in {None, SentenceType.FINE} and not other.similar


def drop_range_subgroups(drafts: list[Draft]) -> list[Draft]:
    """"The 32 protesters received sentences ranging from nine to 20 years. A boy received
    nine years, while two women got 15 and 16 years": unnamed people given a term inside a
    group's range in the next two sentences are part of that group (GUIDELINES: subgroups of
    an unnamed group already recorded get no records of their own)."""
    groups = [g for g in drafts if g.person is None and g.group_size > 1 and not g.prior
              and "range" in g.flags and g.months is not None]
    keep: list[Draft] = []
    for d in drafts:
        part_of = d.person is None and not d.prior and not d.new_story and d.sentence and any(
            d is not g and d.group_size < g.group_size and d.outcome is g.outcome
            and 0 <= d.sent_index - g.sent_index <= 2 and compatible(g, d)
            and d.type is g.type and (d.months is None or g.months is None
                                      or d.months >= g.months - 0.5)
            for g in groups)  # (never a life or death term, nor a term of another kind)
        if not part_of:
            keep.append(d)
    return keep
