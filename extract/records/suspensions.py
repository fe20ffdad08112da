"""A whole term suspended by a sentence of its own: "Each was sentenced to six years. The
sentences were suspended." (split out of terms.py, which finds the terms themselves)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extract.nlp import doc_text
from extract.records.layout import sent_index
from schemas import Outcome, SentenceType

if TYPE_CHECKING:
    from extract.records.assembly import Draft

# "Each was sentenced to six years. The sentences were suspended.", "Still, the court
# suspended the sentence for two years": a whole term suspended in a sentence of its own (not
# "two years of the sentence were suspended", a part; nor "suspended pending appeal", a stay)
_SUSPENDED_LATER_RE = re.compile(
    r"(?<!\bof\s)\b(?P<det>the|his|her|their|both|all|each\s+of\s+the)\s+"
    r"(?P<noun>(?:(?:prison|jail|custodial)\s+)?(?:sentences?|(?:prison|jail|custodial)\s+terms?))"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:(?:ruled|ordered)\s+to\s+be\s+|also\s+"
    r"|fully\s+|wholly\s+)?(?:suspended|deferred(?=\s*[.,;]))"
    r"|\b(?P<but>(?:but|and|then)\s+)?suspended\s+(?P<det2>the|his|her|their|both|all|each\s+of\s+the)\s+"
    r"(?P<noun2>(?:(?:prison|jail|custodial)\s+)?(?:sentences?|(?:prison|jail)\s+terms?)"
    r"|(?<=the\s)terms?(?=\s+(?:because|due|given|in\s+view|[.,;])))\b",
    re.IGNORECASE)
_STAYED_AFTER_RE = re.compile(r"(?:\s+[\w,]+){0,3}?\s+(?:pending|until|till|after|while|because"
                              r"|in\s+(?:19|20)\d\d|on\s+(?:\w+\s+)?grounds)\b", re.IGNORECASE)
_PLURAL_RE = re.compile(r"s$|^(?:both|all|each)", re.IGNORECASE)


def suspend_earlier(doc: Doc, drafts: list[Draft], flag: str) -> None:
    """"Each was sentenced to six years in prison. The sentences were suspended.": a sentence
    that suspends "the sentence(s)" and states no outcome of its own makes the custodial
    terms of the nearest sentence before it (up to two back) suspended ones; "sentenced X to
    ten years but suspended the term" those of its own sentence. A singular "the sentence"
    over several different terms names none of them."""
    text = doc_text(doc)
    for m in _SUSPENDED_LATER_RE.finditer(text):
        if (stay := _STAYED_AFTER_RE.match(text, m.end())) is not None and not (
                m.group("but") and stay.group().lower().split()[-1] == "because"):
            continue  # "suspended pending appeal": a stay (not "but suspended the term
            # because of her age", the judge's reason)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        here = sent_index(doc, span.sent)
        # "sentenced X to ten years in prison but suspended the term": the verdict's own
        # sentence suspends its term (the judge's clause after "but"), else its own outcomes
        own = bool(m.group("but")) and any(d.sent_index == here for d in drafts)
        if any(d.sent_index == here for d in drafts) and not own:
            continue  # a sentence with outcomes of its own
        if any(t.ent_type_ == "PERSON" for t in doc[span.end:span.sent.end]) and not (
                own and len({d.person for d in drafts if d.sent_index == here}) == 1):
            continue  # "The sentence was suspended for Jones": whose, of several, it names
        low = here if own else here - 2
        held = [d for d in drafts if low <= d.sent_index < here + own and not d.prior
                and d.outcome is Outcome.CONVICTED]
        if not held:
            continue
        last = max(d.sent_index for d in held)
        told = [d for d in held if d.sent_index == last]
        if any(d.type is not SentenceType.PRISON or d.months is None for d in told):
            continue  # (a co-accused told with no term of their own: which one, is unclear)
        plural = _PLURAL_RE.search(m.group("det") or m.group("det2")) or \
            _PLURAL_RE.search(m.group("noun") or m.group("noun2"))
        if not plural and (len({d.months for d in told}) > 1 or (len(told) > 1 and (
                m.group("det") or m.group("det2")).lower() in {"his", "her"})):
            continue
        for d in told:
            d.type = SentenceType.SUSPENDED
            d.flags.append(flag)
