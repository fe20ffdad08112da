"""Where a charge phrase may end or go on: a quotation read whole, "in a case" and "as part
of a crackdown" after it, the plea or conviction words an offence follows, a bare name and
the parts of a law ("Section 5 of the Code"), the "for" of another verb ("run for office"), a
press release's count references ("(Counts 2 through 6)") and the verb of a subject the
offence sits in ("two men charged with X received ...")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

_PLEA_WORDS = frozenset({"guilty", "plea", "contest", "contendere"})
ADMIT_WORDS = frozenset({"admitting", "admitted", "admits", "confessing", "confessed",
                         "confesses"})  # "who confessed to belonging to X"
_NOT_ADMITTED = frozenset({"guilt", "responsibility", "wrongdoing"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def case_ahead(doc: Doc, i: int, limit: int) -> bool:
    """"a case", "a wider case", "two separate trials" start at ``i``: the proceeding."""
    for j in range(i, min(limit, i + 4)):
        if doc[j].lower_ in _PROCEEDINGS:
            return j > i or doc[j].lower_ != "connection"
        if doc[j].pos_ not in {"DET", "ADJ", "NUM"}:
            return False
    return False


def group_ahead(doc: Doc, i: int, limit: int) -> bool:
    """"(as part) of a gang", "of an organised crime network": a group the offence is in,
    not "of a crackdown on dissent"."""
    return any(t.lower_ in _GROUP_NOUNS for t in doc[i:min(limit, i + 6)])


def as_qualifier(doc: Doc, i: int, limit: int) -> int | None:
    """Where the phrase goes on after the "as" at ``i`` when it qualifies the offence before
    it: a role in a group ("as a member of a criminal group": on at the role noun) or the
    class of crime it is charged as ("murder as a crime against humanity", "rape as a war
    crime", "as serious violations of the Geneva Conventions": past the class); else None."""
    j = i + 1 + (i + 1 < limit and doc[i + 1].lower_ in {"a", "an"})
    if i + 2 < limit and j < limit and doc[j].lower_ in _ROLE_NOUNS and (
            doc[j].lower_ != "part" or group_ahead(doc, j + 1, limit)):
        return i + 1
    modified = False
    while j < limit and doc[j].lower_ in _CLASS_MODIFIERS:
        j, modified = j + 1, True
    if j >= limit or doc[j].lower_ not in _CLASS_HEADS or doc[i - 1].pos_ not in {
            "NOUN", "PROPN", "VERB"}:
        return None
    j += 1
    if j + 1 < limit and doc[j].lower_ == "against" and doc[j + 1].lower_ == "humanity":
        return j + 2
    if j + 1 < limit and doc[j].lower_ == "of":
        k = j + 1  # "of the Geneva Conventions", "of terrorism": the law or the class named
        while k < limit and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} and \
                doc[k].lower_ not in {"and", "or"}:
            k += 1
        return k if k > j + 1 else None
    return j if modified else None  # "as a war crime"; not a bare "as a crime"


# "as a member of a criminal group", "as part of a gang": the offender's role
_ROLE_NOUNS = frozenset({"member", "members", "part", "leader", "leaders", "organiser",
                         "organizer", "participant", "participants", "accomplice"})
# "as a crime against humanity", "as war crimes", "as an act of terrorism": the offence's class
_CLASS_HEADS = frozenset({"crime", "crimes", "violation", "violations", "breach", "breaches",
                          "act", "acts", "offence", "offences", "offense", "offenses"})
_CLASS_MODIFIERS = frozenset({"war", "hate", "serious", "grave", "terrorist", "terror",
                              "international", "aggravated", "federal"})


_PROCEEDINGS = frozenset({"case", "cases", "trial", "trials", "proceedings", "proceeding",
                          "probe", "investigation", "prosecution"})
_GROUP_NOUNS = frozenset({"gang", "gangs", "group", "groups", "organisation", "organization",
                          "network", "ring", "cell", "conspiracy", "plot", "scheme", "cartel",
                          "syndicate", "enterprise", "operation", "mob", "crew", "band"})
TALLY_OFFENCES = frozenset({"offences", "offenses", "charges", "counts", "crimes", "felonies",
                             "offence", "offense", "charge", "count", "crime", "felony"})


def quote_end(doc: Doc, i: int, limit: int, terms: Sequence[tuple[int, int]]) -> int | None:
    """The token closing the quotation that opens at ``i``, when what it quotes reads as
    an offence's name: short, no sentence end, no speaker ("he", "we") and no term in it."""
    tok = doc[i]
    if tok.text == "“":
        closers = {"”"}
    elif tok.text == '"' and not tok.whitespace_ and (i == 0 or doc[i - 1].whitespace_
                                                        or doc[i - 1].text in "([“"):
        closers = {'"', "”"}
    else:
        return None
    for j in range(i + 1, min(limit, i + _QUOTE_MAX)):
        t = doc[j]
        if t.text in closers:
            return j if j > i + 1 else None
        if t.text in {".", "!", "?", ";", "“"} or any(s <= t.idx < e for s, e in terms) or (
                t.tag_ == "PRP" and t.dep_ in {"nsubj", "nsubjpass"}):
            return None
    return None


_QUOTE_MAX = 28  # tokens: a quoted offence is a name, not a statement


def after_plea(doc: Doc, tok: Token, lo: int) -> bool:
    """``tok`` follows "guilty"/"plea"/"no contest" with at most a date, an adverb or the
    court ("pleaded guilty Friday in Reed County court to X") between."""
    i = tok.i - 1
    while i >= max(lo, tok.i - 8):
        if doc[i].lower_ in _COURT_WORDS:
            at = next((j for j in range(i - 1, max(lo, i - 6) - 1, -1)
                       if doc[j].lower_ in {"in", "at", "before"}), None)
            if at is None:
                break
            i = at - 1
            continue
        if not (doc[i].ent_type_ == "DATE" or doc[i].pos_ == "ADV" or doc[i].text == "," or (
                doc[i].lower_ in {"in", "on", "last", "this"}
                and doc[i + 1].ent_type_ == "DATE")):
            break
        i -= 1
    return i >= lo and doc[i].lower_ in _PLEA_WORDS


_COURT_WORDS = frozenset({"court", "courthouse", "tribunal"})


def after_conviction(doc: Doc, tok: Token, lo: int) -> bool:
    """``tok`` follows "conviction(s)" with at most a date between."""
    i = tok.i - 1
    while i >= max(lo, tok.i - 5) and doc[i].ent_type_ == "DATE":
        i -= 1
    return i >= lo and doc[i].lower_ in {"conviction", "convictions"}


def bare_name(span: Span) -> bool:
    """A person's or organisation's name alone: two or more proper nouns, unquoted ("for
    Hooliganism", 'of "Inciting Discord"' and "under Article 5" stay offences)."""
    return len(span) >= 2 and all(t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG", ""}
                                  for t in span)


LAW_PARTS = frozenset({"section", "sections", "article", "articles", "part", "paragraph",
                        "clause", "chapter", "subsection", "s.", "art.", "sec."})


def verb_for(tok: Token, heads: list[Token]) -> bool:
    """"denied them the right to run for office": the "for" of a verb in a noun's clause
    names what that verb is for, not the offence ("the right to run for inciting X" and
    "sentenced to hang for murder" keep theirs)."""
    head = tok.head
    if head.tag_ != "VB" or head in heads or tok.i + 1 >= len(tok.doc) or \
            tok.doc[tok.i + 1].tag_ == "VBG":
        return False
    node = head
    for _ in range(8):
        if node in heads or node.head is node:
            return False
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def title_start(doc: Doc, start: int, name: int) -> int:
    """Where the title of the name at ``name`` begins after "of"/"including" ("the murder of
    former chairman X", "of television presenter X"): its words lean on the name and go
    with it; ``name`` itself where the title is a verb's object ("insulting President X")."""
    j = name
    while j - 1 > start:
        t = doc[j - 1]
        if not (j <= t.head.i < name + 4) or (t.is_punct and t.text not in {"-", "‑"}) or \
                t.pos_ in {"ADP", "VERB", "AUX", "CCONJ", "PRON"}:
            break
        j -= 1
    # "insulting President X", "killing adviser X": a verb's object title stays
    return j if doc[j - 1].pos_ == "ADP" or doc[j - 1].lower_ == "including" else name


def law_named(doc: Doc, lo: int, hi: int) -> str | None:
    """The offence a law's article is named by in brackets: 'under Article 405 ("organising
    an extremist group")'; not a bracket inside the law's own name ("the Crimes (Sentencing)
    Act")."""
    from extract.records.charge_text import clean_charge  # it reads nothing of ours

    for tok in doc[lo:hi]:
        if tok.text != "(" or not any(t.lower_ in LAW_PARTS and t.i + 1 < hi and (
                doc[t.i + 1].like_num or doc[t.i + 1].text[:1].isdigit())
                for t in doc[max(lo, tok.i - 12):tok.i]):
            continue
        close = next((t.i for t in doc[tok.i + 1:min(hi, tok.i + 30)] if t.text == ")"), None)
        if close is None or close - tok.i < 3 or (
                close + 1 < hi and doc[close + 1].text[:1].isupper()):
            continue
        text = clean_charge(doc[tok.i + 1:close].text)
        if text and text[:1].isalpha():
            return text
    return None


# a charge named by its law alone: "an offence under the X Act", "one charge under the Y
# Regulations", "two counts under Section 5"
_GENERIC_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                             "eight", "nine", "ten", "several", "offence", "offences",
                             "offense", "offenses", "charge", "charges", "count", "counts"})
_LAW_JOINS = frozenset({"of", "and", "on", "for", "-", "‑", "–"})


def law_of_generic(doc: Doc, start: int, i: int, limit: int) -> int | None:
    """Where the law ends that the "under" at ``i`` names for a charge told only as "an
    offence" or "one charge" (``start``..``i``): "an offence under the Public Health
    (Control) Act, 2020"; None when the charge names an offence of its own ("murder under
    Section 302": the law is no part of it) or no capitalised law follows."""
    if doc[i].lower_ != "under" or i == start or not all(
            t.lower_ in _GENERIC_COUNTS or t.like_num for t in doc[start:i]):
        return None
    j = i + 1 + (i + 1 < limit and doc[i + 1].lower_ == "the")
    first, depth = j, 0
    while j < limit:
        t = doc[j]
        if t.text in {"(", ")"}:
            depth += 1 if t.text == "(" else -1
            if depth < 0:
                break
        elif t.text == "," and depth == 0 and j + 1 < limit and doc[j + 1].like_num:
            j += 1  # "the Prevention of Corruption Act, 1988"
        elif depth == 0 and not (t.text[:1].isupper() or t.like_num
                                 or t.lower_ in _LAW_JOINS):
            break
        j += 1
    while j > first and doc[j - 1].lower_ in _LAW_JOINS:
        j -= 1
    return j if j > first and depth == 0 and doc[first].text[:1].isupper() else None


def state_ahead(doc: Doc, i: int, limit: int) -> bool:
    """"(propaganda against) the state", "national security", "a representative of
    authority", "Islam": what an offence is against is part of its name; a person or a
    count of people ("against 11 persons") is its victim."""
    for j in range(i, min(limit, i + 4)):
        if doc[j].lower_ in _STATE_NOUNS:
            return True
        if doc[j].pos_ not in {"DET", "ADJ"} and doc[j].lower_ not in {"national", "public",
                                                                        "state", "socialist"}:
            return False
    return False


_STATE_NOUNS = frozenset({
    "state", "security", "government", "humanity", "order", "authority", "authorities",
    "power", "constitution", "regime", "nation", "homeland", "republic", "islam", "religion",
    "prophet", "quran", "army", "military", "representative", "peace", "sovereignty",
    "integrity", "president",
})


def is_term_word(doc: Doc, i: int, end: int | None = None) -> bool:
    """A sentence's word in the four tokens from ``i`` (up to ``end``): "for a year" is a
    term, not an offence ("fraud last year": only the phrase's own words count)."""
    window = {t.lower_ for t in doc[i:min(i + 4, end if end is not None else i + 4)]}
    return bool(window & {"years", "year", "months", "month", "sentence", "term", "life",
                          "probation", "days", "weeks", "total"})


def admission(doc: Doc, tok: Token, anchor: Token) -> Token | None:
    """The token an admitted offence follows when ``tok`` admits one for the outcome
    ``anchor``: after it ("jailed after admitting X"), or before it by the same defendant
    ("A admitted X and was jailed", "a man who admitted X was fined"); the "to" of
    "admitted to stealing X"."""
    end = tok.sent.end
    if tok.lower_ not in ADMIT_WORDS or tok.i + 1 >= end:
        return None
    if tok.i < anchor.i and not _same_defendant(tok, anchor):
        return None
    if tok.i > anchor.i and any(c.dep_ in _SUBJECTS and c.pos_ != "PRON"
                                for c in tok.children):
        return None  # "jailed after a witness admitted lying": another's admission
    nxt = doc[tok.i + 1]
    if nxt.lower_ == "to" and tok.i + 2 < end and doc[tok.i + 2].tag_ == "VBG":
        return nxt
    if nxt.pos_ in {"NOUN", "ADJ", "NUM", "ADV", "VERB"} and nxt.lower_ not in _NOT_ADMITTED:
        return tok
    return None


def _same_defendant(admit: Token, anchor: Token) -> bool:
    """The admission and the outcome have one subject: "admitted X and was jailed" (the
    outcome a conjunct under the admission, with no subject of its own), "a man who
    admitted X was fined" (the admission a relative clause of the outcome's subject)."""
    if anchor.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in anchor.children):
        # a parse may hang the outcome on a verb inside the offence ("admitted conspiracy
        # to commit fraud and was jailed"): the admission is still its ancestor
        return any(a.i == admit.i for a in anchor.ancestors)
    subject = admit.head
    return admit.dep_ == "relcl" and subject.dep_ in _SUBJECTS and subject.head.i == anchor.i


def in_charge_of(doc: Doc, i: int) -> bool:
    """The "of" at ``i`` ends "(drunk) in charge of": who runs or holds what, not a charge."""
    return i > 1 and doc[i - 1].lower_ == "charge" and doc[i - 2].lower_ == "in"


def swallows_verb(prep: Token, start: int, end: int) -> bool:
    """The phrase ``start:end`` after ``prep`` runs into the verb of the noun ``prep`` hangs
    on ("a spokesman for the church said"): the speaker's clause, no offence."""
    noun = prep.head
    return noun.dep_ in _SUBJECTS and noun.i < prep.i and start <= noun.head.i < end


def listed_inside(prep: Token, anchor: Token) -> bool:
    """A "for" inside an offence that "charges including" names, in the outcome's sentence
    ("on charges including collecting money for a charity"): part of it, not its own."""
    if prep.lower_ != "for" or prep.sent.start != anchor.sent.start:
        return False
    for node in prep.ancestors:
        if node.i == anchor.i:
            return False
        if node.lower_ == "including" and node.i > anchor.i and (
                node.head.lower_ in TALLY_OFFENCES or node.nbor(-1).lower_ in TALLY_OFFENCES):
            return True  # not "eight terms, including three years for burglary"
    return False


def inner_tally(doc: Doc, prep: Token, cands: Sequence[Token],
                reach: Callable[[Token], int]) -> bool:
    """The "of" of "two counts of Y" ends a list of offences an earlier word introduces
    ("jailed for burglary and two counts of theft", "admitted X and three counts of Y"),
    whose phrase ends at ``reach(word)``: that whole list goes first, not Y alone (not the
    list's own head: "on one count of X", "on charges of X, Y and Z")."""
    return prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ in TALLY_OFFENCES \
        and any(o.i < prep.i and any(t.lower_ in {"and", ","} for t in doc[o.i + 1:prep.i])
                and reach(o) > prep.i for o in cands)


def prep_rank(prep: Token) -> int:
    """How directly a word introduces an offence: "convicted of" beats "for" (and "admitted
    X") beats "on ... charges"."""
    low = prep.lower_
    return 0 if low in {"of", "to", "with"} else 1 if low == "for" or low in ADMIT_WORDS else 2


def subject_clause_verb(doc: Doc, start: int, tok: Token) -> bool:
    """``tok`` is the finite verb of a subject that holds the offence at ``start`` in a
    participle ("two men charged with X received"), not a noun's own words ("a spokesman
    for X said": no offence at all, which ``swallows_verb`` tells)."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < start for c in tok.children):
        return False
    # the word the offence hangs on, before it: a participle's preposition
    outer = next((a for a in doc[start].ancestors if a.i < start), None)
    return outer is not None and (outer.pos_ == "VERB" or outer.head.pos_ == "VERB")


def count_ref(doc: Doc, i: int, limit: int) -> int | None:
    """The end of a press release's count reference opening at ``i`` ("(Count 1)", "(Counts 2
    through 6)"), or None."""
    if doc[i].text != "(" or i + 2 >= limit or doc[i + 1].lower_ not in {"count", "counts"} or \
            not doc[i + 2].like_num:
        return None
    for j in range(i + 3, min(limit, i + 9)):
        if doc[j].text == ")":
            return j + 1
    return None


def count_item_next(doc: Doc, i: int, limit: int) -> bool:
    """After "(Count 1);": another offence with its own count reference follows ("and
    Making a False Tax Return (Count 7)")."""
    if i < limit and doc[i].lower_ == "and":
        i += 1
    return any(count_ref(doc, j, limit) is not None for j in range(i + 1, min(limit, i + 16)))
