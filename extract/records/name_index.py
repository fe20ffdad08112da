"""The names of one document: PERSON entities (titles stripped), names the NER missed (a run
repeated by its last word, a name before an age), nicknames, and other entities that repeat a
known person's surname; never a byline's reporter or a headline's "Singapore Scot"."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.records.addresses import in_address
from extract.records.name_runs import (
    age_named,
    argument_named,
    is_nation,
    repeated_surname_runs,
)
from extract.records.people import NameIndex, byline, clean_name, name_text, surname_key

_NICKNAME_RE = re.compile(
    r"\b([A-Z][\w'-]+(?: [A-Z]\.)?) \([\"“'‘]?[^()\n]{1,30}?[\"”'’]?\) "
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
# 'Rudi “Bimbo” Hartono': a quoted nickname between the given name and the surname
_QUOTED_NICKNAME_RE = re.compile(
    r"\b([A-Z][\w'-]+) (?:“[^”\n,.;]{1,25}”|\"[^\"\n,.;]{1,25}\"|‘[^’\n,.;]{1,25}’) "
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
_NOT_IN_NAMES = frozenset({"who", "which", "that", "whose", "and", "or", "to", "for", "with",
                           "was", "were", "is", "are", "sentenced", "convicted", "jailed",
                           "guilty", "pleads", "pleaded", "acquitted", "indicted", "charged",
                           "arrested", "sentencing"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})




def build_name_index(doc: Doc, rules: Rules,
                     is_place: Callable[[str], object] | None) -> NameIndex:
    """Names of ``doc``: PERSON entities (titles stripped), and single-token entities of any
    label that repeat the surname of a PERSON given in full (the NER's "Dosmambetova" ORG)."""
    index = NameIndex(is_place=is_place)
    persons: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        bounds = clean_name(ent, rules)
        if bounds is None or any(t.lower_ in _NOT_IN_NAMES for t in doc[bounds[0]:bounds[1]]):
            continue  # "Bronx Man Who Shot": a headline the NER took for a name
        if in_address(doc, *bounds):
            continue  # "A (52), Cherry Lane, Cork": a street or district the NER called a name
        text = name_text(doc, *bounds)
        if _placed_demonym(text, is_place) or byline(doc, bounds[0]):
            continue  # "Singapore Scot gets 11 months": a headline's who, not a name
        persons.append(bounds)
        if len(text.split()) >= 2:
            key = surname_key(text)
            old = index.by_surname.get(key)
            if old is None or len(text.split()) > len(old.split()):
                index.by_surname[key] = text
    persons.extend(age_named(doc, rules, is_place))
    taken = {i for start, end in persons for i in range(start, end)}
    persons.extend(repeated_surname_runs(doc, rules, is_place, taken))
    taken = {i for start, end in persons for i in range(start, end)}
    persons.extend(argument_named(doc, rules, is_place, taken))
    particles = rules.words("name_particles_after")
    connectors = rules.words("name_connectors")
    titles = rules.words("strip_titles") | rules.words("official_titles")
    joined: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(persons):
        while end < len(doc) and doc[end].lower_ in particles:
            end += 1  # "Makhabat Tajibek kyzy": the patronymic belongs to the name
        # "Nourah bint Saeed al-Qahtani": the NER's name starts after the connector; the
        # given name before it belongs to the name
        while start >= 2 and doc[start - 1].lower_ in connectors and \
                _given_name(doc[start - 2]) and doc[start - 2].lower_ not in titles:
            start -= 2
            joined.append((start, end))
        persons[n] = (start, end)
    # (the given name the NER told apart is no name of its own then)
    persons = [(s, e) for s, e in persons
               if not any(js <= s and e <= je and (s, e) != (js, je) for js, je in joined)]
    for start, end in persons:
        text = name_text(doc, start, end)
        if len(text.split()) >= 2:
            key = surname_key(text)
            old = index.by_surname.get(key)
            if old is None or len(text.split()) > len(old.split()):
                index.by_surname[key] = text
        for i in range(start, end):
            index.spans.setdefault(i, (start, end))
    for m in _NICKNAME_RE.finditer(doc.text):
        # 'Andres ("Andy") Fernandez' is Andres Fernandez
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        inner = m.group(0)[len(m.group(1)) + 2:].split(")")[0].strip("\"“”'‘’")
        if span is None or (inner.isupper() and inner.isalpha()) or (
                is_place is not None and is_place(m.group(1))):
            continue  # "the Party of Azerbaijan (PFPA) Elnur X": an acronym after a place
        full = f"{m.group(1)} {m.group(2)}"
        index.written[(span.start, span.end)] = full
        index.by_surname[surname_key(full)] = full
        for i in range(span.start, span.end):
            index.spans[i] = (span.start, span.end)
    _quoted_nicknames(doc, index)
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.label_ not in _NAME_LABELS:
            continue
        bounds = clean_name(ent, rules)
        if bounds is None:
            continue
        text = name_text(doc, *bounds)
        company = _is_company(text, rules)
        if (len(text.split()) == 1 and surname_key(text) in index.by_surname) or company:
            for i in range(bounds[0], bounds[1]):
                index.spans[i] = bounds
            if company:
                index.companies.append(text)
    # surnames the NER missed altogether: a capitalised token equal to a known surname
    for tok in doc:
        if (tok.i not in index.spans and tok.text[:1].isupper() and tok.is_alpha
                and surname_key(tok.text) in index.by_surname
                and tok.pos_ in {"PROPN", "NOUN", "X"}):
            index.spans[tok.i] = (tok.i, tok.i + 1)
    return index


def _quoted_nicknames(doc: Doc, index: NameIndex) -> None:
    """'Rudi “Bimbo” Hartono', 'Gov. Ana "Pinky" Reyes Cruz': where the NER took only a part
    for a person, the whole is one name, the nickname left out (GUIDELINES: aliases)."""
    for m in _QUOTED_NICKNAME_RE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not any(t.i in index.spans for t in span) or any(
                t.pos_ not in {"PROPN", "NOUN", "X"} for t in span
                if t.is_alpha and t.text[:1].isupper()):
            continue  # (a person's part is known, and every capitalised word is a name's)
        if any(index.spans.get(t.i, (span.start, span.end))[0] < span.start or
               index.spans.get(t.i, (span.start, span.end))[1] > span.end for t in span):
            continue  # a known name runs past it: not this shape
        full = f"{m.group(1)} {m.group(2)}"
        index.written[(span.start, span.end)] = full
        index.by_surname[surname_key(full)] = full
        for i in range(span.start, span.end):
            index.spans[i] = (span.start, span.end)


def _placed_demonym(text: str, is_place: Callable[[str], object] | None) -> bool:
    """"Singapore Scot", "Dubai Briton", "Moscow Kazakh": a place and a demonym, the way a
    headline names someone it does not name."""
    words = text.split()
    return len(words) == 2 and is_nation(words[1]) and (
        is_nation(words[0]) or (is_place is not None and bool(is_place(words[0]))))


def _is_company(text: str, rules: Rules) -> bool:
    last = text.split()[-1].lower().strip(",")
    return last in rules.words("company_suffixes") and len(text.split()) >= 2


def _given_name(tok: Token) -> bool:
    """A capitalised proper noun that can open a name ("Nourah" before "bint")."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and \
        not tok.text.isupper()
