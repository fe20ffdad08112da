"""Where: place mentions (gazetteer-confirmed) in a sentence, and the court city an article
defaults to."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from extract.nlp import doc_text
from extract.places import latinise, load_gazetteer
from extract.records.court_seats import (
    named_court_seats,
    own_town_courts,
    sitting_seats,
    unlisted_court_towns,
)
from extract.records.datelines import PlaceLookup
from extract.records.place_context import based, based_court, court_name_follows, is_personal
from extract.records.place_hit import AREA_KINDS, PlaceHit
from extract.records.place_words import (
    AREA_WORDS,
    COURT_AFTER,
    COURT_BEFORE,
    bench_title_follows,
    court_word,
    demonyms,
    district_names,
)

# a district too small for the gazetteer: "the Qarasai district court" names a place more
# specific than the region beside it
_UNKNOWN_DISTRICT_RE = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:district|raion|rayon|inter-?district"
    r"|District(?=(?:\s+[A-Z]\w+)?\s+Court))\b")  # "the Shovot District Criminal Court"
# capitalised only as a sentence's first word: "The Bishkek city court" names Bishkek
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "on", "in", "at"})


_SAINTS = frozenset({"st.", "ste.", "mt.", "ft."})
_AREA_NOUNS = frozenset({"district", "county", "city", "regional", "municipal"})
_COURT_WORDS = frozenset({"court", "courts", "courthouse", "jury", "tribunal", "judge",
                          "magistrate", "magistrates"})
_FORMER = frozenset({"former", "retired", "erstwhile", "ex"})


def _runs(span: Span) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (hyphen-joined: "Ust-Kamenogorsk") inside ``span``."""
    out: list[tuple[int, int]] = []
    doc = span.doc
    i = span.start
    while i < span.end:
        tok = doc[i]
        saint = tok.lower_ in _SAINTS and i + 1 < span.end and doc[i + 1].is_alpha and \
            doc[i + 1].text[:1].isupper()  # "St. Petersburg", "Ste. Genevieve", "Ft. Worth"
        if saint or (tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _LEADING_WORDS):
            j = i + 1
            while j < span.end:
                t = doc[j]
                capital_next = j + 1 < span.end and doc[j + 1].text[:1].isupper()
                if (t.is_alpha and t.text[:1].isupper()) or (
                    t.text in {"-", "‑"} and not doc[j - 1].whitespace_ and capital_next
                ) or (t.lower_ in {"of", "de", "al", "el"} and capital_next and j > i):
                    j += 1
                elif _joined_link(doc, j, span.end):
                    j += 4  # "Rostov-on-Don", "Stratford-upon-Avon": one name
                else:
                    break
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def place_hits(span: Span, lookup: PlaceLookup) -> list[PlaceHit]:
    """Gazetteer-confirmed place names in ``span`` (countries too), each with its tier.

    Read from the parsed doc (entity types, sentences), which the rules never change: the
    hits of each span are remembered on the doc (the court-city default and the trigger
    rules read the same sentences)."""
    memo = span.doc.user_data.setdefault(_MEMO, {})
    key = (span.start, span.end, lookup)
    if key not in memo:
        memo[key] = tuple(_place_hits(span, lookup))
    return list(memo[key])


_MEMO = "verdicts.place_hits"


def _place_hits(span: Span, lookup: PlaceLookup) -> list[PlaceHit]:
    doc = span.doc
    hits: list[PlaceHit] = []
    for rs, re_ in _runs(span):
        i = rs
        while i < re_:
            found = None
            for j in range(min(re_, i + 6), i, -1):
                text = doc[i:j].text
                if text[-1:] in {"-", "‑"} or text[:1] in {"-", "‑"} or \
                        doc[j - 1].lower_ in _LINK_WORDS:
                    continue  # "Rostov-on-" is no name; "Rostov-on-Don" is
                if _hyphened(doc, i - 1, rs, re_) or _hyphened(doc, j, rs, re_):
                    continue  # "Kyzyl" and "Dobo" of "Kyzyl-Dobo": parts of one longer name
                place = _lookup(lookup, text)
                if place is None and j - i == 1 and j < len(doc) and \
                        doc[j].text[:1].isupper() and court_name_follows(doc, j, ordinal=False) \
                        and not court_word(doc[i].lower_):
                    # "Chester Crown Court", "Reading Magistrates' Court": a town whose name
                    # is also a word or a first name, made sure by the court named after it
                    place = load_gazetteer().lookup(text)
                if place is not None and not (i > rs and _SEAT_AREA_WORDS.intersection(
                        (doc[j - 1].lower_, doc[j].lower_ if j < re_ else ""))):
                    # ... but never the tail of a longer name as its district
                    # ("the Birinchi Mai District Court" is no "Mai District")
                    found = (j, text, place)
                    break
            if found is None:
                i += 1
                continue
            j, text, place = found
            if text.isupper():
                text = text.title()  # "LOS ANGELES –" as "Los Angeles"
            article = i > 0 and doc[i - 1].text == "The" and \
                str(getattr(place, "name", "")).startswith("The ")  # "in The Hague", as written
            # "a Kazakh court", "the southern Kazakh city of X": no town Kazakh; a tagger's
            # NORP before a court noun is the court's town ("a Bishkek court")
            demonym = j - i == 1 and (doc[i].lower_ in demonyms() or (
                doc[i].ent_type_ == "NORP" and i > 0 and doc[i - 1].lower_ in {"a", "an", "the"}
                and not (j < len(doc) and doc[j].lower_ in _COURT_NOUNS)))
            kind = str(getattr(place, "kind", "city"))
            if kind in AREA_KINDS and j - i > 1 and doc[j - 1].lower_ in _SEAT_AREA_WORDS:
                head = doc[i:j - 1].text
                if head.lower() in district_names():
                    i = j  # "the Central District Court": a city's own district, no town
                    continue
                town = _lookup(lookup, head)
                if town is not None and getattr(town, "kind", "") == "city" and \
                        getattr(town, "country", None) == getattr(place, "country", None):
                    # "the Asahikawa District Court": the court's town, as written
                    kind, j, text = "city", j - 1, head.title() if head.isupper() else head
            whole = found[0]  # "Buyende District Police": the district's word is no court's
            end = doc[j - 1].idx + len(doc[j - 1])
            if j < len(doc) and doc[j].lower_ in AREA_WORDS and kind != "country":
                # "the Almaty region": the area, as written, never its same-named city
                kind, end = "region", doc[j].idx + len(doc[j])
                text = doc.text[doc[i].idx:end]
            # "the court of Moskovskiy district of Brest": a city's own district, no town
            own_district = j - i == 1 and j < len(doc) and doc[j].lower_ in {
                "district", "raion", "rayon"} and court_word(doc[i].lower_)
            # "Kabwe Senior Resident Magistrate X": the bench's town ("Cook County Judge X"
            # names only a county)
            tier = 0 if kind not in AREA_KINDS and bench_title_follows(doc, whole) else \
                _tier(doc, i, whole)
            # "former Kabwe magistrate X": the bench X once held, not this case's court
            former = i > 0 and doc[i - 1].lower_ in _FORMER and bench_title_follows(doc, whole)
            if not (is_personal(doc, i, j) or demonym or own_district or former or
                    _prison_of(doc, whole) or _district_of_town(doc, i, j, hits)):
                hits.append(PlaceHit(start=doc[i - article].idx, end=end,
                                     text="The " + text if article else text, tier=tier, kind=kind,
                                     country=_region_after(doc, j, lookup) or
                                     getattr(place, "country", None)))
            i = whole
    hits = sorted([*hits, *unlisted_court_towns(span, hits, lookup, _lookup),
                   *own_town_courts(span, hits, lambda sent: place_hits(sent, lookup)),
                   *named_court_seats(span, lookup)],
                  key=lambda h: h.start)
    return _rank_areas(span, sitting_seats(doc_text(doc), _courts_of_towns(doc_text(doc), hits)),
                       lookup)


_PRISON_WORDS = frozenset({"prison", "prisons", "penitentiary"})


def _prison_of(doc: Doc, j: int) -> bool:
    """"40 years in Florida state prison", "a Moscow prison": the place names where the term
    is served, not the proceeding."""
    k = j + 1 if j < len(doc) and doc[j].lower_ in {"state", "federal"} else j
    return k < len(doc) and doc[k].lower_ in _PRISON_WORDS


def _hyphened(doc: Doc, k: int, start: int, end: int) -> bool:
    """Token ``k`` is an unspaced hyphen inside a run, joining two capitalised words (not a
    dateline glued to its lead: "ARUSHA-The tribunal ...")."""
    return start < k < end - 1 and doc[k].text in {"-", "‑"} and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper() and \
        doc[k + 1].lower_ not in _LEADING_WORDS and doc[k - 1].text.isupper() == \
        doc[k + 1].text.isupper()


def _region_after(doc: Doc, j: int, lookup: PlaceLookup) -> str | None:
    """The country of a region or country named after a comma ("St. Petersburg, Florida"):
    it tells which of the namesakes is meant."""
    if j + 1 >= len(doc) or doc[j].text != "," or not doc[j + 1].text[:1].isupper():
        return None
    k = j + 1
    while k < min(len(doc), j + 4) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    region = _lookup(lookup, doc[j + 1:k].text) if k > j + 1 else None
    return getattr(region, "country", None) if getattr(region, "kind", "") in AREA_KINDS \
        else None


# "X District Court in [the occupied] Y", "X District Court of Y": X is a district of town Y
_DISTRICT_OF_RE = re.compile(
    r"(?:\s+[Dd]istrict)?\s+[Cc]ourts?[\"”’']?\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}")


def _courts_of_towns(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A district court named after a place and seated in a town named after it: the town
    is the court's place ("the Kyiv District Court in Simferopol"), the district none."""
    out: list[PlaceHit] = []
    skip: set[int] = set()
    for n, h in enumerate(hits):
        if n in skip:
            continue
        m = _DISTRICT_OF_RE.match(text, h.end)
        nxt = hits[n + 1] if n + 1 < len(hits) else None
        district = m is not None and ("district" in h.text.lower() or "istrict" in m.group())
        if m and district and nxt is not None and nxt.start == m.end() and \
                nxt.kind not in AREA_KINDS:
            out.append(replace(nxt, tier=0))
            skip.add(n + 1)
            continue
        out.append(h)
    return out


_COURT_NOUNS = frozenset({"court", "courts", "tribunal"})
def _district_of_town(doc: Doc, i: int, j: int, hits: list[PlaceHit]) -> bool:
    """The name at ``i``..``j`` is a town's own district: "(a court in) Tashkent's Chilanzar
    district" is in Tashkent, the town the record takes."""
    return i >= 2 and j < len(doc) and doc[j].lower_ in {"district", "raion", "rayon"} and \
        doc[i - 1].lower_ in {"'s", "’s"} and bool(hits) and hits[-1].end == doc[i - 2].idx + \
        len(doc[i - 2]) and hits[-1].kind not in AREA_KINDS


_NOT_DISTRICTS = frozenset({"county", "federal", "u.s.", "states", "state", "judicial"})
_SEAT_AREA_WORDS = frozenset({"district"})  # not "county": a US county stays an area
_LINK_WORDS = frozenset({"on", "upon", "under", "am", "an", "sur", "en", "na", "le", "la", "de",
                         "du"})


def _joined_link(doc: Doc, j: int, end: int) -> bool:
    """Tokens ``j``.. are "-on-Don": a lowercase link word between unspaced hyphens."""
    if j + 3 >= end:
        return False
    hy1, word, hy2, name = doc[j], doc[j + 1], doc[j + 2], doc[j + 3]
    return hy1.text in {"-", "‑"} and hy2.text in {"-", "‑"} and word.lower_ in _LINK_WORDS \
        and not doc[j - 1].whitespace_ and not hy1.whitespace_ and not word.whitespace_ \
        and not hy2.whitespace_ and name.text[:1].isupper()


def find_places(span: Span, lookup: PlaceLookup) -> list[PlaceHit]:
    """Gazetteer-confirmed place names in ``span`` that may be a record's place, each with
    its tier. A country is never one: a court's country ("a court in Russia") only tells
    whose court it is and is left out, so the court's town named elsewhere may stand; any
    other ("a term in Turkmenistan's capital X") stays, to keep a looser town of the
    sentence from standing in for it (it is refused when the record's place is resolved)."""
    return [h for h in place_hits(span, lookup) if h.kind != "country" or h.tier != 0]


# an Arabic province written without its article: "Anbar Province" is the gazetteer's "Al Anbar"
_ARABIC_AREA_RE = re.compile(r"([A-Z][a-z]+)\s+(?:Province|Governorate)")


def _lookup(lookup: PlaceLookup, text: str) -> object | None:
    place = lookup(text)
    if place is None and text != (latin := latinise(text)):
        place = lookup(latin)
    if place is None and (m := _ARABIC_AREA_RE.fullmatch(text)):
        found = lookup("Al " + m.group(1))
        place = found if getattr(found, "kind", "") in AREA_KINDS else None
    return place


def _rank_areas(span: Span, hits: list[PlaceHit], lookup: PlaceLookup) -> list[PlaceHit]:
    """A court's town beats the area around it ("X District Court in Hokkaido", "the Southern
    District Court in the city of Y"), and an area is no place when a district too small for
    the gazetteer is named beside it ("the Qarasai district court in the Almaty region")."""
    towns = any(h.tier == 0 and h.kind not in AREA_KINDS for h in hits)
    unknown = any(_lookup(lookup, m.group(1)) is None and m.group(1).lower() not in
                  _LEADING_WORDS | _NOT_DISTRICTS | district_names()
                  for m in _UNKNOWN_DISTRICT_RE.finditer(span.text))
    out: list[PlaceHit] = []
    for h in hits:
        if h.kind in AREA_KINDS and h.kind != "country":
            if unknown:
                h = replace(h, tier=2)
            elif towns and h.tier == 0:
                h = replace(h, tier=1)
        out.append(h)
    return out


def in_area(town: str, area: str | None) -> bool:
    """``town`` is the one an area is named after ("Mandalay" of "Mandalay Region")."""
    return bool(area) and str(area).lower().startswith(town.lower() + " ")


def _tier(doc: Doc, i: int, j: int) -> int:
    if based(doc, j) and based_court(doc, j):
        return 0
    # the words just after, up to a dash or comma: "ALMATY, Kazakhstan -- A court in X" names
    # no Kazakh court
    after: set[str] = set()
    for t in doc[j:j + 4]:
        if t.is_punct and t.text not in {"'", "’"}:
            break
        after.add(t.lower_)
    # "the country's X district, some 200km from Y": an area's own word, no court after it
    area_word = j < len(doc) and doc[j].text in _AREA_NOUNS and not after & _COURT_WORDS
    after = {t.lower_ for t in doc[j:j + len(after)][:3]}
    if j < len(doc) and not area_word and ((doc[j].lower_ in COURT_AFTER and
                                             doc[j].text != "City") or
                                            after & {"court", "courts", "jury"}):
        return 0
    if j < len(doc) and doc[j].text == "City" and court_name_follows(doc, j, ordinal=False):
        return 0  # "the Almaty City Court"; "Manchester City" is a club
    if j + 1 < len(doc) and doc[j].lower_ in {"'s", "’s"} and doc[j + 1].lower_ in {
        "court", "courts", "jury"
    }:
        return 0
    if j + 1 < len(doc) and doc[j].lower_ in {"'s", "’s"} and court_name_follows(doc, j + 1,
                                                                                  ordinal=False):
        return 0  # "Moscow's Meshchansky District Court": the town the court sits in
    if court_name_follows(doc, j, ordinal=False):
        return 0  # "the Ankara 4th High Criminal Court", "Changsha Intermediate People's Court"
    before = ["" if t.lower_ == "tried" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"
              else t.lower_ for t in doc[max(0, i - 9):i]]  # "tried to flee": no trial
    if before[-2:] in (["capital", ","], ["city", ","]):
        before = before[:-1]  # "a court in Uzbekistan's capital, Tashkent"
    if before[-1:] == ["capital"] and {"in", "of"} & set(before[-5:]) and \
            set(before) & COURT_BEFORE:  # "a tribunal of Bangladesh capital X"
        return 0
    if before[-1:] == ["capital"] and before[-2:-1] in (["the"], ["'s"], ["’s"]):
        before = before[:-2] if before[-2] == "the" else before[:-3]  # "in Turkmenistan's
        # capital X", "in the capital X": in X
    if before[-3:] in (["the", "city", "of"], ["the", "town", "of"], ["the", "village", "of"]):
        before = before[:-3]  # "a court in the city of X" is "a court in X"
    elif before[-1:] == ["of"] and before[-2:-1] in (["city"], ["town"]) and "in" in before[-8:-2]:
        before = before[:len(before) - 2 - before[-3::-1].index("in")]  # "in the central city of"
    if before[-2:-1] in (["sitting"], ["sat"], ["sits"]) and before[-1:] in (["in"], ["at"]):
        return 0  # "The Court of Appeal sitting at Fort Portal": the bench's town
    before = before[-6:]
    if before[-2:] in (["court", ","], ["tribunal", ","]) and j < len(doc) and \
            doc[j].text == "," and doc[i - 2].text[:1].isupper():
        return 0  # "The High Court, Dipayal, has sentenced": the bench's seat
    if before[-2:] in (["court", "of"], ["courts", "of"], ["tribunal", "of"]):
        return 0  # "the Central District Court of Homel"
    if before[-2:] == ["district", "of"] and set(before) & {"court", "courts", "tribunal"}:
        return 0  # "the court of Moskovskiy district of Brest"
    if "in" in before[-3:] and set(before) & COURT_BEFORE:
        return 0
    sent = doc[i].sent
    if i - 1 == sent.start and before[-1:] == ["in"] and j < sent.end and doc[j].text == "," \
            and any(t.lower_ in COURT_BEFORE | {"courts"} for t in doc[j:sent.end]):
        return 0  # "In Leeds, X appeared at the crown court": a round-up's court city
    if before and before[-1] in {"in", "of", "at", "near"}:
        return 1
    if before[-2:] == ["for", "the"] and "district" in {t.lower_ for t in doc[i:j]}:
        return 1  # "the U.S. Attorney's Office for the Western District of X"
    return 2
