"""The parts of a trigger's sentence its slots come from: the trigger's clause, where a term
is the subject, a next trigger that states no outcome of its own, a term phrase set on a
draft (from records/triggers.py, which reads them per trigger)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp import doc_text
from extract.normalize import parse_terms
from extract.records.assembly import Draft
from extract.records.terms import TermSpan
from schemas import SentenceType

SENTENCE_NOUNS = frozenset({"sentence", "sentences", "term", "terms", "verdict", "verdicts",
                            "punishment", "penalty"})


def term_is_subject(anchor: Token, terms: list[TermSpan]) -> bool:
    """"Prison sentences of 18 months were handed down to A": the term is the passive
    subject of the give verb, before it."""
    for c in anchor.children:
        if c.dep_ == "nsubjpass" and c.lower_ in SENTENCE_NOUNS:
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            return any(lo <= t.start < hi for t in terms)
    return False


def noun_convicts(doc: Doc, anchor: Token, at: int) -> bool:
    """The next trigger is the noun "convicts" ("commuted the sentence of three convicts to
    life"): no outcome of its own, so the terms after it are still this trigger's; or it
    upholds this one's sentence in the same ruling ("dismissed his appeal and confirmed the
    sentence of life imprisonment": the sentence the appeal leaves standing)."""
    tok = next((t for t in doc[anchor.i:anchor.sent.end] if t.idx == at), None)
    if tok is not None and tok.dep_ == "conj" and tok.head.i == anchor.i and \
            tok.lemma_ in _UPHOLD_LEMMAS and not any(c.dep_ == "nsubj" for c in tok.children):
        return True
    return tok is not None and tok.lower_ in {"convict", "convicts"} and \
        tok.pos_ in {"NOUN", "PROPN"}


_UPHOLD_LEMMAS = frozenset({"confirm", "uphold", "affirm", "maintain"})


_ARGS, _RULING_VERBS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"}), frozenset(
    {"withhold", "deduct", "order", "place", "put", "rule", "decide"})


def trigger_clause(anchor: Token, sent: Span) -> tuple[int, int]:
    """Token range of the trigger's clause: its subtree (its head's for a conjunct)."""
    top = anchor
    own_args = anchor.dep_ == "conj" and any(c.dep_ in _ARGS for c in anchor.children)
    if anchor.dep_ in {"conj", "xcomp"} and anchor.head.i >= sent.start and not own_args:
        top = anchor.head  # "... sentenced X to two years and fined him": its own clause
    elif anchor.dep_ == "pcomp" and anchor.head.lower_ in {"after", "upon"} and \
            anchor.head.head.lemma_ in _RULING_VERBS:  # "ordered that X's salary be withheld
        top = anchor.head.head  # ... after finding him guilty": the ruling's clause (never
    lo, hi = top.left_edge.i, top.right_edge.i + 1  # "served 16 years after pleading guilty")
    if anchor.lower_ in {"found", "pleaded", "pled", "pleads", "plead", "admitted"}:
        lo = min(lo, anchor.i)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    if hi - lo < 3:
        return sent.start, sent.end
    return lo, hi


def set_term(draft: Draft, term: TermSpan) -> None:
    text = term.text
    if term.rule_id == "term-similar":
        draft.sentence, draft.similar = text, True
        return
    parsed = parse_terms(f"{text} {term.unit}" if term.unit else text)
    draft.sentence = text
    draft.months = parsed.months
    draft.type = parsed.type
    draft.flags.extend([*parsed.flags, *(f"term:{f}" for f in term.flags)])
    if parsed.type is None and parsed.months is None:
        if "invalid-length" in parsed.flags:
            draft.sentence = None
        elif term.rule_id == "term-fine":
            draft.type = SentenceType.FINE  # an amount in a currency the normaliser lacks
        elif term.rule_id == "term-death":
            draft.type = SentenceType.DEATH  # "death by hanging", "by firing squad"
        elif term.rule_id == "term-life":
            draft.type = SentenceType.LIFE  # "A (aggravated life), B (20 years)"
        return
    if draft.type is None:
        draft.type = SentenceType.PRISON


def end_char(sent: Span) -> int:
    text = sent.text
    return sent.start_char + len(text.rstrip())


_ARGUMENTS = frozenset({"dobj", "dative", "nsubj", "nsubjpass"})


def inside_aside(anchor: Token, other: Token) -> bool:
    """``other`` sits in a relative clause or apposition hung on one of ``anchor``'s
    arguments ("sentenced X, who is already serving nine years, to 19 more"): an aside about
    the defendant, not the outcome that ends ``anchor``'s own clause."""
    for tok in (other, *other.ancestors):
        if tok.i == anchor.i:
            return False
        if tok.dep_ in {"relcl", "appos", "acl"} and tok.head.head.i == anchor.i and \
                tok.head.dep_ in _ARGUMENTS:
            return True
        if tok.dep_ == "advcl" and tok.head.i == anchor.i and tok.lower_ == "serving" and \
                tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ",":
            return True  # (the parse may hang ", currently serving N years," on the verb)
    return False


def prenominal(tok: Token) -> bool:
    """An outcome word used as an adjective before its noun ("handed jailed critic A a new
    term"): it describes someone, and ends no other outcome's clause."""
    return tok.dep_ == "amod" and tok.head.i > tok.i


_CEILING_RE = re.compile(r"\bup\s+to\s+$", re.IGNORECASE)
_TOTAL_BEFORE_RE = re.compile(r"\b(?:total|combined|cumulative)\s+of\s+$", re.IGNORECASE)


def is_ceiling(doc: Doc, term: TermSpan) -> bool:
    """"up to five years": the top of the terms a group got (hedged for one person)."""
    return bool(_CEILING_RE.search(doc_text(doc)[max(0, term.start - 12):term.start]))


def is_total(doc: Doc, term: TermSpan) -> bool:
    """"jailed for a total of 30 years": a sum over several people or counts."""
    return bool(_TOTAL_BEFORE_RE.search(doc_text(doc)[max(0, term.start - 25):term.start]))


def term_context(doc: Doc, sent: Span, term: TermSpan) -> str:
    """The text of ``term`` with up to 30 characters either side, within ``sent``."""
    return doc_text(doc)[max(sent.start_char, term.start - 30):min(end_char(sent),
                                                                   term.end + 30)]
