"""Linearise a parsed HTML page into text blocks, in one iterative walk.

A *block* is the text between two block-level boundaries (``<p>``, ``<div>``, ``<li>``, …),
with what the scorer needs: its length, how much of it is link text, and which element owns it.
Elements get integer ids; ``parents[i]`` is the id of element ``i``'s parent, so a block's
ancestors are found without touching the DOM again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

# Subtrees never shown as article text.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
        "canvas", "button", "select", "input", "textarea", "option", "nav", "aside", "figure",
        "figcaption", "dialog", "video", "audio", "head", "title", "meta", "link", "footer",
        "header", "picture", "map", "menu", "label",
    }
)
BLOCK_TAGS = frozenset(
    {
        "html", "body", "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "blockquote", "pre", "address", "hr", "form", "fieldset", "details", "summary",
        "center", "caption", "hgroup",
    }
)
# Elements that show a picture or a player: they mark gallery slides and cards.
MEDIA_TAGS = frozenset({"img", "picture", "figure", "video", "svg", "iframe", "canvas"})
# Tags whose subtree is kept even when the class/id looks like boilerplate.
NEVER_HINT_DROP = frozenset({"html", "body", "article", "main", "a"})

_NEGATIVE = re.compile(
    r"(?:^|[-_ ])(?:ad|ads|advert\w*|banner|breadcrumbs?|combx|comments?|community|cookie\w*|"
    r"disqus|footer|gdpr|legends|menu|nav|navbar|navigation|newsletter|outbrain|pagination|pager|"
    r"popup|modal|promo\w*|recommend\w*|related|remark|replies|rss|share\w*|sharing|shoutbox|"
    r"sidebar|skyscraper|social|sponsor\w*|subscri\w*|supplemental|taboola|tags?|toolbar|"
    r"trending|most-?popular|popular|read-?more|more-?stories|signup|sign-up|widget|"
    r"hidden|visually-hidden|sr-only|screen-reader\w*|print-only|caption|credit|byline|"
    r"author|timestamp|dateline|meta|masthead|jump-?link|skip\w*|tooltip\w*|popover\w*|"
    r"hovercard\w*|rollover\w*)(?:$|[-_ ])",
    re.IGNORECASE,
)
# Never the article, however much text they hold (a long comment thread).
_STRONG_NEGATIVE = re.compile(
    r"(?:^|[-_ ])(?:comments?|disqus|replies|outbrain|taboola|related|recommend\w*|"
    r"most-?popular|sidebar|newsletter|footer)(?:$|[-_ ])",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|paragraph|prose",
    re.IGNORECASE,
)
_POPUP = re.compile(r"tooltip|popover|hovercard|rollover", re.IGNORECASE)
_SCREEN_READER = re.compile(r"sr-only|visually-hidden|screen-reader", re.IGNORECASE)
# Embedded posts quoted by the story (twitter-tweet, instagram-media, tiktok-embed).
_EMBED = re.compile(r"tweet|instagram|tiktok|facebook-post|embed", re.IGNORECASE)
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


def _hint_weight(attrs: dict[str, str | None]) -> int:
    cls = attrs.get("class")
    ident = attrs.get("id")
    if not cls and not ident:
        return 0
    return _names_weight(f"{cls or ''} {ident or ''}")


@functools.lru_cache(maxsize=8192)
def _names_weight(names: str) -> int:
    # Pages repeat the same class names many times: the regexes run once per name.
    weight = 0
    # Embedded posts (tweets in a "social-media-embed" box) are part of the story.
    if _NEGATIVE.search(names) and "embed" not in names.lower():
        weight -= NEGATIVE_WEIGHT
        if _STRONG_NEGATIVE.search(names) and not _POSITIVE.search(names):
            weight -= NEGATIVE_WEIGHT
    if _POSITIVE.search(names):
        weight += POSITIVE_WEIGHT
    return weight


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


_PLAIN, _READER_ONLY, _POPUP_LIKE = 0, 1, 2


@functools.lru_cache(maxsize=8192)
def _popup_kind(names: str) -> int:
    # Cached per class string, as _names_weight: pages repeat their class names.
    if _SCREEN_READER.search(names):
        return _READER_ONLY
    return _POPUP_LIKE if _POPUP.search(names) else _PLAIN


def _is_popup(tag: str, attrs: dict[str, str | None], node: LexborNode) -> bool:
    """Inline extras inside a paragraph: screen-reader-only text, and the hidden card of a
    hover pop-up, not its visible trigger. In
    ``<span class=rollover><a>Name</a><span class=rollover-card>…</span></span>`` only the
    card goes: it sits inside another pop-up element, or holds no text or link of its own."""
    if tag in BLOCK_TAGS:
        return False
    names = attrs.get("class")
    if not names:
        return False
    kind = _popup_kind(names)
    if kind != _POPUP_LIKE:
        return kind == _READER_ONLY
    parent = node.parent
    parent_names = parent.attributes.get("class") if parent is not None else None
    if parent_names and _POPUP.search(parent_names):
        return True
    child = node.child
    while child is not None:
        if child.tag == "a" or (child.is_text_node and (child.text_content or "").strip()):
            return False
        child = child.next
    return True


def _is_structured(tag: str, attrs: dict[str, str | None]) -> bool:
    return tag == "article" or attrs.get("itemprop") == "articleBody"


class _Walker:
    def __init__(self) -> None:
        self.layout = Layout()
        self.pieces: list[str] = []
        self.link_chars = 0
        self.owners: list[int] = []
        self.open_links = 0

    def flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces.clear()  # cleared in place: the walk holds the list
        link_chars = self.link_chars
        self.link_chars = 0
        if raw.isspace() or not self.owners:
            return
        owner = self.owners[-1]
        lay = self.layout
        if lay.tags[owner] == "pre":
            # Code keeps its lines and indentation; blank lines go (a blank line separates
            # paragraphs in the body text).
            text = "\n".join(ln.rstrip() for ln in raw.split("\n") if ln and not ln.isspace())
        else:
            lines = [" ".join(line.split()) for line in raw.split("\n")]
            text = "\n".join(line for line in lines if line)
        if not text:
            return
        n_chars = len(text)
        lay.blocks.append(
            Block(
                text=text,
                owner=owner,
                tag=lay.tags[owner],
                n_chars=n_chars,
                n_link=min(link_chars, n_chars),
                order=len(lay.blocks),
            )
        )

    def text(self, value: str) -> None:
        self.pieces.append(value)
        if self.open_links:
            self.link_chars += len(value.strip())


def linearise(root: LexborNode) -> Layout:
    """Walk ``root``'s subtree (iteratively: deep markup cannot overflow the stack)."""
    w = _Walker()
    lay = w.layout
    # Each open element: (id, is_block, is_link).
    opened: list[tuple[int, bool, bool]] = []
    node: LexborNode | None = root
    seen = 0
    root_id = root.mem_id
    pieces = w.pieces
    tags = lay.tags
    parents_append, tags_append = lay.parents.append, tags.append
    weights_append, classes_append = lay.weights.append, lay.classes.append
    while node is not None:
        seen += 1
        if seen > MAX_NODES:
            lay.truncated = True
            break
        descend = False
        tag = node.tag or ""
        if tag == "-text":
            value = node.text_content
            # Whitespace opening a block separates nothing: skip it without bookkeeping.
            if value and (pieces or not value.isspace()):
                pieces.append(value)
                if w.open_links:
                    w.link_chars += len(value.strip())
        elif tag[:1] != "-":  # comments and the like are "-comment", "-document", ...
            if tag == "br":
                pieces.append("\n")
            elif tag in INLINE_TEXT_TAGS:
                # Math shows as its TeX or text; an image of a formula as its alt text.
                value = _inline_text(tag, node)
                if value:
                    w.text(value)
                if tag in MEDIA_TAGS and opened:
                    lay.media.add(opened[-1][0])
            elif tag in MEDIA_TAGS:
                # Marked on the enclosing element; not walked (an <img> has no children,
                # the others are never article text).
                if opened:
                    lay.media.add(opened[-1][0])
            elif tag not in DROP_TAGS and len(opened) >= MAX_DEPTH:
                # Too deep to keep as elements: still read the text, as part of the
                # enclosing block (no recursion here, so depth costs no stack).
                lay.truncated = True
                opened.append((-1, False, False))
                descend = True
            elif tag not in DROP_TAGS:
                attrs = node.attributes
                weight = _hint_weight(attrs) if attrs else 0
                if not (attrs and (_is_hidden(attrs) or _is_popup(tag, attrs, node))):
                    is_block = tag in BLOCK_TAGS
                    if is_block:
                        w.flush()
                    cls = (attrs.get("class") or "") if attrs else ""
                    # Inlined element bookkeeping: this loop runs once per node.
                    elem = len(tags)
                    parents_append(opened[-1][0] if opened else -1)
                    tags_append(tag)
                    weights_append(weight)
                    classes_append(cls)
                    if attrs and _is_structured(tag, attrs):
                        lay.structured.append(elem)
                    if tag == "blockquote" and cls and _EMBED.search(cls):
                        lay.embeds.append(elem)
                    is_link = tag == "a"
                    opened.append((elem, is_block, is_link))
                    if is_block:
                        w.owners.append(elem)
                    if is_link:
                        w.open_links += 1
                    descend = True
        if descend:
            child = node.child
            if child is not None:
                node = child
                continue
            _close(w, opened)
        # Climb until a next sibling exists, closing elements on the way.
        while node is not None:
            if node.mem_id == root_id:
                node = None
                break
            nxt = node.next
            if nxt is not None:
                node = nxt
                break
            node = node.parent
            if node is None:
                break
            # A node's parent is an element this walk opened (or the root).
            if opened:
                _elem, is_block, is_link = opened.pop()
                if is_block:
                    w.flush()
                    w.owners.pop()
                if is_link:
                    w.open_links -= 1
    w.flush()
    return lay


INLINE_TEXT_TAGS = frozenset({"math", "script", "img"})
_TEX_TYPE = re.compile(r"^math/tex", re.IGNORECASE)
_DISPLAYSTYLE = re.compile(r"^\{\\displaystyle\s*(.*)\}$", re.DOTALL)


def _inline_text(tag: str, node: LexborNode) -> str:
    """The text a reader sees for a formula: MathML's ``alttext`` or TeX annotation (else
    its token text), MathJax 2's ``math/tex`` script, or a formula image's alt text."""
    attrs = node.attributes
    if tag == "script":
        kind = attrs.get("type")
        if not kind or _TEX_TYPE.match(kind) is None:
            return ""
        return " ".join((node.text(deep=True) or "").split())
    if tag == "img":
        cls, alt = attrs.get("class"), attrs.get("alt")
        if not (cls and alt and "math" in cls.lower()):
            return ""
        alt = " ".join(alt.split())
        match = _DISPLAYSTYLE.match(alt)
        return match.group(1) if match else alt
    alt = attrs.get("alttext")
    if alt:
        return " ".join(alt.split())
    for annotation in node.css("annotation"):
        if "tex" in (annotation.attributes.get("encoding") or "").lower():
            return " ".join(annotation.text(deep=True).split())
    return " ".join(node.text(deep=True, separator=" ").split())


def _close(w: _Walker, opened: list[tuple[int, bool, bool]]) -> None:
    _elem, is_block, is_link = opened.pop()
    if is_block:
        w.flush()
        w.owners.pop()
    if is_link:
        w.open_links -= 1
