"""Who a named person is in the story when not a defendant: an official (a judge, a
prosecutor, a bench's members, a court named before the name) or a victim (the object of
the act: "the murder of X", "who stabbed pensioner X")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp import Rules

COURT_WORDS = frozenset({"court", "tribunal", "courthouse"})
# who hands down a ruling: a sentence naming one of these speaks of a court's decision
BENCH_WORDS = frozenset({"court", "courts", "judge", "judges", "tribunal", "jury", "panel",
                         "bench", "magistrate", "magistrates"})
# verbs whose subject gives a term and whose object receives it
_GIVING_VERBS = frozenset({"gave", "gives", "handed", "hands", "sentenced", "sentences",
                           "jailed", "jails", "fined", "fines"})


def is_official(doc: Doc, start: int, end: int, rules: Rules) -> bool:
    """A judge, prosecutor, lawyer, speaker...: a title within the three tokens before or
    inside the name, or "X said"."""
    titles = rules.words("official_titles")
    roles = rules.words("strip_titles") - titles
    sent_start = doc[start].sent.start
    if any(doc[i].text == "Court" for i in range(max(0, start - 1), min(end, start + 1))) and \
            not _court_as_place(doc, start):
        return True  # "by Brooklyn Supreme Court Danny Chun": a judge, the title left out
    for i in range(start, end):
        if doc[i].lower_ in titles:
            return True
    if _titled_speaker(doc, start, end, rules):
        return True
    if _listed_after_title(doc, start, rules) or is_source(doc, start, end, rules):
        return True
    for i in range(start - 1, max(sent_start, start - 4) - 1, -1):
        if doc[i].lower_ in COURT_WORDS:
            break  # "At Dundee Sheriff Court X": the titles before it name the court
        if doc[i].pos_ == "VERB" and doc[i].lower_ in _GIVING_VERBS:
            break  # "the judge gave X seven years": the title is the giver's, not X's
        if doc[i].pos_ == "VERB" and doc[i].tag_ in {"VBD", "VBZ", "VBP"} and \
                doc[i].dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < i
                                              for c in doc[i].children):
            break  # "Prosecutors identified X as ...": the title is the verb's subject
        if doc[i].lower_ in roles:
            return False  # "former Sheriff's Deputies X": the nearest title is a defendant's
        if doc[i].lower_ in titles and not _in_chief(doc, i):
            return not _former(doc, i, sent_start)
    if end < len(doc) and doc[end].lower_ in {"said", "says", "told", "added", "stated"}:
        return True
    if _on_the_bench(doc, start, end):
        return True
    # "Assistant District Attorney X" is handled above; "X, the judge," here
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].lower_ in titles


_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "stated", "ruled", "noted",
                           "observed", "held", "explained", "declared"})


def _titled_speaker(doc: Doc, start: int, end: int, rules: Rules) -> bool:
    """"Delivering the ruling, the trial Judge, Dr X, said the six accused were found guilty":
    a name set off by commas after an official's title, speaking, is that official (the
    honorific before the name, "Dr", "Mr", hides the title from the nearest-title check)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _SPEECH_VERBS:
        return False
    i = start - 1
    while i > doc[start].sent.start and doc[i].lower_ in rules.words("strip_titles") and \
            doc[i].lower_ not in rules.words("official_titles"):
        i -= 1  # the honorific: "Dr", "Mr", "Mrs"
    if i - 1 < doc[start].sent.start or doc[i].text != ",":
        return False
    sent_start = doc[start].sent.start
    # the title may end its phrase or open it: "the trial Judge in Charge, Mr X, said"
    return any(doc[t].lower_ in rules.words("official_titles") and not _former(doc, t, sent_start)
               for t in range(max(sent_start, i - 3), i))


_FORMER = frozenset({"former", "ex", "ousted", "deposed", "disgraced", "jailed", "sacked"})


def _former(doc: Doc, i: int, sent_start: int) -> bool:
    """"former Prime Minister X", "ousted president X": a title someone no longer holds,
    the way news names a defendant (within the three words before the title)."""
    return any(doc[k].lower_ in _FORMER for k in range(max(sent_start, i - 3), i))


def _in_chief(doc: Doc, i: int) -> bool:
    """"editor-in-chief": the "chief" of a newsroom role, not an official's title."""
    return i >= 2 and doc[i].lower_ == "chief" and doc[i - 1].text == "-" and \
        doc[i - 2].lower_ == "in"


def _listed_after_title(doc: Doc, start: int, rules: Rules) -> bool:
    """"Appeal judges A, B and C found ...", "with justices A and B dissenting": every name of
    a list opened by a plural title holds that title."""
    i = start - 1
    while i > doc[start].sent.start and (doc[i].pos_ == "PROPN" or doc[i].text in {",", "and"}
                                         or (doc[i].text.endswith(".") and doc[i].is_title)):
        i -= 1
    return i >= 0 and doc[i].lower_ in rules.words("official_plurals")


def is_source(doc: Doc, start: int, end: int, rules: Rules) -> bool:
    """The outlet or person a report is credited to, never its defendant: "according to
    Veja magazine", "The Daily Courier reported how ...", "X, the agency quoted"."""
    sent_start = doc[start].sent.start
    before = [t.lower_ for t in doc[max(sent_start, start - 3):start]]
    if "according" in before and "to" in before:
        return True
    k = end
    while k < min(len(doc), end + 2) and doc[k].lower_ in rules.words("media_nouns"):
        k += 1  # "Veja magazine reported"
    return k < len(doc) and doc[k].lower_ in {"reported", "reports", "quoted", "cited"}


def _on_the_bench(doc: Doc, start: int, end: int) -> bool:
    """"a bench of A and B, JJ., dismissed ...", "Ajay Rastogi, J., ...": judges named by the
    bench they sit on or by the J./JJ. after their names (Indian and Sri Lankan reports)."""
    def _in_names(tok: Token) -> bool:
        return tok.pos_ == "PROPN" or tok.lower_ == "and" or (
            tok.text.endswith(".") and tok.text[:1].isupper() and len(tok.text) <= 4)

    k = end
    while k < min(len(doc), end + 8) and _in_names(doc[k]) and doc[k].lower_ not in _JUDGE_MARKS:
        k += 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _JUDGE_MARKS:
        return True
    k = start - 1
    while k > max(0, start - 10) and _in_names(doc[k]):
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in {"bench", "benches"}


_JUDGE_MARKS = frozenset({"j.", "jj.", "jj", "j"})


def _court_as_place(doc: Doc, start: int) -> bool:
    """"At Leeds Crown Court Mark Dobson, 41, was jailed": the court before the name is where
    the hearing was (opened by "at"/"in"), not the title of a judge ("by ... Court X")."""
    i = start - 1
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
        i -= 1
    return i > 0 and doc[i - 1].lower_ in {"at", "in"}


def is_victim(doc: Doc, start: int, rules: Rules) -> bool:
    """"the murder of X", "killing X", "victim X"."""
    cues = rules.words("victim_cues")
    titles = rules.words("strip_titles") | rules.words("official_titles")
    end = start
    while end < len(doc) and end - start < 5 and (doc[end].pos_ == "PROPN"):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in {"'s", "’s"} and doc[end + 1].lower_ in cues:
        return True
    i = start - 1
    while i >= 0 and (doc[i].lower_ in titles or (doc[i].pos_ == "PROPN" and i > start - 4)
                      or (doc[i].pos_ in {"NOUN", "ADJ"} and doc[i].is_lower and i > start - 5)
                      or doc[i].like_num or doc[i].lower_ in {"-", "year", "old", "the", "a"}
                      or doc[i].lower_.endswith("-old") or doc[i].ent_type_ == "DATE"):
        i -= 1
    if i >= 0 and doc[i].lower_ in {"of", "against"} and i > 0:
        j = i - 1
        while j >= 0 and doc[j].pos_ in {"ADJ", "PUNCT"}:
            j -= 1
        if j >= 0 and doc[j].lower_ in cues:
            return True
    if i >= 0 and doc[i].lower_ in VICTIM_ACTS:
        return True
    return _conjunct_of_victim(doc, start, rules)


def _conjunct_of_victim(doc: Doc, start: int, rules: Rules) -> bool:
    """"the man who attacked A, 33, and B, 29": a name coordinated with a victim's name is a
    victim too (the act's second object)."""
    root = doc[start]
    while root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    if root.dep_ != "conj" or head.pos_ != "PROPN" or head.i >= start:
        return False
    first = head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == head.i:
        first -= 1
    return is_victim(doc, first, rules)


# the act right before a name makes it the act's victim: "who stabbed pensioner X"
VICTIM_ACTS = frozenset({
    "victim", "victims", "killing", "killed", "kill", "murdering", "murdered", "stabbed",
    "stabbing", "shot", "shooting", "attacked", "attacking", "assaulted", "assaulting", "raped",
    "raping", "robbed", "robbing", "injured", "injuring", "strangled", "beat", "beaten",
    "beating", "kidnapped", "kidnapping", "abducted", "abducting", "defrauded", "defrauding",
    "hit", "punched", "punching", "kicked", "kicking", "threatened", "threatening",
})
