"""Small helpers over the element tree of a :class:`~extract.article._blocks.Layout`."""

from __future__ import annotations


def under(elem: int, targets: set[int], parents: list[int], cache: dict[int, bool]) -> bool:
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

