"""Names listed one a line under a sentence that ends in a colon, with no term on their
lines (those lines are ``bullets``):

    Those sentenced are:
    ● First Name
    ● Other Name

The lines are sentences of their own (a line break ends a sentence), so a list read inside
the colon's sentence finds none of them. Used by ``members.copular_list``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.nlp import Rules, doc_text
from extract.records.people import Mention, NameIndex, line_name
from extract.records.roles import is_official

# a bullet (optional), a name of two to five capitalised words, nothing after but a stop
_LINE_RE = re.compile(
    r"[ \t]*(?:[-–—•*·▪●]|\d{1,2}[.)])?[ \t]*"
    r"(?P<name>[A-Z][\w’'-]*\.?(?:[ \t]+(?:[A-Z][\w’'-]*\.?|[a-z]{2,4})){1,4})"
    r"[ \t]*[.,;]?[ \t]*$")
_MAX_LINES = 40


def names_on_lines(doc: Doc, char: int, names: NameIndex, rules: Rules) -> list[Mention]:
    """The people named one a line from the line after character ``char`` (the colon's),
    blank lines skipped, up to the first line that is not a bare name; [] unless at least
    two lines are (one line alone is no list)."""
    text = doc_text(doc)
    nl = text.find("\n", char)
    if nl < 0 or text[char:nl].strip(" \t:"):
        return []  # words after the colon on its own line: an inline list, read elsewhere
    out: list[Mention] = []
    pos = nl + 1
    while pos < len(text) and len(out) < _MAX_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            found = _line_name(doc, pos, line, names, rules)
            if found is None:
                break
            out.append(found)
        pos = end + 1
    return out if len(out) >= 2 else []


def _line_name(doc: Doc, start: int, line: str, names: NameIndex,
               rules: Rules) -> Mention | None:
    m = _LINE_RE.match(line)
    if m is None:
        return None
    found = line_name(doc, start, m, names, rules)
    if found is None:
        return None
    span, mention = found
    if mention is not None and mention.name and mention.start == span.start:
        return None if is_official(doc, mention.start, mention.end, rules) else mention
    if mention is not None and mention.start < span.start:
        return None  # (a role or phrase before the line's words)
    # a given name the tagger took for a noun ("● Nodar Elbak"): on a line of its own under
    # the colon, two or more capitalised words and nothing else are the name
    skip = rules.words("people_nouns") | rules.words("strip_titles")
    if len(span) < 2 or span[-1].pos_ != "PROPN" or any(
            not t.is_title or not t.is_alpha or t.lower_ in skip for t in span):
        return None
    return Mention(span.start, span.end, span.text)
