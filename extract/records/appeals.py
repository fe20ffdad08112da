"""Appeals and reversals: one record per defendant holding the latest state the text reports.

An appeal's ruling (a conviction quashed, a sentence cut, raised or upheld) replaces the
trial's outcome, term and date in the defendant's record; the conviction it undoes is not a
record of its own; the lead that tells the story without a name ("a man jailed for life was
freed by the Court of Appeal") is the named defendant's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.dates import neighbours, not_in_clause
from extract.records.guards import EARLIER_CASE_FLAG
from extract.records.people import Mention, NameIndex, name_mention
from extract.records.roles import is_official
from extract.records.terms import TermSpan
from schemas import Outcome

if TYPE_CHECKING:
    from extract.records.assembly import Draft

# rules whose outcome is an appeal court's (or a later court's) ruling on an earlier one
APPEAL_RULES = frozenset({
    "appeal-rejected", "lost-appeal", "conviction-upheld-of-name", "sentence-revised",
    "sentence-revised-late", "overturned-conviction", "overturned-conviction-of-name",
    "conviction-thrown-out", "conviction-thrown-out-late", "conviction-for-quashed",
    "exonerated", "declared-innocent", "appeal-rejected-late", "convictions-upheld",
    "appeal-rejected-named", "overturned-sentence-retrial", "won-appeal-conviction",
})
# a dismissal rule is an appeal's only when what it undoes is a conviction or verdict
_UNDONE_NOUN_RE = re.compile(r"\b(?:convictions?|verdicts?)\b", re.IGNORECASE)
_REVISE_VERBS = frozenset({"reduced", "cut", "commuted", "lowered", "shortened", "increased",
                           "raised", "extended", "lengthened", "changed", "replaced",
                           "converted", "softened", "mitigated"})
_APPEAL_NOUNS = frozenset({"appeal", "appeals", "complaint", "cassation"})
# those who file an appeal for the defendant ("the lawyers of X", "on behalf of X")
_FILERS = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "counsel", "defence", "defense",
                     "family", "relatives", "behalf", "mother", "father", "wife", "husband"})
_TO_BEFORE_RE = re.compile(r"\b(?:to|with|into)\s+(?:an?\s+)?(?:real\s+|actual\s+|new\s+)?$",
                           re.IGNORECASE)  # "replaced ... with (a real prison term of) ..."
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_EXONERATION_RE = re.compile(
    r"\b(?:exonerat\w*|wrongful(?:ly)?\s+convict\w*|actual(?:ly)?\s+innocen\w*|"
    r"did\s+not\s+commit)\b", re.IGNORECASE)
_FREED_AFTER_RE = re.compile(r"\b(?:free|freed|released|exonerated|cleared)\s+(?:\w+\s+){0,2}"
                             r"after\s+$", re.IGNORECASE)
# words of a story about a conviction undone
_REVERSAL_CUE_RE = re.compile(
    r"\b(?:freed|cleared|quash\w*|overturn\w*|exonerat\w*|wrongful\w*|wrongly|innocen\w*|"
    r"vacat\w*|appeal\w*|miscarriage)\b", re.IGNORECASE)
_STOP = frozenset({"the", "of", "and", "for", "with", "a", "an", "in", "on", "to", "his", "her",
                   "their", "counts", "count", "charges", "charge", "two", "three", "one"})
_VERB_TAIL_RE = re.compile(
    r"\s+(?:(?:was|were|has|have|had|been|later|also|then)\s+)*(?:quashed|overturned|vacated|"
    r"reversed|tossed|reduced|cut|commuted|lowered|shortened|increased|raised|extended|"
    r"lengthened|upheld|confirmed|affirmed)\b.*$", re.IGNORECASE | re.DOTALL)


def is_appeal(rule_id: str, trigger_text: str, outcome: Outcome) -> bool:
    """Whether a trigger states an appeal's ruling: "overturned his conviction", "cut the
    sentence of X" (not "charges were dropped", which ends a case with no conviction)."""
    if rule_id not in APPEAL_RULES and outcome is not Outcome.DISMISSED:
        return False
    if rule_id in APPEAL_RULES:
        return True
    return bool(_UNDONE_NOUN_RE.search(trigger_text))


_HIGHER_COURT_RE = re.compile(r"\b(?:top|supreme|highest|apex|appeals?|appellate|cassation)\s+"
                              r"courts?\b|\bcourt\s+of\s+(?:appeal|cassation)\b|\bon\s+appeal\b"
                              r"|\b(?:lower|first[- ]instance|trial)\s+court['’]s\s+(?:\w+\s+)?"
                              r"(?:decision|verdict|ruling|judgment|sentence)\b",
                              re.IGNORECASE)  # "cancelled the lower court's decision, acquitting"


def acquitted_on_appeal(outcome: Outcome, sentence: str) -> bool:
    """An acquittal by a higher court ("the top court acquitted X, who was sentenced to death
    in 2010"): the latest state of a case whose conviction the text also tells."""
    return outcome is Outcome.ACQUITTED and bool(_HIGHER_COURT_RE.search(sentence))


def revised_terms(text: str, anchor: Token, terms: list[TermSpan]) -> list[TermSpan]:
    """The terms an appeal's ruling imposes: "cut ... from five years to three" → three;
    "upheld the 12-year sentence" → the 12 years; "reduced his sentence" with no new length
    imposes none the text states (the trial's stays)."""
    verb = anchor.head if anchor.head.lower_ in _REVISE_VERBS else anchor
    if verb.lower_ not in _REVISE_VERBS:
        return terms
    return [t for t in terms if t.start > verb.idx
            and _TO_BEFORE_RE.search(text[max(0, t.start - 20):t.start])]


def trim_charge(charge: str) -> str | None:
    """"robbery overturned" (the charge read up to the trigger verb) → "robbery"."""
    out = _VERB_TAIL_RE.sub("", charge).strip(" ,;")
    return out or None


def appeal_owner(doc: Doc, anchor: Token, names: NameIndex, rules: Rules) -> list[Mention]:
    """"rejected an appeal filed by the lawyers of activist X against ...": whose appeal it
    was, when the parse hangs the name below the appeal's filers."""
    nouns = [c for c in anchor.children if c.dep_ == "dobj" and c.lower_ in _APPEAL_NOUNS]
    for noun in nouns:
        for tok in noun.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in {"of", "for"} or \
                    (tok.head.head.lower_ not in _FILERS and tok.head.head.i != noun.i):
                continue
            m = name_mention(doc, tok, names, rules)
            if m is not None and m.name and not is_official(doc, m.start, m.end, rules):
                return [m]
    return []


def appeal_possessor(doc: Doc, end: int, names: NameIndex, rules: Rules) -> list[Mention]:
    """"dismissed Ravi Kumar's appeal": the appellant named before the possessive that ends
    at token ``end`` (the matched "NAME 's appeal"), never the court that dismissed it."""
    k = end - 1
    while k > 0 and doc[k].lower_ not in {"'s", "’s"}:
        k -= 1
    m = name_mention(doc, doc[k - 1], names, rules) if k > 0 else None
    if m is None or not m.name or is_official(doc, m.start, m.end, rules):
        return []
    return [m]


def retrial_of(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> list[Mention]:
    """"ordered a retrial of A and B, overturning their death sentences": the people the
    new trial is of."""
    out: list[Mention] = []
    for tok in sent:
        if tok.lower_ in {"retrial", "retrials", "re-trial"}:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.subtree if o.dep_ in {"pobj", "conj", "appos"}):
                    m = name_mention(doc, obj, names, rules)
                    if m is not None and m.name and not any(o.name == m.name for o in out):
                        out.append(m)
    return out


def exonerated_serving(anchor: Token, sent: Span) -> bool:
    """"... an exoneration case, since that of X, who was free after serving 25 years": a term
    served in a sentence about an exoneration is a conviction undone, not a sentence."""
    if anchor.lemma_.lower() != "serve" or not _FREED_AFTER_RE.search(
            sent.doc.text[max(sent.start_char, anchor.idx - 40):anchor.idx]):
        return False  # "is serving 22 years" beside someone else's exoneration: a sentence
    return any(not re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", sent.text[:m.start()])
               for m in _EXONERATION_RE.finditer(sent.text))


def reversal_cue(sent: Span) -> bool:
    """The sentence tells of a conviction undone ("was freed by the Court of Appeal")."""
    return bool(_REVERSAL_CUE_RE.search(sent.text))


def appeal_date_nearby(sent: Span, dates: Callable[[Span], list[tuple[int, int, dt.date]]],
                       ) -> dt.date | None:
    """The day of an appeal's ruling stated beside it: "On 2 May, the court of appeal
    pronounced its verdict in the case of X. The judges cut X's term to ..."."""
    for other in neighbours(sent):
        words = {t.lower_ for t in other}
        if not words & {"appeal", "appeals", "appellate", "cassation"} or not words & {
                "verdict", "ruling", "ruled", "decision", "judgment", "judgement"}:
            continue
        if words & {"expected", "will", "due", "scheduled", "postponed", "adjourned"}:
            continue
        found = {d for _, _, d in dates(other)}
        if len(found) == 1:
            return found.pop()
    return None


# ---------------------------------------------------------------- assembly


def _content_words(charge: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", (charge or "").lower()) if w not in _STOP}


def link_appeals(drafts: list[Draft]) -> None:
    """"had his 1972 conviction quashed ... He had been sentenced to nine months": the
    earlier conviction of a defendant whose appeal the text reports is the one the appeal
    ruled on (not a prior record), unless its charge is another one."""
    appeals = [d for d in drafts if d.appeal and not d.prior and d.key[0] == "name"]
    for d in drafts:
        if not d.prior or d.appeal or EARLIER_CASE_FLAG in d.flags:
            continue  # ("was also jailed for two years last year": another case)
        for a in appeals:
            if a.key != d.key:
                continue
            mine, theirs = _content_words(d.charge), _content_words(a.charge)
            if not theirs:  # "... fully acquitting X": the case's charge, told by its trial
                theirs = {w for o in drafts if o.key == a.key and not o.prior
                          for w in _content_words(o.charge)}
            if not mine or not theirs or mine & theirs:
                d.prior = False
                break


def absorb_overturned_lead(drafts: list[Draft]) -> list[Draft]:
    """"A man jailed for life in 1977 was freed by the Court of Appeal. ... Brown's
    conviction was quashed": the unnamed lead is the one named defendant whose conviction
    was undone (its charge and place carry over; no sentence stands)."""
    undone = [d for d in drafts if d.person and d.appeal and not d.prior
              and d.outcome is Outcome.DISMISSED]
    if len({d.person for d in undone}) != 1:
        return drafts
    target = undone[0]
    out: list[Draft] = []
    for d in drafts:
        if d.person is None and d.group_size == 1 and not d.prior and d.reversal_cue \
                and d.outcome is Outcome.CONVICTED and d.sent_index <= target.sent_index:
            if target.charge is None and d.charge:
                target.charge, target.charge_rank = d.charge, d.charge_rank + 1
            if target.city is None and d.city is not None:
                target.city, target.city_tier, target.country = d.city, d.city_tier, d.country
                target.city_kind = d.city_kind
            continue
        out.append(d)
    return out


# ---------------------------------------------------------------- a later ruling, unnamed

# a higher court's ruling that leaves the trial's outcome standing: "An appeals court upheld
# the sentence on 9 May", "His appeal was rejected last week"
_KEPT_VERBS = frozenset({"upheld", "confirmed", "affirmed", "rejected", "dismissed", "denied",
                         "turned", "threw", "refused"})
_RULED_ON = frozenset({"sentence", "sentences", "verdict", "verdicts", "conviction",
                       "convictions", "ruling", "decision", "appeal", "appeals", "term"})
_APPELLATE = frozenset({"appeal", "appeals", "appellate", "cassation", "supreme", "higher"})
_PENDING = frozenset({"will", "would", "could", "may", "might", "can", "expected", "plans",
                      "intends", "due", "scheduled", "if", "whether", "hopes", "not", "never"})


def upheld_later(doc: Doc, drafts: list[Draft], taken: set[int],
                 dates: Callable[[Span], list[tuple[int, int, dt.date]]]) -> None:
    """A trial's record whose appeal a later sentence says was lost, that sentence naming no
    one ("An appeals court upheld the sentence on 9 May", "His appeal was rejected last
    week"): its date is the appeal ruling's, or None when that gives no day (gold/GUIDELINES
    "Appeals"). Only where the ruling's defendant is plain: the one defendant of the
    sentences before it ("his", "the sentence") or all of them ("their appeals").
    ``taken``: the sentences that gave drafts of their own (a named ruling is one)."""
    for n, sent in enumerate(doc.sents):
        if n in taken or n > 400:
            continue
        if not _kept_ruling(sent):
            continue
        # ... not one whose own sentence tells a higher court's ruling already ("The High
        # Court upheld on Tuesday a ruling that sentenced a man ...")
        before = [d for d in drafts if not d.prior and not d.appeal and d.sent_index < n
                  and n - d.sent_index <= 4 and d.outcome is Outcome.CONVICTED
                  and not _RULING_RE.search(doc.text[d.ev_start:d.ev_end])]
        owners = {d.key for d in before}
        plural = any(t.lower_ in {"their", "they", "all"} for t in sent)
        if not before or (len(owners) > 1 and not plural):
            continue
        found = {d for s, _, d in dates(sent) if not_in_clause(sent, s)}
        day = found.pop() if len(found) == 1 else None
        for d in before:
            d.date, d.appeal = day, True


_RULING_RE = re.compile(r"\b(?:upheld|upholds?|affirmed|confirmed|appeal\w*|cassation)\b",
                        re.IGNORECASE)


def _kept_ruling(sent: Span) -> bool:
    words = {t.lower_ for t in sent if t.ent_type_ != "DATE"}  # "May 9" is no modal
    if not words & _APPELLATE or words & _PENDING:
        return False
    for tok in sent:
        if tok.lower_ in _KEPT_VERBS and tok.tag_ in {"VBD", "VBN"}:
            objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            if tok.lower_ in {"turned", "threw"} and not any(c.lower_ in {"down", "out"}
                                                               for c in tok.children):
                continue
            if any(o.lower_ in _RULED_ON and not any(
                    c.ent_type_ == "PERSON" or (c.dep_ == "poss" and c.pos_ == "PROPN")
                    for c in o.subtree) for o in objs):
                return True
    return False
