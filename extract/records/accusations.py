"""The accusation an article states for its case ("detained for allegedly X", "charged with
X"): the offence of an outcome whose own sentence names none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from extract.records.charge_bounds import is_term_word
from extract.records.charge_cues import OUTCOME_WORDS
from extract.records.charge_text import clean_charge
from extract.records.charges import _phrase


def accusation_for(doc: Doc, anchor: Token, exclude: Sequence[tuple[int, int]]) -> str | None:
    """The article's one accusation, for the outcome at ``anchor`` whose defendants are at
    ``exclude``; None when a defendant there was named in an earlier outcome (which may hold
    its offence) or is another named person than the one accused."""
    accusation = case_accusation(doc)
    if accusation is None or _named_before(doc, exclude, anchor.sent.start_char):
        return None
    # a named person's accusation is not another named person's ("X was charged with Y"
    # ... "Z was sentenced"); "he was sentenced" may be X
    if accusation[1] == _ONE:
        # "The man was charged with X" ... "A and B were sentenced": one person's accusation
        # is not the charge of two others
        if sum(any(t.pos_ == "PROPN" for t in doc[s:e]) for s, e in exclude) > 1:
            return None
    elif accusation[1] is not None and (_names_others(doc, exclude, accusation[1]) or any(
            t.tag_ == "NNS" for s, e in exclude for t in doc[s:e])):
        return None  # (nor is it a counted group's: "four activists" are not X)
    return accusation[0]


_ONE = "\x00one"  # the accused is one unnamed person ("the man", "she")
# the one unnamed person an accusation's subject may be
_ONE_PERSON = frozenset({"he", "she", "man", "woman", "suspect", "defendant", "pensioner",
                         "resident", "activist", "teenager", "student", "blogger"})


# what introduces an accusation: "accused of X", "charged with X", "for allegedly X"
_ACCUSED = {"accused": "of", "suspected": "of", "charged": "with", "accusations": "of",
            "allegedly": "", "indicted": "on"}


def states_accusation(words: set[str]) -> bool:
    """Whether a sentence of these (lower-case) words may state the article's accusation."""
    return not words.isdisjoint(_ACCUSED)


def case_accusation(doc: Doc, limit: int = 60) -> tuple[str, str | None] | None:
    """The one offence the article says its defendants were accused or charged of, with
    the surname (lower case) of the one person it names as accused, if it does; None when
    it states none, or several different ones (a round-up of cases)."""
    key = "verdicts.case_accusation"
    if key in doc.user_data:
        cached: tuple[str, str | None] | None = doc.user_data[key]
        return cached
    found: dict[str, tuple[str, str | None]] = {}
    for n, sent in enumerate(doc.sents):
        if n >= limit:
            break
        for tok in sent:
            prep = _ACCUSED.get(tok.lower_)
            if prep is None or tok.i + 2 >= sent.end:
                continue
            if doc[max(sent.start, tok.i - 2):tok.i].text.lower().split()[-1:] in (
                    ["originally"], ["initially"], ["first"], ["also"]):
                continue  # "originally charged with X but pleaded guilty to Y": superseded;
                # "also charged with X": a further count, perhaps still to be tried
            if _other_accuser(tok):
                continue  # "accused of bias by the defence": no prosecution's charge
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in _PROSECUTION and not any(
                    c.dep_ == "auxpass" for c in tok.children):
                continue  # "the ambassador has accused the government of X": no defendant's
            start = tok.i + 1
            if not prep and _tells(doc, start, sent.end):
                continue  # 'allegedly "admitted guilt"': what he said, not what he did
            if prep:
                # "accused of X", or active "prosecutors accused the activists of X"
                at = next((t.i for t in doc[start:min(sent.end - 1, start + 7)]
                           if t.lower_ == prep and tok.i in (t.head.i, t.head.head.i)), None)
                if at is None:
                    continue
                start = at + 1
            if doc[start].ent_type_ in {"DATE", "TIME"} or (doc[start].like_num and prep == "on"):
                continue
            s, e = _phrase(doc, start, sent.end, ())
            if ", including " in doc[s:e].text:
                continue  # "accused of a range of crimes, including X": an example of them
            text = clean_charge(doc[s:e].text) if e > s else None
            if text and not is_term_word(doc, s, e) and not all(
                    t.pos_ in {"PROPN", "PUNCT", "DET"} for t in doc[s:e]):
                found.setdefault(" ".join(re.findall(r"[a-z]+", text.lower())),
                                 (text, _accused_name(tok)))
    out = next(iter(found.values())) if len(found) == 1 else None
    doc.user_data[key] = out
    return out


def _named_before(doc: Doc, spans: Sequence[tuple[int, int]], before: int) -> bool:
    """A defendant at ``spans`` is named in an earlier outcome sentence, which may hold the
    offence ("X was convicted of murder ... X, you are sentenced to death"), or is not named
    at all after an earlier outcome."""
    names = []
    for s, e in spans:
        found = [t.text for t in doc[s:e] if t.pos_ == "PROPN" and len(t.text) > 2]
        if found:
            names.append(found[-1])
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        words = {t.lower_ for t in sent}
        # a defendant not named here ("the judge handed down the death sentence") is one of
        # an earlier outcome's
        if words & OUTCOME_WORDS and (not names or any(n.lower() in words for n in names)):
            return True
    return False


_PROSECUTION = frozenset({"prosecutors", "prosecution", "prosecutor", "police", "authorities",
                          "investigators", "officials", "indictment", "they", "state"})


def _names_others(doc: Doc, spans: Sequence[tuple[int, int]], surname: str) -> bool:
    """The defendants at ``spans`` are named, and none of them is ``surname``."""
    named = [doc[s:e] for s, e in spans if any(t.pos_ == "PROPN" for t in doc[s:e])]
    return bool(named) and not any(surname in span.text.lower() for span in named)


def _other_accuser(tok: Token) -> bool:
    """The passive accusation at ``tok`` names its accuser, and that is no prosecution."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return who is not None and who.lower_ not in _PROSECUTION | {"court", "judge", "jury"}


def _accused_name(tok: Token) -> str | None:
    """The surname of the named person who is the subject of the accusation at ``tok``
    ("Smith was charged with ..."), ``_ONE`` for one unnamed person ("the man"), or None for
    a group ("the journalists who were detained for allegedly ...") or no subject found."""
    node = tok
    for _ in range(8):
        # the accused: a passive verb's subject ("X was charged"), an active one's object
        # ("prosecutors accused X of ..."), never the accuser
        subj = next((c for c in node.children if c.dep_ == "nsubjpass"), None) or next(
            (c for c in node.children if c.dep_ == "dobj"), None) if node.pos_ in {
                "VERB", "AUX"} else None
        if subj is None and node.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "nsubj" for c in node.children):
            return None  # an active verb without an object: whom it names is unclear
        if subj is not None:
            if subj.lower_ in {"who", "that", "which"} and node.dep_ == "relcl":
                subj = node.head
            # "her landlord, Otto Brandt, was charged": the name in apposition
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                        subj)
            if subj.lower_ in {"he", "she"}:
                return _last_named(subj) or _ONE  # (no one named: one person's)
            named = subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN"
            if named:
                return subj.lower_
            return _ONE if subj.lower_ in _ONE_PERSON else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# what a defendant is reported to have said or admitted, not done: 'allegedly "admitted
# guilt"', "allegedly told investigators"
_TELLING = frozenset({"admit", "confess", "say", "tell", "plead", "state", "claim", "deny",
                      "acknowledge", "write"})


def _tells(doc: Doc, start: int, end: int) -> bool:
    """The words after an "allegedly" at ``start`` report a statement or an admission."""
    first = next((t for t in doc[start:min(end, start + 3)]
                  if not (t.is_punct or t.is_quote)), None)
    return first is not None and first.pos_ in {"VERB", "AUX"} and first.lemma_ in _TELLING


def _last_named(pronoun: Token) -> str | None:
    """The surname (lower case) of the last person named before ``pronoun``, in its sentence
    or the one before, when that person is a passive verb's subject ("Another activist, A B,
    was also jailed. He was accused of X": X is B's accusation, not one of the article's other
    defendants); None otherwise (the accusation stays the article's)."""
    doc = pronoun.doc
    sent = pronoun.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[lo:pronoun.i]):
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and (
                tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_type_ != "PERSON"):
            # only a passive verb's subject (the one sentenced, jailed, detained), never a
            # judge or speaker who acts ("Judge A sentenced the man. He was accused of X")
            subject = tok.head if tok.dep_ == "appos" else tok
            return tok.lower_ if subject.dep_ == "nsubjpass" else None
    return None
