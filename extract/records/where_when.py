"""Where and when one trigger's outcome was: the date and place its sentence gives, and, as
a last resort, the place of the crime a clause about the defendant tells (GUIDELINES' order:
the court's place, the dateline's, the crime's, the county)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from extract.normalize import parse_number
from extract.records.court_city import sentence_court_countries
from extract.records.dates import BENCH_CLAUSE_VERBS, offence_date, other_event_date
from extract.records.places import PlaceHit

# words that put an outcome on a day or in a case other than the one the article dates:
# "was sentenced earlier", "had previously been jailed", "in a separate trial", "later"
_OTHER_HEARING_RE = re.compile(
    r"\b(?:earlier|previously|already|ago|later|prior|formerly|separate(?:ly)?|unrelated|"
    r"(?:another|different|similar)\s+(?:court|trial|case|hearing)"
    # ... an outcome told as what the dated one follows: "The verdict comes after X was jailed"
    r"|(?:comes?|came)\s+(?:(?:a|one|two|three|several|few)\s+(?:days?|weeks?|months?)\s+)?after"
    r"|follow(?:s|ed|ing)?"
    # ... a day or month of its own that gives no date: "the next day", "in March"
    r"|(?:the\s+)?(?:next|following|previous|same|other)\s+(?:day|week|month|year)"
    r"|(?:days?|weeks?|months?)\s+(?:before|after)"
    r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?!\s+\d))\b",
    re.IGNORECASE)


def pick_date(doc: Doc, anchor: Token, sent: Span, found: list[tuple[int, int, dt.date]],
              published: dt.date | None) -> dt.date | None:
    """The date of the trigger's sentence nearest to it, not one of a clause about something
    else (an offence, an arrest, another event)."""
    if not found:
        return None
    blocked: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ in {"relcl", "acl"} and tok.lower_ not in BENCH_CLAUSE_VERBS and not (
                tok.left_edge.i <= anchor.i <= tok.right_edge.i):
            blocked.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)))
    cands = [(s, d) for s, e, d in found if not any(b0 <= s < b1 for b0, b1 in blocked)
             and not offence_date(sent, s, e, anchor, d, published)
             and not other_event_date(sent, s, anchor)]
    if not cands:
        return None
    return min(cands, key=lambda c: abs(c[0] - anchor.idx))[1]


def pick_place(anchor: Token, sent: Span, hits: list[PlaceHit]) -> PlaceHit | None:
    """The court's place of the trigger's sentence, else its nearest "in X" outside a clause
    about something else."""
    # "... as he walked down a street in Chinatown": where the crime was, not the court
    # (a bare participle, "a man jailed in Leeds", is the outcome's own; "X, who had been
    # charged with Y in Z" is a full clause about something else)
    blocked = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in sent
               if t.dep_ in {"advcl", "relcl", "acl"} and (t.tag_ != "VBN" or any(
                   c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in t.children))
               and not t.left_edge.i <= anchor.i <= t.right_edge.i]
    good = [h for h in _home_courts(sent, hits) if h.tier == 0 or (
        h.tier == 1 and not any(b0 <= h.start < b1 for b0, b1 in blocked))]
    if not good:
        return None
    return min(good, key=lambda h: (h.tier, abs(h.start - anchor.idx)))


def _home_courts(sent: Span, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The hits of ``sent`` without a looser place (not a court's) of another country than
    the court the sentence names: "A Pakistani tribunal sentenced X over flats in London"
    was not in London."""
    if not any(h.tier > 0 and h.country for h in hits):
        return hits
    courts = sentence_court_countries(sent)
    return [h for h in hits if h.tier == 0 or not courts or h.country is None or
            h.country in courts]


# verbs of where someone lives or comes from: their clause names a home, not a crime scene
_HOME_VERBS = frozenset({"live", "reside", "bear", "come", "hail", "grow", "work", "stay",
                         "move", "settle", "study"})


def crime_place(anchor: Token, sent: Span, hits: list[PlaceHit]) -> PlaceHit | None:
    """"A man who stabbed his neighbour in Leeds was jailed": the place of the crime, told in
    a clause about the defendant; the record's city only when neither a court, a dateline nor
    the article names one (GUIDELINES' order of preference)."""
    clauses = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in sent
               if t.dep_ in {"relcl", "advcl", "acl"} and t.pos_ == "VERB"
               and t.lemma_ not in _HOME_VERBS and not t.left_edge.i <= anchor.i <= t.right_edge.i]
    inside = [h for h in _home_courts(sent, hits) if h.tier == 1 and h.kind in {
        "city", "borough", "district"}
              and any(c0 <= h.start < c1 for c0, c1 in clauses) and not _at_home(sent, h)]
    return min(inside, key=lambda h: abs(h.start - anchor.idx), default=None)


def _at_home(sent: Span, hit: PlaceHit) -> bool:
    """The verb the place hangs from is a home's ("while living in Singapore")."""
    tok = next((t for t in sent if t.idx == hit.start), None)
    while tok is not None and tok.pos_ != "VERB" and tok.head is not tok:
        tok = tok.head
    return tok is not None and tok.lemma_ in _HOME_VERBS


# a day counted on from the one told before: "A day later", "two weeks later", "the next day"
_SHIFTED_DAY_RE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)"
    r"\s+later|(?:the\s+)?(?:next|following)\s+(?:day|morning|week|month)"
    r"|the\s+day\s+after)\b", re.IGNORECASE)


def shifted_day_flags(text: str, flag: str) -> list[str]:
    """``flag`` when the sentence tells its outcome a day counted on from an earlier one ("A
    day later, the same court sentenced B"): the earlier day is not its day; and, where the
    sentence opens on a count of days or weeks, ``flag:+N`` with the N days it counts on
    ("Two days later, ..." +2, "The next day, ..." +1)."""
    if not _SHIFTED_DAY_RE.search(text):
        return []
    m = _LEADING_SHIFT_RE.match(text)
    if m is None:
        return [flag]
    count = m["n"] or "one"
    days = int(parse_number(count) or 1)
    return [flag, f"{flag}:+{days * (7 if (m['unit'] or '').lower().startswith('week') else 1)}"]


# a count of days or weeks opening the sentence: "A day later,", "The next day,"
_LEADING_SHIFT_RE = re.compile(
    r"\W*(?:(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>days?|weeks?)\s+later"
    r"|(?:the\s+)?(?:next|following)\s+day)\b\s*,", re.IGNORECASE)


def shifted_days(flags: list[str], flag: str) -> int | None:
    """The days a draft's ``shifted_day_flags`` count on, if any."""
    return next((int(f.rsplit("+", 1)[1]) for f in flags if f.startswith(flag + ":+")), None)


def tells_other_hearing(text: str) -> bool:
    """The sentence hints at another day or case than the article's dated hearing: its
    outcome takes no day of a neighbouring statement."""
    return bool(_OTHER_HEARING_RE.search(text))


# a further outcome of the court just told of: "The court also sentenced", "The same tribunal
# also convicted", "It also handed"
_SAME_COURT_ALSO_RE = re.compile(
    r"^\W*(?:(?:the|that|this)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:court|tribunal|judge|bench)"
    r"|it)\s+(?:has\s+|had\s+)?also\s+(?:sentenced|convicted|jailed|fined|acquitted|gave"
    r"|handed|imposed|found|ordered)\b", re.IGNORECASE)


def tells_same_court(text: str) -> bool:
    """The sentence opens on a further outcome of the court told of before ("The court also
    sentenced five people ..."): its hearing is that court's."""
    return bool(_SAME_COURT_ALSO_RE.match(text))


# words that put an outcome in an earlier or another case (not "later", "after", "the next
# day": those tell of the same case's next step): "Last July, he was already sentenced ...",
# "In 2024, a court sentenced him ...", "in a separate case"
_PAST_CASE_RE = re.compile(
    r"\b(?:earlier|previously|already|ago|prior|formerly|once|separate(?:ly)?|unrelated"
    r"|(?:another|different|separate|other)\s+(?:court|trial|case)s?"
    r"|in\s+(?:19|20)\d\d|last\s+(?:year|january|february|march|april|may|june|july|august"
    r"|september|october|november|december))\b", re.IGNORECASE)
_PAST_ADVERBS = frozenset({"earlier", "previously", "already", "prior", "formerly", "once"})
# a relative clause the adverb sits in: "Baker, who had earlier admitted perjury, was ..."
_IN_RELATIVE_RE = re.compile(r"\b(?:who|which|that|whom)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def tells_past_case(text: str) -> bool:
    """The sentence puts its outcome in an earlier year or another case than the story's (an
    adverb in a relative clause tells of that clause's act, not of the outcome)."""
    return any(m.group(0).lower() not in _PAST_ADVERBS or
               not _IN_RELATIVE_RE.search(text[:m.start()]) for m in _PAST_CASE_RE.finditer(text))
