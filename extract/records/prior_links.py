"""Which earlier convictions stay records of their own: a prior draft that retells the
story's own conviction (the conviction an outcome undoes, the term the story imposed, the
conviction a later sentencing or plea completes) joins the defendant's main record; a lone
prior mention of a named defendant is that defendant's record of the story; a prior record
kept apart bears the fullest form of the name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.records.guards import EARLIER_CASE_FLAG
from extract.records.repeats import retold_conviction
from schemas import Outcome

if TYPE_CHECKING:
    from extract.records.assembly import Draft

Key = tuple[str, str]


def same_conviction(drafts: list[Draft], aliases: dict[Key, Key]) -> None:
    """"overturned the conviction of X, who had been found guilty of arson": the earlier
    conviction is the one undone, not another proceeding. Keys are compared through
    ``aliases`` ("Roe" is "Nadia Roe")."""
    canon = {id(d): aliases.get(d.key, d.key) for d in drafts}
    for d in drafts:
        if EARLIER_CASE_FLAG in d.flags:
            continue
        mine = canon[id(d)]
        if d.prior and any(canon[id(o)] == mine and not o.prior and o.sent_index == d.sent_index
                           and o.outcome is not Outcome.CONVICTED for o in drafts):
            d.prior = False
            d.date = None
        elif d.prior and d.months is not None and any(
                canon[id(o)] == mine and not o.prior and o.months == d.months
                and _same_offence(o.charge, d.charge)
                for o in drafts):
            # "jailed for four years for fraud ... freed after serving the four-year term for
            # fraud": the story's own term
            d.prior = False
            d.date = None
        elif d.prior and d.charge is None and d.sentence and any(
                canon[id(o)] == mine and not o.prior and o.charge and o.sentence is None
                and o.outcome is Outcome.CONVICTED for o in drafts):
            # "X was previously jailed for eight years. X pleaded guilty to Y": the term
            # of the plea told (each tells half of one conviction)
            d.prior = False
            d.date = None
        elif d.prior and d.sentence is None and (retold_conviction(d, drafts) or any(
            canon[id(o)] == mine and not o.prior and (_same_offence(o.charge, d.charge) or (
                o.charge is None and o.sentence and o.sent_index > d.sent_index))
            for o in drafts
        ) or (d.person is None and d.group_size > 1 and any(
            o.person is None and o.group_size == d.group_size and not o.prior
            and 0 < o.sent_index - d.sent_index <= 2 for o in drafts)) or _named_after(d, drafts)):
            # ("The two defendants had been convicted of X. A court fined the two ...", "The
            # three men had been found guilty of X. A, B and C were each jailed ...")
            # "The court said he had been found guilty of abuse of office": reported speech
            # retelling this proceeding's conviction; a prior conviction is for another offence
            # ("X was previously convicted of fraud. On Monday a court sentenced him to eight
            # years": the conviction the later sentence, naming no offence, is for)
            d.prior = False
            d.date = None


def _named_after(group: Draft, drafts: list[Draft]) -> bool:
    """An unnamed counted group whose members, as many as it counts, are sentenced in the
    next two sentences: the conviction their sentencing completes."""
    if group.person is not None or group.group_size < 2 or group.date is not None or \
            group.own_time:
        return False  # "had been convicted of X in 2015": a time of its own, another case
    named = {o.person for o in drafts if o.person and not o.prior
             and 0 < o.sent_index - group.sent_index <= 2}
    return len(named) == group.group_size


def _same_offence(a: str | None, b: str | None) -> bool:
    """Every content word of the shorter charge is in the other ("abuse of office" and
    "abuse of office and damaging the state")."""
    words = [{w for w in re.findall(r"[a-z]{4,}", (c or "").lower())} for c in (a, b)]
    short, long_ = sorted(words, key=len)
    return bool(short) and short <= long_


def settle_priors(drafts: list[Draft], aliases: dict[Key, Key]) -> None:
    """"A third defendant, X, previously pleaded guilty": the one mention of a named
    defendant is that defendant's record of this story (a co-defendant's earlier plea, with
    the story's place); a prior record kept apart from the defendant's main one bears the
    fullest form of the name the article gives ("Marsh was previously jailed ...")."""
    keys = [aliases.get(d.key, d.key) for d in drafts]
    fullest: dict[Key, str] = {}
    for d, key in zip(drafts, keys, strict=True):
        if d.person and len(d.person.split()) > len(fullest.get(key, "").split()):
            fullest[key] = d.person
    for d, key in zip(drafts, keys, strict=True):
        if not d.prior or not d.person:
            continue
        if EARLIER_CASE_FLAG not in d.flags and keys.count(key) == 1:
            d.prior = False
        else:
            d.person = fullest.get(key, d.person)


def other_terms_apart(drafts: list[Draft], aliases: dict[Key, Key], hearing_flag: str) -> int:
    """"X was sentenced to three years on Sunday ... Last July, he was already sentenced to
    18 months": a named defendant's term told after the story's own, of another length and
    in a sentence that tells of another day or case (``hearing_flag``), is an earlier
    proceeding's, kept apart as a prior record, not merged over the story's term. Not an
    appeal's or a revision's term (the latest state of the same proceeding), nor a term of
    the story's own sentence. Returns how many drafts were set apart."""
    canon = [aliases.get(d.key, d.key) for d in drafts]
    done = 0
    for n, d in enumerate(drafts):
        if not d.person or d.prior or d.appeal or d.reversal_cue or not d.sentencing or \
                d.months is None or hearing_flag not in d.flags:
            continue
        story = [e for e, key in zip(drafts[:n], canon[:n], strict=True) if key == canon[n]
                 and not e.prior and e.sentencing and e.months is not None
                 and hearing_flag not in e.flags and e.sent_index < d.sent_index]
        if story and not any(e.appeal or e.reversal_cue for e in story) and all(
                abs(e.months - d.months) >= 1 for e in story if e.months is not None):
            d.prior = True
            done += 1
    return done
