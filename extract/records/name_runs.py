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

from extract.nlp import Rules
from extract.records.roles import COURT_WORDS

_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upper", "lower", "greater", "new", "old",
                      "province", "region", "district", "oblast", "state", "county", "city",
                      "governorate", "republic", "kingdom"})
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
