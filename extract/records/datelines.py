"""Datelines: the city a report was filed from ("CHICAGO –", "HANOI, Sept 13 (Reuters) -",
a place line above a date line)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

PlaceLookup = Callable[[str], "object | None"]

# a line opening with a dateline: "CHICAGO –", "(Dallas, Texas) –", "LOS ANGELES, Calif. —"
# ... with the day it was filed: "HANOI, Sept 13 (Reuters) -", "Prague, 7 August 2003 --";
# ... after a page's date stamp: "date 2021-05-14 ASTANA, Kazakhstan --"; after the wire's
# name: "AP, MADRID —"; after the day: "December 12, 2012 (ADDIS ABABA) -"; before the day in
# brackets: "ACCRA, GHANA (JANUARY 12, 2016) (REUTERS) -"; the wire's name after the day and a
# comma: "KHUJAND, March 9, 2011, Asia-Plus --"
_DATELINE_RE = re.compile(
    r"(?m)^\s*(?:(?:date|posted|published|updated)?:?\s*(?:19|20)\d\d-\d\d-\d\d\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s+(?=\())?"
    r"(?:(?:AP|AFP|Reuters|UPI|dpa|Xinhua|PTI|IANS|ANI|TASS|Interfax|EFE|Anadolu)\s*[,:/]\s*)?"
    r"\(?([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,30}(?<!\s)))?\)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"(?:,\s*[A-Z][A-Za-z.'/-]{1,20}(?:\s+[A-Z][A-Za-z.'/-]{1,20}){0,2})?)?"
    r"(?:\s*\([A-Z][A-Za-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\))?"
    r"(?:\s*\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|RFE/RL|[A-Z][A-Za-z. ]{1,20})\))?"
    r"\s*\n?\s*[–—-]{1,2}\s")


def dateline_place(text: str, lookup: PlaceLookup) -> str | None:
    """The city of a dateline near the top of ``text`` ("CHICAGO –", "(Dallas, Texas) –")."""
    found = dateline(text, lookup)
    return found[0] if found else None


def dateline(text: str, lookup: PlaceLookup) -> tuple[str, str | None] | None:
    """The city of a dateline near the top of ``text`` and the country the dateline names
    after it, if any: ("Dallas", None), ("Qaskelen", "KZ"). A town too small for the
    gazetteer stands where an upper-case name is followed by its country ("QASKELEN,
    Kazakhstan --": the wire's form)."""
    for m in _DATELINE_RE.finditer(text[:3000]):
        name = " ".join(m.group(1).split())
        after = lookup(m.group(2)) if m.group(2) else None
        country = getattr(after, "country", None) if getattr(after, "kind", "") == "country" \
            else None
        if lookup(name) is not None or (country and name.isupper() and len(name) > 3
                                        and not set(name.lower().split()) & _NOT_TOWNS):
            return (name.title() if name.isupper() else name), country
    bare = _bare_dateline(text, lookup)
    if bare is not None:
        return bare, None
    # a place line above the date line: "Nairobi,\n01 July 2018"
    lines = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()][:15]
    for line, nxt in pairwise(lines):
        head = _PLACE_LINE_RE.match(line)
        if head and _DATE_LINE_RE.match(nxt):
            place = lookup(head.group(1))
            if place is not None and getattr(place, "kind", "city") in {"city", "borough"}:
                name = head.group(1)
                return (name.title() if name.isupper() else name), None
    town = _header_town(lines, lookup)
    return (town, None) if town is not None else None


# a byline with its town: "By Anna Mwale in Mzuzu"
_BYLINE_TOWN_RE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+in\s+"
                             r"([A-Z][A-Za-z.'\- ]{1,30}?)\s*$")
# a town in title case before a colon and the lead: "Lusaka: A court on Monday jailed ..."
_COLON_TOWN_RE = re.compile(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s+[A-Z]")
_LEAD_CHARS = 60  # a lead sentence, not a headline's kicker ("Lula: Conviction was ...")


def _header_town(lines: list[str], lookup: PlaceLookup) -> str | None:
    """The town of a report's header line: a byline's ("By X in Mzuzu"), a town before a
    colon opening the lead ("Lusaka: A court ..."), or a line of the town alone between the
    header's short lines and the lead ("Our Correspondent\nMzuzu\nA court ...")."""
    for n, line in enumerate(lines):
        m = _BYLINE_TOWN_RE.fullmatch(line)
        name = m.group(1) if m else None
        if name is None:
            m = _COLON_TOWN_RE.match(line)
            name = m.group(1) if m and len(line) >= _LEAD_CHARS + len(m.group(1)) else None
        if name is None and 0 < n < len(lines) - 1 and len(lines[n - 1]) < _LEAD_CHARS and \
                len(lines[n + 1]) >= _LEAD_CHARS and lines[n + 1][:1].isupper():
            name = line if _TOWN_LINE_RE.fullmatch(line) else None
        if not name:
            continue
        place = lookup(name)
        if place is not None and getattr(place, "kind", "") in {"city", "borough"}:
            return name.title() if name.isupper() else name
    return None


_TOWN_LINE_RE = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2}")


# a wire's dateline without its dash, the town in capitals: "HANOI: A court ...", "BAKU,
# March 17 A court ...", "AP, MADRID" alone on its line
_BARE_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:date|posted|published|updated)?:?[ \t]*(?:19|20)\d\d-\d\d-\d\d[ \t]+)?"
    r"(?:(?P<wire>AP|AFP|Reuters|UPI|dpa|Xinhua|PTI|IANS|ANI|TASS|Interfax|EFE|Anadolu)"
    r"[ \t]*[,:/][ \t]*)?"
    r"(?P<name>[A-Z][A-Z.'\- ]{1,40}?)(?:(?P<colon>:)[ \t]+(?=[A-Z])"
    r"|,?[ \t]+(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})"
    r"[ \t]+(?=[A-Z])|[ \t]*$)")


def _bare_dateline(text: str, lookup: PlaceLookup) -> str | None:
    """The town of a wire's dateline that lost its dash: a town in capitals before a colon
    ("KUALA LUMPUR: Former ...") or before the day ("BAKU, March 17 Azerbaijan ..."), or
    alone on its line after the wire's name ("AP, MADRID"). Only a gazetteer town: a
    kicker ("UPDATE: ...", "FILE PHOTO: ...") or a country ("NIGERIA: ...") is none."""
    for m in _BARE_DATELINE_RE.finditer(text[:3000]):
        name = " ".join(m.group("name").split())
        if not name.isupper() or len(name) < 3 or not (
                m.group("colon") or m.group("day") or m.group("wire")):
            continue
        place = lookup(name)
        if place is not None and getattr(place, "kind", "city") in {"city", "borough"}:
            return name.title()
    return None


# a page's kicker in capitals before a country ("BREAKING NEWS, Kazakhstan --"): no town
_NOT_TOWNS = frozenset({"new", "news", "breaking", "update", "updated", "report", "exclusive",
                        "watch", "video", "opinion", "analysis", "editorial", "feature", "live",
                        "photos", "explainer", "comment", "interview"})
_PLACE_LINE_RE = re.compile(r"([A-Z][A-Za-z.'\- ]{1,40}?)\s*,?$")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE_RE = re.compile(
    rf"(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|"
    rf"{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}})\s*$")
