"""Galleries and card lists: runs of same-built boxes, each a picture with a little text.

A slideshow of fifty captioned photos, or a grid of "related" cards, holds more short
sentences than many stories; its boxes are siblings of one tag and class, each with an image
and a caption. Their text is neither a candidate nor part of the body.
"""

from __future__ import annotations

from extract.article._blocks import Layout
from extract.article._tree import below

GALLERY_ITEMS = 5
GALLERY_MEDIA_SHARE = 0.8
ITEM_MAX_CHARS = 400
MEDIA_DEPTH = 4
# Paragraphs themselves are never items: a story with a photo in most paragraphs stays.
_ITEM_TAGS = frozenset({"div", "li", "article", "section", "a", "span"})


def drop_galleries(layout: Layout) -> None:
    """Remove the blocks inside gallery slides and cards from ``layout``."""
    if len(layout.media) < GALLERY_ITEMS:
        return
    parents, tags, classes = layout.parents, layout.tags, layout.classes
    with_media: set[int] = set()
    for elem in layout.media:
        for _ in range(MEDIA_DEPTH):
            if elem < 0 or elem in with_media:
                break
            with_media.add(elem)
            elem = parents[elem]
    groups: dict[tuple[int, str, str], list[int]] = {}
    for elem in with_media:
        tag = tags[elem]
        if tag in _ITEM_TAGS and parents[elem] >= 0:
            groups.setdefault((parents[elem], tag, classes[elem]), []).append(elem)
    runs = {key: members for key, members in groups.items() if len(members) >= GALLERY_ITEMS}
    if not runs:
        return
    # The siblings of each run's tag and class, counted in one pass over the elements.
    wanted = {parent for parent, _tag, _cls in runs}
    siblings: dict[tuple[int, str, str], int] = {}
    for e in range(min(wanted) + 1, len(parents)):
        if parents[e] in wanted:
            key = (parents[e], tags[e], classes[e])
            siblings[key] = siblings.get(key, 0) + 1
    chars: dict[int, int] = {}
    for block in layout.blocks:
        elem = block.owner
        for _ in range(MEDIA_DEPTH):
            if elem < 0:
                break
            chars[elem] = chars.get(elem, 0) + block.n_chars
            elem = parents[elem]
    items: set[int] = set()
    for key, members in runs.items():
        if len(members) < GALLERY_MEDIA_SHARE * siblings.get(key, 0):
            continue
        if all(chars.get(e, 0) <= ITEM_MAX_CHARS for e in members):
            items.update(members)
    if not items:
        return
    inside = below(items, parents)
    layout.blocks = [b for b in layout.blocks if not inside[b.owner]]
