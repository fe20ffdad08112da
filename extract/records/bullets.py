"""Defendants listed one a line under an outcome sentence that ends in a colon:

    The court handed down the following sentences:
    – A. Name: 7 years in prison;
    • Other Name – five years of restricted freedom

Each line naming a person and a sentence phrase is a record of its own; the introducing
sentence gives the outcome, date and place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from extract.nlp import Rules, TriggerHit, doc_text
from extract.normalize import parse_terms
from extract.records.assembly import Draft
from extract.records.layout import sent_index
from extract.records.people import NameIndex, line_name, person_key
from extract.records.places import PlaceHit
from extract.records.roles import is_official
from extract.records.terms import TermSpan, find_term_spans
from schemas import Outcome, SentenceType

# a bullet (optional), a name of two to five words, a separator, the rest of the line
_ITEM_RE = re.compile(
    r"[ \t]*(?:[-–—•*·▪●]|\d{1,2}[.)])?[ \t]*"
    r"(?P<name>(?:[A-Z][\w’'-]*\.?|[a-z]{2,5})(?:[ \t]+(?:[A-Z][\w’'-]*\.?|[a-z]{2,5})){1,4})"
    r"(?:[ \t]*,[ \t]*\d{2})?"  # an age: "Name, 34 –"
    r"[ \t]*(?:[:–—]|[ \t]-[ \t]|,)[ \t]*(?P<rest>\S.*)$")
_MAX_ITEMS = 40


def list_drafts(doc: Doc, hit: TriggerHit, rules: Rules, names: NameIndex, *,
                places: Callable[[Span], list[PlaceHit]],
                dates: Callable[[Span], list[tuple[int, int, dt.date]]]) -> list[Draft]:
    """The drafts of the lines listed under ``hit``'s sentence, if it ends in a colon."""
    if hit.rule.outcome is not Outcome.CONVICTED:
        return []
    text = doc_text(doc)
    anchor = doc[hit.anchor]
    sent = anchor.sent
    line_end = text.find("\n", anchor.idx)
    if line_end < 0 or not text[anchor.idx:line_end].rstrip().endswith(":"):
        return []
    found_dates = dates(sent)
    date = found_dates[0][2] if found_dates else None
    hits = sorted(places(sent), key=lambda p: p.tier)
    place = hits[0] if hits else None
    out: list[Draft] = []
    pos = line_end + 1
    while pos < len(text) and len(out) < _MAX_ITEMS:
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        line = text[pos:end]
        if line.strip():
            draft = _item(doc, pos, line, hit, rules, names)
            if draft is None:
                break  # the list ends at the first line that is no item
            draft.date = date
            if place is not None:
                draft.city, draft.city_tier, draft.country = place.text, place.tier, \
                    place.country
                draft.city_kind = place.kind
            out.append(draft)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _item(doc: Doc, start: int, line: str, hit: TriggerHit, rules: Rules,
          names: NameIndex) -> Draft | None:
    m = _ITEM_RE.match(line)
    if m is None:
        return None
    found = line_name(doc, start, m, names, rules)
    if found is None:
        return None
    span, mention = found
    if mention is None or not mention.name or mention.start < span.start or \
            is_official(doc, mention.start, mention.end, rules):
        return None
    rest_start = start + m.start("rest")
    terms = [t for t in find_term_spans(doc_text(doc), rest_start, start + len(line), rules)
             if not t.hedged]
    if not terms:
        return None
    lo = start + len(line) - len(line.lstrip())
    draft = Draft(key=("name", person_key(mention.name)), person=mention.name, group_size=1,
                  outcome=hit.rule.outcome, rule_id=f"{hit.rule.id}+list", ev_start=lo,
                  ev_end=start + len(line.rstrip()), sent_index=sent_index(doc, span),
                  position=doc[mention.start].idx, sentencing=True, flags=["list-item"])
    _set_term(draft, _joined(doc_text(doc), terms))
    return draft


_SMALLER_UNIT_RE = re.compile(r"\s*\d{1,2}\s+(?:months?|weeks?|days?)\b", re.IGNORECASE)


def _joined(text: str, terms: list[TermSpan]) -> TermSpan:
    """"7 years 6 months": a list item's length in a larger unit then a smaller one, with no
    "and" or comma between (the phrase finder keeps them apart), is one term."""
    first = terms[0]
    if len(terms) > 1 and _SMALLER_UNIT_RE.fullmatch(text, first.end, terms[1].end) and \
            re.search(r"\byears?$", first.text, re.IGNORECASE):
        return replace(first, end=terms[1].end, text=text[first.start:terms[1].end])
    return first


def _set_term(draft: Draft, term: TermSpan) -> None:
    """The phrase, its months and kind (prison where a length has no kind)."""
    parsed = parse_terms(term.text)
    if "invalid-length" in parsed.flags:
        return
    draft.sentence, draft.months, draft.type = term.text, parsed.months, parsed.type
    draft.flags.extend(parsed.flags)
    if draft.type is None:
        draft.type = SentenceType.FINE if term.rule_id == "term-fine" else \
            SentenceType.PRISON if parsed.months is not None else None
