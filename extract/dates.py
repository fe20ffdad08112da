"""Day-precise dates in news text, resolved against the article's publication date.

Rules (gold/GUIDELINES.md, "Dates"): "On July 15" in an article of 2022-07-18 is 2022-07-15;
"on Friday" is the last Friday on or before ``published`` (it may be that day); "today" is
``published``; "last week", a month alone or a year alone give None. Regexes handle the usual
forms in microseconds; dateparser (~1.5 ms a call, cached) is only the fallback.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from extract._numbers import fold, parse_number

__all__ = ["find_dates", "resolve_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the words of a date that are capitalised like names ("Kanat" is a name, "March" a month)
CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december",
                            *_WEEKDAYS})
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)(?P<isep>[-/.])(?P<month>[01]?\d)"
                       r"(?P=isep)(?P<day>[0-3]?\d)(?![\w/-]|\.\d)")),
    ("numeric", re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
                           r"(?P<year>(?:19|20)?\d\d)(?![\w/]|\.\d)")),
    ("month-day", re.compile(
        rf"(?:\b(?P<wd>{'|'.join(_WEEKDAYS)}),?\s+)?(?:\b(?P<year0>(?:19|20)\d\d),?\s+)?"
        rf"\b{_MONTH}\.?\s+{_DAY}(?![\w:])"
        rf"(?:(?:,\s*|\s+)(?:of\s+|in\s+)?{_YEAR}(?![\w,.]\d))?")),
    ("day-month", re.compile(
        rf"(?:\b(?P<wd>{'|'.join(_WEEKDAYS)}),?\s+)?(?<![\w.,$])(?:the\s+)?{_DAY}\s+(?:of\s+)?"
        rf"{_MONTH}\b\.?(?:,?\s+{_YEAR}(?!\d))?")),
    ("relative", re.compile(
        r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night"
        r"|this\s+(?:morning|afternoon|evening)"
        r"|(?<![\w-])(?P<ago>[a-z0-9]{1,12}(?:-[a-z]{1,8})?)\s+days?\s+ago)\b")),
    ("weekday", re.compile(
        rf"\b(?:(?P<last>last|this\s+past)\s+)?(?P<wd>{'|'.join(_WEEKDAYS)})\b"
        # (not one a month-day follows: "Friday, March 3"; "Monday, marking ..." is no month)
        r"(?!\s*,?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ember|ober)?\b|[0-3]?\d\b))")),
)
_MONTH_WORD_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_RELATIVE_WORD_RE = re.compile(
    r"\b(?:ago|later|earlier|before|after|since|until|next|last|this|in\s+\d+|hours?|days?"
    r"|weeks?|months?|years?)\b"
)
_VAGUE_RE = re.compile(
    r"\b(?:last|next|this|past|coming|previous)\s+(?:week|month|year|weekend|decade)s?\b"
    r"|\b(?:weeks?|months?|years?|decades?)\s+(?:ago|earlier|later)\b|\bearlier\s+this\b"
)


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The day a date expression names ("July 15", "on Friday", "8/31/2022"), or None."""
    folded = re.sub(r"\s+", " ", fold((text or "")[:200])[0]).strip(" ,.;:()")
    if not folded:
        return None
    return _resolve_cached(folded, _day(published))


@lru_cache(maxsize=8192)
def _resolve_cached(folded: str, published: dt.date | None) -> dt.date | None:
    found = _scan(folded, published)
    if found:
        return found[0][2]
    if (_VAGUE_RE.search(folded) or not re.search(r"\d", folded)
            or not _MONTH_WORD_RE.search(folded) or _RELATIVE_WORD_RE.search(folded)):
        # only a month name with a day the regexes missed ("November the 4th, 2019",
        # "4-Nov-2019") goes to dateparser; "10 years", "24/7", "3 days later" are no day
        return None
    day = _dateparser_fallback(folded, published)
    if day is not None and published is not None and day > published and not re.search(
        r"(?:19|20)\d\d", folded
    ):
        return None  # a partial date is never after publication
    return day


def find_dates(text: str, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Day-precise date expressions in ``text``: (start, end, date), by position."""
    if not text:
        return []
    folded, offsets = fold(text)
    return [(offsets[s], offsets[e - 1] + 1, d) for s, e, d in _scan(folded, _day(published))]


def _day(published: dt.date | None) -> dt.date | None:
    # a datetime is a date too, but does not compare with one
    return published.date() if isinstance(published, dt.datetime) else published


def _scan(folded: str, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    hits: list[tuple[int, int, dt.date]] = []
    taken = bytearray(len(folded))  # characters claimed by an earlier (stronger) pattern
    for kind, rx in _PATTERNS:
        for m in rx.finditer(folded):
            if 1 in taken[m.start():m.end()]:
                continue
            day = _to_date(kind, m, published)
            # a matched but impossible or unresolvable date still claims its text
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            if day is not None:
                hits.append((m.start(), m.end(), day))
    hits.sort()
    return hits


def _to_date(kind: str, m: re.Match[str], published: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    if kind == "iso":
        return _make(int(g["year"]), int(g["month"]), int(g["day"]))
    if kind == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
        if year < 100:
            # the century that puts the date nearest before publication ("5/19/65" is 1965)
            latest = published.year + 1 if published else 2069
            year += 2000 if 2000 + year <= latest else 1900
        # US order (month/day) unless the first number cannot be a month; dots are European
        if g["sep"] == "." or a > 12:
            a, b = b, a
        return _make(year, a, b)
    if kind in ("month-day", "day-month"):
        month = _MONTHS[g["month"][:3]]
        day = int(g["day"])
        if g.get("year") or g.get("year0"):
            return _make(int(g.get("year") or g["year0"]), month, day)
        if published is None:
            return None
        candidate = _make(published.year, month, day)
        if candidate is not None and candidate > published:
            candidate = _make(published.year - 1, month, day)
        return candidate
    if published is None:
        return None
    if kind == "relative":
        rel = g["rel"]
        if g.get("ago"):
            n = parse_number(g["ago"])
            if n is None or n < 0 or n != int(n) or n > 60:
                return None
            return published - dt.timedelta(days=int(n))
        if rel in ("yesterday", "last night"):
            return published - dt.timedelta(days=1)
        if rel.startswith("the day before"):
            return published - dt.timedelta(days=2)
        return published
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS.index(g["wd"])) % 7
        if g.get("last") and back == 0:
            back = 7  # "last Friday" written on a Friday is a week ago
        return published - dt.timedelta(days=back)
    return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dateparser_fallback(folded: str, published: dt.date | None) -> dt.date | None:
    import dateparser  # slow to import (~0.3 s): only when the regexes had no answer

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "STRICT_PARSING": published is None,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        parsed = dateparser.parse(folded, languages=["en"], settings=settings)
    except (ValueError, TypeError, OverflowError, re.error):
        return None
    return parsed.date() if parsed is not None else None
