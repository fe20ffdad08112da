"""The court city of a record that names no place of its own: the last court city named
before it, the dateline, or the article's one court city; never a town of another country
than the court its sentence names ("DUBAI (Reuters) - An Iranian court ...")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from extract.records.datelines import PlaceLookup, dateline
from extract.records.dates import neighbours, other_case, states_hearing
from extract.records.layout import is_headline
from extract.records.places import AREA_KINDS, PlaceHit, find_places, place_hits


def court_city_default(doc: Doc, text: str,
                       lookup: PlaceLookup) -> Callable[[int, bool], PlaceHit | None]:
    """Where a record without a place of its own was decided: the last court city named
    before it, else the dateline, else the article's one court city, else its county."""
    cities: list[PlaceHit] = []
    areas: list[PlaceHit] = []
    named: set[str] = set()  # every city named in a place phrase ("in X", "of X")
    other_story: set[int] = set()  # court towns of "Separately, ..." (another case's)
    for sent in _limited_sents(doc):
        if is_headline(sent[0]):
            continue
        if _OTHER_STORY_RE.match(sent.text):
            other_story.update(h.start for h in find_places(sent, lookup))
        for hit in find_places(sent, lookup):
            if hit.tier == 0 and not _INTERNATIONAL_SEAT_RE.search(
                    text[max(sent.start_char, hit.start - 60):hit.start]):
                (areas if hit.kind in AREA_KINDS else cities).append(hit)
            if hit.kind not in AREA_KINDS and sent.start_char == hit.start - 3 and \
                    sent.text[:3].lower() == "in " and _OUTCOME_RE.search(sent.text):
                named.add(hit.text.lower())  # (not "In Geneva, the UN office called ...")
    courts = _court_countries(doc, lookup)
    bounds = [(sent.start_char, sent.end_char) for sent in _limited_sents(doc)]
    starts = [s for s, _ in bounds]
    line = dateline(text, lookup)
    filed: PlaceHit | None = None
    if line is not None:
        place = lookup(line[0])
        filed = PlaceHit(start=0, end=0, text=line[0], kind=str(getattr(place, "kind", "city")),
                         country=getattr(place, "country", None) or line[1], tier=1)
        # "TEHRAN (Tasnim) - A New York City police officer was convicted ... in State Supreme
        # Court in Brooklyn": a wire's desk abroad, when the courts the article names are all
        # one other country's (not a round-up: "In Germany, a Munich court ...")
        named_courts = {c for _, found in courts for c in found} | {
            c.country for c in cities if c.country}
        if filed.country and len(named_courts) == 1 and filed.country not in named_courts \
                and not any(_ROUND_UP_RE.match(sent.text) for sent in _limited_sents(doc)):
            filed = None
    # one court city for the whole article; several (a round-up of cases) give no default
    # ... nor does one court city beside round-up headers of other cities ("In X, ...")
    # ... nor one named only for another case ("Separately, a court in X jailed B")
    only_city = cities[0] if len({c.text.lower() for c in cities}) == 1 and \
        named <= {cities[0].text.lower()} and \
        any(c.start not in other_story for c in cities) else None
    only_area = areas[0] if not cities and len({a.text.lower() for a in areas}) == 1 \
        else None
    whole = _city_state(doc, lookup, courts) if not cities and not areas and line is None \
        else None

    def default(position: int, own_court: bool) -> PlaceHit | None:
        # a sentence naming its own court ("a Turkish court ...") inherits no earlier one
        earlier = [c for c in cities if c.start < position]
        before = [] if own_court else earlier
        # ... and never a town of another country than the court of its sentence or of the
        # two before it ("DUBAI (Reuters) - An Iranian court ...": the wire's desk is no place)
        at = next((n for n, (s, e) in enumerate(bounds) if s < position <= e), -1)
        mine = next((c for n, c in reversed(courts) if at - 2 <= n <= at), frozenset())
        if own_court and earlier and any(n == at for n, _ in courts) and \
                bisect_left(starts, earlier[-1].start + 1) - 1 < at - 2:
            # "On January 26, a Kazakh court sentenced B" well after "The Taraz City Court
            # sentenced A": another court of that country, not the town's named before
            # ("A court in Tehran sentenced X. Iran's Revolutionary Court found him ..." is
            # the same one)
            return None
        for hit in (before[-1] if before else None, filed, only_city, only_area, whole):
            if hit is not None and (not mine or hit.country in mine):
                return hit
        return None

    return default


_COURT_NOUNS = frozenset({"court", "courts", "tribunal", "judge", "judges", "judiciary"})
# a round-up header's story tells an outcome or a court: "In X, a court jailed ..."
_OUTCOME_RE = re.compile(r"(?i)\b(?:court|tribunal|judge|jury|sentenc\w*|convict\w*|jail\w*|"
                         r"imprison\w*|fined|acquitt\w*|guilty|verdict)\b")
# the seat of an international court ("the European Court of Human Rights in Strasbourg"): the
# place of its own ruling only, never of a national court's case the article tells beside it
_INTERNATIONAL_SEAT_RE = re.compile(
    r"(?:European\s+Court|International\s+(?:Criminal\s+)?(?:Court|Tribunal)|Court\s+of\s+"
    r"Human\s+Rights|Court\s+of\s+Justice|\bICC|\bICTY|\bICTR|\bECHR|\bECtHR)"
    r"[^.;]*?(?:\bin|\bat|based\s+in|,)\s*(?:the\s+)?$")
# a round-up's header of another story: "In Germany, ...", "Separately, ...", "Elsewhere ..."
_ROUND_UP_RE = re.compile(r"\s*(?:In\s+(?:[A-Z][\w'’.-]*\s*){1,3},|(?:Separately|Elsewhere|"
                          r"Meanwhile|In\s+(?:a|an)\s+(?:separate|unrelated|different|other)|"
                          r"In\s+neighbou?ring)\b)")
# a sentence of another case than the article's: "Separately, ...", "In a separate case, ..."
_OTHER_STORY_RE = re.compile(r"\s*(?:Separately|Elsewhere|Meanwhile|In\s+(?:a|an)\s+(?:separate|"
                             r"unrelated|different|other)\b)")
_VERDICT_WORDS = frozenset({"verdict", "verdicts", "ruling", "judgment", "judgement", "sentence",
                            "sentences", "guilty"})
_NOT_YET = frozenset({"expected", "will", "would", "due", "scheduled", "postponed",
                      "adjourned", "appeal", "appeals", "appealed"})


def court_place_nearby(sent: Span, places: Callable[[Span], list[PlaceHit]]) -> PlaceHit | None:
    """The court town of the verdict stated beside an outcome sentence that names no place:
    "X has been sentenced to two years. The verdict was handed down by a court in Taraz."
    (a court named in a neighbouring sentence beats the dateline). None where the neighbour
    may tell another case, a verdict still to come or an appeal, or names no one town, and
    where the outcome's own sentence is another case ("Another activist, X, was ...")."""
    if {t.lower_ for t in sent} & {"another", "other", "others", "separately", "meanwhile"}:
        return None
    for other in neighbours(sent):
        words = {t.lower_ for t in other}
        if not words & _VERDICT_WORDS or words & _NOT_YET or other_case(other) or \
                not states_hearing(words | ({"ruled"} if "guilty" in words else set())):
            continue
        towns = {h.text.lower(): h for h in places(other) if h.tier == 0 and
                 h.kind not in AREA_KINDS}
        if len(towns) == 1:
            return next(iter(towns.values()))
    return None


def _city_state(doc: Doc, lookup: PlaceLookup,
                courts: list[tuple[int, frozenset[str]]]) -> PlaceHit | None:
    """The city-state an article is set in ("Six Hong Kong protesters were jailed ... at the
    District Court"): its courts sit in its one city. Only where every place the article
    names and every court's country is that city-state's."""
    from extract.places import load_resolver  # heavy CSV: loaded late

    resolver = load_resolver()
    found: dict[str, PlaceHit] = {}
    countries: set[str] = {c for _, cs in courts for c in cs}
    for sent in _limited_sents(doc):
        if is_headline(sent[0]):
            continue
        for hit in place_hits(sent, lookup):
            place = resolver.city_state(hit.text)
            if place is not None:
                found.setdefault(place.name, replace(hit, text=place.name, country=place.country,
                                                     kind="city", tier=1))
            elif hit.country:
                countries.add(hit.country)
    if len(found) != 1:
        return None
    hit = next(iter(found.values()))
    return hit if countries <= {hit.country} else None


def _court_countries(doc: Doc, lookup: PlaceLookup) -> list[tuple[int, frozenset[str]]]:
    """Per sentence (its number), the countries whose courts it names: "a court in Russia",
    "an Iranian court", "Iran's judiciary", "the Minsk city court"."""
    out: list[tuple[int, frozenset[str]]] = []
    # where the court nouns are, in one array read (not a Token per word of the article)
    wanted = [doc.vocab.strings[w] for w in _COURT_NOUNS]
    at = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), wanted)).tolist()
    for n, sent in enumerate(_limited_sents(doc)):
        found = {h.country for h in place_hits(sent, lookup) if h.tier == 0 and h.country}
        found |= _named_court_countries(sent, at[bisect_left(at, sent.start):
                                                 bisect_left(at, sent.end)])
        if found:
            out.append((n, frozenset(found)))
    return out


def sentence_court_countries(sent: Span) -> frozenset[str]:
    """The countries whose courts ``sent`` names by a country or demonym ("a Pakistani
    tribunal", "Iran's judiciary", "the Court of Bosnia and Herzegovina")."""
    return frozenset(_named_court_countries(
        sent, [t.i for t in sent if t.lower_ in _COURT_NOUNS]))


def _named_court_countries(sent: Span, at: list[int]) -> set[str]:
    from extract.places import COUNTRY, DEMONYM, load_resolver  # heavy CSV: loaded late

    resolver = load_resolver()
    doc, found = sent.doc, set[str]()
    for i in at:
        tok = doc[i]
        # "an Iranian court", "Iran's judiciary"; "the Court of Bosnia and Herzegovina"
        # ... up to a dash or comma: "ALMATY, Kazakhstan -- A court in X" is X's court
        # ... a hyphen inside a word is no break: "a Pakistani anti-graft tribunal"
        glued = [t for t in doc[max(sent.start, tok.i - 6):tok.i] if _glued(t)]
        start = max(sent.start, tok.i - 4 - 2 * len(glued))
        start = max([start] + [t.i + 1 for t in doc[start:tok.i]
                               if t.is_punct and not t.text.endswith(".") and not _glued(t)])
        words = [t.text for t in doc[start:tok.i]
                 if (t.text[:1].isupper() and t.is_alpha) or t.text.endswith(".")]
        if tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of":
            words += [doc[tok.i + 2:k].text for k in range(tok.i + 3,
                                                           min(sent.end, tok.i + 6) + 1)]
        for word in words:
            if word[:1].isupper():
                res = resolver.resolve(word)
                if res.status in (COUNTRY, DEMONYM) and res.country:
                    found.add(res.country)
    return found


def _glued(tok: Token) -> bool:
    """``tok`` is a hyphen inside a word ("anti-graft")."""
    return tok.text in {"-", "‑"} and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and \
        not tok.whitespace_


def _limited_sents(doc: Doc, limit: int = 400) -> Iterable[Span]:
    for n, sent in enumerate(doc.sents):
        if n >= limit:
            return
        yield sent
