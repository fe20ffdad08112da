"""Courts whose town the gazetteer cannot confirm by name: "the city's Crown Court" (the town
named last before it) and "the General Court Martial in X" (a seat too small for the
gazetteer, as written)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from extract.dates import CALENDAR_WORDS
from extract.records.datelines import PlaceLookup
from extract.records.place_hit import AREA_KINDS, PlaceHit
from extract.records.place_words import (
    AREA_WORDS,
    court_word,
    demonyms,
    district_names,
    street_words,
)

_COURT_NOUNS = frozenset({"court", "courts", "tribunal"})
_LEADING = frozenset({"the", "a", "an", "this", "that", "on", "in", "at"})
# a bench's rank before "Magistrate's Court": no town ("the Senior Resident Magistrate's Court")
_BENCH_WORDS = frozenset({"resident", "senior", "principal", "chief", "stipendiary",
                          "metropolitan", "additional", "juvenile", "youth", "family"})
_TOWN_OWNERS = frozenset({"city", "town"})


def own_town_courts(span: Span, hits: list[PlaceHit],
                    hits_of: Callable[[Span], list[PlaceHit]]) -> list[PlaceHit]:
    """"The city's Crown Court", "the town's magistrates court": the court of the town named
    last before it (in its sentence or the two before), as that town."""
    doc, out = span.doc, []
    for tok in span:
        j = tok.i + 2
        if not (tok.lower_ in _TOWN_OWNERS and tok.i > 0 and doc[tok.i - 1].lower_ == "the"
                and j < len(doc) and doc[tok.i + 1].lower_ in {"'s", "’s"}):
            continue
        name = []
        for t in doc[j:j + 4]:
            if t.is_punct or t.is_space:
                break
            name.append(t)
        if not any(t.lower_ in _COURT_NOUNS for t in name):
            continue  # "the city's Crown Court", not "the city's mayor, the court"
        before = [h for s in [s for s in doc.sents if s.end <= span.start][-2:]
                  for h in hits_of(s)]
        towns = [h for h in [*before, *hits] if h.kind not in AREA_KINDS and h.end <= tok.idx]
        if towns:
            out.append(replace(towns[-1], start=tok.idx, end=tok.idx + len(tok), tier=0))
    return out


# "the General Court Martial in X", "a military court at X": the seat of a court; "X Sheriff
# Court", "X Magistrates' Court": a court of the British kind named for its town
# ... "the X Criminal Court", "the X General Sessions Court", "the X District Court": a court
# named for its town or district; "the District Court (X)": its seat in brackets; "in X court"
# (lower case): the town's court
_COURT_IN_RE = re.compile(r"\b(?i:courts?|tribunal|martial)\s+(?:in|at)\s+"
                          r"([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z]){0,2})"
                          r"|\b([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z])??)(?=\s+(?:Sheriff|Crown|"
                          r"Magistrates['’]?|Magistrate['’]s|(?:District\s+)?Criminal"
                          r"|General\s+Sessions|District)"
                          r"\s+Courts?\b(?!\s+(?:Building|House|Complex|Cent(?:re|er))))"
                          r"|\b(?:Court|Tribunal)\s*\(([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z]){0,2})\)"
                          r"|\b(?:in|at)\s+([A-Z][\w'’-]*[a-z])\s+court\b")
# words of a court's kind or part, never its town: "the Anti-Corruption Criminal Court", "the
# High Court (Commercial Division)"
_NOT_SEAT_WORDS = frozenset({"anti-corruption", "anti-terrorism", "anti-terror", "anti-graft",
                             "terrorism", "corruption", "narcotics", "serious", "grave", "felony",
                             "division", "bench", "chamber", "branch", "section", "registry",
                             "sessions", "specialized", "specialised", "economic", "military",
                             "judicial", "metropolitan", "district", "regional", "drug",
                             "traffic", "bankruptcy", "tax", "housing", "probate", "divorce",
                             "claims", "coroner's", "coroners", "coroner", "county"})
# "the X District Court of Y", "... in Y": the court's town is Y (X its quarter)
_SEAT_AFTER_RE = re.compile(r"\s+(?:\w+\s+){1,3}?Courts?\s+(?:of|in)\s+(?:the\s+)?"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_COMPASS = frozenset({"north", "south", "east", "west", "central"})
# a part of a continent, larger than any court's district: "the X Regional Court in Siberia"
# names no town (GUIDELINES: a country is never a city; nor is a part of one this large)
_MACRO_REGIONS = frozenset({"siberia", "urals", "caucasus", "transcaucasia", "scandinavia",
                            "balkans", "patagonia", "sahel", "maghreb", "levant"})
_NOT_TOWN_WORDS = CALENDAR_WORDS | {"absentia", "chambers", "session", "camera"} | _MACRO_REGIONS
# (not ORG: the tagger takes many a small town it does not know for one)
_NOT_TOWN_ENTS = frozenset({"NORP", "DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART",
                            "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def unlisted_court_towns(span: Span, hits: list[PlaceHit], lookup: PlaceLookup,
                         find: Callable[[PlaceLookup, str], object | None]) -> list[PlaceHit]:
    """A town too small for the gazetteer where a court sits ("the General Court Martial in
    X"), as written: the court's place. Not a month, a country's or a town's possessive
    ("in X's capital"), a place the gazetteer knows, or a quarter of the known town after it
    ("in X, Kampala": the town stands)."""
    doc, out = span.doc, []
    for m in _COURT_IN_RE.finditer(span.text):
        g = next(k for k in (1, 2, 3, 4) if m.group(k))
        start, end = span.start_char + m.start(g), span.start_char + m.end(g)
        name, after = m.group(g), doc.text[end:end + 40]
        lead = re.match(r"(?:The|A|An)\s+", name)
        if g == 2 and lead:  # "The X Criminal Court" opening a sentence: X
            name, start = name[lead.end():], start + lead.end()
        words = name.split()
        if g >= 2 and any(w.lower() in _NOT_SEAT_WORDS for w in words):
            continue  # "the Anti-Corruption Criminal Court", "(Commercial Division)"
        # "the North Jakarta District Court": a city's quarter the court is named for
        quarter = g == 2 and len(words) == 2 and words[0].lower() in _COMPASS and \
            find(lookup, words[1]) is not None
        if g in (2, 4) and not quarter and any(court_word(w.lower()) or w.lower() in
                                               _LEADING | _BENCH_WORDS for w in words):
            continue  # "Senior Resident Magistrate's Court", "The Crown Court"
        seat = _SEAT_AFTER_RE.match(doc.text[end:end + 80]) if g == 2 else None
        area = seat is not None and doc.text[end + seat.end():end + seat.end() + 12].lower(
        ).split()[:1] in ([w] for w in AREA_WORDS)
        if seat and not area and getattr(find(lookup, seat.group(1)), "kind", "") not in (
                *AREA_KINDS, ""):
            continue  # "the X District Court of Y": Y (X its quarter); not "... in Y region"
        first = doc.char_span(start, start + len(name.split()[0]))
        if first is None or name.split()[0].lower() in _NOT_TOWN_WORDS | _LEADING or \
                first[0].ent_type_ in _NOT_TOWN_ENTS or first[0].lower_ in demonyms() or \
                name.lower() in district_names() or re.match(r"['’]s\b", after) or \
                name.split()[-1].lower() in street_words() | _COURT_NOUNS or \
                any(h.start < end and start < h.end for h in hits):
            continue
        if quarter:
            out.append(PlaceHit(start=start, end=end, text=name, country=None, kind="city",
                                tier=0))
            continue
        if any(find(lookup, " ".join(name.split()[:k])) is not None
               for k in range(1, len(name.split()) + 1)):
            continue  # a known place (or one inside the name) is the gazetteer's to find
        town_after = re.match(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", after)
        if town_after and find(lookup, town_after.group(1)) is not None:
            continue
        out.append(PlaceHit(start=start, end=end, text=name, country=None, kind="city", tier=0))
    return out


# courts known by a name that holds no town, and the towns they may sit in: the seat is the
# court's place only where the article itself names that town (the place as written)
_NAMED_SEATS: dict[str, tuple[str, ...]] = {
    "old bailey": ("London",),
    "central criminal court": ("London", "Dublin", "Baghdad"),
}
_NAMED_SEAT_RE = re.compile(r"\b(?:Old\s+Bailey|Central\s+Criminal\s+Court)\b")


def named_court_seats(span: Span, lookup: PlaceLookup) -> list[PlaceHit]:
    """"at the Old Bailey", "the Central Criminal Court": the court's town, when the article
    names it (one of them) somewhere; the court's name stands for it."""
    doc, out = span.doc, []
    for m in _NAMED_SEAT_RE.finditer(span.text):
        towns = [t for t in _NAMED_SEATS[" ".join(m.group().lower().split())]
                 if re.search(r"(?<![\w-])" + t + r"(?![\w-])", doc.text)]
        place = lookup(towns[0]) if len(towns) == 1 else None
        if place is not None:
            start = span.start_char + m.start()
            out.append(PlaceHit(start=start, end=span.start_char + m.end(), text=towns[0],
                                country=getattr(place, "country", None), kind="city", tier=0))
    return out


# "X Crown Court, sitting at Y Justice Centre": the bench sat in Y; "the X branch of the Y
# District Court": the branch's town X heard the case
_SITTING_AT_RE = re.compile(r"[\w\s'’]{0,40}?,?\s+(?:sitting|sat|sits)\s+(?:at|in)\s+(?:the\s+)?$")
_BRANCH_OF_RE = re.compile(r"\s+branch\s+of\s+(?:the\s+)?$")


def sitting_seats(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Of a court named for one town and sitting in another, the town it sat in is the
    court's place (tier 0); the town of its name steps back (tier 1)."""
    out = list(hits)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        between = text[a.end:b.start]
        if a.tier == 0 and b.tier == 0 and _SITTING_AT_RE.fullmatch(between):
            out[n] = replace(a, tier=1)
        elif b.tier == 0 and _BRANCH_OF_RE.fullmatch(between) and a.kind not in AREA_KINDS:
            out[n], out[n + 1] = replace(a, tier=0), replace(b, tier=1)
    return out
