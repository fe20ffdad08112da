"""Where: place mentions (gazetteer-confirmed) in a sentence, and the court city an article
defaults to."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.records.layout import is_headline

# a line opening with a dateline: "CHICAGO –", "(Dallas, Texas) –", "LOS ANGELES, Calif. —"
_DATELINE_RE = re.compile(
    r"(?m)^\s*\(?([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,20})?\)?"
    r"(?:\s*\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|RFE/RL|[A-Z][A-Za-z. ]{1,20})\))?"
    r"\s*\n?\s*[–—-]{1,2}\s")
_COURT_AFTER = frozenset({"court", "courts", "courthouse", "supreme", "superior", "district",
                          "circuit", "county", "criminal", "federal", "appeals", "city", "regional",
                          "municipal", "magistrate", "magistrates", "crown", "high", "jury"})
_COURT_BEFORE = frozenset({"court", "jury", "judge", "tribunal", "courthouse", "trial",
                           "magistrate", "magistrates", "judges", "appeared", "hearing",
                           "sentencing", "tried"})
_PEOPLE_AFTER = frozenset({"man", "woman", "men", "women", "resident", "residents", "native",
                           "teen", "teenager", "boy", "girl", "couple", "family", "-based"})

# capitalised only as a sentence's first word: "The Bishkek city court" names Bishkek
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "on", "in", "at"})
_AREA_KINDS = frozenset({"county", "region", "admin1", "admin2", "country", "state"})
PlaceLookup = Callable[[str], "object | None"]


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place name in the text: characters, written form, country and how strong a hint
    of the proceeding's location it is (0 court, 1 "in X"/"city of X", 2 other)."""

    start: int
    end: int
    text: str
    country: str | None
    kind: str
    tier: int


def _runs(span: Span) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (hyphen-joined: "Ust-Kamenogorsk") inside ``span``."""
    out: list[tuple[int, int]] = []
    doc = span.doc
    i = span.start
    while i < span.end:
        tok = doc[i]
        if tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _LEADING_WORDS:
            j = i + 1
            while j < span.end:
                t = doc[j]
                capital_next = j + 1 < span.end and doc[j + 1].text[:1].isupper()
                if (t.is_alpha and t.text[:1].isupper()) or (
                    t.text in {"-", "‑"} and not doc[j - 1].whitespace_ and capital_next
                ) or (t.lower_ in {"of", "de", "al", "el"} and capital_next and j > i):
                    j += 1
                else:
                    break
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def find_places(span: Span, lookup: PlaceLookup) -> list[PlaceHit]:
    """Gazetteer-confirmed place names in ``span``, each with its tier."""
    doc = span.doc
    hits: list[PlaceHit] = []
    for rs, re_ in _runs(span):
        i = rs
        while i < re_:
            found = None
            for j in range(min(re_, i + 4), i, -1):
                text = doc[i:j].text
                place = lookup(text)
                if place is not None:
                    found = (j, text, place)
                    break
            if found is None:
                i += 1
                continue
            j, text, place = found
            if text.isupper():
                text = text.title()  # "LOS ANGELES –" as "Los Angeles"
            demonym = j - i == 1 and doc[i].ent_type_ == "NORP" and i > 0 and \
                doc[i - 1].lower_ in {"a", "an", "the"}  # "a Kazakh court": no town Kazakh
            if not _is_personal(doc, i, j) and not demonym:
                hits.append(PlaceHit(start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1]),
                                     text=text, country=getattr(place, "country", None),
                                     kind=str(getattr(place, "kind", "city")),
                                     tier=_tier(doc, i, j)))
            i = j
    return hits


def _is_personal(doc: Doc, i: int, j: int) -> bool:
    # part of a person's name, a home town ("X, 38, of Elmont"), or "a Brooklyn man"
    if any(doc[k].ent_type_ == "PERSON" for k in range(i, j)):
        return True
    if j < len(doc) and doc[j].lower_ in _PEOPLE_AFTER:
        return True
    if j + 1 < len(doc) and doc[j].text in {"-", "‑"} and doc[j + 1].lower_ == "based":
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text == ","


def _tier(doc: Doc, i: int, j: int) -> int:
    after = {t.lower_ for t in doc[j:j + 3]}
    if j < len(doc) and (doc[j].lower_ in _COURT_AFTER or after & {"court", "jury"}):
        return 0
    if j + 1 < len(doc) and doc[j].lower_ in {"'s", "’s"} and doc[j + 1].lower_ in {
        "court", "courts", "jury"
    }:
        return 0
    if _court_name_follows(doc, j):
        return 0  # "the Ankara 4th High Criminal Court", "Izmir Second Penal Court"
    before = [t.lower_ for t in doc[max(0, i - 6):i]]
    if before[-2:] in (["court", "of"], ["courts", "of"], ["tribunal", "of"]):
        return 0  # "the Central District Court of Homel"
    if "in" in before[-3:] and set(before) & _COURT_BEFORE:
        return 0
    sent = doc[i].sent
    if i - 1 == sent.start and before[-1:] == ["in"] and j < sent.end and doc[j].text == "," \
            and any(t.lower_ in _COURT_BEFORE | {"courts"} for t in doc[j:sent.end]):
        return 0  # "In Leeds, X appeared at the crown court": a round-up's court city
    if before and before[-1] in {"in", "of", "at", "near"}:
        return 1
    return 2


_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|\d+-?(?:st|nd|rd|th)", re.IGNORECASE)


def _court_name_follows(doc: Doc, j: int) -> bool:
    """A court's own name after the place: an ordinal and capitalised words, then "Court"."""
    k = j
    if k < len(doc) and _ORDINAL_RE.fullmatch(doc[k].text):
        k += 1
    else:
        return False
    while k < min(len(doc), j + 6) and doc[k].text[:1].isupper():
        if doc[k].lower_ in {"court", "courts", "tribunal"}:
            return True
        k += 1
    return False


def dateline_place(text: str, lookup: PlaceLookup) -> str | None:
    """The city of a dateline near the top of ``text`` ("CHICAGO –", "(Dallas, Texas) –")."""
    for m in _DATELINE_RE.finditer(text[:3000]):
        name = " ".join(m.group(1).split())
        if lookup(name) is not None:
            return name.title() if name.isupper() else name
    return None


def court_city_default(doc: Doc, text: str,
                       lookup: PlaceLookup) -> Callable[[int, bool], PlaceHit | None]:
    """Where a record without a place of its own was decided: the last court city named
    before it, else the dateline, else the article's one court city, else its county."""
    cities: list[PlaceHit] = []
    areas: list[PlaceHit] = []
    named: set[str] = set()  # every city named in a place phrase ("in X", "of X")
    for sent in _limited_sents(doc):
        if is_headline(sent[0]):
            continue
        for hit in find_places(sent, lookup):
            if hit.tier == 0:
                (areas if hit.kind in _AREA_KINDS else cities).append(hit)
            if hit.kind not in _AREA_KINDS and sent.start_char == hit.start - 3 and \
                    sent.text[:3].lower() == "in ":
                named.add(hit.text.lower())
    line = dateline_place(text, lookup)
    dateline: PlaceHit | None = None
    if line is not None:
        place = lookup(line)
        dateline = PlaceHit(start=0, end=0, text=line, kind=str(getattr(place, "kind", "city")),
                            country=getattr(place, "country", None), tier=1)
    # one court city for the whole article; several (a round-up of cases) give no default
    # ... nor does one court city beside round-up headers of other cities ("In X, ...")
    only_city = cities[0] if len({c.text.lower() for c in cities}) == 1 and \
        named <= {cities[0].text.lower()} else None
    only_area = areas[0] if not cities and len({a.text.lower() for a in areas}) == 1 \
        else None

    def default(position: int, own_court: bool) -> PlaceHit | None:
        # a sentence naming its own court ("a Turkish court ...") inherits no earlier one
        before = [c for c in cities if c.start < position and not own_court]
        return before[-1] if before else dateline or only_city or only_area

    return default


def _limited_sents(doc: Doc, limit: int = 400) -> Iterable[Span]:
    for n, sent in enumerate(doc.sents):
        if n >= limit:
            return
        yield sent
