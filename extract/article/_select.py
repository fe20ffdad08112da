"""Choosing the article's containers: paragraph blocks vote for the elements above them.

Readability-style: text length, commas, link density, class/id hints and tag make a score; the
best container is climbed up while its parent holds clearly more, then its article-like
siblings and its same-class copies elsewhere (a story split by figures) join it.
"""

from __future__ import annotations

from extract.article._blocks import Block, Layout
from extract.article._render import render
from schemas.errors import EmptyBody

COUSIN_SHARE = 0.1
LIST_ITEM_CHARS = 50
LIST_ITEM_LINKS = 0.2
# A sibling box of the chosen container joins it when it is this much link-free <p> text.
SPLIT_PROSE = 0.8
SPLIT_LINKS = 0.05
SPLIT_CHARS = 40
_SPLIT_TAGS = frozenset({"div", "section"})
_TAG_SCORE = {
    "div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
    "form": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "address": -3,
    "th": -5, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5,
}
# A vote's share for the element it starts at and the four above: 1, 1/2, then 1/(3 * level).
_DIVIDERS = (1, 2, 6, 9, 12)
PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "div", "blockquote", "section", "article", "dd"})


def is_paragraph(block: Block) -> bool:
    return block.n_chars >= 25 and block.tag in PARAGRAPH_TAGS


def _vote_starts(layout: Layout) -> list[tuple[Block, int]]:
    """The blocks that vote, each with the element it votes for first.

    A ``<p>`` votes for its parent; a ``<div>`` or cell with its own text for itself. List
    items of sentence length without links vote for the list's container, as paragraphs
    would, but only on a page whose text is mostly such items (an article written as bullet
    points): elsewhere a list beside the story (key points, a fact box) must not move it.
    """
    parents = layout.parents
    votes: list[tuple[Block, int]] = []
    items: list[tuple[Block, int]] = []
    para_chars = item_chars = 0
    for block in layout.blocks:
        if block.tag == "li":
            parent = parents[block.owner]
            if (block.n_chars >= LIST_ITEM_CHARS and block.link_density <= LIST_ITEM_LINKS
                    and parent >= 0 and parents[parent] >= 0):
                items.append((block, parents[parent]))
                item_chars += block.n_chars
        # A paragraph (is_paragraph, inlined) with at most half of it link text.
        elif (n := block.n_chars) >= 25 and block.tag in PARAGRAPH_TAGS and 2 * block.n_link <= n:
            votes.append((block, block.owner if block.tag != "p" else parents[block.owner]))
            para_chars += block.n_chars
    if item_chars > para_chars:
        votes.extend(items)
    return votes


def _score_candidates(layout: Layout) -> dict[int, float]:
    scores: dict[int, float] = {}
    parents, tags, weights = layout.parents, layout.tags, layout.weights
    for block, start in _vote_starts(layout):
        score = 1.0 + block.text.count(",") + min(block.n_chars // 100, 3)
        elem = start
        for divider in _DIVIDERS:
            if elem < 0:
                break
            current = scores.get(elem)
            if current is None:
                current = float(_TAG_SCORE.get(tags[elem], 0) + weights[elem])
            scores[elem] = current + score / divider
            elem = parents[elem]
    return scores


def _subtree_stats(layout: Layout) -> tuple[list[int], list[int], list[int]]:
    """Characters, link characters and prose characters (``<p>`` without links) per element.

    One pass over the blocks, then one over the elements from the last: a child's id is
    always above its parent's, so its subtree is complete when it is added to the parent.
    """
    parents = layout.parents
    size = len(parents)
    chars, links, prose = [0] * size, [0] * size, [0] * size
    for block in layout.blocks:
        owner = block.owner
        chars[owner] += block.n_chars
        links[owner] += block.n_link
        if block.tag == "p" and not block.n_link:
            prose[owner] += block.n_chars
    for elem in range(size - 1, 0, -1):
        if not chars[elem]:  # most elements hold no text: skipped before their parent is read
            continue
        parent = parents[elem]
        if parent >= 0:
            chars[parent] += chars[elem]
            links[parent] += links[elem]
            prose[parent] += prose[elem]
    return chars, links, prose


def select(layout: Layout) -> tuple[list[str], str]:
    scores = _score_candidates(layout)
    if not scores:
        raise EmptyBody("no paragraph-like text on the page (only links or short lines)")
    chars, links, prose = _subtree_stats(layout)
    final = {
        elem: score * (1.0 - links[elem] / max(chars[elem], 1))
        for elem, score in scores.items()
    }
    for elem in layout.structured:
        if elem in final:
            final[elem] *= 1.25
    top = max(final, key=final.__getitem__)
    top = _climb(layout, final, top)
    kept = _with_siblings(layout, final, top, chars, links, prose)
    kept |= _cousins(layout, final, top, chars, links)
    method = "structured" if top in layout.structured else "scored"
    return render(layout, kept), method


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
    chars: list[int],
    links: list[int],
    prose: list[int],
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
        n = chars[elem]
        ld = links[elem] / n if n else 1.0
        tag = layout.tags[elem]
        if tag == "p" and ((n > 80 and ld < 0.25) or (0 < n <= 80 and ld == 0)):
            kept.add(elem)
        elif (tag in _SPLIT_TAGS and n >= SPLIT_CHARS and ld < SPLIT_LINKS
              and layout.weights[elem] >= 0 and prose[elem] >= SPLIT_PROSE * n):
            # The rest of a story cut by an ad, a figure or a rule: plain prose without
            # links in a box of its own, however short.
            kept.add(elem)
    return kept


def _cousins(
    layout: Layout,
    final: dict[int, float],
    top: int,
    chars: list[int],
    links: list[int],
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
        n = chars[elem]
        if not n or links[elem] / n > 0.3:
            continue
        chain = layout.ancestors(elem)
        if top in chain or elem in top_chain:
            continue
        found.add(elem)
    return found


