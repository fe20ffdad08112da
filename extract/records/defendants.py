"""Who an outcome trigger is about: its defendants, through the parse, coreference and
a linear fallback where the small model's parse is wrong."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules, TriggerHit
from extract.normalize import parse_number
from extract.records.appositions import (
    chained_apposition,
    closing_apposition,
    coordinated_name,
    names_after_role,
)
from extract.records.arguments import (
    SUBJECT_VERBS,
    TO_WHOM,
    companions,
    dependency_heads,
    given_to,
    subjectless_passive,
    term_receivers,
)
from extract.records.assembly import Draft
from extract.records.binding import (
    counted_antecedent,
    counted_people_before,
    definite_people,
    named_alike,
    relative_clause,
)
from extract.records.colon_lists import colon_list
from extract.records.colon_terms import colon_for_items
from extract.records.conjuncts import conj_family
from extract.records.coref import pronoun_kind
from extract.records.descriptions import (
    defendant_noun,
    description_referent,
    unnamed_antecedent,
)
from extract.records.enumerations import argument_names, counted_reference, demonym_group
from extract.records.labels import label_names
from extract.records.lists import aged_list, and_others, employer, gapped, named_list, opening_names
from extract.records.members import included_members, listed_after, named_members
from extract.records.naming import (
    alias_owner,
    introduced_next,
    relative_named,
    with_family_name,
)
from extract.records.people import Mention, NameIndex, group_mention, name_mention
from extract.records.pronouns import referents
from extract.records.roles import BENCH_WORDS, is_official, is_victim
from extract.records.term_lists import item_owner, parenthesised_list
from schemas import Outcome

# verbs after which a list may give each defendant a term: "sentenced A to X, B to Y",
# "A got five years, B three"
_LISTING_VERBS = frozenset({"sentenced", "got", "received", "jailed", "given", "handed", "gave",
                            "sentencing", "jailing"})
# triggers whose defendants are the items of the list after their colon, and no one else
_LIST_ONLY = frozenset({"following-sentences", "sentences-were-list", "sentences-colon-items"})
_TERM_NOUNS = frozenset({"sentence", "sentences", "term", "terms", "penalty", "penalties",
                         "punishment", "punishments"})
# prepositions whose object receives a term: "handed down ... to A", "imposed ... on B"
_GIVER_VERBS = frozenset({"handed", "hands", "hand", "gave", "gives", "imposed", "imposes",
                          "slapped", "slaps"})


def find_defendants(doc: Doc, anchor: Token, hit: TriggerHit, sent: Span, rules: Rules,
                names: NameIndex, earlier: list[Draft]) -> list[Mention]:
    if hit.rule.kind == "list":  # "The convicts were A, B and C"
        return _bracketed(doc, listed_after(doc, hit.end, sent, names, rules), sent, rules,
                          names)
    listed = named_members(doc, anchor, sent, names, rules) or \
        colon_list(doc, anchor, sent, rules, names) or \
        colon_for_items(doc, anchor, sent, rules, names)  # "sentence: X years for A"
    if listed:  # "those convicted include A, B and C", "the following sentences: A, ..."
        return _bracketed(doc, listed, sent, rules, names)
    if hit.rule.id in _LIST_ONLY:
        return []  # "the sentences were: ..." names its defendants only in such a list
    labelled = label_names(doc, anchor, sent, names, rules)
    if labelled:  # "Sentenced to five years: A, B and C"
        return labelled
    heads = dependency_heads(anchor, hit)
    if hit.rule.kind == "give" and not heads:  # "imposed upon A a sentence of ...": to whom
        heads = term_receivers(anchor, _TERM_NOUNS)
    heads = heads + companions(anchor, heads) if heads else heads  # "A, along with B"
    if hit.rule.kind == "give" and heads and all(h.lower_ in _TERM_NOUNS for h in heads):
        # "sentences of 18 months were handed down to A and B": who they went to
        heads = [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in TO_WHOM
                 for o in c.children if o.dep_ == "pobj"] or given_to(heads) or heads
    if hit.rule.kind == "impose":  # "to co-defendants A and B": the names, not the role noun
        heads = [names_after_role(doc, h, names, rules) or h for h in heads]
    mentions = _expand(doc, heads, rules, names, earlier, sent)
    if not mentions and subjectless_passive(anchor):
        mentions = _clause_mates(anchor, sent, earlier)
    if not heads and (hit.rule.kind.startswith("nominal")
                      or hit.rule.kind in {"verb-late", "impose"}):
        return []  # "guilty pleas", "all charges were dropped" with no one's name attached
    if not mentions and heads and all(h.pos_ == "PRON" for h in heads):
        return []  # "his guilty plea" about nobody this article names: no guessing nearby
    if not mentions and anchor.lower_ == "sentenced":
        mentions = gapped(doc, anchor, sent, rules, names, [])
    if heads and all(m.kind == "name" for m in mentions) and not any(
            h.i == m.end - 1 for h in heads for m in mentions):
        # the parse broke the argument phrase ("X's editor A and one of its journalists, B"
        # with X for the head): the names inside it, when they hold those found and more
        inside = [m for h in heads for m in argument_names(doc, h, names, rules)]
        if not mentions or ({m.name for m in mentions} < {m.name for m in inside} and any(
                t.lower_ == "and" for t in doc[inside[0].end:inside[-1].start])):
            mentions = inside  # (more only across a coordination: "a party's supporter, A")
    if not mentions and any(h.pos_ == "NOUN" and h.is_alpha and len(h.text) > 2
                            for h in heads):
        return []  # "a criminal who was exonerated": a parsed argument that names nobody
    if not mentions and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return []  # "evidence used to convict": an infinitive says who only through the parse
    if not mentions:
        mentions = _linear(doc, anchor, sent, rules, names, earlier, hit)
    if mentions and hit.rule.kind != "verb-late" and anchor.lower_ in _LISTING_VERBS:
        mentions = gapped(doc, anchor, sent, rules, names, mentions)
    rel = relative_clause(anchor) if hit.rule.kind == "give" else None
    if rel is not None:  # "A, who got five years, and B": B is coordinated past the clause
        mentions = [m for m in mentions if not (rel.right_edge.i < m.start < sent.end and any(
            t.lower_ == "and" for t in doc[rel.right_edge.i + 1:m.start]))]
    mentions = [n for m in mentions for n in (named_list(doc, m, sent, rules, names)
                                              or included_members(doc, m, sent, names, rules)
                                              or [m])]
    mentions = [n for m in mentions for n in (aged_list(doc, m, anchor, sent, rules, names) or [m])]
    mentions = opening_names(doc, mentions, anchor, sent, rules, names) + mentions
    mentions = _bracketed(doc, mentions, sent, rules, names)
    mentions = [relative_named(doc, m, names, rules) or alias_owner(doc, m, names, rules) or m
                for m in mentions]
    seen: set[tuple[str | None, int]] = set()
    unique: list[Mention] = []
    for m in mentions:
        key = (m.name.lower() if m.name else None, m.start if not m.name else 0)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    unique = [m for m in unique if not _inside_relative(doc, m, unique, anchor)]
    if not unique:
        return []  # (zip below pairs each mention with the next: none here)
    # "A, given 20 years, and B, sentenced to eight years": each participle is its item's
    return item_owner(doc, anchor, unique, rules) or [
        m for m, nxt in zip(unique, [*unique[1:], None], strict=True)
        if not employer(doc, m, nxt)]


def _inside_relative(doc: Doc, m: Mention, others: list[Mention], anchor: Token) -> bool:
    """"X, who paid the money to a former deputy, Y, in 2012, was jailed": a name inside a
    relative clause on another defendant (or on the noun beside it: "the mayor, X, who ...")
    is what that clause tells of, not a defendant, unless the clause tells the outcome."""
    last = doc[m.end - 1]
    clauses = [a for a in last.ancestors if a.dep_ == "relcl"]
    if last.dep_ == "appos" and last.head.i < m.start:
        # the parse hangs the name on the first one, past the clause: "X, who paid it to a
        # former deputy, Y, ..." (an appositive comes right after its own noun)
        clauses += [c for c in last.head.children if c.dep_ == "relcl" and c.i < m.start]
    held = {i for o in others if o is not m and o.name for i in range(o.start, o.end)} | {
        doc[o.end - 1].head.i for o in others
        if o is not m and o.name and doc[o.end - 1].dep_ == "appos"}
    return any(a.head.i in held and not a.left_edge.i <= anchor.i <= a.right_edge.i
               for a in clauses)


def _clause_mates(anchor: Token, sent: Span, earlier: list[Draft]) -> list[Mention]:
    """"X was convicted of A, which the court said distorted B, and was given three years"
    (the parse hangs the last verb on the nearest clause): the people an earlier trigger of
    the same sentence named, who are this verb's subject too."""
    mates = [d for d in earlier if sent.start_char <= d.position < anchor.idx and d.person
             and not d.prior and d.outcome is Outcome.CONVICTED]
    return [Mention(start=anchor.i, end=anchor.i + 1, name=d.person, kind="pronoun")
            for d in mates if d.person not in {m.person for m in mates[:mates.index(d)]}]


def _bracketed(doc: Doc, mentions: list[Mention], sent: Span, rules: Rules,
               names: NameIndex) -> list[Mention]:
    """Each mention with the other items of its "A (7 years), B (6 years) and C (3 years)"
    list (the parse breaks the coordination at the brackets), without repeats."""
    out: list[Mention] = []
    for m in mentions:
        for n in parenthesised_list(doc, m, sent, rules, names) or [m]:
            if not any(o.start == n.start and o.name == n.name for o in out):
                out.append(n)
    return out


def _expand(doc: Doc, heads: list[Token], rules: Rules, names: NameIndex,
            earlier: list[Draft], sent: Span) -> list[Mention]:
    out: list[Mention] = []
    for head in heads:
        for tok in conj_family(head):
            # the parse says who: "former president X was convicted" is the defendant
            misread = coordinated_name(doc, tok, names, rules, argument=tok is head) if (
                tok is head and name_mention(doc, tok, names, rules) is None) else None
            found = [misread] if misread is not None else _to_mentions(
                doc, tok, rules, names, earlier, sent, argument=True)
            co = None if found else coordinated_name(doc, tok, names, rules) or and_others(tok)
            out.extend(found or ([co] if co is not None else []))  # "A and B" (A: a FAC)
    return out


def _to_mentions(doc: Doc, tok: Token, rules: Rules, names: NameIndex,
                 earlier: list[Draft], sent: Span, argument: bool = False) -> list[Mention]:
    counted = counted_reference(doc, tok, names, rules)
    if counted:  # "all three were convicted": the three named just before
        return counted
    kind = pronoun_kind(tok)
    if kind is not None:
        refs = referents(doc, tok, kind, rules, names, earlier)
        if not refs and kind != "one" and tok.pos_ == "PRON":  # "the 9 defendants ... they"
            refs = [m for m in [counted_people_before(tok, rules)] if m is not None]
        if refs or tok.pos_ == "PRON":
            return refs
        if kind != "one":  # "the 12 Uzbeks who ... The defendants were sentenced"
            antecedent = counted_antecedent(tok) if tok.pos_ == "NOUN" and tok.dep_ in {
                "nsubj", "nsubjpass"} else None
            return [antecedent] if antecedent is not None else []
        # "The last defendant convicted of X has been sentenced to life. Kevin Brandt, 27,
        # was ...": the lead's defendant, introduced by the sentence after it
        named = introduced_next(doc, tok, names, rules)
        return [named] if named is not None else []
    demonyms = demonym_group(tok)
    if demonyms is not None:  # "four Crimean Tatars": a group, not a name
        return [demonyms]
    m = name_mention(doc, tok, names, rules)
    if m is not None:
        if (not argument and is_official(doc, m.start, m.end, rules)) or is_victim(
            doc, m.start, rules
        ):
            return []
        return [with_family_name(doc, tok, m, rules, names)]
    closing = closing_apposition(doc, tok, names, rules) if tok.lower_ == "one" else None
    if closing is not None:  # "One of the activists in Osh, X, ...": X (hung on Osh)
        return [closing]
    if tok.like_num:
        # "Three of his colleagues received ..." → a group of three ("seven out of the
        # twelve people": seven)
        outs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "out"
                for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
        for c in [*tok.children, *outs]:
            if c.dep_ == "prep" and c.lower_ == "of":
                for obj in c.children:
                    size = parse_number(tok.text)
                    if obj.dep_ == "pobj" and obj.tag_ in {"NNS", "NNPS"} and size and \
                            size == int(size) and size >= 1:
                        return [Mention(start=tok.i, end=obj.i + 1, name=None,
                                        group_size=int(size), kind="group", plural=True)]
    if tok.lower_ in {"one", "each", "all", "both"}:
        # "One of the defendants, X, ..." → X;  "each of the defendants" → all of them
        for c in tok.children:
            if c.dep_ == "appos":
                return _to_mentions(doc, c, rules, names, earlier, sent)
        if tok.lower_ != "one":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            return _to_mentions(doc, obj, rules, names, earlier, sent)
    if tok.dep_ == "appos" and tok.lower_ in rules.words("people_nouns"):
        # ("Asia Bibi, a Christian woman": the apposition says the NER's place is a person)
        named = name_mention(doc, tok.head, names, rules) or coordinated_name(
            doc, tok.head, names, rules, argument=True)
        if named is not None:
            return [named]
    g = group_mention(tok, rules, open_class=argument and tok.dep_ in {"nsubj", "nsubjpass",
                                                                      "dobj", "pobj"})
    if g is None and definite_people(tok, rules):
        # "The activists were sentenced to two years each": the people told of just before
        refs = referents(doc, tok, "many", rules, names, earlier)
        if refs and named_alike(doc, tok, refs, earlier):
            return refs
        antecedent = counted_antecedent(tok)  # ("the 32 farmers who ... The protesters")
        return [antecedent] if antecedent else []
    if g is not None and g.group_size == 1:
        for c in tok.children:  # "The rapper, whose real name is X, ...": X
            if c.dep_ in {"relcl", "appos"}:
                # "whose real name is X" names him; "who stabbed pensioner X" names a victim
                inner = [t for t in c.subtree if t.pos_ == "PROPN" and names.known(t)
                         and not is_victim(doc, t.i, rules)]
                if inner:
                    named = name_mention(doc, inner[-1], names, rules)
                    if named is not None and not is_official(doc, named.start, named.end,
                                                             rules):
                        return [named]
        named = chained_apposition(doc, tok, names, rules)
        if named is not None:  # "the main suspect in the case of X, A B, was jailed"
            return [with_family_name(doc, tok, named, rules, names)]
    if g is not None and g.group_size == 1 and any(
        c.lower_ == "the" for c in tok.children
    ) and (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} or (
        tok.dep_ == "pobj" and tok.head.lower_ in {"on", "upon", "against"})):
        # "the man was found guilty", "the court also sentenced the 45-year-old activist",
        # "imposed a parole-like sentence on the journalist": a definite description of the
        # defendant named before, not another one
        described = description_referent(doc, tok, rules, names)
        if described is not None:  # "the former mayor" introduced as "X, a former mayor,"
            return described
        # "the accused", "the convict" as "the defendant": the person named just before
        return referents(doc, tok, "one", rules, names, earlier,
                         recent=defendant_noun(tok)) or [unnamed_antecedent(doc, tok, g, earlier)]
    if g is not None and g.group_size == 1 and any(c.lower_ in {"a", "an"}
                                                    for c in tok.children):
        named = introduced_next(doc, tok, names, rules)
        if named is not None:  # "A man was jailed ... John Cole, 45, of Leeds, ..."
            return [named]
    if g is not None:
        for c in tok.children:  # "a father of two, Alibek Imanbekov" / "defendant X"
            if c.dep_ in {"appos", "nsubj", "dep", "npadvmod"} and c.pos_ == "PROPN":
                named = name_mention(doc, c, names, rules)
                if named is not None:
                    return [with_family_name(doc, tok, named, rules, names)]
        return [unnamed_antecedent(doc, tok, g, earlier)]  # "the convict": "a man" before
    for c in tok.children:
        if c.dep_ == "appos":
            named = name_mention(doc, c, names, rules)
            if named is not None and not is_official(doc, named.start, named.end, rules):
                return [named]
    for c in tok.children:
        # "Makhabat Tajibek kyzy" parsed as a noun with the name hanging under it
        if c.pos_ == "PROPN" and c.dep_ in {"nsubj", "compound", "dep"} and names.known(c):
            named = name_mention(doc, c, names, rules)
            if named is not None and not is_official(doc, named.start, named.end, rules):
                return [named]  # ("Veja magazine" is the source of a report)
    aged = tok.tag_ in {"NN", "NNP", "JJ"} and any(c.lower_ == "the" for c in tok.children) and (
        tok.ent_type_ == "NORP" or any("-old" in c.text or c.lower_ == "old" for c in tok.subtree))
    described = description_referent(doc, tok, rules, names) if aged else None
    if described is not None:  # "sentenced the 34-year-old" after "X, 34,"
        return described
    if aged and tok.dep_ in {"nsubj", "nsubjpass"}:
        return referents(doc, tok, "one", rules, names, earlier)  # "the 48-year-old Australian"
    if tok.lower_ in {"conviction", "convictions", "sentence", "sentences", "charges", "charge",
                      "case", "indictment", "appeal"}:
        # "overturned the conviction of X", "dismissed the case against X", "X's appeal"
        for c in tok.children:
            if c.dep_ == "poss":
                return _to_mentions(doc, c, rules, names, earlier, sent)
            if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                for obj in c.children:
                    if obj.dep_ == "pobj":  # "the convictions of A and B": each of them
                        return [m for t in conj_family(obj)
                                for m in _to_mentions(doc, t, rules, names, earlier, sent)]
        for c in [tok, *(t for t in tok.children if t.dep_ == "conj")]:
            # "the convictions and death sentences ordered by a lower court for A and B"
            for acl in (a for a in c.children if a.dep_ == "acl"):
                for prep in acl.subtree:  # (the parse may hang it on the lower court)
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "against", "on", "to"}:
                        found = [m for obj in prep.children if obj.dep_ == "pobj"
                                 for t in conj_family(obj)
                                 for m in _to_mentions(doc, t, rules, names, earlier, sent)]
                        if found:
                            return found
        if argument and tok.lower_ in {"conviction", "convictions"} and any(
            c.lower_ == "the" for c in tok.children
        ):
            # "the judge threw out the conviction": the one defendant convicted before
            return referents(doc, tok, "one", rules, names, earlier, recent=False)
    return []


def _linear(doc: Doc, anchor: Token, sent: Span, rules: Rules, names: NameIndex,
            earlier: list[Draft], hit: TriggerHit) -> list[Mention]:
    """Fallback when the parse gives no defendant: the nearest candidate before the trigger
    in its sentence (with its coordinated siblings), else the nearest after it."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in anchor.children)
    # "Justice X handed down the death sentence": who gives a term is the court, never its
    # recipient; only what follows the verb may be the defendant
    giver = not passive and anchor.lower_ in _GIVER_VERBS
    order = [] if giver else list(range(anchor.i - 1, sent.start - 1, -1))
    if not passive and anchor.lower_ not in SUBJECT_VERBS:
        order += list(range(anchor.i + 1, min(sent.end, anchor.i + 12)))
    # "handed down by the Lyon Correctional Facility": a passive verb's agent gave the term
    agents = {t.i for c in anchor.children if c.dep_ == "agent" for t in c.subtree}
    for i in order:
        tok = doc[i]
        if tok.pos_ not in {"PROPN", "PRON", "NOUN"} or i in agents:
            continue
        if tok.lower_ in BENCH_WORDS and not any(
                t.lower_ in {"former", "ex", "a", "an"} for t in doc[max(sent.start, i - 5):i]):
            continue  # "the trial judge, Dr X, said the six accused were found guilty": the
            # bench speaks of the defendants, it is none of them ("a former judge", "a
            # municipal court judge pleaded guilty" may be)
        found = _to_mentions(doc, tok, rules, names, earlier, sent)
        if found:
            fam = [t for t in conj_family(tok) if t.i != tok.i]
            for t in fam:
                found.extend(_to_mentions(doc, t, rules, names, earlier, sent))
            return found
    return []

