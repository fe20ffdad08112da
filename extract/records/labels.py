"""Defendants listed after a line's own outcome label, the layout of rights groups' trial
reports:

    Sentenced to 7 years and 6 months: A. Name, Other Name, Third Name
    Acquitted: Fourth Name and Fifth Name
    Sentenced to five years each: A, B and C; to four years: D and E

The line opens with the outcome (nothing but a bullet before it) and names its defendants
after a colon; the label's term is each one's."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.enumerations import listed_name, past_separator
from extract.records.people import Mention, NameIndex
from extract.records.roles import is_official

_MAX_NAMES = 40


def label_names(doc: Doc, anchor: Token, sent: Span, names: NameIndex,
                rules: Rules) -> list[Mention]:
    """The names after the colon of a line that opens with ``anchor``'s outcome; [] when
    the line is not such a label (a subject before the verb, no colon, no names)."""
    line_start = max([t.i + 1 for t in doc[sent.start:anchor.i] if "\n" in t.text],
                     default=sent.start)  # (the parse may run several lines into one sentence)
    if any(not (t.is_punct or t.is_space) for t in doc[line_start:anchor.i]):
        return []  # "X was sentenced to ...: ..." has its subject
    colon = next((t.i for t in doc[anchor.i + 1:sent.end] if t.text == ":" or "\n" in t.text),
                 None)
    if colon is not None and doc[colon].text != ":":
        return []  # the line ends before any colon
    if colon is None or any(t.pos_ in {"VERB", "AUX"} and t.i != anchor.i
                            for t in doc[anchor.i + 1:colon]):
        return []  # "sentenced X to five years, the court said: ..." is another clause
    out: list[Mention] = []
    i = colon + 1
    while i < sent.end and len(out) < _MAX_NAMES:
        if doc[i].is_space:
            if "\n" in doc[i].text:
                break  # the label's line ends
            i += 1
            continue
        if doc[i - 1].text == ";" and doc[i].lower_ in {"to", "for"}:
            i = _next_label(doc, i, sent)  # "...; to four years: D and E": the next label's
            continue
        found = listed_name(doc, i, sent, names, rules)
        if found is None or is_official(doc, found.start, found.end, rules):
            break
        out.append(found)
        nxt = past_separator(doc, _past_aside(doc, found.end, sent), sent.end)
        if nxt is None:
            break
        i = nxt
    return out


def _next_label(doc: Doc, i: int, sent: Span) -> int:
    """The token after the colon of a further label ("to four years: D and E") that starts at
    ``i``, or the sentence's end when none closes within a short reach of verbless words."""
    for j in range(i + 1, min(sent.end, i + 10)):
        if doc[j].pos_ in {"VERB", "AUX"} or "\n" in doc[j].text:
            break
        if doc[j].text == ":":
            return j + 1
    return sent.end


def _past_aside(doc: Doc, i: int, sent: Span) -> int:
    """Past a parenthesis after a name ("A (reporter)"): the outlet or role, not a name."""
    if i < sent.end and doc[i].text == "(":
        for j in range(i + 1, min(sent.end, i + 12)):
            if doc[j].text == ")":
                return j + 1
    return i
