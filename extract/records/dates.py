"""When: the dates a sentence states, as article character offsets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extract.dates import find_dates
from extract.nlp import doc_text
from extract.records.layout import is_headline
from extract.records.own_time import EVENT_NOUNS as _EVENT_NOUNS
from extract.records.own_time import own_time_of
from extract.records.roles import BENCH_WORDS
from extract.records.stamps import RELATIVE_DAY_RE as _RELATIVE_DAY_RE
from extract.records.stamps import WEEKDAY, is_stamp


def sentence_dates(sent: Span, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Dates of a sentence as article character offsets, without attributive ones
    ("the March 23, 2019, murder")."""
    text = sent.text
    out: list[tuple[int, int, dt.date]] = []
    for s, e, d in find_dates(text, published):
        before = text[max(0, s - 12):s].lower()
        if re.search(r"(?:\bthe|\ba|\ban|['’]s|\bhis|\bher|\btheir)\s+$", before) and \
                not _VERDICT_AFTER_RE.match(text, e):
            continue  # ... but "the Friday ruling" is the verdict's own day
        if is_stamp(doc_text(sent.doc), sent.start_char + s, sent.start_char + e):
            continue  # "date 2021-05-14 A court ...": the page's date, not the verdict's
        if re.search(r"\b(?:dob|d\.o\.b\.|born)\W*$", before):
            continue  # a date of birth
        if _of_saying(sent, s, e):
            continue  # "X reported on May 2 that a court had sentenced ...": the report's day
        out.append((sent.start_char + s, sent.start_char + e, d))
    return _glossed(out, sent)


def _glossed(found: list[tuple[int, int, dt.date]], sent: Span) -> list[tuple[int, int, dt.date]]:
    """Without a weekday or "today" glossed by the explicit day right after it ("on
    Thursday (29 January)", "today (Jan 24)"): the explicit day wins where they differ."""
    text, base = sent.text, sent.start_char
    out = []
    for n, (s, e, d) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if nxt is not None and nxt[2] != d and _GLOSS_RE.fullmatch(text[e - base:nxt[0] - base]) \
                and _RELATIVE_DAY_RE.fullmatch(text[s - base:e - base]):
            continue
        out.append((s, e, d))
    return out


_GLOSS_RE = re.compile(r"\s*[(,]\s*")
_VERDICT_AFTER_RE = re.compile(r"\s+(?:ruling|verdict|judg(?:e)?ment|sentencing|decision)\b",
                               re.IGNORECASE)


# verbs of a third party's saying: their day is the report's, not the verdict's
_SAYING = frozenset({"say", "report", "tell", "write", "state", "add", "note", "tweet",
                     "post", "claim", "quote", "cite"})


def _of_saying(sent: Span, start: int, end: int) -> bool:
    """The date at ``start:end`` of ``sent`` tells when someone said or reported something
    that holds an outcome ("... reported on October 2 that a court has sentenced ...")."""
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    if head.lower_ in {"on", "in", "at"}:
        head = head.head
    return head.pos_ == "VERB" and head.lemma_ in _SAYING and any(
        c.dep_ in {"ccomp", "xcomp"} for c in head.children)


# a clause of the bench itself ("the High Court sitting in Jos on Monday sentenced ..."):
# its day is the hearing's, not another event's
BENCH_CLAUSE_VERBS = frozenset({"sitting", "presiding", "presided", "chaired", "headed",
                                "composed", "comprising"})
_VERDICT_NOUNS = frozenset({"verdict", "verdicts", "ruling", "rulings", "judgment", "judgement",
                            "judgments", "sentences", "sentencing"})
# "Other verdicts include the sentencing of five people ... on August 3": other cases' day
_OTHER_CASE = frozenset({"other", "another", "separately", "include", "includes", "sentenced",
                         "convicted", "jailed", "acquitted", "fined", "sentencing", "imprison",
                         "imprisoned", "imprisoning"})
_NOT_YET = frozenset({"expected", "will", "due", "scheduled", "set", "postponed", "adjourned",
                      "awaiting", "appeal", "appealed", "upheld"})


def neighbours(sent: Span) -> list[Span]:
    """The sentences just before and just after ``sent``, where there are any."""
    doc = sent.doc
    around = []
    if sent.start > 0:
        around.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        around.append(doc[sent.end].sent)
    return around


def verdict_date_nearby(sent: Span, dates: Callable[[Span], list[tuple[int, int, dt.date]]],
                        anchor: Token | None = None) -> dt.date | None:
    """The day of the verdict stated beside an outcome sentence without a date of its own:
    "... delivered its final verdict on Sept. 9" before it, "The verdicts announced on
    Tuesday ..." after it; failing that, the one day of the article's statements of its
    hearing ("On 4 July the judge ... tried ...", "The court heard the case today and
    decided ..."). A verdict still to come, or an appeal's, gives none; nor does a vague time
    of the outcome's own ("convicted last year"), unless it is the offence's ("jailed for a
    robbery in 2019", with ``anchor`` the outcome's trigger)."""
    doc = sent.doc
    for other in neighbours(sent):
        words = {t.lower_ for t in other}
        if _APPEALABLE_RE.search(other.text):
            words -= {"appeal", "appealed"}  # "The rulings can be appealed": no appeal yet
        # news paragraphs are often one sentence long: a paragraph break does not stop it
        if not words & _VERDICT_NOUNS or words & _NOT_YET or _other_case(other):
            continue
        noun = next(t for t in other if t.lower_ in _VERDICT_NOUNS)
        # ("They were given sentences of 30 months for rioting ... on July 28, 2019": the riot's)
        found = [(s, e, d) for s, e, d in dates(other) if not _offence_after(other, s, e, noun)]
        if len({d for _, _, d in found}) == 1:
            return found[0][2]
    if own_time_of(sent, anchor):
        return None  # "sentenced in March 2021", "convicted last year": its own time, vague
    return _hearing_day(doc, dates)


# a verdict open to appeal is no appeal: "The rulings can be appealed", "open to appeal"
_APPEALABLE_RE = re.compile(r"(?i)\b(?:(?:can|could|may)\s+(?:still\s+)?be\s+appealed|"
                            r"(?:open|subject)\s+to\s+appeal)\b")


# a court's act that ends a hearing: "delivered its verdict", "tried the defendants"
_DELIVER = frozenset({"delivered", "delivers", "announced", "pronounced", "read", "passed",
                      "handed", "issued", "decided", "tried", "heard", "ruled", "awarded"})


def states_hearing(words: set[str]) -> bool:
    """Whether a sentence of these (lower-case) words may state the day of the hearing."""
    return not words.isdisjoint(BENCH_WORDS) and not words.isdisjoint(_DELIVER)


def _hearing_day(doc: Doc, dates: Callable[[Span], list[tuple[int, int, dt.date]]],
                 limit: int = 60) -> dt.date | None:
    """The one day on which the article says its court delivered a verdict or tried the
    case; None when it names none, or several days."""
    days: set[dt.date] = set()
    for n, other in enumerate(doc.sents):
        if n >= limit:
            break
        if is_headline(other[0]):
            continue  # "Court delivers verdict on journalists": a headline, dated by the page
        words = {t.lower_ for t in other}
        if _APPEALABLE_RE.search(other.text):
            words -= {"appeal", "appealed"}
        if not words & BENCH_WORDS or words & _NOT_YET or _other_case(other) or not any(
                t.lower_ in _DELIVER and t.pos_ in {"VERB", "AUX"} for t in other):
            continue
        kept = [d for s, _, d in dates(other) if not _in_clause(other, s)]
        if len(set(kept)) > 1:
            # "announced on May 3 the sentence for the riots on August 9": the bench's day
            kept = [d for s, _, d in dates(other) if _of_delivering(other, s)] or kept
        days.update(kept)
        if len(days) > 1:
            return None
    return next(iter(days)) if days else None


def other_case(sent: Span) -> bool:
    """Whether ``sent`` may tell of another case (see ``_other_case``)."""
    return _other_case(sent)


def _other_case(sent: Span) -> bool:
    """Whether ``sent`` may tell of another case: it names other outcomes ("Other verdicts
    include ...", "B was sentenced ..."), unless its outcome verbs are all done to the
    defendants already named ("... delivered the verdict and also fined them")."""
    for tok in sent:
        if tok.lower_ not in _OTHER_CASE:
            continue
        if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _BACK_REFERENCES
                                      for c in tok.children):
            continue
        return True
    return False


_BACK_REFERENCES = frozenset({"them", "him", "her", "both"})


def _of_delivering(sent: Span, start: int) -> bool:
    """The date at ``start`` of ``sent`` tells when the bench acted: it hangs (through "on",
    "at") on a verb of delivering, not on a noun ("the riots on August 9")."""
    tok = next((t for t in sent if t.idx >= start), None)  # article offsets
    for _ in range(4):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.lower_ in _DELIVER
        if tok.pos_ in {"NOUN", "PROPN"}:
            return False
    return False


def not_in_clause(sent: Span, start: int) -> bool:
    """The date at ``start`` is not inside a relative clause or what the court heard."""
    return not _in_clause(sent, start)


def _in_clause(sent: Span, start: int) -> bool:
    """A date inside a relative clause ("the people who had protested on 3 July"), or inside
    what the court heard ("The court heard that on 9 January the men broke in")."""
    tok = next((t for t in sent if t.idx >= start), None)
    node = tok
    for _ in range(10):
        if node is None or node.head is node:
            return False
        if node.dep_ in {"relcl", "acl"} or (node.dep_ == "ccomp" and
                                              node.head.lemma_ in _HEARING_OF):
            return True
        node = node.head
    return False


# verbs whose clause tells the facts put to the court, not what it did
_HEARING_OF = frozenset({"hear", "tell", "allege", "learn", "establish", "find"})
_OFFENCE_PREPS = frozenset({"of", "for", "to", "over", "in"})
# prepositions of an outcome's reason: "sentenced over what prosecutors said was a riot"
_REASON_PREPS = frozenset({"over", "for"})
_WEEKDAY_RE = re.compile(r"(?i)(?:(?:last|this\s+past)\s+)?" + WEEKDAY +
                         r"|today|yesterday|tonight")


# verbs of events around a case that are not its verdict: their day is theirs
_OTHER_EVENTS = frozenset({"arrest", "detain", "charge", "indict", "begin", "start", "open",
                           "raid", "search", "kill", "attack", "die", "disappear", "flee",
                           "extradite", "deport", "release", "free", "apprehend", "summon",
                           "accuse", "abduct", "kidnap", "stage", "hold", "go", "strike",
                           "launch", "post", "publish", "write", "resume", "adjourn", "file"})


def other_event_date(sent: Span, start: int, anchor: Token) -> bool:
    """The date at ``start`` (article offsets) tells when another event of the story
    happened, not the verdict: it hangs on another verb than the outcome's ("was arrested
    on 5 January and sentenced in May", "X, who was jailed last month, went on hunger
    strike on 11 May"), one of arrests, trials opening, releases and the like, or it lies
    outside the relative clause that holds the outcome."""
    tok = next((t for t in sent if t.idx >= start), None)
    node = tok
    for _ in range(6):
        if node is None or node is anchor or node.head is node:
            break
        node = node.head
        if node is anchor:
            break
        if node.pos_ in {"VERB", "AUX"}:
            if node.lemma_.lower() in _OTHER_EVENTS and not _governs(node, anchor):
                return True
            break
    clause = next((a for a in [anchor, *anchor.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or tok is None or clause.left_edge.i <= tok.i <= clause.right_edge.i:
        return False
    # ... unless the main clause is the outcome too ("A soldier who pleaded guilty ... was
    # sentenced Monday": one record, the sentence's day)
    main = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return main is None or main.lemma_.lower() not in _OUTCOME_LEMMAS


_OUTCOME_LEMMAS = frozenset({"sentence", "jail", "convict", "fine", "acquit", "imprison",
                             "find", "give", "hand", "order", "impose", "clear", "condemn",
                             # a ruling on the clause's outcome: "upheld on Tuesday a ruling
                             # that sentenced a man": the appeal's day is the record's
                             "uphold", "reject", "dismiss", "confirm", "affirm", "overturn",
                             "quash", "reduce", "commute", "cut", "increase", "deny"})


def _governs(verb: Token, anchor: Token) -> bool:
    """The outcome is the event verb's own complement ("began serving a term on 3 May" is
    the outcome's time, not another event's)."""
    return any(a is verb for a in anchor.ancestors) and anchor.dep_ in {"xcomp", "ccomp"}


def offence_date(sent: Span, start: int, end: int, anchor: Token, day: dt.date,
                 published: dt.date | None) -> bool:
    """The date at ``start``..``end`` (article offsets) is the offence's, not the verdict's:
    it hangs, below the outcome's word, on the gerund or event noun of its charge
    ("convicted of robbing a shop on 14 February", "jailed for an attack on 11 August
    2021"). A weekday or "today" stays the verdict's (news tells its verdict's day so), as
    does a day in the month before publication: a verdict comes months after its crime, so
    the parse's "six years for stealing weapons on 11 July" a week before is the verdict's."""
    if _WEEKDAY_RE.fullmatch(doc_text(sent.doc)[start:end].strip()):
        return False
    if published is not None and (published - day).days <= 31:
        return False
    tok = next((t for t in sent if t.idx >= start), None)
    node = tok
    for _ in range(8):
        if node is None or node.head is node or node is anchor:
            return False
        head = node.head
        if node.dep_ == "prep" and head is not anchor and head.head is not head and \
                head.head.lower_ in _OFFENCE_PREPS and head.dep_ in {"pcomp", "pobj"} and (
                    head.tag_ == "VBG" or (head.lower_ in _EVENT_NOUNS and any(
                        c.dep_ in {"det", "poss"} for c in head.children))):
            return True
        if node.dep_ == "pcomp" and node.pos_ in {"VERB", "AUX"} and \
                head.lower_ in _REASON_PREPS and any(a.i == anchor.i for a in head.ancestors):
            return True  # "jailed over what the judge called an ambush on 3 May": the ambush's
        node = head
    return tok is not None and _closes_offence(sent, tok, anchor)


def _offence_after(sent: Span, start: int, end: int, anchor: Token) -> bool:
    """The date at ``start``..``end`` closes an offence's phrase after ``anchor`` (see
    ``_closes_offence``); a weekday or "today" stays the verdict's."""
    if _WEEKDAY_RE.fullmatch(doc_text(sent.doc)[start:end].strip()):
        return False
    tok = next((t for t in sent if t.idx >= start), None)
    return tok is not None and _closes_offence(sent, tok, anchor)


# "-ing" nouns of the proceeding itself, not of an offence
_PROCEEDING_INGS = frozenset({"hearing", "sentencing", "ruling", "proceeding", "proceedings",
                              "sitting", "meeting"})
# words that end the charge's phrase before a date: a clause or the bench's own place
_CLAUSE_WORDS = frozenset({"when", "while", "after", "before", "which", "who", "that", "as"})


def _closes_offence(sent: Span, tok: Token, anchor: Token, reach: int = 40) -> bool:
    """The date at ``tok`` closes the charge's phrase after the outcome's word, whatever the
    parse hangs it on: an offence noun or gerund ("of the murder of X at Y on 30 April
    2015", "for rioting in the area between A and B on July 28, 2019") followed by its
    objects and places alone, no verb, clause or court ("of theft at Leeds Crown Court on
    3 May" is the court's day)."""
    for t in reversed(sent.doc[max(anchor.i + 1, tok.i - reach):tok.i]):
        if t.lower_ in _EVENT_NOUNS or (
                t.lower_.endswith("ing") and t.lower_ not in _PROCEEDING_INGS
                and t.pos_ in {"NOUN", "VERB"} and t.i > 0
                and t.doc[t.i - 1].lower_ in {"of", "for"}):
            return True
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in BENCH_WORDS or t.lower_ in _CLAUSE_WORDS \
                or t.lower_ in _PROCEEDING_INGS:
            return False  # (... "at a hearing at the Old Bailey on 4 March": the hearing's day)
    return False
