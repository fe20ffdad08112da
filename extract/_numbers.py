"""Folding odd Unicode to plain text with offsets, and numbers in digits or words.

``parse_number("three-and-a-half")`` is 3.5; ``fold("two years\u2019 probation")`` gives the
plain lower-case copy and, per character, the offset in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["DIGITS", "SCALES", "TENS", "UNITS", "fold", "parse_number", "parse_number_folded"]

# --------------------------------------------------------------------------- folding

_CHAR_MAP = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe63\uff0d\u00ad", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\uff07`\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000", " "),
    **dict.fromkeys("\t\r\n\v\f\u2028\u2029\x85", " "),
}
# deleted outright: they sit inside words ("pri\u200bson") and carry no text
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069\u061c")


_TRANSLATE = str.maketrans(_CHAR_MAP)
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Lower-cased plain copy of ``text`` and, for each of its characters, the original offset
    (one more entry at the end: ``len(text)``)."""
    if not _DROP_RE.search(text):
        folded = text.translate(_TRANSLATE).lower()
        if len(folded) == len(text):  # the usual case: offsets are the identity
            return folded, range(len(text) + 1)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        mapped = _CHAR_MAP.get(ch)
        if mapped is None:
            low = ch.lower()
            mapped = low if len(low) == 1 else ch
        out.append(mapped)
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


# --------------------------------------------------------------------------- numbers

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3,
                   "thirds": 1 / 3}

DIGITS = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,12})(?:\.\d{1,6})?"
_DIGITS_RE = re.compile(
    rf"(-\s*)?({DIGITS})(?:(?:\s+|-)(\d{{1,3}})/(\d{{1,3}})|\s*([½¼¾⅓⅔]))?"
)
_FRACTION_RE = re.compile(r"(\d{1,3})/(\d{1,3})|([½¼¾⅓⅔])")
_AND_FRACTION_RE = re.compile(
    r"(.+?)[\s-]+and[\s-]+(a|an|one|two|three)[\s-]+(half|quarter|quarters|third|thirds)"
)
_DIGIT_SCALE_RE = re.compile(rf"({DIGITS})\s+(hundred|thousand|million|dozen)")


def parse_number(text: str) -> float | None:
    """A number in digits or words ("three-and-a-half", "10 1/2", "1,500", "a"); else None."""
    s = re.sub(r"\s+", " ", fold(text or "")[0]).strip()
    if not s or len(s) > 120:
        return None
    return parse_number_folded(s)


@lru_cache(maxsize=4096)
def parse_number_folded(s: str) -> float | None:
    if s.endswith("-") or (s.startswith("-") and not s[1:].lstrip()[:1].isdigit()):
        return None
    m = _DIGITS_RE.fullmatch(s)
    if m:
        sign, whole, num, den, vulgar = m.groups()
        value = float(whole.replace(",", ""))
        if num is not None:
            if int(den) == 0 or int(num) >= int(den):
                return None
            value += int(num) / int(den)
        elif vulgar:
            value += _VULGAR[vulgar]
        return -value if sign else value
    m = _FRACTION_RE.fullmatch(s)
    if m:
        if m.group(3):
            return _VULGAR[m.group(3)]
        den = int(m.group(2))
        return int(m.group(1)) / den if den else None
    m = _DIGIT_SCALE_RE.fullmatch(s)
    if m:
        scale = 12 if m.group(2) == "dozen" else SCALES[m.group(2)]
        return float(m.group(1).replace(",", "")) * scale
    m = _AND_FRACTION_RE.fullmatch(s)
    if m:
        whole_value = parse_number_folded(m.group(1).strip())
        part = _parse_words([m.group(2), m.group(3)])
        if whole_value is None or part is None or whole_value < 0:
            return None
        return whole_value + part
    return _parse_words([t for t in re.split(r"[\s-]+", s) if t])


def _parse_words(tokens: list[str]) -> float | None:
    """Cardinal words: "one hundred and twenty-five", "a dozen", "half a", "three quarters"."""
    if not tokens:
        return None
    if tokens in (["half"], ["half", "a"], ["half", "an"], ["a", "half"], ["one", "half"]):
        return 0.5
    if tokens in (["a"], ["an"]):
        return 1.0
    if len(tokens) == 2 and tokens[1] in _FRACTION_WORDS and tokens[0] in ("a", "an", "one",
                                                                         "two", "three"):
        count = 1 if tokens[0] in ("a", "an") else UNITS[tokens[0]]
        if tokens[1] in ("half", "quarter", "third") and count != 1:
            return None
        return count * _FRACTION_WORDS[tokens[1]]
    total = 0
    current = 0
    last = ""  # kind of the previous token: unit, ten, hundred, scale, article
    for i, tok in enumerate(tokens):
        if tok == "and":
            if last not in ("hundred", "scale") or i == len(tokens) - 1:
                return None
            continue
        if tok in ("a", "an"):
            if i != 0 or len(tokens) == 1:
                return None
            current, last = 1, "article"
        elif tok in UNITS:
            if last in ("unit", "article") or (last == "ten" and current % 10):
                return None
            current += UNITS[tok]
            last = "unit"
        elif tok in TENS:
            if last in ("unit", "ten", "article") or current % 100:
                return None
            current += TENS[tok]
            last = "ten"
        elif tok == "hundred":
            if last not in ("unit", "article") or current >= 100:
                return None
            current *= 100
            last = "hundred"
        elif tok in ("thousand", "million"):
            if last == "" or last == "scale":
                return None
            total += current * SCALES[tok]
            current, last = 0, "scale"
        elif tok in ("dozen", "dozens"):
            if last not in ("unit", "article") or current >= 100:
                return None
            current *= 12
            last = "hundred"
        else:
            return None
    return float(total + current)
