"""Who a pronoun or "the defendant(s)" stands for: the defendant(s) the text is about just
before it — the people of earlier records, those the article declares, or the subject of the
previous sentence (the reference step of records/defendants.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.assembly import Draft
from extract.records.coref import (
    declared_defendants,
    name_genders,
    previous_sentence_people,
    previous_subject,
    pronoun_gender,
    recent_person,
)
from extract.records.enumerations import listed_people
from extract.records.layout import sent_index
from extract.records.naming import introduced_next
from extract.records.people import Mention, NameIndex
from schemas import Outcome


def referents(doc: Doc, tok: Token, kind: str, rules: Rules, names: NameIndex,
             earlier: list[Draft], *, recent: bool = True) -> list[Mention]:
    """A pronoun or "the defendant(s)" → the defendant(s) the text is about just before."""
    pos = tok.idx
    declared = declared_defendants(doc, tok.i, rules, names)
    last_draft_pos = max((d.position for d in earlier if d.position < pos), default=-1)
    if kind == "one":
        # "her" never goes to a man the text marks as one (nor "him" to a woman)
        gender = pronoun_gender(tok)
        genders = name_genders(doc, names) if gender else {}

        def fits(name: str) -> bool:
            return genders.get(name, gender) == gender

        local = _clause_antecedent(doc, tok, rules, names, fits)
        if local is not None:  # "... for leader X after he was handed down life": X
            return [Mention(start=tok.i, end=tok.i + 1, name=local, kind="pronoun")]
        here = sent_index(doc, doc[tok.i:tok.i + 1])
        same = [d.person for d in earlier if d.person and d.sent_index == here and fits(d.person)]
        if len(set(same)) == 1:  # "The rapper, whose real name is X, ... and fined"
            return [Mention(start=tok.i, end=tok.i + 1, name=same[0], kind="pronoun")]
        cands: list[tuple[int, str]] = [(d.position, d.person) for d in earlier
                                        if d.person and d.position < pos and fits(d.person)]
        cands += [(doc[s].idx, n) for s, n in declared if (len(declared) == 1
                  or doc[s].idx > last_draft_pos) and fits(n)]
        topic = previous_subject(doc, tok, rules, names, fits) if tok.lower_ in {
            "he", "she"} else None
        if topic is not None and (not cands or topic[0] > max(cands)[0]):
            cands.append(topic)  # "... Ann Cole appeared in court. She was jailed ..."
        if cands:
            _, name = max(cands)
            return [Mention(start=tok.i, end=tok.i + 1, name=name, kind="pronoun")]
        # a co-defendant is by definition not "the defendant" of the lead
        later = [n for s, n in declared_defendants(doc, len(doc), rules, names) if s > tok.i
                 and not re.search(r"co-?defendant", "".join(
                     t.lower_ for t in doc[max(doc[s].sent.start, s - 5):s]))]
        if len(set(later)) == 1:
            # "The defendant was convicted ..." before "identified the defendant as X" (of
            # several declared later, e.g. "co-defendants A and B", none is a safe guess)
            return [Mention(start=tok.i, end=tok.i + 1, name=later[0], kind="pronoun")]
        verb = tok.head
        first = verb.head if verb.dep_ == "conj" else None
        objects = {t.idx for c in first.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}
                   for t in c.subtree} if first is not None else set()
        unnamed = {d.key[1] for d in earlier if d.person is None and d.group_size == 1
                   and d.sent_index == here and d.position in objects and d.key[0] == "group"}
        # (unless the next sentence introduces the person by name: the lead names them)
        if not same and len(unnamed) == 1 and introduced_next(doc, tok, names, rules) is None:
            # "convicted a former mayor ... and sentenced him"
            return [Mention(start=tok.i, end=tok.i + 1, name=unnamed.pop(), group_size=1,
                            kind="resolved-group")]
        fallback = recent_person(doc, tok, rules, names, fits) if recent else None
        if fallback is None and recent:  # "A man was convicted of X ... He was sentenced"
            fallback = _unnamed_before(doc, tok, earlier, here, pronoun_gender(tok))
        return [fallback] if fallback else []
    # many: the named defendants of the last two sentences with outcomes, if two or more;
    # else the declared set if it came after the last drafts; else the last drafts' set
    before = [d for d in earlier if d.position < pos]
    everyone = _all_named(tok, before)
    if len(everyone) >= 2:  # "All of the activists pleaded not guilty, but the court
        return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun")  # convicted them"
                for n in everyone]
    if before:
        last_sent = max(d.sent_index for d in before)
        recent_named: list[str] = []
        for d in before:
            if d.person and last_sent - d.sent_index <= 1 and d.person not in recent_named:
                recent_named.append(d.person)
        if len(recent_named) >= 2:
            return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun")
                    for n in recent_named]
    prev_people = previous_sentence_people(doc, tok, rules, names)
    latest = max((d.sent_index for d in before), default=-1)
    if len(prev_people) >= 2 and latest < sent_index(doc, doc[tok.i:tok.i + 1]) - 1:
        return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun") for n in prev_people]
    if declared and doc[declared[-1][0]].idx > last_draft_pos:
        group_pos = declared[-1][0]
        sent_start = doc[group_pos].sent.start
        same = [n for s, n in declared if doc[s].sent.start == sent_start]
        return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun") for n in same]
    if before:
        last = max(b.sent_index for b in before)
        return [draft_mention(tok, d) for d in before if d.sent_index == last]
    return []


def draft_mention(tok: Token, d: Draft) -> Mention:
    """A reference at ``tok`` to the defendant of draft ``d``: its name, or its unnamed group."""
    if d.person:
        return Mention(start=tok.i, end=tok.i + 1, name=d.person, kind="pronoun")
    return Mention(start=tok.i, end=tok.i + 1, name=d.key[1], group_size=d.group_size,
                   kind="resolved-group")


_UNNAMED_REACH = 6  # sentences back: a story may tell the offence at length before the term
_MALE = frozenset({"man", "boy", "father", "husband", "son", "brother", "youth", "teenager"})
_FEMALE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister"})


def _unnamed_before(doc: Doc, tok: Token, earlier: list[Draft], here: int,
                    gender: str | None) -> Mention | None:
    """"A 22-year-old man was convicted of assault at Ayr Sheriff Court. ... He was sentenced
    to 90 hours of community service.": the subject pronoun is the one unnamed defendant of
    the few sentences before, when that record is the only one there, has no term yet and no
    named person came between (the caller's nearest-name fallback found none)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    recent = [d for d in earlier if 0 <= here - d.sent_index <= _UNNAMED_REACH]
    if len(recent) != 1:
        return None
    d = recent[0]
    if d.sent_index == here or d.person is not None or d.group_size != 1 or \
            d.key[0] != "group" or d.sentence is not None or d.prior or \
            d.outcome is not Outcome.CONVICTED:
        return None
    noun = doc.char_span(d.position, d.position + 40, alignment_mode="expand")
    words = {t.lower_ for t in noun} if noun is not None else set()
    if (gender == "m" and words & _FEMALE) or (gender == "f" and words & _MALE):
        return None  # "a woman was convicted ... He was sentenced": someone else
    return Mention(start=tok.i, end=tok.i + 1, name=d.key[1], group_size=1,
                   kind="resolved-group")


def _all_named(tok: Token, before: list[Draft]) -> list[str]:
    """Every named defendant before ``tok`` when its sentence's subject is "all" of them
    ("All of the activists ...", "All eight ...", "All the defendants ..."), else []."""
    quantified = any(t.lower_ == "all" and t.i < tok.i and (
        t.dep_ in {"nsubj", "nsubjpass"} or t.head.dep_ in {"nsubj", "nsubjpass"})
        for t in tok.sent)
    if not quantified:
        return []
    names: list[str] = []
    for d in before:
        if d.person and not d.prior and d.person not in names:
            names.append(d.person)
    return names


_SUBORDINATORS = frozenset({"after", "when", "because", "as", "before", "since", "until",
                            "while", "once"})


def _clause_antecedent(doc: Doc, tok: Token, rules: Rules, names: NameIndex,
                       fits: Callable[[str], bool]) -> str | None:
    """The one person named before a subject pronoun in its own sentence, when the pronoun
    opens a subordinate clause ("demanded death for X after he was given life"): the clause
    speaks of that person, not of the defendants of earlier sentences."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.head.children):
        return None
    found = {n for n in listed_people(doc, doc[tok.sent.start:tok.i], names, rules) if fits(n)}
    return found.pop() if len(found) == 1 else None


def sole_recent(doc: Doc, anchor: Token, sent: Span, earlier: list[Draft]) -> list[Mention]:
    """"X was convicted of fraud. The judge imposed a sentence of eight years.": a term with
    no recipient in its sentence is the one person convicted in the two sentences before,
    when that person has no term yet; nobody's when there were several. A conjunct of the
    outcome's own verb ("... and imposed a fine of X") is that verb's defendants'."""
    here = sent_index(doc, sent)
    if anchor.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children):
        # "sentenced the seven to 29 years and also imposed a fine of X": the same defendants
        same = [d for d in earlier if d.sent_index == here and not d.prior
                and d.outcome is Outcome.CONVICTED]
        return [draft_mention(anchor, d) for d in same]
    recent = [d for d in earlier if 1 <= here - d.sent_index <= 2 and not d.prior]
    people = {d.person for d in recent}
    if len(people) != 1 or None in people or any(d.sentence is not None for d in recent) or \
            any(d.outcome is not Outcome.CONVICTED for d in recent):
        return []
    return [Mention(start=anchor.i, end=anchor.i + 1, name=recent[0].person, kind="pronoun")]
