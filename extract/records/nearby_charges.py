"""The offence told beside an outcome whose own sentence names none: the next sentence about
the same defendant ("The sentence followed his conviction on charges of X", "He was accused
of X", "She admitted X", "The charges against them included X"), or a sentence near it
naming that defendant ("Smith was arrested and charged with X"). A last resort of
``find_charge``, ranked below any offence another mention of the defendant states."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from extract.records.charge_bounds import is_term_word
from extract.records.charge_cues import OUTCOME_WORDS
from extract.records.charge_text import clean_charge

Phrase = Callable[[Doc, int, int, Sequence[tuple[int, int]]], tuple[int, int]]

_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their"})
# a defendant told of by its role ("The charges against the accused included X")
_DEFENDANT_NOUNS = frozenset({"accused", "defendant", "defendants", "convicts", "convict"})
# "originally charged with X, later convicted of Y", "also charged with X" (a count of its
# own, perhaps still to be tried): not the offence of this outcome
_NOT_THIS = frozenset({"originally", "initially", "first", "also", "later", "previously",
                       "earlier", "not", "never", "further", "separately", "additionally"})
_PASSIVE_CUES = {"charged": "with", "accused": "of"}
_ADMIT = frozenset({"admitted", "admits"})
_NOT_ADMITTED = frozenset({"guilt", "responsibility", "wrongdoing", "that", "to", "it",
                           "this", "he", "she", "they", "in", "at", "on", "the", "his", "her",
                           "their", "being", "having", "hospital", "lying"})
_LIST_SEP = re.compile(r",\s+(?:and\s+|or\s+)?|;\s+")
_INCLUDE = frozenset({"included", "include", "includes", "including"})


def nearby_charge(doc: Doc, anchor: Token, exclude: Sequence[tuple[int, int]],
                  phrase: Phrase) -> str | None:
    """The offence the sentences around the outcome at ``anchor`` give its defendants (at
    ``exclude``): the next sentence about them by a pronoun, their name or their role, or
    the one before and the one after that by their name (further before, the accusations
    of a round-up: "A was accused of X. B was accused of Y. A court jailed A"); None
    without one."""
    sent = anchor.sent
    if not exclude:  # "He was jailed": the outcome's subject
        subject = next((c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return None
        exclude = [(subject.left_edge.i, subject.right_edge.i + 1)]
    names = _surnames(doc, exclude)
    # a pronoun in the next sentence is the defendant's when the outcome names no one else
    pronoun_ok = not any(t.ent_type_ == "PERSON" and not any(s <= t.i < e for s, e in exclude)
                         for t in sent)
    sents = list(doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start == sent.start), None)
    if at is None:
        return None
    for n in (at + 1, at - 1, at + 2):
        if not 0 <= n < len(sents) or _tells_outcome(sents[n]):
            continue
        # "A admitted X. He was jailed": the pronoun is the person the sentence before names
        # as the one who admitted; only the next sentence may tell of them by a pronoun,
        # the two after it by their role ("the charges against the accused included X")
        named = n == at - 1 and not names and _pronouns(doc, exclude)
        found = _told(doc, sents[n], names, named, n - at, n == at + 1 and pronoun_ok,
                      phrase)
        if found:
            return found
    return None


def _surnames(doc: Doc, exclude: Sequence[tuple[int, int]]) -> set[str]:
    """The last name word (lower case) of each named defendant."""
    out = set()
    for s, e in exclude:
        found = [t.lower_ for t in doc[s:e] if t.pos_ == "PROPN" and len(t.text) > 2]
        if found:
            out.add(found[-1])
    return out


def _pronouns(doc: Doc, exclude: Sequence[tuple[int, int]]) -> bool:
    """The defendants are told of by personal pronouns alone ("he", "they")."""
    return all(t.lower_ in _PRONOUNS for s, e in exclude for t in doc[s:e])


def _tells_outcome(sent: Span) -> bool:
    """The sentence tells an outcome of its own (its offence is that outcome's)."""
    return any(t.lower_ in OUTCOME_WORDS for t in sent)


def _told(doc: Doc, sent: Span, names: set[str], named: bool, step: int,
          pronoun_ok: bool, phrase: Phrase) -> str | None:
    """The offence ``sent`` (``step`` sentences after the outcome's) says the defendant
    (one of ``names``, any named person when ``named``, a pronoun when ``pronoun_ok``, "the
    accused" in the next sentence, and in the one after it in a list of the charges) was
    charged with, accused of, admitted or convicted of."""
    for tok in sent:
        start, who = _cue(doc, tok)
        if start is None or start >= sent.end:
            continue
        if any(doc[j].lower_ in _NOT_THIS for j in range(max(sent.start, tok.i - 3), tok.i)):
            continue
        # (the charges of a trial are listed after all its outcomes; what "the defendants
        # were accused of" two sentences on may be the acts of others' charge)
        listed = tok.dep_ == "nsubj" and tok.head.lower_ in _INCLUDE
        role = step == 1 or (step == 2 and listed)
        if not _is_defendant(who, names, named, role, pronoun_ok):
            continue
        # the offence ends before the verb its cue word hangs on ("Her conviction for X
        # came in March")
        above = {a.i for a in tok.ancestors}
        limit = next((j for j in range(start, sent.end) if j in above), sent.end)
        found = [text for s, e in _items(doc, start, limit, listed, phrase)
                 if (text := _offence(doc, s, e))]
        if found:  # (a list's items joined by the phrase reader are split again)
            return "; ".join(_LIST_SEP.split("; ".join(found)) if listed else found)
    return None


def _items(doc: Doc, start: int, end: int, listed: bool, phrase: Phrase
           ) -> list[tuple[int, int]]:
    """The bounds of the offence at ``start``; when ``listed`` ("the charges included X, Y
    and Z"), of each one the list names."""
    out = [phrase(doc, start, end, ())]
    while listed and out[-1][1] + 1 < end and doc[out[-1][1]].text == ",":
        nxt = out[-1][1] + 1
        if doc[nxt].lower_ in {"and", "or"}:
            nxt += 1
        if nxt >= end or doc[nxt].is_punct:
            break
        out.append(phrase(doc, nxt, end, ()))
    return out


def _offence(doc: Doc, s: int, e: int) -> str | None:
    """The cleaned offence of tokens ``s``..``e``; None for a term, a date or a name."""
    if e <= s or is_term_word(doc, s, e) or doc[s].ent_type_ in {"DATE", "TIME"}:
        return None
    if all(t.pos_ in {"PROPN", "PUNCT", "DET"} for t in doc[s:e]):
        return None
    return clean_charge(doc[s:e].text)


def _cue(doc: Doc, tok: Token) -> tuple[int | None, Token | None]:
    """Where the offence starts after the cue ``tok`` and whom it is about: "X was charged
    with", "X was accused of", "X admitted", "X's conviction on charges of / for", "the
    charges against X included"."""
    low = tok.lower_
    # "X was charged with", "X was arrested and charged with" (the passive of its head)
    verb = tok.head if tok.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else tok
    if low in _PASSIVE_CUES and (any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ == "auxpass" for c in verb.children)):
        prep = next((c for c in tok.children if c.dep_ == "prep" and
                     c.lower_ == _PASSIVE_CUES[low]), None)
        who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return (prep.i + 1 if prep is not None else None), who
    if low in _ADMIT and tok.pos_ == "VERB" and tok.i + 2 < len(doc):
        who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        start = tok.i + 1
        if doc[start].lower_ == "to":  # "admitted to stealing X", "to the charges of X"
            words = [t.lower_ for t in doc[start + 1:start + 4]]
            if doc[start + 1].tag_ == "VBG":
                return start + 1, who
            for lead in (["the", "charges", "of"], ["the", "charge", "of"], ["charges", "of"]):
                if words[:len(lead)] == lead:
                    return start + 1 + len(lead), who
            return None, None
        if doc[start].lower_ in _NOT_ADMITTED or doc[start].pos_ not in {"NOUN", "VERB", "ADJ"}:
            return None, None
        return start, who
    if low in {"conviction", "convictions"}:
        who = next((c for c in tok.children if c.dep_ == "poss"), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and
                     c.lower_ in {"on", "for", "of"}), None)
        if prep is None or prep.i + 1 >= len(doc):
            return None, None
        start = prep.i + 1
        if prep.lower_ == "on":
            if doc[start].lower_ not in {"charges", "charge", "counts"} or \
                    start + 1 >= len(doc) or doc[start + 1].lower_ != "of":
                return None, None
            start += 2  # "on charges of X"
        return start, who
    if low in {"charges", "charge", "counts"} and tok.dep_ == "nsubj" and \
            tok.head.lower_ in _INCLUDE and tok.head.i + 1 < len(doc):
        against = next((c for c in tok.children if c.dep_ == "prep" and
                        c.lower_ == "against"), None)
        who = next((c for c in against.children if c.dep_ == "pobj"), None) if against \
            else None
        return (tok.head.i + 1 if who is not None else None), who
    return None, None


def _is_defendant(who: Token | None, names: set[str], named: bool, role: bool,
                  pronoun: bool) -> bool:
    """``who`` is the outcome's defendant: one of ``names`` (any name when ``named``), "the
    accused" (when ``role``), a pronoun (when ``pronoun``)."""
    if who is None:
        return False
    if who.lower_ in _PRONOUNS:
        return pronoun
    if who.lower_ in _DEFENDANT_NOUNS:
        return role
    if named and who.pos_ == "PROPN" and who.ent_type_ == "PERSON":
        return True
    words = {t.lower_ for t in who.subtree if t.pos_ == "PROPN"}
    return bool(names & words)
