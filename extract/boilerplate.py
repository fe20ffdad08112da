"""Boilerplate stripper: from a page's HTML to its article body text.

(First cut: paragraphs only. Issue 3 replaces it with the scored-block stripper.)
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from schemas.errors import EmptyBody


@dataclass(frozen=True, slots=True)
class Body:
    """The article text (paragraphs separated by a blank line) and how it was found."""

    text: str
    method: str


def strip(html: str) -> Body:
    """Return the article body of ``html``; raise :class:`EmptyBody` when there is none."""
    tree = LexborHTMLParser(html)
    paras = [p.text(separator=" ").strip() for p in tree.css("p")]
    text = "\n\n".join(" ".join(p.split()) for p in paras if len(p) > 40)
    if not text:
        raise EmptyBody("no paragraph text found")
    return Body(text=text, method="paragraphs")
