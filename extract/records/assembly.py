"""Draft records: one per defendant mention; merged into one record per defendant."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extract.nlp import Rules
from extract.records.appeals import absorb_overturned_lead, link_appeals
from extract.records.charge_cues import CUE_RANK
from extract.records.frames import carry_codefendants
from extract.records.guards import EARLIER_CASE_FLAG
from extract.records.naming import spelling_variants, tail_variants
from extract.records.places import PlaceHit, in_area
from extract.records.prior_links import other_terms_apart, same_conviction, settle_priors
from extract.records.restatements import (
    absorb_unnamed,
    compatible,
    custody_beside_fine,
    drop_range_subgroups,
    fill_member,
    same_terms,
)
from extract.records.where_when import shifted_days
from schemas import Outcome, SentenceType

ALSO_ADMITTED = "also-admitted"  # the trigger rule of "He also admitted X"

# on a draft whose verdict's announcement the court deferred (Turkish HAGB): the record's
# term is a suspended one (GUIDELINES "Non-custodial kinds"), whichever draft carried it
DEFERRED_FLAG = "deferred-verdict"
# a named member of people told of before ("those jailed included A"): shares their case
MEMBER_FLAG = "member-of-group"
# its sentence hints at another day or case ("sentenced earlier", "in a separate trial")
OTHER_HEARING_FLAG = "other-hearing-cue"
# its sentence moves the day on from the one told before ("A day later, ...", "The next day")
SHIFTED_DAY_FLAG = "shifted-day"
# its sentence tells a further outcome of the court just told of ("The court also sentenced")
SAME_COURT_FLAG = "same-court-also"
# how many sentences back the dated outcome of "The court also ..." may be
_SAME_COURT_REACH = 8
PAST_CASE_FLAG = "past-case-cue"  # an earlier year or another case (where_when)
# how many sentences after a counted group's dated hearing its members may be named
_MEMBER_REACH = 8

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
    crime_city: str | None = None  # where the crime was: the city when nothing better is
    crime_country: str | None = None  # named (a court, a dateline, the article's court town)
    date: dt.date | None = None
    charge: str | None = None
    charge_rank: int = 9  # 0: from a conviction/plea/dismissal trigger, 1: "sentenced for"
    charge_apart: bool = False  # told beside the outcome (an accusation), not by an outcome
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
    # where its later mentions end (and whether they name a court of their own): "X was
    # jailed" in a lead, "At Leeds Crown Court X ..." further on
    later: list[tuple[int, bool]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def _merge(base: Draft, other: Draft) -> Draft:
    """Fold ``other`` (a later or weaker mention of the same defendant) into ``base``."""
    b = replace(base, flags=list(base.flags))
    if other.person and b.person and len(other.person.split()) > len(b.person.split()):
        b.person = other.person
    appeal_wins = other.appeal and not b.appeal  # the latest state the text reports
    trial_loses = b.appeal and not other.appeal
    # a mixed verdict ("acquitted of murder but convicted of manslaughter") is one convicted
    # record listing the counts of conviction, never the acquittal's (GUIDELINES)
    mixed = not appeal_wins and not trial_loses and {b.outcome, other.outcome} == {
        Outcome.ACQUITTED, Outcome.CONVICTED}
    if mixed and b.outcome is Outcome.ACQUITTED:
        b.charge, b.charge_rank, b.rule_id = other.charge, other.charge_rank, other.rule_id
        b.charge_apart = other.charge_apart
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
    ) or _kind_only(b, other)):
        b.sentence, b.months, b.type, b.similar = (other.sentence, other.months, other.type,
                                                   other.similar)
    elif custody_beside_fine(b, other):
        b.sentence = f"{other.sentence}; {b.sentence}"
        b.months, b.type = other.months, other.type
    elif custody_beside_fine(other, b) and (other.sentence or "") not in (b.sentence or ""):
        b.sentence = f"{b.sentence}; {other.sentence}"
    if mixed and other.outcome is Outcome.ACQUITTED:
        pass  # (its counts were acquittals)
    elif other.charge and b.charge and "also" in other.flags and \
            other.charge.lower() not in b.charge.lower():
        b.charge = f"{b.charge}; {other.charge}"  # "He was also found guilty of arson"
    elif other.charge and (b.charge is None or other.charge_rank < b.charge_rank or (
        other.charge_rank == b.charge_rank and len(other.charge) > len(b.charge)
    )):  # the formal list of counts is usually the longer
        b.charge, b.charge_rank, b.charge_apart = other.charge, other.charge_rank, \
            other.charge_apart
    if other.date is not None and not appeal_wins and not trial_loses and (
            b.date is None or (other.sentencing and not b.sentencing)):
        b.date = other.date  # an appeal's record keeps the appeal's date (or none)
    if b.crime_city is None:
        b.crime_city, b.crime_country = other.crime_city, other.crime_country
    if other.city is not None and (b.city is None or other.city_tier < b.city_tier):
        b.city, b.city_tier, b.country = other.city, other.city_tier, other.country
        b.city_kind = other.city_kind
    b.sentencing = b.sentencing or other.sentencing
    b.appeal = b.appeal or other.appeal
    if other.ev_start != b.ev_start and abs(other.sent_index - b.sent_index) <= 1:
        # adjacent sentences read as one piece of evidence; farther ones are not quoted
        b.ev_start, b.ev_end = min(b.ev_start, other.ev_start), max(b.ev_end, other.ev_end)
    b.flags.extend(other.flags)
    b.later = [*b.later, (other.ev_end, other.own_court), *other.later]
    return b


def _kind_only(base: Draft, other: Draft) -> bool:
    """"jail terms" then "sentences ranging from 15 to 45 months in prison": a term of the
    same kind with no length gives way to one with its length."""
    return base.months is None and other.months is not None and not base.similar and \
        base.type in {None, SentenceType.PRISON, SentenceType.SUSPENDED} and \
        other.type in {base.type, None} | ({SentenceType.PRISON} if base.type is None else set())


def _carry_similar(drafts: list[Draft]) -> None:
    """"received similar terms for the same crime": type, charge, date, place of the
    record stated just before."""
    for n, d in enumerate(drafts):
        if d.same_charge and d.charge is None:
            near = [p for p in reversed(drafts[:n]) if not p.prior
                    and d.sent_index - p.sent_index <= 2]
            # (else the defendant told of just before, whose charge another mention of his
            # gave: "A was acquitted on May 2. Her husband was convicted of the same charge")
            source = next((p for p in near if p.charge), None) or next(
                (o for o in drafts[:n] if near and near[0].key != d.key and _plain(near[0])
                 and _plain(o) and o.key == near[0].key and o.charge
                 and o.outcome is near[0].outcome and d.sent_index - o.sent_index <= 6),
                None)  # (nothing there telling of another hearing, an earlier conviction)
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


def _carry_dates(drafts: list[Draft]) -> None:
    """"A was sentenced today to X. B was sentenced to Y." – one hearing: B's date is A's."""
    for n, d in enumerate(drafts):
        shift = shifted_days(d.flags, SHIFTED_DAY_FLAG)
        if d.date is None and shift is not None and not d.prior:
            # "On 3 May the court sentenced A. A day later, it sentenced B": A's day counted on
            lead = next((p for p in reversed(drafts[:n]) if p.sent_index < d.sent_index), None)
            if lead is not None and lead.date is not None and not lead.prior and \
                    d.sent_index - lead.sent_index == 1 and lead.appeal == d.appeal:
                d.date = lead.date + dt.timedelta(days=shift)
            continue
        if d.date is not None or not d.sentencing or d.prior or d.own_time or d.new_story or \
                SHIFTED_DAY_FLAG in d.flags:
            continue  # "Meanwhile, ...", "In another case ...", "A day later": another hearing
        prev = next((p for p in reversed(drafts[:n]) if p.sentencing and not p.prior
                     and p.appeal == d.appeal  # an appeal's day is its own ruling's
                     and p.date is not None and d.sent_index - p.sent_index == 1
                     and (p.city == d.city or (d.city is None and _plain(d)
                                               and PAST_CASE_FLAG not in d.flags))), None)
        # (no place of its own, nothing of another time: the same hearing)
        if prev is not None:
            d.date = prev.date
    for n, d in enumerate(drafts):
        if d.date is not None or SAME_COURT_FLAG not in d.flags or not _plain(d):
            continue
        # "A court in X on Sunday sentenced A to death. ... The court also sentenced five
        # people to ...": a further outcome of the same hearing, when the outcome just
        # before (no other between) is dated and of this court's town
        lead = next((p for p in reversed(drafts[:n]) if p.sent_index < d.sent_index), None)
        if lead is not None and lead.date is not None and _plain(lead) and \
                d.sent_index - lead.sent_index <= _SAME_COURT_REACH and \
                d.city in (None, lead.city):
            d.date = lead.date


def _carry_hearing(drafts: list[Draft]) -> None:
    """"A court on Monday jailed seven rioters. ... X, 23, got the heaviest sentence": a named
    defendant without a day of his own takes the day of the dated hearing just before when
    nothing between tells of another proceeding (no other day, place, court, earlier or
    separate case) and he can be one of its defendants: a counted group's member, within
    ``_MEMBER_REACH`` sentences and no more named than counted; or, after one defendant's
    hearing, a co-defendant sentenced in the next sentence but one, the one between only
    restating that hearing ("A was jailed on Monday. He was convicted by X. B got four")."""
    found: list[tuple[Draft, dt.date | None]] = []  # (set after the loop: leads' stated days)
    for n, d in enumerate(drafts):
        mine = [o for o in drafts if o.key == d.key]
        if d.person is None or mine[0] is not d or d.outcome is not Outcome.CONVICTED or \
                any(o.date is not None or not _plain(o) or o.own_court for o in mine):
            continue
        at = next((i for i in range(n - 1, -1, -1) if drafts[i].date is not None), None)
        if at is None:
            continue
        # (a sentencing draft of that sentence over a conviction's: the sentence day wins)
        lead = next((o for o in drafts[:at + 1] if o.sent_index == drafts[at].sent_index
                     and o.sentencing and o.date == drafts[at].date), drafts[at])
        between = drafts[at + 1:n]
        if lead.prior or lead.appeal or lead.new_story or EARLIER_CASE_FLAG in lead.flags or \
                lead.outcome is not d.outcome or lead.key == d.key or (
                not lead.sentencing and any(o.sentencing for o in mine)) or any(
                o.city not in (None, lead.city) for o in [*mine, *between]):
            continue
        gap = d.sent_index - lead.sent_index
        if lead.person is None and lead.group_size > 1:
            # (the whole list d stands in: "Those convicted were A, B, ..." names them all)
            named = {o.key for o in drafts[at + 1:] if o.person
                     and o.sent_index <= d.sent_index}
            if gap <= _MEMBER_REACH and len(named) <= lead.group_size and all(
                    _plain(o) and not o.own_court and o.outcome is lead.outcome
                    for o in between):
                found.append((d, lead.date))
        elif gap == 2 and lead.sentencing and d.sentencing and all(
                _plain(o) and (o.key == lead.key or o.sent_index == d.sent_index)
                for o in between) and any(o.sent_index == lead.sent_index + 1 for o in between):
            found.append((d, lead.date))
    for d, day in found:
        d.date = day


def _plain(d: Draft) -> bool:
    """Nothing in the draft's sentence tells of another proceeding than a dated one."""
    return not (d.prior or d.appeal or d.new_story or d.own_time
                or OTHER_HEARING_FLAG in d.flags or EARLIER_CASE_FLAG in d.flags)


def finish_drafts(drafts: list[Draft], default_city: Callable[[int, bool], PlaceHit | None],
                  rules: Rules) -> list[Draft]:
    """Merge the drafts of each defendant, absorb unnamed restatements, fill the place."""
    _carry_similar(drafts)
    _carry_dates(drafts)
    _carry_hearing(drafts)
    carry_codefendants(drafts, _plain)
    aliases = spelling_variants([(d.key, d.sent_index) for d in drafts])
    for short, full in tail_variants([(d.key, d.person) for d in drafts if d.person]).items():
        aliases.setdefault(short, aliases.get(full, full))
    same_conviction(drafts, aliases)
    link_appeals(drafts)
    settle_priors(drafts, aliases)
    other_terms_apart(drafts, aliases, PAST_CASE_FLAG)  # "Last July, he was already ..."
    merged: dict[tuple[str, str], Draft] = {}
    order: list[tuple[str, str]] = []
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
    out = _merge_groups(absorb_overturned_lead(out))
    _fill_members(out)
    # "He also admitted X": a further count of an outcome told already, nothing on its own
    out = [d for d in drop_range_subgroups(absorb_unnamed(out)) if d.rule_id != ALSO_ADMITTED]
    # an unnamed defendant needs a place, date, charge or sentence to be identifiable (a
    # cue's offence, "jailed over X", is too loose a tie to make one on its own)
    # ... or a named co-defendant beside it with another outcome ("Three other journalists
    # were acquitted, while a fourth, X, received six years")
    out = [d for d in out if d.person or (d.charge and d.charge_rank < CUE_RANK)
           or d.sentence or d.date or d.city
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
        for end, own in d.later if doc_city is None and not d.new_story else ():
            # one defendant's lead ("X was jailed for six years") before the court is named:
            # the court town its later mentions stand under
            doc_city = doc_city or default_city(end, own)
        if doc_city is not None and d.city_kind in _AREA_KINDS and doc_city.kind not in \
                _AREA_KINDS and in_area(doc_city.text, d.city):
            # an area gives way to its own town: "Los Angeles County" to "LOS ANGELES –"
            d.city = None
        if doc_city is not None and d.city_kind == "country" and d.country and \
                doc_city.country == d.country:
            # "a court in southern Kazakhstan" (never a record's place) and "QASKELEN,
            # Kazakhstan --": the dateline's town is that country's court town
            d.city = None
        if d.city is None and doc_city is not None:
            d.city, d.country = doc_city.text, doc_city.country
        if d.city is None and d.crime_city is not None:
            d.city, d.country = d.crime_city, d.crime_country
        if d.charge and d.charge.lower().startswith("the same"):
            d.charge = None
    for d in out:  # (after the fills: the term may come from an unnamed restatement)
        if DEFERRED_FLAG in d.flags and d.outcome is Outcome.CONVICTED and \
                d.type in (None, SentenceType.PRISON):
            d.type = SentenceType.SUSPENDED  # a deferred announcement of the verdict (HAGB)
    return out


def _fill_members(drafts: list[Draft]) -> None:
    """"Nine activists were jailed in Osh on Tuesday for X. Those jailed included A": A's
    place, date, charge and kind of term are the group's (within three sentences, with the
    same outcome and nothing that tells of another day or place); a range or ceiling over
    the group is no one member's length."""
    listed = Counter(d.sent_index for d in drafts if MEMBER_FLAG in d.flags and not d.prior)
    for d in drafts:
        if MEMBER_FLAG not in d.flags or d.prior:
            continue
        # a list of exactly the group's size may stand a few paragraphs further on ("sentenced
        # 11 protesters ... Those sentenced are:" and eleven names after the defence's story)
        group = max((g for g in drafts if g.person is None and g.group_size > 1 and not g.prior
                     and g.outcome is d.outcome and 0 <= d.sent_index - g.sent_index <= (
                         3 if listed[d.sent_index] != g.group_size else _MEMBER_REACH)
                     and g.ev_start < d.position and compatible(g, d)),
                    key=lambda g: g.ev_start, default=None)
        if group is None:
            continue
        fill_member(d, group)


def _merge_groups(drafts: list[Draft]) -> list[Draft]:
    """"four gang members were convicted ... All four defendants were convicted last week":
    unnamed groups of one size (above one) are one group."""
    out: list[Draft] = []
    by_size: dict[int, int] = {}
    for d in drafts:
        n = by_size.get(d.group_size)
        if d.person is None and not d.prior and d.group_size > 1 and n is not None and (
            not (d.sentence and out[n].sentence) or same_terms(d, out[n])
            or _kind_only(out[n], d) or _kind_only(d, out[n])  # ("jail terms", "15 months")
        ):
            out[n] = _merge(out[n], d)
            continue
        if d.person is None and not d.prior and d.group_size > 1:
            by_size.setdefault(d.group_size, len(out))
        out.append(d)
    return out
