"""Draft records: one per defendant mention; merged into one record per defendant."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extract.nlp import Rules
from extract.records.appeals import absorb_overturned_lead, link_appeals
from extract.records.naming import spelling_variants
from extract.records.places import PlaceHit, in_area
from schemas import Outcome, SentenceType

_COMPANY_RE = re.compile(r"\b(?:Inc|LLC|Ltd|Corp|Co|Corporation|Company|PLC|GmbH)\b\.?,?\s*$")
_AREA_KINDS = frozenset({"county", "region", "admin1", "admin2", "country", "state", "province"})


@dataclass(slots=True)
class Draft:
    """A record under construction, from one trigger and one defendant mention."""

    key: tuple[str, str]
    person: str | None
    group_size: int
    outcome: Outcome
    rule_id: str
    ev_start: int
    ev_end: int
    sent_index: int
    position: int  # character offset of the mention
    city: str | None = None
    city_tier: int = 9
    city_kind: str = ""
    country: str | None = None
    date: dt.date | None = None
    charge: str | None = None
    charge_rank: int = 9  # 0: from a conviction/plea/dismissal trigger, 1: "sentenced for"
    sentence: str | None = None
    months: float | None = None
    type: SentenceType | None = None
    similar: bool = False
    own_court: bool = False  # the sentence names a court of its own ("a Turkish court")
    new_story: bool = False  # "Separately, ...": another case, whose place is not inherited
    same_charge: bool = False  # "convicted of the same charges": the charge stated before
    prior: bool = False
    own_time: bool = False  # "jailed in 2018": a time of its own, vague; no neighbour's day
    sentencing: bool = False  # the trigger imposes a sentence (its date wins)
    appeal: bool = False  # an appeal's ruling: its outcome, term and date beat the trial's
    reversal_cue: bool = False  # its sentence tells of a conviction undone ("freed on appeal")
    flags: list[str] = field(default_factory=list)


def _merge(base: Draft, other: Draft) -> Draft:
    """Fold ``other`` (a later or weaker mention of the same defendant) into ``base``."""
    b = replace(base, flags=list(base.flags))
    if other.person and b.person and len(other.person.split()) > len(b.person.split()):
        b.person = other.person
    appeal_wins = other.appeal and not b.appeal  # the latest state the text reports
    trial_loses = b.appeal and not other.appeal
    if appeal_wins:
        b.outcome, b.rule_id = other.outcome, other.rule_id
        if other.date is not None or not b.reversal_cue:
            b.date = other.date  # (a date stated beside the appeal itself stands)
        if abs(other.sent_index - b.sent_index) > 1:
            b.ev_start, b.ev_end, b.sent_index = other.ev_start, other.ev_end, other.sent_index
        if other.sentence is not None:
            b.sentence, b.months, b.type, b.similar = (other.sentence, other.months, other.type,
                                                       other.similar)
    elif not trial_loses and (other.outcome is Outcome.DISMISSED or (
        b.outcome is Outcome.ACQUITTED and other.outcome is Outcome.CONVICTED
    )):
        b.outcome = other.outcome
    if appeal_wins:
        pass  # the appeal's term (or, upheld, the trial's) is set above
    elif other.sentence is not None and (b.sentence is None or (
        b.similar and not other.similar and other.months is not None
    )):
        b.sentence, b.months, b.type, b.similar = (other.sentence, other.months, other.type,
                                                   other.similar)
    elif _custody_beside_fine(b, other):
        b.sentence = f"{other.sentence}; {b.sentence}"
        b.months, b.type = other.months, other.type
    elif _custody_beside_fine(other, b) and (other.sentence or "") not in (b.sentence or ""):
        b.sentence = f"{b.sentence}; {other.sentence}"
    if other.charge and (b.charge is None or other.charge_rank < b.charge_rank or (
        other.charge_rank == b.charge_rank and len(other.charge) > len(b.charge)
    )):  # the formal list of counts is usually the longer
        b.charge, b.charge_rank = other.charge, other.charge_rank
    if other.date is not None and not appeal_wins and not trial_loses and (
            b.date is None or (other.sentencing and not b.sentencing)):
        b.date = other.date  # an appeal's record keeps the appeal's date (or none)
    if other.city is not None and (b.city is None or other.city_tier < b.city_tier):
        b.city, b.city_tier, b.country = other.city, other.city_tier, other.country
        b.city_kind = other.city_kind
    b.sentencing = b.sentencing or other.sentencing
    b.appeal = b.appeal or other.appeal
    if other.ev_start != b.ev_start and abs(other.sent_index - b.sent_index) <= 1:
        # adjacent sentences read as one piece of evidence; farther ones are not quoted
        b.ev_start, b.ev_end = min(b.ev_start, other.ev_start), max(b.ev_end, other.ev_end)
    b.flags.extend(other.flags)
    return b


def _carry_similar(drafts: list[Draft]) -> None:
    """"received similar terms for the same crime": type, charge, date, place of the
    record stated just before."""
    for n, d in enumerate(drafts):
        if d.same_charge and d.charge is None:
            source = next((p for p in reversed(drafts[:n]) if p.charge and not p.prior
                           and d.sent_index - p.sent_index <= 2), None)
            if source is not None:
                d.charge, d.charge_rank = source.charge, source.charge_rank + 1
        if not d.similar:
            continue
        prev = next((p for p in reversed(drafts[:n]) if not p.similar and p.sentence), None)
        if prev is None:
            continue
        d.type = d.type or prev.type
        if d.charge is None or "same" in (d.charge or "").lower():
            d.charge, d.charge_rank = prev.charge, prev.charge_rank
        d.date = d.date or prev.date
        if d.city is None:
            d.city, d.city_tier, d.country = prev.city, prev.city_tier, prev.country


def _same_conviction(drafts: list[Draft]) -> None:
    """"overturned the conviction of X, who had been found guilty of arson": the earlier
    conviction is the one undone, not another proceeding."""
    for d in drafts:
        if d.prior and any(o.key == d.key and not o.prior and o.sent_index == d.sent_index
                           and o.outcome is not Outcome.CONVICTED for o in drafts):
            d.prior = False
            d.date = None
        elif d.prior and d.sentence is None and any(
            o.key == d.key and not o.prior and _same_offence(o.charge, d.charge) for o in drafts
        ):
            # "The court said he had been found guilty of abuse of office": reported speech
            # retelling this proceeding's conviction; a prior conviction is for another offence
            d.prior = False
            d.date = None


def _same_offence(a: str | None, b: str | None) -> bool:
    """Every content word of the shorter charge is in the other ("abuse of office" and
    "abuse of office and damaging the state")."""
    words = [{w for w in re.findall(r"[a-z]{4,}", (c or "").lower())} for c in (a, b)]
    short, long_ = sorted(words, key=len)
    return bool(short) and short <= long_


def _carry_dates(drafts: list[Draft]) -> None:
    """"A was sentenced today to X. B was sentenced to Y." – one hearing: B's date is A's."""
    for n, d in enumerate(drafts):
        if d.date is not None or not d.sentencing or d.prior or d.own_time:
            continue
        prev = next((p for p in reversed(drafts[:n]) if p.sentencing and not p.prior
                     and p.date is not None and d.sent_index - p.sent_index == 1
                     and p.city == d.city), None)
        if prev is not None:
            d.date = prev.date


def finish_drafts(drafts: list[Draft], default_city: Callable[[int, bool], PlaceHit | None],
                  rules: Rules) -> list[Draft]:
    """Merge the drafts of each defendant, absorb unnamed restatements, fill the place."""
    _carry_similar(drafts)
    _carry_dates(drafts)
    _same_conviction(drafts)
    link_appeals(drafts)
    merged: dict[tuple[str, str], Draft] = {}
    order: list[tuple[str, str]] = []
    aliases = spelling_variants([(d.key, d.sent_index) for d in drafts])
    for d in drafts:
        key = aliases.get(d.key, d.key)
        if d.prior:
            key = (key[0] + "/prior", key[1] + "/" + (d.charge or ""))
        if key in merged:
            merged[key] = _merge(merged[key], d)
        else:
            merged[key] = d
            order.append(key)
    out = [merged[k] for k in order]
    for d in out:
        if d.outcome is not Outcome.CONVICTED:
            d.sentence, d.months, d.type, d.similar = None, None, None, False
    out = _absorb_unnamed(_merge_groups(absorb_overturned_lead(out)))
    # an unnamed defendant needs a place, date, charge or sentence to be identifiable
    # ... or a named co-defendant beside it with another outcome ("Three other journalists
    # were acquitted, while a fourth, X, received six years")
    out = [d for d in out if d.person or d.charge or d.sentence or d.date or d.city
           or any(n is not d and (n.person or n.charge or n.sentence) and not n.prior
                  and n.outcome is not d.outcome and 0 <= d.sent_index - n.sent_index <= 1
                  for n in out)]
    for before, d in zip([None, *out], out, strict=False):
        if before is not None and before.new_story and d.city is None and \
                0 <= d.sent_index - before.sent_index <= 1:
            d.new_story = True  # "... was convicted. Three other officers were acquitted."
        if d.prior:
            continue
        doc_city = None if d.new_story else default_city(d.ev_end, d.own_court)
        if doc_city is not None and d.city_kind in _AREA_KINDS and doc_city.kind not in \
                _AREA_KINDS and in_area(doc_city.text, d.city):
            # an area gives way to its own town: "Los Angeles County" to "LOS ANGELES –"
            d.city = None
        if d.city is None and doc_city is not None:
            d.city, d.country = doc_city.text, doc_city.country
        if d.charge and d.charge.lower().startswith("the same"):
            d.charge = None
    return out


def _merge_groups(drafts: list[Draft]) -> list[Draft]:
    """"four gang members were convicted ... All four defendants were convicted last week":
    unnamed groups of one size (above one) are one group."""
    out: list[Draft] = []
    by_size: dict[int, int] = {}
    for d in drafts:
        n = by_size.get(d.group_size)
        if d.person is None and not d.prior and d.group_size > 1 and n is not None and (
            not (d.sentence and out[n].sentence) or _same_terms(d, out[n])
        ):
            out[n] = _merge(out[n], d)
            continue
        if d.person is None and not d.prior and d.group_size > 1:
            by_size.setdefault(d.group_size, len(out))
        out.append(d)
    return out


def _absorb_unnamed(drafts: list[Draft]) -> list[Draft]:
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
                         and _same_terms(d, n) and id(n) not in claimed]
        if d.group_size == 1 and same_sentence and (
            len(same_sentence) == 1 or sum(1 for o in drafts if o.person is None
                                           and o.sent_index == d.sent_index) > 1
        ):
            # "a woman and man were sentenced to life" → the two named, in order
            target = same_sentence[0]
            claimed.add(id(target))
            _fill(target, d)
            continue
        compatible = [n for n in named if n.sentence is None or (d.sentence and
                                                                  _same_terms(d, n))]
        people = [n for n in named if not _COMPANY_RE.search(n.person or "")]
        if d.group_size == 1 and len(people) == 1 and people[0].sent_index >= d.sent_index and (
            compatible or d.sent_index == first
        ):
            _fill(people[0], d)  # the lead "a Brooklyn man was sentenced ..." then his name
            continue
        told = {n.person for n in drafts if n.person and n.prior}
        if d.group_size == 1 and d.sent_index == first and not all_named and len(told) == 1:
            # "A pensioner convicted 34 years ago ..." then "X had been sentenced to ...":
            # the lead's defendant is the one person whose conviction the article retells
            _fill(next(n for n in drafts if n.person in told), d)
            continue
        nxt = min((n for n in named if 0 <= n.sent_index - d.sent_index <= 2),
                  key=lambda n: n.sent_index, default=None)
        if d.sentencing:
            # "a gang member was sentenced to 15 years" → the one named defendant sentenced
            # without a stated term
            open_named = [n for n in named if n.sentencing and n.sentence is None
                          and n.sent_index >= d.sent_index]
            if d.group_size == 1 and len(open_named) == 1:
                _fill(open_named[0], d)
                continue
        if d.group_size == 1 and nxt is not None and (nxt.sentence is None
                                                       or (d.sentence and _same_terms(d, nxt))):
            _fill(nxt, d)  # "A former MP was jailed for 18 months. X, 61, was sentenced ..."
            continue
        first_named = min((n.sent_index for n in named if n.sent_index >= d.sent_index),
                          default=None)
        if d.group_size > 1 and first_named is not None and first_named - d.sent_index <= 2:
            # "sentenced three men ... The convicts, A, B and C, were also fined": the next
            # sentence naming people names exactly the group
            listed = [n for n in named if n.sent_index == first_named]
            if len({n.person for n in listed}) == d.group_size:
                for n in listed:
                    _fill(n, d)
                continue
        absorbed = False
        for window in (2, 6):  # "two journalists were sentenced ... A got seven, B six years"
            following = [n for n in named if 0 <= n.sent_index - d.sent_index <= window]
            if len({n.person for n in following}) == d.group_size and (
                d.group_size > 1 or not d.sentence
            ):
                for n in following:
                    _fill(n, d)
                absorbed = True
                break
        if absorbed:
            continue
        sentenced = [n for n in named if n.sentencing or n.sentence]
        if d.group_size > 1 and d.group_size == len({n.person for n in sentenced}) and \
                d.sent_index <= min(n.sent_index for n in sentenced):
            for n in sentenced:
                _fill(n, d)
            continue
        if _summarises(d, drafts):
            continue
        keep.append(d)
    return keep


def _summarises(group: Draft, drafts: list[Draft]) -> bool:
    """"13 activists were sentenced to up to five years. A got five years, B three": a
    counted group whose next sentences name half of its members (two or more; any two under
    a range or ceiling of terms, or listed in one sentence) is the lead's summary, not a
    record of its own. The members
    take its place, date and charge where they lack them; not its term, which is a ceiling
    or range over them all. Members follow within three sentences, unbroken: a defendant of
    another day or place, or with a term outside the group's range or ceiling, ends them
    ("Three colleagues got seven to nine years. In Moscow, X was jailed for life"); an
    unnamed group among them ("the other ten") means the text counts the group out itself,
    and it stays."""
    if group.group_size < 2 or group.new_story:
        return False
    members: list[Draft] = []
    at = group.sent_index + 1
    while at - group.sent_index <= 3:
        here = [n for n in drafts if n.sent_index == at and n is not group and not n.prior]
        if any(n.person is None and n.outcome is group.outcome for n in here):
            return False
        named = [n for n in here if n.person and n.outcome is group.outcome]
        if not named:
            at += 1  # a sentence between ("The four men were arrested in June.")
            continue
        if not all(_compatible(group, n) and _within(n, group) for n in named):
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
    for n in members:
        _fill(n, replace(group, sentence=None, months=None, type=None, flags=[]))
    return True


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


def _compatible(a: Draft, b: Draft) -> bool:
    """Nothing in ``a`` and ``b`` says they are two proceedings: no other day or place."""
    return not b.new_story and (a.date is None or b.date is None or a.date == b.date) and (
        a.city is None or b.city is None or a.city == b.city)


def _same_terms(a: Draft, b: Draft) -> bool:
    if a.months is not None and b.months is not None:
        return abs(a.months - b.months) < 0.5 and a.type == b.type
    return a.months is None and b.months is None and a.type == b.type and a.type is not None


def _fill(target: Draft, source: Draft) -> None:
    if target.city is None and source.city is not None:
        target.city, target.city_tier, target.country = source.city, source.city_tier, \
            source.country
    if target.date is None and source.date is not None:
        target.date = source.date
    if target.charge is None and source.charge:
        target.charge, target.charge_rank = source.charge, source.charge_rank + 1
    if target.sentence is None and source.sentence is not None:
        target.sentence, target.months, target.type = source.sentence, source.months, \
            source.type
        target.similar = source.similar
    elif _custody_beside_fine(target, source):
        target.sentence = f"{source.sentence}; {target.sentence}"
        target.months, target.type = source.months, source.type


def _custody_beside_fine(fined: Draft, other: Draft) -> bool:
    """A fine stated apart from a custodial (or suspended) term of the same defendant: the
    term is the main sentence, the fine stays in its text."""
    return fined.type is SentenceType.FINE and other.sentence is not None and \
        other.type not in {None, SentenceType.FINE} and not other.similar
