"""Coreference: who a pronoun or "the defendant" stands for, and names the text
declared as defendants before a trigger."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.records.layout import is_headline
from extract.records.people import Mention, NameIndex, name_mention, name_text
from extract.records.roles import is_official, is_victim

_PRONOUNS_ONE = frozenset({"he", "she", "him", "her"})
_PRONOUNS_MANY = frozenset({"they", "them"})
_OWNED = frozenset({"conviction", "convictions", "sentence", "sentences", "term", "terms",
                    "appeal", "appeals"})
_MALE = frozenset({"he", "him", "his", "himself", "mr", "mr.", "man", "father", "husband", "son",
                   "brother", "businessman", "boy", "grandfather", "stepfather", "boyfriend",
                   "uncle", "nephew", "policeman", "gunman", "king", "prince", "monk"})
_FEMALE = frozenset({"she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss",
                     "woman", "mother", "wife", "daughter", "sister", "businesswoman", "girl",
                     "grandmother", "stepmother", "girlfriend", "aunt", "niece",
                     "policewoman", "queen", "princess", "nun", "actress", "widow"})


def pronoun_gender(tok: Token) -> str | None:
    """"m" for he/him, "f" for she/her, else None."""
    low = tok.lower_
    return "m" if low in {"he", "him"} else "f" if low in {"she", "her"} else None


def name_genders(doc: Doc, index: NameIndex) -> dict[str, str]:
    """The gender the text gives each named person, where it gives one unambiguously:
    a title or noun just before the name ("Mrs.", "her husband, businessman X"), a noun in
    apposition after it ("X, a 34-year-old woman"), or the first pronoun after the name in
    its sentence before any other name ("Maria Lopez and her brother-in-law ...")."""
    cached = doc.user_data.get("verdicts_genders")
    if isinstance(cached, dict):
        return cached
    votes: dict[str, set[str]] = {}
    seen: set[tuple[int, int]] = set()
    for bounds in index.spans.values():
        if bounds in seen:
            continue
        seen.add(bounds)
        start, end = bounds
        text = index.written.get(bounds) or index.canonical(name_text(doc, start, end))
        sent = doc[start].sent
        cues: list[str] = []
        for t in reversed(doc[max(sent.start, start - 5):start]):
            if t.lower_ in {"and", "or", ";", "("} or t.i in index.spans:
                break
            if t.pos_ != "PRON":
                cues.append(t.lower_)
        after = doc[end:min(sent.end, end + 6)]
        if after[:1].text == ",":
            cues += [t.lower_ for t in after[1:6] if t.pos_ == "NOUN"][:1]
        for t in after:
            if t.i in index.spans:
                break
            if (t.lower_ in {"his", "her"} and t.dep_ == "poss") or (
                t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}
            ):  # "Maria Lopez and her brother-in-law", "X said she ..."
                cues.append(t.lower_)
                break
        for cue in cues:
            if cue in _MALE:
                votes.setdefault(text, set()).add("m")
            elif cue in _FEMALE:
                votes.setdefault(text, set()).add("f")
    out = {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}
    doc.user_data["verdicts_genders"] = out
    return out


def pronoun_kind(tok: Token) -> str | None:
    low = tok.lower_
    if low in _PRONOUNS_ONE:
        return "one"
    if low in {"his", "their"} and tok.dep_ == "poss" and tok.head.lower_ in _OWNED:
        # "his conviction was quashed", "their sentences were cut": whose outcome it is
        return "one" if low == "his" else "many"
    if low in _PRONOUNS_MANY:
        return "many"
    if low in {"both", "all", "each"} and tok.dep_ in {"nsubj", "nsubjpass"} and not any(
        c.dep_ == "prep" for c in tok.children
    ):
        return "many"  # "Both were sentenced to five years"
    if low in {"defendant", "defendants"} and any(
        c.lower_ in {"the", "this"} or (low == "defendants" and c.lower_ in {
            "both", "all", "these", "those"})
        for c in tok.children
    ):  # "Both defendants were sentenced to ..."
        return "one" if low == "defendant" else "many"
    return None



def previous_subject(doc: Doc, tok: Token, rules: Rules, names: NameIndex,
                      fits: Callable[[str], bool]) -> tuple[int, str] | None:
    """The named subject of the main verb of the sentence before ``tok``'s: the topic a
    subject pronoun continues."""
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for t in prev:
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.dep_ != "ROOT":
            continue
        bounds = names.known(t)
        m = name_mention(doc, t, names, rules) if bounds is not None else None
        if m is None or not m.name or len(m.name.split()) < 2 or not fits(m.name):
            continue
        if is_official(doc, m.start, m.end, rules) or is_victim(doc, m.start, rules):
            continue
        return doc[m.start].idx, m.name
    return None


def home_town(doc: Doc, start: int) -> bool:
    """"X, 20, of Bedford Stuyvesant": a capitalised run after ", of" is a home town."""
    k = start - 1
    while k > 0 and start - k <= 3 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k -= 1  # "of Brighton Beach" where only "Beach" is the name's token
    return k >= 1 and doc[k].lower_ in {"of", "from"} and doc[k - 1].text == ","


def previous_sentence_people(doc: Doc, tok: Token, rules: Rules,
                              names: NameIndex) -> list[str]:
    """The defendants-to-be the sentence before names: "X and Y were arrested. Both were
    sentenced ..."."""
    sent = tok.sent
    if sent.start == 0:
        return []
    prev = doc[sent.start - 1].sent
    people: list[str] = []
    i = prev.start
    while i < prev.end:
        bounds = names.known(doc[i])
        if bounds is not None:
            m = name_mention(doc, doc[i], names, rules)
            if m is not None and m.name and m.name not in people and not is_official(
                    doc, bounds[0], bounds[1], rules) and not is_victim(doc, bounds[0], rules) \
                    and not home_town(doc, bounds[0]):
                people.append(m.name)
            i = bounds[1]
            continue
        i += 1
    return people


def declared_defendants(doc: Doc, before: int, rules: Rules,
                         names: NameIndex) -> list[tuple[int, str]]:
    """Names introduced as defendants before token ``before``: "identified the defendant as
    X", "defendant X", "co-defendants X and Y"."""
    out: list[tuple[int, str]] = []
    seen_spans: set[tuple[int, int]] = set()
    for i, bounds in sorted(names.spans.items()):
        if i >= before or bounds in seen_spans or i != bounds[0]:
            continue
        seen_spans.add(bounds)
        sent = doc[i].sent
        near = [t.lower_ for t in doc[max(sent.start, i - 3):i]]
        far = [t.lower_ for t in doc[sent.start:i]]
        words = {"defendant", "defendants", "co-defendants", "co-defendant", "codefendants",
                 "codefendant"}
        declared = (bool(set(near) & words) or any(
            far[k] in words and "as" in far[k + 1:k + 4] for k in range(len(far)))
            ) and not home_town(doc, i)
        if not declared:
            continue
        if is_official(doc, bounds[0], bounds[1], rules) or is_victim(doc, bounds[0], rules):
            continue
        m = name_mention(doc, doc[i], names, rules)
        if m and m.name and not home_town(doc, m.start):
            out.append((i, m.name))
    return out


# prepositions after which a name of an earlier sentence is mentioned in passing, not the
# topic a later pronoun returns to
_ASIDE = frozenset({"for", "with", "by", "about"})


def recent_person(doc: Doc, tok: Token, rules: Rules, names: NameIndex,
                   fits: Callable[[str], bool]) -> Mention | None:
    sent = tok.sent
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    here = {t.lower_ for t in doc[sent.start:tok.i] if t.pos_ == "PROPN"}
    i = tok.i - 1
    while i >= lo:
        if i in names.spans:
            s, e = names.spans[i]
            root = doc[e - 1]
            # "... a fifth term for X. He was jailed": X was mentioned in passing (unless the
            # pronoun's own sentence names X again: "a warrant for X. X, who ... him")
            aside = root.dep_ == "pobj" and root.head.lower_ in _ASIDE and \
                root.sent.start != sent.start and root.lower_ not in here
            if not aside and not is_official(doc, s, e, rules) and \
                    not is_victim(doc, s, rules) and not is_headline(doc[s]) and \
                    not home_town(doc, s):
                m = name_mention(doc, doc[i], names, rules)
                if m is not None and m.name and len(m.name.split()) > 1 and fits(m.name) \
                        and not home_town(doc, m.start):
                    return Mention(start=tok.i, end=tok.i + 1, name=m.name, kind="pronoun")
            i = s - 1
            continue
        i -= 1
    return None

