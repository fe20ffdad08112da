"""What the walk of :mod:`extract.article._blocks` does with each tag, looked up by tag id.

``node.tag`` decodes the element's name into a new string on every call; ``node.tag_id``
is an int read off the node. The walk asks once per node, so it takes the id and finds
the name and what to do with the element in one tuple index (:data:`TAG_TABLE`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
INLINE_TEXT_TAGS = frozenset({"math", "script", "img"})

# What the walk does with a node, by kind: a text node; an element it walks into (inline,
# a link, a block); then the kinds it does not walk into (above BLOCK): a line break, text
# of its own (INLINE_TEXT_TAGS), a picture or player marked on its parent, a subtree it
# skips, another node that is not an element (comment, doctype), or a tag outside the
# table (custom elements: their name is read off the node).
TEXT, INLINE, LINK, BLOCK, BREAK, INLINE_TEXT, MEDIA, DROP, OTHER, UNKNOWN = range(10)
# Marks of the two tags the walk records besides their kind (bits of the table's third
# column): <article> (structured data, when it has attributes) and <blockquote> (embeds).
STRUCTURED, QUOTE = 1, 2

# The HTML elements given a row of the table (any other name is UNKNOWN, and correct, only
# slower): the sets above and the other tags pages use.
_NAMES = (
    DROP_TAGS | BLOCK_TAGS | MEDIA_TAGS | INLINE_TEXT_TAGS
    | {
        "a", "abbr", "acronym", "area", "b", "base", "bdi", "bdo", "big", "blink", "br",
        "cite", "code", "col", "colgroup", "data", "datalist", "del", "dfn", "dir", "em",
        "font", "frame", "frameset", "i", "image", "ins", "kbd", "legend", "marquee", "mark",
        "meter", "nobr", "noframes", "optgroup", "output", "param", "progress", "q", "rp",
        "rt", "ruby", "s", "samp", "search", "slot", "small", "source", "span", "strike",
        "strong", "sub", "sup", "time", "track", "tt", "u", "var", "wbr", "xmp",
    }
)


def _kind(tag: str) -> int:
    # The order of the original checks: a dropped tag that is also media (svg, figure,
    # iframe) is media; an inline-text tag (script, img) is inline text.
    if tag == "br":
        return BREAK
    if tag in INLINE_TEXT_TAGS:
        return INLINE_TEXT
    if tag in MEDIA_TAGS:
        return MEDIA
    if tag in DROP_TAGS:
        return DROP
    if tag == "a":
        return LINK
    return BLOCK if tag in BLOCK_TAGS else INLINE


def _marks(tag: str) -> int:
    return STRUCTURED if tag == "article" else QUOTE if tag == "blockquote" else 0


def _table() -> tuple[tuple[str, int, int], ...]:
    """``(name, kind, marks)`` by tag id for the ids below the largest named one; UNKNOWN rows
    for the others. Ids come from the parser itself (they are Lexbor's static tag ids)."""
    doc = LexborHTMLParser("")
    named = {doc.create_node(tag).tag_id: tag for tag in _NAMES}
    probe = LexborHTMLParser("<p>x<!---->")
    node = probe.css_first("p")
    assert node is not None and node.first_child is not None
    text, comment = node.first_child, node.last_child
    assert comment is not None and probe.root is not None and probe.root.parent is not None
    top = max(named) + 1
    rows: list[tuple[str, int, int]] = [("", UNKNOWN, 0)] * top
    for tag_id, tag in named.items():
        rows[tag_id] = (tag, _kind(tag), _marks(tag))
    rows[text.tag_id] = ("-text", TEXT, 0)
    rows[comment.tag_id] = ("-comment", OTHER, 0)
    rows[probe.root.parent.tag_id] = ("-document", OTHER, 0)
    return tuple(rows)


TAG_TABLE = _table()


def kind_of(tag: str) -> int:
    """The kind of a tag found outside the table, by its name (``node.tag``)."""
    if tag[:1] == "-":  # "-doctype" and the like
        return OTHER
    return _kind(tag)


_TEX_TYPE = re.compile(r"^math/tex", re.IGNORECASE)
_DISPLAYSTYLE = re.compile(r"^\{\\displaystyle\s*(.*)\}$", re.DOTALL)


def inline_text(tag: str, node: LexborNode) -> str:
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
