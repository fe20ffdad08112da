"""Defendants given as enumerations: names listed beside a name the NER knows, counted
back-references ("all three", "the two") to the people listed just before, and the names
inside an argument phrase the parse broke ("X's editor Y and one of its reporters, Z")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.normalize import parse_number
from extract.records.name_runs import is_nation
from extract.records.people import DETERMINERS, Mention, NameIndex, name_mention, name_text
from extract.records.roles import is_official, is_victim

_SEPARATORS = ((",", "and"), (",",), ("and",), (";",), (";", "and"))
_NAME_TOKEN_RE = re.compile(r"(?:[A-Z][a-z]?\.|[^\W\d_][\w’'-]*)")
_BAD_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC",
                       "PERCENT", "QUANTITY", "LAW", "EVENT"})
_NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT",
                           "QUANTITY"})
_COUNT_WORDS = {"both": 2, "pair": 2, "duo": 2, "trio": 3}
_DEFINITE_COUNT_WORDS = {"couple": 2, "quartet": 4}


def _capitalised(tok: Token) -> bool:
    text = tok.text
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True  # an initial: "A. V. Sidorenko"
    return text[:1].isupper() and not text.isupper() and bool(_NAME_TOKEN_RE.fullmatch(text))


def _runs(sent: Span) -> list[tuple[int, int]]:
    """Maximal runs of capitalised word tokens (initials included) in ``sent``."""
    out: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        if _capitalised(sent.doc[i]):
            j = i
            while j < sent.end and _capitalised(sent.doc[j]):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _trim(doc: Doc, start: int, end: int, rules: Rules) -> tuple[int, int]:
    """Leading role words, titles and demonyms off a run ("Crimeans X Y", "Activist X Y")."""
    lead = rules.words("people_nouns") | rules.words("strip_titles") | \
        rules.words("official_titles") | DETERMINERS
    while start < end and (doc[start].lower_ in lead or doc[start].ent_type_ == "NORP"
                           or doc[start].lower_.rstrip("s") in lead):
        start += 1
    return start, end


def _person_shaped(doc: Doc, start: int, end: int, rules: Rules, names: NameIndex, *,
                   bad_ents: frozenset[str] = _BAD_ENTS) -> bool:
    """Two to four name-like words: no organisation word, number, date or known place."""
    words = doc[start:end]
    if not 2 <= len(words) <= 4:
        return False
    org = rules.words("org_words") | rules.words("company_suffixes")
    if any(t.lower_ in org or t.ent_type_ in bad_ents or t.like_num for t in words):
        return False
    text = name_text(doc, start, end)
    return not (names.is_place is not None and names.is_place(text))


def complete_name_lists(doc: Doc, names: NameIndex, rules: Rules) -> int:
    """Add to ``names`` the unlabelled members of a list of names ("A, B and C") of which
    the NER labelled at least one a person: the small model often tags only some of a row
    of Central Asian or Turkish names. Returns how many names were added."""
    added = 0
    for sent in doc.sents:
        runs = _runs(sent)
        chains: list[list[tuple[int, int]]] = []
        for run in runs:
            if chains:
                prev_end = chains[-1][-1][1]
                between = tuple(t.lower_ for t in doc[prev_end:run[0]])
                if between in _SEPARATORS:
                    chains[-1].append(run)
                    continue
            chains.append([run])
        for chain in chains:
            if len(chain) < 2:
                continue
            trimmed = [_trim(doc, s, e, rules) for s, e in chain]
            known = [b for b in trimmed if b[0] < b[1] and names.known(doc[b[1] - 1]) is not None]
            if not known:
                continue
            for n, (start, end) in enumerate(trimmed):
                if start >= end or any(names.known(doc[i]) for i in range(start, end)):
                    continue
                # the NER calls an unfamiliar name inside a row of people a place ("A B,
                # Asel Toku, C D"): beside a person and in a row of two or more, only the
                # gazetteer's places and numbers say it is no name
                beside = any(0 <= k < len(trimmed) and trimmed[k] in known
                             for k in (n - 1, n + 1))
                # (not "In Shymkent, A, B and C": a stop word or a town for its last word)
                town = names.is_place is not None and bool(names.is_place(doc[end - 1].text))
                bad = _NUMERIC_ENTS if beside and len(known) >= 2 and not town and not any(
                    doc.vocab[t.lower].is_stop for t in doc[start:end]) else _BAD_ENTS
                if not _person_shaped(doc, start, end, rules, names, bad_ents=bad):
                    continue
                particles = rules.words("name_particles_after")
                while end < sent.end and doc[end].lower_ in particles:
                    end += 1
                for i in range(start, end):
                    names.spans[i] = (start, end)
                text = name_text(doc, start, end)
                key = re.sub(r"[^\w-]", "", text.lower().split()[-1])
                names.by_surname.setdefault(key, text)
                added += 1
    return added


def _count(tok: Token) -> int | None:
    """The number a counted back-reference gives: "all three", "the two", "both", "the two
    men"."""
    low = tok.lower_
    if low in _COUNT_WORDS and not any(c.dep_ == "prep" for c in tok.children):
        return _COUNT_WORDS[low]
    if low in _DEFINITE_COUNT_WORDS and not any(c.dep_ == "prep" for c in tok.children) and \
            any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return _DEFINITE_COUNT_WORDS[low]  # "the couple were jailed" ("a couple of" is none)
    if tok.tag_ == "NNS" and not any(c.dep_ in {"prep", "relcl", "acl", "amod", "compound"}
                                     for c in tok.children):
        # "the two men", "these three activists": a counted definite plural noun
        nums = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
        if len(nums) == 1 and any(c.lower_ in {"the", "these", "all"} and c.dep_ in {
                "det", "predet"} for c in tok.children):
            tok = nums[0]
        else:
            return None
    elif not tok.like_num or not any(c.lower_ in {"all", "the", "these", "those"}
                                     and c.dep_ in {"det", "predet"} for c in tok.children):
        return None
    if any(c.dep_ == "prep" for c in tok.children):
        return None  # "the three of them" is read elsewhere; "all three of the accused" too
    value = parse_number(tok.text)
    return int(value) if value is not None and value == int(value) and 2 <= value <= 12 else None


def listed_people(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> list[str]:
    """The named people of ``sent`` in order (no officials, victims or duplicates)."""
    out: list[str] = []
    i = sent.start
    while i < sent.end:
        bounds = names.known(doc[i])
        if bounds is None:
            i += 1
            continue
        m = name_mention(doc, doc[i], names, rules)
        if m is not None and m.name and m.name not in out and not is_official(
                doc, bounds[0], bounds[1], rules) and not is_victim(doc, bounds[0], rules):
            out.append(m.name)
        i = max(bounds[1], i + 1)
    return out


def counted_reference(doc: Doc, tok: Token, names: NameIndex,
                      rules: Rules) -> list[Mention] | None:
    """"All three were convicted", "the two were fined", "both received ...": the people
    of the nearest of the three sentences before that lists exactly that many names."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    count = _count(tok)
    if count is None:
        return None
    sent = tok.sent
    # names in the same sentence before the reference ("A and B ... both were fined")
    here = listed_people(doc, doc[sent.start:tok.i], names, rules)
    if len(here) == count:
        return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun") for n in here]
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        prev = doc[start - 1].sent
        people = listed_people(doc, prev, names, rules)
        if len(people) == count:
            return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun")
                    for n in people]
        if people:
            return None  # a sentence naming other people breaks the chain
        start = prev.start
    return None


_ARG_DEPS = frozenset({"dobj", "appos", "conj", "compound", "nmod", "npadvmod", "dep"})


def argument_names(doc: Doc, head: Token, names: NameIndex, rules: Rules) -> list[Mention]:
    """Named people inside the phrase of a trigger's argument the parse mis-built ("X's
    editor-in-chief A and one of its reporters, B" with the possessor as the head, "fined
    resident A 70,000 rubles" with the amount as the object): names reached from ``head``
    through nominal links only (never through a preposition: "a friend of A" is not A)."""
    out: list[Mention] = []
    seen: set[str] = set()
    stack = [c for c in head.children if c.dep_ in _ARG_DEPS]
    while stack:
        tok = stack.pop()
        if names.known(tok) is not None and tok.pos_ == "PROPN":
            m = name_mention(doc, tok, names, rules)
            if m is not None and m.name and m.name not in seen and not is_official(
                    doc, m.start, m.end, rules) and not is_victim(doc, m.start, rules):
                seen.add(m.name)
                out.append(m)
        stack.extend(c for c in tok.children if c.dep_ in _ARG_DEPS)
    return sorted(out, key=lambda m: m.start)


def demonym_group(tok: Token) -> Mention | None:
    """"four Crimean Tatars", "two Uzbeks": a counted plural of a people (a demonym, which
    the tagger may call a proper noun) is an unnamed group, not a person's name; so is one
    ("a Briton")."""
    if tok.pos_ not in {"PROPN", "NOUN"} or not tok.text[:1].isupper():
        return None
    if any(c.lower_ in {"a", "an"} and c.i < tok.i for c in tok.children) and \
            is_nation(tok.text):  # "A Briton who admitted ... was jailed": one unnamed
        return Mention(start=tok.i - 1, end=tok.i + 1, name=None, group_size=1, kind="group")
    if tok.ent_type_ != "NORP" and not (tok.tag_ == "NNPS" and tok.lower_.endswith("s")):
        return None
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
    if not nums:
        return None
    size = parse_number(" ".join(t.text for t in nums[0].subtree if t.i < tok.i))
    if size is None or size != int(size) or size < 2:
        return None
    left = min([tok.i, *(c.i for c in tok.lefts)])
    return Mention(start=left, end=tok.i + 1, name=None, group_size=int(size), kind="group",
                   plural=True)


def past_separator(doc: Doc, i: int, end: int) -> int | None:
    """The token after a list's separator at ``i`` (", and", ";", ",", "and"), or None when
    the list ends there."""
    sep = [t.lower_ for t in doc[i:min(end, i + 2)]]
    if sep[:2] in ([",", "and"], [";", "and"]):
        return i + 2
    if sep[:1] in ([","], [";"], ["and"]):
        return i + 1
    return None


def listed_name(doc: Doc, i: int, sent: Span, names: NameIndex,
                 rules: Rules) -> Mention | None:
    """The name starting at token ``i`` of a list: a known name, else a run of two to four
    capitalised words shaped like a person's name (the NER tags only some of a long row)."""
    bounds = names.known(doc[i])
    if bounds is not None:
        m = name_mention(doc, doc[i], names, rules)
        return Mention(start=m.start, end=m.end, name=m.name, kind="name") if m else None
    if doc[i].lower_ in DETERMINERS:  # "Both Hale and Lee": the determiner is no name
        i += 1
    j = i
    while j < sent.end and j - i < 4 and _capitalised(doc[j]):
        j += 1
    if not _person_shaped(doc, i, j, rules, names):
        return None
    return Mention(start=i, end=j, name=name_text(doc, i, j), kind="name")


def single_listed(doc: Doc, i: int, sent: Span, names: NameIndex) -> Mention | None:
    """"..., A B, C D, Kashem, Abbas and Moktar": one capitalised word in a list of names
    already begun is a name given alone (many people go by one name), not a place."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < sent.end else None
    if not (_capitalised(tok) and tok.pos_ == "PROPN") or (
            nxt is not None and nxt.lower_ not in {",", "and", ".", ";"}):
        return None
    if tok.ent_type_ not in {"", "PERSON", "GPE", "ORG", "FAC", "LOC"} or (
            tok.ent_type_ != "PERSON" and names.is_place is not None
            and names.is_place(tok.text)):  # (the gazetteer's, not
        return None  # the NER's, places: the NER calls many one-word names places)
    return Mention(start=i, end=i + 1, name=names.canonical(tok.text), kind="name")


def add_tagged_names(doc: Doc, names: NameIndex, spans: list[tuple[int, int, str]],
                     rules: Rules) -> int:
    """Add the trained tagger's DEFENDANT spans (character offsets) that the small NER did not
    call a person: names of the seed's region it often tags as places or organisations.
    Whether a name is a defendant stays the rules' decision. Returns how many were added."""
    added = 0
    for start, end, label in spans:
        if label != "DEFENDANT":
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or any(names.known(t) for t in span):
            continue
        s, e = _trim(doc, span.start, span.end, rules)
        cut = s
        while cut < e and _capitalised(doc[cut]):
            cut += 1
        e = cut  # "Name Surname - to": the tagger's span may run past the name
        # the small NER's own label is what the tagger corrects ("Rustam Aliev" as FAC)
        if not _person_shaped(doc, s, e, rules, names, bad_ents=_NUMERIC_ENTS) or \
                not all(_capitalised(t) for t in doc[s:e]):
            continue
        for i in range(s, e):
            names.spans[i] = (s, e)
        text = name_text(doc, s, e)
        names.by_surname.setdefault(re.sub(r"[^\w-]", "", text.lower().split()[-1]), text)
        added += 1
    return added


_ALIAS_RE = re.compile(r"\s*\(\s*[\"“'‘]([^\W\d_][\w’'-]{1,30})[\"”'’]\s*\)")


def parenthesised_aliases(doc: Doc, names: NameIndex) -> int:
    """'Michael Tremblay ("Michael")': the short form the article uses later is that person
    (its mentions join the full name's record). Returns how many aliases were added."""
    text = doc.text
    added = 0
    seen: set[tuple[int, int]] = set()
    for bounds in list(names.spans.values()):
        if bounds in seen:
            continue
        seen.add(bounds)
        start, end = bounds
        full = name_text(doc, start, end)
        m = _ALIAS_RE.match(text, doc[end - 1].idx + len(doc[end - 1].text))
        if m is None or len(full.split()) < 2:
            continue
        alias = m.group(1)
        key = re.sub(r"[^\w-]", "", alias.lower())
        if names.by_surname.get(key, full) != full:
            continue  # the short form is another person's surname
        names.by_surname[key] = names.canonical(full)
        for tok in doc:
            if tok.text == alias and tok.i not in names.spans:
                names.spans[tok.i] = (tok.i, tok.i + 1)
        added += 1
    return added


def patronymic_names(doc: Doc, names: NameIndex, rules: Rules) -> int:
    """"Ramiz Ismayil oglu Aliyev", "Aida Serik kyzy Bekova": a patronymic particle between
    capitalised words joins them into one name (the surname last), whatever the NER tagged.
    Returns how many names were set."""
    particles = rules.words("name_particles_after")
    added = 0
    for tok in doc[1:-1]:
        if tok.lower_ not in particles or not _capitalised(doc[tok.i + 1]) or \
                not _capitalised(doc[tok.i - 1]):
            continue
        start = tok.i - 1
        while start > tok.sent.start and tok.i - start < 3 and _capitalised(doc[start - 1]) \
                and doc[start - 1].lower_ not in rules.words("strip_titles"):
            start -= 1
        end = tok.i + 2
        if not _person_shaped(doc, start, end, rules, names, bad_ents=_NUMERIC_ENTS):
            continue
        for i in range(start, end):
            names.spans[i] = (start, end)
        text = name_text(doc, start, end)
        names.by_surname[re.sub(r"[^\w-]", "", text.lower().split()[-1])] = text
        added += 1
    return added
