"""Rendering the chosen containers as text: which blocks and lines are page furniture.

Blocks inside the kept containers are checked again (link density, link-only lists, gallery
captions), lines that are page furniture (bylines, datelines, credits, share labels) go, and
calls to action at the end of the body are dropped.
"""

from __future__ import annotations

import re

from extract.article._blocks import Block, Layout
from extract.article._tree import below

LINK_LIST_DENSITY = 0.3
# Cells up to this long, one line each, are a data table's: a row is rendered as one line.
CELL_CHARS = 100
# Whole lines that are page furniture. Open-ended alternatives are bounded, so a sentence of
# the story that happens to start with "Copyright", "Loading" or "Recommended" stays.
_BOILER_LINE = re.compile(
    r"^(?:advertisement|advertising|sponsored|ad|ads|story continues below|"
    r"continue reading|read more|read next|read also|see also|related(?: \w+)?|"
    r"share(?: this)?(?: \w+)?|click here\b.{0,80}|sign up\b.{0,120}|subscribe\b.{0,120}|"
    r"follow us\b.{0,80}|(?:photo|image|video|graphic|credit)s?\s*:.{0,100}|getty images|"
    r"ap photo.{0,60}|reuters|copyright\s*(?:©|\(c\)|\d{4}).{0,100}|"
    r"copyright\b[^.]{0,60}\b(?:19|20)\d\d\b[^.]{0,40}|©.{0,120}|"
    r"all rights reserved.{0,60}|loading|(?:\d+ )?comments?|print|email|facebook|twitter|"
    r"whatsapp|linkedin|pinterest|skip to (?:main )?content|back to top|top stories|"
    r"more from .{1,40}|recommended(?: for you)?|you may also like|we recommend|"
    r"most (?:read|popular|viewed|shared)(?: \w+)?|trending(?: now)?|newsletters?(?: \w+)?|"
    r"already a subscriber.{0,80}|log ?in|register|advert|"
    r"sponsored (?:links?|content|stories)|don'?t miss|you may also be interested in|"
    r"tell us what you think|more (?:from|in|on) .{1,40}|updated|published|posted|"
    r"(?:more|other|related|recommended) (?:\w+ ){0,2}(?:stories|articles|news|reads|videos)|"
    r"popular(?: on .{1,30})?|caption|text size|just watched|video\W*[\d:]*|watch(?: now)?|"
    r"play video|menu|search|close)"
    r"[\s.:!…]*$",
    re.IGNORECASE,
)
# The first two letters of every _BOILER_LINE alternative (its other openings are a digit or
# "©"). A line opening with two ASCII characters that are none of these is not matched: the
# regex tries each of its seventy alternatives at the start of every line.
_BOILER_STARTS = frozenset(
    {
        "ad", "al", "ap", "ba", "ca", "cl", "co", "cr", "do", "em", "fa", "fo", "ge", "gr",
        "im", "ju", "li", "lo", "me", "mo", "ne", "ot", "ph", "pi", "pl", "po", "pr", "pu",
        "re", "se", "sh", "si", "sk", "sp", "st", "su", "te", "to", "tr", "tw", "up", "vi",
        "wa", "we", "wh", "yo",
    }
)
# Only for short lines that are not sentences: bylines with a date or time, "Updated ...".
_BYLINE = re.compile(r"^by\s+[^.!?]{2,60}?\d{1,4}[/:.]\d{1,2}.*$", re.IGNORECASE)
# "Updated at 1:23 p.m.", "Published 5 hours ago": short whatever their punctuation.
_UPDATED = re.compile(r"^(?:last )?(?:updated|published|posted)\b.{0,50}\d.*$", re.IGNORECASE)
# Only for short lines: a caption ending in its credit, "... (Image: GETTY)", or with the
# credit glued on, "... in New York.Reuters", "... isn't easy.Kathrin Ziegler/Getty".
_CAPTION = re.compile(
    r"[(\[](?i:image|photo|picture|pic|credit|video|source)(?i:s)?(?i: credit)?\s*:"
    r"[^)\]]{0,60}[)\]]\s*$|"
    r"[.!?][\"”’]?(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|Bloomberg|Shutterstock|AP Photo)\s*$|"
    r"[.!?][\"”’]?(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+/[A-Z][\w ]{1,30}$",
)
# Every _CAPTION alternative ends the line: in ")" or "]", in a credit word (whitespace after
# either), or in "/Name" within the last 32 characters. A line without one of these ends is
# not searched (the search tries every position of the line).
_CAPTION_ENDS = (")", "]", "Reuters", "AP", "AFP", "EPA", "Getty", "Images", "Bloomberg",
                 "Shutterstock", "Photo")
SHORT_LINE = 160
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_CALENDAR_WORDS = frozenset(
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm",
    }
)
_DATE_WORDS = _CALENDAR_WORDS | {
    "a", "m", "p", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
    "cet", "cest", "ist", "et", "pt", "at", "on", "updated", "published", "posted", "last",
    "amt", "msk", "jst", "kst", "hkt", "sgt", "aest", "aedt", "sast", "wat", "eat", "cat",
    "st", "nd", "rd", "th",
}


# Calls to action that end many articles: dropped from the end of the body only. Words a
# court story may end on ("copyright", "privacy policy") are not among them; the weaker
# signals count only in short lines.
_PROMO = re.compile(
    r"\b(?:newsletters?|may be reached at|have a (?:news )?tip|"
    r"^follow (?:[\w@.'’]+ ){1,6}on|follow (?:us|him|her|them) on|listen (?:live|back)|"
    r"download (?:our|the) app|all rights reserved|click here|if you enjoyed this)\b|©|"
    r"^(?:follow|visit|see|read|watch|listen to)\b.{0,100}https?://|"
    r"^\(?(?:reporting|writing|editing|additional reporting)\b.{0,40}\bby\b|"
    r"\bcontributed(?: to)?(?: this)? report(?:ing)?\b",
    re.IGNORECASE,
)
_WEAK_PROMO = re.compile(r"\b(?:subscribe|sign up|contact us|send us)\b", re.IGNORECASE)
# A word every _PROMO alternative holds ("http" for the address, "reporting" for "additional
# reporting"): a line without one is not searched (the search, without case, tries every
# alternative at every position: 17 us a line).
_PROMO_WORDS = ("newsletter", "reached", "tip", "follow", "listen", "download", "rights",
                "click", "enjoyed", "©", "http", "reporting", "writing", "editing",
                "contributed")
# The characters outside ASCII that match ASCII letters without case: "ſ" (s), "ı" and "İ"
# (i), the Kelvin sign (k). A line with one of them is left to the regex.
_FOLDS_TO_ASCII = ("ſ", "ı", "İ", "\u212a")


def _link_lists(layout: Layout, blocks: list[Block]) -> set[int]:
    """Lists of short items that all carry a link ("More stories: X, Y, Z"), by list element."""
    items: dict[int, list[Block]] = {}
    for block in blocks:
        if block.tag == "li":
            items.setdefault(layout.parents[block.owner], []).append(block)
    found = set()
    for parent, lis in items.items():
        if len(lis) < 2 or not all(b.n_link for b in lis):
            continue
        chars = sum(b.n_chars for b in lis)
        # Headline-sized items only: a list of news briefs, each with its source link, stays.
        if chars / len(lis) <= 110 and sum(b.n_link for b in lis) / chars >= LINK_LIST_DENSITY:
            found.add(parent)
    return found


def render(layout: Layout, kept: set[int]) -> list[str]:
    """The paragraphs of the blocks under ``kept``, furniture removed."""
    out: list[str] = []
    parents, tags = layout.parents, layout.tags
    flags = below(kept, parents)
    inside = [b for b in layout.blocks if flags[b.owner]]
    link_lists = _link_lists(layout, inside)
    row: list[str] = []
    row_id = -1
    for block in inside:
        if not _keep_block(block):
            continue
        parent = parents[block.owner]
        if block.tag == "li" and parent in link_lists:
            continue
        if block.tag in ("td", "th") and tags[parent] == "tr" and _is_cell_line(block):
            if parent != row_id:
                _end_row(row, out)
                row_id = parent
            row.append(block.text)
            continue
        if row:
            _end_row(row, out)
        row_id = -1
        if block.tag == "pre":  # code is one paragraph, its lines as they are
            out.append(block.text)
            continue
        for line in block.text.split("\n"):
            if line.endswith("¶"):  # a heading's permalink anchor
                line = line[:-1].rstrip()
            if line and not _is_boiler_line(line):
                out.append(line)
    _end_row(row, out)
    while out and _is_promo(out[-1]):
        out.pop()
    return out


def _is_cell_line(block: Block) -> bool:
    return block.n_chars <= CELL_CHARS and "\n" not in block.text


def _end_row(row: list[str], out: list[str]) -> None:
    """A table row of short cells becomes one line, its cells separated by `` | ``."""
    if len(row) > 1:
        out.append(" | ".join(row))
    else:
        out.extend(line for line in row if not _is_boiler_line(line))
    row.clear()


def _is_promo(line: str) -> bool:
    if len(line) <= 300 and _may_be_promo(line) and _PROMO.search(line):
        return True
    return len(line) <= 120 and _WEAK_PROMO.search(line) is not None


def _is_boiler_line(line: str) -> bool:
    if _may_be_boiler(line) and _BOILER_LINE.match(line):
        return True
    if len(line) > SHORT_LINE:
        return False
    if _may_be_caption(line) and _CAPTION.search(line):
        return True
    if _is_date_only(line):
        return True
    if len(line) <= 100 and "©" in line:  # a photo credit: "installation views, photos © X"
        return True
    if len(line) <= 70 and _UPDATED.match(line):
        return True
    # _BYLINE begins "by": only such lines are matched ("B" and "Y" are the only letters
    # that fold to them, so the lower-cased two characters decide).
    return (line[:2].lower() == "by" and _BYLINE.match(line) is not None
            and _SENTENCE_END.search(line) is None)


def _may_be_promo(line: str) -> bool:
    """Whether ``line`` holds one of _PROMO_WORDS, read without case as the regex reads."""
    if any(char in line for char in _FOLDS_TO_ASCII):
        return True
    lowered = line.lower()
    return any(word in lowered for word in _PROMO_WORDS)


def _may_be_boiler(line: str) -> bool:
    """Whether ``line`` opens as a _BOILER_LINE match may (see _BOILER_STARTS). Letters
    outside ASCII are left to the regex: without case, "ſ" matches "s" and "ı" matches "i"."""
    head = line[:2]
    return not head.isascii() or head[:1].isdigit() or head.lower() in _BOILER_STARTS


def _may_be_caption(line: str) -> bool:
    """Whether ``line`` ends as a _CAPTION match must (see _CAPTION_ENDS)."""
    return line.rstrip().endswith(_CAPTION_ENDS) or "/" in line[-33:]


def _is_date_only(line: str) -> bool:
    """A dateline such as "10:01 pm PST, Tuesday, November 19, 2019": no words but dates."""
    if len(line) > 80 or not _has_digit(line):
        return False
    words = [w.lower() for w in _WORD.findall(line)]
    return bool(words) and all(w in _DATE_WORDS for w in words) and any(
        w in _CALENDAR_WORDS for w in words
    )


def _has_digit(line: str) -> bool:
    """``any(map(str.isdigit, line))``: an ASCII line is searched in C for 0-9 (its only
    digits), ten times faster than a method call per character."""
    if line.isascii():
        return _ASCII_DIGIT.search(line) is not None
    return any(map(str.isdigit, line))


def _keep_block(block: Block) -> bool:
    if block.tag == "h1":
        return False
    ld = block.link_density
    if ld > 0.5:
        # A sentence whose words are mostly links is still a sentence of the story.
        return (
            ld <= 0.85 and block.tag == "p" and len(block.text.split()) >= 8
            and _SENTENCE_END.search(block.text) is not None
        )
    return not (block.n_chars < 40 and ld > 0.3)

