"""Slots of one hearing carried to the people named after it. A framing sentence ("A court
in Minsk sentenced opposition activists on Monday for taking part in protests.") names no
one, but the sentence after it ("The court gave A ten days, B 12 days") tells its
defendants: they take its day, charge and town. Co-defendants named beside a main
defendant ("His co-defendants, A and B, got six years each") take his day and charge, and
the main defendant of "X and his co-defendants A and B, who ..." their charge (assembly
calls ``carry_codefendants``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Span, Token

from extract.nlp import doc_text
from extract.records.charges import find_charge
from extract.records.layout import is_headline, sent_index
from extract.records.own_time import states_own_time
from extract.records.people import Mention
from extract.records.places import PlaceHit
from extract.records.roles import BENCH_WORDS
from extract.records.where_when import pick_date, pick_place, tells_other_hearing

if TYPE_CHECKING:  # assembly imports this module
    from extract.records.assembly import Draft

_T = TypeVar("_T")
# on a draft of a co-defendant named beside a "co-defendant" noun (``codefendants``)
CODEFENDANT_FLAG = "co-defendant"
# on the draft of X in "X and his co-defendants A and B": the case's main defendant
MAIN_FLAG = "main-defendant"

# verbs of a court's outcome whose object (or passive subject) may be the people framed
_FRAME_VERBS = frozenset({"sentence", "convict", "jail", "imprison", "fine"})
# collective nouns of people in the singular: "sentenced former staff of a newspaper"
_COLLECTIVE = frozenset({"staff", "personnel", "crew", "leadership", "management"})
# people other than those named next, or counted roughly in a statistic: no frame
_OTHERS = frozenset({"other", "several", "some", "many", "numerous", "more", "further",
                     "most", "few", "various"})
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions",
                         "others"})
# a frame that tells of no outcome yet, or of an appeal
_NOT_DONE = frozenset({"expected", "due", "scheduled", "not", "never", "n't", "appeal",
                       "appeals", "appealed"})
# words of the named sentence that may take it to another story than the frame's
_OTHER_STORY = frozenset({"another", "other", "others", "separately", "meanwhile",
                          "elsewhere", "also", "too"})

# a court of the named sentence's own ("A court in Gomel gave ..."), not "the court"
_COURT_WORDS = frozenset({"court", "tribunal", "judge", "jury"})


@dataclass(frozen=True, slots=True)
class Frame:
    """The day, charge and court town of a framing sentence (each may be None)."""

    date: dt.date | None
    charge: str | None
    place: PlaceHit | None


def frame_before(doc: Doc, sent: Span, taken: set[int], own: tuple[dt.date | None,
                                                                   PlaceHit | None],
                 places: Callable[[Span], list[PlaceHit]],
                 dates: Callable[[Span], list[tuple[int, int, dt.date]]],
                 published: dt.date | None) -> Frame | None:
    """The frame of ``sent``: the sentence just before it when that one says a court
    sentenced (convicted, jailed) people it neither names nor counts; None otherwise, or
    when ``sent`` may tell another hearing: its own court ("A court in X gave ..."), day or
    town (``own``) other than the frame's, a vague time of its own ("last year"), an
    earlier or separate case. A frame goes on over the sentences of its list, each one
    checked so. ``taken``: ordinals of sentences with drafts (a frame naming or counting
    its defendants is a lead of its own, handled by assembly)."""
    words = {t.lower_ for t in sent}
    if sent.start == 0 or _OTHER_STORY & words or states_own_time(sent.text) or \
            tells_other_hearing(sent.text) or any(
                t.lower_ in _COURT_WORDS and doc[t.i - 1].lower_ not in {"the", "same", "that"}
                for t in sent if t.i > 0):
        return None
    prev = doc[sent.start - 1].sent
    framed: dict[int, Frame] = doc.user_data.setdefault("verdicts_frames", {})
    frame = framed.get(prev.start)  # a list the frame went on to ("... Zhuk was fined")
    if frame is None:
        frame = _frame(doc, prev, taken, places, dates, published)
    if frame is None or (own[0] is not None and own[0] != frame.date) or (
            own[1] is not None and (frame.place is None
                                    or own[1].text.lower() != frame.place.text.lower())):
        return None
    framed[sent.start] = frame
    return frame


def _frame(doc: Doc, prev: Span, taken: set[int], places: Callable[[Span], list[PlaceHit]],
           dates: Callable[[Span], list[tuple[int, int, dt.date]]],
           published: dt.date | None) -> Frame | None:
    """The frame ``prev`` states, if it is one."""
    if sent_index(doc, prev) in taken or is_headline(prev[0]):
        return None
    found = next(((t, p) for t in prev for p in [_framed(t)] if p is not None), None)
    if found is None:
        return None
    verb, people = found
    # (the charge hangs on "guilty" in "found activists guilty of X")
    guilty = next((c for c in verb.children if c.lower_ == "guilty"), verb)
    charge = find_charge(doc, guilty, [], "verb", [(people.left_edge.i,
                                                    people.right_edge.i + 1)])
    told = charge is not None and charge[1] not in {"accused", "nearby"}  # its own words'
    return Frame(date=pick_date(doc, verb, prev, dates(prev), published),
                 place=pick_place(verb, prev, places(prev)),
                 charge=charge[0] if told and charge is not None else None)


def _framed(verb: Token) -> Token | None:
    """The people of ``verb`` when it is a done outcome of a court ("a court sentenced
    activists", "found activists guilty") or done to people ("reporters were jailed"), and
    they are unnamed and uncounted; no hedge or appeal."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _FRAME_VERBS | {"find"} or verb.tag_ == "VBG":
        return None
    if any(t.lower_ in _NOT_DONE or t.tag_ == "MD" for t in verb.sent) or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # ("will sentence", "is to sentence", "did not convict")
    kids = {c.dep_: c for c in verb.children}
    guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
    if lemma == "find" and guilty is None:
        return None
    if "auxpass" in kids:
        people = kids.get("nsubjpass")
    elif "nsubj" in kids and kids["nsubj"].lower_ in BENCH_WORDS:
        people = kids.get("dobj") or next(
            (c for c in (guilty.children if guilty is not None else ()) if c.dep_ == "nsubj"),
            None)  # ("found activists guilty": the parse's subject of "guilty")
    else:
        return None
    # bare plural common nouns: "opposition activists", "former reporters of X"
    if people is None or not (people.tag_ == "NNS" or people.lower_ in _COLLECTIVE) or any(
            c.dep_ in {"nummod", "appos", "conj", "det", "poss"} or c.pos_ == "PROPN"
            or c.lower_ in _OTHERS for c in people.children) or any(
            t.like_num for t in people.lefts) or people.lower_ in _QUANTITIES or any(
            t.ent_type_ == "PERSON" for t in people.subtree):  # ("officials including X")
        return None  # ("other gang members were jailed", "thousands of people")
    return people


# a defendant of the same case as the one told of just before ("his co-defendants, A and B")
_CODEFENDANT_RE = re.compile(r"(?i)\b(?:co-?defendants?|co-?accused|accomplices?|"
                             r"fellow\s+(?:defendants?|accused))\b")
# (an age may stand before or after a name: "25-year-old A", "A, 34, and B")
_AGED = r"(?:\d{1,3}-year-old\s+)?"
_AGE = r"(?:\d{1,3}\s*,\s*)?"
_CUE_THEN_NAME_RE = re.compile(r"[\s,:]*" + _AGED)  # "his co-defendants, A"
_NAME_THEN_CUE_RE = re.compile(r"[\s,]*" + _AGE + r"(?:(?:his|her|their|the)\s+)?")  # "A, his"
_MAIN_THEN_CUE_RE = re.compile(r"[\s,]*" + _AGE + r"and\s+(?:his|her|their)\s+")  # "X and his"
_NEXT_NAME_RE = re.compile(r"[\s,]*" + _AGE + r"(?:and\s+)?" + _AGED)


def codefendants(doc: Doc, sent: Span, mentions: list[Mention]) -> tuple[set[int], set[int]]:
    """Starts of the named ``mentions`` in a run of names beside a co-defendant noun of
    ``sent`` ("His co-defendants, A and B, got ...", "A and B, his accomplices, ..."): they
    stand trial with the defendant told of before; and of main defendants, named in a run
    just before "and his co-defendants"."""
    text = doc_text(doc)
    named = sorted((m for m in mentions if m.name and m.kind == "name"), key=lambda m: m.start)
    spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in named]
    # runs of names joined by commas and "and" only
    runs: list[list[int]] = []
    for n, (lo, _) in enumerate(spans):
        if runs and _NEXT_NAME_RE.fullmatch(text, spans[n - 1][1], lo):
            runs[-1].append(n)
        else:
            runs.append([n])
    out: set[int] = set()
    main: set[int] = set()
    for cue in _CODEFENDANT_RE.finditer(text, sent.start_char, sent.end_char):
        for run in runs:
            first, last = spans[run[0]][0], spans[run[-1]][1]
            if (first >= cue.end() and _CUE_THEN_NAME_RE.fullmatch(text, cue.end(), first)) or (
                    last <= cue.start() and _NAME_THEN_CUE_RE.fullmatch(text, last, cue.start())):
                out.update(named[n].start for n in run)
            elif last <= cue.start() and _MAIN_THEN_CUE_RE.fullmatch(text, last, cue.start()):
                main.update(named[n].start for n in run)
    return out, main - out


def carry_codefendants(drafts: list[Draft], plain: Callable[[Draft], bool]) -> None:
    """A co-defendant (``CODEFENDANT_FLAG``) without a day or charge of his own takes those
    of the defendants named before him, in his sentence or up to two before with none
    between: one hearing, one case (GUIDELINES: fields the text carries over are filled);
    the main defendant of "X and his co-defendants A and B, who were jailed for fraud"
    (``MAIN_FLAG``) takes theirs. Only when those defendants agree on it, and nothing in the
    sentence (``plain``), another court of a later sentence, another day or town of his
    tells of another hearing; the charge only with the same outcome."""
    found: list[tuple[Draft, dt.date | None, str | None, int]] = []
    for n, d in enumerate(drafts):
        leads = _leads(drafts, n, d)
        if leads and MAIN_FLAG in d.flags:
            # (one sentence, one outcome word for them all: its day is already theirs; the
            # charge a clause gives them is the case's, whether or not it reads as earlier)
            charge = _agreed(leads, lambda p: p.charge)
            if charge and not any(o.charge for o in drafts if o.key == d.key) and all(
                    p.outcome is d.outcome for p in leads):
                found.append((d, None, charge, min(p.charge_rank for p in leads)))
            continue
        if not leads or not plain(d) or (d.own_court and leads[0].sent_index != d.sent_index):
            continue
        if any(not plain(p) or (d.city is not None and p.city not in (None, d.city))
               for p in leads):
            continue
        mine = [o for o in drafts if o.key == d.key]
        # (the leads' day told in another of their plain mentions: "X was sentenced today
        # ... X got six years; one of her co-defendants, A, got seven")
        keys, told = {p.key for p in leads}, {id(p) for p in leads}
        day = _agreed(leads, lambda p: p.date) or _agreed(
            leads + [o for o in drafts if o.key in keys and id(o) not in told and plain(o)
                     and not o.prior], lambda p: p.date)
        if any(o.date not in (None, day) for o in mine):
            continue  # a day of its own: another hearing
        charge = _agreed(leads, lambda p: p.charge) if all(
            p.outcome is d.outcome for p in leads) else None
        rank = min(p.charge_rank for p in leads)
        found.append((d, None if any(o.date for o in mine) else day,
                      None if any(o.charge for o in mine) else charge, rank))
    for d, day, charge, rank in found:
        d.date = d.date or day
        if d.charge is None and charge:
            d.charge, d.charge_rank = charge, rank + 1


def _leads(drafts: list[Draft], n: int, d: Draft) -> list[Draft]:
    """Whose day and charge ``d`` (the ``n``-th draft) shares: for a co-defendant, the
    named defendants of the nearest sentence before him with any (up to two back, with no
    draft between); for a main defendant, his co-defendants named after him."""
    if MAIN_FLAG in d.flags and d.person:
        return [p for p in drafts if CODEFENDANT_FLAG in p.flags and p.key != d.key
                and p.sent_index == d.sent_index and p.position > d.position]
    if CODEFENDANT_FLAG not in d.flags or not d.person:
        return []
    before = [p for p in drafts[:n] if p.person and p.key != d.key and p.position < d.position
              and CODEFENDANT_FLAG not in p.flags and 0 <= d.sent_index - p.sent_index <= 2]
    if not before:
        return []
    at = max(p.sent_index for p in before)
    if any(at < o.sent_index < d.sent_index for o in drafts):
        return []  # (another outcome between)
    return [p for p in before if p.sent_index == at]


def _agreed(leads: list[Draft], slot: Callable[[Draft], _T | None]) -> _T | None:
    """The one value of ``slot`` that every defendant of ``leads`` has (over his drafts
    there: "convicted X of bribery and sentenced him"); None when one lacks it or they
    differ."""
    values: dict[tuple[str, str], set[_T]] = {}
    for p in leads:
        got = slot(p)
        values.setdefault(p.key, set()).update([got] if got is not None else [])
    each = list(values.values())
    return next(iter(each[0])) if all(v == each[0] and len(v) == 1 for v in each) else None
