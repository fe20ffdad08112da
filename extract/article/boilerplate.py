"""Boilerplate stripper: from a page's HTML to its article body text.

The page is parsed once (selectolax/Lexbor) and linearised into text blocks
(:mod:`extract.article._blocks`). Paragraph-like blocks vote for the elements above them
(readability-style: text length, commas, link density, class/id hints, tag); the best
container, its article-like siblings and its same-class copies (a story split by figures)
are kept; inside them each block is checked again (link density, link-only lists, boilerplate
lines, calls to action at the end). Structured data (``<article>``,
``itemprop=articleBody``, JSON-LD ``articleBody``) is a hint that is checked against the
page, never trusted blindly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from extract.article._blocks import NEVER_HINT_DROP, Block, Layout, linearise
from extract.article._jsonld import json_ld_bodies
from schemas.errors import EmptyBody

MAX_HTML_CHARS = 6_000_000
MIN_BODY_CHARS = 80
MAX_UNCLOSED = 12_000
_BULK = re.compile(
    r"<(script|style|svg|template)\b[^>]*>.*?</\1\s*>|data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+",
    re.IGNORECASE | re.DOTALL,
)
# Block elements the parser checks the open-element stack for (see _unclosed_blocks).
_NESTING_TAGS = ("div", "section", "article", "ul", "ol", "dl", "blockquote", "nav", "aside",
                 "header", "footer", "main", "fieldset", "figure", "center", "details", "form",
                 "address", "hgroup", "menu", "dir", "h1", "h2", "h3")
DROP_SHARE = 0.4
COUSIN_SHARE = 0.1
LINK_LIST_DENSITY = 0.3
DROP_WEIGHT = -1
STRONG_WEIGHT = -50
STRONG_DROP_SHARE = 0.9

_TAG_SCORE = {
    "div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
    "form": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "address": -3,
    "th": -5, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5,
}
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "div", "blockquote", "section", "article", "dd"})

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
SHORT_LINE = 160
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
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


@dataclass(frozen=True, slots=True)
class Body:
    """The article text (paragraphs separated by a blank line) and how it was found."""

    text: str
    method: str
    paragraphs: int = 0


def parse(html: str) -> LexborHTMLParser:
    """Parse ``html`` (capped at MAX_HTML_CHARS); raise :class:`EmptyBody` when impossible."""
    if not html or not html.strip():
        raise EmptyBody("the document is empty")
    if len(html) > MAX_HTML_CHARS:
        # Scripts, styles and inline data make most of a huge page: drop them before cutting.
        html = _BULK.sub("", html)[:MAX_HTML_CHARS]
    depth = _unclosed_blocks(html)
    if depth > MAX_UNCLOSED:
        raise EmptyBody(f"the markup is nested about {depth} levels deep (limit {MAX_UNCLOSED})")
    try:
        return LexborHTMLParser(html)
    except Exception as exc:  # the parser rejects some byte soups outright
        raise EmptyBody(f"the HTML could not be parsed: {exc}") from exc


def _unclosed_blocks(html: str) -> int:
    """How many block elements are left open, roughly: their nesting depth.

    The HTML parser spends time quadratic in the depth of nested block elements (20,000
    unclosed ``<div>`` take seconds), so such pages are refused before parsing. Only pages
    with many tags are counted: fewer tags cannot nest deeply.
    """
    if html.count("<") <= MAX_UNCLOSED:
        return 0
    low = html.lower()
    return sum(max(0, low.count(f"<{tag}") - low.count(f"</{tag}")) for tag in _NESTING_TAGS)


def strip(html: str) -> Body:
    """Return the article body of ``html``; raise :class:`EmptyBody` when there is none."""
    return strip_tree(parse(html))


def strip_tree(tree: LexborHTMLParser) -> Body:
    """:func:`strip` on a parsed page (the tree is not modified)."""
    try:
        return _strip_tree(tree)
    except EmptyBody:
        raise
    except Exception as exc:  # bad input must end as an empty body with a reason
        raise EmptyBody(f"the stripper failed on this page: {type(exc).__name__}: {exc}") from exc


def _strip_tree(tree: LexborHTMLParser) -> Body:
    root = tree.body
    if root is None:
        if tree.css_first("frameset") is not None:
            raise EmptyBody("the page is a frameset: it has no body of its own")
        raise EmptyBody("the page has no <body>")
    if tree.css_first("frameset") is not None and not root.text(strip=True):
        raise EmptyBody("the page is a frameset: it has no body of its own")
    layout = linearise(root)
    if not layout.blocks:
        raise EmptyBody("the page has no visible text")
    _drop_hinted(layout)
    if not layout.blocks:
        raise EmptyBody("the page has only navigation-like text")
    paragraphs, method = _select(layout)
    ld_bodies = json_ld_bodies(tree)
    if ld_bodies:
        paragraphs, method = _check_json_ld(paragraphs, method, ld_bodies, layout)
    text = "\n\n".join(paragraphs)
    if len(text) < MIN_BODY_CHARS:
        raise EmptyBody(f"no article text found ({len(text)} characters of candidate text)")
    return Body(text=text, method=method, paragraphs=len(paragraphs))


def _drop_hinted(layout: Layout) -> None:
    """Drop the blocks under elements whose class/id says boilerplate (menus, share bars,
    related lists), unless the element holds much of the page's paragraph text: a wrapper
    named ``ad-wrapper`` around the whole page must not take the article with it."""
    parents, weights, tags = layout.parents, layout.weights, layout.tags
    para: dict[int, int] = {}
    total = 0
    for block in layout.blocks:
        if not _is_paragraph(block) or block.link_density > 0.5:
            continue
        total += block.n_chars
        elem = block.owner
        while elem >= 0:
            para[elem] = para.get(elem, 0) + block.n_chars
            elem = parents[elem]
    limit = DROP_SHARE * total
    strong_limit = STRONG_DROP_SHARE * total
    # Boxes around an embedded post (a tweet the story quotes) stay whatever their names say.
    protected = {a for embed in layout.embeds for a in layout.ancestors(embed)}
    dropped = {
        elem
        for elem, weight in enumerate(weights)
        if weight <= DROP_WEIGHT and tags[elem] not in NEVER_HINT_DROP
        and para.get(elem, 0) <= (strong_limit if weight <= STRONG_WEIGHT else limit)
        and elem not in protected
    }
    if not dropped:
        return
    cache: dict[int, bool] = {}
    kept = []
    for block in layout.blocks:
        if not _under(block.owner, dropped, parents, cache):
            kept.append(block)
    layout.blocks = kept


def _under(elem: int, targets: set[int], parents: list[int], cache: dict[int, bool]) -> bool:
    """Whether ``elem`` is one of ``targets`` or lies below one (memoised per element)."""
    path = []
    result = False
    while elem >= 0:
        known = cache.get(elem)
        if known is not None:
            result = known
            break
        if elem in targets:
            result = True
            break
        path.append(elem)
        elem = parents[elem]
    for e in path:
        cache[e] = result
    return result


def _is_paragraph(block: Block) -> bool:
    return block.n_chars >= 25 and block.tag in _PARAGRAPH_TAGS


def _score_candidates(layout: Layout) -> dict[int, float]:
    scores: dict[int, float] = {}
    parents, tags, weights = layout.parents, layout.tags, layout.weights
    for block in layout.blocks:
        if not _is_paragraph(block) or block.link_density > 0.5:
            continue
        # The owner's container gets the vote (a <p>'s parent); a <div> with its own text
        # is its own container too.
        start = block.owner if block.tag != "p" else parents[block.owner]
        score = 1.0 + block.text.count(",") + min(block.n_chars // 100, 3)
        elem, level = start, 0
        while elem >= 0 and level < 5:
            if elem not in scores:
                scores[elem] = float(_TAG_SCORE.get(tags[elem], 0) + weights[elem])
            divider = 1 if level == 0 else (2 if level == 1 else level * 3)
            scores[elem] += score / divider
            elem = parents[elem]
            level += 1
    return scores


def _subtree_stats(layout: Layout) -> tuple[dict[int, int], dict[int, int]]:
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    parents = layout.parents
    for block in layout.blocks:
        elem = block.owner
        while elem >= 0:
            chars[elem] = chars.get(elem, 0) + block.n_chars
            links[elem] = links.get(elem, 0) + block.n_link
            elem = parents[elem]
    return chars, links


def _select(layout: Layout) -> tuple[list[str], str]:
    scores = _score_candidates(layout)
    if not scores:
        raise EmptyBody("no paragraph-like text on the page (only links or short lines)")
    chars, links = _subtree_stats(layout)
    final = {
        elem: score * (1.0 - links.get(elem, 0) / max(chars.get(elem, 1), 1))
        for elem, score in scores.items()
    }
    for elem in layout.structured:
        if elem in final:
            final[elem] *= 1.25
    top = max(final, key=final.__getitem__)
    top = _climb(layout, final, top)
    kept = _with_siblings(layout, final, top, chars, links)
    kept |= _cousins(layout, final, top, chars, links)
    method = "structured" if top in layout.structured else "scored"
    return _render(layout, kept), method


def _climb(layout: Layout, final: dict[int, float], top: int) -> int:
    """Move up while the parent holds clearly more of the article-like text than ``top``."""
    parents = layout.parents
    best = final[top]
    # Other strong candidates sharing an ancestor mean the article is split across them.
    strong = [e for e, s in final.items() if e != top and s >= 0.75 * best]
    if len(strong) >= 2:
        ancestors_of_top = layout.ancestors(parents[top]) if parents[top] >= 0 else []
        for anc in ancestors_of_top:
            holding = sum(1 for e in strong if anc in layout.ancestors(e))
            if holding >= 2:
                if layout.tags[anc] not in ("body", "html"):
                    top = anc
                break
    parent = parents[top]
    last = final[top]
    while parent >= 0 and layout.tags[parent] not in ("body", "html"):
        score = final.get(parent)
        if score is None:
            break
        if score > last:
            top = parent
            last = score
        elif score < last / 3:
            break
        parent = parents[parent]
    return top


def _with_siblings(
    layout: Layout,
    final: dict[int, float],
    top: int,
    chars: dict[int, int],
    links: dict[int, int],
) -> set[int]:
    kept = {top}
    parent = layout.parents[top]
    if parent < 0:
        return kept
    threshold = max(10.0, final[top] * 0.2)
    # Siblings are the elements whose parent is ``parent`` (ids are in document order).
    for elem in range(len(layout.parents)):
        if layout.parents[elem] != parent or elem == top:
            continue
        score = final.get(elem, 0.0)
        if score >= threshold:
            kept.add(elem)
            continue
        n = chars.get(elem, 0)
        ld = links.get(elem, 0) / n if n else 1.0
        if layout.tags[elem] == "p" and ((n > 80 and ld < 0.25) or (0 < n <= 80 and ld == 0)):
            kept.add(elem)
    return kept


def _cousins(
    layout: Layout,
    final: dict[int, float],
    top: int,
    chars: dict[int, int],
    links: dict[int, int],
) -> set[int]:
    """Elements built like ``top`` (same tag and class) elsewhere in the page: an article
    split into sections by figures or pull quotes, each in its own copy of the container."""
    cls = layout.classes[top]
    if not cls.strip():
        return set()
    tag = layout.tags[top]
    floor = COUSIN_SHARE * final[top]
    found = set()
    top_chain = set(layout.ancestors(top))
    for elem, score in final.items():
        if elem == top or score < floor or layout.tags[elem] != tag or layout.classes[elem] != cls:
            continue
        n = chars.get(elem, 0)
        if not n or links.get(elem, 0) / n > 0.3:
            continue
        chain = layout.ancestors(elem)
        if top in chain or elem in top_chain:
            continue
        found.add(elem)
    return found


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


def _render(layout: Layout, kept: set[int]) -> list[str]:
    out: list[str] = []
    cache: dict[int, bool] = {}
    inside = [b for b in layout.blocks if _under(b.owner, kept, layout.parents, cache)]
    link_lists = _link_lists(layout, inside)
    for block in inside:
        if not _keep_block(block):
            continue
        if block.tag == "li" and layout.parents[block.owner] in link_lists:
            continue
        out.extend(line for line in block.text.split("\n") if not _is_boiler_line(line))
    while out and _is_promo(out[-1]):
        out.pop()
    return out


def _is_promo(line: str) -> bool:
    if len(line) <= 300 and _PROMO.search(line):
        return True
    return len(line) <= 120 and _WEAK_PROMO.search(line) is not None


def _is_boiler_line(line: str) -> bool:
    if _BOILER_LINE.match(line):
        return True
    if len(line) > SHORT_LINE:
        return False
    if _CAPTION.search(line) or _is_date_only(line):
        return True
    if len(line) <= 100 and "©" in line:  # a photo credit: "installation views, photos © X"
        return True
    if len(line) <= 70 and _UPDATED.match(line):
        return True
    return _BYLINE.match(line) is not None and _SENTENCE_END.search(line) is None


def _is_date_only(line: str) -> bool:
    """A dateline such as "10:01 pm PST, Tuesday, November 19, 2019": no words but dates."""
    if len(line) > 80 or not any(c.isdigit() for c in line):
        return False
    words = [w.lower() for w in _WORD.findall(line)]
    return bool(words) and all(w in _DATE_WORDS for w in words) and any(
        w in _CALENDAR_WORDS for w in words
    )


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


def _check_json_ld(
    paragraphs: list[str], method: str, ld_bodies: list[str], layout: Layout
) -> tuple[list[str], str]:
    """Prefer the JSON-LD body only when the page shows it and the DOM choice looks wrong."""
    dom_chars = sum(len(p) for p in paragraphs)
    for body in ld_bodies:
        ld_chars = len(body)
        if ld_chars < 2 * max(dom_chars, MIN_BODY_CHARS):
            continue
        # Plausible only if the page's own blocks show most of it.
        page_words = set()
        for block in layout.blocks:
            page_words.update(block.text.split())
        words = body.split()
        if not words:
            continue
        shown = sum(1 for w in words if w in page_words) / len(words)
        if shown >= 0.8:
            return [p for p in _split_ld(body) if p], "json-ld"
    return paragraphs, method


def _split_ld(body: str) -> list[str]:
    parts = re.split(r"\n\s*\n|\r\n|\n", body)
    return [" ".join(p.split()) for p in parts]
