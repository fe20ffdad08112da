"""Earlier convictions told by a noun, not an outcome verb: "X had a previous conviction for
Y", "the judge referred to X's prior convictions for Y", "her earlier four-year sentence".
Each is a record of its own for a defendant the article already has (GUIDELINES: a
defendant's prior conviction for another offence is a record), with the offence or the term
the noun phrase states, and never this proceeding's: an appeal's object ("quashed his earlier
sentence"), a denial ("no previous convictions") or a hypothesis is none."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from extract.normalize import parse_terms
from extract.records.assembly import Draft
from extract.records.charge_text import clean_charge
from extract.records.guards import EARLIER_CASE_FLAG
from extract.records.layout import sent_index
from extract.records.naming import tail_variants
from schemas import Outcome

_NOUNS = frozenset({"conviction", "convictions", "sentence", "sentences", "term", "terms"})
_TERM_NOUNS = frozenset({"sentence", "sentences", "term", "terms"})
_EARLIER = frozenset({"previous", "prior", "earlier"})
# verbs whose object is this proceeding's sentence under review, not a record of its own
_REVIEW_VERBS = frozenset({
    "quash", "overturn", "reduce", "cut", "increase", "uphold", "commute", "confirm", "set",
    "vacate", "annul", "extend", "replace", "suspend", "appeal", "review", "challenge",
    "reverse", "halve", "double", "lengthen", "shorten", "change", "amend", "void", "expunge",
    "lift", "revoke", "impose", "hand", "give", "pass",
})
_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_RELATIVES = frozenset({"who", "that", "whom"})
# words after which the phrase says when or where, not what ("for drink-driving from 2011")
_CHARGE_STOPS = frozenset({"dating", "dated", "when", "which", "that", "who", "while"})
_TIME_PREPS = frozenset({"from", "in", "since", "after", "before"})


def prior_noun_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Drafts of the earlier convictions the article's noun phrases tell of."""
    people = {d.key: d.person for d in drafts if d.person and not d.prior}
    # "Suu Kyi" beside "San Suu Kyi": one defendant under the longer name
    tails = tail_variants([(k, p) for k, p in people.items() if p])
    named = {k: p for k, p in people.items() if k not in tails}
    out: list[Draft] = []
    for tok in doc:
        if tok.lower_ not in _NOUNS:
            continue
        served = _served_before_release(tok)
        if served is None and not any(
                c.dep_ == "amod" and c.lower_ in _EARLIER for c in tok.children):
            continue
        if _denied_or_reviewed(tok):
            continue
        owner = _owner(tok, named) if served is None else _subject_key(served, named)
        if owner is None:
            continue
        charge = _charge(doc, tok) or (_charge(doc, tok.head) if served is not None else None)
        sentence, months, kind = None, None, None
        if tok.lower_ in _TERM_NOUNS:
            lo = tok.left_edge.i  # "her earlier six-year sentence" → "earlier six-year ..."
            while lo < tok.i and doc[lo].dep_ in {"det", "poss", "case", "predet"}:
                lo += 1
            terms = parse_terms(doc[lo:tok.i + 1].text)
            if terms.months is not None:
                sentence, months, kind = doc[lo:tok.i + 1].text, terms.months, terms.type
        if charge is None and months is None:
            continue  # "his previous convictions": nothing a record could hold
        if served is not None and (months is None or any(
                d.key == owner and d.months == months for d in drafts)):
            continue  # "jailed for four years ... freed after serving the term": the story's
        sent = tok.sent
        out.append(Draft(
            key=owner, person=named[owner], group_size=1, outcome=Outcome.CONVICTED,
            rule_id="prior-noun", ev_start=sent.start_char, ev_end=sent.end_char,
            sent_index=sent_index(doc, sent), position=tok.idx, charge=charge,
            charge_rank=1, sentence=sentence, months=months, type=kind, prior=True,
            own_time=True, flags=[EARLIER_CASE_FLAG]))
    return out


def _denied_or_reviewed(tok: Token) -> bool:
    """"no previous convictions", "did not have a prior conviction", "would have a previous
    conviction", "cut her earlier sentence": no earlier record of its own."""
    if any(c.lower_ in {"no", "without"} for c in tok.children) or tok.head.lower_ == "without":
        return True
    head = tok.head
    if tok.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"} and head.lemma_.lower() in _REVIEW_VERBS:
        return True
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in _REVIEW_VERBS:
        return True  # "appealed against his earlier sentence"
    return any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children) or any(
        t.lower_ in {"if", "unless", "whether"} for t in tok.sent)


def _served_before_release(tok: Token) -> Token | None:
    """The verb whose subject served the term ``tok`` before release: "was released
    following a three-year prison term", "freed after serving a four-year term"."""
    if tok.lower_ not in _TERM_NOUNS or tok.dep_ not in {"dobj", "pobj"}:
        return None
    head = tok.head
    if head.lower_ in {"following", "after"} and head.head.lemma_.lower() in _RELEASE:
        return head.head
    if head.lemma_.lower() in {"serve", "complete", "finish"} and head.dep_ == "pcomp" and \
            head.head.lower_ in {"after", "following"} and \
            head.head.head.lemma_.lower() in _RELEASE:
        return head.head.head
    return None


_RELEASE = frozenset({"release", "free"})


def _subject_key(verb: Token, named: Mapping[tuple[str, str], str | None]
                 ) -> tuple[str, str] | None:
    """The defendant that is the subject of ``verb``."""
    who = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if who is not None and who.lower_ in _RELATIVES and verb.dep_ == "relcl":
        who = verb.head
    return _named_key(who, named) if who is not None else None


def _owner(tok: Token, named: Mapping[tuple[str, str], str | None]) -> tuple[str, str] | None:
    """The key of the named defendant the earlier conviction belongs to: its possessor
    ("X's", "her") or the subject of "have" ("X had", "X, who had"); a pronoun only where the
    article has one named defendant."""
    who = next((c for c in tok.children if c.dep_ == "poss"), None)
    if who is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have":
        verb = tok.head
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if who is None and verb.dep_ == "conj":
            who = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if who is not None and who.lower_ in _RELATIVES and verb.dep_ == "relcl":
            who = verb.head
    return _named_key(who, named) if who is not None else None


def _named_key(who: Token, named: Mapping[tuple[str, str], str | None]
               ) -> tuple[str, str] | None:
    """The one defendant a name word or (with one named defendant) a pronoun stands for."""
    if who.lower_ in _PRONOUNS:
        return next(iter(named)) if len(named) == 1 else None
    if who.pos_ != "PROPN":
        return None
    keys = {k for k, person in named.items()
            if person and who.text.lower() in person.lower().split()}
    return keys.pop() if len(keys) == 1 else None


def _charge(doc: Doc, tok: Token) -> str | None:
    """The offence after "for"/"of": "for drink-driving from 2011" → "drink-driving"."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}),
                None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return None
    end = obj.right_edge.i + 1
    for t in doc[obj.left_edge.i:end]:
        time = t.lower_ in _TIME_PREPS and t.i + 1 < len(doc) and (
            doc[t.i + 1].like_num or doc[t.i + 1].ent_type_ == "DATE")
        if t.i > obj.left_edge.i and (t.lower_ in _CHARGE_STOPS or time or (
                t.is_punct and t.text not in {"-", "‐", "'", "’"})):
            end = t.i
            break
    text = doc[obj.left_edge.i:end].text
    if parse_terms(text).months is not None:
        return None  # "his earlier conviction and sentence of 15 years": a term, no offence
    return clean_charge(text)
