"""Publication-date parsing: ISO timestamps, dates written out in English, dates in URLs.

Hand-written patterns (no dateparser): they cover the forms pages use for publication
dates, run in microseconds, and never guess a date from a bare number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

EARLIEST = dt.date(1990, 1, 1)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?\s*"
    r"(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?\d{4,6})?(?:Z)?$")
# "Jul 18, 2022", "July 18 2022", "Nov. 19, 2019"
_MDY = re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b",
                  re.IGNORECASE)
# "18 July 2022", "18th of July, 2022"
_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?!\d)"
)
_URL_COMPACT = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A parsed date, with the time and UTC offset when the source gave them."""

    date: dt.date
    instant: dt.datetime | None = None  # aware when an offset was given
    offset_minutes: int | None = None
    wall: dt.datetime | None = None  # a time of day given without an offset


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: str) -> Stamp | None:
    """An ISO-8601-like timestamp at the start of ``value`` (its own local day is kept)."""
    value = value.strip()
    m = _ISO.match(value)
    if m is None:
        c = _COMPACT.match(value)
        if c is None:
            return None
        day = _safe_date(int(c["y"]), int(c["m"]), int(c["d"]))
        return Stamp(day) if day else None
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    if m["H"] is None:
        return Stamp(day)
    if m["tz"] is None:
        return Stamp(day, wall=_wall(day, int(m["H"]), int(m["M"]), int(m["S"] or 0)))
    tz = m["tz"].upper()
    if tz in ("Z", "UTC", "GMT"):
        offset = 0
    else:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:4]))
    try:
        instant = dt.datetime(
            day.year, day.month, day.day, int(m["H"]), int(m["M"]), int(m["S"] or 0),
            tzinfo=dt.timezone(dt.timedelta(minutes=offset)),
        )
    except ValueError:
        return Stamp(day)
    return Stamp(day, instant, offset)


def find_written_date(text: str) -> dt.date | None:
    """The first English-written date in ``text`` ("Jul 18, 2022", "18 July 2022")."""
    best: tuple[int, dt.date] | None = None
    for pattern in (_MDY, _DMY):
        m = pattern.search(text)
        if m is None:
            continue
        month = _MONTHS.get(m["month"].lower()[:3])
        if month is None:
            continue
        day = _safe_date(int(m["y"]), month, int(m["d"]))
        if day is not None and (best is None or m.start() < best[0]):
            best = (m.start(), day)
    return best[1] if best else None


def _wall(day: dt.date, hour: int, minute: int, second: int = 0) -> dt.datetime | None:
    try:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second)
    except ValueError:
        return None


def parse_any(value: str) -> Stamp | None:
    """A timestamp in any form we read: ISO first, then a date written in English
    (with its time of day when one follows: "November 18, 2019 11:03 PM")."""
    stamp = parse_iso(value)
    if stamp is not None:
        return stamp
    day = find_written_date(value)
    if day is None:
        return None
    t = _TIME.search(value)
    if t is None:
        return Stamp(day)
    hour = int(t["h"]) % 12 if t["ampm"] else int(t["h"])
    if t["ampm"] and t["ampm"].lower().startswith("p"):
        hour += 12
    return Stamp(day, wall=_wall(day, hour, int(t["m"])))


def date_from_url(url: str) -> dt.date | None:
    """A date in a URL path: ``/2019/11/19/``, ``2019-11-19``, ``20191119``."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    m = _URL_DATE.search(path)
    if m is not None:
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _URL_COMPACT.search(path)
    if m is not None:
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


def plausible(day: dt.date | None, today: dt.date) -> bool:
    """Reject placeholders (0001-01-01, 1970-01-01) and dates in the future."""
    return day is not None and EARLIEST <= day <= today + dt.timedelta(days=1)
