"""Named members of the people an outcome is about: "those convicted include A, B and C",
"A and B were among those sentenced", "seven journalists, including A and B, were jailed".

Each item of such a list may carry a role before the name ("its leader A", "former
presidential office chief B") and an apposition after it ("C, the editor,"): both are read
past, so that a long list of well-known people keeps every one of them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.enumerations import listed_name, past_separator, single_listed
from extract.records.name_lines import names_on_lines
from extract.records.naming import relative_named
from extract.records.people import Mention, NameIndex, opens_quote
from extract.records.roles import is_official

_COPULAS = frozenset({"are", "were", "was", "is", "include", "included", "includes",
                      "including"})
# words that may stand in a role before a name: "its leader A", "the former mayor B"
_ROLE_POS = frozenset({"DET", "ADJ", "NOUN", "PRON", "PROPN"})
_APPOSITION_STARTS = frozenset({"the", "a", "an", "his", "her", "its", "their", "who", "whose"})
# "seven journalists, including A and B", "..., among them A and B"
_INCLUDING = (("including",), ("among", "them"), ("among", "whom"), ("notably",),
              ("among", "whom", "were"), ("among", "them", "were"))


def copular_list(doc: Doc, anchor: Token, sent: Span, names: NameIndex,
                 rules: Rules) -> list[Mention]:
    """"Those convicted include A, B and C", "the individuals sentenced are A and B",
    "among those jailed were A and B": the names after the copula of a subject that the
    trigger's participle describes."""
    if anchor.dep_ not in {"acl", "amod", "relcl"}:
        return []
    head = anchor.head
    if head.lower_ not in {"those", "all", "others", "group"} and \
            head.lower_ not in rules.words("people_nouns"):  # ("the jailed group included")
        return []
    k = max(anchor.i, head.i) + 1
    while k < min(sent.end, anchor.i + 14) and doc[k].lower_ not in _COPULAS:
        if doc[k].text in {";", ":", "."} or (doc[k].pos_ == "VERB" and doc[k].dep_ == "ROOT"):
            return []
        k += 1
    if k >= sent.end or doc[k].lower_ not in _COPULAS:
        return []
    i = k + 1
    if i < sent.end and doc[i].text == ":":
        if i + 1 == sent.end or doc[i + 1].is_space:  # the names one a line below
            return names_on_lines(doc, doc[i].idx, names, rules)
        i += 1
    return _items(doc, i, sent, names, rules) or _items_of_kind(doc, i, sent, names, rules)


def listed_after(doc: Doc, hit_end: int, sent: Span, names: NameIndex,
                 rules: Rules) -> list[Mention]:
    """"The convicts were A, B and C": the names listed from the matched copula's end (the
    match ends on the list's first capitalised word)."""
    return _items(doc, hit_end - 1, sent, names, rules)


def among_subject(doc: Doc, anchor: Token, sent: Span, names: NameIndex,
                  rules: Rules) -> list[Mention]:
    """"A and B were among those sentenced", "A was among the 12 people jailed": the
    named subject of a copula whose "among" phrase the trigger's participle describes (or
    the second verb of its clause: "among the 20 defendants who fled and were sentenced")."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"}:
        anchor = anchor.head
    if anchor.dep_ not in {"acl", "amod", "relcl"}:
        return []
    prep = anchor.head.head
    if prep.lower_ != "among" or anchor.head.dep_ != "pobj" or \
            prep.head.lemma_ != "be":
        return []
    subjects = [c for c in prep.head.children if c.dep_ == "nsubj" and c.i < prep.i]
    if not subjects:
        return []
    own = names.known(subjects[0])  # ("The French writer A, who ...,": from the name)
    first = own[0] if own is not None and not any(
        t.lower_ == "and" for t in doc[subjects[0].left_edge.i:own[0]]) else \
        subjects[0].left_edge.i
    return _items(doc, first, sent, names, rules, stop=prep.head.i)


def named_members(doc: Doc, anchor: Token, sent: Span, names: NameIndex,
                  rules: Rules) -> list[Mention]:
    """The named members a trigger's participle phrase lists, in any of the three shapes."""
    return copular_list(doc, anchor, sent, names, rules) or \
        among_subject(doc, anchor, sent, names, rules) or \
        participle_members(doc, anchor, sent, names, rules)


def _others_of(noun: Token) -> bool:
    """"Relatives of the men convicted, including ...", "Supporters of the activists jailed,
    including ...": the list is of the people the convicted are "of" (not "Seven of the 20
    people convicted, including ...", a part of them)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    owner = prep.head
    return not owner.like_num and owner.lower_ not in _PARTITIVES


# words of a part of a group: "some of the men convicted, including A"
_PARTITIVES = frozenset({"some", "many", "most", "all", "none", "several", "few", "one", "each",
                         "both", "half", "majority", "rest", "dozens", "hundreds", "scores"})


def participle_members(doc: Doc, anchor: Token, sent: Span, names: NameIndex,
                       rules: Rules) -> list[Mention]:
    """"Seven of the 20 people convicted, including former party leader A, were tried in
    absentia", "some defendants sentenced in absentia, including writer B": the names after
    ", including" that closes the phrase of a participle trigger right after a plural people
    noun (read on the words: the parse of such a phrase varies)."""
    before = doc[anchor.i - 1] if anchor.i > sent.start else None
    if before is None or anchor.tag_ not in {"VBN", "VBD"} or before.tag_ != "NNS" or \
            before.lower_ not in rules.words("people_nouns") or _others_of(before):
        return []
    for k in range(anchor.i + 1, min(sent.end, anchor.i + 8)):
        start = _including_at(doc, k, sent)
        if start is not None:
            return _items(doc, start, sent, names, rules)
        if doc[k].text in {",", ";", ":", "(", "—", "–"} or doc[k].pos_ in {"VERB", "AUX"}:
            return []  # (the participle's own phrase ends before any list of its members)
    return []


def included_members(doc: Doc, group: Mention, sent: Span, names: NameIndex,
                     rules: Rules) -> list[Mention] | None:
    """The named members of an unnamed ``group`` given right after it or at the end of its
    clause: "seven journalists, including A and B, to ..."; "... to prison terms, among them
    A and B". None when no such list follows."""
    if group.kind != "group" or group.name is not None or group.group_size < 2:
        return None
    i = group.end
    if i + 1 < sent.end and doc[i].lower_ in {"of", "from", "at", "with", "in"} and (
            doc[i + 1].lower_ == "the" or doc[i + 1].text[:1].isupper()):
        j = i + 1  # "seven members of the X party, including A": past the short phrase
        while j < min(sent.end, i + 8) and doc[j].text != "," and \
                doc[j].pos_ not in {"VERB", "AUX"}:
            j += 1
        i = j
    start = _including_at(doc, i, sent)
    if start is None:  # "... to prison terms, among them A and B": later in its clause
        k = i
        while k < min(sent.end, i + 20) and doc[k].text not in {";", ":"}:
            if doc[k].text == "," and doc[k + 1:k + 3].text.lower() in {"among them",
                                                                       "among whom"}:
                start = _including_at(doc, k, sent)
                break
            k += 1
    if start is None:
        return None
    found = _items(doc, start, sent, names, rules)
    return found if 0 < len(found) <= group.group_size else None


def _items_of_kind(doc: Doc, i: int, sent: Span, names: NameIndex,
                   rules: Rules) -> list[Mention]:
    """"Among those sentenced were members of the X party, including its leader A and B":
    the names after ", including" that closes a short people-noun phrase at ``i``."""
    k = i
    while k < min(sent.end, i + 10) and doc[k].pos_ not in {"VERB", "AUX"} and \
            doc[k].text not in {";", ":"}:
        start = _including_at(doc, k, sent)
        if start is not None:
            has_noun = any(t.lower_ in rules.words("people_nouns") for t in doc[i:k])
            return _items(doc, start, sent, names, rules) if has_noun else []
        k += 1
    return []


def _including_at(doc: Doc, i: int, sent: Span) -> int | None:
    """The token after ", including" (or ", among them", ", notably") at ``i``, or None."""
    if i >= sent.end or doc[i].text not in {",", "(", "—", "–"}:
        return None
    for words in sorted(_INCLUDING, key=len, reverse=True):
        end = i + 1 + len(words)
        if end <= sent.end and tuple(t.lower_ for t in doc[i + 1:end]) == words:
            return end
    return None


def _items(doc: Doc, i: int, sent: Span, names: NameIndex, rules: Rules, *,
           stop: int | None = None) -> list[Mention]:
    """The names listed from token ``i`` ("A, B and C"), each past a role before it and an
    apposition after it, up to ``stop`` (default: the sentence's end). A possessive ends the
    list ("including A's brother" names no member)."""
    end = sent.end if stop is None else stop
    out: list[Mention] = []
    while i < end:
        named_at = _past_role(doc, i, end, names, rules)
        m = listed_name(doc, named_at, sent, names, rules) or (
            single_listed(doc, named_at, sent, names) if out else None)
        # (a role read past is the member's own: "among those jailed were judge A")
        # a role read past is the member's own ("among those jailed were judge A"); the
        # title of an earlier item's apposition ("A, the director, and B") is not B's
        if m is not None and m.name:
            m = relative_named(doc, m, names, rules) or m  # "A's wife B": B
        if m is None or not m.name or m.start < named_at or m.end > end or (
                m.end < end and doc[m.end].tag_ == "POS") or (
                named_at == i and not out and is_official(doc, m.start, m.end, rules)
                and not _titled_after(doc, m.end, rules)) or _speaks(doc, m.end, end):
            break
        out.append(m)
        alias = _past_alias(doc, m.end, end)
        if alias is not None:  # "A ‘Bonge,’ B, C and D ‘Mzee mdogo.’": past the nickname
            i = alias
            continue
        i = _past_home(doc, _past_apposition(doc, _past_home(doc, m.end, end), end), end)
        nxt = past_separator(doc, i, end)
        if nxt is None:
            break
        i = nxt
    return out


def _past_alias(doc: Doc, i: int, end: int) -> int | None:
    """The next item's token after a quoted nickname closing on the list's comma ("A
    ‘Bonge,’ B"), or after the nickname and a separator ("A ‘Bonge’, and B"); None when no
    nickname is there or the list ends with it."""
    if i >= end or not opens_quote(doc[i]):
        return None
    for k in range(i + 2, min(end, i + 8)):
        if doc[k].pos_ in {"VERB", "AUX"}:
            return None
        if doc[k].text in _CLOSE_QUOTES:
            if doc[k - 1].text == ",":
                return k + 2 if k + 1 < end and doc[k + 1].lower_ == "and" else k + 1
            return past_separator(doc, k + 1, end)
    return None


_CLOSE_QUOTES = frozenset({"’", "”", "'", '"'})


def _speaks(doc: Doc, i: int, end: int) -> bool:
    """"..., judge C said": the name of who speaks, never a listed member."""
    k = i + 1 if i < end and doc[i].text == "," else i
    return k < len(doc) and doc[k].lower_ in {"said", "says", "told", "added", "stated"}


def _titled_after(doc: Doc, end: int, rules: Rules) -> bool:
    """"A, the director, and B": a title in the apposition after a listed member's name."""
    return end + 2 < len(doc) and doc[end].text == "," and \
        doc[end + 2].lower_ in rules.words("official_titles")


def _past_role(doc: Doc, i: int, end: int, names: NameIndex, rules: Rules) -> int:
    """Past a role before a name ("its leader", "former chief of staff", "the blogger"): up
    to five lower-case words ending in a noun, when a name follows them; or, right before a
    name the NER knows, a role with an agency's or party's initials or a capitalised title
    in it ("AFP photographer", "former PNR Leader") or an adjective the tagger took its noun
    for ("intellectual")."""
    j = i
    while j < min(end, i + 5) and names.known(doc[j]) is None and doc[j].is_alpha and \
            doc[j].is_lower and (doc[j].pos_ in _ROLE_POS or doc[j].lower_ == "of") and \
            doc[j].lower_ != "and":
        j += 1
    if j == i or j >= end or doc[j - 1].pos_ not in {"NOUN", "PROPN"} or \
            not doc[j].text[:1].isupper():
        return _role_before_known(doc, i, end, names, rules)
    return j


def _role_before_known(doc: Doc, i: int, end: int, names: NameIndex, rules: Rules) -> int:
    """The first token of a known name after a short role at ``i`` whose words are lower-case
    role words, initials (2 to 6 capitals) or capitalised titles; ``i`` when none is there."""
    titles = rules.words("official_titles") | rules.words("people_nouns") | \
        rules.words("strip_titles")
    j = i
    while j < min(end, i + 4) and names.known(doc[j]) is None and doc[j].is_alpha and \
            doc[j].lower_ != "and" and (
                (doc[j].is_lower and doc[j].pos_ in _ROLE_POS | {"ADJ"})
                or (doc[j].is_upper and 2 <= len(doc[j].text) <= 6)
                or (doc[j].is_title and doc[j].lower_ in titles)):
        j += 1
    bounds = names.known(doc[j]) if i < j < end else None
    if bounds is None or bounds[0] != j or not (
            doc[j - 1].lower_ in titles or doc[j - 1].pos_ in {"NOUN", "ADJ"}):
        return i
    return j


def _past_home(doc: Doc, i: int, end: int) -> int:
    """Past a home town after a listed name ("A of Sylhet, B of Bogura", "A, 35, of Sylhet;"):
    the token after the town, or ``i`` when none is there."""
    k = i + 1 if i + 1 < end and doc[i].text == "," else i
    if k + 1 >= end or doc[k].lower_ not in {"of", "from"} or not doc[k + 1].text[:1].isupper():
        return i
    j = k + 1
    while j < end and j - k <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    return j


def _past_apposition(doc: Doc, i: int, end: int) -> int:
    """Past an apposition or an age after a listed name ("A, the party's leader, and B",
    "A, 34, and B", "A, who got five years, and B"): the token at its closing comma, or
    ``i`` when none closes within a short reach."""
    if i + 1 >= end or doc[i].text != ",":
        return i
    nxt = doc[i + 1]
    if nxt.like_num and i + 2 < end and doc[i + 2].text in {",", "and"}:
        return i + 2
    if nxt.lower_ in {"who", "whose"}:
        return min(end, nxt.head.right_edge.i + 1)
    if nxt.like_num or nxt.lower_ in {"life", "death"}:
        return _past_term(doc, i, end)
    if nxt.lower_ not in _APPOSITION_STARTS:
        return i
    for k in range(i + 2, min(end, i + 12)):
        if doc[k].text in {";", ":", "(", ")"} or doc[k].pos_ in {"VERB", "AUX"} or \
                doc[k].lower_ == "and" or doc[k].ent_type_ == "PERSON":
            return i  # ("A, the banker B and C": the next items, each with its role)
        if doc[k].text == ",":
            return k
    return i


def _past_term(doc: Doc, i: int, end: int) -> int:
    """Past the term of an item that gives one after its name's comma ("A, six years; B, four
    years"): the token at the semicolon closing it, or ``i`` when none closes it within a
    short reach of words (no verb, no name: "A, 34, and B" is an age, read before this)."""
    for k in range(i + 2, min(end, i + 12)):
        if doc[k].text == ";":
            return k
        if doc[k].text in {",", ":", "(", ")"} or doc[k].pos_ in {"VERB", "AUX"} or \
                doc[k].text[:1].isupper():
            return i
    return i
