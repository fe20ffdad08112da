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



def below(targets: set[int], parents: list[int]) -> list[bool]:
    """For every element, whether it is one of ``targets`` or lies below one.

    One pass in document order (an element's id is above its parent's), cheaper than
    :func:`under` per block when most elements are asked about.
    """
    flags = [False] * len(parents)
    if not targets:
        return flags
    for elem in targets:
        flags[elem] = True
    first = min(targets)
    for elem in range(first + 1, len(parents)):
        if not flags[elem] and flags[parents[elem]]:
            flags[elem] = True
    return flags
