"""Names the statistical NER missed or cut, found by how news writes about people: a run of
two or three capitalised words ("Imran Muhammed hacked ...") whose last word the article
repeats alone later ("... jailed Muhammed for life"); a given name the NER took for a place.
Organisations and places are rarely referred to by their last word alone, so the repetition
is the evidence; org words, known places, headings in capitals and dates are kept out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from extract.dates import CALENDAR_WORDS
from extract.nlp import Rules
from extract.records.roles import COURT_WORDS

_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upper", "lower", "greater", "new", "old",
                      "province", "region", "district", "oblast", "state", "county", "city",
                      "governorate", "republic", "kingdom"})
# verbs of a court outcome whose object (or passive subject) is the defendant
_OUTCOME_VERBS = frozenset({"sentence", "convict", "jail", "imprison", "acquit", "fine",
                            "condemn", "clear", "give", "hand"})
_TERM_WORDS = frozenset({"sentence", "sentences", "term", "terms", "penalty", "punishment",
                         "fine", "year", "years", "month", "months"})
# verbs whose active subject receives the term
_RECEIVING_VERBS = frozenset({"receive", "get"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT",
                            "QUANTITY", "LAW", "EVENT", "WORK_OF_ART", "LANGUAGE"})


def repeated_surname_runs(doc: Doc, rules: Rules, is_place: Callable[[str], object] | None,
                          taken: set[int]) -> list[tuple[int, int]]:
    """Token bounds of the runs; ``taken``: tokens already inside a known name."""
    alone = Counter(t.text for t in doc if _capital(t) and not _in_run(t))
    stop = rules.words("org_words") | rules.words("strip_titles") | \
        rules.words("official_titles") | rules.words("people_nouns")
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _capital(doc[i]) or i in taken or (i > 0 and _capital(doc[i - 1])):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 4 and _capital(doc[j]) and j not in taken:
            j += 1
        run = doc[i:j]
        if 2 <= len(run) <= 3 and alone[run[-1].text] >= 1 and not any(
            t.lower_ in stop or t.ent_type_ in _NOT_NAME_ENTS or t.text.isupper() for t in run
        ) and not (j < len(doc) and (doc[j].pos_ in {"NOUN", "PROPN"} or (
            doc[j].text in {"-", "‑"} and not doc[j - 1].whitespace_))) and not (
            is_place is not None and any(is_place(w) for w in (run.text, run[0].text,
                                                              run[-1].text))
        ) and not any(t.lower_ in _COMPASS for t in run):
            out.append((i, j))
        i = max(j, i + 1)
    return out


def argument_named(doc: Doc, rules: Rules, is_place: Callable[[str], object] | None,
                   taken: set[int]) -> list[tuple[int, int]]:
    """"sentenced Kanat Isaev to five years", "Dauren Abenov was jailed": a run of two to four
    capitalised words the parse joins into one noun phrase that stands where a court outcome
    takes its defendant (the outcome verb's object, its passive subject, a receiver's subject,
    the one a term is given "to", the antecedent of "who was sentenced", or a conjunct of
    one of these). The small NER reads unfamiliar names as organisations or
    dates; the outcome verb's argument slot is the evidence that the words name a person."""
    stop = rules.words("org_words") | rules.words("strip_titles") | \
        rules.words("official_titles") | rules.words("people_nouns") | COURT_WORDS
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.i in taken or not _capital(tok) or not _outcome_argument(tok):
            continue
        start = tok.i
        while start > 0 and _capital(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == tok.i and tok.i - start < 3:
            start -= 1
        run = doc[start:tok.i + 1]
        if len(run) < 2 or any(t.i in taken or t.lower_ in stop or t.lower_ in CALENDAR_WORDS or
                               t.lower_ in _COMPASS or t.text.isupper() for t in run):
            continue
        if any(t.tag_ == "NNPS" for t in run) or any(
                c.dep_ in {"det", "nummod", "poss"} for c in tok.children):
            continue  # "four Crimean Tatars", "the Pentagon Papers": no one person's name
        if start > 0 and _capital(doc[start - 1]):
            continue  # a longer capitalised run ("Supreme Court Judge Ivan Petrov") the parse split
        if is_place is not None and any(is_place(w) for w in (run.text, run[0].text,
                                                              run[-1].text)):
            continue
        if any(is_nation(t.text) for t in run):
            continue
        out.append((start, tok.i + 1))
    return out


def _outcome_argument(tok: Token) -> bool:
    """The token heads an outcome verb's defendant slot, directly or as a conjunct."""
    doc = tok.doc
    after = [t for t in doc[tok.i + 1:tok.i + 6] if t.lower_ not in {"later", "also", "then"}]
    if len(after) >= 4 and after[0].text == "," and after[1].lower_ == "who" and \
            after[2].lower_ in {"was", "were", "had", "have", "has"} and \
            after[3].lemma_.lower() in _OUTCOME_VERBS | {"be"}:
        return True  # "A and B, who were sentenced to ...": the relative clause's antecedent
    seen = 0
    while tok.dep_ == "conj" and seen < 6:
        tok, seen = tok.head, seen + 1
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in {"to", "on", "upon"}:
        # "handed down a sentence of one year and three months to A": the term's receiver
        return any(t.lower_ in _TERM_WORDS for t in verb.ancestors) and any(
            t.pos_ == "VERB" and t.lemma_.lower() in _OUTCOME_VERBS | {"impose", "mete"}
            for t in verb.ancestors)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.dep_ in {"dobj", "dative", "nsubjpass"}:
        return verb.lemma_.lower() in _OUTCOME_VERBS
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in _RECEIVING_VERBS


def age_named(doc: Doc, rules: Rules,
               is_place: Callable[[str], object] | None) -> list[tuple[int, int]]:
    """"Micah Alleyne, 26," – a run of two to four capitalised words before an age."""
    out: list[tuple[int, int]] = []
    stop = rules.words("strip_titles") | rules.words("official_titles")
    for tok in doc[2:]:
        if not (tok.like_num and tok.i + 1 < len(doc) and doc[tok.i + 1].text in {",", ";", ")"}
                and doc[tok.i - 1].text == ","):
            continue
        end = tok.i - 1
        start = end
        while start > 0 and doc[start - 1].text[:1].isupper() and (
            doc[start - 1].is_alpha or doc[start - 1].text.endswith(".")
        ) and doc[start - 1].lower_ not in stop | COURT_WORDS and end - start < 4:
            start -= 1
        if all(e.label_ not in {"DATE", "CARDINAL", "TIME", "MONEY"}
               for e in doc[start:end].ents) and 2 <= end - start <= 4 and not (
            is_place is not None and is_place(doc[start:end].text)
        ):
            out.append((start, end))
    return out


def _capital(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN" and len(tok) > 1


def _in_run(tok: Token) -> bool:
    """Part of a longer capitalised run (not the word alone)."""
    doc = tok.doc
    before = tok.i > 0 and _capital(doc[tok.i - 1])
    after = tok.i + 1 < len(doc) and _capital(doc[tok.i + 1])
    return before or after


def misread_given_name(tok: Token, start: int, end: int,
                       is_place: Callable[[str], object] | None) -> bool:
    """A given name the NER took for a place or people ("Nietbai" GPE before "Orazbaev"
    PERSON): a compound of the person name ``[start, end)`` that no gazetteer knows."""
    return tok.ent_type_ in {"GPE", "LOC", "NORP"} and tok.dep_ == "compound" and \
        start <= tok.head.i < end and tok.head.ent_type_ == "PERSON" and not (
            is_place is not None and is_place(tok.text)) and not is_nation(tok.text)


@lru_cache(maxsize=8192)  # asked of the same few words in every name's left extension
def is_nation(text: str) -> bool:
    """A country or a demonym ("Sri Lankan", "Belarus"), which the NER may call a person."""
    from extract.places import COUNTRY, DEMONYM, load_resolver  # heavy CSV: loaded late

    return load_resolver().resolve(text).status in (COUNTRY, DEMONYM)
