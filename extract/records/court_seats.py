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
from extract.records.place_words import court_word, demonyms, district_names, street_words

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
_COURT_IN_RE = re.compile(r"\b(?i:courts?|tribunal|martial)\s+(?:in|at)\s+"
                          r"([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z]){0,2})"
                          r"|\b([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z])?)(?=\s+(?:Sheriff|Crown|"
                          r"Magistrates['’]?|Magistrate['’]s)\s+Courts?\b)")
_NOT_TOWN_WORDS = CALENDAR_WORDS | {"absentia", "chambers", "session", "camera"}
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
        g = 1 if m.group(1) else 2
        start, end = span.start_char + m.start(g), span.start_char + m.end(g)
        name, after = m.group(g), doc.text[end:end + 40]
        if g == 2 and any(court_word(w.lower()) or w.lower() in _LEADING | _BENCH_WORDS
                          for w in name.split()):
            continue  # "Senior Resident Magistrate's Court", "The Crown Court"
        first = doc.char_span(start, start + len(name.split()[0]))
        if first is None or name.split()[0].lower() in _NOT_TOWN_WORDS | _LEADING or \
                first[0].ent_type_ in _NOT_TOWN_ENTS or first[0].lower_ in demonyms() or \
                name.lower() in district_names() or re.match(r"['’]s\b", after) or \
                name.split()[-1].lower() in street_words() | _COURT_NOUNS or \
                any(h.start < end and start < h.end for h in hits):
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
