"""Offences named outside "convicted of/for X" in the outcome's own clause: "jailed over
fraud", "sentenced ... in the case of X", "in a wire fraud case", "in the first of three
bribery cases". A last resort of ``find_charge``: only when nothing else names the offence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from extract.records.charge_bounds import is_term_word
from extract.records.charge_text import clean_charge
from extract.records.layout import is_headline

Phrase = Callable[[Doc, int, int, Sequence[tuple[int, int]]], tuple[int, int]]

_CASE_NOUNS = frozenset({"case", "cases"})
# "in the first of 11 X cases", "in one of two X cases": which of the cases
_CASE_PICKS = frozenset({"first", "second", "third", "fourth", "fifth", "one", "last",
                         "latest", "another"})
# nouns before "case" that name a court, a stage or a kind of law, not an offence
_NOT_OFFENCE_NOUNS = frozenset({"court", "appeal", "appeals", "trial", "retrial", "test",
                                "landmark", "cassation", "family", "civil", "criminal", "state",
                                "government", "lawsuit", "court-martial", "custody",
                                "extradition", "asylum", "immigration", "cold", "copycat"})
# "over the weekend", "over the phone", "over the past year": when or how, not what
_NOT_OVER = frozenset({"weekend", "phone", "telephone", "past", "last", "next", "course",
                       "period", "years", "months", "weeks", "days", "decade", "decades",
                       "internet", "radio", "video", "objections", "objection", "protests",
                       "heads", "head", "top", "edge", "border", "what", "who", "whom",
                       "which", "time", "summer", "winter", "spring", "autumn", "holidays"})
_NOT_BEFORE_OVER = frozenset({"just", "well", "slightly", "little", "all", "hand", "handed",
                              "turned", "took", "taken", "presided", "presiding", "run", "ran"})
_CHARGES_TAIL = re.compile(r"(?i)\s+(?:charges?|counts?)$")  # "over fraud charges": fraud
_NUMBER_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"})
_NAME_ENTS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})
_FINDING_VERBS = frozenset({"find", "convict", "sentence", "jail", "imprison"})
# how far the charge of each cue word yields to others ("convicted of X" beats "convicted
# for X", both beat "convicted over X" and a case named by its offence)
CUE_RANK = 10  # (above the 9 of no charge: a cue's offence yields to any other)
# an offence told in a sentence beside the outcome (its accusation) yields to any an
# outcome's own sentence states ("sentenced for X" is 3)
APART_CUES = frozenset({"accused", "nearby"})
CUE_RANKS = {"for": 1, "frame": 1, "accused": 6, "nearby": 6, "over": CUE_RANK,
             "case": CUE_RANK}
# verbs and nouns of an outcome, whose clause holds that outcome's own offence
OUTCOME_WORDS = frozenset({"found", "convicted", "pleaded", "pled", "acquitted", "cleared",
                            "sentenced", "received", "got", "jailed", "given"})


def cue_charge(doc: Doc, anchor: Token, terms: Sequence[tuple[int, int]],
               phrase: Phrase) -> tuple[str, str] | None:
    """The offence an "over X" or a case named by its offence gives the outcome ``anchor``
    (within its clause), with the cue word ("over", "case"); None without one."""
    if is_headline(anchor):
        return None  # a terse headline ("singer jailed over posts") may be another story's
    lo, hi = anchor.left_edge.i, anchor.right_edge.i
    for tok in doc[lo:hi + 1]:
        if any(s <= tok.idx < e for s, e in terms) or not _own_clause(tok, anchor):
            continue
        if tok.lower_ == "over" and tok.dep_ == "prep":
            found = _over(doc, tok, terms, phrase)
            if found:
                return found, "over"
        if tok.lower_ == "in" and tok.dep_ == "prep":
            found = _case(doc, tok, terms, phrase)
            if found:
                return found, "case"
    return None


def _over(doc: Doc, tok: Token, terms: Sequence[tuple[int, int]], phrase: Phrase) -> str | None:
    """"sentenced him to ten years over bribery": the offence after "over"."""
    end = tok.sent.end
    if tok.i + 1 >= end or (tok.i > 0 and doc[tok.i - 1].lower_ in _NOT_BEFORE_OVER):
        return None
    start = tok.i + 1
    first = next((t for t in doc[start:min(end, start + 3)]
                  if t.pos_ not in {"DET", "PRON"} or t.tag_ == "PRP$"), None)
    if first is None or first.ent_type_ in _NUMBER_ENTS or first.like_num or \
            first.lower_ in _NOT_OVER or doc[start].lower_ in _NOT_OVER or \
            doc[start].tag_ in {"WDT", "WP"} or doc[start].lower_ in {"a", "an"}:
        return None  # "over a fatal crash": the event, its offence unnamed
    return _text(doc, *phrase(doc, start, end, terms))


def _case(doc: Doc, tok: Token, terms: Sequence[tuple[int, int]], phrase: Phrase) -> str | None:
    """"in the case of X" (X an offence, not a person), "in a wire fraud case", "in the
    first of 11 bribery cases": the offence that names the case."""
    case = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if case is not None and case.lower_ in _CASE_PICKS:
        of = next((c for c in case.children if c.lower_ == "of"), None)
        case = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if case is None or case.lower_ not in _CASE_NOUNS:
        return None
    words = [c for c in case.children if c.dep_ == "compound" and c.i < case.i]
    if words:
        span = doc[min(w.left_edge.i for w in words):case.i]
        if all(t.pos_ in {"NOUN", "PUNCT"} and t.text.islower() and t.ent_type_ == ""
               and t.lower_ not in _NOT_OFFENCE_NOUNS for t in span):
            return clean_charge(span.text)
        return None
    of = next((c for c in case.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i + 1 >= tok.sent.end:
        return None
    nxt = doc[of.i + 1]
    if nxt.pos_ in {"PROPN", "PRON", "NUM", "DET"} or nxt.ent_type_ in _NAME_ENTS:
        return None  # "in the case of Mr X", "in the case of the former mayor": whose
    return _text(doc, *phrase(doc, of.i + 1, tok.sent.end, terms))


def _text(doc: Doc, s: int, e: int) -> str | None:
    """The cleaned phrase of tokens ``s``..``e``, or None for a name, a term or nothing."""
    if e <= s or is_term_word(doc, s, e):
        return None
    if all(t.pos_ in {"PROPN", "PUNCT", "DET", "CCONJ"} or t.ent_type_ in _NAME_ENTS
           for t in doc[s:e]):
        return None  # "over Smith", "over the Kremlin": a name, not an offence
    text = clean_charge(doc[s:e].text)
    return _CHARGES_TAIL.sub("", text) if text else None


def _own_clause(tok: Token, anchor: Token) -> bool:
    """``tok`` hangs under ``anchor`` through no other verb than one of finding guilty
    ("after finding her guilty in a bribery case"): "acquitted four reporters who were on
    trial over X" tells what the trial was about, not the offence."""
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == anchor.i:
            return True
        if node.pos_ in {"VERB", "AUX"} and node.lemma_ not in _FINDING_VERBS:
            return False
    return False


def foreign_clause(tok: Token, anchor: Token) -> bool:
    """``tok`` sits in the clause of another outcome verb ("received ... because they had
    been found guilty of X": X is the other verb's offence)."""
    node = tok
    for _ in range(12):
        # spaCy makes a new Token on each access: compare positions, never identity
        if node.i == anchor.i or node.head.i == node.i:
            return False
        node = node.head
        if node.i != anchor.i and node.lower_ in OUTCOME_WORDS and not (
            node.left_edge.i <= anchor.i <= node.right_edge.i
        ):
            return True
    return False

