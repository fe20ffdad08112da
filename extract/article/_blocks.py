"""Linearise a parsed HTML page into text blocks, in one iterative walk.

A *block* is the text between two block-level boundaries (``<p>``, ``<div>``, ``<li>``, …),
with what the scorer needs: its length, how much of it is link text, and which element owns it.
Elements get integer ids; ``parents[i]`` is the id of element ``i``'s parent, so a block's
ancestors are found without touching the DOM again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from extract.article._tags import (
    BLOCK,
    BREAK,
    INLINE,
    INLINE_TEXT,
    LINK,
    MEDIA,
    QUOTE,
    STRUCTURED,
    TAG_TABLE,
    TEXT,
    UNKNOWN,
    inline_text,
    kind_of,
)

# Tags whose subtree is kept even when the class/id looks like boilerplate.
NEVER_HINT_DROP = frozenset({"html", "body", "article", "main", "a"})

# The name patterns below are matched against the lower-cased class or id (see _name_flags).
_NEGATIVE = re.compile(
    r"(?:^|[-_ ])(?:ad|ads|advert\w*|banner|breadcrumbs?|combx|comments?|community|cookie\w*|"
    r"disqus|footer|gdpr|legends|menu|nav|navbar|navigation|newsletter|outbrain|pagination|pager|"
    r"popup|modal|promo\w*|recommend\w*|related|remark|replies|rss|share\w*|sharing|shoutbox|"
    r"sidebar|skyscraper|social|sponsor\w*|subscri\w*|supplemental|taboola|tags?|toolbar|"
    r"trending|most-?popular|popular|read-?more|more-?stories|signup|sign-up|widget|"
    r"hidden|visually-hidden|sr-only|screen-reader\w*|print-only|caption|credit|byline|"
    r"author|timestamp|dateline|meta|masthead|jump-?link|skip\w*|tooltip\w*|popover\w*|"
    r"hovercard\w*|rollover\w*)(?:$|[-_ ])",
)
# Never the article, however much text they hold (a long comment thread).
_STRONG_NEGATIVE = re.compile(
    r"(?:^|[-_ ])(?:comments?|disqus|replies|outbrain|taboola|related|recommend\w*|"
    r"most-?popular|sidebar|newsletter|footer)(?:$|[-_ ])",
)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|paragraph|prose",
)
# Embedded posts quoted by the story (twitter-tweet, instagram-media, tiktok-embed).
_EMBED = re.compile(r"tweet|instagram|tiktok|facebook-post|embed", re.IGNORECASE)
# The attributes that hide an element or mark the article (looked up in the walk).
_RARE_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style", "itemprop"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

NEGATIVE_WEIGHT = 25
POSITIVE_WEIGHT = 24
MAX_NODES = 300_000
MAX_DEPTH = 300


@dataclass(slots=True)
class Block:
    """A run of text owned by one block-level element."""

    text: str
    owner: int
    tag: str
    n_chars: int
    n_link: int
    order: int

    @property
    def link_density(self) -> float:
        return self.n_link / self.n_chars if self.n_chars else 1.0


@dataclass(slots=True)
class Layout:
    """The blocks of a page and the element tree they hang on."""

    blocks: list[Block] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    structured: list[int] = field(default_factory=list)
    embeds: list[int] = field(default_factory=list)
    # Elements with a picture or player directly inside (see MEDIA_TAGS).
    media: set[int] = field(default_factory=set)
    truncated: bool = False

    def ancestors(self, element: int) -> list[int]:
        """``element`` and its ancestors, innermost first."""
        chain = []
        while element >= 0:
            chain.append(element)
            element = self.parents[element]
        return chain


# What a class or id string says, as bits: its regexes run once per distinct string (pages
# repeat their class names), and the bits of the class and the id are OR-ed.
_NEG, _STRONG, _POS, _EMBEDDED, _READER, _POPUP_BIT = 1, 2, 4, 8, 16, 32


# Flags by class or id string, as the walk looks them up: a dict's ``get`` inline costs a
# third of a call through ``functools.lru_cache``. Emptied when full (see _name_flags).
_FLAGS: dict[str, int] = {}
_MAX_FLAGS = 16384


def _name_flags(names: str) -> int:
    """The bits of ``names`` (memoised in ``_FLAGS``)."""
    flags = _FLAGS.get(names)
    if flags is None:
        if len(_FLAGS) >= _MAX_FLAGS:
            _FLAGS.clear()
        flags = _FLAGS[names] = _flags_of(names)
    return flags


def _flags_of(names: str) -> int:
    # Lower-cased once, for patterns without IGNORECASE: three times faster than matching
    # each pattern without case, which compares every character in both cases.
    names = names.lower()
    flags = 0
    if _NEGATIVE.search(names):
        flags |= _NEG
        if _STRONG_NEGATIVE.search(names):
            flags |= _STRONG
    if _POSITIVE.search(names):
        flags |= _POS
    if "embed" in names:
        flags |= _EMBEDDED
    # Plain substrings: ``in`` finds each four times faster than a regex searches for them.
    if "sr-only" in names or "visually-hidden" in names or "screen-reader" in names:
        flags |= _READER
    if ("tooltip" in names or "popover" in names or "hovercard" in names
            or "rollover" in names):
        flags |= _POPUP_BIT
    return flags


def _flags_weight(flags: int) -> int:
    weight = 0
    # Embedded posts (tweets in a "social-media-embed" box) are part of the story.
    if flags & _NEG and not flags & _EMBEDDED:
        weight -= NEGATIVE_WEIGHT
        if flags & _STRONG and not flags & _POS:
            weight -= NEGATIVE_WEIGHT
    if flags & _POS:
        weight += POSITIVE_WEIGHT
    return weight


_WEIGHT = tuple(_flags_weight(flags) for flags in range(64))
_POPUP_KINDS = _READER | _POPUP_BIT


def _is_popup(node: LexborNode, class_flags: int) -> bool:
    """Inline extras inside a paragraph: screen-reader-only text, and the hidden card of a
    hover pop-up, not its visible trigger. In
    ``<span class=rollover><a>Name</a><span class=rollover-card>…</span></span>`` only the
    card goes: it sits inside another pop-up element, or holds no text or link of its own.
    ``class_flags`` are the :func:`_name_flags` of the inline element's class."""
    if class_flags & _READER:
        return True
    if not class_flags & _POPUP_BIT:
        return False
    parent = node.parent
    parent_names = parent.attributes.get("class") if parent is not None else None
    if parent_names and _name_flags(parent_names) & _POPUP_BIT:
        return True
    child = node.child
    while child is not None:
        if child.tag == "a" or (child.is_text_node and (child.text_content or "").strip()):
            return False
        child = child.next
    return True


def _emit(blocks: list[Block], raw: str, owner: tuple[int, str], link_chars: int) -> None:
    """Append the text gathered since the last block boundary as a block of ``owner``
    (its id and tag)."""
    elem, tag = owner
    if tag == "pre":
        # Code keeps its lines and indentation; blank lines go (a blank line separates
        # paragraphs in the body text).
        text = "\n".join(ln.rstrip() for ln in raw.split("\n") if ln and not ln.isspace())
    elif raw.isprintable():
        # No newline, tab or other whitespace but the plain space: most runs of text need
        # their spaces collapsed only where they are doubled or at an end.
        text = raw if "  " not in raw and raw[:1] != " " and raw[-1:] != " " else " ".join(
            raw.split()
        )
    elif "\n" not in raw:
        text = " ".join(raw.split())
    else:
        # A list, not a generator and a filter: half the time over the blocks of a page.
        text = "\n".join([" ".join(words) for line in raw.split("\n") if (words := line.split())])
    if not text:
        return
    n_chars = len(text)
    blocks.append(Block(text, elem, tag, n_chars, min(link_chars, n_chars), len(blocks)))


def linearise(root: LexborNode) -> Layout:
    """Walk ``root``'s subtree (iteratively: deep markup cannot overflow the stack).

    Each open element has an iterator over its children (selectolax walks the siblings in
    C); an element closes when its iterator runs out. The walk's state is kept in locals:
    this loop runs once per node, so the work per node is its tag and its text or attributes.

    Text nodes of ASCII whitespace alone (a third of a page's nodes: the indentation between
    its elements) are skipped by the iterators. Such a node counts only between two pieces
    of text of one block, so it is read back there: as the previous sibling of a node met
    while text is pending, or as the last child of an inline element that closes then.
    """
    lay = Layout()
    blocks = lay.blocks
    # Each open element: (iterator over its children, id, kind, node), above a bottom entry
    # (id -1) whose iterator holds the root alone, so that ``stack[-1][1]`` is always the
    # parent's id. One stack, not two: a push and a pop per element instead of two of each.
    stack: list[tuple[Iterator[LexborNode], int, int, LexborNode | None]] = [
        (iter((root,)), -1, INLINE, None)
    ]
    tags = lay.tags
    parents_append, tags_append = lay.parents.append, tags.append
    weights_append, classes_append = lay.weights.append, lay.classes.append
    # Text since the last block boundary, its link characters, the open block elements
    # (id and tag).
    pieces: list[str] = []
    link_chars = open_links = 0
    owners: list[tuple[int, str]] = []
    seen = 0
    too_many = False  # past MAX_NODES: the walk stops (past MAX_DEPTH it goes on)
    media = lay.media
    table, table_size, unknown = TAG_TABLE, len(TAG_TABLE), ("", UNKNOWN, 0)
    no_rare = _RARE_ATTRIBUTES.isdisjoint
    flags_get = _FLAGS.get
    max_open = MAX_DEPTH + 1  # the sentinel is not an element
    while stack:
        # A for loop over the open element's iterator: a descent breaks out of it, so the
        # new element's iterator is taken up; running out (else) closes the element.
        for node in stack[-1][0]:
            seen += 1
            if seen > MAX_NODES:
                lay.truncated = too_many = True
                break
            if pieces:
                # The whitespace the iterator skipped before this node (see above).
                before = node.prev
                if before is not None and before.is_empty_text_node:
                    pieces.append(before.text_content or "")
            tag_id = node.tag_id
            tag, kind, marks = table[tag_id] if tag_id < table_size else unknown
            if kind == TEXT:
                value = node.text_content
                # Whitespace opening a block separates nothing: skip it without bookkeeping.
                if value and (pieces or not value.isspace()):
                    pieces.append(value)
                    if open_links:
                        link_chars += len(value.strip())
                continue
            if kind > BLOCK:
                if kind == UNKNOWN:  # a custom element: its name is read off the node
                    tag = node.tag or ""
                    kind = kind_of(tag)
                if kind == BREAK:
                    pieces.append("\n")
                    continue
                if kind == INLINE_TEXT:
                    # Math shows as its TeX or text; an image of a formula as its alt text.
                    value = inline_text(tag, node)
                    if value:
                        pieces.append(value)
                        if open_links:
                            link_chars += len(value.strip())
                    if tag == "img" and len(stack) > 1:
                        media.add(stack[-1][1])
                    continue
                if kind == MEDIA and len(stack) > 1:
                    # Marked on the enclosing element; not walked (the others are never
                    # article text).
                    media.add(stack[-1][1])
                if kind > BLOCK:
                    continue  # DROP and OTHER: the subtree is never article text
            if len(stack) >= max_open:
                # Too deep to keep as elements: still read the text, as part of the
                # enclosing block (no recursion here, so depth costs no stack).
                lay.truncated = True
                stack.append((node.iter(True, True), -1, INLINE, node))  # text, not blank text
                break
            attrs = node.attributes
            if attrs:
                # The class/id hint (see _name_flags), then hidden and pop-up elements.
                cls = attrs.get("class") or ""
                class_flags = flags_get(cls) if cls else 0
                if class_flags is None:  # a name not seen yet
                    class_flags = _name_flags(cls)
                ident = attrs.get("id") or ""
                id_flags = flags_get(ident) if ident else 0
                if id_flags is None:
                    id_flags = _name_flags(ident)
                weight = _WEIGHT[class_flags | id_flags]
                # The rarer attributes are looked up only when the element has one of them
                # (most elements do not): one pass over its few attribute names.
                if not no_rare(attrs):
                    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
                        continue
                    style = attrs.get("style")
                    if style and _HIDDEN_STYLE.search(style):
                        continue
                    if attrs.get("itemprop") == "articleBody":
                        marks |= STRUCTURED
                if class_flags & _POPUP_KINDS and kind != BLOCK and _is_popup(node, class_flags):
                    continue
            else:
                # An <article> without attributes is not counted as structured (as before).
                cls, weight, marks = "", 0, 0
            elem = len(tags)
            if kind == BLOCK:
                if pieces:
                    if owners:
                        raw = "".join(pieces)
                        if not raw.isspace():
                            _emit(blocks, raw, owners[-1], link_chars)
                    pieces.clear()
                link_chars = 0
                owners.append((elem, tag))
            elif kind == LINK:
                open_links += 1
            parents_append(stack[-1][1])
            tags_append(tag)
            weights_append(weight)
            classes_append(cls)
            if marks:
                if marks & STRUCTURED:
                    lay.structured.append(elem)
                if marks & QUOTE and cls and _EMBED.search(cls):
                    lay.embeds.append(elem)
            stack.append((node.iter(True, True), elem, kind, node))  # text, not blank text
            break
        else:
            _children, _elem, kind, closing = stack.pop()
            if not stack:  # the bottom entry: the root is done
                break
            # The iterator of an opened element ran out: the element closes.
            if kind == BLOCK:
                if pieces:
                    raw = "".join(pieces)
                    pieces.clear()
                    if not raw.isspace():
                        _emit(blocks, raw, owners[-1], link_chars)
                    link_chars = 0
                owners.pop()
                continue
            if pieces:
                last = closing.last_child  # type: ignore[union-attr]  # never the sentinel
                if last is not None and last.is_empty_text_node:
                    pieces.append(last.text_content or "")
            if kind == LINK:
                open_links -= 1
            continue
        if too_many:
            break
    if pieces and owners:
        raw = "".join(pieces)
        if not raw.isspace():
            _emit(blocks, raw, owners[-1], link_chars)
    return lay
