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
_TAG_SCORE = {
    "div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
    "form": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "address": -3,
    "th": -5, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5,
}
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "div", "blockquote", "section", "article", "dd"})


def is_paragraph(block: Block) -> bool:
    return block.n_chars >= 25 and block.tag in _PARAGRAPH_TAGS


def _score_candidates(layout: Layout) -> dict[int, float]:
    scores: dict[int, float] = {}
    parents, tags, weights = layout.parents, layout.tags, layout.weights
    for block in layout.blocks:
        if not is_paragraph(block) or block.link_density > 0.5:
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


def select(layout: Layout) -> tuple[list[str], str]:
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


