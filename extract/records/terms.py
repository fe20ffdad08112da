"""Sentence phrases ("three years and seven months imprisonment") found in a piece of text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extract import _term_regex as rx
from extract.nlp import Rules, doc_text
from extract.records.layout import sent_index
from schemas import Outcome

if TYPE_CHECKING:
    from extract.records.assembly import Draft

_ADJECTIVE_RE = re.compile(r"\S+[-\u2010\u2011](?:year|month|week|day|hour)s?", re.IGNORECASE)


# a length with no kind after it ("and five years’ [post-release supervision]") is not joined
_BARE_LENGTH_RE = re.compile(r"[\w\s,.\-\u2010\u2011/½]+?(?:years?|months?|weeks?|days?)[’']?s?",
                             re.IGNORECASE)


_DURATION_BEFORE_RE = re.compile(
    r"\b(?:over|during|within|in|throughout|spanning|spanned|lasting|lasted|lasts|took|"
    r"spen[dt]|spends|spending|"  # ("after spending two years on remand": time held)
    r"the\s+(?:past|last|next|first)|"
    r"about|nearly|almost|some|more\s+than|at\s+least)\s+(?:half\s+)?$",  # ("lasted half a day")
    re.IGNORECASE)
_KIND_RE = re.compile(r"prison|jail|imprison|custody|probation|colony|arrest|freedom|bars|"
                      r"sentence|term|suspended|detention|incarceration", re.IGNORECASE)
# "sentenced two men, A and B, to death": the objects between verb and "to" may be a list,
# but no verb of their own ("sentenced for beating a man to death" is no death sentence; a
# participle after an article is an adjective: "ten members of the banned group to death";
# "including" opens a part of the objects: "three men including two leaders to death")
_DEATH_BEFORE_RE = re.compile(
    r"(?:sentenc\w*|condemn\w*)\s+(?:(?!(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?!including\b)"
    r"[\w’'-]+(?:ing|ed)\b"
    r"|(?:who|whom|which|that|was|were|"
    r"is|are|been|had|has)\b)[\w’'.()-]+,?\s+){0,12}to\s+$",  # ("four State (IS) members")
    re.IGNORECASE)
_BARE_DEATH_RE = re.compile(r"death(?:\s+by\s+[\w\s]+)?", re.IGNORECASE)  # not "death penalty"
_UNITS = ("year", "month", "week", "day")
_LAST_UNIT_RE = re.compile(r"(year|month|week|day)s?[’']?$", re.IGNORECASE)
_FIRST_UNIT_RE = re.compile(r"^[\w\s.-]*?\b(year|month|week|day)s?\b", re.IGNORECASE)

# "jailed on Friday for at least 14 years": a minimum term imposed, not how long a crime lasted
_MINIMUM_IMPOSED_RE = re.compile(
    r"\b(?:jail|sentenc|imprison)\w*\s+(?:[\w’'.,-]+\s+){0,5}(?:for|to)\s+"
    r"(?:at\s+least|a\s+minimum\s+of|more\s+than)\s+$", re.IGNORECASE)
# "fined journalist A 2,000 manats": the words between the verb and its amount name the one
# fined; an amount elsewhere (damages, a bribe, a sum stolen) is no sentence
_FINED_BEFORE_RE = re.compile(
    r"\bfined\s+(?:(?!(?:and|or|for|but|after|while|who|which|by|because|over|between|from"
    r"|up)\b|[\w\u2019'.-]*\d)[\w\u2019'.-]+,?\s+){0,6}$", re.IGNORECASE)  # (a range, or an
# amount given already: "fined A 8 million pounds, about $10.6 million")
# "jailed A for life": the verb a few words before (not "banned for life")
_CUSTODY_FOR_RE = re.compile(
    r"\b(?:jail|imprison|gaol|lock|sentenc|put|sen[dt])\w*\s+(?:(?!(?:and|or|but|who|which|from"
    r"|after)\b)[\w\u2019'.-]+,?\s+){0,5}(?:away\s+|behind\s+bars\s+)?for\s+$",
    re.IGNORECASE)
# terms.json rules kept only after their cue
# "sentenced X to hang", not "refused to hang a flag"
_DOOMED_BEFORE_RE = re.compile(r"\b(?:sentenc|condemn)\w*\s+(?:[\w’'.,-]+\s+){0,6}to\s+$",
                               re.IGNORECASE)
_CUE_BEFORE = {"term-fine-amount": _FINED_BEFORE_RE, "term-life-jailed-for": _CUSTODY_FOR_RE,
               "term-death-hanged": _DOOMED_BEFORE_RE}
_SPREAD_GAP_RE = re.compile(r"\s+(?:ranging\s+from|of\s+between|between)\s+", re.IGNORECASE)
_IMPOSED_BEFORE_RE = re.compile(
    r"\b(?:sentenc|jail|imprison|gave|given|handed|receiv|serv|order|lock)\w*\s+"
    r"(?:[\w’'.,-]+\s+){0,7}(?:to|for)\s+$"  # (its object between: "jailed a former ..."
    r"|\b(?:gave|given|handed|receiv\w*|got|gets|serv\w*)\s+$", re.IGNORECASE)  # "was handed
# six years after admitting fraud"


# "jailed nine protesters for up to four years": a ceiling imposed on the verb's objects (the
# "up to" hedge only knows "jailed for up to"); a hedge before the verb still holds ("could
# be jailed for up to"), a present or bare verb imposes nothing ("courts can jail ... for")
_IMPOSED_UP_TO_RE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|gaoled)\s+(?:(?!(?:and|or|but|who|which|that|if|"
    r"unless|could|would|might|may|will|can|faces?|facing)\b)[\w’'.,-]+\s+){1,8}"
    r"(?:to|for)\s+(?P<up>up\s+to\s+)$", re.IGNORECASE)


# "jailed for life with a minimum term of 24 years", "life, with a minimum of 15 years": the
# minimum belongs to the life sentence (GUIDELINES: life with a minimum term is `life`)
_LIFE_MINIMUM_RE = re.compile(
    r",?\s+(?:with\s+)?(?:a\s+)?minimum\s+(?:term\s+|tariff\s+|period\s+)?of\s+"
    r"(?:at\s+least\s+)?[\w.½-]+(?:\s+and\s+a\s+half)?\s+years?\b", re.IGNORECASE)


# an appeal's change of a term: "reduced the sentence of X from five years to ..."
_REVISED_FROM_RE = re.compile(
    r"\b(?:reduc|cut|commut|lower|shorten|increas|rais|extend|lengthen|chang|replac)\w*\s+"
    r"[^.;]{0,120}?\bfrom\s+$", re.IGNORECASE)
_RANGE_TO_RE = re.compile(r"^.*?\s+to\s+(?=\S)", re.IGNORECASE | re.DOTALL)


def _compound_length(chunk: str, prev_end: int, start: int, end: int) -> bool:
    """"four years, eight months and seven days", "7 years 6 months": a comma or a space
    alone between a length and a length of a smaller unit continues one term ("two years,
    18 months and a year respectively" lists three people's)."""
    last = _LAST_UNIT_RE.search(chunk[:prev_end].rstrip())
    first = _FIRST_UNIT_RE.search(chunk[start:end])
    if last is None or first is None or chunk[prev_end:start].strip() not in {",", ""}:
        return False
    if re.search(r"\brespectively\b", chunk[end:end + 40], re.IGNORECASE):
        return False
    return _UNITS.index(first.group(1).lower()) > _UNITS.index(last.group(1).lower())


@dataclass(frozen=True, slots=True)
class TermSpan:
    """A sentence phrase: character offsets in the article text, its text, and whether it is
    hedged (a possible, promised or requested sentence rather than one imposed)."""

    start: int
    end: int
    text: str
    rule_id: str
    hedged: bool
    negative: bool = False
    flags: tuple[str, ...] = ()  # ids of flagged rules (terms.json "flag") inside the phrase
    unit: str | None = None  # "B six and C five": the unit the list's first term gave


def find_term_spans(text: str, start: int, end: int, rules: Rules) -> list[TermSpan]:
    """Sentence phrases inside ``text[start:end]``, adjacent ones joined into one phrase."""
    chunk = text[start:end]
    raw: list[tuple[int, int, str]] = []
    for rule in rules.terms:
        for m in rule.regex.finditer(chunk):
            cue = _CUE_BEFORE.get(rule.id)
            if m.end() > m.start() and (cue is None or cue.search(
                    chunk[max(0, m.start() - 80):m.start()])):  # (before other rules' spans)
                raw.append((m.start(), m.end(), rule.id))
    if not raw:
        return []
    # longest first at each start, then drop spans inside an earlier kept one
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, rid in raw:
        if kept and s < kept[-1][1]:
            if e > kept[-1][1]:
                ps, _, prid = kept[-1]
                kept[-1] = (ps, e, prid)
            continue
        kept.append((s, e, rid))
    merged: list[tuple[int, int, str]] = [kept[0]]
    for s, e, rid in kept[1:]:
        ps, pe, prid = merged[-1]
        gap = chunk[pe:s]
        if rules.term_join.match(gap) and (not _BARE_LENGTH_RE.fullmatch(chunk[s:e])
                                           or _SPREAD_GAP_RE.fullmatch(gap)
                                           or rid == "term-suspension-period"
                                           or _compound_length(chunk, pe, s, e)):
            # "prison terms ranging from two to seven years" is one phrase
            merged[-1] = (ps, e, prid)
        else:
            merged.append((s, e, rid))
    flagged = {r.id for r in rules.terms if r.flag}
    out: list[TermSpan] = []
    reach = 0
    for s, e, rid in merged:
        if s < reach:
            continue  # inside a life term's minimum, taken with it
        tariff = _LIFE_MINIMUM_RE.match(chunk, e) if rid.startswith("term-life") else None
        if tariff is not None:  # "life with a minimum term of 24 years": one phrase, `life`
            e = reach = tariff.end()
        if _ADJECTIVE_RE.fullmatch(chunk[s:e].strip()):
            continue  # "a two-week trial", "a 10-year-old case": a modifier, no sentence
        if rid == "term-length" and _DURATION_BEFORE_RE.search(chunk[max(0, s - 25):s]) and \
                not _KIND_RE.search(chunk[s:e]) and not _MINIMUM_IMPOSED_RE.search(
                    chunk[max(0, s - 80):s]):
            continue  # "stole money over six months": how long the crime lasted
        if rid == "term-length-then-clause" and not _IMPOSED_BEFORE_RE.search(
            chunk[max(0, s - 60):s]
        ):
            continue  # "lived there for ten years after his release": no sentence
        if re.search(r"\bhours?\b", chunk[s:e], re.IGNORECASE) and not re.search(
            r"service|work|labou?r|\b(?:years?|months?|weeks?|days?)\b", chunk[s:e],
            re.IGNORECASE
        ):
            continue  # "took just two hours": hours are only a sentence as community service
        if rid == "term-death" and _BARE_DEATH_RE.fullmatch(chunk[s:e]) and \
                not _DEATH_BEFORE_RE.search(chunk[max(0, s - 70):s]):
            continue  # "beaten to death", "stabbed to death": no death sentence
        before = chunk[max(0, s - 80):s]
        revised = _REVISED_FROM_RE.search(chunk[max(0, s - 160):s])
        split = _RANGE_TO_RE.search(chunk[s:e]) if revised else None
        if split is not None:
            # "cut his term from five years to three years": the old term is no sentence now
            s, rid = s + split.end(), "term-revised"
            before = chunk[max(0, s - 80):s]
        hedged = bool(rules.hedge_before.search(before))
        imposed = _IMPOSED_UP_TO_RE.search(before) if hedged else None
        if imposed is not None:  # "sentenced five men to up to ten years": the group's top
            hedged = bool(rules.hedge_before.search(before[:imposed.start("up")]))
        negative = bool(re.search(r"(?:^|[\s(])[-\u2212\u2013]$", before))  # "-3 years"
        kind = rx.SUSPENDED_BEFORE_RE.search(before)
        if kind:  # "a suspended six-month prison sentence": the kind is the term's own
            s -= len(kind.group(0))
        out.append(TermSpan(start=start + s, end=start + e, text=chunk[s:e].strip(),
                            rule_id=rid, hedged=hedged, negative=negative,
                            flags=tuple(sorted({f for fs, fe, f in raw
                                                if f in flagged and s <= fs and fe <= e}))))
    return out + _elided(text, start, end, out) + _bracketed_bare(text, start, end, out, rules)


# "A got seven years, B six and C five": a bare number right after a name, closing its item
# ("sentenced A to five years and B to three", "A was jailed for six years and B for four":
# the preposition kept; "B – six"; "... and his brother B to five": a role before the name,
# with the preposition, or a possessive ("and his deputy B 20"); "A and B to ten years
# each, and C to eight"; "sentenced A to
# seven years on Sunday, and B to five"; "..., C and D five each": names joined first; "B
# two and a half": the half is the item's; "A got seven years, while B got six"; never
# "B and C got three and four years": a number before another length is a list's)
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_ELIDED_RE = re.compile(r"(?:\s+(?:each|apiece|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
                        r"\s*(?:,\s+and|,\s+while|,|\band|\bwhile)\s+"
                        rf"(?:(?:[a-z]+\s+){{1,3}}(?=[A-Z]){_NAME}\s+(?:to|for)\s+"
                        rf"|(?:his|her|their)\s+(?:[a-z]+\s+){{1,2}}(?=[A-Z]){_NAME}\s+"
                        rf"|{_NAME}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_NAME})*\s+"
                        r"(?:(?:to|for|[-–—]|got|received)\s+)?)"
                        r"(?P<num>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|\d{1,2})(?:\s+and\s+a\s+half|\s*½|\s+1/2|\.5)?)"
                        r"(?=\s+(?:each|apiece)\b|\s*(?:,|;|\.|$)"
                        r"|\s+and\s+(?![\w.½/-]+\s+(?:years?|months?|weeks?|days?)\b))")
# "seven years for A, six for B and five for C": the term first, then "for" and the name
_ELIDED_FOR_RE = re.compile(rf"\s+for\s+{_NAME}\s*(?:,\s+and|,|\band)\s+"
                            r"(?P<num>(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|\d{1,2})(?:\s+and\s+a\s+half|\s*½|\s+1/2|\.5)?)"
                            r"(?=\s+for\s+[A-Z])")
_UNIT_RE = re.compile(r"\b(years?|months?)\b", re.IGNORECASE)
_REVISED_TO_BARE_RE = re.compile(
    r"\s+to\s+(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"(?=\s*(?:,|;|\.|\b(?:at|on|in|after|by|and|when|while)\b|$))", re.IGNORECASE)


def _elided(text: str, start: int, end: int, found: list[TermSpan]) -> list[TermSpan]:
    """The items after a term with a unit that give only a number ("Timur Safin six"): each
    a term of that unit (its text the number as written)."""
    out: list[TermSpan] = []
    for term in found:
        unit = _UNIT_RE.search(term.text)
        if term.hedged or unit is None:
            continue
        pos = term.end
        bare = _REVISED_TO_BARE_RE.match(text, pos, end)
        if bare is not None and _REVISED_FROM_RE.search(text[max(0, term.start - 160):
                                                             term.start]):
            # "cut from eight years to six": the new term, in the old one's unit
            out.append(TermSpan(start=bare.start("num"), end=bare.end("num"),
                                text=bare.group("num"), rule_id="term-elided", hedged=False,
                                unit=unit.group(1).lower().rstrip("s") + "s"))
            continue
        while (m := _ELIDED_RE.match(text, pos, end) or _ELIDED_FOR_RE.match(text, pos, end)
               ) is not None:
            out.append(TermSpan(start=m.start("num"), end=m.end("num"), text=m.group("num"),
                                rule_id="term-elided", hedged=False,
                                unit=unit.group(1).lower().rstrip("s") + "s"))
            pos = m.end()
    return out


# "sentenced X, already serving a nine-year term, to a further 19 years": a term being
# served already is another case's
_SERVING_BEFORE_RE = re.compile(
    r"\b(?:(?:already|currently|still|now)\s+(?:serving|behind\s+bars\s+for|jailed\s+for)|"
    r"(?:is|are|was|were)\s+(?:already\s+|currently\s+|still\s+)?serving)\s+"
    r"(?:a\s+|an\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)


def drop_served(text: str, terms: list[TermSpan]) -> list[TermSpan]:
    """``terms`` without those being served already from an earlier case, when another term
    is left to be this outcome's."""
    served = [t for t in terms if _SERVING_BEFORE_RE.search(text, max(0, t.start - 40),
                                                            t.start)]
    return [t for t in terms if t not in served] if len(served) < len(terms) else terms


# "A (life), B (20 years) and C (15 years)": a lone "life" or "death" in brackets after a name
_BRACKETED_BARE_RE = re.compile(r"\b[A-Z][\w’'-]+\s*\(\s*(?P<term>(?:aggravated\s+)?life|death)"
                                r"\s*\)")


def _bracketed_bare(text: str, start: int, end: int, found: list[TermSpan],
                    rules: Rules) -> list[TermSpan]:
    """The lone "life" or "death" in brackets right after a name, which the term rules (that
    want a verb or a noun beside it) do not read: a term of its own item."""
    out: list[TermSpan] = []
    for m in _BRACKETED_BARE_RE.finditer(text, start, end):
        s, e = m.span("term")
        if not any(t.start <= s < t.end for t in found):
            hedged = bool(rules.hedge_before.search(text[max(start, s - 80):s]))
            out.append(TermSpan(start=s, end=e, text=m.group("term"), hedged=hedged,
                                rule_id="term-death" if m.group("term") == "death" else
                                "term-life"))
    return out


# the triggers whose outcome is a deferral itself ("deferred the announcement of the verdict
# against X"): models/patterns/triggers.jsonl
DEFERRED_RULES = frozenset({"deferred-verdict-for", "deferred-verdicts-announcement-for",
                            "verdict-announcement-deferred-for"})


def deferred_verdict(text: str, start: int, end: int, own: bool) -> bool:
    """The court deferred the announcement of the verdict (HAGB) in ``text[start:end]``, a
    sentence: for every outcome in it ("sentenced X to 15 months but deferred the
    announcement of the verdict"), or, when the phrase names its own defendant ("... against
    B"), for the deferral's ``own`` trigger only. A hearing put off ("... until next month")
    is no deferral of a verdict given."""
    for m in rx.DEFERRED_VERDICT_RE.finditer(text, start, end):
        if rx.POSTPONED_AFTER_RE.search(text, m.end(), min(end, m.end() + 80)):
            continue
        if own or not _DEFERRED_FOR_RE.match(text, m.end()):
            return True
    return False


def defer_earlier(doc: Doc, drafts: list[Draft], flag: str) -> None:
    """"A and B were sentenced to 15 months. The court deferred the announcement of the
    verdicts.": a deferral that names no one and states no outcome of its own is the
    verdicts' of the two sentences before it; their drafts get ``flag``."""
    text = doc_text(doc)
    for m in rx.DEFERRED_VERDICT_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if not deferred_verdict(text, sent.start_char, sent.end_char, False):
            continue
        here = sent_index(doc, sent)
        if any(d.sent_index == here for d in drafts):
            continue  # its own verdicts take it (deferred_verdict at the trigger)
        for d in drafts:
            if here - 2 <= d.sent_index < here and not d.prior and flag not in d.flags and \
                    d.outcome is Outcome.CONVICTED:
                d.flags.append(flag)


_DEFERRED_FOR_RE = re.compile(r",?\s+(?:against|for)\s+(?!(?:a|an|the|\d+|one|two|three|four|five)"
                              r"\s+(?:days?|weeks?|months?|years?)\b)\S", re.IGNORECASE)
