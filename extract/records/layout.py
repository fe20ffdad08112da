"""Where a token sits in the text: a headline line, the ordinal of its sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp import doc_text

_LINE_REACH = 400
# a clause with its auxiliary, which headlines drop ("X was jailed for six years" is a
# sentence; "X jailed for six years" a headline)
_FULL_CLAUSE_RE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|got|received)\s+"
                             r"(?:\w+\s+)?(?:jailed|sentenced|given|handed|fined|imprisoned|"
                             r"\w+\s+years?)\b", re.IGNORECASE)
_BULLET_RE = re.compile(r"^[•·*▪‣◦-]\s")
# "Sentenced to 7 years: A, B, C" / "Acquitted: D": a line's outcome label and its names
_LABEL_RE = re.compile(r"^(?:[•·*▪‣◦–—-]\s*)?(?:sentenced|acquitted|convicted|fined|jailed|"
                       r"imprisoned|found\s+(?:not\s+)?guilty)\b[^:\n]{0,80}:\s*(?-i:[A-Z])",
                       re.IGNORECASE)


def is_headline(anchor: Token) -> bool:
    """The trigger sits in a title-case line without a full stop: a headline, which
    restates the story (and other stories' headlines are not content)."""
    text = doc_text(anchor.doc)
    idx = anchor.idx
    # a headline is at most 250 characters: looking further for its ends only costs time
    lo = text.rfind("\n", max(0, idx - _LINE_REACH), idx)
    if lo < 0 and idx > _LINE_REACH:
        return False
    hi = text.find("\n", idx, idx + _LINE_REACH)
    if hi < 0 and len(text) > idx + _LINE_REACH:
        return False
    line = text[lo + 1:hi if hi >= 0 else len(text)].strip()
    if len(line) > 250 or line.endswith((".", "”", '"', ".’", "!", "?", ":", ";", ",")):
        return False
    if _list_item(text, line, lo, hi) or _LABEL_RE.match(line):
        return False  # one of a list of defendants, a line each, no full stops
    if len(line) < 150 and hi >= 0:
        return True  # a short line without a full stop: a headline or subheading
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)



def _list_item(text: str, line: str, lo: int, hi: int) -> bool:
    """A full clause ("Paul Hart was jailed for six years") on a bulleted line or beside
    another such unterminated line: an item of a list, not a headline."""
    if _BULLET_RE.match(line) and _prose(line):
        return True  # a key point in sentence case: "- On May 3, a court handed ... to ..."
    if not _FULL_CLAUSE_RE.search(line):
        return False  # ("- BY RYAN ROSS" is a byline, no item)
    if _BULLET_RE.match(line):
        return True
    before = text[:max(lo, 0)].rstrip("\n").rsplit("\n", 1)[-1].strip()
    after = text[hi + 1:].lstrip("\n").split("\n", 1)[0].strip() if hi >= 0 else ""
    return any(n and len(n) < 250 and not n.endswith((".", "!", "?", ":", ";"))
               and _FULL_CLAUSE_RE.search(n) for n in (before, after))


def _prose(line: str) -> bool:
    """A line that reads as a sentence, not a title: a dozen words or more, an article
    among them, and most of its longer words in lower case."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    longer = [w for w in words if len(w) > 3]
    return len(words) >= 12 and bool({"a", "an", "the"} & {w.lower() for w in words}) and \
        sum(w[:1].isupper() for w in longer) < 0.5 * len(longer)


def sent_index(doc: Doc, sent: Span) -> int:
    """The ordinal of the sentence holding ``sent`` (cached on the Doc)."""
    cache: dict[int, int] = doc.user_data.setdefault("verdicts_sent_ord", {})
    if not cache:
        for n, s in enumerate(doc.sents):
            cache[s.start] = n
    return cache.get(doc[sent.start].sent.start, 0)


