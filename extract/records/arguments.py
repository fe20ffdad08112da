"""Which tokens a trigger's arguments are in the parse: the subject of a passive outcome
verb, the object of an active one, the owner of an outcome noun ("X's conviction"), the
people a term noun is given to; the defendants' own reading is ``defendants``'s."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp import TriggerHit
from extract.records.people import ends_amount

_TERM_NOUNS = frozenset({"imprisonment", "prison", "jail", "detention", "custody", "years",
                         "months", "life", "sentence", "term"})
_ALONG = frozenset({"along", "together"})  # "along with X": X beside the argument
SUBJECT_VERBS = frozenset({
    "pleaded", "pled", "pleads", "plead", "pleading", "admitted", "admits", "admit",
    "received", "receives", "receive", "receiving", "got", "gets", "get", "serve", "serves",
    "serving", "served", "awarded", "lost", "loses", "lose", "won", "wins", "win", "spend",
    "spends",
})



def dependency_heads(anchor: Token, hit: TriggerHit) -> list[Token]:
    heads = _heads(anchor, hit)
    return heads + [t for h in heads for t in _stray_last_item(h) if t not in heads]


def _stray_last_item(head: Token) -> list[Token]:
    """"convicted A, B, and C of theft": after a serial comma the parse may hang the list's
    last name on the verb (or on the "guilty" of "found ... guilty") past the object's own
    list; that name (a proper noun right after the list's ", and") is an argument too."""
    if head.dep_ not in {"dobj", "dative", "nsubj", "nsubjpass"} or head.pos_ != "PROPN":
        return []
    verb, end = head.head, head.right_edge.i
    doc = head.doc
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and":
        start = end + 2
    elif end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end - 1].text == ",":
        start = end + 1  # (the "and" hangs inside the list)
    else:
        return []
    pool = [*verb.children, *(g for c in verb.children if c.dep_ == "conj"
                              and c.lower_ == "guilty" for g in c.children)]
    return [c for c in pool if c.pos_ == "PROPN" and c.i > head.i and c.left_edge.i == start
            and c.dep_ in {"conj", *_GLUED}]


def _past_counts(obj: Token, verb: Token) -> list[Token]:
    """The receivers after "on two counts" ("imposed life on two counts to A"; the parse
    hangs that "to" on the counts or on the verb), or []."""
    if obj.lower_ not in {"counts", "count", "charges"}:
        return []
    preps = [p for p in [*obj.children, *verb.children] if p.dep_ in {"prep", "dative"}
             and p.lower_ in {"to", "upon"} and p.i > obj.i]
    return [g for p in preps[:1] for g in p.children if g.dep_ == "pobj"]


# words of a term given in a gapped second conjunct: "..., and 25-year imprisonment to D"
_GAPPED_TERM_WORDS = _TERM_NOUNS | {"sentences", "terms", "penalty", "penalties", "death",
                                   "fine", "fines", "punishment"}


def _gapped_receivers(verb: Token, prep: Token) -> list[Token]:
    """"handed down the death penalty to A and B, and 25-year imprisonment to C": a later
    "to"/"on" of the same verb after "and" and a term of its own gives that term to others
    (the parse hangs the second preposition on the verb); not "..., and sentenced C to"."""
    doc = verb.doc
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ not in {"prep", "dative"} or c.lower_ != prep.lower_ or c.i <= prep.i:
            continue
        ands = [t.i for t in doc[prep.i + 1:c.i] if t.lower_ == "and"]
        gap = doc[ands[-1] + 1:c.i] if ands else None
        if gap is not None and 0 < len(gap) <= 6 and \
                any(t.lower_ in _GAPPED_TERM_WORDS for t in gap) and \
                not any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text != "-")
                        for t in gap):
            out.append(c)
    return out


def _glued_to_guilty(guilty: list[Token]) -> list[Token]:
    """"found A, B, and C guilty": the list's last name the parse made a modifier of
    "guilty" (the list's "and" or comma right before it)."""
    return [c for g in guilty for c in g.children if c.pos_ == "PROPN" and c.i < g.i
            and c.dep_ in _GLUED and c.left_edge.i >= 1
            and c.doc[c.left_edge.i - 1].lower_ in {"and", ","}]


def _heads(anchor: Token, hit: TriggerHit) -> list[Token]:
    kind = hit.rule.kind
    doc = anchor.doc
    if kind == "impose":  # "imposed a life sentence on X": the object of the preposition
        to_prep = doc[hit.end - 2]
        objs = [g for p in [to_prep, *_gapped_receivers(anchor, to_prep)] for g in p.children
                if g.dep_ == "pobj"  # (the match's last token is the object's first)
                and g.ent_type_ not in {"DATE", "TIME"}]
        # "life imprisonment on two counts to A": the counts are no receivers, "to" them is
        return [r for g in objs for r in (_past_counts(g, anchor) or [g])]
    if kind in {"nominal-of", "nominal-for"}:
        prep = "of" if kind == "nominal-of" else "for"
        return [g for c in anchor.children if c.lower_ == prep for g in c.children
                if g.dep_ == "pobj"]
    if kind == "nominal-plea":
        return [c for c in anchor.children if c.dep_ == "poss"] + [
            g for c in anchor.children if c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    if kind == "nominal-revised":
        # "reduced the sentence of X", "increased the term of imprisonment for X" (the "for"
        # may hang on the verb), "upheld X's sentence", "confirmed the death sentence against
        # X": the noun's owner
        holders = [anchor, anchor.head] + [g for c in anchor.children if c.lower_ == "of"
                                           for g in c.children if g.dep_ == "pobj"]
        # "upheld the sentence handed to X", "the term imposed on X": a participle's object
        given = [g for a in anchor.children if a.dep_ == "acl" and a.tag_ == "VBN"
                 for c in a.children if c.dep_ in {"prep", "dative"}
                 and c.lower_ in {"to", "on", "upon"}
                 for g in c.children if g.dep_ == "pobj"]
        return [c for c in anchor.children if c.dep_ == "poss"] + [
            g for h in holders for c in h.children if c.lower_ in {"of", "for", "against"}
            and c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            and g.lower_ not in _TERM_NOUNS and (c.lower_ != "against" or g.pos_ in {
                "PROPN", "PRON"})] + given  # (not "against the advice of experts")
    if kind == "verb-late" or anchor.lower_ in {"dismissed", "dropped", "dismisses", "drops",
                                               "withdrew", "quashed"}:
        against = [g for t in anchor.sent if t.lower_ == "against" for g in t.children
                   if g.dep_ == "pobj"]
        if against or kind != "verb-late":
            return against
        return _owners(doc[hit.start])  # "his conviction was overturned"
    split = _split_passive(anchor)
    if anchor.lower_ in {"handed", "hands", "hand"} and not split and not any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children
    ):  # "were handed suspended sentences" is read as a passive below
        got = [g for c in anchor.children if c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
        if not got:  # "handed down a term, suspended for two years, to X": "to" hangs lower
            got = [g for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                   for t in c.children if t.lower_ == "to" and t.dep_ == "prep"
                   for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        return got or [c for c in anchor.children if c.dep_ in {"dative", "dobj"}
                       and c.pos_ in {"PROPN", "PRON"}]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children) or (
        anchor.dep_ == "conj" and any(c.dep_ in {"nsubjpass", "auxpass"}
                                      for c in anchor.head.children)
    ) or (anchor.tag_ == "VBN" and not any(c.dep_ in {"dobj", "nsubj"} for c in anchor.children)
          ) or _passive_above(anchor) or split
    verb = anchor
    if anchor.lower_ in {"found", "finds", "find", "finding"} and not passive:
        # "found X guilty": X is the object of "found" or the subject of "guilty"
        guilty = [t for t in anchor.subtree if t.lower_ == "guilty"]
        if not guilty and hit.end - hit.start > 7:
            return []  # a long match whose "guilty" the parse gives another verb
        found = [c for c in anchor.children if c.dep_ == "dobj"] + [
            c for g in guilty for c in g.children if c.dep_ in {"nsubj", "dobj"}]
        return found + [c for c in _glued_to_guilty(guilty) if found and c not in found]
    if anchor.lower_ in SUBJECT_VERBS or passive:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj and anchor.dep_ == "pcomp" and anchor.head.lower_ == "with":
            # "with 'mastermind' A receiving ten years": the parse made the quoted role the
            # preposition's object and the name its apposition (not the main clause's subject)
            subj = [a for o in anchor.head.children if o.dep_ == "pobj"
                    for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        hops = 0
        # "was convicted of plotting a coup and sentenced to ...": the parse may hang the
        # second verb under the first one's object clause; climb to the nearest subject
        while not subj and verb.dep_ in {"conj", "xcomp", "advcl", "pcomp", "prep"} and hops < 4:
            controlled = verb.dep_ == "xcomp"
            verb = verb.head
            hops += 1
            # "the judge ordered him to serve ten years": the object serves, not the judge
            objs = [c for c in verb.children if c.dep_ == "dobj"] if controlled else []
            subj = objs or [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subj = _pleader(verb) or subj
        if not subj and anchor.dep_ in {"relcl", "acl"}:
            subj = [anchor.head]
        if not subj and anchor.dep_ in {"pcomp"} and anchor.head.dep_ == "prep":
            verb = anchor.head.head
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        out: list[Token] = []
        for s in subj:
            before = doc[s.i - 2] if s.i > 1 and doc[s.i - 1].text == "," else None
            if s.lower_ == "who" and verb.dep_ == "relcl" and verb.head.pos_ != "PROPN" and \
                    before is not None and before.pos_ == "PROPN":
                out.append(before)  # "the verdict for A and B, who were ...": not the verdict
            elif s.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                out.append(verb.head)
            elif s.lower_ == "who" and s.i > 0 and doc[s.i - 1].pos_ in {"PROPN", "NOUN"}:
                out.append(doc[s.i - 1])  # a relative clause the parse did not attach
            elif s.lower_ == "who" and before is not None and before.pos_ == "PROPN":
                out.append(before)  # (also "A and B, who were ...")
            else:
                out.append(s)
        return out
    objs = [c for c in anchor.children if c.dep_ in {"dobj", "dative"}]
    out = []
    for o in objs:
        if o.ent_type_ == "MONEY" or ends_amount(o):
            # "fined local resident X 40,000 rubles": the parse may hang the person fined
            # under the amount (which the tagger may not mark: "X 500,000 tenge")
            out.extend(c for c in o.children if c.i < o.i and c.ent_type_ != "MONEY"
                       and c.dep_ in {"nmod", "compound", "dative", "appos"})
        else:
            out.append(o)
    return out


def _pleader(verb: Token) -> list[Token]:
    """"X admitted conspiracy to defraud and was sentenced to ...": the parse may read the
    charge as the passive subject of the outcome, in a clause the plea verb governs; the
    outcome is the pleader's (a charge noun, then "and", then the outcome's auxiliary)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in _PLEA_VERBS:
        return []
    charge = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if len(charge) != 1 or not aux or charge[0].i > aux[0].i or not any(
            t.lower_ == "and" for t in verb.doc[charge[0].i:aux[0].i]):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"}]


def subjectless_passive(anchor: Token) -> bool:
    """"..., and was given three years": a passive conjunct with no subject of its own."""
    return anchor.dep_ == "conj" and any(c.dep_ == "auxpass" for c in anchor.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children)


def _split_passive(anchor: Token) -> bool:
    """"Two officers were on Monday handed ten-year terms": a time between "were" and the
    participle makes the parse take "were" for the verb and the participle for its conjunct."""
    head = anchor.head  # (or for a preposition: "were on 14 March given death sentences")
    return anchor.dep_ in {"conj", "prep"} and anchor.tag_ in {"VBN", "VBD"} and \
        head.lemma_ == "be" and head.i < anchor.i and \
        any(c.dep_ == "nsubj" for c in head.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in anchor.children) and \
        not any(t.lower_ in {"and", "but", "or"} for t in anchor.doc[head.i + 1:anchor.i])


def _passive_above(anchor: Token) -> bool:
    """"was convicted of killing X and sentenced to 60 years": the parse hangs the second
    verb (tagged past tense, without subject or object) under the first one's clause."""
    if anchor.dep_ != "conj" or any(c.dep_ in {"dobj", "nsubj", "nsubjpass"}
                                    for c in anchor.children):
        return False
    verb = anchor.head
    for _ in range(4):
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
        if verb.dep_ not in {"conj", "pcomp", "prep", "pobj"} or verb.head is verb:
            return False
        verb = verb.head
    return False


def _owners(noun: Token) -> list[Token]:
    """Whose conviction or case: "his conviction", "X's conviction", "whose conviction"
    (the person the relative clause hangs on)."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
            # "the convictions of A and B were upheld"
            out.extend(g for g in c.children if g.dep_ == "pobj")
            continue
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            out.append(c)  # "the convictions of his co-defendants A and B"
            continue
        if c.dep_ != "poss":
            continue
        if c.lower_ == "whose":
            verb = noun.head
            while verb.dep_ not in {"relcl", "ROOT"} and verb.head is not verb:
                verb = verb.head
            if verb.dep_ == "relcl":
                out.append(verb.head)
        else:
            out.append(c)
    return out


def companions(anchor: Token, heads: list[Token]) -> list[Token]:
    """"found members, along with leader X, guilty", "convicted A, together with his brother
    B, of fraud": the objects of "along with" / "together with" hung on the outcome verb or
    on one of its arguments (defendants beside them, not an offence's other victims)."""
    owners = {anchor.i, *(h.i for h in heads)}
    out: list[Token] = []
    for tok in anchor.subtree:
        if tok.lower_ != "with" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _ALONG:
            continue
        along = tok.doc[tok.i - 1]
        # right after an argument ("A, along with B, ..."), not after the offence ("convicted
        # A of beating X along with his wife") nor before ("The judge, along with ...")
        beside = any(h.i < along.i <= h.right_edge.i + 2 for h in heads)
        if beside and (tok.head.i in owners or (tok.head.i == along.i
                                                and along.head.i in owners)):
            out.extend(c for c in tok.children if c.dep_ == "pobj")
    return out


# the verbs of a plea, whose clause the parse may take an outcome for: "admitted X and was ..."
_PLEA_VERBS = frozenset({"admit", "plead", "confess", "deny"})
# how the parse may hang a list's last name on the word after the list
_GLUED = frozenset({"compound", "amod", "nsubj", "npadvmod"})


# prepositions whose object receives a term: "handed down ... to A", "imposed ... on B"
TO_WHOM = frozenset({"to", "on", "upon", "against"})


def given_to(terms: list[Token]) -> list[Token]:
    """"a sentence of one year and three months to A": the parse may hang "to A" on the
    term's last word; who the term went to, read inside the term phrase."""
    return [o for h in terms for c in h.subtree if c.dep_ == "prep" and c.lower_ in TO_WHOM
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def term_receivers(anchor: Token, term_nouns: frozenset[str]) -> list[Token]:
    """Who a give verb with no parsed object gave its term to: "imposed upon A a sentence of
    ..." (a name after "upon", not a day), else inside its term noun's phrase."""
    return [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in TO_WHOM
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            and o.ent_type_ not in {"DATE", "TIME", "GPE"}] or given_to(
        [c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in term_nouns])
