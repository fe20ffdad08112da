"""Statistics and tallies about unnamed many, which are no records (GUIDELINES: aggregate
statistics): a count over time ("a total of 545 people had been sentenced"), a sum of terms
over people ("altogether sentenced to 140 years"), courts in the plural, and unnamed others'
present state told with a kind of term alone ("nine other objectors are serving jail
terms"). Used by records/triggers.py through records/guards.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from extract.nlp import Rules
from extract.records.people import Mention
from extract.records.roles import BENCH_WORDS
from extract.records.terms import TermSpan

# "sentenced five men to at least 14 years": a bound of the term imposed (right after "to" or
# "for"), not a count of people, says nothing of a statistic ("a total of" years still does:
# a sum over people is no one's term)
_TERM_BOUND_RE = (r"(?:(?<=\bto\s)|(?<=\bfor\s)){cue}"
                  r"(?=\s+(?:[\w.-]+[\s-]+){{0,4}}(?:years?|months?|weeks?|days?)\b)")


def is_statistic(sent: Span, mentions: list[Mention], rules: Rules,
                 anchor: Token | None = None, terms: Sequence[TermSpan] = ()) -> bool:
    """An aggregate about unnamed many ("a total of 545 people had been sentenced", "Iraqi
    courts sentenced 212 people"), or a state of unnamed others told without any hearing
    (``_general_state``: "nine other objectors are serving jail terms")."""
    if any(m.name for m in mentions):
        return False
    if anchor is not None and ((_courts_subject(anchor) and any(
            m.group_size > 3 for m in mentions)) or _general_state(anchor, sent, mentions, terms)):
        return True
    low = sent.text.lower()
    for m in mentions:  # "eleven opposition figures": the group's own noun is no cue
        low = low.replace(sent.doc[m.start:m.end].text.lower(), " ")
    cues = rules.lexicon.get("statistic_cues", [])
    bounds = frozenset(rules.lexicon.get("term_bound_cues", []))
    return any(m.group_size > 3 for m in mentions) and any(
        _counts(low, c, c in bounds) for c in cues)


def _courts_subject(anchor: Token) -> bool:
    """"Iraqi courts recently sentenced 212 people": courts in the plural, the outcome's
    subject or agent, sum the verdicts of several proceedings (one court stays a record)."""
    for c in anchor.children:
        if c.dep_ == "nsubj" and c.lower_ in _PLURAL_BENCH:
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lower_ in _PLURAL_BENCH
                                     for g in c.children):
            return True
    return False


_PLURAL_BENCH = frozenset({"courts", "tribunals"})
# a term that states a length, an amount or a count ("prison terms of up to four years",
# "fines of $2,500"); without one, "prison terms" names a kind only
_MEASURE_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|life|death|"
    r"\w+teen|twenty|thirty|forty|fifty|hundred)\b", re.IGNORECASE)


def _general_state(anchor: Token, sent: Span, mentions: list[Mention],
                   terms: Sequence[TermSpan]) -> bool:
    """"Nine other objectors are serving jail terms", "Eleven protesters have received prison
    terms", "thirty were charged, with twelve receiving prison terms": unnamed others' state
    or tally, told in the present or present perfect with a kind of term alone and no court
    nor day; no hearing's outcome. A past verdict ("Four received suspended sentences"), a
    court ("A court has handed jail terms to five"), a length or amount, or a day stay."""
    if not terms or not mentions or any(m.group_size < 2 for m in mentions):
        return False
    if any(_MEASURE_RE.search(t.text) for t in terms):
        return False
    aux = {c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass"}}
    present = (anchor.tag_ == "VBG" and (bool(aux & {"is", "are"}) or (
        not aux and anchor.dep_ in {"pcomp", "advcl", "acl"}))) or (
        anchor.tag_ == "VBN" and bool(aux & {"have", "has"}))
    if not present:
        return False
    return not any(t.lower_ in BENCH_WORDS or t.ent_type_ in {"DATE", "TIME"} for t in sent)


def _counts(low: str, cue: str, may_bound: bool) -> bool:
    """Whether ``cue`` occurs in ``low`` other than as the bound of an imposed term or of
    how long ago something happened ("a revolt more than 20 years ago")."""
    bound = re.compile(_TERM_BOUND_RE.format(cue=re.escape(cue))) if may_bound else None
    return any((bound is None or not bound.match(low, m.start()))
               and not _AGO_RE.match(low, m.end())
               for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", low))


_AGO_RE = re.compile(r"\s+(?:[\w.-]+[\s-]+){1,3}?(?:years?|months?|weeks?|days?|decades?)\s+ago\b")
