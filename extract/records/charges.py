"""The offence of a court outcome: "convicted of X", "for X", "on X charges", "accused of X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from extract.records.charge_bounds import (
    ADMIT_WORDS,
    LAW_PARTS,
    TALLY_OFFENCES,
    admission,
    after_conviction,
    after_plea,
    as_qualifier,
    bare_name,
    case_ahead,
    count_item_next,
    count_ref,
    in_charge_of,
    inner_tally,
    is_term_word,
    law_named,
    law_of_generic,
    listed_inside,
    prep_rank,
    quote_end,
    state_ahead,
    subject_clause_verb,
    swallows_verb,
    title_start,
    verb_for,
)
from extract.records.charge_cues import OUTCOME_WORDS, cue_charge, foreign_clause
from extract.records.charge_text import clean_charge
from extract.records.charge_words import (
    ADVOCATES,
    BY_OFFENCE,
    CHARGE_PREPS,
    CLAUSE_ENDS,
    HOLDER_NOUNS,
    HYPHENS,
    NAME_ENTS,
    PART_ADVERBS,
    PLACE_NOUNS,
    QUOTES,
    REPORTING,
    ROLE_ACTS,
    SPEECH_ACTS,
    STOP_AFTER_AND,
    STOP_WORDS,
    TAKES_IN,
    TALLY_NOUNS,
    VICTIM_HEADS,
)


def _phrase(doc: Doc, start: int, limit: int, terms: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Token bounds of a charge phrase starting at ``start``, cut at the first boundary."""
    i = start
    end = start
    said = False  # inside the that-clause of a speech offence: "alleging that the X had ..."
    while i < limit:
        tok = doc[i]
        if any(s <= tok.idx < e for s, e in terms):
            break
        low = tok.lower_
        if low == "that" and i > start and doc[i - 1].lower_ in SPEECH_ACTS:
            said = True
        if said and not (tok.is_punct and tok.text not in QUOTES) and \
                low not in CLAUSE_ENDS:
            i += 1
            end = i
            continue
        closing = quote_end(doc, i, limit, terms)
        if closing is not None:
            i = closing + 1  # 'of “enmity against God”': a quoted offence is one phrase
            end = i
            if doc[closing - 1].text == "," and not (
                    i < limit and _list_continues(doc, i, limit, start)):
                break  # '"high treason," the agency said': its comma ends the offence
            continue
        if (ref := count_ref(doc, i, limit)) is not None:
            i = end = ref  # "Wire Fraud (Counts 2 through 6); and Y (Count 7)": a count list
            if i + 1 < limit and doc[i].text == ";" and count_item_next(doc, i + 1, limit):
                i += 1
            continue
        if tok.text == "(" and i + 2 < limit and doc[i + 2].text == ")" and \
                doc[i + 1].text.isupper() and 2 <= len(doc[i + 1].text) <= 8:
            i += 3  # "... Organization (MIT)": an abbreviation, not the end of the offence
            end = i
            continue
        if (law_end := law_of_generic(doc, start, i, limit)) is not None:
            i = end = law_end  # "an offence under the X (Y) Act": the law names it
            continue
        if tok.is_punct and tok.text not in QUOTES:
            if tok.text == "," and i + 1 < limit and _list_continues(doc, i + 1, limit, start):
                i += 1
                continue
            if tok.text == "," and i + 1 < limit and doc[i + 1].lower_ == "including" and \
                    doc[i - 1].lower_ in TALLY_OFFENCES:
                i += 1  # "two of five counts, including arson": the counts named after
                continue
            break
        if low == "as" and i > start and (after := as_qualifier(doc, i, limit)) is not None:
            i = end = after  # "... as a member of a criminal group", "as war crimes": one
            continue  # offence with its role or its class
        if tok.pos_ == "AUX" and tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} and i > start:
            break  # "... of X were found to have fled", "... X has been sentenced": a clause
        if tok.tag_ == "RB" and i > start and low not in PART_ADVERBS and (
            i + 1 >= limit or doc[i + 1].tag_ not in {"VBG", "VBN", "JJ"}
        ) and doc[i - 1].tag_ not in {"PRP$", "DT"} and not (  # "using his then position"
            doc[i - 1].lower_ == "to" and i + 1 < limit and doc[i + 1].tag_ == "VB"
        ):  # "calls to forcibly change the order": a split infinitive goes on
            break  # "arrested for terrorism shortly after ...": when, not what
        if low == "for" and i > start and i + 1 < limit and (
            doc[i + 1].like_num or doc[i + 1].lower_ in {"his", "her", "their", "its", "each"}
        ):
            break  # "six counts of murder for six of the attacks", "... for his role in"
        if low in STOP_WORDS and i > start and not (
            low == "than" and doc[i - 1].lower_ in {"more", "less", "fewer", "greater"}
        ) and not (low == "by" and i + 1 < limit and doc[i + 1].lower_ in BY_OFFENCE) and not (
            low == "as" and doc[i - 1].lower_ in ROLE_ACTS  # "serving as a leader of X"
        ) and not (low == "against" and state_ahead(doc, i + 1, limit)) and not (
            low in {"related", "relating"} and doc[i - 1].text in HYPHENS  # "drug-related
        ):  # offences": one adjective
            break  # "embezzling more than $2 million", "propaganda against the state": one
        if low == "in" and i > start and case_ahead(doc, i + 1, limit):
            break  # "blasphemy charges in a case that ...": which case, not the offence
        if low == "carrying" and i > start and doc[i - 1].lower_ in TALLY_OFFENCES:
            break  # "18 offences carrying a maximum of ...": the penalty, not the offence
        if low == "in" and i > start and doc[i - 1].lower_ in TAKES_IN:
            pass  # "participating in the activities of a banned party": the offence itself
        elif low in {"in", "on", "at"} and i > start and i + 1 < limit and (
            doc[i + 1].pos_ in {"PROPN", "NUM"} or doc[i + 1].ent_type_ in {"GPE", "DATE", "LOC"}
            or (i + 2 < limit and doc[i + 1].pos_ == "ADJ"  # "in north London": where
                and doc[i + 2].ent_type_ in {"GPE", "LOC"})
            or doc[i + 1].lower_ in {"connection", "exchange", "the", "court", "front", "his",
                                     "her", "their", "which", "2019", "addition", "trial",
                                     "appeal", "bail", "remand", "probation", "custody"}
        ):
            break
        if tok.ent_type_ == "DATE" and tok.dep_ == "nummod" and tok.head.i == i + 1 and \
                tok.head.pos_ == "NOUN" and tok.head.ent_type_ != "DATE":
            i += 1  # "the 2019 murder of a journalist": a year naming the crime
            end = i
            continue
        if tok.ent_type_ in {"DATE", "TIME"} and low not in {"first", "second", "third"} and \
                i > start:  # "... murder 20 hours after retiring": when, not what
            break
        if low == "and" and i + 1 < limit and (doc[i + 1].lower_ in STOP_AFTER_AND
                                               or (doc[i + 1].tag_ in {"VBD", "VBZ", "VBN"}
                                                   and doc[i + 1].dep_ != "amod")):
            break  # "... and handed him", "... and was sentenced": the next clause
        if low == "over" and i > start and i + 1 < limit and doc[i + 1].pos_ in {"DET", "PRON"}:
            break  # "abuse of office over a contract": what the case was about
        if tok.tag_ == "VBN" and tok.dep_ in {"acl", "relcl"} and i > start + 1:
            break  # "... a contract awarded to a firm": a reduced relative clause
        if low == "for" and i > start and i + 1 < limit and doc[i + 1].lower_ in {
                "a", "an", "the"} and (is_term_word(doc, i + 1) or "promised" in {
                t.lower_ for t in doc[i + 1:i + 4]}):
            break  # "murder for a promised sentence of 15 years": the plea's bargain
        if low == "for" and i > start and i + 1 < limit and doc[i + 1].tag_ == "VBG":
            break  # "... fraud for posing as a lawyer": the conduct, not the offence
        if low == "of" and i + 1 < limit and doc[i - 1].lower_ in VICTIM_HEADS and (
            doc[i + 1].pos_ in {"PROPN", "NUM"} or doc[i + 1].ent_type_ in {"PERSON", "DATE"}
            or doc[i + 1].like_num or (doc[i + 1].lower_ in {"officer", "his", "her", "their"})):
            break
        if tok.ent_type_ == "PERSON" and i > start and not (
                tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN"):
            # a victim's name (and its title) ends it; "beating the Kilkenny man" goes on
            return start, title_start(doc, start, i)
        if tok.pos_ == "PRON" and tok.dep_ in {"nsubj", "nsubjpass"} and i > start:
            break  # "for a speech he had given": a relative clause, not the offence
        if i > start and subject_clause_verb(doc, start, tok):
            break  # "two men charged with fraud received six years": the verb of the
            # clause whose subject holds the offence, not part of it
        i += 1
        end = i
    return start, end


def _list_continues(doc: Doc, i: int, limit: int, first: int) -> bool:
    """After a comma: another offence of a list ("murder, aggravated battery and ...") whose
    first offence starts at ``first``."""
    tok = doc[i]
    if tok.lower_ in {"with", "without", "including", "plus"}:
        return False  # "murdering his ex-girlfriend, with a minimum term of ...": no offence
    closing = tok.lower_ in {"and", "or"}
    if closing:
        if i + 1 >= limit:
            return False
        i += 1
        tok = doc[i]
    if tok.lower_ in STOP_WORDS or (tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "ORG"}):
        return False  # ", and state District Judge X sentenced ...": the next clause
    if tok.lower_ in {"state", "judge", "justice", "district", "superior", "federal"}:
        return False
    adjectival = tok.tag_ in {"VBN", "VBG"} and i + 1 < limit and doc[i + 1].pos_ == "NOUN"
    # "X-ing A, Y-ing B, and Z-ing C": the last gerund offence (not after a bare comma)
    adjectival = adjectival or (closing and tok.tag_ == "VBG" and doc[first].tag_ == "VBG"
                                and tok.lower_ not in STOP_AFTER_AND | REPORTING)
    if (tok.pos_ in {"VERB", "AUX", "PRON", "ADV"} and not adjectival) or (
        tok.pos_ in {"NUM", "DET"} and not closing
    ):
        return False
    if tok.ent_type_ in {"PERSON", "DATE", "GPE", "CARDINAL"}:
        return False
    # a charge list item ends in a noun before the next comma/and
    for j in range(i, min(limit, i + 14)):
        t = doc[j]
        if t.text in {",", ";", "."} or t.lower_ in {"and", "or"}:
            return doc[j - 1].pos_ in {"NOUN", "PROPN"}
        if t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" and t.dep_ != "amod":
            return False
    return False


def find_charge(doc: Doc, anchor: Token, terms: Sequence[tuple[int, int]], kind: str,
                exclude: Sequence[tuple[int, int]] = ()) -> tuple[str, str] | None:
    """The offence tied to the trigger ``anchor`` in its sentence and the preposition that
    introduced it ("of", "to", "for" ...); failing that, the one accusation the article
    states ("detained for allegedly X", "accused of X"), introduced as "accused"; or None.
    ``exclude``: token ranges of the defendants ("the sentencing of seven people")."""
    from extract.records.accusations import accusation_for  # it reads phrases with ours
    from extract.records.nearby_charges import nearby_charge

    found, last_resort = _sentence_charge(doc, anchor, terms, kind, exclude)
    if found is not None:
        return found
    named = law_named(doc, anchor.sent.start, anchor.sent.end)
    if named is not None:  # "under Article 405 (organising an extremist group)"
        return named, "under"
    if last_resort is None and (cued := cue_charge(doc, anchor, terms, _phrase)) is not None:
        return cued  # "jailed over fraud", "sentenced in a bribery case"
    if any(_sentence_charge(doc, other, (), kind, exclude)[0] is not None
           for other in anchor.sent if other.lower_ in OUTCOME_WORDS):
        return last_resort  # "convicted and sentenced X ... for murder": the sentence's own
    if _SAME_OFFENCE_RE.search(anchor.sent.text):
        return last_resort  # "... for the same offence": the one stated before, not this
    if last_resort is None and (near := nearby_charge(doc, anchor, exclude, _phrase)):
        return near, "nearby"  # "... jailed X. He had admitted Y": the next sentence's
    accusation = accusation_for(doc, anchor, exclude)
    return (accusation, "accused") if accusation else last_resort


# the first word of a compound preposition ending in "of": its "of" introduces no offence
_COMPOUND_PREPS = frozenset({"instead", "because", "ahead", "regardless", "irrespective",
                             "spite", "regard", "respect", "view"})
_SAME_OFFENCE_RE = re.compile(r"(?i)\b(?:same|similar)\s+(?:charges?|crimes?|offen[cs]es?|"
                              r"counts?|case)\b")
Found = tuple[str, str] | None


def _sentence_charge(doc: Doc, anchor: Token, terms: Sequence[tuple[int, int]], kind: str,
                     exclude: Sequence[tuple[int, int]]) -> tuple[Found, Found]:
    """The offence of the anchor's sentence, and a last resort (a name after "mayor of")."""
    sent = anchor.sent
    heads = [anchor]
    if anchor.dep_ == "conj":
        heads.append(anchor.head)
    heads.extend(c for c in anchor.children if c.dep_ in {"conj", "acomp", "oprd", "xcomp"}
                 or c.lower_ == "guilty")
    if anchor.head.lower_ == "guilty" or anchor.lower_ in {"plea", "pleas"}:
        heads.append(anchor.head)
    cands: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS:
                cands.append(c)
    # "accused of X", "on X charges", "his conviction for X" anywhere in the sentence
    for tok in sent:
        if tok.lower_ == "of" and tok.i > sent.start and doc[tok.i - 1].lower_ in {
            "accused", "guilty", "convicted", "acquitted", "cleared"
        }:
            cands.append(tok)
        if tok.lower_ in {"for", "on", "of"} and after_conviction(doc, tok, sent.start):
            cands.append(tok)  # "his conviction (last month) of/for/on X"
        if tok.lower_ == "to" and tok.i > sent.start and after_plea(doc, tok, sent.start):
            cands.append(tok)  # "pleaded guilty (today / on May 2) to X"
        if tok.lower_ == "of" and tok.i > sent.start and doc[tok.i - 1].lower_ in {
            "charges", "charge", "count", "counts"
        } and not in_charge_of(doc, tok.i):
            cands.append(tok)
        if tok.lower_ == "with" and tok.i > sent.start and doc[tok.i - 1].lower_ == "charged":
            cands.append(tok)
        if tok.lower_ == "of" and tok.i > sent.start + 1 and doc[tok.i - 1].tag_ == "PRP" and \
                doc[tok.i - 2].lower_ == "accusing" and tok.head.i == tok.i - 2 and \
                not any(c.dep_ == "nsubj" for c in doc[tok.i - 2].children):
            cands.append(tok)  # "jailed the blogger, accusing him of X": the court's finding
        if (admitted := admission(doc, tok, anchor)) is not None:
            cands.append(admitted)  # "jailed after admitting X", "A admitted X and was jailed"
        if tok.lower_ == "on" and any(t.lower_ in {"charges", "charge", "counts"}
                                      for t in doc[tok.i + 1:min(sent.end, tok.i + 7)]):
            cands.append(tok)
        if tok.lower_ == "of" and tok.i > anchor.i and tok.i - anchor.i < 12 and (
            doc[tok.i - 1].ent_type_ == "DATE" or doc[tok.i - 1].like_num
        ) and anchor.lower_ in {"convicted", "acquitted", "found", "cleared"}:
            cands.append(tok)
    for tok in doc[anchor.i + 1:min(sent.end, anchor.i + 25)]:
        if tok.lower_ == "for" and tok not in cands and not verb_for(tok, heads):
            cands.append(tok)  # "jailed X for five years for fraud": the second "for"
    if anchor.lower_ in {"convicted", "convicting", "acquitted", "found", "cleared"}:
        for tok in doc[anchor.i + 1:min(sent.end, anchor.i + 16)]:
            if tok.pos_ in {"VERB", "AUX"} and tok.tag_ != "VBG":
                break
            if tok.lower_ in {"for", "on"} and tok.dep_ == "prep" and tok.head.i == anchor.i:
                break  # "convicted for misuse of funds": the "of" is inside the offence
            if tok.lower_ == "of" and doc[tok.i - 1].lower_ not in VICTIM_HEADS | {
                    "lack", "absence", "insufficiency"}:
                cands.append(tok)
                if doc[tok.i - 1].lower_ not in HOLDER_NOUNS:
                    break  # "convicted members of the X sect of Y": Y is the offence
    unique = list({c.i: c for c in cands}.values())
    ordered = sorted(unique, key=lambda c: (inner_tally(doc, c, unique, lambda o: _phrase(
        doc, o.i + 1, sent.end, terms)[1]), prep_rank(c), abs(c.i - anchor.i)))
    fallback: tuple[str, str] | None = None
    for prep in ordered:
        if any(s <= prep.idx < e for s, e in terms) or foreign_clause(prep, anchor) or \
                listed_inside(prep, anchor):
            continue
        if prep.i > 0 and doc[prep.i - 1].text in {"-", "‑"} and not doc[prep.i - 1].whitespace_:
            continue  # the "for" of "murder-for-hire"
        if any(s <= prep.i + 1 < e or s <= prep.i + 2 < e for s, e in exclude):
            continue
        if prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ in _COMPOUND_PREPS:
            continue  # "pleaded guilty to X instead of going to trial": no offence
        if prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ in PLACE_NOUNS:
            continue  # "a court in the region of X": where, not what
        if prep.lower_ == "of" and prep.i > 1 and doc[prep.i - 1].like_num and \
                doc[prep.i - 2].lower_ in LAW_PARTS:
            continue  # "under Section 314 of the Penal Code": the law, not the offence
        if prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ in TALLY_NOUNS:
            continue  # "convicted him by a majority of 11 to one": the jury's count
        if kind == "nominal-of" and prep.lower_ == "of" and prep.head.i == anchor.i:
            continue  # "the acquittal of three reporters, A, B and C": who, not what
        # "convicted members of the X party of Y", "acquitted the mayor of Z": whose, not what
        # (kept as a last resort only: the one phrase the rules found for that outcome)
        holder = prep.i > 0 and (
            (prep.lower_ == "of" and doc[prep.i - 1].lower_ in HOLDER_NOUNS)
            or (prep.lower_ == "for" and doc[prep.i - 1].lower_ in ADVOCATES))
        if prep.lower_ == "to" and not after_plea(doc, prep, sent.start) and \
                doc[prep.i - 1].lower_ not in ADMIT_WORDS:
            continue
        if prep.lower_ == "with" and doc[prep.i - 1].lower_ != "charged":
            continue
        start = prep.i + 1
        if start >= sent.end:
            continue
        nxt = doc[start]
        if prep.lower_ == "for" and (nxt.lower_ in {"a", "an"} and is_term_word(doc, start)):
            continue
        if nxt.ent_type_ in {"DATE", "TIME"} or (nxt.like_num and prep.lower_ == "on"):
            continue
        s, e = _phrase(doc, start, sent.end, terms)
        if any(s < ms <= e for ms, _me in exclude) or swallows_verb(prep, s, e):
            continue  # "the conviction of director X": a title; "a spokesman for X said"
        if prep.lower_ == "on" and not any(t.lower_ in {"charges", "charge", "counts", "count"}
                                           for t in doc[s:e]):
            continue
        named = all(t.pos_ in {"PROPN", "PUNCT", "DET"} or t.ent_type_ in NAME_ENTS
                    for t in doc[s:e])  # "... for Reporters Without Borders": a name
        if e > s:
            text = clean_charge(doc[s:e].text)
            person = all(t.ent_type_ in {"PERSON", ""} and t.pos_ in {"PROPN", "PUNCT", "CCONJ"}
                         for t in doc[s:e])  # "the sentences for A and B": whose, no offence
            if text and not is_term_word(doc, s, e) and not person:
                if not (holder or named):
                    return (text, prep.lower_), None
                if not bare_name(doc[s:e]):  # "postponed for A B" names whose, not what
                    fallback = fallback or (text, prep.lower_)
    return None, fallback
