"""Sentence phrases → months and type, per the hard-case rules of gold/GUIDELINES.md.

``parse_terms("three years and seven months imprisonment")`` gives ``Terms(43, prison)``.
Pure regex work on a folded copy of the text (dashes, quotes, spaces and zero-width
characters made plain), so it costs microseconds and never raises on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import _term_regex as rx
from extract._numbers import fold, parse_number, parse_number_folded
from schemas import SentenceType

__all__ = ["ABSURD_MONTHS", "Terms", "find_terms", "fold", "parse_number", "parse_terms"]

ABSURD_MONTHS = 12 * 200  # longer than any lifetime several times over: worth a reader's look
_MAX_CHARS = 2_000  # a sentence phrase; longer input is cut (regexes stay linear anyway)


@dataclass(frozen=True, slots=True)
class Terms:
    """The main term of a sentence: months (None when no length applies) and type.

    ``flags``: "absurd-length" (kept, but longer than ABSURD_MONTHS), "invalid-length" (a
    negative term: no terms), "range" (months is the minimum of a range such as "20 to 30
    years" or "from 180 days to two years": a range shared by several defendants is no one's
    term)."""

    months: float | None
    type: SentenceType | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Raw:
    """A duration as matched, before its type is read: folded offsets, months, unit code."""

    start: int
    end: int
    months: float
    unit: str
    to_life: bool = False
    ranged: bool = False  # "20 to 30 years": the minimum of a range


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int
    end: int  # folded offsets, end includes the type word when one follows
    months: float | None
    kind: str  # a SentenceType value, or "period" for "suspended for N years"
    to_life: bool = False
    total: bool = False
    bare: bool = False  # no type word beside it: "received six years"
    reach: int = 0  # chars before start where its type word begins ("probation for 2 years")
    replaces: bool = False  # "reduced on appeal to 18 months"
    ranged: bool = False


def parse_terms(sentence: str) -> Terms:
    """Main term (months) and type of a sentence phrase, e.g. "20 to 30 years in prison"."""
    text = fold((sentence or "")[:_MAX_CHARS])[0]
    text = _MORE_RE.sub(r"\1 \2", text)  # "19 more years": a new term of 19 years
    # "200 hours of forced labour" is unpaid work, no custody (years of it are a camp's)
    text = _HOURS_LABOUR_RE.sub("hours of community service", text)
    return _parse_terms_folded(_PLAIN_COUNT_RE.sub(r"\1 \2s", text))  # "12 year in prison"


_MORE_RE = re.compile(r"\b([\w.½]+)\s+(?:more|additional|further|extra)\s+"
                      r"(years?|months?|weeks?|days?)\b", re.IGNORECASE)
_HOURS_LABOUR_RE = re.compile(r"\bhours\s+of\s+(?:forced|compulsory|hard)\s+labou?r\b")
_PLAIN_COUNT_RE = re.compile(r"\b((?:[2-9]|\d{2,3})(?:\.\d+)?|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve|fifteen|twenty)\s+(year|month|week|day)\b"
                             r"(?=\s+(?:in|of|behind|imprisonment|jail|prison)\b)")


@lru_cache(maxsize=4096)
def _parse_terms_folded(text: str) -> Terms:
    if not text.strip():
        return Terms(None, None)
    if rx.NEGATIVE_RE.search(text):
        return Terms(None, None, ("invalid-length",))
    segments = _segments(text)
    masked = _mask(text, [(s.start, s.end) for s in segments if s.to_life])
    if rx.DEATH_RE.search(masked):
        return Terms(None, SentenceType.DEATH)
    if rx.LIFE_RE.search(masked):
        return Terms(None, SentenceType.LIFE)
    custody = [s for s in segments if s.kind == "prison"]
    if custody:
        return _finish(_combine(custody, text), SentenceType.PRISON, custody)
    if any(s.kind == "suspended" for s in segments):
        chosen = [s for s in segments if s.kind == "suspended"]
        return _finish(_combine(chosen, text), SentenceType.SUSPENDED, chosen)
    if rx.TIME_SERVED_RE.search(text):
        return Terms(None, SentenceType.PRISON)
    if re.fullmatch(rf"\s*(?:a\s+)?{rx.MONEY}\s*(?:in\s+fines?)?\s*", text):
        return Terms(None, SentenceType.FINE)  # an amount alone, as after "fined"
    kinds = {s.kind for s in segments}
    words = {m.lastgroup for m in rx.TYPE_RE.finditer(masked) if m.lastgroup}
    if "fine" in words and not rx.FINE_PHRASE_RE.search(text) and not re.search(
        r"\bfine(?:s|d)?\s+(?:of|to|totall?ing|amounting)\b", text
    ):
        words.discard("fine")  # "a fine line" is no fine
    if "prison" in words and "suspended" not in words and not rx.NOT_CUSTODY_RE.search(text):
        return Terms(None, SentenceType.PRISON)  # "jail and probation": custody wins
    for kind in rx.NON_CUSTODY_ORDER:
        if kind in kinds:
            chosen = [s for s in segments if s.kind == kind]
            return _finish(_combine(chosen, text), SentenceType(kind), chosen)
        if kind in words:
            return Terms(None, SentenceType(kind))
    if "prison" in words:
        return Terms(None, SentenceType.PRISON)
    return Terms(None, None)


def _finish(months: float | None, kind: SentenceType, segments: list[_Segment]) -> Terms:
    if months is None:
        return Terms(None, kind)
    months = round(months, 2)
    flags: tuple[str, ...] = ("absurd-length",) if months > ABSURD_MONTHS else ()
    if any(s.ranged and s.months is not None and round(s.months, 2) == months
           for s in segments):
        flags += ("range",)  # the minimum of a range: no one's term when shared by several
    return Terms(months, kind, flags)


def _combine(segments: list[_Segment], text: str) -> float | None:
    """Consecutive and "plus" terms add up; concurrent (and unmarked) ones take the longest."""
    replacing = [s for s in segments if s.replaces]
    if replacing:
        segments = replacing[-1:]
    lengths = [s.months for s in segments if s.months is not None]
    totals = [s.months for s in segments if s.total and s.months is not None]
    if totals:
        return max(totals)
    if not lengths:
        return None
    if len(lengths) > 1 and rx.CONSECUTIVE_RE.search(text) and not rx.CONCURRENT_RE.search(text):
        return sum(lengths)
    return max(lengths)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out (same length, so offsets stay valid)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# "a six-year and two-month jail term": the first length goes on in the second
_COMPOUND_NEXT_RE = re.compile(r"\s+and\s+[\w.]+[\s-]+(?:years?|months?|weeks?|days?)\b")


def _segments(text: str) -> list[_Segment]:
    """Every duration in ``text`` with its sentence type read from the words around it."""
    raw: list[_Raw] = []
    for m in rx.DURATION_RE.finditer(text):
        if m.group("neg"):
            continue
        unit_end = m.end("unit") if m.group("unit") else m.end("num")
        if rx.NOT_A_TERM_AFTER.match(text, unit_end) or rx.NOT_A_TERM_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        unit = rx.unit_code(m.group("unit") or "y")
        value = _leading_number(m.group("num"))
        if value is None:
            continue
        sep = m.group("sep") or ""
        if (m.group("unit") and not m.group("unit").endswith("s") and ("-" in sep or value != 1)
                and re.match(r"[\s-]*[a-z]", text[unit_end:unit_end + 3])
                and not rx.ADJECTIVAL_NOUN.match(text, unit_end)
                and not _COMPOUND_NEXT_RE.match(text, unit_end)):  # "six-year and two-month"
            continue  # "a two-year grant", "a 40 year career": not about a sentence
        lo_text = m.group("lo") or m.group("lo2") or m.group("lo3")
        start = m.start()
        if lo_text and rx.MONTH_BEFORE_RE.search(text, max(0, start - 12), start):
            lo_text, start = None, m.start("num")  # "on June 28 to a year on probation"
        if lo_text:
            lo = _leading_number(lo_text)
            if lo is not None and lo < value:
                value = lo
        if m.group("half"):
            value += 0.5
        raw.append(_Raw(start, m.end(), value * rx.UNIT_MONTHS[unit], unit,
                        bool(m.group("tolife")), bool(lo_text)))
    merged = _merge_compounds(text, raw)
    out: list[_Segment] = []
    for i, item in enumerate(merged):
        start, end, months, unit, to_life = (item.start, item.end, item.months, item.unit,
                                             item.to_life)
        next_start = merged[i + 1].start if i + 1 < len(merged) else len(text)
        prev_end = merged[i - 1].end if i else 0
        kind, type_end = _kind_after(text, end, next_start)
        before = text[max(prev_end, start - 60):start]
        if rx.SUSPENSION_PERIOD_RE.search(before):
            out.append(_Segment(start, end, months, "period"))
            continue
        reach = 0
        if kind is None:
            kind, reach = _kind_before(before)
        bare = kind is None and not to_life
        if bare and (unit == "h" or rx.ELAPSED_BEFORE.search(before)):
            continue  # "3 hours of playback", "for nearly three years"
        if kind is None:
            kind = "prison"  # a bare term: "received six years"
        if kind == "prison" and (rx.SUSPENDED_AFTER_RE.match(text, type_end)
                                 or rx.SUSPENDED_BEFORE_RE.search(before)):
            kind = "suspended"  # "... prison sentence, suspended", "a suspended 18-month term"
        mult = rx.MULTIPLIER_RE.search(before)
        if mult:
            factor = _leading_number(mult.group("n"))
            months = months * factor if factor else months
        length: float | None = months
        if unit == "h" and kind != "prison":
            length = None  # "210 hours of community service" has no length in months
        if kind == "prison" and length is not None:
            length = _less_suspended(text, max(end, type_end), length, unit)
        out.append(_Segment(start, max(end, type_end), length, kind, to_life,
                            bool(rx.TOTAL_RE.search(before)), bare, reach,
                            bool(rx.REPLACES_RE.search(before)), item.ranged))
    # a suspension period makes the custodial term before it a suspended one
    for i, seg in enumerate(out):
        if seg.kind == "period" and i and out[i - 1].kind == "prison":
            prev = out[i - 1]
            out[i - 1] = _Segment(prev.start, prev.end, prev.months, "suspended",
                                  prev.to_life, prev.total, prev.bare, prev.reach, prev.replaces,
                                  prev.ranged)
    return out


# ("a three-year sentence, with two years suspended": the noun may stand between)
_PART_SUSPENDED_RE = re.compile(
    r"(?:\s+(?:prison\s+|jail\s+)?(?:sentence|term)s?\b)?"
    rf"[\s,]*(?:with\s+|of\s+which\s+)?(?P<allbut>all\s+but\s+)?(?!an?\s)(?P<n>{rx.NUM})"
    rf"(?:[\s-]*{rx.UNIT})?\s+(?:of\s+(?:it|that|them|which)\s+)?(?:(?:were|was|being)\s+)?"
    r"(?:suspended|probated)\b"
)


# ("31 years in prison, 6 of which will be served on probation": the probation part)
_PART_PROBATION_RE = re.compile(
    rf"[\s,]*(?P<pre>of\s+which\s+)?(?!an?\s)(?P<n>{rx.NUM})(?:[\s-]*{rx.UNIT})?"
    r"(?P<post>\s+of\s+(?:it|that|them|which))?(?(pre)|(?(post)|(?!)))\s+"
    r"(?:(?:will|are\s+to|is\s+to)\s+be\s+served\s+)?on\s+probation\b"
)


def _less_suspended(text: str, end: int, months: float, unit: str) -> float:
    """The custodial part of "10 years, with 5 suspended" (5), "all but 2 suspended" (2) or
    "31 years in prison, 6 of which will be served on probation" (25)."""
    m = _PART_SUSPENDED_RE.match(text, end) or _PART_PROBATION_RE.match(text, end)
    if not m:
        return months
    n = _leading_number(m.group("n"))
    if n is None:
        return months
    part = n * rx.UNIT_MONTHS[rx.unit_code(m.group("unit")) if m.group("unit") else unit]
    custodial = part if m.groupdict().get("allbut") else months - part
    return custodial if 0 <= custodial <= months else months


def _merge_compounds(text: str, raw: list[_Raw]) -> list[_Raw]:
    """Join "three years and seven months" (and "from 180 days to two years", a range) into one."""
    out: list[_Raw] = []
    for item in raw:
        if out and not out[-1].to_life:
            prev = out[-1]
            gap = text[prev.end:item.start]
            if (re.fullmatch(r"\s*,?\s*(?:and\s+)?", gap)
                    and rx.UNIT_ORDER.index(prev.unit) < rx.UNIT_ORDER.index(item.unit)):
                out[-1] = _Raw(prev.start, item.end, prev.months + item.months, item.unit,
                               item.to_life, prev.ranged or item.ranged)
                continue
            between = text[max(0, prev.start - 8):prev.start] == "between "
            if re.fullmatch(r"\s*(?:to|-)\s*", gap) or (
                    between and re.fullmatch(r"\s+and\s+", gap)):
                out[-1] = _Raw(prev.start, item.end, min(prev.months, item.months), item.unit,
                               item.to_life, True)
                continue
        out.append(item)
    return out


def _leading_number(phrase: str) -> float | None:
    """The number a phrase ends with: "a three" → 3 (the article belongs to the noun phrase)."""
    tokens = re.split(r"(\s+|-)", phrase.strip())
    words = [t for t in tokens[::2] if t]
    seps = tokens[1::2]
    for i in range(len(words)):
        candidate = "".join(w + (seps[i + j] if i + j < len(seps) else "")
                            for j, w in enumerate(words[i:]))
        value = parse_number_folded(re.sub(r"\s+", " ", candidate.strip(" -")))
        if value is not None and value >= 0:
            return value
    return None


def _kind_after(text: str, end: int, limit: int) -> tuple[str | None, int]:
    """Type word right after a term ("in prison", "' probation", "of restricted freedom")."""
    # a kind in quotes ('two years of "freedom limitation"') is still the term's kind
    window = re.sub(r'(?<=\bof )"|(?<=\bof “)', " ", text[end:min(limit, end + 60)])
    stop = rx.AFTER_STOP_RE.search(window)
    if stop:
        window = window[:stop.start()]
    m = rx.TYPE_RE.search(window)
    if not m or not m.lastgroup:
        return None, end
    if m.lastgroup == "fine":
        return None, end
    return m.lastgroup, end + m.end()


def _kind_before(before: str) -> tuple[str | None, int]:
    """Type word before a term, in its clause ("suspended sentence of", "jailed for"), and
    how far back its phrase starts (0 for a verb such as "jailed": not part of the phrase)."""
    stops = list(rx.BEFORE_STOP_RE.finditer(before))
    offset = stops[-1].end() if stops else 0
    found: tuple[str | None, int] = (None, 0)
    for m in rx.TYPE_RE.finditer(before, offset):
        if m.lastgroup and m.lastgroup != "fine":
            noun = not re.fullmatch(r"(?:jail|imprison|incarcerat|gaol)\w*ed|probated", m.group())
            found = (m.lastgroup, len(before) - m.start() if noun else 0)
    return found


# --------------------------------------------------------------------------- spans

_GAP_JOIN_RE = re.compile(
    r"[\s,]*(?:and|plus|followed\s+by|as\s+well\s+as|along\s+with|with)\b[\w\s'$,]{0,30}?"
)
_CONSECUTIVE_GAP_RE = re.compile(r"\b(?:plus|followed\s+by|consecutive)")
# a bare duration is a sentence only after a sentencing word in its clause
_SENTENCING_CUE_RE = re.compile(
    r"\b(?:sentenc\w*|receiv\w*|got|gets|getting|given|gives|giving|handed|serv(?:e|es|ing)"
    r"|jail\w*|imprison\w*|terms?|impos\w*|ordered|awarded|punish\w*|ranging|range)\b"
)
_LIFE_CORE = (
    r"(?:natural\s+|whole\s+)?life(?:(?:\s+|-)(?:in\s+(?:\w+\s+)?(?:prison|jail)|imprisonment"
    r"|sentences?|terms?|behind\s+bars))?"
    r"(?:,?\s+(?:without|with(?:out)?\s+(?:no\s+)?(?:the\s+)?(?:chance|possibility)\s+of)"
    r"(?:\s+(?:the\s+)?(?:possibility|chance)\s+of)?\s+(?:early\s+)?(?:parole|release))?"
)
_LIFE_PHRASE_RE = re.compile(
    r"\b(?:sentenc\w*|condemn\w*|serv(?:e|es|ing)|receiv\w*|got|given)\s+(?:\w+\s+){0,3}?"
    rf"(?:to\s+)?(?P<core>{_LIFE_CORE})(?=\W|$)"
    r"|\b(?:(?:a|two|three|four|five|six|multiple|consecutive|concurrent)\s+){0,3}"
    r"(?:natural\s+|whole\s+)?life(?:(?:\s+|-)(?:in\s+(?:\w+\s+)?(?:prison|jail)|imprisonment"
    r"|sentences?|terms?|behind\s+bars|order|tariff)|(?=\s+without|\s+with\s+(?:no\s+)?(?:the\s+)?"
    r"(?:chance|possibility|parole)))"
    r"(?:,?\s+(?:without|with(?:out)?\s+(?:no\s+)?(?:the\s+)?(?:chance|possibility)\s+of)"
    r"(?:\s+(?:the\s+)?(?:possibility|chance)\s+of)?\s+(?:early\s+)?(?:parole|release))?"
    r"(?=\W|$)"
)
_DEATH_PHRASE_RE = re.compile(
    r"\b(?:the\s+|a\s+)?death\s+(?:sentences?|penalty)\b"
    r"|\b(?:sentenc|condemn)\w*\s+(?:\w+\s+){0,3}?to\s+(?P<core>death)\b"
)
_WORD_TERM_RE = re.compile(
    r"\b(?:(?:a|an|the|real|similar|same|lengthy|long|short)\s+){0,3}"
    r"(?:probation(?:-like|-type|ary)?|suspended|prison|jail|custodial|restricted[- ]freedom)"
    r"(?:\s+(?:sentences?|terms?|punishments?|judgments?|judgements?))"
    r"|\bsimilar\s+(?:terms|sentences|punishments)\b|\btime\s+served\b"
    r"|\b(?:a\s+)?conditional\s+discharge\b|\b(?:on\s+)?probation\b"
    r"|\b(?:\d[\d,]{0,8}|[a-z]{1,12})\s+hours\s+of\s+community\s+service\b|\bcommunity\s+service\b"
    r"|\bhouse\s+arrest\b"
)
_SPAN_KIND = {"prison": "custody", "life": "custody", "death": "custody"}


def find_terms(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentence phrases in ``text`` ("15 years in prison and ... fine").

    Meant for a sentence or a paragraph that states an outcome; a bare duration ("six years")
    is taken only after a sentencing word in its clause ("received", "sentenced", "term").
    """
    if not text:
        return []
    folded, offsets = fold(text[:200_000])
    spans: list[tuple[int, int, str]] = []
    for seg in _segments(folded):
        if seg.kind == "period":
            continue
        clause = folded[max(0, seg.start - 80):seg.start]
        stops = list(rx.BEFORE_STOP_RE.finditer(clause))
        if seg.bare and not _SENTENCING_CUE_RE.search(clause[stops[-1].end():] if stops
                                                      else clause):
            continue
        start = seg.start - seg.reach
        before = folded[max(0, start - 40):start]
        m = re.search(r"(?:\b(?:a|an)\s+)?\b(?:suspended\s+|prison\s+|jail\s+){0,3}"
                      r"(?:sentence|term)\s+of\s+$|\b(?:a|an)\s+$", before)
        if m:
            start -= len(before) - m.start()
        tail = re.match(r"\s+(?:sentences?|terms?)\b", folded[seg.end:seg.end + 12])
        spans.append((start, seg.end + (tail.end() if tail else 0), seg.kind))
    masked = _mask(folded, [(a, b) for a, b, _ in spans])
    for phrase_re in (_LIFE_PHRASE_RE, _DEATH_PHRASE_RE, rx.FINE_PHRASE_RE, _WORD_TERM_RE):
        found = [m.span("core" if m.groupdict().get("core") else 0)
                 for m in phrase_re.finditer(masked)]
        found = [(a, b) for a, b in found if b > a]
        for a, b in found:
            phrase_type = _parse_terms_folded(folded[a:b]).type
            spans.append((a, b, phrase_type.value if phrase_type else ""))
        masked = _mask(masked, found)
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged:
            p_start, p_end, p_kind = merged[-1]
            gap = folded[p_end:start]
            # "six months in jail and five years' probation" is one sentence; "21 years and
            # 20 years, respectively" are two (unless "plus"/"followed by" adds them up)
            both_custody = _SPAN_KIND.get(p_kind) == _SPAN_KIND.get(kind) == "custody"
            if start <= p_end or (_GAP_JOIN_RE.fullmatch(gap) and "." not in gap and (
                    not both_custody or _CONSECUTIVE_GAP_RE.search(gap))):
                merged[-1] = (p_start, max(end, p_end), p_kind or kind)
                continue
        merged.append((start, end, kind))
    return [(offsets[s], offsets[e - 1] + 1) for s, e, _ in merged if e > s]
