"""Boilerplate stripping for plain-text documents (a web page copied as text, a press release).

Lines are scored: sentence-like lines count for the article, short lines (menu items,
headline lists, bullets, "Related", newsletter pitches) against it. The article is the
best-scoring run of lines (maximum-sum segment), extended back over its headline. Lines are
kept verbatim — record offsets point into this text — and a document whose outside part is
small (a clean press release with a few header lines) is kept whole.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extract.article._dates import find_written_date

_SENTENCE_END = re.compile(r"[.!?:;\"”’'»)\]…]\s*$")
_WEEKDAY_LINE = re.compile(r"\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?][\"”’')]*\s*$")
_BULLET = re.compile(r"^\s*[•·▪◦●■*–—-]\s+")
_BOILER = re.compile(
    r"\b(?:sign up|subscribe|newsletter|all rights reserved|cookies? (?:policy|settings)|"
    r"privacy policy|terms of (?:use|service)|skip to (?:main )?content|share (?:this|on)|"
    r"follow us|advertisement|related (?:articles|stories|posts)|read more|click here)\b|©",
    re.IGNORECASE,
)
# A pitch closing a copied page: "Sign up for X's free weekly newsletter. Support X: ..."
_PITCH = re.compile(
    r"^(?:sign up|subscribe|follow us|support us|get (?:the|our) \w+ newsletter|"
    r"join our|download our)\b|all rights reserved|©",
    re.IGNORECASE,
)
_SECTION_WORDS = re.compile(
    r"^(?:related|popular|most (?:read|popular|viewed)|trending|recommended|more (?:from|in)\b.*|"
    r"you may also like|read (?:next|more|also)|latest(?: news)?|top stories|advertisement|menu|"
    r"main menu|search|share|tags?)\s*:?$",
    re.IGNORECASE,
)
# A dateline's place on a line of its own: "Nairobi,", "ALMATY, Kazakhstan —"
_DATELINE_PART = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},"  # "Nairobi,": ends in its comma
    r"|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2},(?: [A-Z][\w.'’-]*){0,2}(?: [—–-])?)$")
MIN_DROPPED_LINES = 6
HARD = -8.0
PARAGRAPH_SCORE = 20.0
MAX_JUNK_WORDS = 12
MAX_TITLE_LINES = 3


@dataclass(frozen=True, slots=True)
class TextBody:
    text: str
    method: str
    title: str | None = None
    published: dt.date | None = None


def _is_junk(line: str) -> bool:
    """A section label or a short call to action: never a sentence of the story (a press
    release line about a "cookie-cutter scheme" or a "privacy policy" is kept)."""
    stripped = line.strip()
    if not stripped:
        return False
    if _SECTION_WORDS.match(stripped):
        return True
    return len(stripped.split()) <= MAX_JUNK_WORDS and _BOILER.search(stripped) is not None


def _score(line: str) -> float:
    stripped = line.strip()
    if not stripped:
        return 0.0
    words = len(stripped.split())
    if _SECTION_WORDS.match(stripped):
        return -8.0
    if _BOILER.search(stripped) and words <= MAX_JUNK_WORDS:
        return -8.0
    if _BULLET.match(line) and words <= 6:
        return -8.0
    if words >= 6 and _SENTENCE_END.search(stripped):
        return float(words)
    if words >= 12:
        return words / 2
    return -5.0


def _scores(lines: list[str]) -> list[float]:
    """Line scores; a sentence broken over short lines (link texts pasted one per line:
    "thanked / Bonnie Greenstein / and / Jane Sack / for handling the case") is not a menu."""
    scores = [_score(line) for line in lines]
    for i, line in enumerate(lines):
        if scores[i] != -5.0:
            continue
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if stripped[:1].islower():
            scores[i] = 2.0
        elif nxt[:1].islower():
            scores[i] = 1.0
    _introduced_lists(lines, scores)
    return scores


def _introduced_lists(lines: list[str], scores: list[float]) -> None:
    """Short bulleted lines right under a line of the story that ends in a colon ("Those
    sentenced are:", blank lines between the items or not) are a list of the story, not a
    menu: neutral, so that the article's run of lines goes over them."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.endswith(":") or len(stripped.split()) < 2 or \
                _SECTION_WORDS.match(stripped) or _BOILER.search(stripped):
            continue
        j, items = i + 1, []
        while j < len(lines) and (not lines[j].strip() or (
                _BULLET.match(lines[j]) and len(lines[j].split()) <= 7)):
            if lines[j].strip():
                items.append(j)
            j += 1
        if len(items) >= 2:
            scores[i] = max(scores[i], 0.0)
            for k in items:
                scores[k] = 0.0


def _best_segment(scores: list[float]) -> tuple[int, int]:
    """Indices [start, end] of the maximum-sum run of ``scores`` (Kadane)."""
    best, best_span = float("-inf"), (0, len(scores) - 1)
    run, run_start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def strip_text(text: str) -> TextBody:
    """The article part of a plain-text document; lines are returned unchanged."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    scores = _scores(lines)
    if not any(s > 0 for s in scores):
        body = _join(lines)
        return TextBody(text=body, method="text", published=_date_near(lines, 0, len(lines)))
    start, end = _best_segment(scores)
    start, end = _extend_over_tables(scores, start, end)
    end = _trim_calls_to_action(lines, start, end)
    start = _extend_back(lines, start)
    dropped = sum(1 for i, line in enumerate(lines) if line.strip() and not start <= i <= end)
    if dropped < MIN_DROPPED_LINES:
        start, end = 0, len(lines) - 1
        method = "text"
    else:
        method = "text-stripped"
    # Inside the article only calls to action and section labels go; bullets and numbered
    # lines stay (a list of defendants is article text).
    kept = [line for i, line in enumerate(lines[start : end + 1], start)
            if i == start or not _is_junk(line)]
    title = _title(lines, start, end) if method == "text-stripped" else None
    return TextBody(
        text=_join(kept), method=method, title=title, published=_date_near(lines, start, end)
    )


def _extend_over_tables(scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Reach past runs of short lines (a table pasted as one cell per line) to more real
    paragraphs, as long as no hard boilerplate line (bullet, "Related", "Sign up") lies
    between: the max-sum segment alone would stop at the table."""
    i = end + 1
    while i < len(scores) and scores[i] > HARD:
        if scores[i] >= PARAGRAPH_SCORE:
            end = i
        i += 1
    i = start - 1
    while i >= 0 and scores[i] > HARD:
        if scores[i] >= PARAGRAPH_SCORE:
            start = i
        i -= 1
    return start, end


def _trim_calls_to_action(lines: list[str], start: int, end: int) -> int:
    """Drop a newsletter pitch or "all rights reserved" line closing the article."""
    while end > start:
        line = lines[end].strip()
        if line and not (_PITCH.search(line) and len(line.split()) < 40):
            break
        end -= 1
    return end


def _extend_back(lines: list[str], start: int) -> int:
    """Take in the headline/standfirst lines just above the first paragraph."""
    taken = 0
    i = start - 1
    while i >= 0 and taken < MAX_TITLE_LINES:
        line = lines[i].strip()
        if not line:
            i -= 1
            continue
        if _DATELINE_PART.match(line) or (len(line.split()) <= 5 and find_written_date(line)
                                          is not None and _score(lines[i]) > HARD):
            start = i  # "Nairobi," / "01 July 2018" above the story: its dateline, in pieces
            i -= 1
            continue
        if len(line.split()) < 4 or _score(lines[i]) <= HARD:
            break
        start = i
        taken += 1
        i -= 1
    return start


def _title(lines: list[str], start: int, end: int) -> str | None:
    """The headline: the first line of the article when it reads like one (a dateline
    such as "Wednesday, August 31, 2022" is passed over)."""
    for line in lines[start : min(end + 1, start + 6)]:
        stripped = line.strip()
        if not stripped:
            continue
        words = len(stripped.split())
        if words <= 5 and find_written_date(stripped) is not None:
            continue
        if 3 <= words <= 20 and not _SENTENCE_END.search(stripped):
            return stripped
        return None
    return None


def _date_near(lines: list[str], start: int, end: int) -> dt.date | None:
    """A byline date ("Daniyar Moldabekov Jul 18, 2022") near the top of the article; a bare
    weekday-led line ("Thursday, November 26th, 2020") only failing any other: it is often
    the page's own today, printed above the story's byline."""
    window = [ln for ln in lines[max(0, start - 10) : min(end + 1, start + 15)] if ln.strip()]
    days = [(bool(_WEEKDAY_LINE.match(line)), day) for line in window
            if len(line) <= 120 and not _is_prose(line)
            and (day := find_written_date(line)) is not None]
    return next((day for weekday, day in days if not weekday), None) or next(
        (day for _, day in days), None)


def _is_prose(line: str) -> bool:
    """A line of the story's own prose, not a byline or stamp: a sentence of more than eight
    words ending in a full stop ("He had denied attacking her on May 2, 2019."), or the
    wrapped middle of one ("on July 1, 2019, breaking windows ..."). Its date tells an
    event of the story (an offence, an arrest), not the day the page was published."""
    stripped = line.strip()
    return len(stripped.split()) > 8 and (
        stripped[:1].islower() or bool(_FULL_STOP.search(stripped)))


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
