"""An outcome sentence's own time too vague for a day ("jailed in 2018", "convicted last
year"), told apart from the time of the offence it names ("for killing a man in 2021")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

# what a crime's date hangs on: "jailed for an attack on 11 August 2021"
EVENT_NOUNS = frozenset({"attack", "attacks", "killing", "killings", "murder", "murders",
                         "assault", "shooting", "stabbing", "robbery", "robberies", "riot",
                         "riots", "protest", "protests", "rally", "rallies", "demonstration",
                         "bombing", "explosion", "incident", "raid", "crash", "fight", "arson",
                         "theft", "burglary", "kidnapping", "abduction", "rape", "beating",
                         "clashes", "unrest", "fire", "massacre", "coup", "uprising"})
# a time given to an outcome: "jailed in 2018", "convicted last year", "in February 2013"
_VAGUE_TIME_RE = re.compile(
    r"\b(?:in|since|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b"
    # ... a month of a year alone: "activists in February 2013 started a protest"
    r"|(?<![\d,])(?<!\d\s)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:19|20)\d\d\b"
    r"|\b(?:last|previous|earlier\s+this)\s+(?:week|month|year)\b"
    r"|\b(?:weeks?|months?|years?)\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def states_own_time(text: str) -> bool:
    """The sentence gives its own time, too vague for a day ("jailed in 2018", "convicted
    last year"): no neighbour's day is its day."""
    return bool(_VAGUE_TIME_RE.search(text))


def own_time_of(sent: Span, anchor: Token | None) -> bool:
    """The sentence gives its outcome a vague time of its own (``states_own_time``), one
    not of the offence told after the trigger ``anchor`` (``_of_offence``)."""
    return any(not _of_offence(sent, m.start(), anchor)
               for m in _VAGUE_TIME_RE.finditer(sent.text))


# prepositions that open an outcome's offence: "jailed for rioting in 2019", "over a crash"
_OFFENCE_OPENERS = frozenset({"for", "over"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
# words of a term, not an offence: "jailed for five years in 2019" is the outcome's year
_TERM_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                         "life", "prison", "jail", "term", "fine"})


def _of_offence(sent: Span, start: int, anchor: Token | None) -> bool:
    """The time at ``start`` (a sentence offset) ends an offence opened by "for" or "over"
    after the outcome's trigger ``anchor``, an act ("for killing a man in 2021") or one event
    ("over a fatal crash in 2020"): the offence's time, not the outcome's. A bare offence
    ("jailed for burglary in 2019") may be either: not taken."""
    if anchor is None:
        return False
    before = [t for t in sent if anchor.i < t.i and t.idx - sent.start_char < start]
    opener = next((n for n in range(len(before) - 1, -1, -1)
                   if before[n].lower_ in _OFFENCE_OPENERS), None)
    if opener is None:
        return False
    words = before[opener + 1:]
    if not words or len(words) > 8 or any(t.is_punct or t.lower_ in _TERM_WORDS for t in words):
        return False
    return any(t.tag_ == "VBG" for t in words) or (
        words[0].lower_ in _DETERMINERS and any(t.lower_ in EVENT_NOUNS for t in words))
