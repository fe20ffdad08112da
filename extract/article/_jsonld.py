"""JSON-LD (schema.org) objects of a page: article body, dates, authors, headline."""

from __future__ import annotations

import html as html_lib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

_MAX_SCRIPT_CHARS = 2_000_000
_MAX_OBJECTS = 500


LD_SCRIPTS = 'script[type="application/ld+json"]'


def json_ld_objects(
    tree: LexborHTMLParser, scripts: Iterable[LexborNode] | None = None
) -> list[dict[str, Any]]:
    """Every JSON object in the page's ``application/ld+json`` scripts (``@graph`` flattened).

    ``scripts`` are those script elements when the caller has found them already (in the
    same walk as other elements: see :func:`~extract.article.metadata.metadata_and_json_ld`)."""
    found: list[dict[str, Any]] = []
    for script in tree.css(LD_SCRIPTS) if scripts is None else scripts:
        raw = script.text(deep=True)
        if not raw or len(raw) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):  # bad JSON, or nested past the parser's depth
            continue
        found.extend(_objects(data))
        if len(found) > _MAX_OBJECTS:
            break
    return found[:_MAX_OBJECTS]


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)
            main = item.get("mainEntity") or item.get("mainEntityOfPage")
            if isinstance(main, dict):
                stack.append(main)


def _plain(value: str) -> str:
    if "<" in value:
        value = LexborHTMLParser(f"<body>{value}</body>").body.text(separator="\n")  # type: ignore[union-attr]
    return html_lib.unescape(value)


def json_ld_bodies(
    tree: LexborHTMLParser, objects: list[dict[str, Any]] | None = None
) -> list[str]:
    """The ``articleBody`` texts the page declares (plain text, possibly without breaks).

    ``objects`` are the page's :func:`json_ld_objects` when the caller has them already."""
    bodies = []
    for obj in json_ld_objects(tree) if objects is None else objects:
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            bodies.append(_plain(body))
    return bodies


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()
