"""The page's own day: a date stamp or dateline at the top of an article ("Posted: 12 March
2020 | 10:15", "New York, July 24, 2017 –"), which is no verdict's day, and the reference
day partial dates resolve against when the article has no publication date."""

from __future__ import annotations

import datetime as dt
import re

from extract.dates import find_dates

# a weekday's name
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a day told relative to the page's: a weekday, "today", "yesterday"
RELATIVE_DAY_RE = re.compile(r"(?i)(?:last\s+|this\s+past\s+)?(?:" + WEEKDAY +
                             r"|today|yesterday)")
# a page's date stamp: alone on its line (a time after it at most), after a label, or an ISO
# date opening a line ("date 2021-05-14 A court ...", "Posted: 12 March 2020 | 10:15")
_STAMP_LABEL_RE = re.compile(
    r"(?:(?:date|dated|posted|published|publish\s*date|updated|last\s+updated|modified)"
    r"\s*(?:on)?\s*:?\s*"
    r"|" + WEEKDAY + r",?\s*)?$", re.IGNORECASE)
# ... the line ends there, or goes on past a bar to more of the page's furniture
# ("August 3, 2012 04:15 pm | Updated November 16, 2021 ...")
_STAMP_AFTER_RE = re.compile(
    r"[\s,|•·-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?"
    r"\s*)?(?:\n|$|\|)", re.IGNORECASE)
# a dateline's day: "May 11, 2023 — A court ...", "December 12, 2012 (ADDIS ABABA) - ...",
# "New York, July 24, 2017–An ...", "KHUJAND, March 9, 2011, Asia-Plus -- ..." (the wire's
# name after a comma): the report's filing day, not the verdict's
_DATELINE_AFTER_RE = re.compile(r"\s*(?:,\s*[A-Z][\w.'/-]*(?:\s+[A-Z][\w.'/-]*){0,2}\s*)?"
                                r"(?:\([A-Za-z .,/'-]{2,40}\)\s*)?[–—-]{1,2}(?!\d)")
_DATELINE_PREFIX_RE = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},")
# ... and a wire's dateline that lost its dash: "BAKU, March 17 Azerbaijan sentenced ...",
# "RIGA Apr 3 A court ..." (a town in capitals, the day, the story's first word)
_BARE_DATELINE_PREFIX_RE = re.compile(
    r"(?:(?:date|posted|published|updated)?:?\s*(?:19|20)\d\d-\d\d-\d\d\s+)?"
    r"[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3},?")
_STORY_OPENS_RE = re.compile(r"[ \t]+[A-Z]")


def reference_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day partial dates resolve against: ``published``, else the full date of the
    article's own stamp or dateline at its top ("New York, July 24, 2017–An ... court ...
    today"): the day the report was filed."""
    if published is not None:
        return published
    head = text[:400]
    # ... not a bare "Thursday, November 26th, 2020": a page's own today, often (a labelled
    # one is the page's publication: "PublishDate: Wednesday, August 2, 2017 10:41")
    days = {d for s, e, d in find_dates(head, None)
            if re.search(r"(?:19|20)\d\d", head[s:e]) and is_stamp(text, s, e)
            and (not RELATIVE_DAY_RE.match(head[s:e]) or _labelled(text, s))}
    # several (a page's own "today" beside the article's byline date): none is sure
    return days.pop() if len(days) == 1 else None


def _labelled(text: str, start: int) -> bool:
    """The date at ``start`` follows a label of the page's date on its line ("Posted:")."""
    prefix = text[text.rfind("\n", 0, start) + 1:start].strip(" \t•·|*–—-")
    return bool(prefix) and bool(_STAMP_LABEL_RE.fullmatch(prefix)) and not re.match(
        "(?i)" + WEEKDAY, prefix)


def is_stamp(text: str, start: int, end: int) -> bool:
    """The date at ``start:end`` of ``text`` is the page's own date stamp: it opens its line
    (after a label such as "Posted:" at most) and the line ends there (a time aside), or it
    is labelled, or it is an ISO date ("2021-05-14 ...")."""
    line = text.rfind("\n", 0, start) + 1
    prefix = text[line:start].strip(" \t•·|*–—-")
    if (not prefix or _DATELINE_PREFIX_RE.fullmatch(prefix)) and \
            _DATELINE_AFTER_RE.match(text, end):
        return True
    if _BARE_DATELINE_PREFIX_RE.fullmatch(prefix) and _STORY_OPENS_RE.match(text, end):
        return True
    if not _STAMP_LABEL_RE.fullmatch(prefix):
        return False
    if prefix and not re.match("(?i)" + WEEKDAY, prefix):
        return True  # "date 2021-05-14", "Posted: Feb 12, 2013"
    return bool(_STAMP_AFTER_RE.match(text, end)) or bool(
        re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", text[start:end]))
