"""The text the parser reads: the article's own characters, none moved, made easier to
parse — invisible marks as spaces, aliases blanked, and line breaks inside a sentence (hard
wrapping, a page's links left on lines of their own) as spaces. Written by hand: no library
keeps every character offset while re-joining lines."""

from __future__ import annotations

import re

_WORK_MAP = {
    # zero-width and bidi marks become spaces, odd dashes plain ones: same length, so the
    # parsed text keeps the article's character offsets
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2066\u2067\u2068\u2069\u061c\u00a0\u2007\u202f", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u00ad", "-"),
}
_TRANS = str.maketrans(_WORK_MAP)


def working_text(text: str) -> str:
    """``text`` made easier to parse without moving any character: invisible marks become
    spaces, aliases are blanked, and a line break inside a sentence (hard-wrapped text from
    PDF conversions, a page's links on lines of their own) becomes a space."""
    work = _ALIAS_RE.sub(_blank, text.translate(_TRANS))
    # a page's date stamp opening the text ("date 2022-03-28 The mayor, X, received ..."):
    # a line of its own, not a noun phrase the parser glues to the story's first subject
    work = _STAMP_OPENING_RE.sub(lambda m: m.group(1) + "\n", work, count=1)
    work = _GIVEN_RE.sub(_unbracket, work)
    if "\n" not in work:
        return work
    lines = work.split("\n")
    full = [ln.rstrip() for ln in lines if ln.strip()]
    open_ended = [ln for ln in full if 55 <= len(ln) <= 130 and ln[-1:] not in _ENDS]
    hard_wrapped = len(full) >= 4 and len(open_ended) >= 0.3 * len(full)
    out: list[str] = []
    for n, line in enumerate(lines):
        out.append(line)
        if n == len(lines) - 1:
            break
        nxt = lines[n + 1]
        stripped = line.rstrip()
        continues = nxt[:1].strip() != "" and stripped[-1:] not in _ENDS and \
            not _ITEM_START_RE.match(nxt)  # a bullet or a label starts an item of its own
        # (a hard-wrapped text re-broken after a few words keeps short lines mid-sentence:
        # "The convicts were A B ‘Nick" then "Name,’ C D, ...")
        wrapped = continues and (len(stripped) >= 50 or (hard_wrapped and len(stripped) >= 30)) \
            and (hard_wrapped or nxt[:1].islower())
        # a page's links put on lines of their own ("... was actor" / "Gregory Lam" / ", 45,
        # who ..."): a line ending on a word no sentence ends on, or one the next line goes on
        # with a comma or in lower case, is one sentence with it
        after = lines[n + 2] if n + 2 < len(lines) else ""
        linked = continues and bool(stripped) and stripped[-1:] != ":" and (
            nxt[:1] in _MID_SENTENCE or nxt[:1].islower()
            or stripped.rsplit(None, 1)[-1].lower() in _OPEN_WORDS
            or (len(nxt.strip()) < 40 and nxt.rstrip()[-1:] not in _ENDS  # a link between
                and (after[:1] in _MID_SENTENCE or after[:1].islower())))  # two such lines
        out.append(" " if wrapped or linked else "\n")
    return "".join(out)


_STAMP_OPENING_RE = re.compile(r"\A(\s*(?:date|posted|published|updated):?[ \t]*"
                               r"(?:19|20)\d\d-\d\d-\d\d)[ \t](?=[A-Z])", re.IGNORECASE)
_MID_SENTENCE = frozenset({",", ";", ")"})
# words a sentence never ends on
_OPEN_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
                         "from", "and", "or", "was", "were", "is", "are", "his", "her", "their"})


# ", alias Kojo," (GUIDELINES: aliases are left out): blanked, so that "A, alias X; B, alias
# Y, and C, alias Z, were each fined" parses as the list of three names it is
_ALIAS_RE = re.compile(r"(?P<lead>,)?[ \t]+(?:alias|aka|a\.k\.a\.)[ \t]+[\"“']?[A-Z][\w'’-]*"
                       r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[\"”']?"
                       r"(?P<close>(?(lead),(?![ \t]+(?:and|or)\b)|(?!))|;)?")


# "(Andrei) Volkov": a wire's given name added in brackets to a source's surname; read
# unbracketed ("  Andrei Volkov", the two brackets as leading spaces) as the one name it is
# (not a wire's name before the story's first word, "MOSCOW (Reuters) The court ...", nor a
# caption's label, "(Photo) Ivan Orlov")
_GIVEN_RE = re.compile(r"(?<![^\s,(])\((?P<given>(?!(?:Reuters|Interfax|Xinhua|Bernama|Yonhap|"
                       r"Kyodo|Tass|Anadolu|Itar|Ria|Efe|Pap|Belta|Ukrinform|Photo|Video|File|Updated?|"
                       r"Watch|Read|Source|Pictured)\))"
                       r"[A-Z][a-z’'-]+)\)(?P<gap>[ \t]+)"
                       r"(?!(?:The|A|An|In|On|At|It|He|She|They|This|That|Police)\b)(?=[A-Z][a-z])")


def _unbracket(m: re.Match[str]) -> str:
    """The bracketed given name as plain words; kept after a name of its own ("Anzor
    (Henri) Kvaratskhelia": a second name, the first one the person's)."""
    before = m.string[:m.start()].rstrip(" \t").rsplit(None, 1)[-1:]
    if before and before[0].isalpha() and before[0][:1].isupper() and before[0][1:].islower():
        return m.group(0)
    return "  " + m.group("given") + m.group("gap")


def _blank(m: re.Match[str]) -> str:
    """Spaces for the alias; a semicolon that closed it stays a list's comma."""
    if m.group("close") == ";":
        return " " * (len(m.group(0)) - 1) + ","
    return " " * len(m.group(0))


# "• ...", "3) ...", "Sentenced to five years: ...", "Acquitted: ...": a list's next item
_ITEM_START_RE = re.compile(r"\s*(?:[•·*▪‣◦–—-]\s|\d{1,2}[.)]\s|[A-Z][^\n:.]{0,60}:\s)")
_ENDS = frozenset({".", "!", "?", ":", '"', "”", ";"})
