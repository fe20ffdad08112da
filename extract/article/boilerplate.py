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
import sys
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from extract.article._blocks import NEVER_HINT_DROP, Layout, linearise
from extract.article._jsonld import json_ld_bodies
from extract.article._repeats import drop_galleries
from extract.article._select import PARAGRAPH_TAGS, select
from extract.article._tree import below
from schemas.errors import EmptyBody

MAX_HTML_CHARS = 6_000_000
MIN_BODY_CHARS = 80
MAX_UNCLOSED = 12_000
_LT = ord("<")
# Below this many bytes parse_utf8 decodes the page and calls parse (its emptiness check).
_SMALL_BYTES = 4096
_BULK = re.compile(
    r"<(script|style|svg|template)\b[^>]*>.*?</\1\s*>|data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+",
    re.IGNORECASE | re.DOTALL,
)
# Block elements the parser checks the open-element stack for (see _unclosed_blocks).
_NESTING_TAGS = ("div", "section", "article", "ul", "ol", "dl", "blockquote", "nav", "aside",
                 "header", "footer", "main", "fieldset", "figure", "center", "details", "form",
                 "address", "hgroup", "menu", "dir", "h1", "h2", "h3")
DROP_SHARE = 0.4
DROP_WEIGHT = -1
STRONG_WEIGHT = -50
STRONG_DROP_SHARE = 0.9




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


def parse_utf8(data: bytes) -> LexborHTMLParser:
    """:func:`parse` of ``data`` read as UTF-8, without decoding it: the parser reads UTF-8
    bytes, so a decoded page would only be encoded back. A byte sequence that is not UTF-8
    becomes U+FFFD (the caller checks whether that reached what it reads). Pages that the
    size and nesting checks of :func:`parse` concern, and tiny ones, take its way."""
    if len(data) <= _SMALL_BYTES or len(data) > MAX_HTML_CHARS or _tags_in(data) > MAX_UNCLOSED:
        return parse(data.decode("utf-8", errors="replace"))
    try:
        return LexborHTMLParser(data)
    except Exception as exc:  # the parser rejects some byte soups outright
        raise EmptyBody(f"the HTML could not be parsed: {exc}") from exc


def _tags_in(data: bytes) -> int:
    """``data.count(b"<")``, with NumPy when it is imported already (the language model
    brings it): ``bytes.count`` tests one byte at a time, 5% of the command's instructions,
    where NumPy compares a vector at a time (four times faster over a page). NumPy is never
    imported for this (that costs 50 ms)."""
    numpy = sys.modules.get("numpy")
    if numpy is None:
        return data.count(b"<")
    return int(numpy.count_nonzero(numpy.frombuffer(data, dtype=numpy.uint8) == _LT))


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


def strip_tree(
    tree: LexborHTMLParser, *, ld_objects: list[dict[str, Any]] | None = None
) -> Body:
    """:func:`strip` on a parsed page (the tree is not modified). ``ld_objects`` are the
    page's JSON-LD objects (:func:`~extract.article._jsonld.json_ld_objects`) when the
    caller has read them already for the metadata: the scripts are then not parsed twice."""
    try:
        return _strip_tree(tree, ld_objects)
    except EmptyBody:
        raise
    except Exception as exc:  # bad input must end as an empty body with a reason
        raise EmptyBody(f"the stripper failed on this page: {type(exc).__name__}: {exc}") from exc


def _strip_tree(tree: LexborHTMLParser, ld_objects: list[dict[str, Any]] | None) -> Body:
    root = tree.body
    if root is None:
        if _has_frameset(tree):
            raise EmptyBody("the page is a frameset: it has no body of its own")
        raise EmptyBody("the page has no <body>")
    if _has_frameset(tree) and not root.text(strip=True):
        raise EmptyBody("the page is a frameset: it has no body of its own")
    layout = linearise(root)
    if not layout.blocks:
        raise EmptyBody("the page has no visible text")
    _drop_hinted(layout)
    drop_galleries(layout)
    if not layout.blocks:
        raise EmptyBody("the page has only navigation-like text")
    paragraphs, method = select(layout)
    ld_bodies = json_ld_bodies(tree, ld_objects)
    if ld_bodies:
        paragraphs, method = _check_json_ld(paragraphs, method, ld_bodies, layout)
    text = "\n\n".join(paragraphs)
    if len(text) < MIN_BODY_CHARS:
        raise EmptyBody(f"no article text found ({len(text)} characters of candidate text)")
    return Body(text=text, method=method, paragraphs=len(paragraphs))


def _has_frameset(tree: LexborHTMLParser) -> bool:
    # The parser puts a <frameset> (the outermost one) right under <html>: its children are
    # looked at, rather than a selector walking the whole page for it.
    root = tree.root
    return root is not None and any(child.tag == "frameset" for child in root.iter())


def _drop_hinted(layout: Layout) -> None:
    """Drop the blocks under elements whose class/id says boilerplate (menus, share bars,
    related lists), unless the element holds much of the page's paragraph text: a wrapper
    named ``ad-wrapper`` around the whole page must not take the article with it."""
    parents, weights, tags = layout.parents, layout.weights, layout.tags
    para = [0] * len(parents)
    total = 0
    for block in layout.blocks:
        # is_paragraph(block) and a link density of at most a half, inlined: once per block.
        n_chars = block.n_chars
        if n_chars < 25 or block.tag not in PARAGRAPH_TAGS or 2 * block.n_link > n_chars:
            continue
        total += n_chars
        para[block.owner] += n_chars
    # Subtree sums from the last element up: a child's id is above its parent's.
    for elem in range(len(parents) - 1, 0, -1):
        if para[elem] and parents[elem] >= 0:
            para[parents[elem]] += para[elem]
    limit = DROP_SHARE * total
    strong_limit = STRONG_DROP_SHARE * total
    # Boxes around an embedded post (a tweet the story quotes) stay whatever their names say.
    protected = {a for embed in layout.embeds for a in layout.ancestors(embed)}
    dropped = {
        elem
        for elem, weight in enumerate(weights)
        if weight <= DROP_WEIGHT and tags[elem] not in NEVER_HINT_DROP
        and para[elem] <= (strong_limit if weight <= STRONG_WEIGHT else limit)
        and elem not in protected
    }
    if not dropped:
        return
    hidden = below(dropped, parents)
    layout.blocks = [block for block in layout.blocks if not hidden[block.owner]]




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

